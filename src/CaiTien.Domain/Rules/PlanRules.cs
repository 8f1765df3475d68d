using System;
using System.Collections.Generic;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Text;
using NodaTime;

namespace CaiTien.Domain.Rules;

/// <summary>KH001: an item without any task.</summary>
internal sealed class ItemWithoutTaskRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH001", "ItemWithoutTask", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} không có công việc/giải pháp nào.", "Criterion {criterion} has no task."),
        new BilingualText("Mỗi nội dung cải tiến phải nêu công việc cần làm.", "Every item must say what is to be done."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanItemEntry x in context.Items)
        {
            bool any = false;
            foreach (PlanTask t in x.Item.Tasks)
            {
                any |= !VietnameseText.IsNothing(t.Description);
            }
            if (!any)
            {
                found.Add(x.Path + ".Tasks", x.Item.Criterion, ("criterion", x.Label));
            }
        }
    }
}

/// <summary>KH002: a task without a lead (chủ trì).</summary>
internal sealed class TaskWithoutLeadRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH002", "TaskWithoutLead", Severity.Error,
        new MessageTemplate("Công việc {task} của tiêu chí {criterion} chưa có người chủ trì.", "Task {task} of criterion {criterion} has no lead."),
        new BilingualText("Mỗi công việc phải có người chủ trì chịu trách nhiệm.", "Every task needs a lead who answers for it."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanTaskEntry x in context.Tasks)
        {
            if (VietnameseText.IsNothing(x.Task.Lead))
            {
                found.Add(x.Path + ".Lead", x.Item.Item.Criterion, ("task", x.Index + 1), ("criterion", x.Item.Label));
            }
        }
    }
}

/// <summary>KH003: an item without a target result.</summary>
internal sealed class ItemWithoutTargetResultRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH003", "ItemWithoutTargetResult", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} chưa nêu kết quả cần đạt.", "Criterion {criterion} states no target result."),
        new BilingualText("Kết quả cần đạt là căn cứ để đánh giá việc thực hiện.", "The target result is what the work is judged against."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanItemEntry x in context.Items)
        {
            if (VietnameseText.IsNothing(x.Item.TargetResult))
            {
                found.Add(x.Path + ".TargetResult", x.Item.Criterion, ("criterion", x.Label));
            }
        }
    }
}

/// <summary>KH004: a task without a timeframe.</summary>
internal sealed class TaskWithoutTimeframeRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH004", "TaskWithoutTimeframe", Severity.Error,
        new MessageTemplate("Công việc {task} của tiêu chí {criterion} chưa có thời gian thực hiện.", "Task {task} of criterion {criterion} has no timeframe."),
        new BilingualText("Không có thời gian thì không giám sát được tiến độ.", "Without a timeframe progress cannot be supervised."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanTaskEntry x in context.Tasks)
        {
            if (VietnameseText.IsNothing(x.Task.Timeframe))
            {
                found.Add(x.Path + ".Timeframe", x.Item.Item.Criterion, ("task", x.Index + 1), ("criterion", x.Item.Label));
            }
        }
    }
}

/// <summary>KH005: a timeframe that cannot be read.</summary>
internal sealed class UnreadableTimeframeRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH005", "UnreadableTimeframe", Severity.Error,
        new MessageTemplate("Không đọc được thời gian \"{written}\" (tiêu chí {criterion}){unread, select, none {} other {: không hiểu \"{unread}\"}}.",
            "Cannot read timeframe \"{written}\" (criterion {criterion}){unread, select, none {} other {: \"{unread}\" is not understood}}."),
        new BilingualText("Thời gian phải ghi được trên lịch năm học.", "A timeframe must be placeable on the school calendar."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanTaskEntry x in context.Tasks)
        {
            if (!x.Reading.Success && !VietnameseText.IsNothing(x.Task.Timeframe))
            {
                found.Add(x.Path + ".Timeframe", x.Item.Item.Criterion, ("written", x.Task.Timeframe), ("unread", x.Reading.Failure!.UnreadText),
                    ("criterion", x.Item.Label));
            }
        }
    }
}

