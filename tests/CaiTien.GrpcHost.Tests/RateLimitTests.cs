using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using CaiTien.V1;
using Grpc.Core;
using Grpc.Net.Client;

namespace CaiTien.GrpcHost.Tests;

/// <summary>The open methods answer anyone, within a configurable rate: per address without a token, per subject with one.</summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task OpenMethods_LimitedPerCaller_OthersNot()
    {
        using var host = new RealHost(new Dictionary<string, string>
        {
            // One token a minute: however slow the machine, the test's calls fall in one period.
            ["CaiTien:RateLimit:PeriodSeconds"] = "60",
            ["CaiTien:RateLimit:AnonymousPerSecond"] = "1",
            ["CaiTien:RateLimit:AnonymousBurst"] = "3",
            ["CaiTien:RateLimit:AuthenticatedPerSecond"] = "1",
            ["CaiTien:RateLimit:AuthenticatedBurst"] = "5",
        });
        using GrpcChannel anonymous = host.Channel(null);
        var catalog = new CatalogService.CatalogServiceClient(anonymous);
        var statuses = new List<StatusCode>();
        for (int i = 0; i < 6; i++)
        {
            try
            {
                await catalog.ListFrameworksAsync(new ListFrameworksRequest());
                statuses.Add(StatusCode.OK);
            }
            catch (RpcException ex)
            {
                statuses.Add(ex.StatusCode);
            }
        }
        Assert.Equal(3, statuses.Count(s => s == StatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == StatusCode.ResourceExhausted));

        using var http = host.Http(null);
        var response = await http.GetAsync("/v1/frameworks");
        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.Equal(8, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetInt32());

        // A caller with a token has a bucket of its own; stored documents are not rate-limited, health never is.
        using GrpcChannel staff = host.Channel(TestTokens.School("school-a"));
        Assert.NotNull(await new CatalogService.CatalogServiceClient(staff).ListFrameworksAsync(new ListFrameworksRequest()));
        var plans = new PlanService.PlanServiceClient(staff);
        for (int i = 0; i < 10; i++)
        {
            await plans.ListPlansAsync(new ListPlansRequest { Parent = "schools/school-a" });
        }
        for (int i = 0; i < 10; i++)
        {
            await new Grpc.Health.V1.Health.HealthClient(anonymous).CheckAsync(new Grpc.Health.V1.HealthCheckRequest());
        }
    }
}
