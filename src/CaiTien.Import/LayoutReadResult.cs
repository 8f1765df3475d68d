using System.Collections.Generic;
using System.Linq;
using CaiTien.Import.Layout;

namespace CaiTien.Import;

/// <summary>The result of reading a file's layout: the layout and notes, or a failure.</summary>
/// <remarks>Immutable.</remarks>
public sealed class LayoutReadResult
{
    internal LayoutReadResult(LayoutDocument? layout, IEnumerable<ImportNote> notes, ImportFailure? failure)
    {
        Layout = layout;
        Notes = notes.ToList().AsReadOnly();
        Failure = failure;
    }

    /// <summary>Whether the layout was read.</summary>
    public bool Success => Failure is null && Layout is not null;

    /// <summary>The layout, or <c>null</c> on failure.</summary>
    public LayoutDocument? Layout { get; }

    /// <summary>Notes on the reading (joined tables, text that could not be read).</summary>
    public IReadOnlyList<ImportNote> Notes { get; }

    /// <summary>Why the file could not be read, or <c>null</c>.</summary>
    public ImportFailure? Failure { get; }

    internal static LayoutReadResult Fail(ImportFailure failure) => new(null, Enumerable.Empty<ImportNote>(), failure);
}
