using System;
using System.Linq;
using System.Threading.Tasks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Rules;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using CaiTien.GrpcHost.Store;
using CaiTien.V1;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using NodaTime;
using CheckOptions = CaiTien.Domain.Rules.CheckOptions;
using Severity = CaiTien.Domain.Rules.Severity;

namespace CaiTien.GrpcHost.Services;

/// <summary>Plans, reports and supervision under schools/{school}; their history; checks; progress. Maps and stores; decides no rule.</summary>
internal sealed class PlanGrpcService : PlanService.PlanServiceBase
{
    private readonly IDocumentStore store;
    private readonly IClock clock;
    private readonly ILogger<PlanGrpcService> logger;
    private readonly DocumentResource<Plan> plans;
    private readonly DocumentResource<Report> reports;
    private readonly DocumentResource<Supervision> supervisions;

    public PlanGrpcService(IDocumentStore store, IClock clock, ILogger<PlanGrpcService> logger)
    {
        this.store = store;
        this.clock = clock;
        this.logger = logger;
        plans = new DocumentResource<Plan>(store, new PlanMapper(), logger);
        reports = new DocumentResource<Report>(store, new ReportMapper(), logger);
        supervisions = new DocumentResource<Supervision>(store, new SupervisionMapper(), logger);
    }

    // ---------------- plans ----------------

