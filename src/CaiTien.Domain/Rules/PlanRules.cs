using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Text;
using NodaTime;

namespace CaiTien.Domain.Rules;

/// <summary>KH001: an item without any task.</summary>
public sealed class ItemWithoutTaskRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public ItemWithoutTaskRule()
        : base("KH001", Severity.Error,
            new MessageTemplate("Tiêu chí {criterion} không có công việc/giải pháp nào.", "Criterion {criterion} has no task."),
            new BilingualText("Mỗi nội dung cải tiến phải nêu công việc cần làm.", "Every item must say what is to be done."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
        => from x in PlanItems.All(context.Plan)
           where x.Item.Tasks.All(t => VietnameseText.IsNothing(t.Description))
           select Found(x.Path + ".Tasks", x.Item.Criterion, ("criterion", x.Item.Criterion?.ToString() ?? x.Item.CriterionText));
}

/// <summary>KH002: a task without a lead (chủ trì).</summary>
public sealed class TaskWithoutLeadRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public TaskWithoutLeadRule()
        : base("KH002", Severity.Error,
            new MessageTemplate("Công việc {task} của tiêu chí {criterion} chưa có người chủ trì.", "Task {task} of criterion {criterion} has no lead."),
            new BilingualText("Mỗi công việc phải có người chủ trì chịu trách nhiệm.", "Every task needs a lead who answers for it."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
        => from x in PlanItems.All(context.Plan)
           from t in x.Item.Tasks.Select((task, index) => (task, index))
           where VietnameseText.IsNothing(t.task.Lead)
           select Found($"{x.Path}.Tasks[{t.index}].Lead", x.Item.Criterion, ("task", t.index + 1),
               ("criterion", x.Item.Criterion?.ToString() ?? x.Item.CriterionText));
}

/// <summary>KH003: an item without a target result.</summary>
public sealed class ItemWithoutTargetResultRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public ItemWithoutTargetResultRule()
        : base("KH003", Severity.Error,
            new MessageTemplate("Tiêu chí {criterion} chưa nêu kết quả cần đạt.", "Criterion {criterion} states no target result."),
            new BilingualText("Kết quả cần đạt là căn cứ để đánh giá việc thực hiện.", "The target result is what the work is judged against."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
        => from x in PlanItems.All(context.Plan)
           where VietnameseText.IsNothing(x.Item.TargetResult)
           select Found(x.Path + ".TargetResult", x.Item.Criterion, ("criterion", x.Item.Criterion?.ToString() ?? x.Item.CriterionText));
}

/// <summary>KH004: a task without a timeframe.</summary>
public sealed class TaskWithoutTimeframeRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public TaskWithoutTimeframeRule()
        : base("KH004", Severity.Error,
            new MessageTemplate("Công việc {task} của tiêu chí {criterion} chưa có thời gian thực hiện.", "Task {task} of criterion {criterion} has no timeframe."),
            new BilingualText("Không có thời gian thì không giám sát được tiến độ.", "Without a timeframe progress cannot be supervised."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
        => from x in TaskTimeframes.All(context)
           where VietnameseText.IsNothing(x.Task.Timeframe)
           select Found(x.Path + ".Timeframe", x.Item.Criterion, ("task", x.TaskIndex + 1), ("criterion", x.Item.Criterion?.ToString() ?? x.Item.CriterionText));
}

/// <summary>KH005: a timeframe that cannot be read.</summary>
public sealed class UnreadableTimeframeRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public UnreadableTimeframeRule()
        : base("KH005", Severity.Error,
            new MessageTemplate("Không đọc được thời gian \"{written}\" (tiêu chí {criterion}): {reason}", "Cannot read timeframe \"{written}\" (criterion {criterion}): {reasonEn}"),
            new BilingualText("Thời gian phải ghi được trên lịch năm học.", "A timeframe must be placeable on the school calendar."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
        => from x in TaskTimeframes.All(context)
           where !VietnameseText.IsNothing(x.Task.Timeframe) && !x.Reading.Success
           select Found(x.Path + ".Timeframe", x.Item.Criterion, ("written", x.Task.Timeframe), ("reason", x.Reading.Failure!.Message.Vietnamese),
               ("reasonEn", x.Reading.Failure.Message.English), ("criterion", x.Item.Criterion?.ToString() ?? x.Item.CriterionText));
}

/// <summary>KH006: a timeframe that starts after it ends.</summary>
public sealed class ReversedTimeframeRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public ReversedTimeframeRule()
        : base("KH006", Severity.Error,
            new MessageTemplate("Thời gian \"{written}\" bắt đầu ({start}) sau khi kết thúc ({end}).", "Timeframe \"{written}\" starts ({start}) after it ends ({end})."),
            new BilingualText("Thời gian bắt đầu phải trước thời gian hoàn thành.", "A timeframe must start before it ends."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        foreach (var x in TaskTimeframes.All(context))
        {
            if (x.Reading.Success && context.BoundsOf(x.Reading) is var (start, end) && start > end)
            {
                yield return Found(x.Path + ".Timeframe", x.Item.Criterion, ("written", x.Task.Timeframe),
                    ("start", TextScan.Date(start)), ("end", TextScan.Date(end)));
            }
        }
    }
}

/// <summary>KH007: a timeframe outside the plan's school year that is not explicitly multi-year.</summary>
public sealed class TimeframeOutsideSchoolYearRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public TimeframeOutsideSchoolYearRule()
        : base("KH007", Severity.Error,
            new MessageTemplate("Thời gian \"{written}\" ({start} – {end}) nằm ngoài năm học {year} của kế hoạch.",
                "Timeframe \"{written}\" ({start} – {end}) lies outside the plan's school year {year}."),
            new BilingualText("Kế hoạch năm học chỉ gồm việc trong năm học đó, trừ khi ghi rõ là nhiều năm (\"giai đoạn 2021-2025\").",
                "A yearly plan holds work of that year unless it is stated as multi-year (\"giai đoạn 2021-2025\")."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        DateInterval year = context.Plan.SchoolYear.AdministrativeSpan;
        foreach (var x in TaskTimeframes.All(context))
        {
            if (!x.Reading.Success || x.Reading.Value.IsMultiYear)
            {
                continue;
            }
            var (start, end) = context.BoundsOf(x.Reading);
            if (start <= end && (!year.Contains(start) || !year.Contains(end)))
            {
                yield return Found(x.Path + ".Timeframe", x.Item.Criterion, ("written", x.Task.Timeframe), ("start", TextScan.Date(start)),
                    ("end", TextScan.Date(end)), ("year", context.Plan.SchoolYear));
            }
        }
    }
}

/// <summary>KH008: a plan issued after its school year opened.</summary>
public sealed class PlanIssuedLateRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public PlanIssuedLateRule()
        : base("KH008", Severity.Warning,
            new MessageTemplate("Kế hoạch ban hành ngày {date}, sau khi năm học {year} đã khai giảng ({opening}).",
                "The plan is dated {date}, after school year {year} opened ({opening})."),
            new BilingualText("Kế hoạch cải tiến được xây dựng trước hoặc ngay đầu năm học.", "An improvement plan is made before the year or at its very start."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        if (context.Plan.Reference.Date is { } date && date > context.Calendar.Opening)
        {
            yield return Found("Reference.Date", null, ("date", TextScan.Date(date)), ("year", context.Plan.SchoolYear), ("opening", TextScan.Date(context.Calendar.Opening)));
        }
    }
}

/// <summary>KH009: a plan issued more than a year before its school year begins.</summary>
public sealed class PlanIssuedTooEarlyRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public PlanIssuedTooEarlyRule()
        : base("KH009", Severity.Warning,
            new MessageTemplate("Kế hoạch ban hành ngày {date}, hơn một năm trước năm học {year}.", "The plan is dated {date}, more than a year before school year {year}."),
            new BilingualText("Kế hoạch quá sớm thường là kế hoạch của năm khác.", "A plan that early usually belongs to another year."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        if (context.Plan.Reference.Date is { } date && date < context.Calendar.ReportDay.PlusYears(-1))
        {
            yield return Found("Reference.Date", null, ("date", TextScan.Date(date)), ("year", context.Plan.SchoolYear));
        }
    }
}

/// <summary>KH010: item text that names another school year (copied from an old plan).</summary>
public sealed class OtherSchoolYearInPlanRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public OtherSchoolYearInPlanRule()
        : base("KH010", Severity.Warning,
            new MessageTemplate("Nội dung tiêu chí {criterion} nhắc \"{written}\", khác năm học {year} của kế hoạch: có thể chép từ kế hoạch cũ.",
                "The text of criterion {criterion} names \"{written}\", not the plan's school year {year}: it may be copied from an old plan."),
            new BilingualText("Nội dung chép từ năm trước thường không còn đúng.", "Text carried over from an earlier year is usually no longer true."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        SchoolYear year = context.Plan.SchoolYear;
        foreach (var (item, path) in PlanItems.All(context.Plan))
        {
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
                        yield return Found(path + field, item.Criterion, ("written", written), ("year", year), ("mentioned", mentioned),
                            ("criterion", item.Criterion?.ToString() ?? item.CriterionText));
                    }
                }
            }
        }
    }
}

/// <summary>KH011: the basis cites results of a year other than the previous one (often the plan's own year).</summary>
public sealed class PreviousResultsYearRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public PreviousResultsYearRule()
        : base("KH011", Severity.Error,
            new MessageTemplate("Căn cứ nêu kết quả đạt được trong \"{written}\"; kế hoạch năm học {year} phải căn cứ kết quả năm học {expected}.",
                "The basis cites results of \"{written}\"; a plan for {year} rests on the results of {expected}."),
            new BilingualText("Kế hoạch được xây dựng từ kết quả của năm học trước, chưa có kết quả của chính năm học đó.",
                "A plan is built on the previous year's results; its own year has no results yet."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        SchoolYear expected = context.Plan.SchoolYear.Previous;
        foreach (var (mentioned, written) in TextScan.SchoolYears(context.Plan.Basis.PreviousResults))
        {
            if (mentioned != expected)
            {
                yield return Found("Basis.PreviousResults", null, ("written", written), ("year", context.Plan.SchoolYear), ("expected", expected));
            }
        }
    }
}

/// <summary>KH012: a budget that is negative or cannot be read.</summary>
public sealed class InvalidBudgetRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public InvalidBudgetRule()
        : base("KH012", Severity.Error,
            new MessageTemplate("Dự kiến kinh phí của tiêu chí {criterion} \"{written}\" không hợp lệ: {reason}",
                "The budget of criterion {criterion} \"{written}\" is not valid: {reasonEn}"),
            new BilingualText("Kinh phí ghi bằng số tiền (đồng) hoặc \"Không\".", "A budget is an amount in đồng, or \"Không\"."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        // Plans repeat a few budget cells ("Không"): read each distinct text once.
        var readings = new Dictionary<string, ParseResult<long>>(StringComparer.Ordinal);
        foreach (var (item, path) in PlanItems.All(context.Plan))
        {
            if (!readings.TryGetValue(item.Budget, out ParseResult<long>? budget))
            {
                budget = Budget.Parse(item.Budget);
                readings.Add(item.Budget, budget);
            }
            if (!budget.Success)
            {
                yield return Found(path + ".Budget", item.Criterion, ("written", item.Budget), ("reason", budget.Failure!.Message.Vietnamese),
                    ("reasonEn", budget.Failure.Message.English), ("criterion", item.Criterion?.ToString() ?? item.CriterionText));
            }
        }
    }
}

/// <summary>KH013: a plan bound to a framework version not in force for its school year.</summary>
public sealed class FrameworkNotInForceRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public FrameworkNotInForceRule()
        : base("KH013", Severity.Error,
            new MessageTemplate("{framework} không có hiệu lực trong năm học {year} (hiệu lực {from} – {until}).",
                "{framework} is not in force at any time in school year {year} (in force {from} – {until})."),
            new BilingualText("Kế hoạch gắn với bộ tiêu chuẩn đang có hiệu lực trong năm học.", "A plan is bound to the framework in force for its year."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        // A circular may take effect during a school year (TT 18 did on 10/10/2018): it binds that year's plans.
        var framework = context.Plan.Framework;
        DateInterval year = context.Plan.SchoolYear.AdministrativeSpan;
        bool overlaps = framework.EffectiveFrom <= year.End && (framework.EffectiveUntil is not { } until || until >= year.Start);
        if (!overlaps)
        {
            yield return Found("Framework", null, ("framework", framework.LegalDocument), ("year", context.Plan.SchoolYear),
                ("from", TextScan.Date(framework.EffectiveFrom)), ("until", framework.EffectiveUntil is { } u ? TextScan.Date(u) : "…"));
        }
    }
}

/// <summary>Enumerates a plan's tasks with their timeframe readings.</summary>
internal static class TaskTimeframes
{
    internal static IEnumerable<(PlanItem Item, PlanTask Task, int TaskIndex, DocumentPath Path, ParseResult<Timeframe> Reading)> All(PlanCheckContext context)
    {
        IReadOnlyList<PlanGroup> groups = context.Plan.Groups;
        for (int g = 0; g < groups.Count; g++)
        {
            for (int i = 0; i < groups[g].Items.Count; i++)
            {
                PlanItem item = groups[g].Items[i];
                for (int t = 0; t < item.Tasks.Count; t++)
                {
                    yield return (item, item.Tasks[t], t, new DocumentPath("Items", g, i, t), context.TimeframeOf(g, i, t));
                }
            }
        }
    }
}
