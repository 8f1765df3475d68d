using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Rules;
using NodaTime;

namespace CaiTien.Domain.Tests.Rules;

public sealed class ConsistencyCheckerTests
{
    [Fact]
    public void CheckOptions_RuleSubset_RunsOnlyThoseRules()
    {
        var result = new ConsistencyChecker(new CheckOptions { Codes = new[] { "CT004" } }).CheckPlan(CorpusDocuments.Plan2021());
        Assert.Equal("CT004", Assert.Single(result.Findings).Code);
    }

    [Fact]
    public void CheckOptions_SeverityOverrideAndMinimum_Apply()
    {
        var options = new CheckOptions { MinimumSeverity = Severity.Warning, SeverityOverrides = new Dictionary<string, Severity> { ["CT003"] = Severity.Error } };
        var result = new ConsistencyChecker(options).CheckPlan(CorpusDocuments.Plan2021());
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Info);
        Assert.All(result.Findings.Where(f => f.Code == "CT003"), f => Assert.Equal(Severity.Error, f.Severity));
    }

    [Fact]
    public void GroupByCriterion_OrdersCriteriaThenDocumentLevelFindings()
    {
        var groups = new ConsistencyChecker().CheckPlan(CorpusDocuments.Plan2021()).GroupByCriterion();
        Assert.Equal(new[] { "1.6", "2.4", "3.2", "4.2", "5.2", "" }, groups.Select(g => g.Key?.ToString() ?? ""));
        Assert.Equal(new[] { "CT003", "CT003", "CT004", "CT007", "KH011", "VB001", "VB002" }, groups[^1].Select(f => f.Code).OrderBy(c => c));
    }

    [Fact]
    public void RuleSet_CodesAreUniqueAndEveryRuleIsDocumented()
    {
        var codes = ConsistencyChecker.BuiltInRules.Select(r => r.Code).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        string docs = System.IO.File.ReadAllText(Fixture.PathOf("../../../../../../docs/rules.md"));
        Assert.All(codes, c => Assert.Contains($"### {c} ", docs));
    }

    [Fact]
    public void UnknownStandardHeading_Reported()
    {
        var plan = CorpusDocuments.Plan2023();
        var broken = new ImprovementPlan(plan.Framework, plan.SchoolYear)
        {
            Reference = plan.Reference, Basis = plan.Basis, Groups = [.. plan.Groups, new TableGroup<PlanItem>("6", "Tiêu chuẩn 6: Chuyển đổi số", [])],
        };
        var finding = Assert.Single(new ConsistencyChecker().CheckPlan(broken).Findings, f => f.Code == "CT009");
        Assert.Equal("Groups[5].Heading", finding.Path);
    }

    [Fact]
    public void PlanForYearAfterTt18_FrameworkNotInForce()
    {
        var plan = CorpusDocuments.Plan2023();
        var next = new ImprovementPlan(plan.Framework, new SchoolYear(2026)) { Reference = new DocumentReference("1/KH-TTT", new LocalDate(2026, 8, 20)) };
        var finding = Assert.Single(new ConsistencyChecker().CheckPlan(next).Findings, f => f.Code == "KH013");
        Assert.Contains("24/1/2025", finding.Message.Vietnamese);
        Assert.DoesNotContain(new ConsistencyChecker().CheckPlan(plan).Findings, f => f.Code == "KH013");
    }

    [Theory]
    [InlineData("Không", 0L)]
    [InlineData("", 0L)]
    [InlineData("5.000.000 đồng", 5_000_000L)]
    [InlineData("5 triệu", 5_000_000L)]
    [InlineData("1,5 tỷ đồng", 1_500_000_000L)]
    [InlineData("200 nghìn", 200_000L)]
    public void Budget_Parse_ReadsVnd(string text, long expected) => Assert.Equal(expected, Budget.Parse(text).Value);

    [Theory]
    [InlineData("-5.000.000 đồng", "âm")]
    [InlineData("khoảng vài triệu", "không đọc được")]
    public void Budget_Parse_NegativeOrUnreadable_Fails(string text, string message)
        => Assert.Contains(message, Budget.Parse(text).Failure!.Message.Vietnamese);
}
