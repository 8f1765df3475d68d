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
    private readonly SortedDictionary<CriterionId, (string Name, List<string> Notes)> criteria = new();
    private readonly Dictionary<CriterionId, SortedDictionary<int, List<(IndicatorKey Key, string Text)>>> indicators = new();
    private readonly List<(int Clause, Level Level, string Text, string[] Notes)> additional = new();
    private readonly Dictionary<int, int> firstArticles = new();

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
        indicators.Add(id, new SortedDictionary<int, List<(IndicatorKey, string)>>());
        return this;
    }

    /// <summary>Adds an indicator to a criterion (which must exist) at a level.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="level">The level, up to the framework's level count.</param>
    /// <param name="key">Its key.</param>
    /// <param name="text">Its text.</param>
    /// <returns>This builder.</returns>
    public FrameworkBuilder AddIndicator(CriterionId criterion, Level level, IndicatorKey key, string text)
    {
        Preconditions.CheckArgument(indicators.TryGetValue(criterion, out var levels), $"Criterion {criterion} is not defined.");
        Preconditions.CheckArgument(Level.CheckArgument(level, nameof(level)).Value is >= 1 && level.Value <= LevelCount, $"Level {level.Value} is above the framework's {LevelCount} levels.");
        if (!levels.TryGetValue(level.Value, out var list))
        {
            list = new List<(IndicatorKey, string)>();
            levels.Add(level.Value, list);
        }
        Preconditions.CheckArgument(list.All(i => i.Key != key), $"Indicator {criterion} {level} {key} is already defined.");
        list.Add((key, Preconditions.CheckNotNull(text)));
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
                var byLevel = levels.Values.Select(l => (IReadOnlyList<(IndicatorKey, string)>)l.OrderBy(i => i.Key).ToList()).ToList();
                var citations = levels.Keys.Select(l => firstArticles.TryGetValue(l, out int first)
                    ? $"khoản {++clauses[l]} Điều {first + number.Value - 1}"
                    : null).ToList();
                list.Add(new Criterion(id, name, byLevel, notes.AsReadOnly(), citations, ref ordinal));
            }
            if (list.Count == 0)
            {
                throw new InvalidOperationException($"Standard {number} has no criteria.");
            }
            built.Add(new Standard(number, title, list.AsReadOnly()));
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
            firstArticles.TryGetValue(a.Level.Value, out int article) ? $"khoản {a.Clause} Điều {article}" : null));
        return new FrameworkVersion(this, built.AsReadOnly(), items.ToList().AsReadOnly());
    }
}
