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

    /// <summary>The types error details may carry, for JSON.</summary>
    public static readonly Google.Protobuf.Reflection.TypeRegistry Types = Google.Protobuf.Reflection.TypeRegistry.FromMessages(
        BadRequest.Descriptor, PreconditionFailure.Descriptor, ErrorInfo.Descriptor, ResourceInfo.Descriptor, QuotaFailure.Descriptor);

    /// <summary>Formats a google.rpc.Status as JSON, as transcoding does.</summary>
    public static readonly Google.Protobuf.JsonFormatter Json = new(Google.Protobuf.JsonFormatter.Settings.Default.WithTypeRegistry(Types));

    /// <summary>An error with only an ErrorInfo: UNAUTHENTICATED, PERMISSION_DENIED, UNAVAILABLE.</summary>
    public static RpcException Simple(StatusCode code, string message, string reason)
        => Build((Code)(int)code, message, reason, new Dictionary<string, string>());

    public static RpcException ResourceExhausted(string message)
        => Build(Code.ResourceExhausted, message, "REQUEST_TOO_LARGE", new Dictionary<string, string>());

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
            Description = $"Etag \"{Violations.Short(given)}\" đã cũ, bản lưu hiện tại là \"{current}\": đọc lại rồi cập nhật (stale etag; read again, then update).",
        });
        return Build(Code.Aborted, $"Dữ liệu đã bị thay đổi bởi người khác (etag mismatch) — {name}", "ETAG_MISMATCH",
            new Dictionary<string, string> { ["name"] = name, ["etag"] = Violations.Short(given), ["currentEtag"] = current }, Any.Pack(failure));
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

/// <summary>
/// Collects field violations while mapping a request, then throws them all at once. Bounded: at most
/// <see cref="MaxReported"/> violations, each path and description shortened, so that an error never echoes a huge
/// input back (response headers and trailers stay far below the 64 KB clients accept).
/// </summary>
internal sealed class Violations
{
    public const int MaxReported = 20;
    private const int MaxPath = 200;
    private const int MaxDescription = 300;

    private readonly List<BadRequest.Types.FieldViolation> list = new();
    private int dropped;

    public bool Any => list.Count > 0;

    public IEnumerable<string> Fields => list.Select(v => v.Field);

    public void Add(string field, string vietnamese, string english)
    {
        if (list.Count >= MaxReported)
        {
            dropped++;
            return;
        }
        list.Add(new BadRequest.Types.FieldViolation { Field = Short(field, MaxPath), Description = Short($"{vietnamese} ({english})", MaxDescription) });
    }

    public void ThrowIfAny()
    {
        if (list.Count > 0)
        {
            var all = new List<BadRequest.Types.FieldViolation>(list);
            if (dropped > 0)
            {
                all.Add(new BadRequest.Types.FieldViolation { Field = "request", Description = $"Còn {dropped} lỗi khác (and {dropped} more)" });
            }
            throw RpcErrors.InvalidArgument(all);
        }
    }

    /// <summary>At most <paramref name="max"/> characters, never cutting a surrogate pair, with an ellipsis when cut.</summary>
    public static string Short(string? s, int max = 80)
    {
        if (s is null)
        {
            return string.Empty;
        }
        if (s.Length <= max)
        {
            return s;
        }
        int cut = char.IsHighSurrogate(s[max - 1]) ? max - 1 : max;
        return s.Substring(0, cut) + "…";
    }
}
