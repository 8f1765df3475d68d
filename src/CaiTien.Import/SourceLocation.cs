using System;
using System.Collections.Generic;
using System.Globalization;

namespace CaiTien.Import;

/// <summary>
/// Where something was read in the source file: the page, and either the line (text exports) or the table, row and cell
/// (Word tables), or the paragraph (Word paragraphs). All numbers are 1-based; a part that is not known is <c>null</c>.
/// </summary>
/// <remarks>Immutable. Equality compares every part. <see cref="Unknown"/> has no part.</remarks>
public sealed class SourceLocation : IEquatable<SourceLocation>
{
    /// <summary>Creates a location.</summary>
    /// <param name="page">The page, if known.</param>
    /// <param name="line">The line of a text export.</param>
    /// <param name="paragraph">The paragraph of a Word document (body paragraphs, counted from 1).</param>
    /// <param name="table">The table (counted from 1 in reading order).</param>
    /// <param name="row">The row within the table.</param>
    /// <param name="cell">The cell within the row.</param>
    public SourceLocation(int? page = null, int? line = null, int? paragraph = null, int? table = null, int? row = null, int? cell = null)
    {
        Page = Positive(page);
        Line = Positive(line);
        Paragraph = Positive(paragraph);
        Table = Positive(table);
        Row = Positive(row);
        Cell = Positive(cell);
    }

    /// <summary>A location with no part known.</summary>
    public static SourceLocation Unknown { get; } = new();

    /// <summary>The page, or <c>null</c>.</summary>
    public int? Page { get; }

    /// <summary>The line of a text export, or <c>null</c>.</summary>
    public int? Line { get; }

    /// <summary>The paragraph of a Word document, or <c>null</c>.</summary>
    public int? Paragraph { get; }

    /// <summary>The table, or <c>null</c>.</summary>
    public int? Table { get; }

    /// <summary>The row within the table, or <c>null</c>.</summary>
    public int? Row { get; }

    /// <summary>The cell within the row, or <c>null</c>.</summary>
    public int? Cell { get; }

    /// <summary>A copy pointing at a row of this location's table.</summary>
    /// <param name="row">The row (1-based).</param>
    /// <returns>The location.</returns>
    public SourceLocation WithRow(int row) => new(Page, Line, Paragraph, Table, row, null);

    /// <summary>A copy pointing at a cell of this location's row.</summary>
    /// <param name="cell">The cell (1-based).</param>
    /// <returns>The location.</returns>
    public SourceLocation WithCell(int cell) => new(Page, Line, Paragraph, Table, Row, cell);

    /// <summary>Describes the location in Vietnamese ("trang 3, bảng 2, hàng 4, ô 3").</summary>
    /// <returns>The description; "không rõ vị trí" when nothing is known.</returns>
    public override string ToString() => Describe(english: false);

    /// <summary>Describes the location in Vietnamese or English.</summary>
    /// <param name="english">Whether to describe it in English ("page 3, table 2, row 4, cell 3").</param>
    /// <returns>The description.</returns>
    public string Describe(bool english)
    {
        var parts = new List<string>(4);
        void Add(int? value, string vi, string en)
        {
            if (value is int v)
            {
                parts.Add(string.Create(CultureInfo.InvariantCulture, $"{(english ? en : vi)} {v}"));
            }
        }
        Add(Page, "trang", "page");
        Add(Line, "dòng", "line");
        Add(Paragraph, "đoạn", "paragraph");
        Add(Table, "bảng", "table");
        Add(Row, "hàng", "row");
        Add(Cell, "ô", "cell");
        return parts.Count == 0 ? (english ? "unknown location" : "không rõ vị trí") : string.Join(", ", parts);
    }

    /// <inheritdoc/>
    public bool Equals(SourceLocation? other)
        => other is not null && Page == other.Page && Line == other.Line && Paragraph == other.Paragraph && Table == other.Table
           && Row == other.Row && Cell == other.Cell;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as SourceLocation);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Page, Line, Paragraph, Table, Row, Cell);

    private static int? Positive(int? value) => value is int v ? Guard.Range(v, 1, int.MaxValue) : null;
}
