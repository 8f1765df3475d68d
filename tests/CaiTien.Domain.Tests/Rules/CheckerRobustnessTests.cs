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
        var huge = Copy(plan, plan.SchoolYear, plan.Groups.Select((g, i) => i > 0 ? g : new TableGroup<PlanItem>(g.RowNumber, g.Heading.Text,
            g.Rows.Select((it, j) => j > 0 ? it : new PlanItem(it.CriterionText)
            {
                TargetResult = it.TargetResult, Tasks = it.Tasks, CurrentLevel = it.CurrentLevel, TargetLevel = it.TargetLevel,
                Budget = "123456789012345678901234567890 đồng",
            }))));

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
        var dated = Copy(report, new DocumentReference(report.Reference.Number, new LocalDate(y, m, d)), null, report.Groups);

        var result = Checker.CheckReport(dated, plan: null, KnownFrameworks.Tt18);

        Assert.NotNull(result);
    }

    [Fact]
    public void CheckReport_LastSupportedSchoolYear_HasAReportingWindow()
    {
        var report = CorpusDocuments.Report2021();
        var last = Copy(report, new DocumentReference(report.Reference.Number, new LocalDate(2200, 9, 1)), new SchoolYear(2199), report.Groups);

        var finding = Assert.Single(Checker.CheckReport(last, plan: null, KnownFrameworks.Tt18).Findings, f => f.Code == "BC013");
        Assert.Contains("31/7/2200", finding.Message.Vietnamese);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2199)]
    public void CheckPlan_FirstAndLastSupportedYears_DoNotThrow(int year)
    {
        var plan = CorpusDocuments.Plan2023();
        var edge = Copy(plan, new SchoolYear(year), plan.Groups);

        Assert.NotEmpty(Checker.CheckPlan(edge).Findings);
    }

    [Fact]
    public void CheckReport_NonAsciiDigitsInText_AreNotDates()
    {
        var report = CorpusDocuments.Report2021();
        var groups = report.Groups.Select(g => new TableGroup<ReportRow>(g.RowNumber, g.Heading.Text, g.Rows.Select(r => new ReportRow(r.CriterionText)
        {
            PlanAsWritten = r.PlanAsWritten, PlanAsAdjusted = r.PlanAsAdjusted, Completed = "Đã tổ chức ngày ٣/٣/٢٠٩٩ và ngày １/１/２０９９, năm học ２０９８-２０９９",
            InProgress = r.InProgress, NotStarted = r.NotStarted,
        })));
        var odd = Copy(report, report.Reference, report.StatedSchoolYear, groups);

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

    private static ImprovementPlan Copy(ImprovementPlan p, SchoolYear year, System.Collections.Generic.IEnumerable<TableGroup<PlanItem>> groups)
        => new(p.Framework, year) { SchoolName = p.SchoolName, Reference = p.Reference, Basis = p.Basis, Groups = groups.ToList() };

    private static ImplementationReport Copy(ImplementationReport r, DocumentReference reference, SchoolYear? stated,
        System.Collections.Generic.IEnumerable<TableGroup<ReportRow>> groups)
        => new() { Reference = reference, StatedSchoolYear = stated, PlanCited = r.PlanCited, Groups = groups.ToList(), Attachments = r.Attachments };

    [Fact]
    public void SchoolYear_NextAndPreviousAtTheEnds_AreGuarded()
    {
        Assert.False(new SchoolYear(SchoolYear.MaxStartYear).HasNext);
        Assert.False(new SchoolYear(SchoolYear.MinStartYear).HasPrevious);
        Assert.Throws<System.InvalidOperationException>(() => new SchoolYear(SchoolYear.MaxStartYear).Next);
        Assert.True(new SchoolYear(2023).HasNext && new SchoolYear(2023).HasPrevious);
    }
}
