using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Recognition;

internal enum RowKind
{
    Level,
    Group,
    Item,
}

/// <summary>A cell's text and where it was read.</summary>
internal readonly record struct SourcedText(string Text, SourceLocation Source);

/// <summary>
/// One row of a plan's or report's table as read: a level heading ("MỨC 3"), a standard heading, or a criterion with
/// its values by column kind. A row that continues the item above (another task) says so.
/// </summary>
internal sealed class LogicalRow
{
    internal LogicalRow(RowKind kind, string number, string label, SourceLocation source)
    {
        Kind = kind;
        Number = number;
        Label = label;
        Source = source;
    }

    internal RowKind Kind { get; }

    internal string Number { get; set; }

    internal string Label { get; set; }

    internal SourceLocation Source { get; }

    internal Dictionary<ColumnKind, SourcedText> Values { get; } = new();

    /// <summary>Another task of the item above (Word: the criterion cell merged down, or left empty).</summary>
    internal bool IsAnotherTask { get; init; }

    /// <summary>For a row read from text: how many cells followed the criterion, and their texts.</summary>
    internal int CellCount { get; set; }

    internal List<SourcedText>? RawCells { get; set; }

    internal string Value(ColumnKind kind) => Values.TryGetValue(kind, out SourcedText v) ? v.Text : string.Empty;

    /// <summary>Adds text to a value: a new paragraph of the cell, or (<paramref name="wrapped"/>) the next line of a wrapped paragraph.</summary>
    internal void Append(ColumnKind kind, SourcedText text, bool wrapped = false)
    {
        if (text.Text.Trim().Length == 0)
        {
            return;
        }
        Values[kind] = Values.TryGetValue(kind, out SourcedText existing) && existing.Text.Length > 0
            ? new SourcedText(existing.Text + (wrapped ? " " : "\n") + text.Text, existing.Source)
            : text;
    }
}

/// <summary>
/// Reads a table of a plan or a report into <see cref="LogicalRow"/>s: the header rows name the columns (by the
/// vocabulary of <see cref="Columns"/>); each data row is anchored on its level heading, standard heading or criterion.
/// From Word the values are placed by grid column; from a text export, where cells may be dropped or shifted, they are
/// placed in column order after the anchor, and rows without an anchor continue the row above. Every placement that is
/// inferred is noted; a cell that cannot be placed is reported with its text.
/// </summary>
internal sealed class LogicalTable
{
    private static readonly Regex LevelRow = new(@"^muc\s*[1-4](?:\s*[,;]\s*[1-4])*\s*\z", RegexOptions.CultureInvariant);
    private static readonly Regex GroupCell = new(@"^(?:(?<n>[0-9]{1,2}|[ivx]{1,4})\s*[.)]?\s+)?(?<h>tieu chuan\s*[0-9]{1,2}\b.*)\z", RegexOptions.CultureInvariant);
    private static readonly Regex CriterionCell = new(@"^(?:(?<n>[0-9]{1,2})\s*[.)]?\s+)?(?<c>(?:tieu chi|tc)\s*[0-9]{1,2}\s*[.,]\s*[0-9]{1,2})\b", RegexOptions.CultureInvariant);
    private static readonly Regex NumberCell = new(@"^(?:[0-9]{1,2}|[ivx]{1,4})\s*[.)]?\z", RegexOptions.CultureInvariant);

    private LogicalTable(IReadOnlyList<ColumnKind> columnKinds, IReadOnlyList<ColumnKind> valueKinds, List<LogicalRow> rows, int headerRows)
    {
        ColumnKinds = columnKinds;
        ValueKinds = valueKinds;
        Rows = rows;
        HeaderRows = headerRows;
    }

    /// <summary>The kind of each grid column, from the header.</summary>
    internal IReadOnlyList<ColumnKind> ColumnKinds { get; }

    /// <summary>The value kinds in column order (no number, criterion or unknown).</summary>
    internal IReadOnlyList<ColumnKind> ValueKinds { get; }

