using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Auth;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Grpc.Net.Client;

namespace CaiTien.GrpcHost.Tests;

/// <summary>The stored documents of school-b, written by its own staff, for the tenancy tests.</summary>
public sealed class TenancyFixture : IDisposable
{
    public const string Plan = "schools/school-b/plans/kh-1";

    public TenancyFixture()
    {
        using GrpcChannel channel = Host.ChannelAs(TestTokens.School("school-b"));
        var plans = new PlanService.PlanServiceClient(channel);
        var plan = plans.CreatePlan(new CreatePlanRequest { Parent = "schools/school-b", Plan = ProtoMapper.ToProto(CorpusDocuments.Plan2023()), PlanId = "kh-1" });
        plans.CreateReport(new CreateReportRequest { Parent = plan.Name, Report = ProtoMapper.ToProto(CorpusDocuments.Report2023()), ReportId = "bc-1" });
        var supervision = ProtoMapper.ToProto(CorpusDocuments.Team2023(), new[] { CorpusDocuments.Minutes2023() });
        supervision.Name = plan.Name + "/supervision";
        plans.UpdateSupervision(new UpdateSupervisionRequest { Supervision = supervision });
    }

    public HostFixture Host { get; } = new();

    public void Dispose() => Host.Dispose();
}

/// <summary>
/// For every RPC the service has (walked from the descriptors, so that a new RPC is covered the day it is added): a
/// token of school A gets PERMISSION_DENIED on school B's resources, a call without a token gets UNAUTHENTICATED, and
/// school B's own staff get past access control. Open RPCs answer without a token.
/// </summary>
public sealed class TenancyTests : IClassFixture<TenancyFixture>
{
    private static readonly FileDescriptor[] Files =
    {
        PlanServiceReflection.Descriptor, CatalogServiceReflection.Descriptor, AssessmentServiceReflection.Descriptor, CalendarServiceReflection.Descriptor,
    };

    // An existing resource of school-b for each resource type, and the parent of each child type.
    private static readonly Dictionary<string, string> Names = new()
    {
        ["caitien.v1/Plan"] = TenancyFixture.Plan,
        ["caitien.v1/Report"] = TenancyFixture.Plan + "/reports/bc-1",
        ["caitien.v1/Supervision"] = TenancyFixture.Plan + "/supervision",
        ["caitien.v1/Revision"] = TenancyFixture.Plan + "/revisions/1",
    };

    private static readonly Dictionary<string, string> Parents = new()
    {
        ["caitien.v1/Plan"] = "schools/school-b",
        ["caitien.v1/Report"] = TenancyFixture.Plan,
        ["caitien.v1/Revision"] = TenancyFixture.Plan,
    };

    private readonly HostFixture host;

    public TenancyTests(TenancyFixture fixture) => host = fixture.Host;

    private static IEnumerable<MethodDescriptor> Methods() => Files.SelectMany(f => f.Services).SelectMany(s => s.Methods);

    public static IEnumerable<object[]> PlanMethods() => PlanServiceReflection.Descriptor.Services.Single().Methods.Select(m => new object[] { m.Name });

    public static IEnumerable<object[]> OpenMethods() => Methods().Where(m => AccessPolicy.Classify(m.Service.FullName, m.Name)?.Access == Access.Open)
        .Select(m => new object[] { m.Service.Name, m.Name });

    [Fact]
    public void EveryRpc_IsClassified_AndEveryNamedFieldExists()
    {
        Assert.All(Methods(), m => Assert.True(AccessPolicy.Classify(m.Service.FullName, m.Name) is not null, $"{m.FullName} has no access rule"));
        MessageDescriptor[] inputs = PlanServiceReflection.Descriptor.Services.Single().Methods.Select(m => m.InputType).ToArray();
        foreach (var (method, (_, names)) in AccessPolicy.PlanMethods)
        {
            MethodDescriptor? m = PlanServiceReflection.Descriptor.Services.Single().FindMethodByName(method);
            Assert.True(m is not null, $"{method} is in the policy but not in the contract");
            foreach (string path in names)
            {
                Assert.True(Field(m!.InputType, path) is not null, $"{method}: no field {path}");
            }
        }
        Assert.True(inputs.Length >= 20);
    }

