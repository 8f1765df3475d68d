using System.Collections.Generic;
using System.Linq;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;

namespace CaiTien.GrpcHost.Infrastructure;

/// <summary>Builds gRPC errors with google.rpc.Status details (AIP-193): BadRequest, PreconditionFailure, ErrorInfo.</summary>
internal static class RpcErrors
{
    public const string Domain = "caitien.v1";

    public static RpcException InvalidArgument(IReadOnlyList<BadRequest.Types.FieldViolation> violations)
    {
        var badRequest = new BadRequest();
        badRequest.FieldViolations.AddRange(violations);
        string summary = string.Join("; ", violations.Take(3).Select(v => $"{v.Field}: {v.Description}"));
        return Build(Code.InvalidArgument, $"Yêu cầu không hợp lệ (invalid request): {summary}", "INVALID_ARGUMENT_FIELDS",
            new Dictionary<string, string> { ["violations"] = violations.Count.ToString() }, Any.Pack(badRequest));
    }

    public static RpcException NotFound(string name)
        => Build(Code.NotFound, $"Không tìm thấy {name} (not found)", "NOT_FOUND", new Dictionary<string, string> { ["name"] = name },
            Any.Pack(new ResourceInfo { ResourceName = name, Description = "not found" }));

    public static RpcException AlreadyExists(string name)
        => Build(Code.AlreadyExists, $"{name} đã tồn tại (already exists)", "ALREADY_EXISTS", new Dictionary<string, string> { ["name"] = name },
            Any.Pack(new ResourceInfo { ResourceName = name, Description = "already exists" }));

    public static RpcException StaleEtag(string name, string given, string current)
    {
        var failure = new PreconditionFailure();
        failure.Violations.Add(new PreconditionFailure.Types.Violation
        {
            Type = "ETAG",
            Subject = name,
            Description = $"Etag \"{given}\" đã cũ, bản lưu hiện tại là \"{current}\": đọc lại rồi cập nhật (stale etag; read again, then update).",
        });
        return Build(Code.Aborted, $"Dữ liệu đã bị thay đổi bởi người khác (etag mismatch) — {name}", "ETAG_MISMATCH",
            new Dictionary<string, string> { ["name"] = name, ["etag"] = given, ["currentEtag"] = current }, Any.Pack(failure));
    }

    public static RpcException FailedPrecondition(string subject, string type, string description)
    {
        var failure = new PreconditionFailure();
        failure.Violations.Add(new PreconditionFailure.Types.Violation { Type = type, Subject = subject, Description = description });
        return Build(Code.FailedPrecondition, description, type, new Dictionary<string, string> { ["subject"] = subject }, Any.Pack(failure));
    }

    private static RpcException Build(Code code, string message, string reason, IDictionary<string, string> metadata, params Any[] details)
    {
        var info = new ErrorInfo { Reason = reason, Domain = Domain };
        info.Metadata.Add(metadata);
        var status = new Google.Rpc.Status { Code = (int)code, Message = message };
        status.Details.AddRange(details);
        status.Details.Add(Any.Pack(info));
        return status.ToRpcException();
    }
}

/// <summary>Collects field violations while mapping a request, then throws them all at once.</summary>
internal sealed class Violations
{
    private readonly List<BadRequest.Types.FieldViolation> list = new();

    public bool Any => list.Count > 0;

    public void Add(string field, string vietnamese, string english)
        => list.Add(new BadRequest.Types.FieldViolation { Field = field, Description = $"{vietnamese} ({english})" });

    public void ThrowIfAny()
    {
        if (list.Count > 0)
        {
            throw RpcErrors.InvalidArgument(list);
        }
    }
}