    internal List<LogicalRow> Rows { get; }

    internal int HeaderRows { get; }

    internal bool IsPlanTable => ValueKinds.Count(Columns.IsPlanKind) >= 2 && ValueKinds.Count(Columns.IsPlanKind) > ValueKinds.Count(Columns.IsReportKind);

    internal bool IsReportTable => ValueKinds.Count(Columns.IsReportKind) >= 2 && ValueKinds.Count(Columns.IsReportKind) >= ValueKinds.Count(Columns.IsPlanKind);

    internal static string Fold(string text) => VietnameseText.Fold(text);

    internal static bool IsAnchor(string folded) => LevelRow.IsMatch(folded) || GroupCell.IsMatch(folded) || CriterionCell.IsMatch(folded);

    /// <summary>The kinds a table's header names, without reading its rows: to tell a plan's table from a report's.</summary>
    internal static IReadOnlyList<ColumnKind> HeaderKinds(LayoutTable table) => ReadHeader(table).ValueKinds;

    private static (ColumnKind[] Kinds, IReadOnlyList<ColumnKind> ValueKinds, int FirstData) ReadHeader(LayoutTable table)
    {
        LayoutGrid grid = table.Grid;
        int firstData = grid.RowCount;
        for (int r = 0; r < grid.RowCount && firstData == grid.RowCount; r++)
        {
            for (int c = 0; c < grid.ColumnCount; c++)
            {
                if (grid[r, c].IsOrigin && IsAnchor(Fold(grid[r, c].Text).Trim()))
                {
                    firstData = r;
                    break;
                }
            }
        }
        var kinds = new ColumnKind[grid.ColumnCount];
        for (int c = 0; c < grid.ColumnCount; c++)
        {
            for (int r = firstData - 1; r >= 0 && kinds[c] == ColumnKind.Unknown; r--)
            {
                kinds[c] = Columns.Classify(Fold(grid[r, c].Text));
            }
        }
        return (kinds, Columns.ValueKinds(kinds), firstData);
    }

