using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Google.Protobuf;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CaiTien.GrpcHost.Infrastructure;

/// <summary>
/// Refuses gRPC requests whose bytes are not a well-framed, parseable message of the method's request type with
/// INVALID_ARGUMENT, before the gRPC endpoint reads them (grpc-dotnet would answer UNKNOWN or INTERNAL). The handler
/// never runs for such a request, so nothing is stored. Oversize requests pass through, for gRPC's own
/// RESOURCE_EXHAUSTED.
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
        while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxMessageBytes + 5)
            {
                // Too large to be valid anyway: hand the rest to gRPC, which answers RESOURCE_EXHAUSTED.
                context.Request.Body = new ConcatenatedStream(new MemoryStream(buffer.ToArray()), context.Request.Body);
                await next(context);
                return;
            }
        }
        byte[] body = buffer.ToArray();
        string? problem = Check(body, input);
        if (problem is not null)
        {
            logger.LogInformation("Refused malformed gRPC request to {Path}: {Problem}", context.Request.Path.Value, problem);
            context.Response.StatusCode = StatusCodes.Status200OK;
            context.Response.ContentType = "application/grpc";
            context.Response.Headers["grpc-status"] = "3";
            context.Response.Headers["grpc-message"] = Uri.EscapeDataString($"Yêu cầu không đọc được (malformed request): {problem}");
            return;
        }
        context.Request.Body = new MemoryStream(body, writable: false);
        await next(context);
    }

    private static string? Check(byte[] body, MessageDescriptor input)
    {
        if (body.Length < 5)
        {
            return "gRPC frame shorter than its 5-byte header";
        }
        if (body[0] != 0)
        {
            return body[0] == 1 ? null : $"unknown gRPC frame flag {body[0]}";
        }
        uint length = BinaryPrimitives.ReadUInt32BigEndian(body.AsSpan(1, 4));
        if (length != body.Length - 5)
        {
            return $"gRPC frame declares {length} bytes but carries {body.Length - 5}";
        }
        try
        {
            input.Parser.ParseFrom(body, 5, (int)length);
            return null;
        }
        catch (InvalidProtocolBufferException ex)
        {
            return $"not a valid protobuf {input.FullName}: {ex.Message}";
        }
    }

    /// <summary>A read-only stream over what was buffered, then the rest of the request.</summary>
    private sealed class ConcatenatedStream(Stream first, Stream second) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int n = first.Read(buffer, offset, count);
            return n > 0 ? n : second.Read(buffer, offset, count);
        }

        public override async ValueTask<int> ReadAsync(Memory<byte> buffer, System.Threading.CancellationToken cancellationToken = default)
        {
            int n = await first.ReadAsync(buffer, cancellationToken);
            return n > 0 ? n : await second.ReadAsync(buffer, cancellationToken);
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
