using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using CaiTien.GrpcHost.Store;
using Google.Api;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaiTien.GrpcHost.Services;

/// <summary>
/// The standard methods of a stored resource, written once for plans, reports and supervision records (AIP-131–135):
/// etags required on every change (from the body or an If-Match header) and sent back in an ETag header, update masks
/// (AIP-134: an omitted mask means the fields the request sets; over JSON, the fields present in the body), REQUIRED
/// checked on the result of the mask, every document through the domain before it is stored, approval, pages by count
/// and by bytes, and who changed which fields recorded with every write.
/// </summary>
internal sealed class DocumentResource<T>
    where T : class, IMessage<T>, new()
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>A page holds at most this much stored content, so that a response stays well under the 4 MiB send limit.</summary>
    public const long MaxPageBytes = 2 * 1024 * 1024;

    private static readonly MessageDescriptor Descriptor = new T().Descriptor;
    private static readonly FieldMask.MergeOptions Replace = new() { ReplaceMessageFields = true, ReplaceRepeatedFields = true, ReplacePrimitiveFields = true };

    // The fields the server owns: the name, the etag, and the OUTPUT_ONLY ones. A client's values for them are ignored.
    private static readonly HashSet<string> ServerFields = Descriptor.Fields.InDeclarationOrder()
        .Where(f => f.Name == "etag" || Behaviour(f).Contains(FieldBehavior.OutputOnly) || Behaviour(f).Contains(FieldBehavior.Identifier))
        .Select(f => f.Name).ToHashSet(StringComparer.Ordinal);

    private readonly IDocumentStore store;
    private readonly IResourceMapper<T> mapper;
    private readonly ILogger logger;

    public DocumentResource(IDocumentStore store, IResourceMapper<T> mapper, ILogger logger)
    {
        this.store = store;
        this.mapper = mapper;
        this.logger = logger;
    }

    public IResourceMapper<T> Mapper => mapper;

    public async Task<T> Get(string name, ServerCallContext context)
    {
        var v = new Violations();
        mapper.CheckName(name, "name", v);
        v.ThrowIfAny();
        StoredDocument stored = await Load(name, context);
        return Answer(stored, context);
    }

    /// <summary>The stored document and its domain-normalised content, or NOT_FOUND.</summary>
    public async Task<(StoredDocument Stored, T Content)> Read(string name, ServerCallContext context)
    {
        StoredDocument stored = await Load(name, context);
        return (stored, mapper.Decode(stored));
    }

    public async Task<(List<T> Page, string NextToken)> List(string parent, int pageSize, string pageToken, ServerCallContext context)
    {
        var v = new Violations();
        var (size, after) = Page(pageSize, pageToken, parent, v);
        v.ThrowIfAny();
        DocumentPage page = await store.ListAsync(mapper.Kind, parent, after, size, MaxPageBytes, context.CancellationToken);
        return (page.Documents.Select(Stamp).ToList(), page.More ? Token(parent, page.Documents[^1].Name) : string.Empty);
    }

    public async Task<T> Create(string parent, string id, string idField, T? body, ServerCallContext context, Violations v)
    {
        id = string.IsNullOrEmpty(id) ? NewId(mapper.IdPrefix) : id;
        if (!ResourceNames.IsId(id))
        {
            v.Add(idField, $"\"{id}\" không hợp lệ: 1-63 ký tự a-z, 0-9, '-', bắt đầu bằng chữ", $"\"{id}\" is invalid: 1-63 characters of a-z, 0-9 and '-', starting with a letter");
        }
        string name = mapper.NameFor(parent, ResourceNames.IsId(id) ? id : "x");
        var normalised = body is null ? null : mapper.Normalise(body, null, name, mapper.Field, v);
        v.ThrowIfAny();
        WriteResult result = await store.CreateAsync(name, mapper.Kind, parent, normalised!.Stored,
            new Change(Actor(context), Array.Empty<string>()), context.CancellationToken);
        Log("Create", name, result);
        return result.Outcome switch
        {
            WriteOutcome.Written => Answer(result.Document!, context),
            WriteOutcome.AlreadyExists => throw RpcErrors.AlreadyExists(name),
            WriteOutcome.ParentNotFound => throw RpcErrors.NotFound(parent),
            _ => throw Refused(name, string.Empty, result),
        };
    }

    /// <summary>
    /// An update with a mask. With <paramref name="createWhenMissing"/> (a singleton), a write without an etag creates
    /// the resource when it does not exist yet, and is refused when it does.
    /// </summary>
    public async Task<T> Update(T? body, FieldMask? mask, ServerCallContext context, bool createWhenMissing = false)
    {
        var v = new Violations();
        string field = mapper.Field;
        string name = body is null ? string.Empty : (string)Descriptor.FindFieldByName("name").Accessor.GetValue(body);
        if (body is null || !mapper.CheckName(name, $"{field}.name", v))
        {
            v.ThrowIfAny();
        }
        string etag = Etag((string)Descriptor.FindFieldByName("etag").Accessor.GetValue(body!), $"{field}.etag", context, v, required: !createWhenMissing);
        IReadOnlyList<string> paths = MaskPaths(body!, mask, context, v);
        v.ThrowIfAny();

        if (etag.Length == 0)
        {
            return await CreateSingleton(name, body!, context);
        }
        StoredDocument stored = await Load(name, context);
        if (stored.IsApproved)
        {
            throw ApprovedError(name);
        }
        T current = mapper.Decode(stored);
        T merged = current.Clone();
        new FieldMask { Paths = { paths } }.Merge(body!, merged, Replace);
        RequestValidator.ValidateRequired(merged, field + ".", v);
        v.ThrowIfAny();
        var normalised = mapper.Normalise(merged, current, name, field, v);
        v.ThrowIfAny();
        T content = normalised!.Content;
        WriteResult result = await store.UpdateAsync(name, normalised.Stored, etag,
            new Change(Actor(context), Changed(current, content)), context.CancellationToken);
        Log("Update", name, result);
        return result.Outcome == WriteOutcome.Written ? Answer(result.Document!, context) : throw Refused(name, etag, result);
    }

    private async Task<T> CreateSingleton(string name, T body, ServerCallContext context)
    {
        var v = new Violations();
        var normalised = mapper.Normalise(body, null, name, mapper.Field, v);
        v.ThrowIfAny();
        string parent = mapper.ParentOf(name);
        WriteResult result = await store.CreateAsync(name, mapper.Kind, parent, normalised!.Stored,
            new Change(Actor(context), Array.Empty<string>()), context.CancellationToken);
        Log("Create", name, result);
        return result.Outcome switch
        {
            WriteOutcome.Written => Answer(result.Document!, context),
            WriteOutcome.ParentNotFound => throw RpcErrors.NotFound(parent),
            // Replacing a record unseen would lose the writes it holds.
            WriteOutcome.AlreadyExists => throw RpcErrors.FailedPrecondition(name, "ETAG_REQUIRED",
                "Đã có bản lưu: đọc nó rồi cập nhật kèm etag (it exists already: read it, then update it with its etag)"),
            _ => throw Refused(name, string.Empty, result),
        };
    }

    public async Task Delete(string name, string etag, ServerCallContext context)
    {
        var v = new Violations();
        mapper.CheckName(name, "name", v);
        etag = Etag(etag, "etag", context, v, required: false);
        v.ThrowIfAny();
        WriteResult result = await store.DeleteAsync(name, etag, new Change(Actor(context), Array.Empty<string>()), context.CancellationToken);
        Log("Delete", name, result);
        if (result.Outcome != WriteOutcome.Written)
        {
            throw Refused(name, etag, result);
        }
    }

    public async Task<T> Approve(string name, string etag, ServerCallContext context)
    {
        var v = new Violations();
        mapper.CheckName(name, "name", v);
        etag = Etag(etag, "etag", context, v, required: true);
        v.ThrowIfAny();
        WriteResult result = await store.ApproveAsync(name, etag, new Change(Actor(context), new[] { "state" }), context.CancellationToken);
        Log("Approve", name, result);
        return result.Outcome == WriteOutcome.Written ? Answer(result.Document!, context) : throw Refused(name, etag, result);
    }

    // ---------------- helpers ----------------

    private async Task<StoredDocument> Load(string name, ServerCallContext context)
    {
        StoredDocument? stored = await store.GetAsync(name, context.CancellationToken);
        return stored is not null && stored.Kind == mapper.Kind ? stored : throw RpcErrors.NotFound(name);
    }

    /// <summary>The resource as the client sees it: the stored content with the server's fields, and its etag in an ETag header.</summary>
    private T Answer(StoredDocument stored, ServerCallContext context)
    {
        context.GetHttpContext().Response.Headers.ETag = $"\"{stored.Etag}\"";
        return Stamp(stored);
    }

    public T Stamp(StoredDocument d)
    {
        T message = mapper.Decode(d);
        Set(message, "name", d.Name);
        Set(message, "etag", d.Etag);
        Set(message, "create_time", d.CreateTime.ToTimestamp());
        Set(message, "update_time", d.UpdateTime.ToTimestamp());
        if (mapper.Approvable)
        {
            Set(message, "state", d.IsApproved ? V1.DocumentState.Approved : V1.DocumentState.Draft);
            Set(message, "approve_time", d.ApproveTime?.ToTimestamp());
            Set(message, "approver", d.Approver ?? string.Empty);
        }
        return message;
    }

    private static void Set(T message, string field, object? value)
    {
        FieldDescriptor? f = Descriptor.FindFieldByName(field);
        if (f is not null && value is not null)
        {
            f.Accessor.SetValue(message, value);
        }
    }

    /// <summary>The etag the request gives, in the body or (over JSON) in an If-Match header; both must agree.</summary>
    private static string Etag(string body, string field, ServerCallContext context, Violations v, bool required)
    {
        HttpRequest request = context.GetHttpContext().Request;
        string? header = request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true ? null : request.Headers.IfMatch.ToString();
        string fromHeader = string.IsNullOrEmpty(header) ? string.Empty : header.Trim();
        if (fromHeader.StartsWith("W/", StringComparison.Ordinal))
        {
            fromHeader = fromHeader.Substring(2);
        }
        fromHeader = fromHeader.Trim('"');
        if (fromHeader == "*" || fromHeader.Contains(','))
        {
            v.Add("If-Match", "If-Match phải là một etag cụ thể", "If-Match must be one etag: '*' and lists would lose updates");
            return body;
        }
        if (fromHeader.Length > 0 && body.Length > 0 && fromHeader != body)
        {
            v.Add(field, "Etag trong nội dung khác với If-Match", "The body's etag and If-Match differ");
        }
        string etag = body.Length > 0 ? body : fromHeader;
        if (required && etag.Length == 0)
        {
            v.Add(field, "Cần etag của bản đã đọc (hoặc If-Match) để thay đổi", "The etag read with the resource (or If-Match) is required to change it");
        }
        return etag;
    }

    /// <summary>The paths an update changes, relative to the resource (AIP-134).</summary>
    private IReadOnlyList<string> MaskPaths(T body, FieldMask? mask, ServerCallContext context, Violations v)
    {
        if (mask is { Paths.Count: > 0 })
        {
            if (mask.Paths.Contains("*"))
            {
                if (mask.Paths.Count > 1)
                {
                    v.Add("update_mask.paths", "\"*\" phải đứng một mình", "\"*\" must be the only path");
                }
                return Descriptor.Fields.InDeclarationOrder().Select(f => f.Name).Where(n => !ServerFields.Contains(n)).ToList();
            }
            var paths = new List<string>();
            for (int i = 0; i < mask.Paths.Count; i++)
            {
                string? path = Canonical(mask.Paths[i]);
                if (path is null)
                {
                    path = mask.Paths[i];
                    v.Add($"update_mask.paths[{i}]", $"\"{Violations.Short(path, 60)}\" không phải trường của {Descriptor.Name}", $"\"{Violations.Short(path, 60)}\" is not a field of {Descriptor.Name}");
                }
                else if (!ServerFields.Contains(path.Split('.')[0]))
                {
                    paths.Add(path);
                }
            }
            return paths;
        }
        IReadOnlyList<string>? present = JsonPresence.Of(context);
        return (present ?? Populated(body, string.Empty).ToList()).Where(p => !ServerFields.Contains(p.Split('.')[0])).ToList();
    }

    /// <summary>
    /// A mask path in proto field names: JSON clients send lowerCamelCase ("reference.number" as well as
    /// "schoolName"), which transcoding passes through as is. <c>null</c> when a segment names no field.
    /// </summary>
    private static string? Canonical(string path)
    {
        MessageDescriptor? message = Descriptor;
        var parts = new List<string>();
        foreach (string segment in path.Split('.'))
        {
            FieldDescriptor? field = message?.Fields.InDeclarationOrder().FirstOrDefault(f => f.Name == segment || f.JsonName == segment);
            if (field is null)
            {
                return null;
            }
            parts.Add(field.Name);
            message = field.FieldType == FieldType.Message && !field.IsRepeated ? field.MessageType : null;
        }
        return string.Join('.', parts);
    }

    /// <summary>The populated fields of a message: leaves of singular messages, whole repeated fields.</summary>
    private static IEnumerable<string> Populated(IMessage message, string prefix)
    {
        foreach (FieldDescriptor f in message.Descriptor.Fields.InDeclarationOrder())
        {
            object? value = f.Accessor.GetValue(message);
            if (f.IsRepeated || f.IsMap)
            {
                if (((System.Collections.ICollection)value!).Count > 0)
                {
                    yield return prefix + f.Name;
                }
            }
            else if (f.FieldType == FieldType.Message)
            {
                if (value is IMessage nested)
                {
                    var inner = Populated(nested, prefix + f.Name + ".").ToList();
                    foreach (string p in inner.Count > 0 ? inner : new List<string> { prefix + f.Name })
                    {
                        yield return p;
                    }
                }
            }
            else if (f.HasPresence ? f.Accessor.HasValue(message) : !IsDefault(value))
            {
                yield return prefix + f.Name;
            }
        }
    }

    private static bool IsDefault(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        bool b => !b,
        ByteString bytes => bytes.IsEmpty,
        System.Enum e => Convert.ToInt32(e) == 0,
        _ => Convert.ToDouble(value) == 0,
    };

    /// <summary>The top-level fields whose value the write changes, for the audit trail.</summary>
    private static IReadOnlyList<string> Changed(T before, T after)
        => Descriptor.Fields.InDeclarationOrder()
            .Where(f => !ServerFields.Contains(f.Name))
            .Where(f => !Equals(f.Accessor.GetValue(before), f.Accessor.GetValue(after)) || (f.HasPresence && f.Accessor.HasValue(before) != f.Accessor.HasValue(after)))
            .Select(f => f.Name).ToList();

    private static RpcException ApprovedError(string name)
        => RpcErrors.FailedPrecondition(name, "APPROVED",
            $"{name} đã được phê duyệt (ký ban hành): không sửa, không xóa được; điều chỉnh bằng một văn bản mới (approved: it cannot change or be deleted; adjust with a new document)");

    private static RpcException Refused(string name, string etag, WriteResult result) => result.Outcome switch
    {
        WriteOutcome.NotFound or WriteOutcome.ParentNotFound => RpcErrors.NotFound(name),
        WriteOutcome.StaleEtag => RpcErrors.StaleEtag(name, etag, result.CurrentEtag!),
        WriteOutcome.Approved => ApprovedError(name),
        _ => RpcErrors.AlreadyExists(name),
    };

    private void Log(string method, string name, WriteResult result)
        => logger.LogInformation("{Method} {Name}: {Outcome} {Etag}", method, name, result.Outcome, result.Document?.Etag);

    /// <summary>Who is writing: the subject of their token, recorded in the history.</summary>
    public static string Actor(ServerCallContext context) => RequestInterceptor.Of(context)?.Subject ?? "anonymous";

    private static IList<FieldBehavior> Behaviour(FieldDescriptor f)
        => f.GetOptions()?.GetExtension(FieldBehaviorExtensions.FieldBehavior) ?? (IList<FieldBehavior>)Array.Empty<FieldBehavior>();

    /// <summary>The page size and the name after which it starts, from a page token bound to its list.</summary>
    public static (int Size, string? After) Page(int pageSize, string token, string parent, Violations v)
    {
        if (pageSize is < 0 or > MaxPageSize)
        {
            v.Add("page_size", $"page_size phải từ 0 đến {MaxPageSize}", $"page_size must be 0 to {MaxPageSize}");
        }
        string? after = null;
        if (!string.IsNullOrEmpty(token))
        {
            try
            {
                string decoded = Encoding.UTF8.GetString(Convert.FromBase64String(token));
                after = decoded.StartsWith(parent + "|", StringComparison.Ordinal) ? decoded.Substring(parent.Length + 1) : null;
            }
            catch (FormatException)
            {
            }
            if (after is null)
            {
                v.Add("page_token", "page_token không hợp lệ cho danh sách này", "page_token is not valid for this list");
            }
        }
        return (pageSize == 0 ? DefaultPageSize : Math.Min(pageSize, MaxPageSize), after);
    }

    public static string Token(string parent, string last) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{parent}|{last}"));

    private static string NewId(string prefix) => $"{prefix}-{Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant()}";
}
