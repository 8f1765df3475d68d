using System.Collections.Generic;
using System.Linq;

namespace CaiTien.Import.Layout;

/// <summary>Where a layout was read from.</summary>
public enum LayoutOrigin
{
    /// <summary>Built in code.</summary>
    Code = 0,

    /// <summary>A Word (.docx) file: paragraphs and cells are the author's own.</summary>
    Word = 1,

    /// <summary>
    /// A text export of a Word or PDF file: paragraphs are lines, and tables are rebuilt from tabs, pipes or markup, so cell
    /// boundaries may be lost or shifted.
    /// </summary>
    Text = 2,
}

/// <summary>
/// A document as laid out, independent of its file format: the body's paragraphs and tables in reading order, and the
/// text of the page header and footer. Readers produce it from Word and text files; a writer turns it back into Word.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class LayoutDocument
{
    /// <summary>Creates a layout.</summary>
    /// <param name="blocks">The body, in reading order.</param>
    /// <param name="origin">Where it was read from.</param>
    /// <param name="pageHeader">The page header's paragraphs (printed on every page).</param>
    /// <param name="pageFooter">The page footer's paragraphs.</param>
    /// <param name="pageCount">The number of pages, if known.</param>
    public LayoutDocument(IEnumerable<LayoutBlock> blocks, LayoutOrigin origin = LayoutOrigin.Code, IEnumerable<LayoutParagraph>? pageHeader = null,
        IEnumerable<LayoutParagraph>? pageFooter = null, int? pageCount = null)
    {
        Blocks = Guard.NotNull(blocks).ToList().AsReadOnly();
        Guard.Argument(Blocks.All(b => b is not null), "Blocks cannot contain null.");
        Guard.Argument(System.Enum.IsDefined(origin), "Unknown origin.");
        Origin = origin;
        PageHeader = (pageHeader ?? Enumerable.Empty<LayoutParagraph>()).ToList().AsReadOnly();
        PageFooter = (pageFooter ?? Enumerable.Empty<LayoutParagraph>()).ToList().AsReadOnly();
        PageCount = pageCount is int p ? Guard.Range(p, 1, int.MaxValue) : null;
    }

    /// <summary>The body's blocks in reading order.</summary>
    public IReadOnlyList<LayoutBlock> Blocks { get; }

    /// <summary>Where the layout was read from.</summary>
    public LayoutOrigin Origin { get; }

    /// <summary>The page header's paragraphs.</summary>
    public IReadOnlyList<LayoutParagraph> PageHeader { get; }

    /// <summary>The page footer's paragraphs.</summary>
    public IReadOnlyList<LayoutParagraph> PageFooter { get; }

    /// <summary>The number of pages, if known.</summary>
    public int? PageCount { get; }

    /// <summary>The body's tables, in order.</summary>
    public IEnumerable<LayoutTable> Tables => Blocks.OfType<LayoutTable>();
}
