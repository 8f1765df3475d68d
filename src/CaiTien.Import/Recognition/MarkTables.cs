using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Text;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Recognition;

/// <summary>
/// Reads the tables of level marks that self-assessment reports and plans carry (criterion × Không đạt / Mức 1 / Mức 2 /
/// Mức 3): from a Word table by its header columns, or from a text export where the columns are lost and only the marks
/// after each label remain.
/// </summary>
internal static class MarkTables
{
    private static readonly Regex Label = new(@"^(?<label>tieu chuan\s*[0-9]{1,2}|tieu chi\s*[0-9]{1,2}\s*[.,]\s*[0-9]{1,2})(?<rest>.*)\z", RegexOptions.CultureInvariant);
    private static readonly Regex Marks = new(@"^(?:[x✓√]\s*)+\z", RegexOptions.CultureInvariant);
    private static readonly string[] HeaderWords =
    {
        "ket qua", "tieu chuan,", "tieu chi", "tieu chuan, tieu chi", "dat", "khong dat", "muc 1", "muc 2", "muc 3", "muc 4", "ghi chu",
        "khong dat muc 1", "muc 1 muc 2 muc 3", "khong dat muc 1 muc 2 muc 3", "tt",
    };

    /// <summary>Whether a cell or line holds only marks ("X", "x", "✓"), and how many.</summary>
    internal static int CountMarks(string folded)
    {
        string trimmed = folded.Trim();
        return trimmed.Length > 0 && Marks.IsMatch(trimmed) ? trimmed.Count(c => c is 'x' or '✓' or '√') : 0;
    }

    internal static bool IsHeaderWord(string folded) => HeaderWords.Contains(folded.Trim().TrimEnd(':', '.'));

    /// <summary>Reads a Word table: the header rows name the columns; each row below is a label and its marks.</summary>
    internal static List<SelfAssessmentRow> FromTable(LayoutTable table, Notes notes)
    {
        LayoutGrid grid = table.Grid;
        int notMetColumn = -1;
        var levelColumns = new int[4] { -1, -1, -1, -1 };
        int firstData = -1;
        for (int r = 0; r < grid.RowCount && firstData < 0; r++)
        {
            string label = VietnameseText.Fold(grid[r, 0].Text);
            if (Label.IsMatch(label.Trim()))
            {
                firstData = r;
                break;
            }
            for (int c = 1; c < grid.ColumnCount; c++)
            {
                string header = VietnameseText.Fold(grid[r, c].Text).Trim();
                if (header == "khong dat")
                {
                    notMetColumn = c;
                }
                Match m = Regex.Match(header, @"^muc\s*(?<l>[1-4])\z", RegexOptions.CultureInvariant);
                if (m.Success)
                {
                    levelColumns[m.Groups["l"].Value[0] - '1'] = c;
                }
            }
        }
        int levels = levelColumns.TakeWhile(c => c >= 0).Count();
        var rows = new List<SelfAssessmentRow>();
        if (firstData < 0 || levels == 0)
        {
            notes.Unread("IMP110", table.Source, "Bảng đánh giá không có hàng tiêu đề Mức 1, Mức 2… nên không đọc được các dấu",
                "The assessment table has no Mức 1, Mức 2… header row, so its marks cannot be read", FlowLine.TableText(table));
            return rows;
        }
        for (int r = firstData; r < grid.RowCount; r++)
        {
            string label = VietnameseText.Normalize(grid[r, 0].Text);
            if (label.Length == 0)
            {
                continue;
            }
            bool Marked(int c) => c >= 0 && CountMarks(VietnameseText.Fold(grid[r, c].Text)) > 0;
            var marks = Enumerable.Range(0, levels).Select(l => Marked(levelColumns[l])).ToList();
            for (int c = 1; c < grid.ColumnCount; c++)
            {
                string text = VietnameseText.Normalize(grid[r, c].Text);
                if (text.Length > 0 && c != notMetColumn && !levelColumns.Contains(c) && !grid[r, c].IsHorizontalContinuation)
                {
                    notes.Unread("IMP111", table.Rows[r].Source.WithCell(c + 1), "Ô ngoài các cột Không đạt/Mức không đặt được vào bảng đánh giá",
                        "A cell outside the Không đạt/Mức columns cannot be placed in the assessment table", text);
                }
            }
            rows.Add(new SelfAssessmentRow(label) { NotMet = Marked(notMetColumn), LevelMarks = marks });
        }
        return rows;
    }

