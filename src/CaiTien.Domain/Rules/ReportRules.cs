using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Text;
using NodaTime;

namespace CaiTien.Domain.Rules;

/// <summary>BC001: the report says it covers another school year than its plan.</summary>
internal sealed class ReportYearMismatchRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC001", "ReportYearMismatch", Severity.Error,
        new MessageTemplate("Báo cáo ghi thực hiện kế hoạch năm học {stated}, nhưng kế hoạch được trích dẫn là của năm học {year}.",
            "The report says it covers school year {stated}, but the plan it cites is for {year}."),
        new BilingualText("Báo cáo và kế hoạch phải cùng một năm học.", "A report and its plan cover the same school year."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.Plan is { } plan && context.Report.StatedSchoolYear is { } stated && stated != plan.SchoolYear)
        {
            found.Add("StatedSchoolYear", null, ("stated", stated), ("year", plan.SchoolYear));
        }
    }
}

/// <summary>BC002: the plan's number or date as the report cites it does not match the plan.</summary>
internal sealed class PlanReferenceMismatchRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC002", "PlanReferenceMismatch", Severity.Error,
        new MessageTemplate(
            "Báo cáo trích dẫn kế hoạch số {citedNumber, select, none {…} other {{citedNumber}}} ngày {citedDate, select, none {…} other {{citedDate}}}, nhưng kế hoạch là số {actualNumber, select, none {…} other {{actualNumber}}} ngày {actualDate, select, none {…} other {{actualDate}}}.",
            "The report cites plan no. {citedNumber, select, none {…} other {{citedNumber}}} of {citedDate, select, none {…} other {{citedDate}}}, but the plan is no. {actualNumber, select, none {…} other {{actualNumber}}} of {actualDate, select, none {…} other {{actualDate}}}."),
        new BilingualText("Số và ngày kế hoạch trong báo cáo phải đúng với kế hoạch.", "The plan's number and date in the report must be the plan's."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.Plan is not { } plan)
        {
            return;
        }
        var cited = context.Report.PlanCited;
        bool numberDiffers = cited.HasNumber && plan.Reference.HasNumber && !cited.NumberMatches(plan.Reference);
        bool dateDiffers = cited.Date is { } d && plan.Reference.Date is { } p && d != p;
        if (numberDiffers || dateDiffers)
        {
            found.Add(numberDiffers ? "PlanCited.Number" : "PlanCited.Date", null, ("citedNumber", cited.DisplayNumber), ("citedDate", cited.Date),
                ("actualNumber", plan.Reference.DisplayNumber), ("actualDate", plan.Reference.Date));
        }
    }
}

/// <summary>BC003: an attachment cites another report number or date.</summary>
internal sealed class AttachmentCitesOtherReportRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC003", "AttachmentCitesOtherReport", Severity.Error,
        new MessageTemplate(
            "Phụ lục \"{title}\" ghi đính kèm báo cáo số {citedNumber, select, none {…} other {{citedNumber}}} ngày {citedDate, select, none {…} other {{citedDate}}}, nhưng báo cáo là số {actualNumber, select, none {…} other {{actualNumber}}} ngày {actualDate, select, none {…} other {{actualDate}}}.",
            "Attachment \"{title}\" says it belongs to report no. {citedNumber, select, none {…} other {{citedNumber}}} of {citedDate, select, none {…} other {{citedDate}}}, but the report is no. {actualNumber, select, none {…} other {{actualNumber}}} of {actualDate, select, none {…} other {{actualDate}}}."),
        new BilingualText("Phụ lục phải trích đúng số và ngày của báo cáo nó đính kèm.", "An attachment cites the number and date of its own report."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        var actual = context.Report.Reference;
        for (int i = 0; i < context.Report.Attachments.Count; i++)
        {
            var cited = context.Report.Attachments[i].ReportCited;
            bool numberDiffers = cited.HasNumber && actual.HasNumber && !cited.NumberMatches(actual);
            bool dateDiffers = cited.Date is { } d && actual.Date is { } a && d != a;
            if (numberDiffers || dateDiffers)
            {
                found.Add($"Attachments[{i}].ReportCited", null, ("title", context.Report.Attachments[i].Title), ("citedNumber", cited.DisplayNumber),
                    ("citedDate", cited.Date), ("actualNumber", actual.DisplayNumber), ("actualDate", actual.Date));
            }
        }
    }
}

