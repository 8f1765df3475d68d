using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Supervision;
using CaiTien.Import.Layout;
using NodaTime;

namespace CaiTien.Import.Tests.Corpus;

/// <summary>
/// Lays the corpus documents out as schools write them in Word: the national-motto header table, centred titles, tables
/// with merged header rows (vertical and horizontal merges), a plan table continued on the next page as a second table
/// that repeats its header, and several tasks of one criterion under a criterion cell merged down.
/// </summary>
internal static class WordForms
{
    private const string Authority = "UBND QUẬN TÂN PHÚ";

    internal static LayoutDocument Cycle2023(ImprovementPlan plan, SupervisionTeam team, SupervisionMinutes minutes, ImplementationReport report)
        => new(PlanBlocks(plan, "TRƯỜNG THCS TÔN THẤT TÙNG", splitAfterGroup: 2)
            .Concat(DecisionBlocks(team)).Concat(MinutesBlocks(minutes)).Concat(ReportBlocks(report, "TRƯỜNG THCS TÔN THẤT TÙNG", "Trường THCS Tôn Thất Tùng")));

    internal static LayoutDocument Plan(ImprovementPlan plan, int splitAfterGroup) => new(PlanBlocks(plan, null, splitAfterGroup));

    internal static LayoutDocument Report(ImplementationReport report) => new(ReportBlocks(report, null, null));

    private static LayoutParagraph Title(string text) => new(text, new ParagraphFormat(bold: true, alignment: ParagraphAlignment.Center));

    private static LayoutParagraph Heading(string text) => new(text, new ParagraphFormat(bold: true));

    private static LayoutParagraph Body(string text) => new(text, new ParagraphFormat(alignment: ParagraphAlignment.Justify));

    private static LayoutParagraph PageBreak() => new(string.Empty, new ParagraphFormat(pageBreakBefore: true));

    private static string Date(LocalDate d) => string.Create(CultureInfo.InvariantCulture, $"ngày {d.Day} tháng {d.Month} năm {d.Year}");

    private static LayoutCell Cell(string text, int span = 1, VerticalMergeState merge = VerticalMergeState.None) => LayoutCell.FromText(text, span, merge);

    private static LayoutTable Motto(string school, DocumentReference reference) => new(new[]
    {
        new LayoutRow(new[] { Cell(Authority + "\n" + school), Cell("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc") }),
        new LayoutRow(new[]
        {
            Cell(reference.Number),
            Cell(reference.Date is { } d ? "Tân Phú, " + Date(d) : string.Empty),
        }),
    });

