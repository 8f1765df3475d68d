using System;
using System.IO;
using CaiTien.GrpcHost.Auth;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Services;
using CaiTien.GrpcHost.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using NodaTime;

// The sample host: gRPC (HTTP/2) and JSON transcoding (HTTP/1.1) over the domain library, storing to SQLite.
WebApplicationBuilder builder = WebApplication.CreateBuilder(args);

// A gRPC message is at most 1 MiB; the same content as JSON is longer, so JSON bodies may be twice that.
const int MaxMessageBytes = 1024 * 1024;
const int MaxJsonBytes = 2 * MaxMessageBytes;
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = MaxJsonBytes + 64 * 1024);
builder.Logging.AddSimpleConsole(o =>
{
    o.SingleLine = true;
    o.TimestampFormat = "HH:mm:ss ";
});

// The store: the SQLite file by default; PostgreSQL (CaiTien:Store=postgres, CaiTien:Postgres=<connection string>) for several hosts.
string databasePath = builder.Configuration["CaiTien:DatabasePath"] ?? Path.Combine("data", "caitien.db");
string storeKind = builder.Configuration["CaiTien:Store"] ?? "sqlite";
builder.Services.AddSingleton<IClock>(SystemClock.Instance);
builder.Services.AddSingleton<IDocumentStore>(sp => storeKind switch
{
    "sqlite" => new SqliteDocumentStore(databasePath, sp.GetRequiredService<IClock>(), sp.GetRequiredService<ILogger<SqliteDocumentStore>>()),
    "postgres" => new PostgresDocumentStore(
        builder.Configuration["CaiTien:Postgres"] ?? throw new InvalidOperationException("CaiTien:Store=postgres needs CaiTien:Postgres, a connection string"),
        sp.GetRequiredService<IClock>(), sp.GetRequiredService<ILogger<PostgresDocumentStore>>()),
    _ => throw new InvalidOperationException($"CaiTien:Store is \"{storeKind}\"; it must be sqlite or postgres"),
});
builder.AddAccess(databasePath);
builder.Services.AddSingleton<ErrorInterceptor>();
builder.Services
    .AddGrpc(options =>
    {
        options.MaxReceiveMessageSize = MaxMessageBytes;
        options.MaxSendMessageSize = 4 * MaxMessageBytes;
        options.EnableDetailedErrors = false;
        options.Interceptors.Add<ErrorInterceptor>();
        options.Interceptors.Add<RequestInterceptor>();
    })
    .AddJsonTranscoding(o => o.TypeRegistry = RpcErrors.Types);
builder.Services.AddGrpcReflection();
builder.Services.AddGrpcHealthChecks().AddCheck<StoreHealthCheck>("store");

WebApplication app = builder.Build();
app.Services.GetRequiredService<IDocumentStore>();
app.UseMiddleware<GrpcRequestValidationMiddleware>(MaxMessageBytes, new[]
{
    CaiTien.V1.PlanServiceReflection.Descriptor, CaiTien.V1.CatalogServiceReflection.Descriptor,
    CaiTien.V1.AssessmentServiceReflection.Descriptor, CaiTien.V1.CalendarServiceReflection.Descriptor,
});
app.UseRouting();
app.UseAccess();
app.UseMiddleware<JsonRequestMiddleware>(MaxJsonBytes);
app.MapGrpcService<CatalogGrpcService>();
app.MapGrpcService<AssessmentGrpcService>();
app.MapGrpcService<CalendarGrpcService>();
app.MapGrpcService<PlanGrpcService>();
app.MapGrpcHealthChecksService();
app.MapGrpcReflectionService();
app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = (context, report) => context.Response.WriteAsync(report.Status.ToString()) });
app.Run();

/// <summary>Entry point, visible to the in-process tests.</summary>
public partial class Program
{
}

/// <summary>Reports the store's health to grpc.health.v1 and /healthz.</summary>
internal sealed class StoreHealthCheck : IHealthCheck
{
    private readonly IDocumentStore store;

    public StoreHealthCheck(IDocumentStore store) => this.store = store;

    public async System.Threading.Tasks.Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, System.Threading.CancellationToken cancellationToken = default)
    {
        try
        {
            return await store.PingAsync(cancellationToken) ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("store did not answer");
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy("store failed", ex);
        }
    }
}
