using System;
using System.IO;
using System.Linq;
using CaiTien.Import.Docx;
using CaiTien.Import.Text;

namespace CaiTien.Import;

/// <summary>
/// The one way in: a file's bytes and its name or media type become the documents it holds (plans, reports, supervision
/// decisions and minutes, self-assessment reports) and notes that locate every reading, or a failure that says why the
/// file cannot be read. Word (.docx) and text exported from Word or PDF are read; anything else fails cleanly.
/// </summary>
/// <remarks>Stateless and thread-safe: one instance serves every call. Never throws for bad input.</remarks>
public sealed class DocumentImporter
{
    /// <summary>Creates an importer.</summary>
    /// <param name="options">Limits and what the caller already knows; <see cref="ImportOptions.Default"/> when <c>null</c>.</param>
    public DocumentImporter(ImportOptions? options = null) => Options = options ?? ImportOptions.Default;

    /// <summary>An importer with the default options.</summary>
    public static DocumentImporter Default { get; } = new();

    /// <summary>The options.</summary>
    public ImportOptions Options { get; }

    /// <summary>
    /// Imports a file: reads its layout, then recognises the documents in it. Never throws for bad input: a file that cannot
    /// be read, or that holds nothing recognisable, gives a result with a <see cref="ImportResult.Failure"/>.
    /// </summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="nameOrMediaType">The file name ("kh-2023.docx") or media type ("text/plain"); <c>null</c> to tell by content.</param>
    /// <returns>The documents and notes, or a failure.</returns>
    public ImportResult Import(ReadOnlyMemory<byte> content, string? nameOrMediaType)
    {
        LayoutReadResult layout = ReadLayout(content, nameOrMediaType);
        if (!layout.Success)
        {
            return new ImportResult(null, Array.Empty<ImportedDocument>(), layout.Notes, layout.Failure);
        }
        (var documents, Recognition.Notes notes) = Recognition.DocumentRecognizer.Recognize(layout.Layout!, Options);
        var all = layout.Notes.Concat(notes.All).ToList();
        if (documents.Count == 0)
        {
            bool tables = layout.Layout!.Tables.Any();
            return new ImportResult(layout.Layout, documents, all, ImportFailure.Of(ImportFailureReason.NothingRecognised,
                tables
                    ? "Tệp không chứa kế hoạch, báo cáo, quyết định, biên bản giám sát hay báo cáo tự đánh giá nào nhận ra được"
                    : "Tệp không có bảng nào và không chứa kế hoạch, báo cáo, quyết định, biên bản giám sát hay báo cáo tự đánh giá nào nhận ra được",
                tables
                    ? "The file holds no plan, report, supervision decision or minutes, or self-assessment report that could be recognised"
                    : "The file has no table and holds no plan, report, supervision decision or minutes, or self-assessment report that could be recognised"));
        }
        return new ImportResult(layout.Layout, documents, all, null);
    }

    /// <summary>Imports a file from a stream, reading at most one chunk more than the file limit.</summary>
    /// <param name="content">The stream, read to its end.</param>
    /// <param name="nameOrMediaType">The file name or media type.</param>
    /// <returns>The documents and notes, or a failure.</returns>
    public ImportResult Import(Stream content, string? nameOrMediaType)
    {
        (byte[]? bytes, ImportFailure? failure) = ReadBounded(content);
        return failure is not null ? new ImportResult(null, Array.Empty<ImportedDocument>(), Array.Empty<ImportNote>(), failure) : Import(bytes!, nameOrMediaType);
    }

    /// <summary>Reads a file's layout (paragraphs and tables) without recognising documents in it.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="nameOrMediaType">The file name ("kh-2023.docx") or media type ("text/plain"); <c>null</c> to tell by content.</param>
    /// <returns>The layout and notes, or a failure.</returns>
    public LayoutReadResult ReadLayout(ReadOnlyMemory<byte> content, string? nameOrMediaType)
    {
        ReadOnlySpan<byte> bytes = content.Span;
        if (bytes.Length == 0)
        {
            return LayoutReadResult.Fail(ImportFailure.Of(ImportFailureReason.Empty, "Tệp rỗng", "The file is empty"));
        }
        if (bytes.Length > Options.Limits.MaxFileBytes)
        {
            return LayoutReadResult.Fail(TooLarge(bytes.Length));
        }
        (FileFormat declared, ImportFailure? declaredFailure) = FileFormats.FromDeclared(nameOrMediaType);
        if (declaredFailure is not null)
        {
            // A PDF or .doc said so; but a .pdf.txt export is text, and is named by its last extension.
            return LayoutReadResult.Fail(declaredFailure);
        }
        if (FileFormats.IsPdf(bytes) && !FileFormats.IsZip(bytes))
        {
            return LayoutReadResult.Fail(FileFormats.Pdf());
        }
        if (FileFormats.IsOle(bytes))
        {
            return LayoutReadResult.Fail(FileFormats.Legacy());
        }
        bool zip = FileFormats.IsZip(bytes);
        switch (declared)
        {
            case FileFormat.Docx when !zip:
                return LayoutReadResult.Fail(ImportFailure.Of(ImportFailureReason.NotZip,
                    "Tệp có tên/kiểu .docx nhưng không phải gói zip của Word",
                    "The file is named or typed .docx but is not a Word zip package"));
            case FileFormat.Text when zip:
                return LayoutReadResult.Fail(ImportFailure.Of(ImportFailureReason.ContentMismatch,
                    "Tệp có tên/kiểu văn bản nhưng là một gói zip (có thể là .docx): hãy gửi đúng tên tệp",
                    "The file is named or typed as text but is a zip package (perhaps a .docx): send it with its real name"));
        }
        if (zip)
        {
            return DocxLayoutReader.Read(content, Options.Limits);
        }
        (string? text, ImportFailure? failure) = TextDecoder.Decode(bytes, Options.Limits);
        return failure is not null ? LayoutReadResult.Fail(failure) : TextLayoutReader.Read(text!);
    }

    /// <summary>Reads a file's layout from a stream, reading at most one byte more than the file limit.</summary>
    /// <param name="content">The stream, read to its end.</param>
    /// <param name="nameOrMediaType">The file name or media type.</param>
    /// <returns>The layout and notes, or a failure.</returns>
    public LayoutReadResult ReadLayout(Stream content, string? nameOrMediaType)
    {
        (byte[]? bytes, ImportFailure? failure) = ReadBounded(content);
        return failure is not null ? LayoutReadResult.Fail(failure) : ReadLayout(bytes!, nameOrMediaType);
    }

    internal (byte[]? Bytes, ImportFailure? Failure) ReadBounded(Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        long limit = Options.Limits.MaxFileBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = content.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (null, TooLarge(buffer.Length));
            }
        }
        return (buffer.ToArray(), null);
    }

    private ImportFailure TooLarge(long size) => ImportFailure.Of(ImportFailureReason.TooLarge,
        $"Tệp lớn hơn giới hạn {Options.Limits.MaxFileBytes} byte (đã đọc {size} byte)",
        $"The file is larger than the limit of {Options.Limits.MaxFileBytes} bytes ({size} bytes read)");
}
