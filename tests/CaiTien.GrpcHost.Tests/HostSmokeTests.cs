using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaiTien.GrpcHost.Tests;

public sealed class HostSmokeTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> factory;

    public HostSmokeTests(WebApplicationFactory<Program> factory) => this.factory = factory;

    [Fact]
    public async Task Healthz_HostStarted_ReturnsHealthy()
    {
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Frameworks_Listed_IncludesTt18With28Criteria()
    {
        using var client = factory.CreateClient();
        string json = await client.GetStringAsync("/v1/frameworks");
        Assert.Contains("\"id\":\"tt18-2018\"", json);
        Assert.Contains("\"criteria\":28", json);
    }
}
