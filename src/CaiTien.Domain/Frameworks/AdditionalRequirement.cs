using System.Collections.Generic;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>
/// A school-wide requirement beyond the criteria, such as the six clauses of TT 18's Mức 4 article
/// (level-4 items). It is required for one level only.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class AdditionalRequirement
{
    internal AdditionalRequirement(int clause, Level level, string text, IReadOnlyList<string> notes, string? citation, Provenance provenance)
    {
        Notes = notes;
        Citation = citation;
        Provenance = Preconditions.CheckNotNull(provenance);
        Preconditions.CheckArgumentRange(clause, 1, 99);
        Clause = clause;
        Level = level;
        Text = Preconditions.CheckNotNull(text);
    }

    /// <summary>The clause number (khoản) in the level's article.</summary>
    public int Clause { get; }

    /// <summary>The level it is required for.</summary>
    public Level Level { get; }

    /// <summary>The requirement's text, as the regulation writes it.</summary>
    public string Text { get; }

    /// <summary>Where the legal text sets it out: "khoản 4 Điều 22" (TT 18); <c>null</c> when the framework does not say.</summary>
    public string? Citation { get; }

    /// <summary>Notes on the text (the official text's own typos, kept and marked "(sic)").</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Where the text comes from and how certain it is.</summary>
    public Provenance Provenance { get; }

    /// <summary>Returns "Mức 4, khoản n".</summary>
    /// <returns>A short reference.</returns>
    public override string ToString() => $"{Level}, khoản {Clause}";
}
