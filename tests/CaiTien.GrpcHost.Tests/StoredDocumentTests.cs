using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CaiTien.Domain.Serialization;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Mapping;
using CaiTien.GrpcHost.Store;
using CaiTien.V1;
using Google.Protobuf;
using Grpc.Core;
using Microsoft.Extensions.DependencyInjection;

namespace CaiTien.GrpcHost.Tests;

/// <summary>What the store holds: the domain's document in its versioned JSON, bound to its framework, normalised.</summary>
public sealed class StoredDocumentTests : IClassFixture<HostFixture>
{
    private readonly HostFixture host;

    public StoredDocumentTests(HostFixture host) => this.host = host;

    private IDocumentStore Store => host.Services.GetRequiredService<IDocumentStore>();

    [Fact]
    public async Task Plan_StoredAsTheDomainsJson_WithItsFrameworkAndNormalisedText()
    {
        var plan = ProtoMapper.ToProto(CorpusDocuments.Plan2023());
        plan.Framework = string.Empty;
        plan.SchoolName = "Trường THCS Tôn Thất Tùng\u00A0 ";
        plan.Groups[0].Items[0].TargetResult = "Cu\u0309a nha\u0300 trươ\u0300ng";
        var created = await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/stored", Plan = plan, PlanId = "kh-json" });

        StoredDocument stored = (await Store.GetAsync(created.Name, CancellationToken.None))!;
        Assert.Equal(StoredSchemas.DomainJson, stored.Schema);
        string json = Encoding.UTF8.GetString(stored.Data);
        var read = DocumentJson.ReadPlan(json);
        Assert.True(read.Success, read.Failure?.ToString());
        Assert.Equal("tt18-2018", read.Value.Framework.Id.Value);
        Assert.Equal("kh-json", read.Value.Id.Value);
        Assert.Equal("stored", read.Value.School.Value);
        Assert.Equal("Trường THCS Tôn Thất Tùng", read.Value.SchoolName);
        Assert.Equal("Của nhà trường", read.Value.Groups[0].Rows[0].TargetResult);
        Assert.Contains("\"schemaVersion\"", json);
        Assert.Equal("Của nhà trường", created.Groups[0].Items[0].TargetResult);
    }

    [Fact]
    public async Task Reports_AndSupervision_StoredAsJson_AndAnAdjustmentsLinkKept()
    {
        var plan = await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/stored", Plan = ProtoMapper.ToProto(CorpusDocuments.Plan2023()), PlanId = "kh-all" });
        var report = await host.Plans.CreateReportAsync(new CreateReportRequest { Parent = plan.Name, Report = ProtoMapper.ToProto(CorpusDocuments.Report2023()), ReportId = "bc-1" });
        var supervision = ProtoMapper.ToProto(CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() });
        supervision.Name = plan.Name + "/supervision";
        await host.Plans.UpdateSupervisionAsync(new UpdateSupervisionRequest { Supervision = supervision });
        Assert.True(DocumentJson.ReadReport(Encoding.UTF8.GetString((await Store.GetAsync(report.Name, CancellationToken.None))!.Data)).Success);
        Assert.True(DocumentJson.ReadSupervision(Encoding.UTF8.GetString((await Store.GetAsync(supervision.Name, CancellationToken.None))!.Data)).Success);

        var approved = await host.Plans.ApprovePlanAsync(new ApprovePlanRequest { Name = plan.Name, Etag = plan.Etag });
        var adjustment = ProtoMapper.ToProto(CorpusDocuments.Plan2023());
        adjustment.Adjusts = approved.Name;
        var adjusted = await host.Plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/stored", Plan = adjustment, PlanId = "kh-all-2" });
        Assert.Equal(approved.Name, (await host.Plans.GetPlanAsync(new GetPlanRequest { Name = adjusted.Name })).Adjusts);
        Assert.Equal(approved.Name, (await Store.GetAsync(adjusted.Name, CancellationToken.None))!.Link);
        var first = await host.Plans.GetRevisionAsync(new GetRevisionRequest { Name = adjusted.Name + "/revisions/1" });
        Assert.Equal(approved.Name, first.Plan.Adjusts);
    }

    [Fact]
    public async Task RowsOfTheFirstFormat_ProtoBytes_StillRead()
    {
        var plan = ProtoMapper.ToProto(CorpusDocuments.Plan2023());
        await Store.CreateAsync("schools/legacy/plans/kh-1", DocumentKind.Plan, "schools/legacy", new DocumentContent(plan.ToByteArray(), StoredSchemas.Proto), Change.By("migration"), CancellationToken.None);
        var read = await host.Plans.GetPlanAsync(new GetPlanRequest { Name = "schools/legacy/plans/kh-1" });
        Assert.Equal(plan.Groups, read.Groups);
        var updated = await host.Plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = new Plan { Name = read.Name, Etag = read.Etag, SchoolName = "Đã chuyển" } });
        Assert.Equal(StoredSchemas.DomainJson, (await Store.GetAsync(read.Name, CancellationToken.None))!.Schema);
        Assert.Equal(plan.Groups, updated.Groups);
    }

    [Fact]
    public async Task AStoredDocumentTheHostCannotRead_FailedPreconditionNotInternal()
    {
        await Store.CreateAsync("schools/legacy/plans/kh-bad", DocumentKind.Plan, "schools/legacy",
            new DocumentContent(Encoding.UTF8.GetBytes("{\"schemaVersion\": 99, \"kind\": \"plan\"}"), StoredSchemas.DomainJson), Change.By("x"), CancellationToken.None);
        var ex = await RpcAssert.Fails(StatusCode.FailedPrecondition, () => host.Plans.GetPlanAsync(new GetPlanRequest { Name = "schools/legacy/plans/kh-bad" }).ResponseAsync);
        Assert.Equal("STORED_DOCUMENT_UNREADABLE", ex.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
        await RpcAssert.Fails(StatusCode.FailedPrecondition, () => host.Plans.GetPlanProgressAsync(new GetPlanProgressRequest { Name = "schools/legacy/plans/kh-bad" }).ResponseAsync);
        await RpcAssert.Fails(StatusCode.FailedPrecondition, () => host.Plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/legacy" }).ResponseAsync);
    }
}
