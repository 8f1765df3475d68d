using System.Threading.Tasks;
using CaiTien.GrpcHost.Auth;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Http;

namespace CaiTien.GrpcHost.Infrastructure;

/// <summary>
/// Before any handler, for gRPC and JSON alike: who is calling (a presented token must be valid), whether they may
/// (<see cref="AccessPolicy"/>), then whether the request is well-formed (<see cref="RequestValidator"/>). In that
/// order, so that a caller without access learns nothing about the request's content or the resources it names.
/// </summary>
internal sealed class RequestInterceptor : Interceptor
{
    public const string CallerKey = "caitien.caller";

    private readonly AccessPolicy policy;

    public RequestInterceptor(AccessPolicy policy) => this.policy = policy;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        HttpContext http = context.GetHttpContext();
        Caller? caller = null;
        if (http.User.Identity?.IsAuthenticated == true)
        {
            (caller, string? problem) = Caller.From(http.User);
            if (caller is null)
            {
                throw AccessPolicy.Unauthenticated($"Token không hợp lệ: {problem} (invalid token)");
            }
            http.Items[CallerKey] = caller;
        }
        else if (http.Request.Headers.Authorization.Count > 0)
        {
            throw AccessPolicy.Unauthenticated("Token không hợp lệ hoặc đã hết hạn (invalid or expired token)");
        }
        if (request is IMessage message)
        {
            policy.Check(context.Method, message, caller);
            var v = new Violations();
            RequestValidator.Validate(message, v);
            v.ThrowIfAny();
        }
        return await continuation(request, context);
    }

    /// <summary>The authenticated caller of this call, or <c>null</c>.</summary>
    public static Caller? Of(ServerCallContext context) => context.GetHttpContext().Items.TryGetValue(CallerKey, out object? c) ? c as Caller : null;
}
