using System;
using System.IO;
using System.IO.Compression;

namespace CaiTien.Import.Docx;

/// <summary>
/// Checks a zip package against the limits before anything parses it: entry count, declared sizes and ratios, and the
/// bytes each entry really expands to (declared sizes can lie), so that a zip bomb fails before it costs memory.
/// </summary>
internal static class ZipGuard
{
    private const long RatioFloor = 1024 * 1024;

    internal static ImportFailure? Check(ReadOnlyMemory<byte> content, ImportLimits limits)
    {
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
            if (zip.Entries.Count > limits.MaxEntries)
            {
                return Bomb($"gói có {zip.Entries.Count} mục, quá giới hạn {limits.MaxEntries}", $"the package has {zip.Entries.Count} entries, above the limit of {limits.MaxEntries}");
            }
            long declared = 0;
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                declared += entry.Length;
                if (declared > limits.MaxExpandedBytes)
                {
                    return Bomb($"gói khai báo giải nén ra hơn {limits.MaxExpandedBytes} byte", $"the package declares more than {limits.MaxExpandedBytes} bytes expanded");
                }
                if (entry.Length > RatioFloor && entry.Length > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                {
                    return Bomb($"mục \"{entry.FullName}\" nén hơn {limits.MaxCompressionRatio} lần", $"entry \"{entry.FullName}\" is compressed more than {limits.MaxCompressionRatio} times");
                }
            }
            long actual = 0;
            var buffer = new byte[81920];
            foreach (ZipArchiveEntry entry in zip.Entries)
            {
                using Stream data = entry.Open();
                long entryBytes = 0;
                int read;
                while ((read = data.Read(buffer, 0, buffer.Length)) > 0)
                {
                    entryBytes += read;
                    actual += read;
                    if (actual > limits.MaxExpandedBytes)
                    {
                        return Bomb($"gói giải nén ra hơn {limits.MaxExpandedBytes} byte", $"the package expands to more than {limits.MaxExpandedBytes} bytes");
                    }
                    if (entryBytes > RatioFloor && entryBytes > (long)limits.MaxCompressionRatio * Math.Max(1, entry.CompressedLength))
                    {
                        return Bomb($"mục \"{entry.FullName}\" nén hơn {limits.MaxCompressionRatio} lần", $"entry \"{entry.FullName}\" is compressed more than {limits.MaxCompressionRatio} times");
                    }
                }
            }
            return null;
        }
        catch (Exception e) when (e is InvalidDataException or IOException or NotSupportedException or ArgumentException)
        {
            return ImportFailure.Of(ImportFailureReason.Malformed,
                "Tệp .docx bị hỏng: không đọc được gói zip (" + e.GetType().Name + ")",
                "The .docx file is damaged: its zip package cannot be read (" + e.GetType().Name + ")");
        }
    }

    private static ImportFailure Bomb(string vietnamese, string english)
        => ImportFailure.Of(ImportFailureReason.ExpandsTooMuch, "Tệp .docx có dấu hiệu bom zip: " + vietnamese, "The .docx file looks like a zip bomb: " + english);
}
