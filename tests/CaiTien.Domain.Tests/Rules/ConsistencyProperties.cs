using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CaiTien.Domain.Tests.Rules;

[Properties(Arbitrary = new[] { typeof(DocumentArbitraries) }, MaxTest = 150)]
public sealed class ConsistencyProperties
{
    private static readonly ConsistencyChecker Checker = new();

    internal static List<Finding> CheckAll(DocumentSet s, ConsistencyChecker? checker = null)
    {
        checker ??= Checker;
        return checker.CheckPlan(s.Plan).Merge(checker.CheckReport(s.Report, s.Plan))
            .Merge(checker.CheckSupervision(s.Plan, s.Team, s.Minutes)).Findings.ToList();
    }

    [Property]
    public Property ConsistentDocuments_YieldNoFindings(DocumentSet set)
    {
        List<Finding> findings = CheckAll(set);
        return (findings.Count == 0).Label(string.Join("\n", findings));
    }

    /// <summary>The check a defect belongs to: report defects through the report check, team and minutes through supervision.</summary>
    internal static List<Finding> CheckFor(Defect defect, DocumentSet s) => defect.Codes[0] switch
    {
        var c when c.StartsWith("BC") => Checker.CheckReport(s.Report, s.Plan).Findings.ToList(),
        var c when c.StartsWith("GS") || defect.Name.StartsWith("decision") => Checker.CheckSupervision(s.Plan, s.Team, s.Minutes).Findings.ToList(),
        _ => Checker.CheckPlan(s.Plan).Findings.ToList(),
    };

    [Property(MaxTest = 400)]
    public Property OneInjectedDefect_YieldsExactlyItsFinding(DocumentSet set, Defect defect)
    {
        List<Finding> findings = CheckFor(defect, defect.Inject(set));
        var codes = findings.Select(f => f.Code).Distinct().OrderBy(c => c).ToArray();
        return (codes.SequenceEqual(defect.Codes) && findings.Count >= 1)
            .Label($"{defect.Name}: expected {string.Join(",", defect.Codes)}, got\n{string.Join("\n", findings)}");
    }

    [Fact]
    public void Catalogue_CoversEveryRuleButTheFrameworkInForceRule()
    {
        var covered = DocumentArbitraries.Catalogue.SelectMany(d => d.Codes).ToHashSet();
        // The self-assessment rules (TD…) check another document; SelfAssessment/SelfAssessmentRulesTests injects each of their defects.
        var missing = RuleSet.All.Select(r => r.Code).Where(c => !covered.Contains(c) && !c.StartsWith("TD", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { "CT009", "KH013" }, missing);
    }

    [Property]
    public Property Checker_IsDeterministic(DocumentSet set, Defect defect)
    {
        DocumentSet broken = defect.Inject(set);
        return CheckAll(broken).SequenceEqual(CheckAll(broken)).ToProperty();
    }

    [Property]
    public Property Checker_RulesRunSeparatelyInAnyOrder_GiveTheSameResult(DocumentSet set, Defect defect)
        => Prop.ForAll(Gen.Shuffle(RuleSet.All.Select(r => r.Code).ToArray()).ToArbitrary(), codes =>
        {
            DocumentSet broken = defect.Inject(set);
            var merged = codes.Aggregate(new List<Finding>(), (acc, code) =>
            {
                acc.AddRange(CheckAll(broken, new ConsistencyChecker(new CheckOptions { Codes = new[] { code } })));
                return acc;
            });
            return new CheckResult(merged).Findings.SequenceEqual(CheckAll(broken));
        });
}
