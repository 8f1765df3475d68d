using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Assessment;

/// <summary>
/// What stands between a school and one level: the indicators and additional requirements that are not met, and
/// those merely not assessed. Empty exactly when the level is reached.
/// </summary>
/// <remarks>Immutable. Lists are in framework order.</remarks>
public sealed class LevelGap
{
    internal LevelGap(Level level, IReadOnlyList<Indicator> notMet, IReadOnlyList<Indicator> notAssessed,
        IReadOnlyList<AdditionalRequirement> additionalNotMet, IReadOnlyList<AdditionalRequirement> additionalNotAssessed,
        QuotaShortfall? quota)
    {
        Level = level;
        NotMet = notMet;
        NotAssessed = notAssessed;
        AdditionalNotMet = additionalNotMet;
        AdditionalNotAssessed = additionalNotAssessed;
        Quota = quota;
    }

    /// <summary>The level this gap is for.</summary>
    public Level Level { get; }

    /// <summary>Required indicators assessed as not met.</summary>
    public IReadOnlyList<Indicator> NotMet { get; }

    /// <summary>Required indicators not assessed. They block the level but are not failures.</summary>
    public IReadOnlyList<Indicator> NotAssessed { get; }

    /// <summary>Required additional requirements (TT 18 level-4 items) not met.</summary>
    public IReadOnlyList<AdditionalRequirement> AdditionalNotMet { get; }

    /// <summary>Required additional requirements not assessed.</summary>
    public IReadOnlyList<AdditionalRequirement> AdditionalNotAssessed { get; }

    /// <summary>For a quota rule, how many optional criteria reach the level against how many must; otherwise <c>null</c>.</summary>
    public QuotaShortfall? Quota { get; }

    /// <summary>Whether nothing blocks the level.</summary>
    public bool IsEmpty => NotMet.Count == 0 && NotAssessed.Count == 0 && AdditionalNotMet.Count == 0 && AdditionalNotAssessed.Count == 0;

    /// <summary>The criteria with at least one required indicator not met.</summary>
    public IReadOnlyList<CriterionId> BlockingCriteria => NotMet.Select(i => i.Criterion).Distinct().ToList();

    /// <summary>The criteria blocked only by indicators not assessed.</summary>
    public IReadOnlyList<CriterionId> PendingCriteria
    {
        get
        {
            var blocking = new HashSet<CriterionId>(NotMet.Select(i => i.Criterion));
            return NotAssessed.Select(i => i.Criterion).Distinct().Where(c => !blocking.Contains(c)).ToList();
        }
    }

    /// <summary>A one-line explanation in Vietnamese and English.</summary>
    /// <returns>The explanation.</returns>
    public BilingualText Describe()
    {
        if (IsEmpty)
        {
            return new BilingualText($"Đạt {Level}.", $"{Level} is reached.");
        }
        var vi = new List<string>();
        var en = new List<string>();
        if (NotMet.Count > 0)
        {
            string list = Join(NotMet);
            vi.Add($"chỉ báo chưa đạt: {list}");
            en.Add($"indicators not met: {list}");
        }
        if (NotAssessed.Count > 0)
        {
            string list = Join(NotAssessed);
            vi.Add($"chỉ báo chưa được đánh giá: {list}");
            en.Add($"indicators not assessed: {list}");
        }
        if (AdditionalNotMet.Count > 0)
        {
            string list = string.Join(", ", AdditionalNotMet.Select(a => a.Clause));
            vi.Add($"yêu cầu {Level} chưa đạt (khoản {list})");
            en.Add($"{Level} requirements not met (clauses {list})");
        }
        if (AdditionalNotAssessed.Count > 0)
        {
            string list = string.Join(", ", AdditionalNotAssessed.Select(a => a.Clause));
            vi.Add($"yêu cầu {Level} chưa được đánh giá (khoản {list})");
            en.Add($"{Level} requirements not assessed (clauses {list})");
        }
        if (Quota is { } q)
        {
            vi.Add($"có {q.Reached}/{q.Required} tiêu chí không bắt buộc đạt mức này");
            en.Add($"{q.Reached} of the {q.Required} required optional criteria reach it");
        }
        return new BilingualText($"Chưa đạt {Level}: {string.Join("; ", vi)}.", $"{Level} not reached: {string.Join("; ", en)}.");
    }

    private static string Join(IEnumerable<Indicator> indicators)
        => string.Join(", ", indicators.GroupBy(i => i.Criterion).Select(g => $"{g.Key} ({string.Join(" ", g.Select(i => $"M{i.Level.Value}{i.Key}"))})"));
}

/// <summary>How many optional criteria reach a level under a quota rule, against how many must.</summary>
/// <param name="Required">How many must.</param>
/// <param name="Reached">How many do.</param>
public readonly record struct QuotaShortfall(int Required, int Reached);
