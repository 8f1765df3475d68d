using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Frameworks;

/// <summary>Builds a <see cref="FrameworkVersion"/> in code: standards, criteria, indicators and the school-level rule.</summary>
/// <remarks>Not thread-safe; <see cref="Build"/> checks the structure and returns an immutable version.</remarks>
public sealed class FrameworkBuilder
{
    private readonly SortedDictionary<StandardNumber, string> standards = new();
    private readonly Dictionary<StandardNumber, (Provenance? Provenance, List<string> Aliases)> standardSources = new();
    private readonly SortedDictionary<CriterionId, (string Name, List<string> Notes)> criteria = new();
    private readonly Dictionary<CriterionId, (Provenance? Provenance, List<string> Aliases)> criterionSources = new();
    private readonly Dictionary<CriterionId, SortedDictionary<int, List<(IndicatorKey Key, string Text, Provenance? Provenance)>>> indicators = new();
    private readonly List<(int Clause, Level Level, string Text, string[] Notes)> additional = new();
    private readonly Dictionary<int, Provenance> additionalSources = new();
    private readonly Dictionary<int, int> firstArticles = new();

    private static readonly Provenance NotStated = new(SourceCertainty.Inferred, "Không nêu nguồn (dựng bằng mã) / source not stated (built in code)");

    /// <summary>Starts a framework version.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="legalDocument">The legal document, such as "Thông tư 57/2026/TT-BGDĐT".</param>
    /// <param name="title">The document's title.</param>
    /// <param name="issuedOn">The date it was issued.</param>
    /// <param name="effectiveFrom">The first day in force.</param>
    /// <param name="levelCount">How many levels it defines, 1 to 4.</param>
    /// <param name="rule">How the school level follows from the criteria.</param>
    public FrameworkBuilder(FrameworkId id, string legalDocument, string title, LocalDate issuedOn, LocalDate effectiveFrom, int levelCount, SchoolLevelRule rule)
    {
        Preconditions.CheckArgument(!id.IsEmpty, "A framework needs an id.");
        Preconditions.CheckArgumentRange(levelCount, 1, Level.MaxValue);
        Id = id;
        LegalDocument = Preconditions.CheckNotNull(legalDocument);
        Title = Preconditions.CheckNotNull(title);
        IssuedOn = issuedOn;
        EffectiveFrom = effectiveFrom;
        LevelCount = levelCount;
        Rule = Preconditions.CheckNotNull(rule);
    }

    internal FrameworkId Id { get; }

    internal string LegalDocument { get; }

    internal string Title { get; }

    internal LocalDate IssuedOn { get; }

    internal LocalDate EffectiveFrom { get; }

    internal int LevelCount { get; }

    internal SchoolLevelRule Rule { get; }

    internal string Issuer { get; private set; } = "Bộ Giáo dục và Đào tạo";

    internal LocalDate? EffectiveUntil { get; private set; }

    internal List<SchoolType> SchoolTypes { get; } = new();

    internal Provenance TextProvenance { get; private set; } = NotStated;

    internal Provenance ValidityProvenance { get; private set; } = NotStated;

    internal FrameworkId? BasedOn { get; private set; }

    internal string AmendedBy { get; private set; } = string.Empty;

    internal EvidenceCodeForm EvidenceCodeForm { get; private set; } = EvidenceCodeForm.Boxed;

    internal PlanForm PlanForm { get; private set; } = PlanForm.CriterionTable;

    /// <summary>Says where the version's text and its dates of validity come from, and how certain they are.</summary>
    /// <param name="text">The text's provenance; criteria and indicators inherit it unless given their own.</param>
    /// <param name="validity">The provenance of the effective dates.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder WithProvenance(Provenance text, Provenance validity)
    {
        TextProvenance = Preconditions.CheckNotNull(text);
        ValidityProvenance = Preconditions.CheckNotNull(validity);
        return this;
    }

