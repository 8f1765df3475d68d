using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>An indicator (chỉ báo): one requirement of a criterion at one level.</summary>
/// <remarks>Immutable; identity is (criterion, level, key) within one framework version.</remarks>
public sealed class Indicator
{
    internal Indicator(CriterionId criterion, Level level, IndicatorKey key, string text, string? citation, Provenance provenance, int ordinal)
    {
        Citation = citation;
        Provenance = provenance;
        Criterion = criterion;
        Level = level;
        Key = key;
        Text = Preconditions.CheckNotNull(text);
        Ordinal = ordinal;
    }

    /// <summary>The criterion this indicator belongs to.</summary>
    public CriterionId Criterion { get; }

    /// <summary>The level at which it is required.</summary>
    public Level Level { get; }

    /// <summary>Its key (a, b, c or <c>*</c>).</summary>
    public IndicatorKey Key { get; }

    /// <summary>The requirement's text, in Vietnamese, as the regulation writes it.</summary>
    public string Text { get; }

    /// <summary>
    /// Where the legal text sets it out, as Vietnamese law cites: "điểm a khoản 1 Điều 7" (TT 18, 1.1 Mức 1 a), or
    /// "khoản 1 Điều 12" for an unlettered requirement; <c>null</c> when the framework does not say.
    /// </summary>
    public string? Citation { get; }

    /// <summary>Where the text comes from and how certain it is.</summary>
    public Provenance Provenance { get; }

    /// <summary>The indicator's position in its framework (0-based, dense): an index for fast result tables.</summary>
    public int Ordinal { get; }

    /// <summary>Returns "1.1 Mức 1 a".</summary>
    /// <returns>A short reference.</returns>
    public override string ToString() => $"{Criterion} {Level} {Key}";
}