    internal static LogicalTable Read(LayoutTable table, bool fromText, Notes notes)
    {
        (ColumnKind[] kinds, IReadOnlyList<ColumnKind> valueKinds, int firstData) = ReadHeader(table);
        var rows = new List<LogicalRow>();
        LogicalRow? lastItem = null;
        int lastAnchorIndex = 0;
        var pending = new List<(LayoutRow Row, List<(string Text, SourceLocation Source, int Column, bool Continued)> Cells)>();
        LayoutGrid grid = table.Grid;
        for (int r = firstData; r < table.Rows.Count; r++)
        {
            LayoutRow row = table.Rows[r];
            var cells = new List<(string Text, SourceLocation Source, int Column, bool Continued)>();
            int column = 0;
            foreach (LayoutCell cell in row.Cells)
            {
                bool continued = column < grid.ColumnCount && grid[r, column].IsVerticalContinuation;
                cells.Add((continued ? string.Empty : VietnameseText.Normalize(cell.Text), cell.Source, column, continued));
                column += cell.ColumnSpan;
            }
            int anchor = cells.FindIndex(c => c.Text.Length > 0 && IsAnchor(Fold(c.Text)));
            if (anchor < 0)
            {
                if (cells.All(c => c.Text.Length == 0))
                {
                    continue;
                }
                if (lastItem is null)
                {
                    foreach (var c in cells.Where(c => c.Text.Length > 0))
                    {
                        notes.Unread("IMP200", c.Source, "Ô trước hàng tiêu chí đầu tiên của bảng không đặt được", "A cell before the table's first criterion row cannot be placed", c.Text);
                    }
                    continue;
                }
                if (!fromText)
                {
                    // Word: a row without a criterion under an item is another task of that item (its criterion cell is merged down or empty).
                    var task = new LogicalRow(RowKind.Item, lastItem.Number, lastItem.Label, row.Source) { IsAnotherTask = true };
                    PlaceByColumn(task, cells, kinds, notes);
                    rows.Add(task);
                    continue;
                }
                // Text: the row is the rest of the row above, broken across lines; its cells line up with the row above.
                var shifted = cells.Select((c, i) => (c.Text, c.Source, Index: i)).Where(c => c.Text.Length > 0).ToList();
                foreach (var c in shifted)
                {
                    int valueIndex = c.Index - lastAnchorIndex - 1;
                    if (valueIndex >= 0 && valueIndex < valueKinds.Count)
                    {
                        lastItem.Append(valueKinds[valueIndex], new SourcedText(c.Text, c.Source), wrapped: true);
                    }
                    else
                    {
                        notes.Unread("IMP201", c.Source, "Ô của một hàng nối tiếp không thẳng cột nào nên không đặt được", "A cell of a continued row lines up with no column and cannot be placed", c.Text);
                    }
                }
                notes.Inferred("IMP202", row.Source, $"Hàng không có tiêu chí: đọc là phần tiếp theo của hàng \"{lastItem.Label}\" bị ngắt dòng trong bản xuất văn bản",
                    $"A row without a criterion: read as the rest of the row \"{lastItem.Label}\", broken across lines by the text export", row.ToString());
                continue;
            }
            string anchorText = cells[anchor].Text;
            string folded = Fold(anchorText);
            string number = NumberBefore(cells, anchor);
            Match m;
            if (LevelRow.IsMatch(folded))
            {
                rows.Add(new LogicalRow(RowKind.Level, number, anchorText, cells[anchor].Source));
                ReportRest(cells, anchor, notes);
                continue;
            }
            if ((m = GroupCell.Match(folded)).Success)
            {
                if (m.Groups["n"].Success && number.Length == 0)
                {
                    number = anchorText.Substring(0, m.Groups["n"].Length);
                }
                rows.Add(new LogicalRow(RowKind.Group, number, anchorText.Substring(m.Groups["h"].Index).Trim(), cells[anchor].Source));
                ReportRest(cells, anchor, notes);
                continue;
            }
            m = CriterionCell.Match(folded);
            if (m.Groups["n"].Success && number.Length == 0)
            {
                number = anchorText.Substring(0, m.Groups["n"].Length);
            }
            string label = anchorText.Substring(m.Groups["c"].Index, m.Groups["c"].Length);
            var item = new LogicalRow(RowKind.Item, number, label, cells[anchor].Source);
            // What follows the criterion in its own cell ("Tiêu chí 4.2 Hỗ trợ, phối hợp …") is the first value.
            string rest = anchorText.Substring(m.Groups["c"].Index + m.Groups["c"].Length).Trim();
            var after = cells.Skip(anchor + 1).ToList();
            if (rest.Length > 0)
            {
                after.Insert(0, (rest, cells[anchor].Source, cells[anchor].Column, false));
            }
            if (fromText)
            {
                PlaceInOrder(item, after, valueKinds, pending.Count, notes);
            }
            else
            {
                PlaceByColumn(item, after, kinds, notes);
            }
            rows.Add(item);
            lastItem = item;
            lastAnchorIndex = anchor;
        }
        var result = new LogicalTable(kinds, valueKinds, rows, firstData);
        if (fromText)
        {
            result.InferMissingColumns(notes);
        }
        return result;
    }

    private static string NumberBefore(List<(string Text, SourceLocation Source, int Column, bool Continued)> cells, int anchor)
    {
        for (int i = anchor - 1; i >= 0; i--)
        {
            string folded = Fold(cells[i].Text).Trim();
            if (NumberCell.IsMatch(folded))
            {
                return cells[i].Text.Trim();
            }
        }
        return string.Empty;
    }

