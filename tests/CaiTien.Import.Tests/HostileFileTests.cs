using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text;

namespace CaiTien.Import.Tests;

/// <summary>Files that must fail cleanly, with a reason, and never throw or exhaust memory.</summary>
public sealed class HostileFileTests
{
    private static ImportFailure? Fail(byte[] bytes, string? name, ImportOptions? options = null)
    {
        LayoutReadResult result = new DocumentImporter(options).ReadLayout(bytes, name);
        Assert.False(result.Success);
        Assert.Null(result.Layout);
        return result.Failure;
    }

    private static byte[] Zip(params (string Name, long Zeros, byte[]? Data)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach ((string name, long zeros, byte[]? data) in entries)
            {
                using Stream entry = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
                if (data is not null)
                {
                    entry.Write(data);
                }
                var block = new byte[1 << 20];
                for (long written = 0; written < zeros; written += block.Length)
                {
                    entry.Write(block, 0, (int)Math.Min(block.Length, zeros - written));
                }
            }
        }
        return stream.ToArray();
    }

    [Fact]
    public void ZipBomb_DeclaredExpansion_FailsBeforeExpanding()
    {
        // 300 MiB of zeros compress to about 300 KiB: over the default 128 MiB and the ratio limit.
        byte[] bomb = Zip(("[Content_Types].xml", 0, Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", 300L << 20, null));
        Assert.True(bomb.Length < 4 << 20, $"{bomb.Length} bytes");
        ImportFailure failure = Fail(bomb, "bomb.docx")!;
        Assert.Equal(ImportFailureReason.ExpandsTooMuch, failure.Reason);
        Assert.True(failure.IsResourceLimit);
    }

    [Fact]
    public void ZipBomb_ThatLiesAboutItsSize_FailsWhileExpanding()
    {
        byte[] bomb = Zip(("word/document.xml", 24L << 20, null));
        // Rewrite the declared uncompressed size (local header offset 22, central directory offset 24) to 1 KiB.
        int central = IndexOf(bomb, new byte[] { 0x50, 0x4B, 0x01, 0x02 });
        BitConverter.TryWriteBytes(bomb.AsSpan(22, 4), 1024);
        BitConverter.TryWriteBytes(bomb.AsSpan(central + 24, 4), 1024);
        var limits = new ImportLimits(maxExpandedBytes: 8L << 20);
        ImportFailure failure = Fail(bomb, "bomb.docx", new ImportOptions(limits))!;
        Assert.Contains(failure.Reason, new[] { ImportFailureReason.ExpandsTooMuch, ImportFailureReason.Malformed });
    }

    [Fact]
    public void TooManyEntries_Fail()
    {
        byte[] many = Zip(Enumerable.Range(0, 30).Select(i => ($"e{i}.xml", 0L, (byte[]?)new byte[] { 1 })).ToArray());
        ImportFailure failure = Fail(many, "x.docx", new ImportOptions(new ImportLimits(maxEntries: 20)))!;
        Assert.Equal(ImportFailureReason.ExpandsTooMuch, failure.Reason);
    }

    [Fact]
    public void DocxThatIsNotAZip_FailsAsNotZip()
    {
        Assert.Equal(ImportFailureReason.NotZip, Fail(Encoding.UTF8.GetBytes("KẾ HOẠCH cải tiến chất lượng"), "ke-hoach.docx")!.Reason);
        Assert.Equal(ImportFailureReason.NotZip, Fail(Encoding.UTF8.GetBytes("plain"), TestMediaTypes.Docx)!.Reason);
    }

    [Fact]
    public void FiftyMegabyteFile_FailsAsTooLarge_FromBytesAndFromAStream()
    {
        byte[] big = new byte[50 * 1024 * 1024];
        big[0] = (byte)'P';
        big[1] = (byte)'K';
        big[2] = 3;
        big[3] = 4;
        ImportFailure failure = Fail(big, "big.docx")!;
        Assert.Equal(ImportFailureReason.TooLarge, failure.Reason);
        Assert.True(failure.IsResourceLimit);
        var stream = new CountingStream(new MemoryStream(big));
        LayoutReadResult result = DocumentImporter.Default.ReadLayout(stream, "big.docx");
        Assert.Equal(ImportFailureReason.TooLarge, result.Failure?.Reason);
        Assert.True(stream.BytesRead <= ImportLimits.Default.MaxFileBytes + 81920 * 2);
    }

    [Fact]
    public void PdfPassedAsDocx_FailsAsPdf()
    {
        byte[] pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n");
        Assert.Equal(ImportFailureReason.Pdf, Fail(pdf, "bao-cao.docx")!.Reason);
        Assert.Equal(ImportFailureReason.Pdf, Fail(pdf, null)!.Reason);
        Assert.Equal(ImportFailureReason.Pdf, Fail(pdf, "application/pdf")!.Reason);
    }

    [Fact]
    public void OldWordAndEncryptedOffice_FailAsLegacy()
    {
        byte[] ole = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 };
        Assert.Equal(ImportFailureReason.LegacyOrEncrypted, Fail(ole, "x.docx")!.Reason);
        Assert.Equal(ImportFailureReason.LegacyOrEncrypted, Fail(ole, "x.doc")!.Reason);
    }

    [Fact]
    public void DamagedOrForeignZip_FailsAsMalformed()
    {
        byte[] docx = TestFiles.Bytes(TestFiles.SelfAssessmentDocx);
        Assert.Equal(ImportFailureReason.Malformed, Fail(docx.AsSpan(0, docx.Length / 2).ToArray(), "x.docx")!.Reason);
        Assert.Equal(ImportFailureReason.Malformed, Fail(Zip(("hello.txt", 0, Encoding.UTF8.GetBytes("xin chào"))), "x.docx")!.Reason);
    }

    [Fact]
    public void EmptyUnsupportedAndMismatchedFiles_Fail()
    {
        Assert.Equal(ImportFailureReason.Empty, Fail(Array.Empty<byte>(), "x.docx")!.Reason);
        Assert.Equal(ImportFailureReason.UnsupportedType, Fail(new byte[] { 1, 2, 3 }, "x.xlsx")!.Reason);
        Assert.Equal(ImportFailureReason.UnsupportedType, Fail(new byte[] { 1, 2, 3 }, "image/png")!.Reason);
        Assert.Equal(ImportFailureReason.ContentMismatch, Fail(TestFiles.Bytes(TestFiles.SelfAssessmentDocx), "x.txt")!.Reason);
        Assert.Equal(ImportFailureReason.NotText, Fail(new byte[] { 0, 1, 2, 3, 0, 0, 5, 0 }, "x.txt")!.Reason);
    }

    [Fact]
    public void RealFiles_AreReadByContentWhenNoNameIsGiven()
    {
        Assert.True(DocumentImporter.Default.ReadLayout(TestFiles.Bytes(TestFiles.SelfAssessmentDocx), null).Success);
        Assert.True(DocumentImporter.Default.ReadLayout(TestFiles.Bytes(TestFiles.Report2021), "application/octet-stream").Success);
        Assert.True(DocumentImporter.Default.ReadLayout(TestFiles.Bytes(TestFiles.Report2021), "text/plain; charset=utf-8").Success);
    }

    [Fact]
    public void FileWithNoTables_FailsAsNothingRecognised_WithItsLayoutKept()
    {
        var letter = new CaiTien.Import.Layout.LayoutDocument(new CaiTien.Import.Layout.LayoutBlock[]
        {
            new CaiTien.Import.Layout.LayoutParagraph("Kính gửi: Phòng Giáo dục và Đào tạo"),
            new CaiTien.Import.Layout.LayoutParagraph("Nhà trường xin báo cáo tình hình thực hiện nhiệm vụ tháng 10."),
        });
        ImportResult result = DocumentImporter.Default.Import(CaiTien.Import.Docx.DocxLayoutWriter.ToBytes(letter), "cong-van.docx");
        Assert.Equal(ImportFailureReason.NothingRecognised, result.Failure?.Reason);
        Assert.Contains("không có bảng", result.Failure!.Message.Vietnamese);
        Assert.Empty(result.Documents);
        Assert.Equal(2, result.Layout!.Blocks.Count);
        ImportResult text = DocumentImporter.Default.Import(Encoding.UTF8.GetBytes("Biên bản họp phụ huynh\nNội dung: trao đổi"), "x.txt");
        Assert.Equal(ImportFailureReason.NothingRecognised, text.Failure?.Reason);
    }

    [Fact]
    public void Import_OfAHostileFile_CarriesTheLayoutFailure()
    {
        ImportResult result = DocumentImporter.Default.Import(Encoding.ASCII.GetBytes("%PDF-1.4 junk"), "x.docx");
        Assert.False(result.Success);
        Assert.Equal(ImportFailureReason.Pdf, result.Failure!.Reason);
        Assert.Null(result.Layout);
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);

    private sealed class CountingStream : Stream
    {
        private readonly Stream inner;

        public CountingStream(Stream inner) => this.inner = inner;

        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            int read = inner.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

internal static class TestMediaTypes
{
    internal const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