    public override Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context) => plans.Get(request.Name, context);

    public override async Task<ListPlansResponse> ListPlans(ListPlansRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.ParseSchool(request.Parent, "parent", v);
        v.ThrowIfAny();
        var (page, next) = await plans.List(request.Parent, request.PageSize, request.PageToken, context);
        return new ListPlansResponse { Plans = { page }, NextPageToken = next };
    }

    public override async Task<Plan> CreatePlan(CreatePlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var (school, _) = ResourceNames.ParseSchool(request.Parent, "parent", v);
        if (request.Plan is { Adjusts.Length: > 0 } plan && ResourceNames.IsPlan(plan.Adjusts, "plan.adjusts", v))
        {
            // An adjustment (kế hoạch điều chỉnh) links to an approved plan of the same school.
            StoredDocument? adjusted = await store.GetAsync(plan.Adjusts, context.CancellationToken);
            if (ResourceNames.SchoolOf(plan.Adjusts) != school.Value)
            {
                v.Add("plan.adjusts", "Kế hoạch được điều chỉnh phải của cùng trường", "The adjusted plan must be of the same school");
            }
            else if (adjusted is null || !adjusted.IsApproved)
            {
                v.Add("plan.adjusts", $"{plan.Adjusts} không có hoặc chưa được phê duyệt", $"{plan.Adjusts} does not exist or is not approved");
            }
        }
        return await plans.Create(request.Parent, request.PlanId, "plan_id", request.Plan, context, v);
    }

    public override Task<Plan> UpdatePlan(UpdatePlanRequest request, ServerCallContext context) => plans.Update(request.Plan, request.UpdateMask, context);

    public override async Task<Empty> DeletePlan(DeletePlanRequest request, ServerCallContext context)
    {
        await plans.Delete(request.Name, request.Etag, context);
        return new Empty();
    }

    public override Task<Plan> ApprovePlan(ApprovePlanRequest request, ServerCallContext context) => plans.Approve(request.Name, request.Etag, context);

    // ---------------- reports ----------------

    public override Task<Report> GetReport(GetReportRequest request, ServerCallContext context) => reports.Get(request.Name, context);

    public override async Task<ListReportsResponse> ListReports(ListReportsRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsPlan(request.Parent, "parent", v);
        v.ThrowIfAny();
        var (page, next) = await reports.List(request.Parent, request.PageSize, request.PageToken, context);
        return new ListReportsResponse { Reports = { page }, NextPageToken = next };
    }

    public override Task<Report> CreateReport(CreateReportRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsPlan(request.Parent, "parent", v);
        return reports.Create(request.Parent, request.ReportId, "report_id", request.Report, context, v);
    }

    public override Task<Report> UpdateReport(UpdateReportRequest request, ServerCallContext context) => reports.Update(request.Report, request.UpdateMask, context);

    public override async Task<Empty> DeleteReport(DeleteReportRequest request, ServerCallContext context)
    {
        await reports.Delete(request.Name, request.Etag, context);
        return new Empty();
    }

    public override Task<Report> ApproveReport(ApproveReportRequest request, ServerCallContext context) => reports.Approve(request.Name, request.Etag, context);

    // ---------------- supervision ----------------

    public override Task<Supervision> GetSupervision(GetSupervisionRequest request, ServerCallContext context) => supervisions.Get(request.Name, context);

    public override Task<Supervision> UpdateSupervision(UpdateSupervisionRequest request, ServerCallContext context)
        => supervisions.Update(request.Supervision, request.UpdateMask, context, createWhenMissing: true);

    // ---------------- history ----------------

    public override async Task<ListRevisionsResponse> ListRevisions(ListRevisionsRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (!ResourceNames.IsPlan(request.Parent, "parent", new Violations()) && !ResourceNames.IsReport(request.Parent, "parent", new Violations()))
        {
            ResourceNames.IsSupervision(request.Parent, "parent", v);
        }
        var (size, after) = DocumentResource<Plan>.Page(request.PageSize, request.PageToken, request.Parent, v);
        long from = 0;
        if (after is not null && !long.TryParse(after, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out from))
        {
            v.Add("page_token", "page_token không hợp lệ cho danh sách này", "page_token is not valid for this list");
        }
        v.ThrowIfAny();
        var list = await store.ListRevisionsAsync(request.Parent, from, size + 1, context.CancellationToken);
        var response = new ListRevisionsResponse { Revisions = { list.Take(size).Select(r => RevisionMapper.ToProto(r, null)) } };
        if (list.Count > size)
        {
            response.NextPageToken = DocumentResource<Plan>.Token(request.Parent, list[size - 1].Revision.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        return response;
    }

    public override async Task<Revision> GetRevision(GetRevisionRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var (resource, number) = RevisionMapper.Parse(request.Name, "name", v);
        v.ThrowIfAny();
        StoredRevision revision = await store.GetRevisionAsync(resource, number, context.CancellationToken) ?? throw RpcErrors.NotFound(request.Name);
        return RevisionMapper.ToProto(revision, revision.Data is null ? null : revision.Kind switch
        {
            DocumentKind.Plan => new Revision { Plan = plans.Mapper.Decode(revision.Schema, revision.Data, revision.Link) },
            DocumentKind.Report => new Revision { Report = reports.Mapper.Decode(revision.Schema, revision.Data, revision.Link) },
            _ => new Revision { Supervision = supervisions.Mapper.Decode(revision.Schema, revision.Data, revision.Link) },
        });
    }

    // ---------------- checks ----------------

    public override Task<CheckResponse> ValidatePlan(ValidatePlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ImprovementPlan? plan = ProtoMapper.ToDomain(request.Plan, "plan", v);
        CheckOptions options = ProtoMapper.ToDomain(request.Options, "options", v, context.RequestHeaders.GetValue("accept-language"));
        v.ThrowIfAny();
        CheckResult result = new ConsistencyChecker(options).CheckPlan(plan!);
        logger.LogInformation("ValidatePlan: {Errors} errors, {Warnings} warnings, {Infos} infos", result.Count(Severity.Error), result.Count(Severity.Warning), result.Count(Severity.Info));
        return Task.FromResult(ProtoMapper.ToProto(result, Plan.Descriptor));
    }

    public override async Task<CheckResponse> CheckReport(CheckReportRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var report = ProtoMapper.ToDomain(request.Report, "report", v);
        ImprovementPlan? plan = await PlanSource(request.PlanSourceCase == CheckReportRequest.PlanSourceOneofCase.Plan ? request.Plan : null,
            request.PlanSourceCase == CheckReportRequest.PlanSourceOneofCase.PlanName ? request.PlanName : null, v, context);
        CheckOptions options = ProtoMapper.ToDomain(request.Options, "options", v, context.RequestHeaders.GetValue("accept-language"));
        v.ThrowIfAny();
        CheckResult result = new ConsistencyChecker(options).CheckReport(report!, plan);
        logger.LogInformation("CheckReport: {Errors} errors, {Warnings} warnings, {Infos} infos, against plan {HasPlan}", result.Count(Severity.Error), result.Count(Severity.Warning), result.Count(Severity.Info), plan is not null);
        return ProtoMapper.ToProto(result, Report.Descriptor);
    }

    public override async Task<CheckResponse> CheckSupervision(CheckSupervisionRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var supervision = ProtoMapper.ToDomain(request.Supervision, "supervision", v);
        ImprovementPlan? plan = await PlanSource(request.PlanSourceCase == CheckSupervisionRequest.PlanSourceOneofCase.Plan ? request.Plan : null,
            request.PlanSourceCase == CheckSupervisionRequest.PlanSourceOneofCase.PlanName ? request.PlanName : null, v, context);
        if (plan is null && !v.Any)
        {
            v.Add("plan_source", "Cần kế hoạch (plan hoặc plan_name) để kiểm tra giám sát", "A plan (plan or plan_name) is required to check supervision");
        }
        CheckOptions options = ProtoMapper.ToDomain(request.Options, "options", v, context.RequestHeaders.GetValue("accept-language"));
        v.ThrowIfAny();
        CheckResult result = new ConsistencyChecker(options).CheckSupervision(plan!, supervision!.Value.Team, supervision.Value.Minutes);
        return ProtoMapper.ToProto(result, Supervision.Descriptor);
    }

    public override async Task<V1.PlanProgress> GetPlanProgress(GetPlanProgressRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsPlan(request.Name, "name", v);
        NodaTime.LocalDate? date = ProtoMapper.ToDate(request.Date, "date", v);
        if (request.LookAheadDays is < 0 or > 366)
        {
            v.Add("look_ahead_days", "Số ngày từ 0 đến 366", "Between 0 and 366 days");
        }
        v.ThrowIfAny();
        ImprovementPlan plan = await StoredPlan(request.Name, context);
        // Only the reports sharing the latest date are read, not every report of the plan.
        var latest = await store.LatestAsync(DocumentKind.Report, request.Name, 10, context.CancellationToken);
        var report = latest.Select(r => ProtoMapper.ToDomain(reports.Mapper.Decode(r), "report", new Violations())).FirstOrDefault(r => r is not null);
        var stored = await store.GetAsync(ResourceNames.Supervision(request.Name), context.CancellationToken);
        var minutes = stored is null ? null : ProtoMapper.ToDomain(supervisions.Mapper.Decode(stored), "supervision", new Violations())?.Minutes;
        NodaTime.LocalDate on = date ?? clock.GetCurrentInstant().InZone(HostTime.Zone).Date;
        var progress = Domain.Tracking.PlanProgress.On(plan, on, report, minutes, lookAheadDays: request.LookAheadDays == 0 ? 14 : request.LookAheadDays);
        return ProtoMapper.ToProto(request.Name, progress);
    }

    // ---------------- helpers ----------------

    private async Task<ImprovementPlan?> PlanSource(Plan? inline, string? name, Violations v, ServerCallContext context)
    {
        if (inline is not null)
        {
            return ProtoMapper.ToDomain(inline, "plan", v);
        }
        if (name is null || !ResourceNames.IsPlan(name, "plan_name", v))
        {
            return null;
        }
        return await StoredPlan(name, context);
    }

    /// <summary>A stored plan in the domain; FAILED_PRECONDITION when it no longer maps (its framework unknown to this host).</summary>
    private async Task<ImprovementPlan> StoredPlan(string name, ServerCallContext context)
    {
        var (_, content) = await plans.Read(name, context);
        return ProtoMapper.ToDomain(content, "plan", new Violations())
            ?? throw RpcErrors.FailedPrecondition(name, "STORED_PLAN_UNREADABLE",
                "Kế hoạch đã lưu không còn đọc được theo bộ tiêu chuẩn hiện có (the stored plan no longer maps to a known framework)");
    }
}

internal static class InstantExtensions
{
    public static Timestamp ToTimestamp(this Instant instant) => Timestamp.FromDateTimeOffset(instant.ToDateTimeOffset());
}
