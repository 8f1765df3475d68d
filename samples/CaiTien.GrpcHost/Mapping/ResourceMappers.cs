using System;
using System.Text;
using CaiTien.Domain;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Serialization;
using CaiTien.Domain.Supervision;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Store;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using P = CaiTien.V1;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>A document on its way to the store: as the client will read it back, and as it is stored.</summary>
internal sealed record Normalised<T>(T Content, DocumentContent Stored);

/// <summary>
/// What differs between the stored resources (plans, reports, supervision records): their names, and how a document
/// passes through the domain on its way to the store and back. Everything else (etags, masks, approval, history,
/// pages) is written once, in <see cref="Services.DocumentResource{T}"/>.
/// </summary>
/// <remarks>
/// The store keeps the domain's document in the domain's versioned JSON (<see cref="DocumentJson"/>, stored schema
/// <see cref="StoredSchemas.DomainJson"/>): text normalised, the framework named explicitly as bound at creation.
/// Rows written before it (schema <see cref="StoredSchemas.Proto"/>, the client's proto bytes) are still read.
/// </remarks>
internal interface IResourceMapper<T>
    where T : class, IMessage<T>, new()
{
    DocumentKind Kind { get; }

    /// <summary>The request field carrying the resource ("plan"): the start of every path in its errors.</summary>
    string Field { get; }

    /// <summary>The prefix of generated ids ("kh" for kế hoạch).</summary>
    string IdPrefix { get; }

    /// <summary>Whether the resource can be approved.</summary>
    bool Approvable { get; }

    bool CheckName(string name, string field, Violations v);

    string ParentOf(string name);

    string NameFor(string parent, string id);

    /// <summary>
    /// The document through the domain: <c>null</c> with violations when it cannot be read. <paramref name="stored"/> is
    /// the current version, on an update; <paramref name="name"/> the resource's name.
    /// </summary>
    Normalised<T>? Normalise(T document, T? stored, string name, string field, Violations v);

    /// <summary>The stored content as the client reads it (without the server's fields).</summary>
    T Decode(int schema, byte[] data, string link);
}

/// <summary>The formats of stored content.</summary>
internal static class StoredSchemas
{
    /// <summary>The client's proto bytes, as the first versions of the host stored them.</summary>
    public const int Proto = 1;

    /// <summary>The domain's document in <see cref="DocumentJson"/> (which carries its own schemaVersion).</summary>
    public const int DomainJson = 2;

    public static T Decode<T>(this IResourceMapper<T> mapper, StoredDocument stored)
        where T : class, IMessage<T>, new()
        => mapper.Decode(stored.Schema, stored.Data, stored.Link);

    /// <summary>A stored document the host can no longer read (its framework unknown here, a newer schema): FAILED_PRECONDITION, not INTERNAL.</summary>
    public static RpcException Unreadable(string what, string why)
        => RpcErrors.FailedPrecondition(what, "STORED_DOCUMENT_UNREADABLE",
            $"Văn bản đã lưu không đọc được: {why} (the stored document cannot be read)");
}

/// <summary>Shared: reading both stored formats.</summary>
internal abstract class DomainResourceMapper<T, TDomain> : IResourceMapper<T>
    where T : class, IMessage<T>, new()
    where TDomain : class
{
    private static readonly MessageParser<T> Parser = new(() => new T());

    public abstract DocumentKind Kind { get; }

    public abstract string Field { get; }

    public abstract string IdPrefix { get; }

    public abstract bool Approvable { get; }

    public abstract bool CheckName(string name, string field, Violations v);

    public virtual string ParentOf(string name) => ResourceNames.PlanOfChild(name);

    public abstract string NameFor(string parent, string id);

    public abstract Normalised<T>? Normalise(T document, T? stored, string name, string field, Violations v);

    public T Decode(int schema, byte[] data, string link)
    {
        T content;
        if (schema == StoredSchemas.Proto)
        {
            content = Parser.ParseFrom(data);
        }
        else if (schema == StoredSchemas.DomainJson)
        {
            ParseResult<TDomain> read = Read(Encoding.UTF8.GetString(data));
            content = read.Success ? ToProto(read.Value) : throw StoredSchemas.Unreadable(typeof(T).Name, read.Failure!.Message.English);
        }
        else
        {
            throw StoredSchemas.Unreadable(typeof(T).Name, $"unknown stored schema {schema}");
        }
        WithLink(content, link);
        return content;
    }

    protected abstract ParseResult<TDomain> Read(string json);

    protected abstract T ToProto(TDomain document);

    protected virtual void WithLink(T content, string link)
    {
    }

    protected static DocumentContent Store(string json, string sortKey = "", string link = "")
        => new(Encoding.UTF8.GetBytes(json), StoredSchemas.DomainJson, sortKey, link);

    /// <summary>"plan.framework", from the descriptor.</summary>
    protected static string Path(string field, MessageDescriptor descriptor, int number) => $"{field}.{descriptor.FindFieldByNumber(number).Name}";
}

