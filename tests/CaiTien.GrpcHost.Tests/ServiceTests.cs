using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Google.Protobuf;
using Grpc.Core;

namespace CaiTien.GrpcHost.Tests;

/// <summary>Every RPC, through Grpc.Net.Client against the real host, and the main ones through HTTP/JSON.</summary>
public sealed class ServiceTests : IClassFixture<HostFixture>
{
    private readonly HostFixture host;

    public ServiceTests(HostFixture host) => this.host = host;

    private static Plan Plan2023() => ProtoMapper.ToProto(CorpusDocuments.Plan2023());

    private static Report Report2023() => ProtoMapper.ToProto(CorpusDocuments.Report2023());

    private async Task<Plan> Create(string school, string id)
        => await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = $"schools/{school}", Plan = Plan2023(), PlanId = id });

    // ---------------- catalog ----------------

    [Fact]
    public async Task Catalog_ListGetCriterionInForce()
    {
        var catalog = new CatalogService.CatalogServiceClient(host.Channel);
        var list = await catalog.ListFrameworksAsync(new ListFrameworksRequest());
        Assert.Equal(new[] { "frameworks/tt18-2018", "frameworks/tt18-2018-tt22-2024", "frameworks/tt57-2026" }, list.Frameworks.Select(f => f.Name));
        var tt18 = list.Frameworks[0];
        Assert.Equal((SourceCertainty.Official, true), (tt18.Provenance.Certainty, tt18.Provenance.Verified));
        Assert.Equal("frameworks/tt18-2018", list.Frameworks[1].BasedOn);
        Assert.Contains(list.Frameworks[1].IndicatorProvenance, c => c.Wording == WordingStatus.NotYetTranscribed && c.Indicators == tt18.IndicatorCount - 2);
        Assert.Equal((SourceCertainty.Corroborated, false, "PriorityProblems"), (list.Frameworks[2].Provenance.Certainty, list.Frameworks[2].Verified, list.Frameworks[2].PlanForm));
        Assert.Equal(28, tt18.CriterionCount);
        Assert.Empty(tt18.Standards[0].Criteria[0].Indicators);

        var full = await catalog.GetFrameworkAsync(new GetFrameworkRequest { Name = "frameworks/tt18-2018", View = FrameworkView.Full });
        Assert.Equal(6, full.AdditionalRequirements.Count);
        Assert.Equal(3, full.Standards[0].Criteria[0].Indicators.Count(i => i.Level == 1));

        var criterion = await catalog.GetCriterionAsync(new GetCriterionRequest { Name = "frameworks/tt18-2018/criteria/1.10" });
        Assert.Equal(2, criterion.HighestLevel);
        await RpcAssert.Fails(StatusCode.NotFound, () => catalog.GetCriterionAsync(new GetCriterionRequest { Name = "frameworks/tt18-2018/criteria/1.11" }).ResponseAsync);
        await RpcAssert.InvalidField("name", () => catalog.GetFrameworkAsync(new GetFrameworkRequest { Name = "tt18" }).ResponseAsync);

        var inForce = await catalog.FindFrameworkInForceAsync(new FindFrameworkInForceRequest { Date = new Google.Type.Date { Year = 2024, Month = 3, Day = 1 }, SchoolType = SchoolType.LowerSecondary });
        Assert.Equal("frameworks/tt18-2018", inForce.Name);
        var current = await catalog.FindFrameworkInForceAsync(new FindFrameworkInForceRequest { Date = new Google.Type.Date { Year = 2027, Month = 1, Day = 1 }, SchoolType = SchoolType.LowerSecondary });
        Assert.Equal("frameworks/tt57-2026", current.Name);
        await RpcAssert.Fails(StatusCode.NotFound, () => catalog.FindFrameworkInForceAsync(new FindFrameworkInForceRequest { Date = new Google.Type.Date { Year = 2017, Month = 1, Day = 1 }, SchoolType = SchoolType.LowerSecondary }).ResponseAsync);
        await RpcAssert.InvalidField("school_type", () => catalog.FindFrameworkInForceAsync(new FindFrameworkInForceRequest { Date = new Google.Type.Date { Year = 2024, Month = 3, Day = 1 } }).ResponseAsync);
        await RpcAssert.InvalidField("date", () => catalog.FindFrameworkInForceAsync(new FindFrameworkInForceRequest { Date = new Google.Type.Date { Year = 2024, Month = 2, Day = 30 }, SchoolType = SchoolType.LowerSecondary }).ResponseAsync);
    }

    // ---------------- assessment ----------------

    [Fact]
    public async Task Assessment_CorpusSelfAssessment_SchoolAtMuc3()
    {
        var assessment = new AssessmentService.AssessmentServiceClient(host.Channel);
        var request = JsonParser.Default.Parse<EvaluateSchoolLevelRequest>(System.IO.File.ReadAllText(
            System.IO.Path.Combine(AppContext.BaseDirectory, "../../../../../samples/CaiTien.Client/examples/self-assessment-2021-2022.json")));
        var result = await assessment.EvaluateSchoolLevelAsync(request);
        Assert.Equal(3, result.AchievedLevel);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, Assert.Single(result.Gaps).AdditionalNotAssessed);

        await RpcAssert.InvalidField("indicator_results[0].outcome", () => assessment.EvaluateSchoolLevelAsync(new EvaluateSchoolLevelRequest
        {
            Framework = "frameworks/tt18-2018",
            IndicatorResults = { new IndicatorResult { Criterion = "1.1", Level = 1, Key = "a" } },
        }).ResponseAsync);
        await RpcAssert.InvalidField("criterion_levels[0]", () => assessment.EvaluateSchoolLevelAsync(new EvaluateSchoolLevelRequest
        {
            Framework = "frameworks/tt18-2018",
            CriterionLevels = { new CriterionLevel { Criterion = "1.2", Level = 3 } },
        }).ResponseAsync);
    }

    [Fact]
    public async Task Assessment_Recognition_GradeDegreeAndCertificate()
    {
        var assessment = new AssessmentService.AssessmentServiceClient(host.Channel);
        var r = await assessment.EvaluateRecognitionAsync(new EvaluateRecognitionRequest
        {
            ExternalEvaluationLevel = 2, CohortCompleted = true, CertificateIssueDate = new Google.Type.Date { Year = 2022, Month = 11, Day = 29 },
            AsOf = new Google.Type.Date { Year = 2027, Month = 7, Day = 1 },
        });
        Assert.Equal(2, r.AccreditationGrade);
        Assert.Equal(1, r.NationalStandardDegree);
        Assert.Equal(CertificateStatus.ReRegistrationOverdue, r.Certificate.Status);
        await RpcAssert.InvalidField("external_evaluation_level", () => assessment.EvaluateRecognitionAsync(new EvaluateRecognitionRequest { ExternalEvaluationLevel = 5 }).ResponseAsync);
    }

    // ---------------- calendar ----------------

    [Fact]
    public async Task Calendar_GetAndParse()
    {
        var calendar = new CalendarService.CalendarServiceClient(host.Channel);
        var c = await calendar.GetSchoolYearCalendarAsync(new GetSchoolYearCalendarRequest { SchoolYear = "23-24" });
        Assert.Equal("2023-2024", c.SchoolYear);
        Assert.Equal(15, c.SemesterOne.End.Day);
        Assert.False(c.Provisional);
        var province = await calendar.GetSchoolYearCalendarAsync(new GetSchoolYearCalendarRequest
        {
            SchoolYear = "2023-2024", DeadlineMode = DeadlineMode.Exclusive,
            Province = new ProvincialOverride { Province = "TP. Hồ Chí Minh", YearEndsBefore = new Google.Type.Date { Year = 2024, Month = 5, Day = 25 } },
        });
        Assert.Equal(24, province.YearLastDay.Day);
        await RpcAssert.InvalidField("school_year", () => calendar.GetSchoolYearCalendarAsync(new GetSchoolYearCalendarRequest { SchoolYear = "2023-2025" }).ResponseAsync);
        await RpcAssert.InvalidField("deadline_mode", () => calendar.GetSchoolYearCalendarAsync(new GetSchoolYearCalendarRequest { SchoolYear = "2023-2024", DeadlineMode = (DeadlineMode)7 }).ResponseAsync);

        var parsed = await calendar.ParseTimeframeAsync(new ParseTimeframeRequest { Text = "HKI, năm học 23-24", SchoolYear = "2023-2024" });
        Assert.True(parsed.Success);
        Assert.Equal("học kỳ I năm học 2023-2024", parsed.Canonical);
        var failed = await calendar.ParseTimeframeAsync(new ParseTimeframeRequest { Text = "tháng 13/2023", SchoolYear = "2023-2024" });
        Assert.False(failed.Success);
        Assert.Contains("Tháng 13", failed.ErrorVi);
    }

    // ---------------- plans: CRUD, etags, checks, progress ----------------

    [Fact]
    public async Task Plans_CreateGetListUpdateDelete()
    {
        var plans = host.Plans;
        var created = await Create("crud", "kh-1");
        Assert.Equal("schools/crud/plans/kh-1", created.Name);
        Assert.NotEmpty(created.Etag);
        Assert.Equal(Plan2023().Groups, created.Groups);

        Assert.Equal(created, await plans.GetPlanAsync(new GetPlanRequest { Name = created.Name }));
        await RpcAssert.Fails(StatusCode.AlreadyExists, () => Create("crud", "kh-1"));
        for (int i = 2; i <= 5; i++)
        {
            await Create("crud", $"kh-{i}");
        }
        var page1 = await plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/crud", PageSize = 3 });
        var page2 = await plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/crud", PageSize = 3, PageToken = page1.NextPageToken });
        Assert.Equal(new[] { "kh-1", "kh-2", "kh-3", "kh-4", "kh-5" }, page1.Plans.Concat(page2.Plans).Select(p => p.Name.Split('/')[^1]));
        Assert.Empty(page2.NextPageToken);

        var change = created.Clone();
        change.SchoolName = "Trường THCS Tôn Thất Tùng (đã sửa)";
        var updated = await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = change });
        Assert.NotEqual(created.Etag, updated.Etag);
        Assert.Equal(created.CreateTime, updated.CreateTime);
        Assert.Equal("Trường THCS Tôn Thất Tùng (đã sửa)", (await plans.GetPlanAsync(new GetPlanRequest { Name = created.Name })).SchoolName);

        await plans.DeletePlanAsync(new DeletePlanRequest { Name = created.Name, Etag = updated.Etag });
        await RpcAssert.Fails(StatusCode.NotFound, () => plans.GetPlanAsync(new GetPlanRequest { Name = created.Name }).ResponseAsync);
        await RpcAssert.Fails(StatusCode.NotFound, () => plans.DeletePlanAsync(new DeletePlanRequest { Name = created.Name }).ResponseAsync);
    }

    [Fact]
    public async Task Plans_StaleEtag_AbortsAndDoesNotOverwrite()
    {
        var created = await Create("etag", "kh-1");
        var first = created.Clone();
        first.SchoolName = "first";
        await host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = first });
        var stale = created.Clone();
        stale.SchoolName = "stale";

        var ex = await RpcAssert.Fails(StatusCode.Aborted, () => host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = stale }).ResponseAsync);
        var failure = ex.GetRpcStatus()!.GetDetail<Google.Rpc.PreconditionFailure>();
        Assert.Equal("ETAG", Assert.Single(failure!.Violations).Type);
        Assert.Equal("first", (await host.Plans.GetPlanAsync(new GetPlanRequest { Name = created.Name })).SchoolName);
        await RpcAssert.Fails(StatusCode.Aborted, () => host.Plans.DeletePlanAsync(new DeletePlanRequest { Name = created.Name, Etag = created.Etag }).ResponseAsync);
        await RpcAssert.InvalidField("plan.etag", () => host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = new Plan(first) { Etag = "" } }).ResponseAsync);
    }

    [Fact]
    public async Task Reports_AndSupervision_CrudAndCascade()
    {
        var plan = await Create("rep", "kh-1");
        var plans = host.Plans;
        var report = await plans.CreateReportAsync(new CreateReportRequest { Parent = plan.Name, Report = Report2023(), ReportId = "bc-106" });
        Assert.Equal($"{plan.Name}/reports/bc-106", report.Name);
        Assert.Equal(report, await plans.GetReportAsync(new GetReportRequest { Name = report.Name }));
        Assert.Single((await plans.ListReportsAsync(new ListReportsRequest { Parent = plan.Name })).Reports);
        var changed = new Report(report) { StatedSchoolYear = "2023-2024" };
        var updated = await plans.UpdateReportAsync(new UpdateReportRequest { Report = changed });
        await RpcAssert.Fails(StatusCode.Aborted, () => plans.UpdateReportAsync(new UpdateReportRequest { Report = changed }).ResponseAsync);
        await RpcAssert.Fails(StatusCode.NotFound, () => plans.CreateReportAsync(new CreateReportRequest { Parent = "schools/rep/plans/none", Report = Report2023() }).ResponseAsync);

        var supervision = ProtoMapper.ToProto(CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() });
        supervision.Name = $"{plan.Name}/supervision";
        var stored = await plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = supervision });
        Assert.Equal(6, (await plans.GetSupervisionAsync(new GetSupervisionRequest { Name = supervision.Name })).Members.Count);
        await RpcAssert.Fails(StatusCode.Aborted, () => plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = new Supervision(supervision) { Etag = "0-stale" } }).ResponseAsync);

        await plans.DeleteReportAsync(new DeleteReportRequest { Name = updated.Name, Etag = updated.Etag });
        await RpcAssert.Fails(StatusCode.NotFound, () => plans.GetReportAsync(new GetReportRequest { Name = updated.Name }).ResponseAsync);
        await plans.CreateReportAsync(new CreateReportRequest { Parent = plan.Name, Report = Report2023(), ReportId = "bc-2" });
        await plans.DeletePlanAsync(new DeletePlanRequest { Name = plan.Name });
        await RpcAssert.Fails(StatusCode.NotFound, () => plans.GetReportAsync(new GetReportRequest { Name = $"{plan.Name}/reports/bc-2" }).ResponseAsync);
        await RpcAssert.Fails(StatusCode.NotFound, () => plans.GetSupervisionAsync(new GetSupervisionRequest { Name = stored.Name }).ResponseAsync);
    }

    [Fact]
    public async Task Checks_CorpusDocuments_SameFindingsAsTheLibrary()
    {
        var plans = host.Plans;
        var plan = await Create("check", "kh-100");
        var planCheck = await plans.ValidatePlanAsync(new ValidatePlanRequest { Plan = ProtoMapper.ToProto(CorpusDocuments.Plan2021()) });
        var library = new Domain.Rules.ConsistencyChecker().CheckPlan(CorpusDocuments.Plan2021());
        Assert.Equal(library.Findings.Select(f => f.Code), planCheck.Findings.Select(f => f.Code));
        Assert.Contains(planCheck.Findings, f => f.Code == "CT004" && f.Path == "groups[4].row_number" && f.Severity == Severity.Error);

        var reportCheck = await plans.CheckReportAsync(new CheckReportRequest { Report = Report2023(), PlanName = plan.Name });
        Assert.Equal(3, reportCheck.ErrorCount);
        Assert.Contains(reportCheck.Findings, f => f.Code == "BC010" && f.Criterion == "5.2" && f.Path == "groups[4].rows[0].in_progress" && f.Arguments["end"] == "10/6/2023");
        var inline = await plans.CheckReportAsync(new CheckReportRequest { Report = Report2023(), Plan = Plan2023() });
        Assert.Equal(reportCheck.Findings, inline.Findings);

        var supervision = ProtoMapper.ToProto(CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() });
        var supervisionCheck = await plans.CheckSupervisionAsync(new CheckSupervisionRequest { Supervision = supervision, PlanName = plan.Name });
        Assert.Contains(supervisionCheck.Findings, f => f.Code == "GS003" && f.Path == "members[2].number");
        Assert.Contains(supervisionCheck.Findings, f => f.Code == "GS002" && f.Path == "members[5].role");

        var subset = await plans.ValidatePlanAsync(new ValidatePlanRequest { Plan = ProtoMapper.ToProto(CorpusDocuments.Plan2021()), Options = new CheckOptions { Codes = { "CT004" } } });
        Assert.Equal("CT004", Assert.Single(subset.Findings).Code);
        await RpcAssert.InvalidField("options.codes[0]", () => plans.ValidatePlanAsync(new ValidatePlanRequest { Plan = Plan2023(), Options = new CheckOptions { Codes = { "XX999" } } }).ResponseAsync);
    }

    [Fact]
    public async Task Progress_StoredPlanOnDate()
    {
        var plan = await Create("progress", "kh-1");
        var supervision = ProtoMapper.ToProto(CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() });
        supervision.Name = $"{plan.Name}/supervision";
        await host.Plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = supervision });
        var p = await host.Plans.GetPlanProgressAsync(new GetPlanProgressRequest { Name = plan.Name, Date = new Google.Type.Date { Year = 2024, Month = 7, Day = 1 } });
        Assert.Equal(8, p.OverdueCount);
        Assert.True(p.Checkpoints[1].HasMinutes);
        Assert.False(p.Checkpoints[0].HasMinutes);
        await RpcAssert.InvalidField("look_ahead_days", () => host.Plans.GetPlanProgressAsync(new GetPlanProgressRequest { Name = plan.Name, LookAheadDays = -1 }).ResponseAsync);
    }

    [Fact]
    public async Task Health_Serving()
    {
        var health = await new Grpc.Health.V1.Health.HealthClient(host.Channel).CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        Assert.Equal(Grpc.Health.V1.HealthCheckResponse.Types.ServingStatus.Serving, health.Status);
    }

    // ---------------- HTTP/JSON transcoding ----------------

    [Fact]
    public async Task Json_CreateGetValidateAndErrors()
    {
        using HttpClient http = host.Http();
        string planJson = JsonFormatter.Default.Format(Plan2023());
        var created = await http.PostAsync("/v1/schools/json/plans?planId=kh-json", new StringContent(planJson, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var doc = JsonDocument.Parse(await http.GetStringAsync("/v1/schools/json/plans/kh-json"));
        Assert.Equal("2023-2024", doc.RootElement.GetProperty("schoolYear").GetString());

        var check = await http.PostAsync("/v1/plans:validate", new StringContent($"{{\"plan\":{JsonFormatter.Default.Format(ProtoMapper.ToProto(CorpusDocuments.Plan2021()))}}}", Encoding.UTF8, "application/json"));
        using var findings = JsonDocument.Parse(await check.Content.ReadAsStringAsync());
        Assert.True(findings.RootElement.GetProperty("errorCount").GetInt32() == 2, findings.RootElement.GetRawText());

        var bad = await http.PostAsync("/v1/schools/json/plans", new StringContent("{\"schoolYear\":\"2023-2025\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        using var error = JsonDocument.Parse(await bad.Content.ReadAsStringAsync());
        Assert.Equal(3, error.RootElement.GetProperty("code").GetInt32());
        Assert.Contains("plan.school_year", error.RootElement.GetProperty("details")[0].GetRawText());

        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/v1/schools/json/plans/none")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await http.PostAsync("/v1/plans:validate", new StringContent("{not json", Encoding.UTF8, "application/json"))).StatusCode);
    }
}
