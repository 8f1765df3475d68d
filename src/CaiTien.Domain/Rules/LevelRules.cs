using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;

namespace CaiTien.Domain.Rules;

/// <summary>CT007: a standard heading row of the self-assessment table carries level marks.</summary>
internal sealed class MarksOnStandardHeadingRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("CT007", "MarksOnStandardHeading", Severity.Warning,
        new MessageTemplate("Bảng tự đánh giá đánh dấu mức ở dòng tiêu đề \"{written}\"; mức chỉ ghi cho từng tiêu chí.",
            "The self-assessment table marks levels on the heading row \"{written}\"; levels belong to criteria."),
        new BilingualText("Tiêu chuẩn không có mức riêng; mức được đánh giá theo tiêu chí.", "Standards have no level of their own; criteria do."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        IReadOnlyList<SelfAssessmentRow> rows = context.Plan.Basis.SelfAssessment;
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Criterion is null && rows[i].HasMarks)
            {
                found.Add($"Basis.SelfAssessment[{i}]", null, ("written", rows[i].Label));
            }
        }
    }
}

/// <summary>LV001: level marks that are not cumulative (Mức 2 marked without Mức 1).</summary>
internal sealed class NonCumulativeMarksRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("LV001", "NonCumulativeMarks", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} đánh dấu {level} nhưng không đánh dấu {missing}.",
            "Criterion {criterion} is marked at {level} but not at {missing}."),
        new BilingualText("Mức đánh giá là tích lũy: đạt Mức n thì đạt mọi mức thấp hơn.", "Levels are cumulative: Mức n includes every level below."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        IReadOnlyList<SelfAssessmentRow> rows = context.Plan.Basis.SelfAssessment;
        for (int i = 0; i < rows.Count; i++)
        {
            IReadOnlyList<bool> marks = rows[i].LevelMarks;
            int highest = marks.Count - 1;
            while (highest >= 0 && !marks[highest])
            {
                highest--;
            }
            int missing = Enumerable.Range(0, highest + 1).FirstOrDefault(l => !marks[l], -1);
            if (missing >= 0)
            {
                found.Add($"Basis.SelfAssessment[{i}]", rows[i].Criterion, ("level", new Level(highest + 1)), ("missing", new Level(missing + 1)),
                    ("criterion", rows[i].Criterion?.ToString() ?? rows[i].Label));
            }
        }
    }
}

/// <summary>LV002: a target level above the criterion's highest level (or, for an unknown criterion, the framework's).</summary>
internal sealed class TargetAboveHighestRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("LV002", "TargetAboveHighest", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} đặt mục tiêu {target} nhưng chỉ có đến {highest}.",
            "Criterion {criterion} targets {target} but only goes up to {highest}."),
        new BilingualText("Không thể đạt mức mà tiêu chí không có yêu cầu (8 tiêu chí của TT 18 chỉ có đến Mức 2).",
            "A criterion cannot reach a level it has no requirements for (eight TT 18 criteria stop at Mức 2)."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanItemEntry x in context.Items)
        {
            if (x.Item.TargetLevel is not { } target)
            {
                continue;
            }
            Level highest = x.Item.Criterion is { } c && context.Plan.Framework.FindCriterion(c) is { } criterion
                ? criterion.HighestLevel
                : context.Plan.Framework.HighestLevel;
            if (target > highest || target.IsNotMet)
            {
                found.Add(x.Path + ".TargetLevel", x.Item.Criterion, ("target", target), ("highest", highest), ("criterion", x.Label));
            }
        }
    }
}

/// <summary>LV003: a target level below the current level.</summary>
internal sealed class TargetBelowCurrentRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("LV003", "TargetBelowCurrent", Severity.Error,
        new MessageTemplate("Tiêu chí {criterion} đang đạt {current} mà mục tiêu chỉ là {target}.",
            "Criterion {criterion} is at {current} but targets only {target}."),
        new BilingualText("Kế hoạch cải tiến không đặt mục tiêu thấp hơn hiện trạng.", "An improvement plan does not aim below the current state."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanItemEntry x in context.Items)
        {
            if (x.Item.TargetLevel is { } target && context.CurrentLevelOf(x.Item) is { } current && target < current)
            {
                found.Add(x.Path + ".TargetLevel", x.Item.Criterion, ("current", current), ("target", target));
            }
        }
    }
}

/// <summary>LV004: a target equal to the current level: a maintenance item the plan should name as such.</summary>
internal sealed class MaintenanceNotStatedRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("LV004", "MaintenanceNotStated", Severity.Info,
        new MessageTemplate("Tiêu chí {criterion} đã đạt {level}: đây là nội dung duy trì, kế hoạch nên ghi rõ \"duy trì {level}\".",
            "Criterion {criterion} is already at {level}: this is a maintenance item and the plan should say \"duy trì {level}\"."),
        new BilingualText("Mục tiêu bằng hiện trạng là duy trì; ghi rõ để người giám sát không hiểu nhầm là nâng mức.",
            "A target equal to the current level is maintenance; saying so keeps supervisors from reading it as a raise."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        foreach (PlanItemEntry x in context.Items)
        {
            if (x.Item.TargetLevel is { } target && context.CurrentLevelOf(x.Item) == target
                && !TextScan.SaysMaintenance(x.Item.TargetResult) && !TextScan.SaysMaintenance(x.Item.Notes))
            {
                found.Add(x.Path + ".TargetLevel", x.Item.Criterion, ("level", target));
            }
        }
    }
}

/// <summary>LV005: a criterion below the school's target level with no plan item.</summary>
internal sealed class BelowTargetWithoutItemRule : IRule<PlanCheckContext>
{
    public RuleInfo Info { get; } = new("LV005", "BelowTargetWithoutItem", Severity.Warning,
        new MessageTemplate("Tiêu chí {criterion} đang ở {current}, dưới mục tiêu {target} của trường, nhưng kế hoạch không có nội dung cho tiêu chí này.",
            "Criterion {criterion} is at {current}, below the school's target {target}, and the plan has no item for it."),
        new BilingualText("Tiêu chí còn dưới mục tiêu phải có giải pháp cải tiến.", "A criterion below the target needs an improvement item."));

    public void Check(PlanCheckContext context, FindingSink found)
    {
        if (context.Plan.TargetSchoolLevel is not { } target)
        {
            return;
        }
        var planned = new HashSet<CriterionId>();
        foreach (PlanItemEntry x in context.Items)
        {
            if (x.Item.Criterion is { } c)
            {
                planned.Add(c);
            }
        }
        foreach (var (criterion, level) in context.SelfAssessedLevels.OrderBy(p => p.Key))
        {
            Criterion? c = context.Plan.Framework.FindCriterion(criterion);
            Level required = c is null || target <= c.HighestLevel ? target : c.HighestLevel;
            if (level < required && !planned.Contains(criterion))
            {
                found.Add("Groups", criterion, ("current", level), ("target", target));
            }
        }
    }
}
