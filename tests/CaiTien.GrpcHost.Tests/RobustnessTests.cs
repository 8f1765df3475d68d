using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Google.Protobuf;
using Grpc.Core;

namespace CaiTien.GrpcHost.Tests;

public sealed class RobustnessTests : IClassFixture<HostFixture>
{
    private readonly HostFixture host;

    public RobustnessTests(HostFixture host) => this.host = host;

    private static Plan Plan2023() => ProtoMapper.ToProto(CorpusDocuments.Plan2023());

    private async Task<int> CountPlans(string school)
        => (await host.Plans.ListPlansAsync(new ListPlansRequest { Parent = $"schools/{school}", PageSize = 100 })).Plans.Count;

    /// <summary>Sends raw bytes as a gRPC request, and returns the grpc-status the host answers with.</summary>
    private async Task<(int Status, string Message)> RawGrpc(string method, byte[] message, bool frame = true)
    {
        byte[] body = message;
        if (frame)
        {
            body = new byte[5 + message.Length];
            body[0] = 0;
            System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(body.AsSpan(1), message.Length);
            message.CopyTo(body, 5);
        }
        using var client = new HttpClient(host.Handler()) { BaseAddress = new Uri("http://localhost") };
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Version = new Version(2, 0), Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/grpc");
        request.Headers.TryAddWithoutValidation("TE", "trailers");
        using HttpResponseMessage response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        await response.Content.ReadAsByteArrayAsync();
        string? status = response.TrailingHeaders.TryGetValues("grpc-status", out var t) ? t.First()
            : response.Headers.TryGetValues("grpc-status", out var h) ? h.First() : null;
        string msg = response.TrailingHeaders.TryGetValues("grpc-message", out var m) ? Uri.UnescapeDataString(m.First())
            : response.Headers.TryGetValues("grpc-message", out var hm) ? Uri.UnescapeDataString(hm.First()) : string.Empty;
        return (int.Parse(status ?? "-1"), msg);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF })]
    [InlineData(new byte[] { 0x0A, 0x50, 0x41 })]
    [InlineData(new byte[] { 0x12, 0x05, 0x0A, 0x03 })]
    public async Task MalformedBytes_RejectedWithoutInternalAndNothingStored(byte[] garbage)
    {
        int before = await CountPlans("raw");
        var (status, message) = await RawGrpc("/caitien.v1.PlanService/CreatePlan", garbage);
        Assert.Equal((int)StatusCode.InvalidArgument, status);
        Assert.Contains("malformed", message);
        Assert.Equal(before, await CountPlans("raw"));
    }

    [Fact]
    public async Task TruncatedFrame_RejectedWithoutInternal()
    {
        byte[] body = { 0, 0, 0, 0, 50, 1, 2, 3 };
        var (status, _) = await RawGrpc("/caitien.v1.PlanService/CreatePlan", body, frame: false);
        Assert.Equal((int)StatusCode.InvalidArgument, status);
    }

    [Fact]
    public async Task OversizeMessage_ResourceExhaustedAndNothingStored()
    {
        var plan = Plan2023();
        plan.Groups[0].Items[0].TargetResult = new string('x', 2 * 1024 * 1024);
        await RpcAssert.Fails(StatusCode.ResourceExhausted, () => host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/big", Plan = plan, PlanId = "kh-big" }).ResponseAsync);
        Assert.Equal(0, await CountPlans("big"));
    }

    [Fact]
    public async Task UnknownEnumValue_InvalidArgumentAndNothingStored()
    {
        var created = await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/enum", Plan = Plan2023(), PlanId = "kh-1" });
        var supervision = ProtoMapper.ToProto(CorpusDocuments.Team2023(), Array.Empty<Domain.Supervision.SupervisionMinutes>());
        supervision.Name = created.Name + "/supervision";
        supervision.Members[1].Role = (TeamRole)99;
        await RpcAssert.InvalidField("supervision.members[1].role", () => host.Plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = supervision }).ResponseAsync);
        await RpcAssert.Fails(StatusCode.NotFound, () => host.Plans.GetSupervisionAsync(new GetSupervisionRequest { Name = supervision.Name }).ResponseAsync);
        await RpcAssert.InvalidField("options.minimum_severity", () => host.Plans.ValidatePlanAsync(new ValidatePlanRequest { Plan = Plan2023(), Options = new CheckOptions { MinimumSeverity = (Severity)42 } }).ResponseAsync);
    }

    // One request per field rule: each is refused with INVALID_ARGUMENT naming the field, and nothing is stored.
    public static IEnumerable<object[]> FieldRules()
    {
        static Plan P(Action<Plan> change)
        {
            var p = ProtoMapper.ToProto(CorpusDocuments.Plan2023());
            change(p);
            return p;
        }
        yield return new object[] { "parent", new CreatePlanRequest { Parent = "school/x", Plan = Plan2023() } };
        yield return new object[] { "parent", new CreatePlanRequest { Parent = "schools/Upper_Case", Plan = Plan2023() } };
        yield return new object[] { "plan_id", new CreatePlanRequest { Parent = "schools/fields", Plan = Plan2023(), PlanId = "9starts-with-digit" } };
        yield return new object[] { "plan", new CreatePlanRequest { Parent = "schools/fields" } };
        yield return new object[] { "plan.school_year", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => p.SchoolYear = "") } };
        yield return new object[] { "plan.school_year", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => p.SchoolYear = "2023-2025") } };
        yield return new object[] { "plan.framework", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => p.Framework = "frameworks/tt99") } };
        yield return new object[] { "plan.framework", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => { p.Framework = ""; p.SchoolYear = "2017-2018"; p.Reference.Date = null; }) } };
        yield return new object[] { "plan.reference.date", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => p.Reference.Date = new Google.Type.Date { Year = 2023, Month = 2, Day = 30 }) } };
        yield return new object[] { "plan.groups[0].items[0].target_level", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => p.Groups[0].Items[0].TargetLevel = 12) } };
        yield return new object[] { "plan.groups[1].items[0].current_level", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => p.Groups[1].Items[0].CurrentLevel = -1) } };
        yield return new object[] { "plan.target_school_level", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => p.TargetSchoolLevel = 100) } };
        yield return new object[] { "plan.basis.self_assessment[0].level_marks", new CreatePlanRequest { Parent = "schools/fields", Plan = P(p => p.Basis.SelfAssessment.Add(new SelfAssessmentRow { Label = "Tiêu chí 1.1", LevelMarks = { true, true, true, true, true } })) } };
    }

    [Theory]
    [MemberData(nameof(FieldRules))]
    public async Task CreatePlan_InvalidField_InvalidArgumentWithFieldPath(string field, CreatePlanRequest request)
    {
        await RpcAssert.InvalidField(field, () => host.Plans.CreatePlanAsync(request).ResponseAsync);
        Assert.Equal(0, await CountPlans("fields"));
    }

    [Fact]
    public async Task List_PageSizeAndToken_Validated()
    {
        await RpcAssert.InvalidField("page_size", () => host.Plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/x", PageSize = 1000 }).ResponseAsync);
        await RpcAssert.InvalidField("page_token", () => host.Plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/x", PageToken = "!!" }).ResponseAsync);
        await RpcAssert.InvalidField("name", () => host.Plans.GetPlanAsync(new GetPlanRequest { Name = "schools/x/plans" }).ResponseAsync);
    }

    [Fact]
    public async Task ClientDeadlineAlreadyExpired_DeadlineExceededAndHostKeepsServing()
    {
        await RpcAssert.Fails(StatusCode.DeadlineExceeded, () => host.Plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/x" }, deadline: DateTime.UtcNow.AddMilliseconds(-1)).ResponseAsync);
        Assert.NotNull(await host.Plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/x" }, deadline: DateTime.UtcNow.AddSeconds(10)));
    }

    [Fact]
    public async Task ConcurrentWriters_OnOnePlan_NoLostUpdate()
    {
        var created = await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/race", Plan = Plan2023(), PlanId = "kh-1" });

        // Eight writers with the same etag: exactly one wins, the others get ABORTED.
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = new Plan(created) { SchoolName = $"writer {i}" } });
                return true;
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Aborted)
            {
                return false;
            }
        }));
        Assert.Equal(1, results.Count(r => r));

        // Eight writers each appending a note 5 times with read-modify-write and retry: all 40 notes survive.
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async w =>
        {
            for (int n = 0; n < 5; n++)
            {
                while (true)
                {
                    var current = await host.Plans.GetPlanAsync(new GetPlanRequest { Name = created.Name });
                    current.Groups[0].Items[0].Notes += $"[{w}.{n}]";
                    try
                    {
                        await host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = current });
                        break;
                    }
                    catch (RpcException ex) when (ex.StatusCode == StatusCode.Aborted)
                    {
                    }
                }
            }
        }));
        string notes = (await host.Plans.GetPlanAsync(new GetPlanRequest { Name = created.Name })).Groups[0].Items[0].Notes;
        Assert.Equal(40, notes.Split('[').Length - 1);
        Assert.All(Enumerable.Range(0, 8).SelectMany(w => Enumerable.Range(0, 5).Select(n => $"[{w}.{n}]")), note => Assert.Contains(note, notes));
    }

    [Fact]
    public async Task Restart_DataStillThere()
    {
        using var own = new HostFixture();
        var plans = new PlanService.PlanServiceClient(own.Channel);
        var created = await plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/restart", Plan = Plan2023(), PlanId = "kh-1" });
        var report = await plans.CreateReportAsync(new CreateReportRequest { Parent = created.Name, Report = ProtoMapper.ToProto(CorpusDocuments.Report2023()), ReportId = "bc-1" });
        own.Restart();
        plans = new PlanService.PlanServiceClient(own.Channel);
        Assert.Equal(created, await plans.GetPlanAsync(new GetPlanRequest { Name = created.Name }));
        Assert.Equal(report, await plans.GetReportAsync(new GetReportRequest { Name = report.Name }));
        Assert.True(File.Exists(own.DatabasePath));
    }

    [Property(MaxTest = 60, Arbitrary = new[] { typeof(DocumentArbitraries) })]
    public bool RoundTrip_ProtoDomainProto_ForGeneratedPlans(DocumentSet set)
    {
        Plan proto = ProtoMapper.ToProto(set.Plan);
        var v = new Violations();
        var domain = ProtoMapper.ToDomain(proto, "plan", v);
        Report report = ProtoMapper.ToProto(set.Report);
        var reportDomain = ProtoMapper.ToDomain(report, "report", v);
        return !v.Any && ProtoMapper.ToProto(domain!).Equals(proto) && ProtoMapper.ToProto(reportDomain!).Equals(report);
    }

    [Property(MaxTest = 20, Arbitrary = new[] { typeof(DocumentArbitraries) })]
    public bool RoundTrip_ThroughTheStore_ForGeneratedPlans(DocumentSet set)
    {
        Plan proto = ProtoMapper.ToProto(set.Plan);
        string id = "kh-" + Guid.NewGuid().ToString("N").Substring(0, 12);
        var created = host.Plans.CreatePlan(new CreatePlanRequest { Parent = "schools/roundtrip", Plan = proto, PlanId = id });
        var read = host.Plans.GetPlan(new GetPlanRequest { Name = created.Name });
        read.Name = string.Empty;
        read.Etag = string.Empty;
        read.CreateTime = null;
        read.UpdateTime = null;
        Assert.Equal(DocumentState.Draft, read.State);
        read.State = DocumentState.Unspecified;
        return read.Equals(proto);
    }
}
