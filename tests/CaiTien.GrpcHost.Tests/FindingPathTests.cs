using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Rules;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Mapping;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace CaiTien.GrpcHost.Tests;

/// <summary>Every finding path a client can get names a field that exists in the proto descriptor of its document.</summary>
public sealed class FindingPathTests
{
    private readonly ITestOutputHelper output;

    public FindingPathTests(ITestOutputHelper output) => this.output = output;

    private static int Segments(string path) => path.Length == 0 ? 0 : path.Split('.').Length;

    [Fact]
    public void EveryRulesPath_OnTheCorpusAndEveryInjectedDefect_ResolvesInTheDescriptor()
    {
        var checker = new ConsistencyChecker();
        var sets = Gen.Sample(DocumentArbitraries.Sets(), 8).ToList();
        var checks = new List<(string Document, Finding Finding)>();
        void Check(DocumentSet s)
        {
            checks.AddRange(checker.CheckPlan(s.Plan).Findings.Select(f => ("plan", f)));
            checks.AddRange(checker.CheckReport(s.Report, s.Plan).Findings.Select(f => ("report", f)));
            checks.AddRange(checker.CheckSupervision(s.Plan, s.Team, s.Minutes).Findings.Select(f => ("supervision", f)));
        }
        Check(new DocumentSet(CorpusDocuments.Plan2023(), CorpusDocuments.Report2023(), CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() }));
        checks.AddRange(checker.CheckPlan(CorpusDocuments.Plan2021()).Findings.Select(f => ("plan", f)));
        checks.AddRange(checker.CheckReport(CorpusDocuments.Report2021(), null).Findings.Select(f => ("report", f)));
        foreach (DocumentSet set in sets)
        {
            foreach (Defect defect in DocumentArbitraries.Catalogue)
            {
                try
                {
                    Check(defect.Inject(set));
                }
                catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
                {
                    // A defect that cannot be injected into this particular set (no second group, …).
                }
            }
        }

        var bad = new List<string>();
        var seen = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (document, f) in checks.Where(c => c.Finding.Path.Length > 0))
        {
            string mapped = document switch
            {
                "plan" => FindingPaths.ForPlan(f.Path),
                "report" => FindingPaths.ForReport(f.Path),
                _ => FindingPaths.ForSupervision(f.Path),
            };
            int expected = Segments(f.Path) - (document == "supervision" && f.Path.StartsWith("Team.", StringComparison.Ordinal) ? 1 : 0);
            if (Segments(mapped) != expected)
            {
                bad.Add($"{f.Code} {document}: {f.Path} → {mapped}");
            }
            seen.Add($"{document}: {System.Text.RegularExpressions.Regex.Replace(mapped, "[0-9]+", "n")}");
        }
        output.WriteLine($"{checks.Count} findings, {checks.Select(c => c.Finding.Code).Distinct().Count()} codes, path shapes:");
        foreach (string shape in seen)
        {
            output.WriteLine("  " + shape);
        }
        Assert.True(checks.Select(c => c.Finding.Code).Distinct().Count() >= 40, "too few rules exercised");
        Assert.True(seen.Count >= 15, "too few path shapes");
        Assert.Empty(bad.Distinct());
    }

    [Theory]
    [InlineData("Groups[2].Rows[0].TargetLevel", "groups[2].items[0].target_level")]
    [InlineData("Groups[0].Rows[1].CriterionText", "groups[0].items[1].criterion")]
    [InlineData("Basis.SelfAssessment[3].LevelMarks", "basis.self_assessment[3].level_marks")]
    [InlineData("Reference.Date", "reference.date")]
    [InlineData("Groups[1].NoSuchProperty.Deeper", "groups[1]")]
    public void Plan_Examples(string domain, string proto) => Assert.Equal(proto, FindingPaths.ForPlan(domain));

    [Theory]
    [InlineData("Team.Members[2].Number", "members[2].number")]
    [InlineData("Team.Decision.Date", "decision.date")]
    [InlineData("Minutes[0].Attendees", "minutes[0].attendees")]
    public void Supervision_Examples(string domain, string proto) => Assert.Equal(proto, FindingPaths.ForSupervision(domain));
}
