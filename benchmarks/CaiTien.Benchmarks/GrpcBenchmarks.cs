using System;
using System.IO;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CaiTien.Benchmarks.Grpc;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using CaiTien.GrpcHost.Services;
using CaiTien.GrpcHost.Store;
using CaiTien.V1;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace CaiTien.Benchmarks;

/// <summary>
/// An in-process host with the sample's pipeline (request validation middleware, error interceptor, the real
/// PlanGrpcService) on Kestrel over loopback HTTP/2, and a no-op RPC taking the same request on the same host.
/// Target: ValidatePlan throughput at least 70% of the no-op's, that is no-op mean / ValidatePlan mean ≥ 0.70.
/// </summary>
[MemoryDiagnoser]
public class GrpcBenchmarks
{
    private WebApplication? app;
    private GrpcChannel? channel;
    private PlanService.PlanServiceClient? plans;
    private Bench.BenchClient? bench;
    private ValidatePlanRequest request = new();

    [GlobalSetup]
    public void Start()
    {
        const int maxBytes = 1024 * 1024;
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, o => o.Protocols = HttpProtocols.Http2));
        string db = Path.Combine(Path.GetTempPath(), $"caitien-bench-{Guid.NewGuid():N}.db");
        builder.Services.AddSingleton<IClock>(SystemClock.Instance);
        builder.Services.AddSingleton<IDocumentStore>(sp => new SqliteDocumentStore(db, sp.GetRequiredService<IClock>(), sp.GetRequiredService<ILogger<SqliteDocumentStore>>()));
        builder.Services.AddSingleton<ErrorInterceptor>();
        builder.Services.AddGrpc(o =>
        {
            o.MaxReceiveMessageSize = maxBytes;
            o.Interceptors.Add<ErrorInterceptor>();
        });
        app = builder.Build();
        app.UseMiddleware<GrpcRequestValidationMiddleware>(maxBytes, new[] { PlanServiceReflection.Descriptor, BenchReflection.Descriptor });
        app.MapGrpcService<PlanGrpcService>();
        app.MapGrpcService<NoOpService>();
        app.StartAsync().GetAwaiter().GetResult();
        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
            .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        string address = System.Linq.Enumerable.First(addresses);
        channel = GrpcChannel.ForAddress(address, new GrpcChannelOptions { HttpHandler = new SocketsHttpHandler { EnableMultipleHttp2Connections = true } });
        plans = new PlanService.PlanServiceClient(channel);
        bench = new Bench.BenchClient(channel);
        request = new ValidatePlanRequest { Plan = ProtoMapper.ToProto(Fixtures.Plan) };
        if (plans.ValidatePlan(request).Findings.Count < 0 || bench.NoOp(request) is null)
        {
            throw new InvalidOperationException("warm-up failed");
        }
    }

    [GlobalCleanup]
    public void Stop()
    {
        channel?.Dispose();
        app?.StopAsync().GetAwaiter().GetResult();
    }

    private const int Callers = 8;
    private const int CallsPerCaller = 8;

    [Benchmark(Baseline = true)]
    public Task<CheckResponse> NoOpSamePayload() => bench!.NoOpAsync(request).ResponseAsync;

    [Benchmark]
    public Task<CheckResponse> ValidatePlan() => plans!.ValidatePlanAsync(request).ResponseAsync;

    /// <summary>Throughput: 64 calls from 8 concurrent callers; the mean is the time per call (1 / throughput).</summary>
    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task NoOpThroughput() => Concurrently(() => bench!.NoOpAsync(request).ResponseAsync);

    /// <summary>The same for ValidatePlan: throughput ratio = NoOpThroughput mean / ValidatePlanThroughput mean.</summary>
    [Benchmark(OperationsPerInvoke = Callers * CallsPerCaller)]
    public Task ValidatePlanThroughput() => Concurrently(() => plans!.ValidatePlanAsync(request).ResponseAsync);

    private static Task Concurrently(Func<Task<CheckResponse>> call)
    {
        var callers = new Task[Callers];
        for (int c = 0; c < Callers; c++)
        {
            callers[c] = Task.Run(async () =>
            {
                for (int i = 0; i < CallsPerCaller; i++)
                {
                    await call();
                }
            });
        }
        return Task.WhenAll(callers);
    }

    /// <summary>The payload size, for the report.</summary>
    public int PayloadBytes => Google.Protobuf.MessageExtensions.ToByteArray(request).Length;

    private sealed class NoOpService : Bench.BenchBase
    {
        private static readonly Task<CheckResponse> Empty = Task.FromResult(new CheckResponse());

        public override Task<CheckResponse> NoOp(ValidatePlanRequest request, ServerCallContext context) => Empty;
    }
}
