using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Rules;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Tests.Rules;
using CaiTien.Import.Docx;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Tests.Corpus;

/// <summary>
/// Every text file of the corpus imports to a document equal, field by field, to the hand-made fixture the domain tests
/// hold (CorpusDocuments), and checking it gives the same findings; the same documents laid out in Word come back equal.
/// </summary>
public sealed class CorpusImportTests
{
    private static ImportResult Import(string file)
    {
        ImportResult result = DocumentImporter.Default.Import(TestFiles.Bytes(file), file);
        Assert.True(result.Success, result.Failure?.ToString());
        return result;
    }

    private static ImportResult ImportWord(LayoutDocument layout)
    {
        ImportResult result = DocumentImporter.Default.Import(DocxLayoutWriter.ToBytes(layout), "corpus.docx");
        Assert.True(result.Success, result.Failure?.ToString());
        return result;
    }

    private static void AssertEqual(object expected, object? actual) => Assert.Empty(FieldComparer.Differences(expected, actual));

    [Fact]
    public void Plan2021_Text_EqualsTheFixture()
    {
        ImportResult result = Import(TestFiles.Plan2021);
        Assert.Equal(new[] { DocumentKind.Plan }, result.Documents.Select(d => d.Kind));
        AssertEqual(CorpusDocuments.Plan2021(), result.Plans.Single());
        // The table has no cell boundaries in this export: every item is an inference, and says so.
        Assert.Equal(5, result.Notes.Count(n => n.Code == "IMP210"));
        Assert.Single(result.Notes, n => n.Code == "IMP212");
        Assert.Contains(result.Notes, n => n.Code == "IMP301");
    }

    [Fact]
    public void Report2021_Text_EqualsTheFixture()
    {
        ImportResult result = Import(TestFiles.Report2021);
        Assert.Equal(new[] { DocumentKind.Report }, result.Documents.Select(d => d.Kind));
        AssertEqual(CorpusDocuments.Report2021(), result.Reports.Single());
        Assert.Empty(result.NotesOf(NoteKind.Unread));
    }

    [Fact]
    public void Cycle2023_Text_EqualsTheFixtures()
    {
        ImportResult result = Import(TestFiles.Cycle2023);
        Assert.Equal(new[] { DocumentKind.Plan, DocumentKind.SupervisionDecision, DocumentKind.SupervisionMinutes, DocumentKind.Report },
            result.Documents.Select(d => d.Kind));
        AssertEqual(CorpusDocuments.Plan2023(), result.Plans.Single());
        AssertEqual(CorpusDocuments.Team2023(), result.SupervisionTeams.Single());
        AssertEqual(CorpusDocuments.Minutes2023(), result.SupervisionMinutes.Single());
        AssertEqual(CorpusDocuments.Report2023(), result.Reports.Single());
        // The attached table's rows 4.2 and 5.2 came as HTML paragraphs without the empty "adjusted" cell: inferred, noted.
        Assert.Equal(2, result.Notes.Count(n => n.Code == "IMP207"));
        Assert.Contains(result.Notes, n => n.Code == "IMP420");
        Assert.Empty(result.NotesOf(NoteKind.Unread));
    }

