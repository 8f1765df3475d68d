using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Grpc.Core;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaiTien.GrpcHost.Infrastructure;

/// <summary>
/// Reads the body of a JSON (transcoded) request before transcoding does, against the method's descriptor: a body over
/// the limit gets RESOURCE_EXHAUSTED (HTTP 413); a field the message does not have, a query parameter that names no
/// field, or a string that is not text gets INVALID_ARGUMENT naming the field (transcoding would ignore the first two
/// and fail without a path on the last). The fields present in the body are kept for <see cref="JsonPresence"/>, which
/// an update without a mask uses (AIP-134).
/// </summary>
internal sealed class JsonRequestMiddleware
{
    private readonly RequestDelegate next;
    private readonly ILogger<JsonRequestMiddleware> logger;
    private readonly int maxBodyBytes;

    public JsonRequestMiddleware(RequestDelegate next, ILogger<JsonRequestMiddleware> logger, int maxBodyBytes)
    {
        this.next = next;
        this.logger = logger;
        this.maxBodyBytes = maxBodyBytes;
    }

    public async Task InvokeAsync(HttpContext context)
    {
        GrpcJsonTranscodingMetadata? metadata = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (metadata is null)
        {
            await next(context);
            return;
        }
        MethodDescriptor method = metadata.MethodDescriptor;
        var v = new Violations();
        foreach (string key in context.Request.Query.Keys)
        {
            if (Resolve(method.InputType, key) is null)
            {
                v.Add(Violations.Short(key, 80), "Không có tham số này", "No such query parameter");
            }
        }
        string body = metadata.HttpRule.Body;
        if (body.Length > 0 && context.Request.ContentLength is not 0)
        {
            byte[]? bytes = await ReadBody(context);
            if (bytes is null)
            {
                await Write(context, StatusCode.ResourceExhausted, StatusCodes.Status413PayloadTooLarge,
                    RpcErrors.ResourceExhausted($"Yêu cầu vượt quá {maxBodyBytes} byte (request body larger than {maxBodyBytes} bytes)"));
                return;
            }
            if (bytes.Length > 0)
            {
                MessageDescriptor target = body == "*" ? method.InputType : method.InputType.FindFieldByName(body).MessageType;
                string prefix = body == "*" ? string.Empty : body + ".";
                try
                {
                    using JsonDocument document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
                    var present = new List<string>();
                    Walk(document.RootElement, target, prefix, v, present, string.Empty);
                    context.Items[JsonPresence.Key] = present;
                }
                catch (JsonException ex)
                {
                    v.Add(prefix.Length == 0 ? "body" : prefix.TrimEnd('.'), "JSON không hợp lệ", $"Invalid JSON: {ex.Message}");
                }
            }
            context.Request.Body = new MemoryStream(bytes, writable: false);
        }
        if (v.Any)
        {
            logger.LogInformation("Refused JSON request to {Method}: {Fields}", method.FullName, string.Join(", ", v.Fields));
            try
            {
                v.ThrowIfAny();
            }
            catch (RpcException ex)
            {
                await Write(context, StatusCode.InvalidArgument, StatusCodes.Status400BadRequest, ex);
                return;
            }
        }
        await next(context);
    }

