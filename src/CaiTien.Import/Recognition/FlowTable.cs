using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;

namespace CaiTien.Import.Recognition;

/// <summary>
/// Reads a plan's table from text that kept no cell boundaries at all (a PDF export without layout): the cells come one
/// after another, column by column, and a row split by a page break comes back for a second pass. Columns are told by
/// the labels the plan form puts in its cells — "Mức 3" opening the target, "Chủ trì"/"Phối hợp" the people, "Thời gian
/// thực hiện/hoàn thành" the timeframe, a line of "Không"/amounts the budget and other support. Every row read this way
/// is an inference and is noted as one.
/// </summary>
internal static class FlowTable
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly Regex LevelLine = new(@"^muc\s*[1-4](?:\s*[,;]\s*[1-4])*\s*\z", Options);
    private static readonly Regex NumberLine = new(@"^[0-9]{1,2}\s*[.)]?\z", Options);
    private static readonly Regex GroupLine = new(@"^(?:(?<n>[0-9]{1,2})\s*[.)]?\s+)?(?<h>tieu chuan\s*[0-9]{1,2}\s*[:.].*)\z", Options);
    private static readonly Regex CriterionLine = new(@"^(?<c>(?:tieu chi|tc)(?:\s*[0-9]{1,2}\s*[.,]\s*[0-9]{1,2})?)\s*(?<rest>.*)\z", Options);
    private static readonly Regex CriterionNumber = new(@"^(?<c>[0-9]{1,2}\s*[.,]\s*[0-9]{1,2})\s*(?<rest>.*)\z", Options);
    // "Mức 3" alone, or followed by the task's first words: a dash or a capital after it starts the next cell.
    private static readonly Regex TargetLevel = new(@"^(?<t>(?:[Đđ]ạt\s*)?[Mm]ức\s*[1-4])(?:\s*\z|\s+(?=[-–•\p{Lu}]))(?<rest>.*)\z", Options);
    private static readonly Regex LeadLabel = new(@"^(?:chu tri|phoi hop|nguoi thuc hien)\b", Options);
    private static readonly Regex TimeLabel = new(@"^thoi gian\b", Options);
    private static readonly Regex BudgetLine = new(@"^(?:(?:khong(?: co)?|[0-9][0-9.,]*\s*(?:d|dong|trieu(?: dong)?|vnd)?|-)\s*){1,3}\z", Options);

    private enum Column
    {
        Task,
        Lead,
        Timeframe,
    }

    internal static List<LogicalRow> Read(IReadOnlyList<FlowLine> lines, Notes notes)
    {
        var rows = new List<LogicalRow>();
        LogicalRow? group = null;
        LogicalRow? item = null;
        string pendingNumber = string.Empty;
        Column column = Column.Task;
        bool secondPass = false;
        bool expectCriterionNumber = false;
        bool started = false;
        bool body = false;
        string lastTaskLine = string.Empty;
        foreach (FlowLine line in lines)
        {
            string f = line.Folded.Trim();
            string text = line.Text.Trim();
            Match m;
            if (f.Length == 0)
            {
                continue;
            }
            if (expectCriterionNumber && (m = CriterionNumber.Match(f)).Success)
            {
                item!.Label = item.Label + " " + text.Substring(0, m.Groups["c"].Length);
                expectCriterionNumber = false;
                string after = text.Substring(m.Groups["rest"].Index).Trim();
                if (after.Length > 0)
                {
                    StartValues(item, after, line, ref column);
                    started = true;
                }
                continue;
            }
            if (LevelLine.IsMatch(f) && item is null && group is null)
            {
                rows.Add(new LogicalRow(RowKind.Level, string.Empty, text, line.Source));
                body = true;
                continue;
            }
            if (!body && !GroupLine.IsMatch(f) && !(NumberLine.IsMatch(f)))
            {
                // The header's words ("TT", "Tiêu chuẩn, tiêu chí", "Kết quả cần đạt" …) come before the first level or standard.
                notes.Read("IMP211", line.Source, "Dòng tiêu đề của bảng kế hoạch", "A header line of the plan's table", text);
                continue;
            }
            body = true;
            if (NumberLine.IsMatch(f) && (item is null || secondPass))
            {
                pendingNumber = text.TrimEnd('.', ')');
                continue;
            }
            if ((m = GroupLine.Match(f)).Success)
            {
                string number = m.Groups["n"].Success ? text.Substring(0, m.Groups["n"].Length) : pendingNumber;
                group = new LogicalRow(RowKind.Group, number, text.Substring(m.Groups["h"].Index).Trim(), line.Source);
                rows.Add(group);
                pendingNumber = string.Empty;
                item = null;
                continue;
            }
            if ((m = CriterionLine.Match(f)).Success && (m.Groups["c"].Value.Any(char.IsAsciiDigit) || m.Groups["rest"].Length == 0))
            {
                item = new LogicalRow(RowKind.Item, pendingNumber, text.Substring(0, m.Groups["c"].Length).Trim(), line.Source);
                rows.Add(item);
                notes.Inferred("IMP210", line.Source,
                    "Bảng kế hoạch trong bản xuất văn bản không còn ranh giới ô: các cột được nhận theo nhãn trong ô (Mức, Chủ trì, Thời gian, kinh phí)",
                    "The plan's table in the text export has no cell boundaries: its columns are told by the labels in the cells (Mức, Chủ trì, Thời gian, budget)", text);
                pendingNumber = string.Empty;
                column = Column.Task;
                secondPass = false;
                expectCriterionNumber = !m.Groups["c"].Value.Any(char.IsAsciiDigit);
                started = false;
                string rest = text.Substring(m.Groups["rest"].Index).Trim();
                if (rest.Length > 0 && !expectCriterionNumber)
                {
                    StartValues(item, rest, line, ref column);
                    started = true;
                }
                continue;
            }
            if (item is null)
            {
                if (group is not null)
                {
                    // A standard's heading that wraps onto the next line.
                    group.Label = group.Label + " " + text;
                }
                else
                {
                    notes.Read("IMP211", line.Source, "Dòng tiêu đề của bảng kế hoạch", "A header line of the plan's table", text);
                }
                continue;
            }
            if (!started)
            {
                StartValues(item, text, line, ref column);
                started = true;
                continue;
            }
            if (BudgetLine.IsMatch(f) && !secondPass)
            {
                string[] parts = SplitBudget(text);
                item.Append(ColumnKind.Budget, new SourcedText(parts[0], line.Source));
                if (parts.Length > 1)
                {
                    item.Append(ColumnKind.OtherSupport, new SourcedText(parts[1], line.Source));
                }
                secondPass = true;
                column = Column.Task;
                lastTaskLine = string.Empty;
                continue;
            }
            if (LeadLabel.IsMatch(f))
            {
                column = Column.Lead;
            }
            else if (TimeLabel.IsMatch(f))
            {
                column = Column.Timeframe;
            }
            else if (secondPass && column != Column.Timeframe && EndsSentence(lastTaskLine) && StartsLower(text))
            {
                // After a page break the columns come round again: a column whose text ended a sentence gives way to the next.
                column = column == Column.Task ? Column.Lead : Column.Timeframe;
                notes.Inferred("IMP212", line.Source, "Hàng bị ngắt trang: dòng này được đọc là phần tiếp theo của cột kế tiếp",
                    "The row is split by a page break: this line is read as the rest of the next column", text);
            }
            ColumnKind kind = column switch
            {
                Column.Task => ColumnKind.Task,
                Column.Lead => ColumnKind.Lead,
                _ => ColumnKind.Timeframe,
            };
            item.Append(kind, new SourcedText(text, line.Source), wrapped: true);
            lastTaskLine = text;
        }
        return rows;
    }

    private static void StartValues(LogicalRow item, string text, FlowLine line, ref Column column)
    {
        Match m = TargetLevel.Match(text);
        if (m.Success)
        {
            item.Append(ColumnKind.TargetResult, new SourcedText(text.Substring(0, m.Groups["t"].Length), line.Source));
            string rest = text.Substring(m.Groups["rest"].Index).Trim();
            if (rest.Length > 0)
            {
                item.Append(ColumnKind.Task, new SourcedText(rest, line.Source), wrapped: true);
            }
        }
        else
        {
            // Without a level opening the target, the target and the task cannot be told apart: all goes to the task.
            item.Append(ColumnKind.Task, new SourcedText(text, line.Source), wrapped: true);
        }
        column = Column.Task;
    }

    private static string[] SplitBudget(string text)
    {
        string folded = VietnameseText.Fold(text);
        var parts = new List<string>();
        foreach (Match m in Regex.Matches(folded, @"khong co|khong|[0-9][0-9.,]*\s*(?:dong|trieu dong|trieu|vnd|d)?|-", Options))
        {
            parts.Add(text.Substring(m.Index, m.Length).Trim());
        }
        return parts.Count == 0 ? new[] { text } : parts.ToArray();
    }

    private static bool EndsSentence(string text) => text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith(';');

    private static bool StartsLower(string text) => text.Length > 0 && char.IsLower(text[0]);
}
