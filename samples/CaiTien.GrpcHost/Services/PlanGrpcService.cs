using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CaiTien.Domain;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Rules;
using CheckOptions = CaiTien.Domain.Rules.CheckOptions;
using Severity = CaiTien.Domain.Rules.Severity;
using CaiTien.Domain.Tracking;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using CaiTien.GrpcHost.Store;
using CaiTien.V1;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CaiTien.GrpcHost.Services;

/// <summary>Plans, reports and supervision under schools/{school}; checks; progress. Maps and stores; decides no rule.</summary>
internal sealed class PlanGrpcService : PlanService.PlanServiceBase
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 100;

    // A page holds at most this much content, so that a response stays under the 4 MiB send limit.
    private const long MaxPageBytes = 2 * 1024 * 1024;

    private readonly IDocumentStore store;
    private readonly IClock clock;
    private readonly ILogger<PlanGrpcService> logger;

    public PlanGrpcService(IDocumentStore store, IClock clock, ILogger<PlanGrpcService> logger)
    {
        this.store = store;
        this.clock = clock;
        this.logger = logger;
    }

    // ---------------- plans ----------------

    public override async Task<Plan> GetPlan(GetPlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsPlan(request.Name, "name", v);
        v.ThrowIfAny();
        return ToPlan(await Load(request.Name, context.CancellationToken));
    }

    public override async Task<ListPlansResponse> ListPlans(ListPlansRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.ParseSchool(request.Parent, "parent", v);
        var (size, after) = Page(request.PageSize, request.PageToken, request.Parent, v);
        v.ThrowIfAny();
        var (page, next) = await List(DocumentKind.Plan, request.Parent, size, after, ToPlan, context.CancellationToken);
        return new ListPlansResponse { Plans = { page }, NextPageToken = next };
    }

    public override async Task<Plan> CreatePlan(CreatePlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var (school, ok) = ResourceNames.ParseSchool(request.Parent, "parent", v);
        string id = string.IsNullOrEmpty(request.PlanId) ? NewId("kh") : request.PlanId;
        if (!ResourceNames.IsId(id))
        {
            v.Add("plan_id", $"\"{id}\" không hợp lệ: 1-63 ký tự a-z, 0-9, '-', bắt đầu bằng chữ", $"\"{id}\" is invalid: 1-63 characters of a-z, 0-9 and '-', starting with a letter");
        }
        ProtoMapper.ToDomain(request.Plan, "plan", v);
        v.ThrowIfAny();
        string name = ResourceNames.Plan(school.Value, id);
        WriteResult result = await store.CreateAsync(name, DocumentKind.Plan, request.Parent, Content(request.Plan), Change.By(Actor(context)), context.CancellationToken);
        Log("CreatePlan", name, result);
        return result.Outcome == WriteOutcome.AlreadyExists ? throw RpcErrors.AlreadyExists(name) : ToPlan(result.Document!);
    }

    public override async Task<Plan> UpdatePlan(UpdatePlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (request.Plan is null)
        {
            v.Add("plan", "Thiếu kế hoạch", "The plan is required");
            v.ThrowIfAny();
        }
        ResourceNames.IsPlan(request.Plan!.Name, "plan.name", v);
        RequireEtag(request.Plan.Etag, "plan.etag", v);
        ProtoMapper.ToDomain(request.Plan, "plan", v);
        v.ThrowIfAny();
        var (school, _) = ResourceNames.SplitPlan(request.Plan.Name);
        WriteResult result = await store.UpdateAsync(request.Plan.Name, Content(request.Plan), request.Plan.Etag, Change.By(Actor(context)), context.CancellationToken);
        Log("UpdatePlan", request.Plan.Name, result);
        return ToPlan(Written(request.Plan.Name, request.Plan.Etag, result));
    }

    public override Task<Empty> DeletePlan(DeletePlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsPlan(request.Name, "name", v);
        v.ThrowIfAny();
        return Delete("DeletePlan", request.Name, request.Etag, context.CancellationToken);
    }

    // ---------------- reports ----------------

    public override async Task<Report> GetReport(GetReportRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsReport(request.Name, "name", v);
        v.ThrowIfAny();
        return ToReport(await Load(request.Name, context.CancellationToken));
    }

    public override async Task<ListReportsResponse> ListReports(ListReportsRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsPlan(request.Parent, "parent", v);
        var (size, after) = Page(request.PageSize, request.PageToken, request.Parent, v);
        v.ThrowIfAny();
        var (page, next) = await List(DocumentKind.Report, request.Parent, size, after, ToReport, context.CancellationToken);
        return new ListReportsResponse { Reports = { page }, NextPageToken = next };
    }

    public override async Task<Report> CreateReport(CreateReportRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsPlan(request.Parent, "parent", v);
        string id = string.IsNullOrEmpty(request.ReportId) ? NewId("bc") : request.ReportId;
        if (!ResourceNames.IsId(id))
        {
            v.Add("report_id", $"\"{id}\" không hợp lệ", $"\"{id}\" is invalid");
        }
        ProtoMapper.ToDomain(request.Report, "report", v);
        v.ThrowIfAny();
        string name = ResourceNames.Report(request.Parent, id);
        WriteResult result = await store.CreateAsync(name, DocumentKind.Report, request.Parent, Content(request.Report), Change.By(Actor(context)), context.CancellationToken);
        Log("CreateReport", name, result);
        return result.Outcome switch
        {
            WriteOutcome.AlreadyExists => throw RpcErrors.AlreadyExists(name),
            WriteOutcome.ParentNotFound => throw RpcErrors.NotFound(request.Parent),
            _ => ToReport(result.Document!),
        };
    }

    public override async Task<Report> UpdateReport(UpdateReportRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (request.Report is null)
        {
            v.Add("report", "Thiếu báo cáo", "The report is required");
            v.ThrowIfAny();
        }
        ResourceNames.IsReport(request.Report!.Name, "report.name", v);
        RequireEtag(request.Report.Etag, "report.etag", v);
        ProtoMapper.ToDomain(request.Report, "report", v);
        v.ThrowIfAny();
        string parent = ResourceNames.PlanOfChild(request.Report.Name);
        WriteResult result = await store.UpdateAsync(request.Report.Name, Content(request.Report), request.Report.Etag, Change.By(Actor(context)), context.CancellationToken);
        Log("UpdateReport", request.Report.Name, result);
        return ToReport(Written(request.Report.Name, request.Report.Etag, result));
    }

    public override Task<Empty> DeleteReport(DeleteReportRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsReport(request.Name, "name", v);
        v.ThrowIfAny();
        return Delete("DeleteReport", request.Name, request.Etag, context.CancellationToken);
    }

    // ---------------- supervision ----------------

    public override async Task<Supervision> GetSupervision(GetSupervisionRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsSupervision(request.Name, "name", v);
        v.ThrowIfAny();
        return ToSupervision(await Load(request.Name, context.CancellationToken));
    }

    public override async Task<Supervision> UpdateSupervision(UpdateSupervisionRequest request, ServerCallContext context)
    {
        var v = new Violations();
        if (request.Supervision is null)
        {
            v.Add("supervision", "Thiếu hồ sơ giám sát", "The supervision record is required");
            v.ThrowIfAny();
        }
        ResourceNames.IsSupervision(request.Supervision!.Name, "supervision.name", v);
        ProtoMapper.ToDomain(request.Supervision, "supervision", v);
        v.ThrowIfAny();
        string parent = ResourceNames.PlanOfChild(request.Supervision.Name);
        string etag = request.Supervision.Etag;
        // Without an etag the write may only create the record: replacing one unseen would lose the writes it holds.
        WriteResult result = string.IsNullOrEmpty(etag)
            ? await store.CreateAsync(request.Supervision.Name, DocumentKind.Supervision, parent, Content(request.Supervision), Change.By(Actor(context)), context.CancellationToken)
            : await store.UpdateAsync(request.Supervision.Name, Content(request.Supervision), etag, Change.By(Actor(context)), context.CancellationToken);
        Log("UpdateSupervision", request.Supervision.Name, result);
        return result.Outcome switch
        {
            WriteOutcome.ParentNotFound => throw RpcErrors.NotFound(parent),
            WriteOutcome.AlreadyExists => throw RpcErrors.FailedPrecondition(request.Supervision.Name, "ETAG_REQUIRED",
                "Hồ sơ giám sát đã có: đọc nó rồi cập nhật kèm etag (the supervision record exists: read it, then update it with its etag)"),
            _ => ToSupervision(Written(request.Supervision.Name, etag, result)),
        };
    }

    // ---------------- checks ----------------

    public override Task<CheckResponse> ValidatePlan(ValidatePlanRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ImprovementPlan? plan = ProtoMapper.ToDomain(request.Plan, "plan", v);
        CheckOptions options = ProtoMapper.ToDomain(request.Options, "options", v);
        v.ThrowIfAny();
        CheckResult result = new ConsistencyChecker(options).CheckPlan(plan!);
        logger.LogInformation("ValidatePlan: {Errors} errors, {Warnings} warnings, {Infos} infos", result.Count(Severity.Error), result.Count(Severity.Warning), result.Count(Severity.Info));
        return Task.FromResult(ProtoMapper.ToProto(result, plan: true));
    }

    public override async Task<CheckResponse> CheckReport(CheckReportRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var report = ProtoMapper.ToDomain(request.Report, "report", v);
        ImprovementPlan? plan = await PlanSource(request.PlanSourceCase == CheckReportRequest.PlanSourceOneofCase.Plan ? request.Plan : null,
            request.PlanSourceCase == CheckReportRequest.PlanSourceOneofCase.PlanName ? request.PlanName : null, v, context.CancellationToken);
        CheckOptions options = ProtoMapper.ToDomain(request.Options, "options", v);
        v.ThrowIfAny();
        CheckResult result = new ConsistencyChecker(options).CheckReport(report!, plan);
        logger.LogInformation("CheckReport: {Errors} errors, {Warnings} warnings, {Infos} infos, against plan {HasPlan}", result.Count(Severity.Error), result.Count(Severity.Warning), result.Count(Severity.Info), plan is not null);
        return ProtoMapper.ToProto(result);
    }

    public override async Task<CheckResponse> CheckSupervision(CheckSupervisionRequest request, ServerCallContext context)
    {
        var v = new Violations();
        var supervision = ProtoMapper.ToDomain(request.Supervision, "supervision", v);
        ImprovementPlan? plan = await PlanSource(request.PlanSourceCase == CheckSupervisionRequest.PlanSourceOneofCase.Plan ? request.Plan : null,
            request.PlanSourceCase == CheckSupervisionRequest.PlanSourceOneofCase.PlanName ? request.PlanName : null, v, context.CancellationToken);
        if (plan is null && !v.Any)
        {
            v.Add("plan_source", "Cần kế hoạch (plan hoặc plan_name) để kiểm tra giám sát", "A plan (plan or plan_name) is required to check supervision");
        }
        CheckOptions options = ProtoMapper.ToDomain(request.Options, "options", v);
        v.ThrowIfAny();
        CheckResult result = new ConsistencyChecker(options).CheckSupervision(plan!, supervision!.Value.Team, supervision.Value.Minutes);
        return ProtoMapper.ToProto(result, supervision: true);
    }

    public override async Task<V1.PlanProgress> GetPlanProgress(GetPlanProgressRequest request, ServerCallContext context)
    {
        var v = new Violations();
        ResourceNames.IsPlan(request.Name, "name", v);
        LocalDate? date = ProtoMapper.ToDate(request.Date, "date", v);
        if (request.LookAheadDays is < 0 or > 366)
        {
            v.Add("look_ahead_days", "Số ngày từ 0 đến 366", "Between 0 and 366 days");
        }
        v.ThrowIfAny();
        StoredDocument stored = await Load(request.Name, context.CancellationToken);
        var plan = ProtoMapper.ToDomain(Plan.Parser.ParseFrom(stored.Data), "plan", v)
            ?? throw RpcErrors.FailedPrecondition(request.Name, "STORED_PLAN_UNREADABLE",
                "Kế hoạch đã lưu không còn đọc được theo bộ tiêu chuẩn hiện có (the stored plan no longer maps to a known framework)");
        var reports = await store.LatestAsync(DocumentKind.Report, request.Name, 10, context.CancellationToken);
        var report = reports.Select(r => ProtoMapper.ToDomain(Report.Parser.ParseFrom(r.Data), "report", v))
            .Where(r => r is not null).OrderByDescending(r => r!.Reference.Date ?? default).FirstOrDefault();
        var supervision = await store.GetAsync(ResourceNames.Supervision(request.Name), context.CancellationToken);
        var minutes = supervision is null ? null : ProtoMapper.ToDomain(Supervision.Parser.ParseFrom(supervision.Data), "supervision", v)?.Minutes;
        LocalDate on = date ?? clock.GetCurrentInstant().InZone(HostTime.Zone).Date;
        var progress = Domain.Tracking.PlanProgress.On(plan, on, report, minutes, lookAheadDays: request.LookAheadDays == 0 ? 14 : request.LookAheadDays);
        return ProtoMapper.ToProto(request.Name, progress);
    }

    // ---------------- helpers ----------------

    private async Task<ImprovementPlan?> PlanSource(Plan? inline, string? name, Violations v, CancellationToken cancellationToken)
    {
        if (inline is not null)
        {
            return ProtoMapper.ToDomain(inline, "plan", v);
        }
        if (name is null)
        {
            return null;
        }
        if (!ResourceNames.IsPlan(name, "plan_name", v))
        {
            return null;
        }
        StoredDocument stored = await Load(name, cancellationToken);
        return ProtoMapper.ToDomain(Plan.Parser.ParseFrom(stored.Data), "plan", v);
    }

    private async Task<StoredDocument> Load(string name, CancellationToken cancellationToken)
        => await store.GetAsync(name, cancellationToken) ?? throw RpcErrors.NotFound(name);

    private StoredDocument Written(string name, string etag, WriteResult result) => result.Outcome switch
    {
        WriteOutcome.Written => result.Document!,
        WriteOutcome.NotFound or WriteOutcome.ParentNotFound => throw RpcErrors.NotFound(name),
        WriteOutcome.StaleEtag => throw RpcErrors.StaleEtag(name, etag, result.CurrentEtag!),
        _ => throw RpcErrors.AlreadyExists(name),
    };

    private void Log(string method, string name, WriteResult result)
        => logger.LogInformation("{Method} {Name}: {Outcome} {Etag}", method, name, result.Outcome, result.Document?.Etag);

    private static void RequireEtag(string etag, string field, Violations v)
    {
        if (string.IsNullOrEmpty(etag))
        {
            v.Add(field, "Cần etag của bản đã đọc để cập nhật", "The etag read with the resource is required to update it");
        }
    }

    // The server owns these fields of every stored resource; stored content is the resource without them.
    private static readonly string[] ServerFields = { "name", "etag", "create_time", "update_time" };

    private static DocumentContent Content<T>(T message)
        where T : IMessage<T>
    {
        T copy = message.Clone();
        foreach (string field in ServerFields)
        {
            copy.Descriptor.FindFieldByName(field)?.Accessor.Clear(copy);
        }
        string sortKey = copy is Report r && r.Reference?.Date is { Year: > 0 } d ? $"{d.Year:D4}-{d.Month:D2}-{d.Day:D2}" : string.Empty;
        return new DocumentContent(copy.ToByteArray(), 1, sortKey);
    }

    private static string Actor(ServerCallContext context) => context.GetHttpContext().User.Identity?.Name ?? "anonymous";

    private static T Stamp<T>(MessageParser<T> parser, StoredDocument d)
        where T : IMessage<T>
    {
        T message = parser.ParseFrom(d.Data);
        var fields = message.Descriptor;
        fields.FindFieldByName("name").Accessor.SetValue(message, d.Name);
        fields.FindFieldByName("etag").Accessor.SetValue(message, d.Etag);
        fields.FindFieldByName("create_time")?.Accessor.SetValue(message, d.CreateTime.ToTimestamp());
        fields.FindFieldByName("update_time").Accessor.SetValue(message, d.UpdateTime.ToTimestamp());
        return message;
    }

    private static Plan ToPlan(StoredDocument d) => Stamp(Plan.Parser, d);

    private static Report ToReport(StoredDocument d) => Stamp(Report.Parser, d);

    private static Supervision ToSupervision(StoredDocument d) => Stamp(Supervision.Parser, d);

    private async Task<Empty> Delete(string method, string name, string etag, CancellationToken cancellationToken)
    {
        WriteResult result = await store.DeleteAsync(name, etag, Change.By("anonymous"), cancellationToken);
        Log(method, name, result);
        Written(name, etag, result);
        return new Empty();
    }

    private async Task<(List<T> Page, string NextToken)> List<T>(DocumentKind kind, string parent, int size, string? after, Func<StoredDocument, T> map, CancellationToken cancellationToken)
    {
        var page = await store.ListAsync(kind, parent, after, size, MaxPageBytes, cancellationToken);
        return (page.Documents.Select(map).ToList(), page.More ? Token(parent, page.Documents[^1].Name) : string.Empty);
    }

    private static (int Size, string? After) Page(int pageSize, string token, string parent, Violations v)
    {
        if (pageSize is < 0 or > MaxPageSize)
        {
            v.Add("page_size", $"page_size phải từ 0 đến {MaxPageSize}", $"page_size must be 0 to {MaxPageSize}");
        }
        string? after = null;
        if (!string.IsNullOrEmpty(token))
        {
            try
            {
                string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(token));
                after = decoded.StartsWith(parent + "|", StringComparison.Ordinal) ? decoded.Substring(parent.Length + 1) : null;
            }
            catch (FormatException)
            {
            }
            if (after is null)
            {
                v.Add("page_token", "page_token không hợp lệ cho danh sách này", "page_token is not valid for this list");
            }
        }
        return (pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize), after);
    }

    private static string Token(string parent, string lastName) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{parent}|{lastName}"));

    private static string NewId(string prefix) => $"{prefix}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}";
}

internal static class InstantExtensions
{
    public static Timestamp ToTimestamp(this Instant instant) => Timestamp.FromDateTimeOffset(instant.ToDateTimeOffset());
}
