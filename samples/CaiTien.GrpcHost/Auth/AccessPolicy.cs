using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Claims;
using System.Text.RegularExpressions;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.Extensions.Configuration;

namespace CaiTien.GrpcHost.Auth;

/// <summary>Who may call: school staff (one school), a district or province officer (reads the schools under them), an administrator.</summary>
internal enum Role
{
    School = 1,
    Officer = 2,
    Admin = 3,
}

/// <summary>What a method does to the schools whose resources it names.</summary>
internal enum Access
{
    /// <summary>Anyone, without a token (rate-limited): the catalog, the calendar, checks of documents sent inline.</summary>
    Open = 0,
    Read = 1,
    Write = 2,
    Approve = 3,
}

/// <summary>The caller a valid token describes.</summary>
internal sealed partial record Caller(string Subject, Role Role, string? School, string? Jurisdiction)
{
    [GeneratedRegex(@"^[0-9a-z]{1,16}(/[0-9a-z]{1,16})?\z")]
    private static partial Regex JurisdictionPattern();

    /// <summary>The caller, or <c>null</c> with why the (signed) token still does not name one.</summary>
    public static (Caller? Caller, string? Problem) From(ClaimsPrincipal user)
    {
        string? subject = user.FindFirst("sub")?.Value;
        if (string.IsNullOrWhiteSpace(subject))
        {
            return (null, "the token has no subject (sub)");
        }
        string? school = user.FindFirst(DevelopmentTokens.SchoolClaim)?.Value;
        string? jurisdiction = user.FindFirst(DevelopmentTokens.JurisdictionClaim)?.Value;
        return user.FindFirst(DevelopmentTokens.RoleClaim)?.Value switch
        {
            "school" when school is not null && ResourceNames.IsId(school) => (new Caller(subject, Role.School, school, null), null),
            "officer" when jurisdiction is not null && JurisdictionPattern().IsMatch(jurisdiction) => (new Caller(subject, Role.Officer, null, jurisdiction), null),
            "admin" => (new Caller(subject, Role.Admin, null, null), null),
            _ => (null, "the token's role must be school (with a school), officer (with a jurisdiction) or admin"),
        };
    }
}

/// <summary>Where each school is: its province and district ("79/760"), from the host's configuration (CaiTien:Schools).</summary>
internal sealed class SchoolDirectory
{
    private readonly Dictionary<string, string> places;

    public SchoolDirectory(IEnumerable<KeyValuePair<string, string>> places)
        => this.places = places.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    public static SchoolDirectory From(IConfiguration configuration)
        => new(configuration.GetSection("CaiTien:Schools").GetChildren().Where(c => c.Value is not null).Select(c => KeyValuePair.Create(c.Key, c.Value!)));

    /// <summary>Whether the school lies in the jurisdiction: its place is the jurisdiction or under it.</summary>
    public bool Contains(string jurisdiction, string school)
        => places.TryGetValue(school, out string? place) && (place == jurisdiction || place.StartsWith(jurisdiction + "/", StringComparison.Ordinal));
}

/// <summary>
/// Which methods are open, and for the others which request fields name the resources whose school decides: the one
/// place where access is decided, applied to every call (gRPC and JSON) by <see cref="AccessInterceptor"/>. A method
/// not listed here is refused, so that a new RPC cannot be reached before someone decides who may call it.
/// </summary>
internal sealed class AccessPolicy
{
    private static readonly string[] OpenServices = { "caitien.v1.CatalogService", "caitien.v1.CalendarService", "caitien.v1.AssessmentService" };

    /// <summary>The host's own services: health (for load balancers) and reflection. Open and not rate-limited.</summary>
    internal static readonly string[] HostServices = { "grpc.health.v1.Health", "grpc.reflection.v1alpha.ServerReflection", "grpc.reflection.v1.ServerReflection" };