/// <summary>BC004: a plan item missing from the report.</summary>
internal sealed class PlanItemMissingFromReportRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC004", "PlanItemMissingFromReport", Severity.Error,
        new MessageTemplate("Kế hoạch có tiêu chí {criterion} nhưng báo cáo không báo cáo tiêu chí này.", "The plan has criterion {criterion} but the report does not report on it."),
        new BilingualText("Báo cáo phải nêu kết quả của mọi nội dung trong kế hoạch.", "A report gives the outcome of every plan item."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.Plan is not { } plan)
        {
            return;
        }
        var reported = new HashSet<CriterionId>();
        foreach (ReportRowEntry r in context.Rows)
        {
            if (r.Row.Criterion is { } c)
            {
                reported.Add(c);
            }
        }
        foreach (var (item, path) in context.PlanItems)
        {
            if (item.Criterion is { } c && !reported.Contains(c))
            {
                found.Add("Groups", c, ("planPath", path.ToString()));
            }
        }
    }
}

/// <summary>BC005: a report row for a criterion the plan (as adjusted) does not have.</summary>
internal sealed class ReportRowNotInPlanRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC005", "ReportRowNotInPlan", Severity.Error,
        new MessageTemplate("Báo cáo có tiêu chí {criterion} nhưng kế hoạch (kể cả điều chỉnh) không có.", "The report has criterion {criterion}, which the plan (as adjusted) does not."),
        new BilingualText("Chỉ báo cáo những nội dung có trong kế hoạch hoặc kế hoạch điều chỉnh.", "Report only what the plan or its adjustment contains."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.Plan is null)
        {
            return;
        }
        var planned = new HashSet<CriterionId>();
        foreach (PlanItemEntry x in context.PlanItems)
        {
            if (x.Item.Criterion is { } p)
            {
                planned.Add(p);
            }
        }
        foreach (var (row, path) in context.Rows)
        {
            if (row.Criterion is { } c && !planned.Contains(c) && VietnameseText.IsNothing(row.PlanAsAdjusted))
            {
                found.Add(path + ".Criterion", c);
            }
        }
    }
}

/// <summary>BC006: a row with no outcome at all.</summary>
internal sealed class RowWithoutOutcomeRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC006", "RowWithoutOutcome", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} không có kết quả nào (đã xong, đang làm hay chưa làm).", "Criterion {criterion} has no outcome (done, in progress or not started)."),
        new BilingualText("Mỗi dòng báo cáo phải nêu kết quả.", "Every report row states an outcome."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        foreach (ReportRowEntry x in context.Rows)
        {
            if (!x.Row.HasCompleted && !x.Row.HasInProgress && !x.Row.HasNotStarted)
            {
                found.Add(x.Path.ToString(), x.Row.Criterion, ("criterion", x.Label));
            }
        }
    }
}

/// <summary>BC007: late work without the reason for the delay.</summary>
internal sealed class LateWithoutReasonRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC007", "LateWithoutReason", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion}: công việc chậm tiến độ nhưng không nêu lý do chậm.", "Criterion {criterion}: the work is late but no reason is given."),
        new BilingualText("Việc chậm so với kế hoạch phải nêu lý do và đánh giá sơ bộ.", "Late work states the reason and a first assessment."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        foreach (ReportRowEntry x in context.Rows)
        {
            if (x.Row.IsLate && VietnameseText.IsNothing(x.Row.LateReason) && !ReportText.StatesReason(x.Row.InProgress))
            {
                found.Add(x.Path + ".LateReason", x.Row.Criterion, ("criterion", x.Label));
            }
        }
    }
}