    /// <summary>A request for <paramref name="method"/> whose every resource name points into school-b.</summary>
    private static IMessage RequestIntoSchoolB(MethodDescriptor method)
    {
        IMessage request = (IMessage)Activator.CreateInstance(method.InputType.ClrType)!;
        foreach (string path in AccessPolicy.Classify(method.Service.FullName, method.Name)!.Value.Names)
        {
            FieldDescriptor field = Field(method.InputType, path)!;
            string value = NameFor(field, path);
            string[] parts = path.Split('.');
            IMessage target = request;
            for (int i = 0; i < parts.Length - 1; i++)
            {
                FieldDescriptor f = target.Descriptor.FindFieldByName(parts[i]);
                var nested = (IMessage?)f.Accessor.GetValue(target) ?? (IMessage)Activator.CreateInstance(f.MessageType.ClrType)!;
                f.Accessor.SetValue(target, nested);
                target = nested;
            }
            field.Accessor.SetValue(target, value);
        }
        return request;
    }

    private static string NameFor(FieldDescriptor field, string path)
    {
        ResourceReference? reference = field.GetOptions()?.GetExtension(ResourceExtensions.ResourceReference);
        if (reference is { Type.Length: > 0 })
        {
            return Names[reference.Type];
        }
        if (reference is { ChildType.Length: > 0 })
        {
            return Parents[reference.ChildType];
        }
        // "plan.name": the IDENTIFIER of a resource message.
        ResourceDescriptor? resource = field.ContainingType.GetOptions()?.GetExtension(ResourceExtensions.Resource);
        Assert.True(resource is not null, $"{path} names a resource without a resource annotation");
        return Names[resource!.Type];
    }

    private static FieldDescriptor? Field(MessageDescriptor message, string path)
    {
        FieldDescriptor? field = null;
        foreach (string part in path.Split('.'))
        {
            field = (field?.MessageType ?? message).FindFieldByName(part);
            if (field is null)
            {
                return null;
            }
        }
        return field;
    }

