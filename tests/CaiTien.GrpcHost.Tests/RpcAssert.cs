using System;
using System.Linq;
using System.Threading.Tasks;
using Google.Rpc;
using Grpc.Core;

namespace CaiTien.GrpcHost.Tests;

internal static class RpcAssert
{
    public static async Task<RpcException> Fails(StatusCode code, Func<Task> call)
    {
        var ex = await Assert.ThrowsAsync<RpcException>(call);
        Assert.Equal(code, ex.StatusCode);
        return ex;
    }

    /// <summary>INVALID_ARGUMENT whose BadRequest names the field.</summary>
    public static async Task InvalidField(string field, Func<Task> call)
    {
        var ex = await Fails(StatusCode.InvalidArgument, call);
        var status = ex.GetRpcStatus();
        Assert.NotNull(status);
        var bad = status!.GetDetail<BadRequest>();
        Assert.NotNull(bad);
        Assert.Contains(bad!.FieldViolations, v => v.Field == field);
        Assert.Equal("INVALID_ARGUMENT_FIELDS", status.GetDetail<ErrorInfo>()!.Reason);
        Assert.All(bad.FieldViolations, v => Assert.False(string.IsNullOrWhiteSpace(v.Description)));
    }
}
