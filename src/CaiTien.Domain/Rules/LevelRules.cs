using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;

namespace CaiTien.Domain.Rules;

/// <summary>CT007: a standard heading row of the self-assessment table carries level marks.</summary>
public sealed class MarksOnStandardHeadingRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public MarksOnStandardHeadingRule()
        : base("CT007", Severity.Warning,
            new MessageTemplate("Bảng tự đánh giá đánh dấu mức ở dòng tiêu đề \"{written}\"; mức chỉ ghi cho từng tiêu chí.",
                "The self-assessment table marks levels on the heading row \"{written}\"; levels belong to criteria."),
            new BilingualText("Tiêu chuẩn không có mức riêng; mức được đánh giá theo tiêu chí.", "Standards have no level of their own; criteria do."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        IReadOnlyList<SelfAssessmentRow> rows = context.Plan.Basis.SelfAssessment;
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Criterion is null && rows[i].HasMarks)
            {
                yield return Found($"Basis.SelfAssessment[{i}]", null, ("written", rows[i].Label));
            }
        }
    }
}

/// <summary>LV001: level marks that are not cumulative (Mức 2 marked without Mức 1).</summary>
public sealed class NonCumulativeMarksRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public NonCumulativeMarksRule()
        : base("LV001", Severity.Error,
            new MessageTemplate("Tiêu chí {criterion} đánh dấu Mức {level} nhưng không đánh dấu Mức {missing}.",
                "Criterion {criterion} is marked at Mức {level} but not at Mức {missing}."),
            new BilingualText("Mức đánh giá là tích lũy: đạt Mức n thì đạt mọi mức thấp hơn.", "Levels are cumulative: Mức n includes every level below."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
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
                yield return Found($"Basis.SelfAssessment[{i}]", rows[i].Criterion, ("level", highest + 1), ("missing", missing + 1),
                    ("criterion", rows[i].Criterion?.ToString() ?? rows[i].Label));
            }
        }
    }
}

/// <summary>LV002: a target level above the criterion's highest level or above 4.</summary>
public sealed class TargetAboveHighestRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public TargetAboveHighestRule()
        : base("LV002", Severity.Error,
            new MessageTemplate("Tiêu chí {criterion} đặt mục tiêu Mức {target} nhưng chỉ có đến Mức {highest}.",
                "Criterion {criterion} targets Mức {target} but only goes up to Mức {highest}."),
            new BilingualText("Không thể đạt mức mà tiêu chí không có yêu cầu (8 tiêu chí của TT 18 chỉ có đến Mức 2).",
                "A criterion cannot reach a level it has no requirements for (eight TT 18 criteria stop at Mức 2)."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        foreach (var (item, path) in PlanItems.All(context.Plan))
        {
            if (item.TargetLevel is not { } target)
            {
                continue;
            }
            int highest = item.Criterion is { } c && context.Plan.Framework.FindCriterion(c) is { } criterion
                ? criterion.HighestLevel.Value
                : context.Plan.Framework.LevelCount;
            if (target > highest || target > Level.MaxValue || target < 1)
            {
                yield return Found(path + ".TargetLevel", item.Criterion, ("target", target), ("highest", highest),
                    ("criterion", item.Criterion?.ToString() ?? item.CriterionText));
            }
        }
    }
}

/// <summary>LV003: a target level below the current level.</summary>
public sealed class TargetBelowCurrentRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public TargetBelowCurrentRule()
        : base("LV003", Severity.Error,
            new MessageTemplate("Tiêu chí {criterion} đang đạt Mức {current} mà mục tiêu chỉ là Mức {target}.",
                "Criterion {criterion} is at Mức {current} but targets only Mức {target}."),
            new BilingualText("Kế hoạch cải tiến không đặt mục tiêu thấp hơn hiện trạng.", "An improvement plan does not aim below the current state."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
        => from x in PlanItems.All(context.Plan)
           let current = context.CurrentLevelOf(x.Item)
           where x.Item.TargetLevel is { } t && current is { } c && t < c
           select Found(x.Path + ".TargetLevel", x.Item.Criterion, ("current", current), ("target", x.Item.TargetLevel));
}

/// <summary>LV004: a target equal to the current level: a maintenance item the plan should name as such.</summary>
public sealed class MaintenanceNotStatedRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public MaintenanceNotStatedRule()
        : base("LV004", Severity.Info,
            new MessageTemplate("Tiêu chí {criterion} đã đạt Mức {level}: đây là nội dung duy trì, kế hoạch nên ghi rõ \"duy trì Mức {level}\".",
                "Criterion {criterion} is already at Mức {level}: this is a maintenance item and the plan should say \"duy trì Mức {level}\"."),
            new BilingualText("Mục tiêu bằng hiện trạng là duy trì; ghi rõ để người giám sát không hiểu nhầm là nâng mức.",
                "A target equal to the current level is maintenance; saying so keeps supervisors from reading it as a raise."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
        => from x in PlanItems.All(context.Plan)
           let current = context.CurrentLevelOf(x.Item)
           where x.Item.TargetLevel is { } t && current == t
                 && !TextScan.SaysMaintenance(x.Item.TargetResult) && !TextScan.SaysMaintenance(x.Item.Notes)
           select Found(x.Path + ".TargetLevel", x.Item.Criterion, ("level", current));
}

/// <summary>LV005: a criterion below the school's target level with no plan item.</summary>
public sealed class BelowTargetWithoutItemRule : RuleSpecification<PlanCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public BelowTargetWithoutItemRule()
        : base("LV005", Severity.Warning,
            new MessageTemplate("Tiêu chí {criterion} đang ở Mức {current}, dưới mục tiêu Mức {target} của trường, nhưng kế hoạch không có nội dung cho tiêu chí này.",
                "Criterion {criterion} is at Mức {current}, below the school's target Mức {target}, and the plan has no item for it."),
            new BilingualText("Tiêu chí còn dưới mục tiêu phải có giải pháp cải tiến.", "A criterion below the target needs an improvement item."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(PlanCheckContext context)
    {
        if (context.Plan.TargetSchoolLevel is not { } target)
        {
            yield break;
        }
        var planned = new HashSet<CriterionId>(context.Plan.Items.Where(i => i.Criterion is not null).Select(i => i.Criterion!.Value));
        foreach (var (criterion, level) in context.SelfAssessedLevels.OrderBy(p => p.Key))
        {
            Criterion? c = context.Plan.Framework.FindCriterion(criterion);
            int required = c is null ? target : System.Math.Min(target, c.HighestLevel.Value);
            if (level < required && !planned.Contains(criterion))
            {
                yield return Found("Groups", criterion, ("current", level), ("target", target));
            }
        }
    }
}

/// <summary>Enumerates a plan's items with their paths.</summary>
internal static class PlanItems
{
    internal static IEnumerable<(PlanItem Item, DocumentPath Path)> All(ImprovementPlan plan)
    {
        for (int g = 0; g < plan.Groups.Count; g++)
        {
            IReadOnlyList<PlanItem> items = plan.Groups[g].Items;
            for (int i = 0; i < items.Count; i++)
            {
                yield return (items[i], new DocumentPath("Items", g, i));
            }
        }
    }
}