    private static async Task<StatusCode> Call(GrpcChannel channel, MethodDescriptor method, IMessage request)
    {
        var marshaller = Marshallers.Create<IMessage>(m => m.ToByteArray(), bytes => method.OutputType.Parser.ParseFrom(bytes));
        var call = new Method<IMessage, IMessage>(MethodType.Unary, method.Service.FullName, method.Name, marshaller, marshaller);
        try
        {
            await channel.CreateCallInvoker().AsyncUnaryCall(call, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)), request);
            return StatusCode.OK;
        }
        catch (RpcException ex)
        {
            return ex.StatusCode;
        }
    }

    [Theory]
    [MemberData(nameof(PlanMethods))]
    public async Task EveryPlanServiceRpc_OtherSchoolDenied_NoTokenUnauthenticated_OwnStaffPass(string name)
    {
        MethodDescriptor method = PlanServiceReflection.Descriptor.Services.Single().FindMethodByName(name);
        var (access, names) = AccessPolicy.Classify(method.Service.FullName, name)!.Value;
        IMessage request = RequestIntoSchoolB(method);
        bool named = names.Length > 0;

        using GrpcChannel schoolA = host.ChannelAs(TestTokens.School("school-a"));
        using GrpcChannel anonymous = host.ChannelAs(null);
        using GrpcChannel schoolB = host.ChannelAs(TestTokens.School("school-b"));
        if (access == Access.Open && !named)
        {
            Assert.NotEqual(StatusCode.Unauthenticated, await Call(anonymous, method, request));
            Assert.NotEqual(StatusCode.PermissionDenied, await Call(schoolA, method, request));
            return;
        }
        Assert.Equal(StatusCode.PermissionDenied, await Call(schoolA, method, request));
        Assert.Equal(StatusCode.Unauthenticated, await Call(anonymous, method, request));
        StatusCode own = await Call(schoolB, method, request);
        Assert.True(own is not (StatusCode.PermissionDenied or StatusCode.Unauthenticated), $"school-b's staff got {own} on {name}");
    }

    [Theory]
    [MemberData(nameof(PlanMethods))]
    public async Task Officers_ReadTheSchoolsUnderThem_AndChangeNothing(string name)
    {
        MethodDescriptor method = PlanServiceReflection.Descriptor.Services.Single().FindMethodByName(name);
        var (access, names) = AccessPolicy.Classify(method.Service.FullName, name)!.Value;
        if (names.Length == 0)
        {
            return;
        }
        IMessage request = RequestIntoSchoolB(method);
        bool reads = access is Access.Read or Access.Open;
        using GrpcChannel province = host.ChannelAs(TestTokens.Officer("79"));
        using GrpcChannel district = host.ChannelAs(TestTokens.Officer("79/761"));
        using GrpcChannel otherDistrict = host.ChannelAs(TestTokens.Officer("79/760"));
        using GrpcChannel otherProvince = host.ChannelAs(TestTokens.Officer("01"));
        foreach (GrpcChannel inside in new[] { province, district })
        {
            StatusCode status = await Call(inside, method, request);
            Assert.True(reads ? status != StatusCode.PermissionDenied : status == StatusCode.PermissionDenied, $"{name}: {status}");
        }
        Assert.Equal(StatusCode.PermissionDenied, await Call(otherDistrict, method, request));
        Assert.Equal(StatusCode.PermissionDenied, await Call(otherProvince, method, request));
    }

    [Theory]
    [MemberData(nameof(OpenMethods))]
    public async Task OpenRpcs_AnswerWithoutAToken(string service, string name)
    {
        MethodDescriptor method = Methods().Single(m => m.Service.Name == service && m.Name == name);
        using GrpcChannel anonymous = host.ChannelAs(null);
        StatusCode status = await Call(anonymous, method, (IMessage)Activator.CreateInstance(method.InputType.ClrType)!);
        Assert.True(status is not (StatusCode.Unauthenticated or StatusCode.PermissionDenied), $"{service}.{name}: {status}");
    }

    [Fact]
    public async Task BadTokens_Unauthenticated_EvenOnOpenRpcs()
    {
        string expired = DevelopmentTokens.Issue(TestTokens.Key, "x", "admin", null, null, TimeSpan.FromMinutes(1), DateTime.UtcNow.AddHours(-2));
        string otherKey = DevelopmentTokens.Issue(new byte[32], "x", "admin", null, null, TimeSpan.FromHours(1), DateTime.UtcNow);
        string noRole = DevelopmentTokens.Issue(TestTokens.Key, "x", "teacher", null, null, TimeSpan.FromHours(1), DateTime.UtcNow);
        string schoolWithoutId = DevelopmentTokens.Issue(TestTokens.Key, "x", "school", null, null, TimeSpan.FromHours(1), DateTime.UtcNow);
        foreach (string token in new[] { expired, otherKey, noRole, schoolWithoutId, "not-a-jwt" })
        {
            using GrpcChannel channel = host.ChannelAs(token);
            await RpcAssert.Fails(StatusCode.Unauthenticated, () => new CatalogService.CatalogServiceClient(channel).ListFrameworksAsync(new ListFrameworksRequest()).ResponseAsync);
            await RpcAssert.Fails(StatusCode.Unauthenticated, () => new PlanService.PlanServiceClient(channel).GetPlanAsync(new GetPlanRequest { Name = TenancyFixture.Plan }).ResponseAsync);
        }
    }

    [Fact]
    public async Task Json_TheSameRules()
    {
        using HttpClient schoolA = host.Http(TestTokens.School("school-a"));
        using HttpClient anonymous = host.Http(null);
        using HttpClient schoolB = host.Http(TestTokens.School("school-b"));
        Assert.Equal(HttpStatusCode.Forbidden, (await schoolA.GetAsync($"/v1/{TenancyFixture.Plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync($"/v1/{TenancyFixture.Plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await schoolB.GetAsync($"/v1/{TenancyFixture.Plan}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await schoolA.DeleteAsync($"/v1/{TenancyFixture.Plan}/reports/bc-1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/v1/frameworks")).StatusCode);
    }

    [Fact]
    public async Task Writes_RecordTheTokensSubject()
    {
        using GrpcChannel channel = host.ChannelAs(TestTokens.School("school-c", subject: "hieu-truong@school-c"));
        var plans = new PlanService.PlanServiceClient(channel);
        var plan = await plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/school-c", Plan = ProtoMapper.ToProto(CorpusDocuments.Plan2023()), PlanId = "kh-audit" });
        var history = await plans.ListRevisionsAsync(new ListRevisionsRequest { Parent = plan.Name });
        Assert.Equal("hieu-truong@school-c", Assert.Single(history.Revisions).Actor);
    }
}