/// <summary>BC008: work not started without the reason.</summary>
internal sealed class NotStartedWithoutReasonRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC008", "NotStartedWithoutReason", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion}: có việc chưa triển khai nhưng không nêu rõ lý do.", "Criterion {criterion}: work not started, with no reason given."),
        new BilingualText("Việc chưa triển khai phải nêu rõ lý do.", "Work not started states why."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        foreach (ReportRowEntry x in context.Rows)
        {
            if (x.Row.HasNotStarted && VietnameseText.IsNothing(x.Row.NotStartedReason) && !ReportText.StatesReason(x.Row.NotStarted))
            {
                found.Add(x.Path + ".NotStartedReason", x.Row.Criterion, ("criterion", x.Label));
            }
        }
    }
}

/// <summary>BC009: a completed entry that repeats the planned task word for word, so it states no result.</summary>
internal sealed class CompletedRepeatsTaskRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC009", "CompletedRepeatsTask", Severity.Warning,
        new MessageTemplate("Tiêu chí {criterion}: phần \"đã triển khai xong\" chép nguyên văn công việc trong kế hoạch, chưa nêu kết quả, chất lượng, hiệu quả.",
            "Criterion {criterion}: the completed entry repeats the planned task word for word and states no result."),
        new BilingualText("Báo cáo nêu kết quả đạt được, không chép lại kế hoạch.", "A report states results; it does not restate the plan."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        foreach (var (row, path) in context.Rows)
        {
            if (!row.HasCompleted)
            {
                continue;
            }
            IReadOnlyList<string> tasks = context.Plan is not null && row.Criterion is { } c ? context.PlannedTasks(c) : Array.Empty<string>();
            for (int k = -2; k < tasks.Count; k++)
            {
                string candidate = k == -2 ? row.PlanAsWritten : k == -1 ? row.PlanAsAdjusted : tasks[k];

                // A word-for-word copy has nearly the same length; only such candidates are compared.
                if (candidate.Length == 0 || Math.Abs(candidate.Length - row.Completed.Length) > 8 + (row.Completed.Length / 20))
                {
                    continue;
                }
                if (TextScan.SameWords(candidate, row.Completed))
                {
                    found.Add(path + ".Completed", row.Criterion, ("criterion", context.Label(row)));
                    break;
                }
            }
        }
    }
}

/// <summary>BC010: an expected date ("dự kiến …") that is before the report date.</summary>
internal sealed class ExpectedDateBeforeReportRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC010", "ExpectedDateBeforeReport", Severity.Error,
        new MessageTemplate(
            "Tiêu chí {criterion}: \"dự kiến {written}\" ({end}) đã qua so với ngày báo cáo {reportDate}{outside, select, true { và nằm ngoài năm học {year}} other {}}.",
            "Criterion {criterion}: \"dự kiến {written}\" ({end}) is already past on the report date {reportDate}{outside, select, true { and outside school year {year}} other {}}."),
        new BilingualText("Việc dự kiến phải ở sau ngày báo cáo; một ngày đã qua thường là chép nhầm năm.",
            "Expected work lies after the report date; a past date is usually a wrong year."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.Report.Reference.Date is not { } reportDate || context.SchoolYear is not { } year)
        {
            return;
        }
        foreach (var (row, path) in context.Rows)
        {
            foreach (var (field, text) in new[] { (".InProgress", row.InProgress), (".NotStarted", row.NotStarted) })
            {
                foreach (string expected in TextScan.ExpectedTimes(text))
                {
                    ParseResult<Timeframe> t = context.ExpectedTime(expected, year);
                    if (!t.Success || t.Value.IsReversed(context.Calendars))
                    {
                        continue;
                    }
                    DateInterval days = t.Value.Resolve(context.Calendars);
                    if (days.End < reportDate)
                    {
                        bool outside = !year.AdministrativeYear.Contains(days.End);
                        found.Add(path + field, row.Criterion, ("written", expected), ("end", days.End),
                            ("reportDate", reportDate),
                            ("outside", outside ? "true" : "false"), ("year", year), ("criterion", context.Label(row)));
                    }
                }
            }
        }
    }
}