    private static IEnumerable<LayoutBlock> PlanBlocks(ImprovementPlan plan, string? school, int splitAfterGroup)
    {
        if (school is not null)
        {
            yield return Motto(school, plan.Reference);
        }
        yield return Title("KẾ HOẠCH");
        yield return Title("CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
        yield return Title($"Năm học {plan.SchoolYear.StartYear} – {plan.SchoolYear.StartYear + 1}");
        yield return Heading("I. MỤC ĐÍCH, YÊU CẦU");
        yield return Body("Xây dựng kế hoạch cải tiến chất lượng giáo dục nhằm phát huy điểm mạnh, khắc phục điểm yếu.");
        yield return Heading("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH");
        if (plan.Basis.SelfAssessmentPeriod.Length > 0)
        {
            yield return Body($"- Báo cáo tự đánh giá ({plan.Basis.SelfAssessmentPeriod}).");
        }
        else
        {
            yield return Body("1. Báo cáo tự đánh giá");
        }
        if (plan.Basis.SelfAssessment.Count > 0)
        {
            yield return SelfAssessmentTable(plan.Basis.SelfAssessment);
        }
        yield return Body("- Báo cáo đánh giá ngoài.");
        if (plan.Basis.PreviousResults.Length > 0)
        {
            yield return Body("- " + plan.Basis.PreviousResults);
        }
        yield return Heading("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
        // Two header rows: "Nội dung thực hiện" spans three columns; the other headers are merged down.
        LayoutRow[] Header() => new[]
        {
            new LayoutRow(new[]
            {
                Cell("TT", merge: VerticalMergeState.Restart), Cell("Tiêu chuẩn, tiêu chí", merge: VerticalMergeState.Restart),
                Cell("Kết quả cần đạt (so với hiện trạng)", merge: VerticalMergeState.Restart), Cell("Nội dung thực hiện", span: 3),
                Cell("Dự kiến kinh phí", merge: VerticalMergeState.Restart), Cell("Điều kiện hỗ trợ khác", merge: VerticalMergeState.Restart),
                Cell("Ghi chú", merge: VerticalMergeState.Restart),
            }, isHeader: true),
            new LayoutRow(new[]
            {
                Cell(string.Empty, merge: VerticalMergeState.Continue), Cell(string.Empty, merge: VerticalMergeState.Continue), Cell(string.Empty, merge: VerticalMergeState.Continue),
                Cell("Công việc/giải pháp cần thực hiện"), Cell("Chủ trì và phối hợp thực hiện"), Cell("Thời gian thực hiện và hoàn thành"),
                Cell(string.Empty, merge: VerticalMergeState.Continue), Cell(string.Empty, merge: VerticalMergeState.Continue), Cell(string.Empty, merge: VerticalMergeState.Continue),
            }, isHeader: true),
        };
        var rows = new List<LayoutRow>(Header());
        if (plan.TargetSchoolLevel is { } level)
        {
            rows.Add(new LayoutRow(new[] { Cell("MỨC " + level.Value, span: 9) }));
        }
        for (int g = 0; g < plan.Groups.Count; g++)
        {
            if (g == splitAfterGroup)
            {
                yield return new LayoutTable(rows);
                yield return PageBreak();
                rows = new List<LayoutRow>(Header());
            }
            TableGroup<PlanItem> group = plan.Groups[g];
            rows.Add(new LayoutRow(new[] { Cell(group.RowNumber), Cell(group.Heading.Text, span: 8) }));
            foreach (PlanItem item in group.Rows)
            {
                for (int t = 0; t < item.Tasks.Count; t++)
                {
                    PlanTask task = item.Tasks[t];
                    VerticalMergeState merge = item.Tasks.Count == 1 ? VerticalMergeState.None : t == 0 ? VerticalMergeState.Restart : VerticalMergeState.Continue;
                    string people = task.Collaborators.Count == 0 ? task.Lead : $"Chủ trì: {task.Lead}\nPhối hợp thực hiện: {string.Join(", ", task.Collaborators)}";
                    rows.Add(new LayoutRow(new[]
                    {
                        Cell(string.Empty, merge: merge), Cell(t == 0 ? item.CriterionText : string.Empty, merge: merge), Cell(t == 0 ? item.TargetResult : string.Empty, merge: merge),
                        Cell(task.Description), Cell(people), Cell(task.Timeframe),
                        Cell(t == 0 ? item.Budget : string.Empty, merge: merge), Cell(t == 0 ? item.OtherSupport : string.Empty, merge: merge), Cell(t == 0 ? item.Notes : string.Empty, merge: merge),
                    }));
                }
            }
        }
        yield return new LayoutTable(rows);
        yield return Heading("VI. TỔ CHỨC THỰC HIỆN");
        yield return Body("1. Hiệu trưởng - Chủ tịch Hội đồng tự đánh giá");
        yield return Body("Phạm Thị Thanh");
    }

    private static LayoutTable SelfAssessmentTable(IReadOnlyList<SelfAssessmentRow> rows)
    {
        var layout = new List<LayoutRow>
        {
            new(new[] { Cell("Tiêu chuẩn, tiêu chí", merge: VerticalMergeState.Restart), Cell("Kết quả", span: 4) }, isHeader: true),
            new(new[] { Cell(string.Empty, merge: VerticalMergeState.Continue), Cell("Không đạt", merge: VerticalMergeState.Restart), Cell("Đạt", span: 3) }, isHeader: true),
            new(new[] { Cell(string.Empty, merge: VerticalMergeState.Continue), Cell(string.Empty, merge: VerticalMergeState.Continue), Cell("Mức 1"), Cell("Mức 2"), Cell("Mức 3") }, isHeader: true),
        };
        foreach (SelfAssessmentRow row in rows)
        {
            var cells = new List<LayoutCell> { Cell(row.Label), Cell(row.NotMet ? "X" : string.Empty) };
            cells.AddRange(Enumerable.Range(0, 3).Select(l => Cell(l < row.LevelMarks.Count && row.LevelMarks[l] ? "X" : string.Empty)));
            layout.Add(new LayoutRow(cells));
        }
        return new LayoutTable(layout);
    }

    private static IEnumerable<LayoutBlock> ReportBlocks(ImplementationReport report, string? school, string? schoolName)
    {
        if (report.Reference.Number.Length > 0 || report.Reference.Date is not null)
        {
            yield return Motto(school ?? string.Empty, report.Reference);
            yield return Title("BÁO CÁO");
            yield return Title("Về kiểm tra công tác thực hiện Kế hoạch cải tiến chất lượng giáo dục");
            if (report.PlanCited.Date is { } planDate)
            {
                yield return Body($"Căn cứ Kế hoạch số {report.PlanCited.DisplayNumber} {Date(planDate)} của {schoolName} về cải tiến chất lượng giáo dục;");
            }
            if (report.StatedSchoolYear is { } year)
            {
                yield return Body($"{schoolName} báo cáo việc thực hiện kế hoạch nhằm cải tiến chất lượng trong năm học {year.StartYear}-{year.StartYear + 1} như sau:");
            }
            yield return Body("Nơi nhận:");
            yield return Body("Đoàn Đức Vĩnh");
        }
        foreach (ReportAttachment attachment in report.Attachments)
        {
            yield return PageBreak();
            yield return Title("BÁO CÁO");
            yield return Title(attachment.Title);
            string date = attachment.ReportCited.Date is { } d ? " " + Date(d) : string.Empty;
            yield return Body($"(Đính kèm báo cáo số {attachment.ReportCited.DisplayNumber}{date} của {schoolName})");
        }
        string yearText = report.StatedSchoolYear is { } y && report.Attachments.Count == 0 ? $" năm học {y.StartYear} – {y.StartYear + 1}" : string.Empty;
        var rows = new List<LayoutRow>
        {
            new(new[]
            {
                Cell("TT", merge: VerticalMergeState.Restart), Cell("Tiêu chuẩn, tiêu chí", merge: VerticalMergeState.Restart),
                Cell("ND Kế hoạch cải tiến chất lượng giáo dục" + yearText, span: 2), Cell("Kết quả thực hiện", span: 3),
                Cell("Ghi chú", merge: VerticalMergeState.Restart),
            }, isHeader: true),
            new(new[]
            {
                Cell(string.Empty, merge: VerticalMergeState.Continue), Cell(string.Empty, merge: VerticalMergeState.Continue),
                Cell("ND Kế hoạch cải tiến chất lượng được XD đầu năm"), Cell("ND Kế hoạch cải tiến chất lượng giáo dục đã được điều chỉnh"),
                Cell("Những công việc đã triển khai xong theo đúng KH"), Cell("Những công việc đang triển khai theo KH, hoặc chậm so với KH (lý do chậm tiến độ)"),
                Cell("Những công việc chưa triển khai (nêu rõ lý do)"), Cell(string.Empty, merge: VerticalMergeState.Continue),
            }, isHeader: true),
        };
        foreach (TableGroup<ReportRow> group in report.Groups)
        {
            rows.Add(new LayoutRow(new[] { Cell(group.RowNumber), Cell(group.Heading.Text, span: 7) }));
            foreach (ReportRow row in group.Rows)
            {
                rows.Add(new LayoutRow(new[]
                {
                    Cell(string.Empty), Cell(row.CriterionText), Cell(row.PlanAsWritten), Cell(row.PlanAsAdjusted), Cell(row.Completed), Cell(row.InProgress),
                    Cell(row.NotStarted), Cell(row.Notes),
                }));
            }
        }
        yield return new LayoutTable(rows);
    }

    private static IEnumerable<LayoutBlock> DecisionBlocks(SupervisionTeam team)
    {
        yield return PageBreak();
        yield return Title("QUYẾT ĐỊNH");
        yield return Title("Về việc thành lập Tổ giám sát việc thực hiện kế hoạch cải tiến chất lượng (CTCL) của đơn vị giáo dục công lập");
        yield return Body("Điều 1. Thành lập Tổ giám sát việc thực hiện kế hoạch CTCL gồm các ông, bà có tên sau:");
        yield return new LayoutTable(team.Members.Select(m => new LayoutRow(new[]
        {
            Cell($"{m.Number}. {m.Name}-{m.Position}"),
            Cell(m.Role switch { TeamRole.Leader => "– Tổ trưởng", TeamRole.Member => "– Thành viên", TeamRole.Deputy => "– Tổ phó", TeamRole.Secretary => "– Thư ký", _ => string.Empty }),
        })));
        yield return Body("Điều 2. Nhiệm vụ của Tổ giám sát:");
        yield return Body("Phạm Thị Thanh");
    }

    private static IEnumerable<LayoutBlock> MinutesBlocks(SupervisionMinutes minutes)
    {
        yield return PageBreak();
        yield return Title("BIÊN BẢN");
        yield return Title("Về giám sát thực hiện Kế hoạch cải tiến chất lượng giáo dục");
        yield return Heading("A. THỜI GIAN – ĐỊA ĐIỂM");
        yield return Body("Thời gian: 9 giờ 00 phút, " + Date(minutes.Date!.Value));
        yield return Body("Địa điểm: " + minutes.Place);
        yield return Body("Thành phần tham dự:");
        foreach (string attendee in minutes.Attendees)
        {
            yield return Body("- " + attendee);
        }
        yield return Heading("B. NỘI DUNG");
        yield return Heading("III. Kiểm tra thực tế");
        foreach (string item in minutes.CheckedItems)
        {
            yield return Body(item + ": nội dung kế hoạch.");
        }
        yield return Heading("IV. Nhận xét, đánh giá:");
        yield return Body("1. Ưu điểm:");
        yield return Body(minutes.Strengths);
        yield return Body("2. Hạn chế: " + minutes.Limitations);
        yield return Body("V. Kiến nghị, đề xuất: " + minutes.Recommendations);
        yield return Body("Biên bản kết thúc lúc 10 giờ 00 phút cùng ngày.");
    }
}