internal sealed class PlanMapper : DomainResourceMapper<P.Plan, ImprovementPlan>
{
    public override DocumentKind Kind => DocumentKind.Plan;

    public override string Field => "plan";

    public override string IdPrefix => "kh";

    public override bool Approvable => true;

    public override bool CheckName(string name, string field, Violations v) => ResourceNames.IsPlan(name, field, v);

    public override string ParentOf(string name) => ResourceNames.School(ResourceNames.SplitPlan(name).School);

    public override string NameFor(string parent, string id) => $"{parent}/plans/{id}";

    public override Normalised<P.Plan>? Normalise(P.Plan document, P.Plan? stored, string name, string field, Violations v)
    {
        P.Plan input = document;
        if (stored is not null)
        {
            // The framework is bound at creation: an update keeps it, and may not name another.
            if (input.Framework.Length == 0)
            {
                input = input.Clone();
                input.Framework = stored.Framework;
            }
            else if (input.Framework != stored.Framework)
            {
                v.Add(Path(field, P.Plan.Descriptor, P.Plan.FrameworkFieldNumber),
                    $"Kế hoạch gắn với {stored.Framework} từ khi tạo; không đổi được", $"The plan is bound to {stored.Framework} since its creation; it cannot change");
            }
            if (input.Adjusts != stored.Adjusts)
            {
                v.Add(Path(field, P.Plan.Descriptor, P.Plan.AdjustsFieldNumber), "Chỉ ghi khi tạo kế hoạch", "Set only when the plan is created");
            }
        }
        var (school, plan) = ResourceNames.SplitPlan(name);
        ImprovementPlan? domain = ProtoMapper.ToDomain(input, field, v, PlanId.Parse(plan).GetValueOrDefault(default), SchoolId.Parse(school).GetValueOrDefault(default));
        if (domain is null || v.Any)
        {
            return null;
        }
        P.Plan content = ToProto(domain);
        content.Adjusts = input.Adjusts;
        return new Normalised<P.Plan>(content, Store(DocumentJson.WritePlan(domain), link: input.Adjusts));
    }

    protected override ParseResult<ImprovementPlan> Read(string json) => DocumentJson.ReadPlan(json);

    protected override P.Plan ToProto(ImprovementPlan document) => ProtoMapper.ToProto(document);

    protected override void WithLink(P.Plan content, string link)
    {
        if (link.Length > 0)
        {
            content.Adjusts = link;
        }
    }
}

internal sealed class ReportMapper : DomainResourceMapper<P.Report, ImplementationReport>
{
    public override DocumentKind Kind => DocumentKind.Report;

    public override string Field => "report";

    public override string IdPrefix => "bc";

    public override bool Approvable => true;

    public override bool CheckName(string name, string field, Violations v) => ResourceNames.IsReport(name, field, v);

    public override string NameFor(string parent, string id) => ResourceNames.Report(parent, id);

    public override Normalised<P.Report>? Normalise(P.Report document, P.Report? stored, string name, string field, Violations v)
    {
        ImplementationReport? report = ProtoMapper.ToDomain(document, field, v, ReportId.Parse(name.Substring(name.LastIndexOf('/') + 1)).GetValueOrDefault(default));
        if (report is null || v.Any)
        {
            return null;
        }
        // Reports of a plan order by their date, latest first; undated ones come after every dated one.
        string sortKey = report.Reference.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return new Normalised<P.Report>(ToProto(report), Store(DocumentJson.WriteReport(report), sortKey));
    }

    protected override ParseResult<ImplementationReport> Read(string json) => DocumentJson.ReadReport(json);

    protected override P.Report ToProto(ImplementationReport document) => ProtoMapper.ToProto(document);
}

internal sealed class SupervisionMapper : DomainResourceMapper<P.Supervision, SupervisionRecord>
{
    public override DocumentKind Kind => DocumentKind.Supervision;

    public override string Field => "supervision";

    public override string IdPrefix => "gs";

    public override bool Approvable => false;

    public override bool CheckName(string name, string field, Violations v) => ResourceNames.IsSupervision(name, field, v);

    public override string NameFor(string parent, string id) => ResourceNames.Supervision(parent);

    public override Normalised<P.Supervision>? Normalise(P.Supervision document, P.Supervision? stored, string name, string field, Violations v)
    {
        var supervision = ProtoMapper.ToDomain(document, field, v);
        if (supervision is null || v.Any)
        {
            return null;
        }
        var record = new SupervisionRecord { Team = supervision.Value.Team, Minutes = supervision.Value.Minutes };
        return new Normalised<P.Supervision>(ToProto(record), Store(DocumentJson.WriteSupervision(record)));
    }

    protected override ParseResult<SupervisionRecord> Read(string json) => DocumentJson.ReadSupervision(json);

    protected override P.Supervision ToProto(SupervisionRecord document) => ProtoMapper.ToProto(document.Team, document.Minutes);
}
