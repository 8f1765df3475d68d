using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;

namespace CaiTien.GrpcHost.Tests;

/// <summary>
/// The standard methods as the AIPs define them: update masks (134), etags and If-Match (154), REQUIRED on the result
/// (203), approval, history, unknown JSON fields refused, created resources answered with their names (133).
/// </summary>
public sealed class AipTests : IClassFixture<HostFixture>
{
    private static readonly JsonParser Parser = new(JsonParser.Settings.Default.WithIgnoreUnknownFields(false));

    private readonly HostFixture host;

    public AipTests(HostFixture host) => this.host = host;

    private static Plan Plan2023() => ProtoMapper.ToProto(CorpusDocuments.Plan2023());

    private async Task<Plan> Create(string school, string id)
        => await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = $"schools/{school}", Plan = Plan2023(), PlanId = id });

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<(HttpResponseMessage Response, JsonElement Body)> Send(HttpClient http, HttpMethod method, string path, string? json = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path) { Content = json is null ? null : Json(json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        HttpResponseMessage response = await http.SendAsync(request);
        string text = await response.Content.ReadAsStringAsync();
        return (response, JsonDocument.Parse(text.Length == 0 ? "{}" : text).RootElement.Clone());
    }

    private static string[] ViolatedFields(JsonElement error)
        => error.GetProperty("details").EnumerateArray().Where(d => d.TryGetProperty("fieldViolations", out _))
            .SelectMany(d => d.GetProperty("fieldViolations").EnumerateArray()).Select(v => v.GetProperty("field").GetString()!).ToArray();

    [Fact]
    public async Task JsonPatch_WithMask_ChangesOnlyItsFields()
    {
        var created = await Create("patch", "kh-mask");
        using HttpClient http = host.Http();
        // The issue's case: a PATCH carrying only schoolName (and the etag) once wiped the groups and the reference.
        var (response, body) = await Send(http, HttpMethod.Patch, $"/v1/{created.Name}?updateMask=schoolName",
            $"{{\"schoolName\": \"Tên mới\", \"etag\": \"{created.Etag}\"}}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, body.GetRawText());
        Plan patched = Parser.Parse<Plan>(body.GetRawText());
        Assert.Equal("Tên mới", patched.SchoolName);
        Assert.Equal(created.Groups, patched.Groups);
        Assert.Equal(created.Reference, patched.Reference);
        Assert.Equal(created.Basis, patched.Basis);
        Assert.Equal(created.Framework, patched.Framework);
        Assert.NotEqual(created.Etag, patched.Etag);
        Assert.Equal($"\"{patched.Etag}\"", response.Headers.ETag!.ToString());
        Plan stored = await host.Plans.GetPlanAsync(new GetPlanRequest { Name = created.Name });
        Assert.Equal(patched, stored);

        // The mask names a nested field: only that leaf changes.
        (response, body) = await Send(http, HttpMethod.Patch, $"/v1/{created.Name}?updateMask=reference.number",
            "{\"reference\": {\"number\": \"101/KH-TTT\"}}", ifMatch: $"\"{patched.Etag}\"");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Plan nested = Parser.Parse<Plan>(body.GetRawText());
        Assert.Equal("101/KH-TTT", nested.Reference.Number);
        Assert.Equal(created.Reference.Date, nested.Reference.Date);
        Assert.Equal(created.Groups, nested.Groups);
    }

    [Fact]
    public async Task JsonPatch_WithoutMask_ChangesTheFieldsPresentInTheBody()
    {
        var created = await Create("patch", "kh-present");
        using HttpClient http = host.Http();
        var (response, body) = await Send(http, HttpMethod.Patch, $"/v1/{created.Name}", "{\"schoolName\": \"\", \"targetSchoolLevel\": 2}", ifMatch: created.Etag);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Plan patched = Parser.Parse<Plan>(body.GetRawText());
        // Present but empty clears the field; absent fields stay.
        Assert.Equal(string.Empty, patched.SchoolName);
        Assert.Equal(2, patched.TargetSchoolLevel);
        Assert.Equal(created.Groups, patched.Groups);
        Assert.Equal(created.SchoolYear, patched.SchoolYear);

        var revisions = await host.Plans.ListRevisionsAsync(new ListRevisionsRequest { Parent = created.Name });
        Assert.Equal(new[] { "school_name", "target_school_level" }, revisions.Revisions[^1].ChangedFields);
    }

    [Fact]
    public async Task GrpcUpdate_MaskOrPopulatedFields_AndStarReplacesAll()
    {
        var created = await Create("patch", "kh-grpc");
        // No mask: the fields the request sets.
        var partial = new Plan { Name = created.Name, Etag = created.Etag, SchoolName = "Chỉ đổi tên" };
        var updated = await host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = partial });
        Assert.Equal("Chỉ đổi tên", updated.SchoolName);
        Assert.Equal(created.Groups, updated.Groups);

        // A mask names fields to clear as well as to set.
        updated = await host.Plans.UpdatePlanAsync(new UpdatePlanRequest
        {
            Plan = new Plan { Name = created.Name, Etag = updated.Etag }, UpdateMask = new FieldMask { Paths = { "basis", "school_name" } },
        });
        Assert.Equal(new PlanBasis(), updated.Basis);
        Assert.Equal(string.Empty, updated.SchoolName);
        Assert.Equal(created.Groups, updated.Groups);

        // "*" replaces the whole plan: what the request leaves out is cleared (REQUIRED fields must then be there).
        var whole = Plan2023();
        whole.Name = created.Name;
        whole.Etag = updated.Etag;
        whole.Groups.RemoveAt(0);
        updated = await host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = whole, UpdateMask = new FieldMask { Paths = { "*" } } });
        Assert.Equal(created.Groups.Count - 1, updated.Groups.Count);
        await RpcAssert.InvalidField("plan.school_year", () => host.Plans.UpdatePlanAsync(new UpdatePlanRequest
        {
            Plan = new Plan { Name = created.Name, Etag = updated.Etag }, UpdateMask = new FieldMask { Paths = { "*" } },
        }).ResponseAsync);
    }

    [Fact]
    public async Task Update_BadMasksAndRequiredAfterTheMask_InvalidArgumentWithPaths()
    {
        var created = await Create("patch", "kh-bad");
        await RpcAssert.InvalidField("update_mask.paths[1]", () => host.Plans.UpdatePlanAsync(new UpdatePlanRequest
        {
            Plan = new Plan { Name = created.Name, Etag = created.Etag }, UpdateMask = new FieldMask { Paths = { "school_name", "no_such_field" } },
        }).ResponseAsync);
        // A group replaced without its heading: REQUIRED is checked on the plan the mask produces.
        var groups = Plan2023().Groups.Clone();
        groups[0].Heading = string.Empty;
        var patch = new Plan { Name = created.Name, Etag = created.Etag };
        patch.Groups.AddRange(groups);
        await RpcAssert.InvalidField("plan.groups[0].heading", () => host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = patch, UpdateMask = new FieldMask { Paths = { "groups" } } }).ResponseAsync);
        // The framework is bound at creation.
        await RpcAssert.InvalidField("plan.framework", () => host.Plans.UpdatePlanAsync(new UpdatePlanRequest
        {
            Plan = new Plan { Name = created.Name, Etag = created.Etag, Framework = "frameworks/tt99-2099" },
        }).ResponseAsync);
        Assert.Equal(created.Etag, (await host.Plans.GetPlanAsync(new GetPlanRequest { Name = created.Name })).Etag);
    }

    [Fact]
    public async Task Etags_HeaderOnReads_IfMatchHonoured_StarRefused()
    {
        var created = await Create("etag-json", "kh-1");
        using HttpClient http = host.Http();
        var (get, _) = await Send(http, HttpMethod.Get, $"/v1/{created.Name}");
        Assert.Equal($"\"{created.Etag}\"", get.Headers.ETag!.ToString());

        var (stale, error) = await Send(http, HttpMethod.Patch, $"/v1/{created.Name}?updateMask=schoolName", "{\"schoolName\": \"x\"}", ifMatch: "\"1-000000000000\"");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal((int)StatusCode.Aborted, error.GetProperty("code").GetInt32());

        var (star, starError) = await Send(http, HttpMethod.Patch, $"/v1/{created.Name}?updateMask=schoolName", "{\"schoolName\": \"x\"}", ifMatch: "*");
        Assert.Equal(HttpStatusCode.BadRequest, star.StatusCode);
        Assert.Contains("If-Match", ViolatedFields(starError));

        var (missing, missingError) = await Send(http, HttpMethod.Patch, $"/v1/{created.Name}?updateMask=schoolName", "{\"schoolName\": \"x\"}");
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Contains("plan.etag", ViolatedFields(missingError));

        var (differ, differError) = await Send(http, HttpMethod.Patch, $"/v1/{created.Name}?updateMask=schoolName", $"{{\"schoolName\": \"x\", \"etag\": \"{created.Etag}\"}}", ifMatch: "\"2-abc\"");
        Assert.Equal(HttpStatusCode.BadRequest, differ.StatusCode);
        Assert.Contains("plan.etag", ViolatedFields(differError));

        var (deleteStale, _) = await Send(http, HttpMethod.Delete, $"/v1/{created.Name}", ifMatch: "\"9-stale\"");
        Assert.Equal(HttpStatusCode.Conflict, deleteStale.StatusCode);
        var (deleted, _) = await Send(http, HttpMethod.Delete, $"/v1/{created.Name}", ifMatch: $"\"{created.Etag}\"");
        Assert.Equal(HttpStatusCode.OK, deleted.StatusCode);
    }

    [Fact]
    public async Task Json_UnknownFieldsAndQueryParameters_RefusedWithTheirPath()
    {
        using HttpClient http = host.Http();
        string plan = JsonFormatter.Default.Format(Plan2023());
        string withUnknown = plan.Replace("\"schoolYear\":", "\"schoolYaer\": \"typo\", \"schoolYear\":", StringComparison.Ordinal);
        var (response, error) = await Send(http, HttpMethod.Post, "/v1/schools/json-unknown/plans", withUnknown);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("plan.schoolYaer", ViolatedFields(error));

        string nested = plan.Replace("\"criterion\":", "\"criterio\": \"x\", \"criterion\":", StringComparison.Ordinal);
        (response, error) = await Send(http, HttpMethod.Post, "/v1/plans:validate", $"{{\"plan\": {nested}}}");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(ViolatedFields(error), f => f.StartsWith("plan.groups[0].items[0].criterio", StringComparison.Ordinal));

        (response, error) = await Send(http, HttpMethod.Get, "/v1/schools/json-unknown/plans?pageSize=2&pageSise=3");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("pageSise", ViolatedFields(error));
        Assert.Empty((await host.Plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/json-unknown" })).Plans);
    }

    [Fact]
    public async Task Create_AnswersWithTheResourceAndItsName_FrameworkBoundExplicitly()
    {
        var plan = Plan2023();
        plan.Framework = string.Empty;
        plan.SchoolName = "  Trường\u00A0THCS  Tôn Thất Tùng ";
        var created = await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/create", Plan = plan });
        Assert.Matches("^schools/create/plans/kh-[0-9a-f]{12}$", created.Name);
        Assert.Equal("frameworks/tt18-2018", created.Framework);
        Assert.Equal("Trường THCS Tôn Thất Tùng", created.SchoolName);
        Assert.Equal(DocumentState.Draft, created.State);
    }

    [Fact]
    public async Task Approved_RefusesUpdateAndDelete_AndAnAdjustmentLinksToIt()
    {
        var created = await Create("approve", "kh-1");
        var report = await host.Plans.CreateReportAsync(new CreateReportRequest { Parent = created.Name, Report = ProtoMapper.ToProto(CorpusDocuments.Report2023()), ReportId = "bc-1" });
        await RpcAssert.Fails(StatusCode.Aborted, () => host.Plans.ApprovePlanAsync(new ApprovePlanRequest { Name = created.Name, Etag = "1-stale" }).ResponseAsync);
        var approved = await host.Plans.ApprovePlanAsync(new ApprovePlanRequest { Name = created.Name, Etag = created.Etag });
        Assert.Equal(DocumentState.Approved, approved.State);
        Assert.Equal("admin-test", approved.Approver);
        Assert.NotNull(approved.ApproveTime);

        var refused = await RpcAssert.Fails(StatusCode.FailedPrecondition, () => host.Plans.UpdatePlanAsync(new UpdatePlanRequest
        {
            Plan = new Plan { Name = created.Name, Etag = approved.Etag, SchoolName = "sửa sau khi ký" },
        }).ResponseAsync);
        Assert.Equal("APPROVED", refused.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        await RpcAssert.Fails(StatusCode.FailedPrecondition, () => host.Plans.DeletePlanAsync(new DeletePlanRequest { Name = created.Name }).ResponseAsync);
        await RpcAssert.Fails(StatusCode.FailedPrecondition, () => host.Plans.ApprovePlanAsync(new ApprovePlanRequest { Name = created.Name, Etag = approved.Etag }).ResponseAsync);
        using (HttpClient http = host.Http())
        {
            var (patch, _) = await Send(http, HttpMethod.Patch, $"/v1/{created.Name}?updateMask=schoolName", "{\"schoolName\": \"x\"}", ifMatch: approved.Etag);
            Assert.Equal(HttpStatusCode.BadRequest, patch.StatusCode);
        }
        Assert.Equal(approved, await host.Plans.GetPlanAsync(new GetPlanRequest { Name = created.Name }));

        // The report on it is still written as usual, then approved on its own.
        var changed = await host.Plans.UpdateReportAsync(new UpdateReportRequest { Report = new Report { Name = report.Name, Etag = report.Etag, StatedSchoolYear = "2023-2024" } });
        Assert.Equal(DocumentState.Approved, (await host.Plans.ApproveReportAsync(new ApproveReportRequest { Name = report.Name, Etag = changed.Etag })).State);
        await RpcAssert.Fails(StatusCode.FailedPrecondition, () => host.Plans.DeleteReportAsync(new DeleteReportRequest { Name = report.Name }).ResponseAsync);

        // An adjustment (kế hoạch điều chỉnh) is a new plan linked to the approved one.
        var adjustment = Plan2023();
        adjustment.Adjusts = created.Name;
        var adjusted = await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/approve", Plan = adjustment, PlanId = "kh-1-dieu-chinh" });
        Assert.Equal(created.Name, adjusted.Adjusts);
        await RpcAssert.InvalidField("plan.adjusts", () => host.Plans.UpdatePlanAsync(new UpdatePlanRequest
        {
            Plan = new Plan { Name = adjusted.Name, Etag = adjusted.Etag, Adjusts = "schools/approve/plans/other" },
        }).ResponseAsync);
        var draft = await Create("approve", "kh-draft");
        await RpcAssert.InvalidField("plan.adjusts", () => host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/approve", Plan = new Plan(adjustment) { Adjusts = draft.Name } }).ResponseAsync);
        await RpcAssert.InvalidField("plan.adjusts", () => host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/approve-other", Plan = adjustment }).ResponseAsync);
    }

    [Fact]
    public async Task History_WhoWhenWhichFields_AndEarlierVersions()
    {
        var created = await Create("history", "kh-1");
        var v2 = await host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = new Plan { Name = created.Name, Etag = created.Etag, SchoolName = "Tên 2" } });
        await host.Plans.ApprovePlanAsync(new ApprovePlanRequest { Name = created.Name, Etag = v2.Etag });

        var list = await host.Plans.ListRevisionsAsync(new ListRevisionsRequest { Parent = created.Name, PageSize = 2 });
        Assert.Equal(new[] { RevisionAction.Create, RevisionAction.Update }, list.Revisions.Select(r => r.Action));
        Assert.Null(list.Revisions[0].Plan);
        Assert.Equal(new[] { "school_name" }, list.Revisions[1].ChangedFields);
        Assert.Equal((created.Etag, v2.Etag), (list.Revisions[1].EtagBefore, list.Revisions[1].EtagAfter));
        var rest = await host.Plans.ListRevisionsAsync(new ListRevisionsRequest { Parent = created.Name, PageSize = 2, PageToken = list.NextPageToken });
        Assert.Equal(RevisionAction.Approve, Assert.Single(rest.Revisions).Action);
        Assert.Empty(rest.NextPageToken);

        var first = await host.Plans.GetRevisionAsync(new GetRevisionRequest { Name = created.Name + "/revisions/1" });
        Assert.Equal(Plan2023().SchoolName, first.Plan.SchoolName);
        Assert.Equal(created.Groups, first.Plan.Groups);
        using HttpClient http = host.Http();
        var (response, body) = await Send(http, HttpMethod.Get, $"/v1/{created.Name}/revisions/2");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tên 2", body.GetProperty("plan").GetProperty("schoolName").GetString());
        await RpcAssert.Fails(StatusCode.NotFound, () => host.Plans.GetRevisionAsync(new GetRevisionRequest { Name = created.Name + "/revisions/9" }).ResponseAsync);
        await RpcAssert.InvalidField("name", () => host.Plans.GetRevisionAsync(new GetRevisionRequest { Name = created.Name + "/revisions/0" }).ResponseAsync);

        // Deleting keeps the history.
        var other = await Create("history", "kh-2");
        await host.Plans.DeletePlanAsync(new DeletePlanRequest { Name = other.Name, Etag = other.Etag });
        var gone = await host.Plans.ListRevisionsAsync(new ListRevisionsRequest { Parent = other.Name });
        Assert.Equal(RevisionAction.Delete, gone.Revisions[^1].Action);
    }

    [Fact]
    public async Task ManyFindings_BoundedWithASummary()
    {
        var plan = new Plan { SchoolYear = "2023-2024", Framework = "frameworks/tt18-2018" };
        var group = new PlanGroup { Heading = "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường" };
        for (int i = 0; i < 900; i++)
        {
            group.Items.Add(new PlanItem { Criterion = "Tiêu chí 1.1" });
        }
        plan.Groups.Add(group);
        var check = await host.Plans.ValidatePlanAsync(new ValidatePlanRequest { Plan = plan });
        int total = check.ErrorCount + check.WarningCount + check.InfoCount;
        Assert.True(total > ProtoMapper.MaxFindings, $"{total} findings");
        Assert.True(check.Truncated);
        Assert.Equal(ProtoMapper.MaxFindings, check.Findings.Count);
        Assert.Equal(total, check.Summary.Sum(s => s.Count));
        Assert.True(check.Summary.Zip(check.Summary.Skip(1)).All(p => p.First.Count >= p.Second.Count));
        Assert.True(check.CalculateSize() < 2 * 1024 * 1024);
    }

    [Fact]
    public async Task ListReports_PagesByBytes_FiveReportsOfAMegabyte()
    {
        var plan = await Create("big-reports", "kh-1");
        for (int r = 0; r < 5; r++)
        {
            var report = ProtoMapper.ToProto(CorpusDocuments.Report2023());
            foreach (var row in report.Groups.SelectMany(g => g.Rows))
            {
                row.Notes = new string((char)('a' + r), 19_000);
                row.Completed = new string('c', 19_000);
                row.InProgress = new string('i', 19_000);
                row.LateReason = new string('l', 19_000);
                row.NotStarted = new string('n', 19_000);
                row.NotStartedReason = new string('s', 19_000);
            }
            Assert.InRange(report.CalculateSize(), 700_000, 1_000_000);
            await host.Plans.CreateReportAsync(new CreateReportRequest { Parent = plan.Name, Report = report, ReportId = $"bc-{r}" });
        }
        var names = new System.Collections.Generic.List<string>();
        string token = string.Empty;
        int pages = 0;
        do
        {
            var page = await host.Plans.ListReportsAsync(new ListReportsRequest { Parent = plan.Name, PageToken = token });
            Assert.True(page.CalculateSize() < 4 * 1024 * 1024);
            names.AddRange(page.Reports.Select(x => x.Name.Split('/')[^1]));
            token = page.NextPageToken;
            pages++;
        }
        while (token.Length > 0);
        Assert.Equal(new[] { "bc-0", "bc-1", "bc-2", "bc-3", "bc-4" }, names);
        Assert.True(pages >= 3, $"{pages} pages");
    }
}
