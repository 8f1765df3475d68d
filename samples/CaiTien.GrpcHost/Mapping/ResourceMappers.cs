using System;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Store;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using P = CaiTien.V1;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>
/// What differs between the stored resources (plans, reports, supervision records): their names, and how a document
/// passes through the domain on its way to the store. Everything else (etags, masks, approval, history, pages) is
/// written once, in <see cref="Services.DocumentResource{T}"/>.
/// </summary>
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
    /// The document as the domain reads it, mapped back: normalised text, the framework bound explicitly. Also its
    /// recency key. <c>null</c> with violations when it cannot be read; <paramref name="stored"/> is the current
    /// version, on an update.
    /// </summary>
    (T Content, string SortKey)? Normalise(T document, T? stored, string field, Violations v);

    DocumentContent Encode(T content, string sortKey);

    T Decode(StoredDocument stored);

    T Decode(int schema, byte[] data);
}

/// <summary>Shared: proto bytes as the stored format (schema 1).</summary>
internal abstract class ProtoResourceMapper<T> : IResourceMapper<T>
    where T : class, IMessage<T>, new()
{
    public const int ProtoSchema = 1;

    private static readonly MessageParser<T> Parser = new(() => new T());

    public abstract DocumentKind Kind { get; }

    public abstract string Field { get; }

    public abstract string IdPrefix { get; }

    public abstract bool Approvable { get; }

    public abstract bool CheckName(string name, string field, Violations v);

    public virtual string ParentOf(string name) => ResourceNames.PlanOfChild(name);

    public abstract string NameFor(string parent, string id);

    public abstract (T Content, string SortKey)? Normalise(T document, T? stored, string field, Violations v);

    public DocumentContent Encode(T content, string sortKey) => new(content.ToByteArray(), ProtoSchema, sortKey);

    public T Decode(StoredDocument stored) => Decode(stored.Schema, stored.Data);

    public T Decode(int schema, byte[] data) => schema == ProtoSchema
        ? Parser.ParseFrom(data)
        : throw new InvalidOperationException($"Unknown stored schema {schema} for {typeof(T).Name}");

    /// <summary>"plan.framework", from the descriptor.</summary>
    protected static string Path(string field, MessageDescriptor descriptor, int number) => $"{field}.{descriptor.FindFieldByNumber(number).Name}";
}

internal sealed class PlanMapper : ProtoResourceMapper<P.Plan>
{
    public override DocumentKind Kind => DocumentKind.Plan;

    public override string Field => "plan";

    public override string IdPrefix => "kh";

    public override bool Approvable => true;

    public override bool CheckName(string name, string field, Violations v) => ResourceNames.IsPlan(name, field, v);

    public override string ParentOf(string name) => ResourceNames.School(ResourceNames.SplitPlan(name).School);

    public override string NameFor(string parent, string id) => $"{parent}/plans/{id}";

    public override (P.Plan Content, string SortKey)? Normalise(P.Plan document, P.Plan? stored, string field, Violations v)
    {
        P.Plan input = document;
        if (stored is not null)
        {
            // The framework is bound at creation: an update keeps it, and may not name another.
            string frameworkPath = Path(field, P.Plan.Descriptor, P.Plan.FrameworkFieldNumber);
            if (input.Framework.Length == 0)
            {
                input = input.Clone();
                input.Framework = stored.Framework;
            }
            else if (input.Framework != stored.Framework)
            {
                v.Add(frameworkPath, $"Kế hoạch gắn với {stored.Framework} từ khi tạo; không đổi được", $"The plan is bound to {stored.Framework} since its creation; it cannot change");
            }
            if (input.Adjusts != stored.Adjusts)
            {
                v.Add(Path(field, P.Plan.Descriptor, P.Plan.AdjustsFieldNumber), "Chỉ ghi khi tạo kế hoạch", "Set only when the plan is created");
            }
        }
        ImprovementPlan? plan = ProtoMapper.ToDomain(input, field, v);
        if (plan is null || v.Any)
        {
            return null;
        }
        P.Plan content = ProtoMapper.ToProto(plan);
        content.Adjusts = input.Adjusts;
        return (content, string.Empty);
    }
}

internal sealed class ReportMapper : ProtoResourceMapper<P.Report>
{
    public override DocumentKind Kind => DocumentKind.Report;

    public override string Field => "report";

    public override string IdPrefix => "bc";

    public override bool Approvable => true;

    public override bool CheckName(string name, string field, Violations v) => ResourceNames.IsReport(name, field, v);

    public override string NameFor(string parent, string id) => ResourceNames.Report(parent, id);

    public override (P.Report Content, string SortKey)? Normalise(P.Report document, P.Report? stored, string field, Violations v)
    {
        ImplementationReport? report = ProtoMapper.ToDomain(document, field, v);
        if (report is null || v.Any)
        {
            return null;
        }
        // Reports of a plan order by their date, latest first; undated ones come after every dated one.
        string sortKey = report.Reference.Date is { } d ? d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty;
        return (ProtoMapper.ToProto(report), sortKey);
    }
}

internal sealed class SupervisionMapper : ProtoResourceMapper<P.Supervision>
{
    public override DocumentKind Kind => DocumentKind.Supervision;

    public override string Field => "supervision";

    public override string IdPrefix => "gs";

    public override bool Approvable => false;

    public override bool CheckName(string name, string field, Violations v) => ResourceNames.IsSupervision(name, field, v);

    public override string NameFor(string parent, string id) => ResourceNames.Supervision(parent);

    public override (P.Supervision Content, string SortKey)? Normalise(P.Supervision document, P.Supervision? stored, string field, Violations v)
    {
        var supervision = ProtoMapper.ToDomain(document, field, v);
        if (supervision is null || v.Any)
        {
            return null;
        }
        return (ProtoMapper.ToProto(supervision.Value.Team, supervision.Value.Minutes), string.Empty);
    }
}
