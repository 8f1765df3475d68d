using System.Collections.Generic;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>A standard (tiêu chuẩn) of a framework: a titled group of criteria.</summary>
/// <remarks>Immutable.</remarks>
public sealed class Standard
{
    internal Standard(StandardNumber number, string title, IReadOnlyList<Criterion> criteria, Provenance provenance, IReadOnlyList<string> aliases)
    {
        Provenance = provenance;
        Aliases = aliases;
        Number = number;
        Title = Preconditions.CheckNotNull(title);
        Criteria = criteria;
    }

    /// <summary>The standard's number.</summary>
    public StandardNumber Number { get; }

    /// <summary>The standard's official title.</summary>
    public string Title { get; }

    /// <summary>Where the title comes from and how certain it is.</summary>
    public Provenance Provenance { get; }

    /// <summary>Other titles sources give the standard (variants not yet settled against the official text).</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>Its criteria, in order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>Returns "Tiêu chuẩn n: Title".</summary>
    /// <returns>The heading as the regulation writes it.</returns>
    public override string ToString() => $"Tiêu chuẩn {Number}: {Title}";
}
