using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using CaiTien.GrpcHost.Infrastructure;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace CaiTien.GrpcHost.Auth;

/// <summary>
/// Authentication (JWT bearer tokens signed with the host's key), the access policy, and the rate limit on open
/// methods. The key comes from CaiTien:Auth:SigningKey (base64), else from the file CaiTien:Auth:SigningKeyFile (default:
/// signing.key next to the SQLite file), created with a random key on first run; <c>caitien token</c> signs with it.
/// </summary>
internal static class AccessSetup
{
    public static void AddAccess(this WebApplicationBuilder builder, string databasePath)
    {
        IConfiguration config = builder.Configuration;
        string keyFile = config["CaiTien:Auth:SigningKeyFile"] ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(databasePath))!, "signing.key");
        byte[] key = config["CaiTien:Auth:SigningKey"] is { Length: > 0 } given
            ? DevelopmentTokens.Decode(given, "CaiTien:Auth:SigningKey")
            : DevelopmentTokens.LoadOrCreateKey(keyFile);
        builder.Services
            .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(o =>
            {
                o.MapInboundClaims = false;
                o.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = DevelopmentTokens.Issuer,
                    ValidAudience = DevelopmentTokens.Audience,
                    IssuerSigningKey = DevelopmentTokens.SecurityKey(key),
                    ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
                    NameClaimType = "sub",
                    RoleClaimType = DevelopmentTokens.RoleClaim,
                    ClockSkew = TimeSpan.FromMinutes(1),
                };
            });
        builder.Services.AddSingleton(SchoolDirectory.From(config));
        builder.Services.AddSingleton<AccessPolicy>();
        builder.Services.AddSingleton<RequestInterceptor>();

        // PerSecond tokens refill the bucket every PeriodSeconds (1 by default); Burst is its size.
        var period = TimeSpan.FromSeconds(Math.Max(1, config.GetValue("CaiTien:RateLimit:PeriodSeconds", 1)));
        var anonymous = Limit(config, "Anonymous", 20, 40);
        var authenticated = Limit(config, "Authenticated", 200, 400);
        builder.Services.AddRateLimiter(o =>
        {
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                if (!IsOpenCall(context))
                {
                    return RateLimitPartition.GetNoLimiter("closed");
                }
                bool known = context.User.Identity?.IsAuthenticated == true;
                var (perSecond, burst) = known ? authenticated : anonymous;
                if (perSecond <= 0)
                {
                    return RateLimitPartition.GetNoLimiter("unlimited");
                }
                string partition = known ? "sub:" + context.User.FindFirst("sub")?.Value : "ip:" + context.Connection.RemoteIpAddress;
                return RateLimitPartition.GetTokenBucketLimiter(partition, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = burst, TokensPerPeriod = perSecond, ReplenishmentPeriod = period, QueueLimit = 0, AutoReplenishment = true,
                });
            });
            o.OnRejected = (rejected, _) => Refuse(rejected.HttpContext);
        });
    }

    public static void UseAccess(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseRateLimiter();
    }

    private static (int PerSecond, int Burst) Limit(IConfiguration config, string who, int perSecond, int burst)
        => (config.GetValue($"CaiTien:RateLimit:{who}PerSecond", perSecond), config.GetValue($"CaiTien:RateLimit:{who}Burst", burst));

    /// <summary>Whether the endpoint is an open method (catalog, calendar, assessment, stateless checks), on either transport.</summary>
    private static bool IsOpenCall(HttpContext context)
    {
        var metadata = context.GetEndpoint()?.Metadata;
        (string Service, string Method)? method = metadata?.GetMetadata<GrpcMethodMetadata>() is { } grpc
            ? (grpc.Method.ServiceName, grpc.Method.Name)
            : metadata?.GetMetadata<GrpcJsonTranscodingMetadata>() is { } json ? (json.MethodDescriptor.Service.FullName, json.MethodDescriptor.Name) : null;
        return method is { } m && !AccessPolicy.HostServices.Contains(m.Service) && AccessPolicy.Classify(m.Service, m.Method) is { Access: Access.Open };
    }

    private static ValueTask Refuse(HttpContext context)
    {
        const string message = "Quá nhiều yêu cầu: thử lại sau (rate limit exceeded; retry later)";
        context.Response.Headers.RetryAfter = "1";
        if (context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = ((int)Grpc.Core.StatusCode.ResourceExhausted).ToString(CultureInfo.InvariantCulture);
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
            return ValueTask.CompletedTask;
        }
        var status = new Google.Rpc.Status { Code = (int)Google.Rpc.Code.ResourceExhausted, Message = message };
        status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(new Google.Rpc.ErrorInfo { Reason = "RATE_LIMITED", Domain = RpcErrors.Domain }));
        context.Response.StatusCode = StatusCodes.Status429TooManyRequests;
        context.Response.ContentType = "application/json; charset=utf-8";
        return new ValueTask(context.Response.WriteAsync(RpcErrors.Json.Format(status)));
    }
}
