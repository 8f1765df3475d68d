using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Services;
using CaiTien.GrpcHost.Store;
using P = CaiTien.V1;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>Revisions: "{plan, report or supervision}/revisions/{n}", and the stored history as the wire shows it.</summary>
internal static partial class RevisionMapper
{
    [GeneratedRegex(@"^(?<resource>.+)/revisions/(?<n>[1-9][0-9]{0,17})\z")]
    private static partial Regex Pattern();

    public static readonly EnumMap<RevisionAction, P.RevisionAction> Actions = new(
        (RevisionAction.Create, P.RevisionAction.Create),
        (RevisionAction.Update, P.RevisionAction.Update),
        (RevisionAction.Approve, P.RevisionAction.Approve),
        (RevisionAction.Delete, P.RevisionAction.Delete));

    public static string Name(string resource, long revision) => $"{resource}/revisions/{revision.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The resource and the revision number a revision name holds, or a violation.</summary>
    public static (string Resource, long Revision) Parse(string name, string field, Violations v)
    {
        Match m = Pattern().Match(name ?? string.Empty);
        string resource = m.Success ? m.Groups["resource"].Value : string.Empty;
        var probe = new Violations();
        if (!m.Success || !(ResourceNames.IsPlan(resource, field, probe) || ResourceNames.IsReport(resource, field, probe) || ResourceNames.IsSupervision(resource, field, probe)))
        {
            v.Add(field, $"\"{Violations.Short(name)}\" không phải tên dạng …/revisions/{{n}} của một kế hoạch, báo cáo hay hồ sơ giám sát",
                $"\"{Violations.Short(name)}\" is not a name like …/revisions/{{n}} of a plan, report or supervision record");
            return (string.Empty, 0);
        }
        return (resource, long.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The revision, with the snapshot's oneof taken from <paramref name="snapshot"/> when given.</summary>
    public static P.Revision ToProto(StoredRevision r, P.Revision? snapshot)
    {
        var proto = snapshot ?? new P.Revision();
        proto.Name = Name(r.Name, r.Revision);
        proto.Action = Actions.ToProto(r.Action);
        proto.Actor = r.Actor;
        proto.CreateTime = r.Time.ToTimestamp();
        proto.ChangedFields.AddRange(r.Fields);
        proto.EtagBefore = r.EtagBefore;
        proto.EtagAfter = r.EtagAfter;
        return proto;
    }
}
