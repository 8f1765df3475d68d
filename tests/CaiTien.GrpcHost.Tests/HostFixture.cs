using System;
using System.IO;
using System.Net.Http;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace CaiTien.GrpcHost.Tests;

/// <summary>The real host in process, on a real SQLite file in a temp folder of its own.</summary>
public sealed class HostFixture : IDisposable
{
    private WebApplicationFactory<Program> factory;

    public HostFixture()
    {
        string databasePath = Path.Combine(Path.GetTempPath(), "caitien-tests-" + Guid.NewGuid().ToString("N"), "caitien.db");
        DatabasePath = databasePath;
        factory = Create(databasePath);
        Channel = NewChannel();
    }

    public string DatabasePath { get; }

    public GrpcChannel Channel { get; private set; }

    /// <summary>A JSON client, as an administrator unless another token (or <c>null</c> for none) is given.</summary>
    public HttpClient Http(string? token = "") => new(new BearerHandler(factory.Server.CreateHandler(), token == "" ? TestTokens.Admin : token)) { BaseAddress = factory.Server.BaseAddress };

    public HttpMessageHandler Handler(string? token = "") => new BearerHandler(factory.Server.CreateHandler(), token == "" ? TestTokens.Admin : token);

    /// <summary>A gRPC channel with another token, or none.</summary>
    public GrpcChannel ChannelAs(string? token)
        => GrpcChannel.ForAddress(factory.Server.BaseAddress, new GrpcChannelOptions { HttpHandler = Handler(token), MaxReceiveMessageSize = 8 * 1024 * 1024, MaxSendMessageSize = 8 * 1024 * 1024 });

    public IServiceProvider Services => factory.Services;

    public V1.PlanService.PlanServiceClient Plans => new(Channel);

    /// <summary>Stops the host and starts a new one on the same database file.</summary>
    public void Restart()
    {
        Channel.Dispose();
        factory.Dispose();
        factory = Create(DatabasePath);
        Channel = NewChannel();
    }

    private GrpcChannel NewChannel() => ChannelAs(TestTokens.Admin);

    private static WebApplicationFactory<Program> Create(string databasePath)
    {
        var f = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseSetting("CaiTien:DatabasePath", databasePath);
            foreach (var (key, value) in TestTokens.HostSettings())
            {
                b.UseSetting(key, value);
            }
            b.ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning));
        });
        _ = f.Server;
        return f;
    }

    public void Dispose()
    {
        Channel.Dispose();
        factory.Dispose();
        try
        {
            Directory.Delete(Path.GetDirectoryName(DatabasePath)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
