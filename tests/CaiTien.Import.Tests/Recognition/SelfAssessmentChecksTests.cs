using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Rules;
using CaiTien.Domain.SelfAssessment;

namespace CaiTien.Import.Tests.Recognition;

/// <summary>
/// The self-assessment checks on the real report, in both versions, finding by finding; each is judged in
/// docs/accuracy.md. A change in what the checker finds on the corpus shows here first.
/// </summary>
public sealed class SelfAssessmentChecksTests
{
    private static SelfAssessmentReport Import(string file) => DocumentImporter.Default.Import(TestFiles.Bytes(file), file).SelfAssessments.Single();

    private static string[] Found(SelfAssessmentReport report)
        => new ConsistencyChecker().CheckSelfAssessment(report).Findings.Select(f => $"{f.Code} {f.Criterion?.ToString() ?? f.Path}").ToArray();

    // Both versions: evidence first cited out of order (information) and shortfall wording at a claimed level (warnings).
    private static readonly string[] Shared =
    {
        "TD009 1.3", "TD009 1.3", "TD004 1.3", "TD009 1.3", "TD004 1.4", "TD009 1.4", "TD009 1.4", "TD004 1.8", "TD009 1.9",
    };

    [Fact]
    public void RevisedWordVersion_Findings()
        => Assert.Equal(Shared.Concat(new[]
        {
            "TD009 1.9", "TD009 2.1", "TD009 2.1", "TD004 3.2", "TD004 3.4", "TD004 3.5", "TD004 3.6", "TD009 4.2", "TD009 4.2", "TD004 5.3",
        }), Found(Import(TestFiles.SelfAssessmentDocx)));

    [Fact]
    public void FirstVersionTextExport_Findings()
        => Assert.Equal(new[] { "TD013 Conclusion.AccreditationGrade", "TD011 Conclusion.Tallies[2]" }.Concat(Shared).Concat(new[]
        {
            "TD009 2.1", "TD009 2.1", "TD009 2.1", "TD009 2.1", "TD011 Standards[1].Tallies[2]", "TD004 3.2", "TD004 3.4", "TD004 3.5", "TD004 3.6",
            "TD007 4.2", "TD009 4.2", "TD009 4.2", "TD004 5.3", "TD011 Standards[4].Tallies[2]",
            // False: the export lost the summary table's columns and three marks (reported by the importer as IMP116).
            "TD010 1.6", "TD010 2.1", "TD010 5.5",
        }), Found(Import(TestFiles.SelfAssessmentText)));

    [Fact]
    public void DraftPlan_HasAnItemForEachCriterionsImprovementParagraph()
    {
        ImprovementPlan plan = Import(TestFiles.SelfAssessmentDocx).DraftPlan(new SchoolYear(2021));
        Assert.Equal(28, plan.Items.Count());
        Assert.Equal(54, plan.Items.Sum(i => i.Tasks.Count));
        Assert.Equal(48, plan.Items.SelectMany(i => i.Tasks).Count(t => t.Lead.Length > 0));
        Assert.Equal(50, plan.Items.SelectMany(i => i.Tasks).Count(t => t.Timeframe.Length > 0));
        PlanTask first = plan.Items.First().Tasks[0];
        Assert.Equal(("Hội đồng trường", "Đầu mỗi năm học"), (first.Lead, first.Timeframe));
    }
}
