using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using CaiTien.GrpcHost.Auth;

namespace CaiTien.GrpcHost.Tests;

/// <summary>The test hosts' signing key and tokens for each role.</summary>
public static class TestTokens
{
    public static readonly byte[] Key = System.Text.Encoding.ASCII.GetBytes("caitien-test-signing-key-0123456789abcdef");

    public static string KeyBase64 => Convert.ToBase64String(Key);

    public static string Admin => DevelopmentTokens.Issue(Key, "admin-test", "admin", null, null, TimeSpan.FromHours(1), DateTime.UtcNow);

    public static string School(string school, string? subject = null)
        => DevelopmentTokens.Issue(Key, subject ?? $"staff@{school}", "school", school, null, TimeSpan.FromHours(1), DateTime.UtcNow);

    public static string Officer(string jurisdiction)
        => DevelopmentTokens.Issue(Key, $"officer@{jurisdiction}", "officer", null, jurisdiction, TimeSpan.FromHours(1), DateTime.UtcNow);

    /// <summary>Settings every test host gets: the key, where two schools are, and no rate limit (a test of the limit sets its own).</summary>
    public static Dictionary<string, string> HostSettings() => new()
    {
        ["CaiTien:Auth:SigningKey"] = KeyBase64,
        ["CaiTien:Schools:school-a"] = "79/760",
        ["CaiTien:Schools:school-b"] = "79/761",
        ["CaiTien:Schools:school-c"] = "01/001",
        ["CaiTien:RateLimit:AnonymousPerSecond"] = "0",
        ["CaiTien:RateLimit:AuthenticatedPerSecond"] = "0",
    };
}

/// <summary>Adds "authorization: Bearer …" to every request.</summary>
public sealed class BearerHandler : DelegatingHandler
{
    private readonly string? token;

    public BearerHandler(HttpMessageHandler inner, string? token)
        : base(inner) => this.token = token;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (token is not null && request.Headers.Authorization is null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        return base.SendAsync(request, cancellationToken);
    }
}