    /// <summary>Records that the version is another version as amended by a later document.</summary>
    /// <param name="baseVersion">The version amended.</param>
    /// <param name="amendingDocument">The amending document ("Thông tư 22/2024/TT-BGDĐT").</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder AmendmentOf(FrameworkId baseVersion, string amendingDocument)
    {
        Preconditions.CheckArgument(!baseVersion.IsEmpty && baseVersion != Id, "An amended version names another version as its base.");
        BasedOn = baseVersion;
        AmendedBy = Preconditions.CheckNotNull(amendingDocument);
        return this;
    }

    /// <summary>Sets the documents' forms under this version: how evidence codes are written and which plan form is used.</summary>
    /// <param name="evidenceCodes">The evidence code form (default <see cref="EvidenceCodeForm.Boxed"/>).</param>
    /// <param name="planForm">The improvement plan's form (default <see cref="PlanForm.CriterionTable"/>).</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder WithDocumentForms(EvidenceCodeForm evidenceCodes, PlanForm planForm)
    {
        EvidenceCodeForm = Preconditions.CheckDefined(evidenceCodes);
        PlanForm = Preconditions.CheckDefined(planForm);
        return this;
    }

    /// <summary>Says where a standard's title comes from, and the other titles sources give it.</summary>
    /// <param name="number">The standard, which must exist.</param>
    /// <param name="provenance">Its provenance.</param>
    /// <param name="aliases">Other titles.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder WithStandardSource(int number, Provenance provenance, params string[] aliases)
    {
        var key = new StandardNumber(number);
        Preconditions.CheckArgument(standards.ContainsKey(key), $"Standard {number} is not defined.");
        standardSources[key] = (Preconditions.CheckNotNull(provenance), new List<string>(Preconditions.CheckNotNull(aliases)));
        return this;
    }

    /// <summary>Says where a criterion's name comes from, and the other names sources give it.</summary>
    /// <param name="id">The criterion, which must exist.</param>
    /// <param name="provenance">Its provenance; its indicators inherit it unless given their own.</param>
    /// <param name="aliases">Other names.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder WithCriterionSource(CriterionId id, Provenance provenance, params string[] aliases)
    {
        Preconditions.CheckArgument(criteria.ContainsKey(id), $"Criterion {id} is not defined.");
        criterionSources[id] = (Preconditions.CheckNotNull(provenance), new List<string>(Preconditions.CheckNotNull(aliases)));
        return this;
    }

    /// <summary>Sets the issuer (default "Bộ Giáo dục và Đào tạo").</summary>
    /// <param name="issuer">The issuer.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder WithIssuer(string issuer)
    {
        Issuer = Preconditions.CheckNotNull(issuer);
        return this;
    }

    /// <summary>Sets the last day in force.</summary>
    /// <param name="lastDay">The last day.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder WithEffectiveUntil(LocalDate lastDay)
    {
        Preconditions.CheckArgument(lastDay >= EffectiveFrom, "A framework cannot end before it starts.");
        EffectiveUntil = lastDay;
        return this;
    }

    /// <summary>Adds a kind of school the framework applies to.</summary>
    /// <param name="schoolType">The kind of school.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder ForSchoolType(SchoolType schoolType)
    {
        Preconditions.CheckDefined(schoolType);
        if (!SchoolTypes.Contains(schoolType))
        {
            SchoolTypes.Add(schoolType);
        }
        return this;
    }

    /// <summary>Adds a standard.</summary>
    /// <param name="number">Its number; standards must be numbered 1, 2, … without gaps when built.</param>
    /// <param name="title">Its official title.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder AddStandard(int number, string title)
    {
        var key = new StandardNumber(number);
        Preconditions.CheckArgument(!standards.ContainsKey(key), $"Standard {number} is already defined.");
        standards.Add(key, Preconditions.CheckNotNull(title));
        return this;
    }