    /// <summary>
    /// Reads the lines of a text export of such a table. The columns are lost: the marks after a label are read from
    /// Mức 1 upward (a noted inference). A label out of reading order ("Tiêu chuẩn 1" after "Tiêu chí 3.3") shows that the
    /// export scrambled that part of the page: the marks around it are reported, not placed.
    /// </summary>
    internal static List<SelfAssessmentRow> FromLines(IReadOnlyList<FlowLine> lines, int levelColumns, Notes notes)
    {
        var rows = new List<(string Label, int Marks, FlowLine Line, bool OutOfOrder)>();
        var stray = new List<FlowLine>();
        (int Standard, int Criterion) last = (0, 0);
        foreach (FlowLine line in lines)
        {
            string folded = line.Folded.Trim();
            Match m = Label.Match(folded);
            if (m.Success)
            {
                (int s, int c) = Key(m.Groups["label"].Value);
                bool outOfOrder = (s, c).CompareTo(last) < 0;
                if (!outOfOrder)
                {
                    last = (s, c);
                }
                int marks = CountMarks(m.Groups["rest"].Value);
                string rest = m.Groups["rest"].Value.Trim();
                string label = line.Text.Substring(0, line.Text.Length - (m.Groups["rest"].Length)).Trim();
                rows.Add((label, marks, line, outOfOrder));
                if (rest.Length > 0 && marks == 0)
                {
                    notes.Unread("IMP112", line.Source, "Chữ sau nhãn hàng không phải dấu đánh giá nên không đặt được", "Text after the row label is not a mark and cannot be placed", rest);
                }
                continue;
            }
            int count = CountMarks(folded);
            if (count > 0)
            {
                if (rows.Count == 0 || rows[^1].OutOfOrder)
                {
                    stray.Add(line);
                }
                else
                {
                    rows[^1] = (rows[^1].Label, rows[^1].Marks + count, rows[^1].Line, rows[^1].OutOfOrder);
                }
                continue;
            }
            if (!IsHeaderWord(folded))
            {
                notes.Unread("IMP113", line.Source, "Dòng trong bảng đánh giá không phải nhãn, dấu hay tiêu đề nên không đặt được",
                    "A line in the assessment table is neither a label, a mark nor a header and cannot be placed", line.Text);
            }
        }
        var result = new List<SelfAssessmentRow>();
        foreach ((string label, int marks, FlowLine line, bool outOfOrder) in rows)
        {
            if (outOfOrder && marks > 0)
            {
                stray.Add(line);
            }
            int placed = outOfOrder ? 0 : marks;
            if (placed > levelColumns)
            {
                notes.Unread("IMP114", line.Source, $"Hàng có {placed} dấu, nhiều hơn {levelColumns} cột mức: chỉ đọc {levelColumns}",
                    $"The row has {placed} marks, more than its {levelColumns} level columns: only {levelColumns} are read", line.Text);
                placed = levelColumns;
            }
            result.Add(new SelfAssessmentRow(label) { LevelMarks = Enumerable.Range(0, levelColumns).Select(l => l < placed).ToList() });
        }
        if (rows.Count > 0)
        {
            notes.Inferred("IMP115", rows[0].Line.Source,
                "Bản xuất văn bản mất các cột của bảng đánh giá: các dấu sau mỗi nhãn được đọc là Mức 1, Mức 2… liên tiếp, không có Không đạt",
                "The text export lost the assessment table's columns: the marks after each label are read as consecutive levels from Mức 1, never as Không đạt");
        }
        foreach (FlowLine line in stray)
        {
            notes.Unread("IMP116", line.Source,
                "Dấu đánh giá lệch thứ tự đọc (nhãn không theo thứ tự trong bản xuất văn bản) nên không biết thuộc hàng nào",
                "An assessment mark out of reading order (its label is out of sequence in the text export), so its row cannot be told", line.Text);
        }
        return result;
    }

    private static (int, int) Key(string folded)
    {
        var numbers = Regex.Matches(folded, "[0-9]+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return numbers.Count == 1 ? (numbers[0], 0) : (numbers[0], numbers[1]);
    }
}
