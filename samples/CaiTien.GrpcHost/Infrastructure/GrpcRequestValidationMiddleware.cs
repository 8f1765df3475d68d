using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Threading.Tasks;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaiTien.GrpcHost.Infrastructure;

/// <summary>
/// Refuses gRPC requests whose bytes are not one well-framed, parseable message of the method's request type, before
/// the gRPC endpoint reads them (grpc-dotnet would answer UNKNOWN or INTERNAL): INVALID_ARGUMENT for malformed frames,
/// compressed data or messages, RESOURCE_EXHAUSTED for a body or a decompressed message over the limit, UNIMPLEMENTED
/// for an unknown compression. A compressed frame is decompressed here, within the limit, and handed on uncompressed.
/// The handler never runs for a refused request, so nothing is stored.
/// </summary>
internal sealed class GrpcRequestValidationMiddleware
{
    private readonly RequestDelegate next;
    private readonly ILogger<GrpcRequestValidationMiddleware> logger;
    private readonly Dictionary<string, MessageDescriptor> inputs = new(StringComparer.Ordinal);
    private readonly int maxMessageBytes;

    public GrpcRequestValidationMiddleware(RequestDelegate next, ILogger<GrpcRequestValidationMiddleware> logger, int maxMessageBytes, IEnumerable<FileDescriptor> files)
    {
        this.next = next;
        this.logger = logger;
        this.maxMessageBytes = maxMessageBytes;
        foreach (FileDescriptor file in files)
        {
            foreach (ServiceDescriptor service in file.Services)
            {
                foreach (MethodDescriptor method in service.Methods)
                {
                    inputs[$"/{service.FullName}/{method.Name}"] = method.InputType;
                }
            }
        }
    }

    public async Task InvokeAsync(HttpContext context)
    {
        string? contentType = context.Request.ContentType;
        if (contentType is null || !contentType.StartsWith("application/grpc", StringComparison.Ordinal)
            || contentType.StartsWith("application/grpc-web", StringComparison.Ordinal)
            || !inputs.TryGetValue(context.Request.Path.Value ?? string.Empty, out MessageDescriptor? input))
        {
            await next(context);
            return;
        }

        var buffer = new MemoryStream();
        byte[] chunk = new byte[16 * 1024];
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxMessageBytes + 5)
                {
                    Refuse(context, 8, $"Yêu cầu vượt quá {maxMessageBytes} byte (request larger than {maxMessageBytes} bytes)");
                    return;
                }
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            Refuse(context, 8, $"Yêu cầu vượt quá {maxMessageBytes} byte (request larger than {maxMessageBytes} bytes)");
            return;
        }
        byte[] body = buffer.ToArray();
        var (status, problem, message) = Check(body, input, context.Request.Headers["grpc-encoding"].ToString());
        if (status != 0)
        {
            logger.LogInformation("Refused gRPC request to {Path}: {Problem}", context.Request.Path.Value, problem);
            if (status == 12)
            {
                context.Response.Headers["grpc-accept-encoding"] = "identity,gzip,deflate";
            }
            Refuse(context, status, status == 3 ? $"Yêu cầu không đọc được (malformed request): {problem}" : problem!);
            return;
        }
        context.Request.Body = new MemoryStream(message!, writable: false);
        await next(context);
    }

    private static void Refuse(HttpContext context, int status, string message)
    {
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/grpc";
        context.Response.Headers["grpc-status"] = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        context.Response.Headers["grpc-message"] = Uri.EscapeDataString(message);
    }

    /// <summary>The grpc-status to answer with (0 when the request is sound), why, and the request as one uncompressed frame.</summary>
    private (int Status, string? Problem, byte[]? Frame) Check(byte[] body, MessageDescriptor input, string encoding)
    {
        if (body.Length < 5)
        {
            return (3, "gRPC frame shorter than its 5-byte header", null);
        }
        if (body[0] > 1)
        {
            return (3, $"unknown gRPC frame flag {body[0]}", null);
        }
        uint length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (length != body.Length - 5)
        {
            return (3, $"gRPC frame declares {length} bytes but carries {body.Length - 5}", null);
        }
        byte[] payload;
        if (body[0] == 1)
        {
            Stream? decompressor = encoding switch
            {
                "gzip" => new GZipStream(new MemoryStream(body, 5, (int)length), CompressionMode.Decompress),
                "deflate" => new ZLibStream(new MemoryStream(body, 5, (int)length), CompressionMode.Decompress),
                "" or "identity" => null,
                _ => Stream.Null,
            };
            if (decompressor is null)
            {
                return (3, "compressed gRPC frame without a grpc-encoding", null);
            }
            if (decompressor == Stream.Null)
            {
                return (12, $"Không hỗ trợ nén \"{Violations.Short(encoding, 40)}\" (unsupported grpc-encoding)", null);
            }
            var output = new MemoryStream();
            try
            {
                using (decompressor)
                {
                    byte[] chunk = new byte[16 * 1024];
                    int n;
                    while ((n = decompressor.Read(chunk, 0, chunk.Length)) > 0)
                    {
                        output.Write(chunk, 0, n);
                        if (output.Length > maxMessageBytes)
                        {
                            return (8, $"Yêu cầu giải nén vượt quá {maxMessageBytes} byte (decompressed request larger than {maxMessageBytes} bytes)", null);
                        }
                    }
                }
            }
            catch (InvalidDataException ex)
            {
                return (3, $"{encoding} data cannot be decompressed: {ex.Message}", null);
            }
            payload = output.ToArray();
        }
        else
        {
            payload = body;
        }
        try
        {
            if (body[0] == 0)
            {
                input.Parser.ParseFrom(body, 5, (int)length);
            }
            else
            {
                input.Parser.ParseFrom(payload);
            }
        }
        catch (InvalidProtocolBufferException ex)
        {
            return (3, $"not a valid protobuf {input.FullName}: {ex.Message}", null);
        }
        if (body[0] == 0)
        {
            return (0, null, body);
        }
        byte[] frame = new byte[5 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(frame.AsSpan(1, 4), (uint)payload.Length);
        payload.CopyTo(frame, 5);
        return (0, null, frame);
    }
}