    private static void ReportRest(List<(string Text, SourceLocation Source, int Column, bool Continued)> cells, int anchor, Notes notes)
    {
        foreach (var c in cells.Skip(anchor + 1).Where(c => c.Text.Length > 0))
        {
            notes.Unread("IMP203", c.Source, "Ô trên hàng tiêu đề (mức hoặc tiêu chuẩn) không đặt được", "A cell on a heading row (level or standard) cannot be placed", c.Text);
        }
    }

    private static void PlaceByColumn(LogicalRow row, IEnumerable<(string Text, SourceLocation Source, int Column, bool Continued)> cells, ColumnKind[] kinds, Notes notes)
    {
        foreach (var c in cells)
        {
            if (c.Text.Length == 0)
            {
                continue;
            }
            ColumnKind kind = c.Column < kinds.Length ? kinds[c.Column] : ColumnKind.Unknown;
            if (kind is ColumnKind.Unknown or ColumnKind.Number or ColumnKind.Criterion)
            {
                notes.Unread("IMP204", c.Source, "Ô nằm dưới một cột không rõ nội dung nên không đặt được", "A cell under a column of unknown meaning cannot be placed", c.Text);
                continue;
            }
            row.Append(kind, new SourcedText(c.Text, c.Source));
        }
    }

    // Text: the values follow the criterion in column order. Trailing empty cells are dropped; a row with fewer cells than
    // columns is resolved after the whole table is read (InferMissingColumns).
    private static void PlaceInOrder(LogicalRow row, List<(string Text, SourceLocation Source, int Column, bool Continued)> cells, IReadOnlyList<ColumnKind> valueKinds,
        int unused, Notes notes)
    {
        row.CellCount = cells.Count;
        row.RawCells = cells.Select(c => new SourcedText(c.Text, c.Source)).ToList();
        for (int i = 0; i < cells.Count; i++)
        {
            if (i < valueKinds.Count)
            {
                row.Append(valueKinds[i], row.RawCells[i]);
            }
            else if (cells[i].Text.Length > 0)
            {
                notes.Unread("IMP205", cells[i].Source, "Ô thừa ở cuối hàng, ngoài các cột của bảng, không đặt được", "A surplus cell at the end of the row, beyond the table's columns, cannot be placed", cells[i].Text);
            }
        }
    }

    // A text export may drop an empty cell, so that a row has fewer cells than columns and every later value sits one
    // column too far left. The columns empty in every full row of the table are the ones a short row lacks.
    private void InferMissingColumns(Notes notes)
    {
        var full = Rows.Where(r => r.Kind == RowKind.Item && r.CellCount >= ValueKinds.Count).ToList();
        var alwaysEmpty = ValueKinds.Where(k => full.Count > 0 && full.All(r => r.Value(k).Length == 0)).ToList();
        foreach (LogicalRow row in Rows.Where(r => r.Kind == RowKind.Item && r.RawCells is not null && r.CellCount < ValueKinds.Count && r.CellCount > 0))
        {
            int missing = ValueKinds.Count - row.CellCount;
            if (alwaysEmpty.Count < missing)
            {
                notes.Inferred("IMP206", row.Source, $"Hàng thiếu {missing} ô so với số cột: các giá trị được đọc theo thứ tự cột từ trái sang",
                    $"The row lacks {missing} cells: its values are read in column order from the left", string.Join(" | ", row.RawCells!.Select(c => c.Text)));
                continue;
            }
            var kinds = ValueKinds.Except(alwaysEmpty.Take(missing)).ToList();
            row.Values.Clear();
            for (int i = 0; i < row.CellCount; i++)
            {
                row.Append(kinds[i], row.RawCells![i]);
            }
            notes.Inferred("IMP207", row.Source,
                $"Hàng thiếu {missing} ô: đọc là thiếu cột luôn trống ở các hàng khác ({string.Join(", ", alwaysEmpty.Take(missing))})",
                $"The row lacks {missing} cells: read as missing the column(s) empty in every other row ({string.Join(", ", alwaysEmpty.Take(missing))})",
                string.Join(" | ", row.RawCells!.Select(c => c.Text)));
        }
    }
}