    [Fact]
    public void CheckingTheImports_GivesTheFixturesFindings()
    {
        var checker = new ConsistencyChecker();
        ImportResult plan2021 = Import(TestFiles.Plan2021);
        Assert.Equal(Show(checker.CheckPlan(CorpusDocuments.Plan2021())), Show(checker.CheckPlan(plan2021.Plans.Single())));
        ImportResult report2021 = Import(TestFiles.Report2021);
        Assert.Equal(Show(checker.CheckReport(CorpusDocuments.Report2021(), null)), Show(checker.CheckReport(report2021.Reports.Single(), null)));
        ImportResult cycle = Import(TestFiles.Cycle2023);
        ImprovementPlan plan = cycle.Plans.Single();
        Assert.Equal(Show(checker.CheckPlan(CorpusDocuments.Plan2023())), Show(checker.CheckPlan(plan)));
        Assert.Equal(Show(checker.CheckReport(CorpusDocuments.Report2023(), CorpusDocuments.Plan2023())), Show(checker.CheckReport(cycle.Reports.Single(), plan)));
        Assert.Equal(Show(checker.CheckSupervision(CorpusDocuments.Plan2023(), CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() })),
            Show(checker.CheckSupervision(plan, cycle.SupervisionTeams.Single(), cycle.SupervisionMinutes)));
        Assert.NotEmpty(checker.CheckPlan(plan2021.Plans.Single()).Findings);
    }

    [Fact]
    public void Cycle2023_LaidOutInWord_WithMottoMergedHeadersAndAPageBreak_ImportsBackEqual()
    {
        LayoutDocument layout = WordForms.Cycle2023(CorpusDocuments.Plan2023(), CorpusDocuments.Team2023(), CorpusDocuments.Minutes2023(), CorpusDocuments.Report2023());
        ImportResult result = ImportWord(layout);
        Assert.Equal(new[] { DocumentKind.Plan, DocumentKind.SupervisionDecision, DocumentKind.SupervisionMinutes, DocumentKind.Report },
            result.Documents.Select(d => d.Kind));
        AssertEqual(CorpusDocuments.Plan2023(), result.Plans.Single());
        AssertEqual(CorpusDocuments.Team2023(), result.SupervisionTeams.Single());
        AssertEqual(CorpusDocuments.Minutes2023(), result.SupervisionMinutes.Single());
        AssertEqual(CorpusDocuments.Report2023(), result.Reports.Single());
        // The plan's table was split after its second standard and continued on the next page with its header repeated.
        Assert.Contains(result.Notes, n => n.Code == "IMP020");
        Assert.Empty(result.NotesOf(NoteKind.Unread));
    }

    [Fact]
    public void Plan2021_LaidOutInWord_ImportsBackEqual()
    {
        ImportResult result = ImportWord(WordForms.Plan(CorpusDocuments.Plan2021(), splitAfterGroup: 3));
        AssertEqual(CorpusDocuments.Plan2021(), result.Plans.Single());
        Assert.Contains(result.Notes, n => n.Code == "IMP020");
    }

    [Fact]
    public void Report2021_LaidOutInWord_ImportsBackEqual()
        => AssertEqual(CorpusDocuments.Report2021(), ImportWord(WordForms.Report(CorpusDocuments.Report2021())).Reports.Single());

    [Fact]
    public void APlanWithSeveralTasksUnderOneMergedCriterion_ImportsEveryTask()
    {
        ImprovementPlan fixture = CorpusDocuments.Plan2023();
        PlanItem first = fixture.Groups[0].Rows[0];
        var twoTasks = new PlanItem(first.CriterionText)
        {
            TargetResult = first.TargetResult,
            Tasks = [first.Tasks[0], new PlanTask { Description = "Tổ chức họp CMHS giữa năm học", Lead = "GVCN", Timeframe = "HKII", Collaborators = ["Ban ĐD"] }],
        };
        var plan = new ImprovementPlan(fixture.Framework, fixture.SchoolYear)
        {
            Id = fixture.Id, School = fixture.School, SchoolName = fixture.SchoolName, Reference = fixture.Reference, Basis = fixture.Basis,
            Groups = [new CaiTien.Domain.Documents.TableGroup<PlanItem>("1", fixture.Groups[0].Heading.Text, [twoTasks, .. fixture.Groups[0].Rows.Skip(1)]), .. fixture.Groups.Skip(1)],
        };
        ImportResult result = ImportWord(WordForms.Cycle2023(plan, CorpusDocuments.Team2023(), CorpusDocuments.Minutes2023(), CorpusDocuments.Report2023()));
        AssertEqual(plan, result.Plans.Single());
    }

    private static List<string> Show(CheckResult result) => result.Findings.Select(f => f.ToString()).ToList();
}
