using System.Linq;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Serialization;
using CaiTien.Domain.Tests.Rules;

namespace CaiTien.Domain.Tests.Serialization;

public sealed class DocumentJsonTests
{
    private static string Plan() => DocumentJson.WritePlan(CorpusDocuments.Plan2023());

    [Fact]
    public void WritePlan_CorpusPlan_HasVersionKindAndDocumentValues()
    {
        string json = DocumentJson.WritePlan(CorpusDocuments.Plan2023(), indented: true);
        Assert.Contains("\"schemaVersion\": 1", json);
        Assert.Contains("\"kind\": \"plan\"", json);
        Assert.Contains("\"framework\": \"tt18-2018\"", json);
        Assert.Contains("\"schoolYear\": \"2023-2024\"", json);
        Assert.Contains("\"date\": \"2023-05-15\"", json);
        Assert.Contains("\"timeframe\": \"HKI, năm học 23-24\"", json);
    }

    [Theory]
    [InlineData("{\"schemaVersion\":2,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\"}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"report\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\"}", "$.kind")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"schoolYear\":\"2023-2024\"}", "$.framework")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt99-2030\",\"schoolYear\":\"2023-2024\"}", "$.framework")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"23-24\"}", "$.schoolYear")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\",\"shoolName\":\"x\"}", "$.shoolName")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\",\"targetSchoolLevel\":5}", "$.targetSchoolLevel")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\",\"reference\":{\"date\":\"15/5/2023\"}}", "$.reference.date")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\",\"groups\":[{\"heading\":\"x\",\"rows\":[{\"targetResult\":\"y\"}]}]}", "$.groups[0].rows[0].criterion")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\",\"groups\":[{\"heading\":\"x\",\"rows\":[{\"criterion\":\"1.1\",\"tasks\":[{\"lead\":3}]}]}]}", "$.groups[0].rows[0].tasks[0].lead")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\",\"id\":\"Bad Id\"}", "$.id")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\",\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\"}", "$.kind")]
    public void ReadPlan_WrongShape_FailsWithItsPath(string json, string path)
    {
        var result = DocumentJson.ReadPlan(json);
        Assert.False(result.Success);
        Assert.Equal(path, result.Failure!.UnreadText);
        Assert.StartsWith(path + ": ", result.Failure.Message.Vietnamese);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{")]
    [InlineData("{\"schemaVersion\":1,\"kind\":\"plan\"} trailing")]
    public void ReadPlan_NotADocument_Fails(string? json) => Assert.False(DocumentJson.ReadPlan(json).Success);

    [Fact]
    public void ReadAssessment_IndicatorTheFrameworkLacks_Fails()
    {
        var result = DocumentJson.ReadAssessment("{\"schemaVersion\":1,\"kind\":\"assessment\",\"framework\":\"tt18-2018\",\"indicators\":[{\"criterion\":\"1.1\",\"level\":4,\"key\":\"a\",\"result\":\"met\"}]}");
        Assert.Equal("$.indicators[0]", result.Failure!.UnreadText);
    }

    [Fact]
    public void ReadPlan_OlderVersionAndEmptyOptionalParts_Accepted()
    {
        var plan = DocumentJson.ReadPlan("{\"schemaVersion\":1,\"kind\":\"plan\",\"framework\":\"tt18-2018\",\"schoolYear\":\"2023-2024\",\"basis\":null,\"groups\":[]}");
        Assert.True(plan.Success);
        Assert.Empty(plan.Value.Groups);
        Assert.True(plan.Value.Id.IsEmpty);
    }

    [Fact]
    public void CorpusDocuments_ReadBack_GiveTheSameFindings()
    {
        var checker = new Domain.Rules.ConsistencyChecker();
        var plan = DocumentJson.ReadPlan(Plan()).Value;
        var report = DocumentJson.ReadReport(DocumentJson.WriteReport(CorpusDocuments.Report2023())).Value;
        Assert.Equal(checker.CheckReport(CorpusDocuments.Report2023(), CorpusDocuments.Plan2023()).Findings, checker.CheckReport(report, plan).Findings);
        Assert.Equal(checker.CheckPlan(CorpusDocuments.Plan2021()).Findings,
            checker.CheckPlan(DocumentJson.ReadPlan(DocumentJson.WritePlan(CorpusDocuments.Plan2021())).Value).Findings);
        Assert.NotEmpty(checker.CheckPlan(plan).Findings);
    }
}