/// <summary>BC011: completed work dated after the report date.</summary>
internal sealed class DoneDateAfterReportRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC011", "DoneDateAfterReport", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion}: việc ghi đã xong vào ngày {date}, sau ngày báo cáo {reportDate}.",
            "Criterion {criterion}: work reported done on {date}, after the report date {reportDate}."),
        new BilingualText("Không thể báo cáo đã xong một việc ở tương lai.", "Work in the future cannot be reported done."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.Report.Reference.Date is not { } reportDate)
        {
            return;
        }
        foreach (var (row, path) in context.Rows)
        {
            foreach (LocalDate date in TextScan.Dates(row.Completed).Where(d => d > reportDate).Distinct())
            {
                found.Add(path + ".Completed", row.Criterion, ("date", date), ("reportDate", reportDate),
                    ("criterion", context.Label(row)));
            }
        }
    }
}

/// <summary>BC012: a report dated before its plan.</summary>
internal sealed class ReportBeforePlanRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC012", "ReportBeforePlan", Severity.Error,
        new MessageTemplate("Báo cáo ngày {reportDate} sớm hơn kế hoạch ngày {planDate}.", "The report ({reportDate}) is dated before its plan ({planDate})."),
        new BilingualText("Báo cáo kết quả có sau kế hoạch.", "A report comes after its plan."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.Report.Reference.Date is { } r && context.Plan?.Reference.Date is { } p && r < p)
        {
            found.Add("Reference.Date", null, ("reportDate", r), ("planDate", p));
        }
    }
}

/// <summary>BC013: a report dated outside the window from the end of semester I to the start of the next year.</summary>
internal sealed class ReportOutsideWindowRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC013", "ReportOutsideWindow", Severity.Warning,
        new MessageTemplate("Báo cáo ngày {reportDate} nằm ngoài khoảng báo cáo của năm học {year} ({from} – {to}).",
            "The report date {reportDate} is outside the reporting window of {year} ({from} – {to})."),
        new BilingualText("Báo cáo kết quả được lập từ cuối học kỳ I đến trước năm học sau.", "A results report is made between the end of semester I and the next year."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.Report.Reference.Date is not { } date || context.SchoolYear is not { } year)
        {
            return;
        }
        LocalDate from = context.Calendars.For(year).SemesterOneLastDay;
        // The window closes the day before next year's report day; the last supported year has no next year.
        LocalDate to = year.HasNext ? context.Calendars.For(year.Next).ReportDay.PlusDays(-1) : year.AdministrativeYear.End;
        if (date < from || date > to)
        {
            found.Add("Reference.Date", null, ("reportDate", date), ("year", year), ("from", from), ("to", to));
        }
    }
}

/// <summary>BC014: report text naming another school year (copied forward).</summary>
internal sealed class OtherSchoolYearInReportRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC014", "OtherSchoolYearInReport", Severity.Warning,
        new MessageTemplate("Tiêu chí {criterion}: nội dung nhắc \"{written}\", khác năm học {year} được báo cáo: có thể chép từ văn bản cũ.",
            "Criterion {criterion}: the text names \"{written}\", not the reported school year {year}: it may be copied from an old document."),
        new BilingualText("Kết quả báo cáo phải là của năm học được báo cáo.", "Reported results belong to the reported year."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        if (context.SchoolYear is not { } year)
        {
            return;
        }
        foreach (var (row, path) in context.Rows)
        {
            foreach (var (field, text) in new[] { (".Completed", row.Completed), (".InProgress", row.InProgress), (".NotStarted", row.NotStarted) })
            {
                foreach (var (mentioned, written) in TextScan.SchoolYears(text))
                {
                    if (mentioned != year)
                    {
                        found.Add(path + field, row.Criterion, ("written", written), ("year", year), ("mentioned", mentioned),
                            ("criterion", context.Label(row)));
                    }
                }
            }
        }
    }
}

/// <summary>BC015: the "plan as written" column holds a weakness rather than planned work.</summary>
internal sealed class PlanColumnHoldsWeaknessRule : IRule<ReportCheckContext>
{
    private static readonly string[] WeaknessMarks =
    {
        "con han che", "van con", "con thap", "con yeu", "con cham", "chua manh dan", "chua dong bo", "chua dap ung", "con kho khan",
    };

