using System.Linq;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.Domain.Tracking;
using NodaTime;
using NodaTime.Testing;

namespace CaiTien.Domain.Tests.Tracking;

public sealed class PlanProgressTests
{
    [Fact]
    public void On_MidSemesterTwo_SemesterOneTaskOverdueAndYearTasksRunning()
    {
        var plan = CorpusDocuments.Plan2023();
        var progress = PlanProgress.On(plan, new LocalDate(2024, 3, 1));

        // 1.1 runs "HKI, năm học 23-24" (to 15/1/2024) and 2.1 "9/2023": both ended, nothing reported done.
        Assert.Equal(new[] { "1.1", "2.1" }, progress.Overdue.Select(t => t.Criterion.ToString()));
        Assert.Equal(TaskState.Running, progress.ByCriterion[new CriterionId(3, 1)]);
        Assert.Empty(progress.NotYetStarted);
        Assert.Equal(-46, progress.Tasks.First(t => t.Criterion == new CriterionId(1, 1)).DaysLeft);
    }

    [Fact]
    public void On_WithReport_CompletedCriteriaAreNotOverdue()
    {
        var progress = PlanProgress.On(CorpusDocuments.Plan2023(), new LocalDate(2024, 3, 1), CorpusDocuments.Report2023());
        // The report has in-progress work for every criterion, so none is completed outright.
        Assert.Equal(2, progress.Overdue.Count());
        var done = new CaiTien.Domain.Reports.ImplementationReport
        {
            Groups = [new Documents.TableGroup<CaiTien.Domain.Reports.ReportRow>("1", "Tiêu chuẩn 1",
                [new CaiTien.Domain.Reports.ReportRow("Tiêu chí 1.1") { Completed = "Đã tổ chức họp phụ huynh", InProgress = "Không", NotStarted = "Không" }])],
        };
        var after = PlanProgress.On(CorpusDocuments.Plan2023(), new LocalDate(2024, 3, 1), done);
        Assert.Equal(TaskState.Completed, after.ByCriterion[new CriterionId(1, 1)]);
        Assert.Equal(new[] { "2.1" }, after.Overdue.Select(t => t.Criterion.ToString()));
    }

    [Fact]
    public void On_BeforeYear_TasksNotYetStartedAndDueSoonWindow()
    {
        var plan = CorpusDocuments.Plan2023();
        Assert.Equal(plan.Items.Sum(i => i.Tasks.Count), PlanProgress.On(plan, new LocalDate(2023, 6, 1)).NotYetStarted.Count());
        var progress = PlanProgress.On(plan, new LocalDate(2024, 5, 20), lookAheadDays: 14);
        Assert.Contains(progress.DueSoon, t => t.Criterion == new CriterionId(3, 1));
    }

    [Fact]
    public void Checkpoints_MinutesOf20June2024_CoverYearEndOnly()
    {
        var progress = PlanProgress.On(CorpusDocuments.Plan2023(), new LocalDate(2024, 7, 1), minutes: new[] { CorpusDocuments.Minutes2023() });
        Assert.Equal(2, progress.Checkpoints.Count);
        Assert.False(progress.Checkpoints[0].HasMinutes);
        Assert.True(progress.Checkpoints[0].IsPast);
        Assert.True(progress.Checkpoints[1].HasMinutes);
        Assert.Equal(new LocalDate(2024, 5, 31), progress.Checkpoints[1].Due);
    }

    [Fact]
    public void Now_UsesInjectedClock()
    {
        var clock = new FakeClock(Instant.FromUtc(2024, 2, 29, 20, 0));
        var zone = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
        Assert.Equal(new LocalDate(2024, 3, 1), PlanProgress.Now(CorpusDocuments.Plan2023(), clock, zone).Date);
    }
}