    /// <summary>The body, or <c>null</c> when it is over the limit.</summary>
    private async Task<byte[]?> ReadBody(HttpContext context)
    {
        if (context.Request.ContentLength > maxBodyBytes)
        {
            return null;
        }
        var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBodyBytes)
                {
                    return null;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }
        return buffer.ToArray();
    }

    private static void Walk(JsonElement element, MessageDescriptor descriptor, string prefix, Violations v, List<string> present, string relative)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        foreach (JsonProperty property in element.EnumerateObject())
        {
            FieldDescriptor? field = FindField(descriptor, property.Name);
            if (field is null)
            {
                v.Add(prefix + Violations.Short(property.Name, 80), "Không có trường này", $"Unknown field in {descriptor.Name}");
                continue;
            }
            string path = prefix + field.Name;
            string relativePath = relative + field.Name;
            if (field.FieldType == FieldType.Message && !field.IsRepeated && !IsWellKnown(field.MessageType) && property.Value.ValueKind == JsonValueKind.Object)
            {
                int before = present.Count;
                Walk(property.Value, field.MessageType, path + ".", v, present, relativePath + ".");
                if (present.Count == before)
                {
                    present.Add(relativePath);
                }
            }
            else
            {
                present.Add(relativePath);
                Values(property.Value, field, path, v);
            }
        }
    }

    private static void Values(JsonElement value, FieldDescriptor field, string path, Violations v)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                Text(value, path, v);
                break;
            case JsonValueKind.Array when field.IsRepeated && !field.IsMap:
                int i = 0;
                foreach (JsonElement item in value.EnumerateArray())
                {
                    string itemPath = $"{path}[{i++}]";
                    if (field.FieldType == FieldType.Message && !IsWellKnown(field.MessageType))
                    {
                        Walk(item, field.MessageType, itemPath + ".", v, new List<string>(), string.Empty);
                    }
                    else if (item.ValueKind == JsonValueKind.String)
                    {
                        Text(item, itemPath, v);
                    }
                }
                break;
            case JsonValueKind.Object when field.IsMap:
                FieldDescriptor valueField = field.MessageType.FindFieldByNumber(2);
                foreach (JsonProperty entry in value.EnumerateObject())
                {
                    string entryPath = $"{path}[{Violations.Short(entry.Name, 40)}]";
                    if (!RequestValidator.IsText(entry.Name))
                    {
                        v.Add(entryPath, "Có ký tự không hợp lệ", "Contains an invalid character");
                    }
                    if (valueField.FieldType == FieldType.Message && !IsWellKnown(valueField.MessageType))
                    {
                        Walk(entry.Value, valueField.MessageType, entryPath + ".", v, new List<string>(), string.Empty);
                    }
                    else if (entry.Value.ValueKind == JsonValueKind.String)
                    {
                        Text(entry.Value, entryPath, v);
                    }
                }
                break;
        }
    }

    private static void Text(JsonElement value, string path, Violations v)
    {
        try
        {
            if (!RequestValidator.IsText(value.GetString()!))
            {
                v.Add(path, "Có ký tự không hợp lệ (NUL)", "Contains an invalid character (NUL)");
            }
        }
        catch (InvalidOperationException)
        {
            v.Add(path, "Có ký tự không hợp lệ (surrogate lẻ)", "Contains an invalid character (a lone surrogate)");
        }
    }

    private static bool IsWellKnown(MessageDescriptor message) => message.File.Package == "google.protobuf";

    private static FieldDescriptor? FindField(MessageDescriptor descriptor, string name)
        => descriptor.Fields.InDeclarationOrder().FirstOrDefault(f => f.JsonName == name || f.Name == name);

    /// <summary>The field a dotted query path names ("plan.name", "pageSize"), or <c>null</c>.</summary>
    private static FieldDescriptor? Resolve(MessageDescriptor descriptor, string path)
    {
        FieldDescriptor? field = null;
        foreach (string part in path.Split('.'))
        {
            if (field is not null)
            {
                if (field.FieldType != FieldType.Message)
                {
                    return null;
                }
                descriptor = field.MessageType;
            }
            field = FindField(descriptor, part);
            if (field is null)
            {
                return null;
            }
        }
        return field;
    }

    private static async Task Write(HttpContext context, StatusCode code, int httpStatus, RpcException error)
    {
        Google.Rpc.Status status = error.GetRpcStatus() ?? new Google.Rpc.Status { Code = (int)code, Message = error.Status.Detail };
        context.Response.StatusCode = httpStatus;
        context.Response.ContentType = "application/json; charset=utf-8";
        await context.Response.WriteAsync(RpcErrors.Json.Format(status));
    }
}

/// <summary>The fields present in a JSON request's body, as proto paths relative to the body ("school_name", "reference.number").</summary>
internal static class JsonPresence
{
    public const string Key = "caitien.json.present";

    public static IReadOnlyList<string>? Of(ServerCallContext context)
        => context.GetHttpContext().Items.TryGetValue(Key, out object? paths) ? paths as IReadOnlyList<string> : null;
}
