using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Specifications;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Tracking;

/// <summary>
/// The questions a vice principal asks of a plan's progress, as specifications over <see cref="TaskProgress"/> that
/// compose: <c>TaskSpecifications.Overdue.And(TaskSpecifications.OfStandard(new StandardNumber(3))).Evaluate(progress.Tasks)</c>.
/// </summary>
public static class TaskSpecifications
{
    /// <summary>Tasks whose timeframe has ended with no completed outcome.</summary>
    public static Specification<TaskProgress> Overdue { get; } = InState(TaskState.Overdue);

    /// <summary>Tasks due within the look-ahead window.</summary>
    public static Specification<TaskProgress> DueSoon { get; } = InState(TaskState.DueSoon);

    /// <summary>Tasks whose timeframe has not started.</summary>
    public static Specification<TaskProgress> NotYetStarted { get; } = InState(TaskState.NotYetStarted);

    /// <summary>Tasks whose timeframe cannot be placed on the calendar.</summary>
    public static Specification<TaskProgress> Unscheduled { get; } = InState(TaskState.Unscheduled);

    /// <summary>Tasks reported completed.</summary>
    public static Specification<TaskProgress> Completed { get; } = InState(TaskState.Completed);

    /// <summary>Tasks without a lead (chủ trì): empty, "Không" or a dash.</summary>
    public static Specification<TaskProgress> WithoutLead { get; } = Specification.Where<TaskProgress>(t => VietnameseText.IsNothing(t.Task.Lead));

    /// <summary>Tasks of one criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The specification.</returns>
    public static Specification<TaskProgress> OfCriterion(CriterionId criterion)
    {
        CriterionId c = CriterionId.CheckArgument(criterion, nameof(criterion));
        return Specification.Where<TaskProgress>(t => t.Criterion == c);
    }

    /// <summary>Tasks of the criteria of one standard.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The specification.</returns>
    public static Specification<TaskProgress> OfStandard(StandardNumber standard)
        => Specification.Where<TaskProgress>(t => t.Criterion is { } c && c.Standard == standard);

    /// <summary>Tasks whose timeframe ends on or before a date (unscheduled tasks never do).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The specification.</returns>
    public static Specification<TaskProgress> EndingBy(LocalDate date)
        => Specification.Where<TaskProgress>(t => t.Days is { } days && days.End <= date);

    private static Specification<TaskProgress> InState(TaskState state) => Specification.Where<TaskProgress>(t => t.State == state);
}

/// <summary>Questions about a plan's items, as specifications over <see cref="PlanItem"/> that compose.</summary>
public static class PlanItemSpecifications
{
    /// <summary>Items with at least one task without a lead (chủ trì).</summary>
    public static Specification<PlanItem> WithoutLead { get; } = Specification.Where<PlanItem>(i =>
    {
        foreach (PlanTask task in i.Tasks)
        {
            if (VietnameseText.IsNothing(task.Lead))
            {
                return true;
            }
        }
        return false;
    });

    /// <summary>Items of the criteria of one standard.</summary>
    /// <param name="standard">The standard.</param>
    /// <returns>The specification.</returns>
    public static Specification<PlanItem> OfStandard(StandardNumber standard)
        => Specification.Where<PlanItem>(i => i.Criterion is { } c && c.Standard == standard);

    /// <summary>
    /// Items whose criterion, in an assessment, is still below the item's target level (<see cref="Level.NotMet"/>
    /// counts as below Mức 1). Items without a target level or a readable criterion the evaluation knows never are.
    /// </summary>
    /// <param name="evaluation">The school's evaluation (from this year's assessment).</param>
    /// <returns>The specification.</returns>
    public static Specification<PlanItem> BelowTarget(SchoolLevelEvaluation evaluation)
    {
        Preconditions.CheckNotNull(evaluation);
        return Specification.Where<PlanItem>(i => i.TargetLevel is { } target && i.Criterion is { } c
            && evaluation.ForCriterion(c) is { } e && (e.Achieved ?? Level.NotMet) < target);
    }
}
