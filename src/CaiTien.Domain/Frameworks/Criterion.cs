using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>A criterion (tiêu chí) of a framework, with its indicators at each level.</summary>
/// <remarks>
/// Immutable. The highest level is the highest level with at least one indicator; under TT 18, eight criteria
/// stop at Mức 2. Levels are cumulative: a criterion at Mức n meets every indicator of Mức 1 to Mức n.
/// </remarks>
public sealed class Criterion
{
    private readonly Indicator[][] byLevel;

    internal Criterion(CriterionId id, string name, IReadOnlyList<IReadOnlyList<(IndicatorKey Key, string Text, Provenance? Provenance)>> levels,
        IReadOnlyList<string> notes, IReadOnlyList<string?> citations, Provenance provenance, IReadOnlyList<string> aliases, bool isMandatory, ref int ordinal)
    {
        Id = id;
        Name = Preconditions.CheckNotNull(name);
        Notes = notes;
        Provenance = Preconditions.CheckNotNull(provenance);
        Aliases = aliases;
        IsMandatory = isMandatory;
        Preconditions.CheckArgument(levels.Count is >= 1 and <= Level.MaxValue, "A criterion has 1 to 4 levels of indicators.");
        byLevel = new Indicator[levels.Count][];
        var all = new List<Indicator>();
        for (int i = 0; i < levels.Count; i++)
        {
            Preconditions.CheckArgument(levels[i].Count > 0, "Each level of a criterion up to its highest has indicators.");
            byLevel[i] = new Indicator[levels[i].Count];
            for (int j = 0; j < levels[i].Count; j++)
            {
                IndicatorKey key = levels[i][j].Key;
                string? citation = citations[i] is not { } at ? null : key == IndicatorKey.Unlettered ? at : $"điểm {key} {at}";
                var indicator = new Indicator(id, new Level(i + 1), key, levels[i][j].Text, citation, levels[i][j].Provenance ?? provenance, ordinal++);
                byLevel[i][j] = indicator;
                all.Add(indicator);
            }
        }
        Indicators = all.AsReadOnly();
        Citation = citations[0];
    }

    /// <summary>
    /// Where the legal text sets out the criterion at its first level, such as "khoản 5 Điều 7" for TT 18's 1.5, or
    /// <c>null</c> when the framework does not say; each indicator has its own <see cref="Indicator.Citation"/>.
    /// </summary>
    public string? Citation { get; }

    /// <summary>The criterion's identifier.</summary>
    public CriterionId Id { get; }

    /// <summary>The criterion's name, as the regulation writes it.</summary>
    public string Name { get; }

    /// <summary>The highest level the criterion has requirements for.</summary>
    public Level HighestLevel => new(byLevel.Length);

    /// <summary>Every indicator, by level then key.</summary>
    public IReadOnlyList<Indicator> Indicators { get; }

    /// <summary>Notes on the transcription of this criterion (known typos kept as the source has them).</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Where the criterion's name comes from and how certain it is; indicators carry their own.</summary>
    public Provenance Provenance { get; }

    /// <summary>Other names sources give the criterion (variants not yet settled against the official text).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Whether the framework's rule requires it at every level (TT 57's eight mandatory criteria).</summary>
    public bool IsMandatory { get; }

        /// <summary>The indicators required at exactly <paramref name="level"/>; empty for <see cref="Level.NotMet"/> and above the highest level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The indicators of that level.</returns>
    public IReadOnlyList<Indicator> IndicatorsAt(Level level)
        => level.Value is >= 1 and var v && v <= byLevel.Length ? byLevel[v - 1] : Array.Empty<Indicator>();

    /// <summary>Finds an indicator by level and key.</summary>
    /// <param name="level">The level.</param>
    /// <param name="key">The key.</param>
    /// <returns>The indicator, or <c>null</c> when the criterion has none such.</returns>
    public Indicator? FindIndicator(Level level, IndicatorKey key)
        => IndicatorsAt(level).FirstOrDefault(i => i.Key == key);

    /// <summary>Returns "1.1 Name".</summary>
    /// <returns>Id and name.</returns>
    public override string ToString() => $"{Id} {Name}";
}
