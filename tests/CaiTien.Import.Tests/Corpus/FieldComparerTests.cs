using System.Linq;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Tests.Rules;

namespace CaiTien.Import.Tests.Corpus;

/// <summary>The comparer the corpus tests rely on finds a difference in any stored field, however deep.</summary>
public sealed class FieldComparerTests
{
    [Fact]
    public void SameFixtureTwice_HasNoDifference() => Assert.Empty(FieldComparer.Differences(CorpusDocuments.Plan2023(), CorpusDocuments.Plan2023()));

    [Fact]
    public void ADifferentLeadDeepInTheTable_IsFoundByItsPath()
    {
        ImprovementPlan fixture = CorpusDocuments.Plan2023();
        PlanItem item = fixture.Groups[2].Rows[1];
        var changed = new PlanItem(item.CriterionText)
        {
            TargetResult = item.TargetResult,
            Tasks = [new PlanTask { Description = item.Tasks[0].Description, Lead = "Phó hiệu trưởng", Timeframe = item.Tasks[0].Timeframe, Collaborators = item.Tasks[0].Collaborators }],
        };
        var plan = new ImprovementPlan(fixture.Framework, fixture.SchoolYear)
        {
            Id = fixture.Id, School = fixture.School, SchoolName = fixture.SchoolName, Reference = fixture.Reference, Basis = fixture.Basis,
            Groups = [.. fixture.Groups.Take(2), new CaiTien.Domain.Documents.TableGroup<PlanItem>("3", fixture.Groups[2].Heading.Text, [fixture.Groups[2].Rows[0], changed]), .. fixture.Groups.Skip(3)],
        };
        string difference = Assert.Single(FieldComparer.Differences(fixture, plan));
        Assert.StartsWith("$.Groups[2].Rows[1].Tasks[0].Lead:", difference);
    }

    [Fact]
    public void AnIssuerOrAMissingReference_IsADifference()
    {
        var with = new CaiTien.Domain.Documents.DocumentReference("100/KH-TTT", null, "Trường THCS Tôn Thất Tùng");
        var without = new CaiTien.Domain.Documents.DocumentReference("100/KH-TTT", null);
        Assert.Single(FieldComparer.Differences(with, without));
        Assert.NotEmpty(FieldComparer.Differences(CorpusDocuments.Report2021(), CorpusDocuments.Report2023()));
    }
}
