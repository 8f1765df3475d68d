using System.Text.RegularExpressions;
using CaiTien.Domain;
using CaiTien.GrpcHost.Infrastructure;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>Resource names (AIP-122): schools/{school}/plans/{plan}[/reports/{report} | /supervision].</summary>
internal static partial class ResourceNames
{
    [GeneratedRegex(@"^schools/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])\z")]
    private static partial Regex SchoolPattern();

    [GeneratedRegex(@"^schools/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])/plans/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])\z")]
    private static partial Regex PlanPattern();

    [GeneratedRegex(@"^schools/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])/plans/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])/reports/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])\z")]
    private static partial Regex ReportPattern();

    [GeneratedRegex(@"^schools/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])/plans/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])/supervision\z")]
    private static partial Regex SupervisionPattern();

    [GeneratedRegex(@"^schools/([a-z][a-z0-9-]{0,61}[a-z0-9]|[a-z])(/|\z)")]
    private static partial Regex SchoolPrefix();

    public static string School(string school) => $"schools/{school}";

    /// <summary>The school a resource name lies under ("schools/a/plans/b" → "a"), or <c>null</c> when it names none.</summary>
    public static string? SchoolOf(string name) => SchoolPrefix().Match(name) is { Success: true } m ? m.Groups[1].Value : null;

    public static string Plan(string school, string plan) => $"schools/{school}/plans/{plan}";

    public static string Report(string plan, string report) => $"{plan}/reports/{report}";

    public static string Supervision(string plan) => $"{plan}/supervision";

    public static (SchoolId School, bool Ok) ParseSchool(string name, string field, Violations v)
    {
        Match m = SchoolPattern().Match(name ?? string.Empty);
        if (!m.Success)
        {
            v.Add(field, $"\"{Short(name)}\" không phải tên trường dạng schools/{{school}}", $"\"{Short(name)}\" is not a school name like schools/{{school}}");
            return (default, false);
        }
        return (new SchoolId(m.Groups[1].Value), true);
    }

    public static bool IsPlan(string name, string field, Violations v)
        => Check(PlanPattern(), name, field, "schools/{school}/plans/{plan}", v);

    public static bool IsReport(string name, string field, Violations v)
        => Check(ReportPattern(), name, field, "schools/{school}/plans/{plan}/reports/{report}", v);

    public static bool IsSupervision(string name, string field, Violations v)
        => Check(SupervisionPattern(), name, field, "schools/{school}/plans/{plan}/supervision", v);

    public static string PlanOfChild(string childName) => childName.Substring(0, childName.IndexOf("/", childName.IndexOf("/plans/") + 7) is var i and > 0 ? i : childName.Length);

    public static (string School, string Plan) SplitPlan(string planName)
    {
        Match m = PlanPattern().Match(planName);
        return (m.Groups[1].Value, m.Groups[2].Value);
    }

    public static bool IsId(string id) => SchoolId.IsValid(id);

    private static bool Check(Regex pattern, string name, string field, string shape, Violations v)
    {
        if (pattern.IsMatch(name ?? string.Empty))
        {
            return true;
        }
        v.Add(field, $"\"{Short(name)}\" không phải tên dạng {shape}", $"\"{Short(name)}\" is not a name like {shape}");
        return false;
    }

    private static string Short(string? s) => s is null ? string.Empty : s.Length <= 80 ? s : s.Substring(0, 80) + "…";
}