/// <summary>KH006: a timeframe that starts after it ends.</summary>
internal sealed class ReversedTimeframeRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH006", "ReversedTimeframe", Severity.Error,
        new MessageTemplate("Thời gian \"{written}\" bắt đầu ({start}) sau khi kết thúc ({end}).", "Timeframe \"{written}\" starts ({start}) after it ends ({end})."),
        new BilingualText("Thời gian bắt đầu phải trước thời gian hoàn thành.", "A timeframe must start before it ends."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanTaskEntry x in context.Tasks)
        {
            if (x.Reading.Success && context.BoundsOf(x.Reading) is var (start, end) && start > end)
            {
                found.Add(x.Path + ".Timeframe", x.Item.Item.Criterion, ("written", x.Task.Timeframe), ("start", start), ("end", end));
            }
        }
    }
}

/// <summary>KH007: a timeframe outside the plan's school year that is not explicitly multi-year.</summary>
internal sealed class TimeframeOutsideSchoolYearRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH007", "TimeframeOutsideSchoolYear", Severity.Error,
        new MessageTemplate("Thời gian \"{written}\" ({start} – {end}) nằm ngoài năm học {year} của kế hoạch.",
            "Timeframe \"{written}\" ({start} – {end}) lies outside the plan's school year {year}."),
        new BilingualText("Kế hoạch năm học chỉ gồm việc trong năm học đó, trừ khi ghi rõ là nhiều năm (\"giai đoạn 2021-2025\").",
            "A yearly plan holds work of that year unless it is stated as multi-year (\"giai đoạn 2021-2025\")."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        DateInterval year = context.Plan.SchoolYear.AdministrativeYear;
        foreach (PlanTaskEntry x in context.Tasks)
        {
            if (!x.Reading.Success || x.Reading.Value.IsMultiYear)
            {
                continue;
            }
            var (start, end) = context.BoundsOf(x.Reading);
            if (start <= end && (!year.Contains(start) || !year.Contains(end)))
            {
                found.Add(x.Path + ".Timeframe", x.Item.Item.Criterion, ("written", x.Task.Timeframe), ("start", start), ("end", end),
                    ("year", context.Plan.SchoolYear));
            }
        }
    }
}

/// <summary>KH008: a plan issued after its school year opened.</summary>
internal sealed class PlanIssuedLateRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH008", "PlanIssuedLate", Severity.Warning,
        new MessageTemplate("Kế hoạch ban hành ngày {date}, sau khi năm học {year} đã khai giảng ({opening}).",
            "The plan is dated {date}, after school year {year} opened ({opening})."),
        new BilingualText("Kế hoạch cải tiến được xây dựng trước hoặc ngay đầu năm học.", "An improvement plan is made before the year or at its very start."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        if (context.Plan.Reference.Date is { } date && date > context.Calendar.Opening)
        {
            found.Add("Reference.Date", null, ("date", date), ("year", context.Plan.SchoolYear), ("opening", context.Calendar.Opening));
        }
    }
}

/// <summary>KH009: a plan issued more than a year before its school year begins.</summary>
internal sealed class PlanIssuedTooEarlyRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH009", "PlanIssuedTooEarly", Severity.Warning,
        new MessageTemplate("Kế hoạch ban hành ngày {date}, hơn một năm trước năm học {year}.", "The plan is dated {date}, more than a year before school year {year}."),
        new BilingualText("Kế hoạch quá sớm thường là kế hoạch của năm khác.", "A plan that early usually belongs to another year."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        if (context.Plan.Reference.Date is { } date && date < context.Calendar.ReportDay.PlusYears(-1))
        {
            found.Add("Reference.Date", null, ("date", date), ("year", context.Plan.SchoolYear));
        }
    }
}

/// <summary>KH010: item text that names another school year (copied from an old plan).</summary>
internal sealed class OtherSchoolYearInPlanRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH010", "OtherSchoolYearInPlan", Severity.Warning,
        new MessageTemplate("Nội dung tiêu chí {criterion} nhắc \"{written}\", khác năm học {year} của kế hoạch: có thể chép từ kế hoạch cũ.",
            "The text of criterion {criterion} names \"{written}\", not the plan's school year {year}: it may be copied from an old plan."),
        new BilingualText("Nội dung chép từ năm trước thường không còn đúng.", "Text carried over from an earlier year is usually no longer true."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        SchoolYear year = context.Plan.SchoolYear;
        foreach (PlanItemEntry x in context.Items)
        {
            PlanItem item = x.Item;
            for (int f = -2; f < item.Tasks.Count; f++)
            {
                string text = f == -2 ? item.TargetResult : f == -1 ? item.Notes : item.Tasks[f].Description;
                if (!TextScan.HasYearPair(text))
                {
                    continue;
                }
                string field = f == -2 ? ".TargetResult" : f == -1 ? ".Notes" : $".Tasks[{f}].Description";
                foreach (var (mentioned, written) in TextScan.SchoolYears(text))
                {
                    if (mentioned != year)
                    {
                        found.Add(x.Path + field, item.Criterion, ("written", written), ("year", year), ("mentioned", mentioned), ("criterion", x.Label));
                    }
                }
            }
        }
    }
}

