using System.Linq;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Specifications;
using CaiTien.Domain.Tests.Rules;
using CaiTien.Domain.Tracking;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CaiTien.Domain.Tests.Tracking;

/// <summary>The tracking questions as specifications: they agree with the progress they query, and compose.</summary>
public sealed class TaskSpecificationsTests
{
    private static readonly Gen<LocalDate> Dates = Gen.Choose(0, 800).Select(d => new LocalDate(2023, 5, 1).PlusDays(d));

    [Property(MaxTest = 200)]
    public Property StateSpecifications_PartitionTheTasks()
        => Prop.ForAll(Dates.ToArbitrary(), date =>
        {
            var progress = PlanProgress.On(CorpusDocuments.Plan2023(), date, CorpusDocuments.Report2023());
            Specification<TaskProgress>[] states =
            {
                TaskSpecifications.Overdue, TaskSpecifications.DueSoon, TaskSpecifications.NotYetStarted, TaskSpecifications.Unscheduled,
                TaskSpecifications.Completed, Specification.Where<TaskProgress>(t => t.State == TaskState.Running),
            };
            return progress.Tasks.All(t => states.Count(s => s.IsSatisfiedBy(t)) == 1)
                && TaskSpecifications.Overdue.Evaluate(progress.Tasks).SequenceEqual(progress.Tasks.Where(t => t.State == TaskState.Overdue))
                && TaskSpecifications.EndingBy(date).Not().And(TaskSpecifications.Overdue).Evaluate(progress.Tasks).Any() == false;
        });

    [Fact]
    public void Overdue_OfStandard_ComposesOnTheCorpusPlan()
    {
        var progress = PlanProgress.On(CorpusDocuments.Plan2023(), new LocalDate(2024, 3, 1));
        // 1.1 (HKI) and 2.1 (9/2023) are overdue on 1/3/2024; only 2.1 is under standard 2.
        Assert.Equal(new[] { "1.1", "2.1" }, progress.Overdue.Select(t => t.Criterion.ToString()));
        var ofTwo = TaskSpecifications.Overdue.And(TaskSpecifications.OfStandard(new StandardNumber(2))).Evaluate(progress.Tasks);
        Assert.Equal("2.1", Assert.Single(ofTwo).Criterion.ToString());
        Assert.Empty(TaskSpecifications.WithoutLead.Evaluate(progress.Tasks));
        Assert.Single(TaskSpecifications.OfCriterion(new CriterionId(3, 6)).Evaluate(progress.Tasks));
    }

    [Fact]
    public void PlanItems_WithoutLeadAndBelowTarget()
    {
        var plan = CorpusDocuments.Plan2021();
        Assert.Empty(PlanItemSpecifications.WithoutLead.Evaluate(plan.Items));
        var leaderless = new PlanItem(new CriterionId(1, 1)) { Tasks = [new PlanTask { Description = "x", Lead = "Không" }, new PlanTask { Lead = "Hiệu trưởng" }] };
        Assert.True(PlanItemSpecifications.WithoutLead.IsSatisfiedBy(leaderless));

        // Every 2021 item targets Mức 3. An assessment where 1.6 and 2.4 stop at Mức 2 leaves exactly those below target.
        var builder = AssessmentSheet.CreateBuilder(KnownFrameworks.Tt18);
        foreach (var c in KnownFrameworks.Tt18.Criteria)
        {
            builder.TrySetCriterionLevel(c.Id, c.Id == new CriterionId(1, 6) || c.Id == new CriterionId(2, 4) ? 2 : c.HighestLevel.Value);
        }
        var evaluation = SchoolLevelEvaluator.Evaluate(builder.Build());
        Assert.Equal(new[] { "1.6", "2.4" }, PlanItemSpecifications.BelowTarget(evaluation).Evaluate(plan.Items).Select(i => i.Criterion.ToString()));
        Assert.Equal(new[] { "2.4" }, PlanItemSpecifications.BelowTarget(evaluation).And(PlanItemSpecifications.OfStandard(new StandardNumber(2)))
            .Evaluate(plan.Items).Select(i => i.Criterion.ToString()));
    }
}
