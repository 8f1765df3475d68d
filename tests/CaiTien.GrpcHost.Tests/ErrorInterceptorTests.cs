using System;
using System.Threading;
using System.Threading.Tasks;
using CaiTien.GrpcHost.Infrastructure;
using Grpc.Core;
using Microsoft.Extensions.Logging.Abstractions;

namespace CaiTien.GrpcHost.Tests;

/// <summary>The server's own handling of deadlines, cancellation and bugs, apart from what the client library enforces.</summary>
public sealed class ErrorInterceptorTests
{
    private static readonly ErrorInterceptor Interceptor = new(NullLogger<ErrorInterceptor>.Instance);

    [Fact]
    public async Task DeadlinePassedWhileStoreWorks_DeadlineExceeded()
    {
        using var cts = new CancellationTokenSource();
        var context = new FakeContext(DateTime.UtcNow.AddMilliseconds(-5), cts.Token);
        cts.Cancel();
        var ex = await Assert.ThrowsAsync<RpcException>(() => Interceptor.UnaryServerHandler<string, string>("request", context,
            (_, c) => Task.FromException<string>(new OperationCanceledException(c.CancellationToken))));
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
    }

    [Fact]
    public async Task ClientCancelled_Cancelled()
    {
        using var cts = new CancellationTokenSource();
        var context = new FakeContext(DateTime.UtcNow.AddMinutes(1), cts.Token);
        cts.Cancel();
        var ex = await Assert.ThrowsAsync<RpcException>(() => Interceptor.UnaryServerHandler<string, string>("request", context,
            (_, c) => Task.FromException<string>(new OperationCanceledException(c.CancellationToken))));
        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
    }

    [Fact]
    public async Task UnexpectedException_InternalWithErrorInfoAndNoDetailLeak()
    {
        var context = new FakeContext(DateTime.UtcNow.AddMinutes(1), CancellationToken.None);
        var ex = await Assert.ThrowsAsync<RpcException>(() => Interceptor.UnaryServerHandler<string, string>("request", context,
            (_, _) => throw new InvalidOperationException("secret document text")));
        Assert.Equal(StatusCode.Internal, ex.StatusCode);
        Assert.DoesNotContain("secret", ex.Status.Detail);
        Assert.Equal("INTERNAL", ex.GetRpcStatus()!.GetDetail<Google.Rpc.ErrorInfo>()!.Reason);
    }

    [Fact]
    public async Task ExpectedRpcException_PassesThrough()
    {
        var context = new FakeContext(DateTime.UtcNow.AddMinutes(1), CancellationToken.None);
        var ex = await Assert.ThrowsAsync<RpcException>(() => Interceptor.UnaryServerHandler<string, string>("request", context,
            (_, _) => throw RpcErrors.NotFound("schools/x/plans/y")));
        Assert.Equal(StatusCode.NotFound, ex.StatusCode);
    }

    private sealed class FakeContext(DateTime deadline, CancellationToken token) : ServerCallContext
    {
        protected override string MethodCore => "/caitien.v1.PlanService/GetPlan";

        protected override string HostCore => "localhost";

        protected override string PeerCore => "test";

        protected override DateTime DeadlineCore => deadline;

        protected override Metadata RequestHeadersCore => new();

        protected override CancellationToken CancellationTokenCore => token;

        protected override Metadata ResponseTrailersCore => new();

        protected override Status StatusCore { get; set; }

        protected override WriteOptions? WriteOptionsCore { get; set; }

        protected override AuthContext AuthContextCore => new(null, new());

        protected override ContextPropagationToken CreatePropagationTokenCore(ContextPropagationOptions? options) => throw new NotSupportedException();

        protected override Task WriteResponseHeadersAsyncCore(Metadata responseHeaders) => Task.CompletedTask;
    }
}