    /// <summary>PlanService's methods: the access each needs and the fields naming what it touches.</summary>
    internal static readonly IReadOnlyDictionary<string, (Access Access, string[] Names)> PlanMethods = new Dictionary<string, (Access, string[])>
    {
        ["GetPlan"] = (Access.Read, new[] { "name" }),
        ["ListPlans"] = (Access.Read, new[] { "parent" }),
        ["CreatePlan"] = (Access.Write, new[] { "parent", "plan.adjusts" }),
        ["UpdatePlan"] = (Access.Write, new[] { "plan.name" }),
        ["DeletePlan"] = (Access.Write, new[] { "name" }),
        ["ApprovePlan"] = (Access.Approve, new[] { "name" }),
        ["GetReport"] = (Access.Read, new[] { "name" }),
        ["ListReports"] = (Access.Read, new[] { "parent" }),
        ["CreateReport"] = (Access.Write, new[] { "parent" }),
        ["UpdateReport"] = (Access.Write, new[] { "report.name" }),
        ["DeleteReport"] = (Access.Write, new[] { "name" }),
        ["ApproveReport"] = (Access.Approve, new[] { "name" }),
        ["GetSupervision"] = (Access.Read, new[] { "name" }),
        ["UpdateSupervision"] = (Access.Write, new[] { "supervision.name" }),
        ["ListRevisions"] = (Access.Read, new[] { "parent" }),
        ["GetRevision"] = (Access.Read, new[] { "name" }),
        ["GetPlanProgress"] = (Access.Read, new[] { "name" }),
        // Checks store nothing: open with the documents inline, a read of the school's plan when they name a stored one.
        ["ValidatePlan"] = (Access.Open, Array.Empty<string>()),
        ["CheckReport"] = (Access.Open, new[] { "plan_name" }),
        ["CheckSupervision"] = (Access.Open, new[] { "plan_name" }),
    };

    private readonly SchoolDirectory directory;

    public AccessPolicy(SchoolDirectory directory) => this.directory = directory;

    /// <summary>The access a method needs with these names, or <c>null</c> when the method is not classified.</summary>
    public static (Access Access, string[] Names)? Classify(string service, string method)
    {
        if (OpenServices.Contains(service) || HostServices.Contains(service))
        {
            return (Access.Open, Array.Empty<string>());
        }
        return service == "caitien.v1.PlanService" && PlanMethods.TryGetValue(method, out var entry) ? entry : null;
    }

    /// <summary>Throws UNAUTHENTICATED or PERMISSION_DENIED unless the caller may make this call.</summary>
    /// <param name="fullMethod">"/caitien.v1.PlanService/GetPlan".</param>
    /// <param name="request">The request, whose resource names decide.</param>
    /// <param name="caller">The caller, or <c>null</c> when anonymous.</param>
    public void Check(string fullMethod, IMessage request, Caller? caller)
    {
        string[] parts = fullMethod.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var entry = parts.Length == 2 ? Classify(parts[0], parts[1]) : null;
        if (entry is null)
        {
            throw Denied($"{fullMethod} không được phép (not allowed)");
        }
        List<string> names = entry.Value.Names.Select(path => Read(request, path)).OfType<string>().Where(n => n.Length > 0).ToList();
        Access access = entry.Value.Access == Access.Open && names.Count > 0 ? Access.Read : entry.Value.Access;
        if (access == Access.Open)
        {
            return;
        }
        if (caller is null)
        {
            throw Unauthenticated("Cần đăng nhập: gửi kèm token (authentication required: send a bearer token)");
        }
        foreach (string name in names)
        {
            // A name that is not a resource name decides nothing here: validation refuses it with its field.
            if (ResourceNames.SchoolOf(name) is { } school && !May(caller, access, school))
            {
                throw Denied($"Không có quyền {Verb(access)} dữ liệu của schools/{school} (permission denied)");
            }
        }
    }

    private bool May(Caller caller, Access access, string school) => caller.Role switch
    {
        Role.Admin => true,
        Role.School => caller.School == school,
        Role.Officer => access == Access.Read && directory.Contains(caller.Jurisdiction!, school),
        _ => false,
    };

    private static string Verb(Access access) => access switch
    {
        Access.Read => "đọc",
        Access.Approve => "phê duyệt",
        _ => "sửa",
    };

    /// <summary>The string at a dotted field path ("plan.name"), or <c>null</c> when a message on the way is absent.</summary>
    internal static string? Read(IMessage message, string path)
    {
        IMessage? current = message;
        string[] parts = path.Split('.');
        for (int i = 0; i < parts.Length; i++)
        {
            FieldDescriptor? field = current!.Descriptor.FindFieldByName(parts[i]);
            if (field is null)
            {
                return null;
            }
            object? value = field.Accessor.GetValue(current);
            if (i == parts.Length - 1)
            {
                return value as string;
            }
            current = value as IMessage;
            if (current is null)
            {
                return null;
            }
        }
        return null;
    }

    public static RpcException Unauthenticated(string message) => RpcErrors.Simple(StatusCode.Unauthenticated, message, "UNAUTHENTICATED");

    private static RpcException Denied(string message) => RpcErrors.Simple(StatusCode.PermissionDenied, message, "PERMISSION_DENIED");
}