/// <summary>KH011: the basis cites results of a year other than the previous one (often the plan's own year).</summary>
internal sealed class PreviousResultsYearRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH011", "PreviousResultsYear", Severity.Error,
        new MessageTemplate("Căn cứ nêu kết quả đạt được trong \"{written}\"; kế hoạch năm học {year} phải căn cứ kết quả năm học {expected}.",
            "The basis cites results of \"{written}\"; a plan for {year} rests on the results of {expected}."),
        new BilingualText("Kế hoạch được xây dựng từ kết quả của năm học trước, chưa có kết quả của chính năm học đó.",
            "A plan is built on the previous year's results; its own year has no results yet."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        if (!context.Plan.SchoolYear.HasPrevious)
        {
            return;
        }
        SchoolYear expected = context.Plan.SchoolYear.Previous;
        foreach (var (mentioned, written) in TextScan.SchoolYears(context.Plan.Basis.PreviousResults))
        {
            if (mentioned != expected)
            {
                found.Add("Basis.PreviousResults", null, ("written", written), ("year", context.Plan.SchoolYear), ("expected", expected), ("mentioned", mentioned));
            }
        }
    }
}

/// <summary>KH012: a budget that is negative or cannot be read.</summary>
internal sealed class InvalidBudgetRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH012", "InvalidBudget", Severity.Error,
        new MessageTemplate(
            "Dự kiến kinh phí của tiêu chí {criterion} \"{written}\" không hợp lệ: {problem, select, negative {kinh phí không thể âm} too-large {số tiền quá lớn} other {không đọc được số tiền}}.",
            "The budget of criterion {criterion} \"{written}\" is not valid: {problem, select, negative {a budget cannot be negative} too-large {the amount is too large} other {the amount cannot be read}}."),
        new BilingualText("Kinh phí ghi bằng số tiền (đồng) hoặc \"Không\".", "A budget is an amount in đồng, or \"Không\"."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        // Plans repeat a few budget cells ("Không"): read each distinct text once.
        var readings = new Dictionary<string, BudgetProblem>(StringComparer.Ordinal);
        foreach (PlanItemEntry x in context.Items)
        {
            string budget = x.Item.Budget;
            if (!readings.TryGetValue(budget, out BudgetProblem problem))
            {
                problem = Budget.Read(budget).Problem;
                readings.Add(budget, problem);
            }
            if (problem != BudgetProblem.None)
            {
                found.Add(x.Path + ".Budget", x.Item.Criterion, ("written", budget), ("problem", Budget.ProblemCode(problem)), ("criterion", x.Label));
            }
        }
    }
}

/// <summary>KH013: a plan bound to a framework version not in force for its school year.</summary>
internal sealed class FrameworkNotInForceRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("KH013", "FrameworkNotInForce", Severity.Error,
        new MessageTemplate("{framework} không có hiệu lực trong năm học {year} (hiệu lực {from} – {until, select, none {…} other {{until}}}).",
            "{framework} is not in force at any time in school year {year} (in force {from} – {until, select, none {…} other {{until}}})."),
        new BilingualText("Kế hoạch gắn với bộ tiêu chuẩn đang có hiệu lực trong năm học.", "A plan is bound to the framework in force for its year."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        // A circular may take effect during a school year (TT 18 did on 10/10/2018): it binds that year's plans.
        FrameworkVersion framework = context.Plan.Framework;
        DateInterval year = context.Plan.SchoolYear.AdministrativeYear;
        bool overlaps = framework.EffectiveFrom <= year.End && (framework.EffectiveUntil is not { } until || until >= year.Start);
        if (!overlaps)
        {
            found.Add("Framework", null, ("framework", framework.LegalDocument), ("year", context.Plan.SchoolYear),
                ("from", framework.EffectiveFrom), ("until", framework.EffectiveUntil));
        }
    }
}
