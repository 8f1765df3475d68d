using System;
using System.IO;

namespace CaiTien.Import;

/// <summary>The two formats read, and how a file's name or media type and its first bytes say which it is.</summary>
internal enum FileFormat
{
    Unknown = 0,
    Docx = 1,
    Text = 2,
}

internal static class FileFormats
{
    internal const string DocxMediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    // What the caller says: by extension, else by media type; Unknown when nothing is said.
    internal static (FileFormat Format, ImportFailure? Failure) FromDeclared(string? nameOrMediaType)
    {
        string declared = (nameOrMediaType ?? string.Empty).Trim();
        if (declared.Length == 0 || declared.Equals("application/octet-stream", StringComparison.OrdinalIgnoreCase))
        {
            return (FileFormat.Unknown, null);
        }
        string lower = declared.ToLowerInvariant();
        int semicolon = lower.IndexOf(';', StringComparison.Ordinal);
        string mediaType = semicolon >= 0 ? lower.Substring(0, semicolon).Trim() : lower;
        if (IsMediaType(mediaType))
        {
            return mediaType switch
            {
                DocxMediaType => (FileFormat.Docx, null),
                "text/plain" or "text/markdown" or "text/tab-separated-values" or "text/x-markdown" => (FileFormat.Text, null),
                "application/pdf" => (FileFormat.Unknown, Pdf()),
                "application/msword" => (FileFormat.Unknown, Legacy()),
                _ when mediaType.StartsWith("text/", StringComparison.Ordinal) => (FileFormat.Text, null),
                _ => (FileFormat.Unknown, Unsupported(declared)),
            };
        }
        string extension = Path.GetExtension(lower);
        return extension switch
        {
            ".docx" or ".docm" => (FileFormat.Docx, null),
            ".txt" or ".text" or ".md" or ".tsv" => (FileFormat.Text, null),
            ".pdf" => (FileFormat.Unknown, Pdf()),
            ".doc" or ".rtf" or ".odt" => (FileFormat.Unknown, Legacy()),
            "" => (FileFormat.Unknown, null),
            _ => (FileFormat.Unknown, Unsupported(declared)),
        };
    }

    private static bool IsMediaType(string text)
    {
        int slash = text.IndexOf('/', StringComparison.Ordinal);
        return slash > 0 && text.IndexOf('/', slash + 1) < 0 && text.AsSpan(0, slash) is "application" or "text" or "image" or "audio" or "video"
            or "multipart" or "font" or "model" or "message";
    }

    internal static bool IsZip(ReadOnlySpan<byte> b) => b.Length >= 4 && b[0] == 0x50 && b[1] == 0x4B && (b[2] == 3 || b[2] == 5 || b[2] == 7);

    internal static bool IsPdf(ReadOnlySpan<byte> b)
    {
        // "%PDF-" within the first 1 KiB, as readers accept it after a few junk bytes.
        ReadOnlySpan<byte> head = b.Length > 1024 ? b.Slice(0, 1024) : b;
        return head.IndexOf("%PDF-"u8) >= 0;
    }

    internal static bool IsOle(ReadOnlySpan<byte> b) => b.Length >= 8 && b[0] == 0xD0 && b[1] == 0xCF && b[2] == 0x11 && b[3] == 0xE0;

    internal static ImportFailure Pdf() => ImportFailure.Of(ImportFailureReason.Pdf,
        "Tệp là PDF: không đọc trực tiếp PDF; hãy gửi tệp Word (.docx) gốc hoặc văn bản xuất từ PDF (.txt)",
        "The file is a PDF: PDF is not read directly; send the original Word file (.docx) or the text exported from the PDF (.txt)");

    internal static ImportFailure Legacy() => ImportFailure.Of(ImportFailureReason.LegacyOrEncrypted,
        "Tệp là định dạng Word cũ (.doc), RTF/ODT hoặc tệp Office có mật khẩu: hãy lưu lại thành .docx không đặt mật khẩu",
        "The file is an old Word (.doc), RTF/ODT or password-protected Office file: save it again as .docx without a password");

    internal static ImportFailure Unsupported(string declared) => ImportFailure.Of(ImportFailureReason.UnsupportedType,
        $"Không đọc loại tệp \"{Shorten(declared)}\": chỉ đọc Word (.docx) và văn bản (.txt)",
        $"The file type \"{Shorten(declared)}\" is not read: only Word (.docx) and text (.txt) are");

    private static string Shorten(string text) => text.Length <= 80 ? text : text.Substring(0, 80) + "…";
}
