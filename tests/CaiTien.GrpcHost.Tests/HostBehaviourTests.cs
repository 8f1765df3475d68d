using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CaiTien.Domain.Tests.Rules;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Grpc.Reflection.V1Alpha;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaiTien.GrpcHost.Tests;

public sealed class HostBehaviourTests : IClassFixture<HostFixture>
{
    private readonly HostFixture host;

    public HostBehaviourTests(HostFixture host) => this.host = host;

    [Fact]
    public async Task Reflection_ListsTheFourServicesAndHealth()
    {
        var client = new ServerReflection.ServerReflectionClient(host.Channel);
        using var call = client.ServerReflectionInfo();
        await call.RequestStream.WriteAsync(new ServerReflectionRequest { ListServices = "" });
        await call.RequestStream.CompleteAsync();
        Assert.True(await call.ResponseStream.MoveNext(default));
        var names = call.ResponseStream.Current.ListServicesResponse.Service.Select(s => s.Name).ToList();
        Assert.Contains("caitien.v1.CatalogService", names);
        Assert.Contains("caitien.v1.AssessmentService", names);
        Assert.Contains("caitien.v1.CalendarService", names);
        Assert.Contains("caitien.v1.PlanService", names);
        Assert.Contains("grpc.health.v1.Health", names);
    }

    [Fact]
    public async Task Logs_NeverIncludeDocumentContents()
    {
        var logs = new ConcurrentQueue<string>();
        string db = Path.Combine(Path.GetTempPath(), "caitien-logs-" + Guid.NewGuid().ToString("N"), "caitien.db");
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("CaiTien:DatabasePath", db);
            foreach (var (key, value) in TestTokens.HostSettings())
            {
                b.UseSetting(key, value);
            }
            b.ConfigureLogging(l => l.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(new CapturingProvider(logs)));
        });
        using var channel = GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = new BearerHandler(factory.Server.CreateHandler(), TestTokens.School("logs")) });
        var plans = new PlanService.PlanServiceClient(channel);
        const string marker = "Bí mật nội dung XYZZY-4242";
        var plan = ProtoMapper.ToProto(CorpusDocuments.Plan2023());
        plan.SchoolName = marker;
        plan.Groups[0].Items[0].TargetResult = marker;
        plan.Groups[0].Items[0].Tasks[0].Timeframe = marker;
        var created = await plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/logs", Plan = plan, PlanId = "kh-1" });
        await plans.ValidatePlanAsync(new ValidatePlanRequest { Plan = plan });
        await plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = created });
        await Assert.ThrowsAsync<RpcException>(() => plans.UpdatePlanAsync(new UpdatePlanRequest { Plan = created }).ResponseAsync);
        await Assert.ThrowsAsync<RpcException>(() => plans.CreatePlanAsync(new CreatePlanRequest { Parent = "schools/logs", Plan = new Plan(plan) { SchoolYear = marker } }).ResponseAsync);

        Assert.NotEmpty(logs);
        Assert.Contains(logs, l => l.Contains("schools/logs/plans/kh-1"));
        Assert.DoesNotContain(logs, l => l.Contains("XYZZY"));
    }

    private sealed class CapturingProvider(ConcurrentQueue<string> sink) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Capturing(sink);

        public void Dispose()
        {
        }

        private sealed class Capturing(ConcurrentQueue<string> sink) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
                => sink.Enqueue(formatter(state, exception) + (exception is null ? string.Empty : " " + exception));
        }
    }
}