    private static readonly string[] ActionStarts =
    {
        "xay dung", "tang cuong", "tiep tuc", "thuc hien", "ho tro", "to chuc", "day manh", "phoi hop", "tham muu", "duy tri", "bo sung",
        "nang cao", "trien khai", "chi dao", "ra soat", "boi duong", "can bo quan ly",
    };

    // Every weakness mark contains "còn", "chưa" or "vẫn" (or their unaccented forms): test those before folding.
    private static bool MayStateWeakness(string text)
        => text.Contains("còn", System.StringComparison.OrdinalIgnoreCase) || text.Contains("chưa", System.StringComparison.OrdinalIgnoreCase)
            || text.Contains("vẫn", System.StringComparison.OrdinalIgnoreCase) || text.Contains("con ", System.StringComparison.OrdinalIgnoreCase)
            || text.Contains("chua", System.StringComparison.OrdinalIgnoreCase) || text.Contains("van ", System.StringComparison.OrdinalIgnoreCase);

    public RuleInfo Info { get; } = new("BC015", "PlanColumnHoldsWeakness", Severity.Warning,
        new MessageTemplate("Tiêu chí {criterion}: cột \"ND kế hoạch được XD đầu năm\" ghi điểm yếu (\"{excerpt}\") chứ không ghi công việc đã lập kế hoạch.",
            "Criterion {criterion}: the \"plan as written\" column states a weakness (\"{excerpt}\"), not the planned work."),
        new BilingualText("Cột kế hoạch chép nội dung công việc của kế hoạch để đối chiếu với kết quả.", "The plan column restates the planned work so results can be matched to it."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        foreach (var (row, path) in context.Rows)
        {
            if (!MayStateWeakness(row.PlanAsWritten))
            {
                continue;
            }
            string folded = VietnameseText.Fold(row.PlanAsWritten);
            if (folded.Length > 0 && WeaknessMarks.Any(folded.Contains) && !ActionStarts.Any(a => folded.StartsWith(a, System.StringComparison.Ordinal)))
            {
                string excerpt = row.PlanAsWritten.Length <= 60 ? row.PlanAsWritten : row.PlanAsWritten.Substring(0, 60) + "…";
                found.Add(path + ".PlanAsWritten", row.Criterion, ("excerpt", excerpt), ("criterion", context.Label(row)));
            }
        }
    }
}

/// <summary>BC016: no row states an adjustment ("Không có" everywhere).</summary>
internal sealed class NoAdjustmentStatedRule : IRule<ReportCheckContext>
{
    public RuleInfo Info { get; } = new("BC016", "NoAdjustmentStated", Severity.Info,
        new MessageTemplate("Không dòng nào có kế hoạch điều chỉnh ({count} dòng ghi \"Không có\" hoặc để trống): nếu kế hoạch không điều chỉnh, nên ghi rõ một lần.",
            "No row states an adjusted plan ({count} rows say \"Không có\" or are empty): if the plan was not adjusted, say so once."),
        new BilingualText("Tổ giám sát cần biết kế hoạch có được rà soát, điều chỉnh trong năm hay không.", "Supervisors need to know whether the plan was reviewed during the year."));

    public void Check(ReportCheckContext context, FindingSink found)
    {
        List<ReportRow> rows = context.Report.Rows.ToList();
        if (rows.Count >= 2 && rows.All(r => VietnameseText.IsNothing(r.PlanAsAdjusted)))
        {
            found.Add("Groups", null, ("count", rows.Count));
        }
    }
}

/// <summary>What the report rules look for in report text.</summary>
internal static class ReportText
{
    internal static bool StatesReason(string text)
    {
        string folded = VietnameseText.Fold(text);
        return folded.Contains("ly do") || folded.Contains(" vi ") || folded.Contains(" do ") || folded.StartsWith("do ", System.StringComparison.Ordinal)
            || folded.StartsWith("vi ", System.StringComparison.Ordinal);
    }
}