    /// <summary>Adds a criterion to its standard (which must exist).</summary>
    /// <param name="id">The criterion's identifier; its standard part names the standard.</param>
    /// <param name="name">Its name.</param>
    /// <param name="notes">Transcription notes, if any.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder AddCriterion(CriterionId id, string name, params string[] notes)
    {
        Preconditions.CheckArgument(standards.ContainsKey(id.Standard), $"Standard {id.Standard} is not defined.");
        Preconditions.CheckArgument(!criteria.ContainsKey(id), $"Criterion {id} is already defined.");
        criteria.Add(id, (Preconditions.CheckNotNull(name), new List<string>(Preconditions.CheckNotNull(notes))));
        indicators.Add(id, new SortedDictionary<int, List<(IndicatorKey, string, Provenance?)>>());
        return this;
    }

    /// <summary>Adds an indicator to a criterion (which must exist) at a level.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="level">The level, up to the framework's level count.</param>
    /// <param name="key">Its key.</param>
    /// <param name="text">Its text.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder AddIndicator(CriterionId criterion, Level level, IndicatorKey key, string text)
        => AddIndicator(criterion, level, key, text, null);

    /// <summary>Adds an indicator with its own provenance (an amended text, a text from another source).</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="level">The level, up to the framework's level count.</param>
    /// <param name="key">Its key.</param>
    /// <param name="text">Its text.</param>
    /// <param name="provenance">Its provenance, or <c>null</c> to inherit the criterion's.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder AddIndicator(CriterionId criterion, Level level, IndicatorKey key, string text, Provenance? provenance)
    {
        Preconditions.CheckArgument(indicators.TryGetValue(criterion, out var levels), $"Criterion {criterion} is not defined.");
        Preconditions.CheckArgument(Level.CheckArgument(level, nameof(level)).Value is >= 1 && level.Value <= LevelCount, $"Level {level.Value} is above the framework's {LevelCount} levels.");
        if (!levels.TryGetValue(level.Value, out var list))
        {
            list = new List<(IndicatorKey, string, Provenance?)>();
            levels.Add(level.Value, list);
        }
        Preconditions.CheckArgument(list.All(i => i.Key != key), $"Indicator {criterion} {level} {key} is already defined.");
        list.Add((key, Preconditions.CheckNotNull(text), provenance));
        return this;
    }

    /// <summary>Adds a school-wide requirement for one level (TT 18's level-4 items).</summary>
    /// <param name="clause">The clause number.</param>
    /// <param name="level">The level it is required for.</param>
    /// <param name="text">Its text.</param>
    /// <param name="notes">Transcription notes, if any (the official text's own typos, marked "(sic)").</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder AddAdditionalRequirement(int clause, Level level, string text, params string[] notes)
    {
        Preconditions.CheckArgument(Level.CheckArgument(level, nameof(level)).Value is >= 1 && level.Value <= LevelCount, $"Level {level.Value} is above the framework's {LevelCount} levels.");
        Preconditions.CheckArgumentRange(clause, 1, 99);
        Preconditions.CheckArgument(additional.All(a => a.Clause != clause), $"Clause {clause} is already defined.");
        additional.Add((clause, level, Preconditions.CheckNotNull(text), Preconditions.CheckNotNull(notes)));
        return this;
    }

    /// <summary>Says where a school-wide requirement's text comes from (by default, the version's provenance).</summary>
    /// <param name="clause">The requirement's clause, which must exist.</param>
    /// <param name="provenance">Its provenance.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder WithRequirementSource(int clause, Provenance provenance)
    {
        Preconditions.CheckArgument(additional.Any(a => a.Clause == clause), $"Clause {clause} is not defined.");
        additionalSources[clause] = Preconditions.CheckNotNull(provenance);
        return this;
    }

    /// <summary>
    /// Says where the legal text sets out a level, so that indicators and items cite it: the first article (Điều) of
    /// the level, followed by one article per standard in order, each with one clause (khoản) per criterion present at
    /// that level; or, for a level of school-wide items, the article whose clauses they are. TT 18: Mức 1 from Điều 7,
    /// Mức 2 from Điều 12, Mức 3 from Điều 17, Mức 4 in Điều 22.
    /// </summary>
    /// <param name="level">The level.</param>
    /// <param name="firstArticle">The number of its first article.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder WithArticles(Level level, int firstArticle)
    {
        Preconditions.CheckArgument(Level.CheckArgument(level, nameof(level)).Value is >= 1 && level.Value <= LevelCount, $"Level {level.Value} is above the framework's {LevelCount} levels.");
        Preconditions.CheckArgumentRange(firstArticle, 1, 999);
        firstArticles[level.Value] = firstArticle;
        return this;
    }

