using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CaiTien.Import.Layout;

/// <summary>How a cell takes part in a vertical merge.</summary>
public enum VerticalMergeState
{
    /// <summary>Not merged with the cells above or below.</summary>
    None = 0,

    /// <summary>The first (top) cell of a vertical merge; it holds the merged cell's content.</summary>
    Restart = 1,

    /// <summary>A cell covered by the merge started above; its own content is normally empty.</summary>
    Continue = 2,
}

/// <summary>
/// A table: rows of cells on a grid of columns. A cell spans one or more grid columns (a horizontal merge) and may start
/// or continue a vertical merge, as in Word.
/// </summary>
/// <remarks>
/// Immutable. Rows may have different numbers of cells, as text exports produce them; <see cref="ColumnCount"/> is the
/// widest row. <see cref="Grid"/> resolves the merges into one slot per row and grid column.
/// </remarks>
public sealed class LayoutTable : LayoutBlock
{
    private LayoutGrid? grid;

    /// <summary>Creates a table.</summary>
    /// <param name="rows">The rows, top to bottom.</param>
    /// <param name="source">Where it was read.</param>
    /// <param name="columnWidths">The grid column widths in twentieths of a point, if known (a writer uses them).</param>
    public LayoutTable(IEnumerable<LayoutRow> rows, SourceLocation? source = null, IEnumerable<int>? columnWidths = null)
        : base(source)
    {
        Rows = Guard.NotNull(rows).ToList().AsReadOnly();
        Guard.Argument(Rows.All(r => r is not null), "Rows cannot contain null.");
        ColumnWidths = (columnWidths ?? Enumerable.Empty<int>()).ToList().AsReadOnly();
        ColumnCount = Rows.Count == 0 ? 0 : Rows.Max(r => r.Cells.Sum(c => c.ColumnSpan));
        ColumnCount = System.Math.Max(ColumnCount, ColumnWidths.Count);
    }

    /// <summary>The rows.</summary>
    public IReadOnlyList<LayoutRow> Rows { get; }

    /// <summary>The number of grid columns: the widest row, or the number of column widths if larger.</summary>
    public int ColumnCount { get; }

    /// <summary>The grid column widths in twentieths of a point; empty when not known.</summary>
    public IReadOnlyList<int> ColumnWidths { get; }

    /// <summary>The table with its merges resolved.</summary>
    public LayoutGrid Grid => grid ??= new LayoutGrid(this);

    /// <inheritdoc/>
    public override string Text
    {
        get
        {
            var builder = new StringBuilder();
            foreach (LayoutRow row in Rows)
            {
                if (builder.Length > 0)
                {
                    builder.Append('\n');
                }
                builder.AppendJoin('\t', row.Cells.Select(c => c.Text.Replace('\n', ' ').Replace('\t', ' ')));
            }
            return builder.ToString();
        }
    }
}

/// <summary>A row of a table.</summary>
/// <remarks>Immutable.</remarks>
public sealed class LayoutRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="cells">The cells, left to right.</param>
    /// <param name="isHeader">Whether the row is a header row that repeats at the top of each page.</param>
    /// <param name="source">Where it was read.</param>
    public LayoutRow(IEnumerable<LayoutCell> cells, bool isHeader = false, SourceLocation? source = null)
    {
        Cells = Guard.NotNull(cells).ToList().AsReadOnly();
        Guard.Argument(Cells.All(c => c is not null), "Cells cannot contain null.");
        IsHeader = isHeader;
        Source = source ?? SourceLocation.Unknown;
    }

    /// <summary>The cells.</summary>
    public IReadOnlyList<LayoutCell> Cells { get; }

    /// <summary>Whether the row repeats at the top of each page (Word's "repeat as header row").</summary>
    public bool IsHeader { get; }

    /// <summary>Where the row was read.</summary>
    public SourceLocation Source { get; }

    /// <inheritdoc/>
    public override string ToString() => string.Join(" | ", Cells.Select(c => c.Text));
}

/// <summary>A cell of a table: its content, how many grid columns it spans and its part in a vertical merge.</summary>
/// <remarks>Immutable. The content is paragraphs and, rarely, nested tables.</remarks>
public sealed class LayoutCell
{
    /// <summary>Creates a cell.</summary>
    /// <param name="content">Its paragraphs (and nested tables).</param>
    /// <param name="columnSpan">The number of grid columns it spans (1 or more).</param>
    /// <param name="merge">Its part in a vertical merge.</param>
    /// <param name="source">Where it was read.</param>
    public LayoutCell(IEnumerable<LayoutBlock> content, int columnSpan = 1, VerticalMergeState merge = VerticalMergeState.None, SourceLocation? source = null)
    {
        Content = Guard.NotNull(content).ToList().AsReadOnly();
        Guard.Argument(Content.All(b => b is not null), "Content cannot contain null.");
        ColumnSpan = Guard.Range(columnSpan, 1, 1000);
        Guard.Argument(System.Enum.IsDefined(merge), "Unknown merge.");
        Merge = merge;
        Source = source ?? SourceLocation.Unknown;
        Text = string.Join("\n", Content.Select(b => b.Text));
    }

    /// <summary>A cell holding one paragraph per line of <paramref name="text"/>.</summary>
    /// <param name="text">The text; line breaks separate paragraphs.</param>
    /// <param name="columnSpan">The number of grid columns it spans.</param>
    /// <param name="merge">Its part in a vertical merge.</param>
    /// <param name="source">Where it was read.</param>
    /// <returns>The cell.</returns>
    public static LayoutCell FromText(string? text, int columnSpan = 1, VerticalMergeState merge = VerticalMergeState.None, SourceLocation? source = null)
    {
        string clean = LayoutText.Clean(text);
        IEnumerable<LayoutBlock> paragraphs = clean.Length == 0
            ? System.Array.Empty<LayoutBlock>()
            : clean.Split('\n').Select(line => (LayoutBlock)new LayoutParagraph(line, source: source));
        return new LayoutCell(paragraphs, columnSpan, merge, source);
    }

    /// <summary>The content.</summary>
    public IReadOnlyList<LayoutBlock> Content { get; }

    /// <summary>The text: the content's text, paragraphs joined by line breaks.</summary>
    public string Text { get; }

    /// <summary>The paragraphs directly in the cell.</summary>
    public IEnumerable<LayoutParagraph> Paragraphs => Content.OfType<LayoutParagraph>();

    /// <summary>The number of grid columns spanned.</summary>
    public int ColumnSpan { get; }

    /// <summary>The part in a vertical merge.</summary>
    public VerticalMergeState Merge { get; }

    /// <summary>Where the cell was read.</summary>
    public SourceLocation Source { get; }

    /// <inheritdoc/>
    public override string ToString() => Text;
}
