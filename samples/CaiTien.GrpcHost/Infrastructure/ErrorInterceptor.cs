using System;
using System.Threading.Tasks;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.Extensions.Logging;

namespace CaiTien.GrpcHost.Infrastructure;

/// <summary>
/// Turns cancellation into CANCELLED or DEADLINE_EXCEEDED, a store that does not answer into UNAVAILABLE (worth a
/// retry), and any other unexpected exception into INTERNAL with an ErrorInfo, logged without request contents.
/// Expected errors are RpcExceptions thrown by the services.
/// </summary>
internal sealed class ErrorInterceptor : Interceptor
{
    private readonly ILogger<ErrorInterceptor> logger;

    public ErrorInterceptor(ILogger<ErrorInterceptor> logger) => this.logger = logger;

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (RpcException)
        {
            throw;
        }
        catch (OperationCanceledException) when (context.CancellationToken.IsCancellationRequested)
        {
            bool deadline = context.Deadline <= DateTime.UtcNow;
            logger.LogInformation("{Method} stopped: {Reason}", context.Method, deadline ? "deadline exceeded" : "cancelled");
            throw new RpcException(new Status(deadline ? StatusCode.DeadlineExceeded : StatusCode.Cancelled,
                deadline ? "Hết thời hạn xử lý (deadline exceeded)" : "Yêu cầu đã bị hủy (cancelled)"));
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException { IsTransient: true } or TimeoutException)
        {
            logger.LogWarning("{Method}: the store did not answer ({Exception})", context.Method, ex.GetType().Name);
            throw RpcErrors.Simple(StatusCode.Unavailable, "Kho dữ liệu tạm thời không trả lời: thử lại (the store is unavailable; retry)", "STORE_UNAVAILABLE");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "{Method} failed with {Exception}", context.Method, ex.GetType().Name);
            var info = new Google.Rpc.ErrorInfo { Reason = "INTERNAL", Domain = RpcErrors.Domain };
            info.Metadata.Add("method", context.Method);
            var status = new Google.Rpc.Status { Code = (int)Google.Rpc.Code.Internal, Message = "Lỗi máy chủ (internal error)" };
            status.Details.Add(Google.Protobuf.WellKnownTypes.Any.Pack(info));
            throw status.ToRpcException();
        }
    }
}