    /// <summary>Checks the structure and builds the immutable version.</summary>
    /// <returns>The framework version.</returns>
    /// <exception cref="InvalidOperationException">The structure is incomplete (a gap in numbering, a criterion without level-1 indicators, a level skipped).</exception>
    public FrameworkVersion Build()
    {
        if (standards.Count == 0)
        {
            throw new InvalidOperationException("A framework needs at least one standard.");
        }
        int expected = 1;
        foreach (StandardNumber number in standards.Keys)
        {
            if (number.Value != expected++)
            {
                throw new InvalidOperationException($"Standards must be numbered 1..n without gaps; missing {expected - 1}.");
            }
        }
        var mandatory = Rule is MandatoryPlusQuotaRule q ? new HashSet<CriterionId>(q.Mandatory) : new HashSet<CriterionId>();
        int ordinal = 0;
        var built = new List<Standard>();
        foreach (var (number, title) in standards)
        {
            var list = new List<Criterion>();
            // The clause (khoản) of each criterion in its standard's article at each level: criteria present at that level, in order.
            var clauses = new int[LevelCount + 1];
            foreach (var (id, (name, notes)) in criteria.Where(c => c.Key.Standard == number))
            {
                var levels = indicators[id];
                if (levels.Count == 0 || levels.Keys.Max() != levels.Count)
                {
                    throw new InvalidOperationException($"Criterion {id} must have indicators at Mức 1 and at every level up to its highest.");
                }
                var byLevel = levels.Values.Select(l => (IReadOnlyList<(IndicatorKey, string, Provenance?)>)l.OrderBy(i => i.Key).ToList()).ToList();
                var citations = levels.Keys.Select(l => firstArticles.TryGetValue(l, out int first)
                    ? $"khoản {++clauses[l]} Điều {first + number.Value - 1}"
                    : null).ToList();
                var (provenance, aliases) = criterionSources.TryGetValue(id, out var source) ? source : (null, new List<string>());
                list.Add(new Criterion(id, name, byLevel, notes.AsReadOnly(), citations, provenance ?? TextProvenance, aliases.AsReadOnly(),
                    mandatory.Contains(id), ref ordinal));
            }
            if (list.Count == 0)
            {
                throw new InvalidOperationException($"Standard {number} has no criteria.");
            }
            var (standardProvenance, standardAliases) = standardSources.TryGetValue(number, out var s) ? s : (null, new List<string>());
            built.Add(new Standard(number, title, list.AsReadOnly(), standardProvenance ?? TextProvenance, standardAliases.AsReadOnly()));
        }
        if (Rule is MandatoryPlusQuotaRule quota)
        {
            var missing = quota.Mandatory.Where(m => !criteria.ContainsKey(m)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"Mandatory criteria not in the framework: {string.Join(", ", missing)}.");
            }
            int others = criteria.Count - quota.Mandatory.Count;
            if (quota.RequiredOthers > others)
            {
                throw new InvalidOperationException($"The rule requires {quota.RequiredOthers} optional criteria but the framework has {others}.");
            }
        }
        var items = additional.OrderBy(a => a.Clause).Select(a => new AdditionalRequirement(a.Clause, a.Level, a.Text, a.Notes.ToList().AsReadOnly(),
            firstArticles.TryGetValue(a.Level.Value, out int article) ? $"khoản {a.Clause} Điều {article}" : null,
            additionalSources.TryGetValue(a.Clause, out Provenance? p) ? p : TextProvenance));
        return new FrameworkVersion(this, built.AsReadOnly(), items.ToList().AsReadOnly());
    }
}
