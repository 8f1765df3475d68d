using System.Linq;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Rules;

namespace CaiTien.Domain.Tests.Rules;

/// <summary>Each mistake listed in corpus/README.md produces its finding; nothing else is an error.</summary>
public sealed class CorpusFindingsTests
{
    private static readonly ConsistencyChecker Checker = new();

    private static void AssertFinding(CheckResult result, string code, string path, string? criterion, Severity severity)
        => Assert.Contains(result.Findings, f => f.Code == code && f.Path == path && f.Criterion?.ToString() == criterion && f.Severity == severity);

    [Fact]
    public void Plan2021_ListedMistakes_EachProduceItsFinding()
    {
        var result = Checker.CheckPlan(CorpusDocuments.Plan2021());

        // "The plan table numbers two rows '4'."
        AssertFinding(result, "CT004", "Groups[4].RowNumber", null, Severity.Error);
        // "Standard 2 is titled without 'và học sinh'. Standard 5 carries the preschool regulation's title."
        AssertFinding(result, "CT003", "Groups[1].Heading", null, Severity.Warning);
        AssertFinding(result, "CT003", "Groups[4].Heading", null, Severity.Warning);
        Assert.Contains("Cán bộ quản lý, giáo viên, nhân viên và học sinh", result.Findings.First(f => f.Path == "Groups[1].Heading").Message.Vietnamese);
        // "The self-assessment table puts level marks on the heading row of standard 4."
        AssertFinding(result, "CT007", "Basis.SelfAssessment[23]", null, Severity.Warning);
        // "Every planned criterion (1.6, 2.4, 3.2, 4.2, 5.2) targets Mức 3, which the self-assessment table already shows."
        foreach (var (g, c) in new[] { (0, "1.6"), (1, "2.4"), (2, "3.2"), (3, "4.2"), (4, "5.2") })
        {
            AssertFinding(result, "LV004", $"Groups[{g}].Rows[0].TargetLevel", c, Severity.Info);
        }
        // "The plan for 2021-2022 lists as its basis 'kết quả … đạt được trong năm học 2021–2022', the same year."
        AssertFinding(result, "KH011", "Basis.PreviousResults", null, Severity.Error);

        Assert.Equal(new[] { "CT004", "KH011" }, result.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Code).OrderBy(c => c));
    }

    [Fact]
    public void Report2021_ListedMistakes_EachProduceItsFinding()
    {
        var result = Checker.CheckReport(CorpusDocuments.Report2021(), plan: null, KnownFrameworks.Tt18);

        // "One criterion is written '2. 4'."
        AssertFinding(result, "CT006", "Groups[1].Rows[0].Criterion", "2.4", Severity.Info);
        // "The completed-work text for 3.5 mentions 'Năm học 2019 - 2020'."
        AssertFinding(result, "BC014", "Groups[2].Rows[0].Completed", "3.5", Severity.Warning);
        Assert.Contains("Năm học 2019 - 2020", result.Findings.First(f => f.Code == "BC014").Message.Vietnamese);
        // "The first plan column holds the weakness, not the planned work."
        foreach (var (g, c) in new[] { (0, "1.7"), (1, "2.4"), (2, "3.5"), (3, "5.2") })
        {
            AssertFinding(result, "BC015", $"Groups[{g}].Rows[0].PlanAsWritten", c, Severity.Warning);
        }
        // "The adjusted-plan column is 'Không có' everywhere."
        AssertFinding(result, "BC016", "Groups", null, Severity.Info);

        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
    }

    [Fact]
    public void Report2023_ListedMistakes_EachProduceItsFinding()
    {
        var result = Checker.CheckReport(CorpusDocuments.Report2023(), CorpusDocuments.Plan2023());

        // "The check report 106/BC-TTT, dated 30/5/2024, says it reports on 'năm học 2022-2023'."
        AssertFinding(result, "BC001", "StatedSchoolYear", null, Severity.Error);
        // "The attached results table cites 'báo cáo số 106/BC-TTT ngày 30 tháng 5 năm 2023'."
        AssertFinding(result, "BC003", "Attachments[0].ReportCited", null, Severity.Error);
        // "For 5.2, the in-progress cell expects an event 'đầu tháng 6/2023', before the report date and outside the year."
        AssertFinding(result, "BC010", "Groups[4].Rows[0].InProgress", "5.2", Severity.Error);
        Assert.Contains("nằm ngoài năm học 2023-2024", result.Findings.First(f => f.Code == "BC010").Message.Vietnamese);
        // "For 1.1, the completed cell repeats the plan's task text word for word."
        AssertFinding(result, "BC009", "Groups[0].Rows[0].Completed", "1.1", Severity.Warning);

        Assert.Equal(new[] { "BC001", "BC003", "BC010" }, result.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Code).OrderBy(c => c));
    }

    [Fact]
    public void Plan2023_PreschoolTitleOfStandard5_IsReportedAndNoErrors()
    {
        var result = Checker.CheckPlan(CorpusDocuments.Plan2023());

        // "Standard 5 carries the preschool title in the plan table and the TT18 title in the results table."
        AssertFinding(result, "CT003", "Groups[4].Heading", null, Severity.Warning);
        Assert.DoesNotContain(Checker.CheckReport(CorpusDocuments.Report2023(), CorpusDocuments.Plan2023()).Findings,
            f => f.Code == "CT003" && f.Path == "Groups[4].Heading");
        Assert.False(result.HasErrors, string.Join("\n", result.Findings));
    }

    [Fact]
    public void Supervision2023_ListedMistakes_EachProduceItsFinding()
    {
        var result = Checker.CheckSupervision(CorpusDocuments.Plan2023(), CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() });

        // "The supervision-team decision numbers two members '2.', and lists one member without a role."
        AssertFinding(result, "GS003", "Team.Members[2].Number", null, Severity.Error);
        AssertFinding(result, "GS002", "Team.Members[5].Role", null, Severity.Error);
        Assert.Contains("Bà Bùi Ngọc Anh", result.Findings.First(f => f.Code == "GS002").Message.Vietnamese);

        Assert.Equal(new[] { "GS002", "GS003" }, result.Findings.Where(f => f.Severity == Severity.Error).Select(f => f.Code).OrderBy(c => c));
    }

    [Fact]
    public void Findings_EveryDynamicValueIsAnArgument_AndArgumentsAreValuesNotProse()
    {
        var all = Checker.CheckPlan(CorpusDocuments.Plan2021()).Findings
            .Concat(Checker.CheckReport(CorpusDocuments.Report2023(), CorpusDocuments.Plan2023()).Findings)
            .Concat(Checker.CheckSupervision(CorpusDocuments.Plan2023(), CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() }).Findings)
            .ToList();
        // Values that describe the finding beyond its message (metadata for hosts), not shown in it.
        string[] metadata = { "mentioned", "planPath" };
        foreach (var f in all)
        {
            Assert.DoesNotContain("{", f.Message.Vietnamese);
            Assert.DoesNotContain("{", f.Message.English);
            var template = ConsistencyChecker.BuiltInRules.Single(r => r.Code == f.Code).Message;
            foreach (var (name, value) in f.Arguments)
            {
                // Every argument is a placeholder or a select of the template, so its value reaches the message one way or another.
                Assert.True(metadata.Contains(name) || template.Vietnamese.Contains("{" + name + "}") || template.Vietnamese.Contains("{" + name + ","),
                    $"{f.Code}: argument '{name}' is not used by the template");
                // A value is never a fragment of a sentence: no leading or trailing space, no language-specific words glued on.
                Assert.Equal(value.Trim(), value);
                Assert.False(value.StartsWith("và ") || value.StartsWith("and ") || value.StartsWith("of ") || value.StartsWith("ngày "), $"{f.Code}: '{value}' is prose");
            }
        }
    }
}
