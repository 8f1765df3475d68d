using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Threading;
using System.Threading.Tasks;
using Grpc.Net.Client;

namespace CaiTien.GrpcHost.Tests;

/// <summary>
/// The sample host as a real process (the build output next to the tests), on Kestrel with real sockets: gRPC over
/// HTTP/2 and JSON over HTTP/1.1 on free loopback ports. It can be killed with SIGKILL and started again on the same
/// store.
/// </summary>
public sealed class RealHost : IDisposable
{
    private readonly string folder;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly ConcurrentQueue<string> output = new();
    private Process? process;

    public RealHost(IReadOnlyDictionary<string, string>? settings = null, string? folder = null)
    {
        this.folder = folder ?? Path.Combine(Path.GetTempPath(), "caitien-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(this.folder);
        var all = TestTokens.HostSettings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            all[key] = value;
        }
        this.settings = all;
        GrpcPort = FreePort();
        HttpPort = FreePort();
        Start();
    }

    public int GrpcPort { get; private set; }

    public int HttpPort { get; private set; }

    public string Folder => folder;

    public string DatabasePath => Path.Combine(folder, "caitien.db");

    public int ProcessId => process?.Id ?? 0;

    /// <summary>The host's console output so far (its log), for diagnosis and the no-contents-in-logs checks.</summary>
    public IReadOnlyCollection<string> Output => output;

    /// <summary>A gRPC channel, as an administrator unless another token (or <c>null</c> for none) is given.</summary>
    public GrpcChannel Channel(string? token = "", int maxMessageBytes = 8 * 1024 * 1024)
        => GrpcChannel.ForAddress($"http://127.0.0.1:{GrpcPort}", new GrpcChannelOptions
        {
            HttpHandler = new BearerHandler(new SocketsHttpHandler { EnableMultipleHttp2Connections = true }, token == "" ? TestTokens.Admin : token),
            MaxReceiveMessageSize = maxMessageBytes,
            MaxSendMessageSize = maxMessageBytes,
        });

    /// <summary>A JSON client, as an administrator unless another token (or <c>null</c> for none) is given.</summary>
    public HttpClient Http(string? token = "")
        => new(new BearerHandler(new SocketsHttpHandler(), token == "" ? TestTokens.Admin : token)) { BaseAddress = new Uri($"http://127.0.0.1:{HttpPort}"), Timeout = TimeSpan.FromSeconds(60) };

    /// <summary>A raw HTTP/2 client to the gRPC port, for hand-made frames.</summary>
    public HttpClient RawGrpc(string? token = "")
        => new(new BearerHandler(new SocketsHttpHandler(), token == "" ? TestTokens.Admin : token))
        {
            BaseAddress = new Uri($"http://127.0.0.1:{GrpcPort}"), DefaultRequestVersion = HttpVersion.Version20, DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

    /// <summary>SIGKILL: no shutdown, no flush.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill();
            process.WaitForExit(10_000);
        }
    }

    /// <summary>Starts the host again on the same store and ports.</summary>
    public void Restart()
    {
        Kill();
        Start();
    }

    /// <summary>The host's resident memory in bytes (Linux), or 0.</summary>
    public long ResidentBytes()
    {
        try
        {
            string? line = File.ReadLines($"/proc/{ProcessId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    private void Start()
    {
        string bin = AppContext.BaseDirectory;
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        info.ArgumentList.Add(Path.Combine(bin, "CaiTien.GrpcHost.dll"));
        info.ArgumentList.Add("--contentRoot");
        info.ArgumentList.Add(bin);
        var all = new Dictionary<string, string>
        {
            ["CaiTien:DatabasePath"] = DatabasePath,
            ["Kestrel:Endpoints:Grpc:Url"] = $"http://127.0.0.1:{GrpcPort}",
            ["Kestrel:Endpoints:Json:Url"] = $"http://127.0.0.1:{HttpPort}",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }
        foreach (var (key, value) in all)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }
        info.Environment["DOTNET_gcServer"] = "0";
        process = Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start");
        process.OutputDataReceived += (_, e) => Keep(e.Data);
        process.ErrorDataReceived += (_, e) => Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        WaitUntilHealthy();
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        output.Enqueue(line);
        while (output.Count > 5_000 && output.TryDequeue(out _))
        {
        }
    }

    private void WaitUntilHealthy()
    {
        using var http = Http(null);
        http.Timeout = TimeSpan.FromSeconds(2);
        var stopwatch = Stopwatch.StartNew();
        while (stopwatch.Elapsed < TimeSpan.FromSeconds(60))
        {
            if (process!.HasExited)
            {
                throw new InvalidOperationException($"The host exited with {process.ExitCode}:\n{string.Join('\n', output.TakeLast(40))}");
            }
            try
            {
                if (http.GetAsync("/healthz").GetAwaiter().GetResult().IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
            }
            Thread.Sleep(100);
        }
        throw new TimeoutException($"The host did not become healthy:\n{string.Join('\n', output.TakeLast(40))}");
    }

    /// <summary>A port nobody listens on now (the operating system's choice).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        Kill();
        process?.Dispose();
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>One real host shared by a test class.</summary>
public sealed class RealHostFixture : IDisposable
{
    public RealHost Host { get; } = new();

    public void Dispose() => Host.Dispose();
}
