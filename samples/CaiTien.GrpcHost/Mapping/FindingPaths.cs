using System;
using System.Collections.Generic;
using System.Text;
using Google.Protobuf.Reflection;
using P = CaiTien.V1;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>
/// The domain's property paths in findings ("Groups[2].Rows[0].TargetLevel") as the wire's field paths
/// ("groups[2].items[0].target_level"), walked through the proto descriptor of the document the finding is about, so
/// that every path a client gets names a field that exists. Where a domain property and its proto field differ in
/// more than case, <see cref="Renamed"/> says so; a segment that names no field ends the path at its last real field.
/// </summary>
internal static class FindingPaths
{
    /// <summary>(proto message, domain property) → proto field, where the names differ; "" stays on the message (the team's fields sit on Supervision).</summary>
    internal static readonly IReadOnlyDictionary<(string Message, string Property), string> Renamed = new Dictionary<(string, string), string>
    {
        [("caitien.v1.PlanGroup", "Rows")] = "items",
        [("caitien.v1.PlanItem", "CriterionText")] = "criterion",
        [("caitien.v1.ReportRow", "CriterionText")] = "criterion",
        [("caitien.v1.Supervision", "Team")] = string.Empty,
    };

    public static string ForPlan(string path) => ToProto(path, P.Plan.Descriptor);

    public static string ForReport(string path) => ToProto(path, P.Report.Descriptor);

    public static string ForSupervision(string path) => ToProto(path, P.Supervision.Descriptor);

    /// <summary>The path in proto field names, as far as it resolves in <paramref name="root"/>.</summary>
    public static string ToProto(string path, MessageDescriptor root)
    {
        var result = new StringBuilder(path.Length + 8);
        MessageDescriptor? message = root;
        foreach (string segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string property = bracket < 0 ? segment : segment.Substring(0, bracket);
            string index = bracket < 0 ? string.Empty : segment.Substring(bracket);
            if (message is null)
            {
                break;
            }
            string name = Renamed.TryGetValue((message.FullName, property), out string? renamed) ? renamed : Snake(property);
            if (name.Length == 0)
            {
                continue;
            }
            FieldDescriptor? field = message.FindFieldByName(name);
            if (field is null)
            {
                break;
            }
            if (result.Length > 0)
            {
                result.Append('.');
            }
            result.Append(field.Name).Append(index);
            message = field.FieldType == FieldType.Message ? field.MessageType : null;
        }
        return result.ToString();
    }

    /// <summary>"TargetLevel" → "target_level".</summary>
    internal static string Snake(string property)
    {
        var builder = new StringBuilder(property.Length + 4);
        for (int i = 0; i < property.Length; i++)
        {
            char c = property[i];
            if (char.IsUpper(c))
            {
                if (i > 0)
                {
                    builder.Append('_');
                }
                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }
        return builder.ToString();
    }
}
