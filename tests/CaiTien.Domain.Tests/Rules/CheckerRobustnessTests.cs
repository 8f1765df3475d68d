using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Rules;
using NodaTime;

namespace CaiTien.Domain.Tests.Rules;

/// <summary>
/// Regressions for crashes found by probing (issue 10 §3): document content that is merely wrong or extreme becomes a
/// finding, never an exception.
/// </summary>
public sealed class CheckerRobustnessTests
{
    private static readonly ConsistencyChecker Checker = new();

    [Fact]
    public void CheckPlan_ThirtyDigitBudget_IsAFindingNotAnOverflow()
    {
        var plan = CorpusDocuments.Plan2023();
        var item = plan.Items.First();
        var huge = new ImprovementPlan(plan.Id, plan.School, plan.SchoolName, plan.Framework, plan.SchoolYear, plan.Reference, plan.Basis,
            plan.Groups.Select((g, i) => i > 0 ? g : new PlanGroup(g.RowNumber, g.Heading.Text, g.Items.Select((it, j) => j > 0 ? it
                : new PlanItem(it.CriterionText, it.TargetResult, it.Tasks, it.CurrentLevel, it.TargetLevel, "123456789012345678901234567890 đồng", it.OtherSupport, it.Notes)))));

        var finding = Assert.Single(Checker.CheckPlan(huge).Findings, f => f.Code == "KH012");
        Assert.Contains("quá lớn", finding.Message.Vietnamese);
        Assert.Equal(item.Criterion, finding.Criterion);
    }

    [Theory]
    [InlineData(2199, 12, 15)]
    [InlineData(2200, 7, 31)]
    [InlineData(1900, 8, 1)]
    [InlineData(1, 1, 1)]
    [InlineData(9999, 12, 31)]
    public void CheckReport_DatedAtTheEdgesOfTheCalendar_DoesNotThrow(int y, int m, int d)
    {
        var report = CorpusDocuments.Report2021();
        var dated = new ImplementationReport(report.Id, new DocumentReference(report.Reference.Number, new LocalDate(y, m, d)), null,
            report.PlanCited, report.Groups, report.Attachments);

        var result = Checker.CheckReport(dated, plan: null, KnownFrameworks.Tt18);

        Assert.NotNull(result);
    }

    [Fact]
    public void CheckReport_LastSupportedSchoolYear_HasAReportingWindow()
    {
        var report = CorpusDocuments.Report2021();
        var last = new ImplementationReport(report.Id, new DocumentReference(report.Reference.Number, new LocalDate(2200, 9, 1)), new SchoolYear(2199),
            report.PlanCited, report.Groups, report.Attachments);

        var finding = Assert.Single(Checker.CheckReport(last, plan: null, KnownFrameworks.Tt18).Findings, f => f.Code == "BC013");
        Assert.Contains("31/7/2200", finding.Message.Vietnamese);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2199)]
    public void CheckPlan_FirstAndLastSupportedYears_DoNotThrow(int year)
    {
        var plan = CorpusDocuments.Plan2023();
        var edge = new ImprovementPlan(plan.Id, plan.School, plan.SchoolName, plan.Framework, new SchoolYear(year), plan.Reference, plan.Basis, plan.Groups);

        Assert.NotEmpty(Checker.CheckPlan(edge).Findings);
    }

    [Fact]
    public void CheckReport_NonAsciiDigitsInText_AreNotDates()
    {
        var report = CorpusDocuments.Report2021();
        var groups = report.Groups.Select(g => new ReportGroup(g.RowNumber, g.Heading.Text, g.Rows.Select(r => new ReportRow(r.CriterionText,
            r.PlanAsWritten, r.PlanAsAdjusted, "Đã tổ chức ngày ٣/٣/٢٠٩٩ và ngày １/１/２０９９, năm học ２０９８-２０９９", r.InProgress, r.IsLate,
            r.LateReason, r.NotStarted, r.NotStartedReason, r.Notes))));
        var odd = new ImplementationReport(report.Id, report.Reference, report.StatedSchoolYear, report.PlanCited, groups, report.Attachments);

        var result = Checker.CheckReport(odd, plan: null, KnownFrameworks.Tt18);

        Assert.DoesNotContain(result.Findings, f => f.Code is "BC011" or "BC014");
    }

    [Fact]
    public void SchoolYear_ParseOfNonAsciiDigits_FailsInsteadOfThrowing()
    {
        Assert.False(SchoolYear.Parse("２０２３-２０２４").Success);
        Assert.False(SchoolYear.Parse("٢٠٢٣-٢٠٢٤").Success);
        Assert.False(CriterionId.Parse("Tiêu chí ２.４").Success);
    }

    [Fact]
    public void SchoolYear_NextAndPreviousAtTheEnds_AreGuarded()
    {
        Assert.False(new SchoolYear(SchoolYear.MaxStartYear).HasNext);
        Assert.False(new SchoolYear(SchoolYear.MinStartYear).HasPrevious);
        Assert.Throws<System.InvalidOperationException>(() => new SchoolYear(SchoolYear.MaxStartYear).Next);
        Assert.True(new SchoolYear(2023).HasNext && new SchoolYear(2023).HasPrevious);
    }
}
