using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Text;
using CaiTien.Import.Layout;
using NodaTime;

namespace CaiTien.Import.Recognition;

/// <summary>
/// Recognises a report on a plan's results (báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng): its number and date,
/// the plan it cites, the school year it says it reports on, and its results table with the plan as written or adjusted and
/// the three outcome columns. A results table attached to another report ("Đính kèm báo cáo số …") becomes that report's
/// table and attachment.
/// </summary>
internal static class ReportRecognizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly Regex Attached = new(@"\(?\s*dinh kem bao cao so\s*(?<n>[^\s,]+)", Options);
    private static readonly Regex Reports = new(@"\bbao cao\b.*\bnam hoc\b", Options);

    internal sealed class Part
    {
        internal Part(ImplementationReport report, string? attachedTo, SourceLocation start)
        {
            Report = report;
            AttachedTo = attachedTo;
            Start = start;
        }

        internal ImplementationReport Report { get; }

        /// <summary>The number of the report this one says it is attached to, or null.</summary>
        internal string? AttachedTo { get; }

        internal SourceLocation Start { get; }
    }

    internal static Part Recognize(List<FlowLine> all, Segment segment, LayoutOrigin origin, ImportOptions options, Notes notes)
    {
        List<FlowLine> lines = all.GetRange(segment.Start, segment.End - segment.Start);
        int titleAt = segment.Title < 0 ? 0 : segment.Title - segment.Start;
        DocumentReference reference = PlanRecognizer.ReadReference(lines.Take(titleAt).ToList(), notes);

        // "(Đính kèm báo cáo số 106/BC-TTT ngày 30 tháng 5 năm 2023 …)": an attached results table.
        FlowLine? attachedLine = lines.Skip(titleAt).Take(6).FirstOrDefault(l => Attached.IsMatch(l.Folded));
        ReportAttachment? attachment = null;
        string? attachedTo = null;
        if (attachedLine is not null)
        {
            attachedTo = DocumentText.NumberAfterSo(attachedLine.Text) ?? Attached.Match(attachedLine.Folded).Groups["n"].Value;
            string title = string.Join(" ", lines.Skip(titleAt + 1).TakeWhile(l => l != attachedLine).Select(l => l.Text));
            attachment = new ReportAttachment(title, new DocumentReference(attachedTo, DateReading.FindInWords(attachedLine.Folded)?.Date));
            notes.Read("IMP400", attachedLine.Source, $"Bảng đính kèm báo cáo số {attachedTo}", $"A table attached to report {attachedTo}", attachedLine.Text);
        }

        // The plan cited: "Căn cứ Kế hoạch số 100/KH-TTT ngày … về cải tiến chất lượng …".
        DocumentReference planCited = DocumentReference.Missing;
        foreach (FlowLine line in lines.Where(l => !l.IsTable && l.Folded.Contains("ke hoach so", StringComparison.Ordinal) && l.Folded.Contains("cai tien chat luong", StringComparison.Ordinal)))
        {
            string? number = DocumentText.NumberAfterSo(line.Text);
            planCited = new DocumentReference(number, DateReading.FindInWords(line.Folded)?.Date);
            notes.Read("IMP401", line.Source, "Kế hoạch được báo cáo", "The plan reported on", line.Text);
            break;
        }

        // The table.
        FlowLine? tableLine = lines.FirstOrDefault(l => l.IsTable && LogicalTable.HeaderKinds(l.Table!).Count(Columns.IsReportKind) >= 2);
        var groups = new List<TableGroup<ReportRow>>();
        SchoolYear? tableYear = null;
        if (tableLine is not null)
        {
            LogicalTable table = LogicalTable.Read(tableLine.Table!, origin == LayoutOrigin.Text, notes);
            groups = Build(table.Rows, notes);
            tableYear = DocumentText.SchoolYearIn(VietnameseText.Fold(string.Join(" ", tableLine.Table!.Rows.Take(table.HeaderRows).Select(r => r.ToString()))));
        }

        // The year it says it reports on: the body's "báo cáo … trong năm học …", else the table's header.
        SchoolYear? stated = null;
        FlowLine? statement = lines.Skip(titleAt + 1).FirstOrDefault(l => !l.IsTable && Reports.IsMatch(l.Folded) && !l.Folded.StartsWith("ve ", StringComparison.Ordinal)
                                                                        && !l.Folded.Contains("can cu", StringComparison.Ordinal));
        if (statement is not null && attachment is null)
        {
            stated = DocumentText.SchoolYearIn(statement.Folded);
            notes.Read("IMP403", statement.Source, $"Năm học được báo cáo: {stated}", $"The school year reported on: {stated}", statement.Text);
        }
        stated ??= tableYear;
        string id = reference.HasNumber ? "bc-" + DocumentText.Slug(reference.DisplayNumber) : stated is { } y ? "bc-" + y : string.Empty;
        var report = new ImplementationReport
        {
            Id = ReportId.IsValid(id) ? new ReportId(id) : default,
            Reference = reference,
            StatedSchoolYear = stated,
            PlanCited = planCited,
            Groups = groups,
            Attachments = attachment is null ? Array.Empty<ReportAttachment>() : new[] { attachment },
        };
        return new Part(report, attachedTo, lines[0].Source);
    }

    /// <summary>A report and the results table attached to it, as one report: the attachment's table and the attachment itself.</summary>
    internal static ImplementationReport Merge(ImplementationReport report, ImplementationReport attached) => new()
    {
        Id = report.Id,
        Reference = report.Reference,
        StatedSchoolYear = report.StatedSchoolYear ?? attached.StatedSchoolYear,
        PlanCited = report.PlanCited.Number.Length > 0 || report.PlanCited.Date is not null ? report.PlanCited : attached.PlanCited,
        Groups = report.Groups.Concat(attached.Groups).ToList(),
        Attachments = report.Attachments.Concat(attached.Attachments).ToList(),
    };

    private static List<TableGroup<ReportRow>> Build(List<LogicalRow> rows, Notes notes)
    {
        var groups = new List<(string Number, string Heading, List<ReportRow> Rows, SourceLocation Source)>();
        foreach (LogicalRow row in rows)
        {
            switch (row.Kind)
            {
                case RowKind.Level:
                    notes.Read("IMP410", row.Source, "Tiêu đề mức của bảng kết quả", "A level heading of the results table", row.Label);
                    break;
                case RowKind.Group:
                    groups.Add((row.Number, row.Label, new List<ReportRow>(), row.Source));
                    break;
                case RowKind.Item:
                    if (groups.Count == 0)
                    {
                        notes.Inferred("IMP411", row.Source, "Tiêu chí đứng trước mọi tiêu đề tiêu chuẩn: xếp vào một nhóm không tiêu đề", "A criterion before any standard heading: placed in a group without heading", row.Label);
                        groups.Add((string.Empty, string.Empty, new List<ReportRow>(), row.Source));
                    }
                    var g = groups[^1];
                    if (g.Number.Length == 0 && g.Rows.Count == 0 && row.Number.Length > 0)
                    {
                        // "Tiêu chuẩn 4 …" alone on a line, its number on the first criterion's row: the export moved it.
                        groups[^1] = (row.Number, g.Heading, g.Rows, g.Source);
                        notes.Inferred("IMP412", row.Source, $"Số thứ tự \"{row.Number}\" nằm trên hàng tiêu chí đầu tiên: đọc là số của tiêu đề \"{g.Heading}\"",
                            $"The row number \"{row.Number}\" sits on the first criterion's row: read as the number of the heading \"{g.Heading}\"", row.Number);
                    }
                    groups[^1].Rows.Add(new ReportRow(row.Label)
                    {
                        PlanAsWritten = row.Value(ColumnKind.PlanAsWritten),
                        PlanAsAdjusted = row.Value(ColumnKind.PlanAsAdjusted),
                        Completed = row.Value(ColumnKind.Completed),
                        InProgress = row.Value(ColumnKind.InProgress),
                        LateReason = row.Value(ColumnKind.LateReason),
                        NotStarted = row.Value(ColumnKind.NotStarted),
                        NotStartedReason = row.Value(ColumnKind.NotStartedReason),
                        Notes = row.Value(ColumnKind.Notes),
                    });
                    notes.Read("IMP413", row.Source, $"Dòng kết quả của {row.Label}", $"Results row of {row.Label}");
                    break;
            }
        }
        return groups.Select(g => new TableGroup<ReportRow>(g.Number, g.Heading, g.Rows)).ToList();
    }
}
