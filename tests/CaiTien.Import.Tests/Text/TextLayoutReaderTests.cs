using System.Linq;
using System.Text;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Tests.Text;

public sealed class TextLayoutReaderTests
{
    private static LayoutDocument Read(string text, string name = "x.txt")
    {
        LayoutReadResult result = DocumentImporter.Default.ReadLayout(Encoding.UTF8.GetBytes(text), name);
        Assert.True(result.Success, result.Failure?.ToString());
        return result.Layout!;
    }

    [Fact]
    public void Report2021_CellPerLine_RebuildsRowsWithEmptyCellsAndContinuationLines()
    {
        LayoutTable table = Assert.Single(TestFiles.Layout(TestFiles.Report2021).Tables);
        Assert.Equal(11, table.Rows.Count);
        Assert.Equal(new[] { "Tiêu chuẩn, tiêu chí", "ND Kế hoạch cải tiến chất lượng giáo dục năm học 2021 – 2022", "Kết quả thực hiện", "Ghi chú" },
            table.Rows[0].Cells.Select(c => c.Text));
        LayoutRow standard = table.Rows[3];
        Assert.Equal(new[] { "1", "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", "", "", "", "", "", "" }, standard.Cells.Select(c => c.Text));
        LayoutRow criterion = table.Rows.Single(r => r.Cells.Any(c => c.Text == "Tiêu chí 3.5"));
        Assert.Equal(7, criterion.Cells.Count);
        string completed = criterion.Cells[4].Text;
        Assert.StartsWith("Trường tiếp tục rà soát", completed);
        Assert.Contains("\nNăm học 2019 - 2020, đưa việc tự làm", completed);
        Assert.Equal(61, criterion.Cells[4].Source.Line);
    }

    [Fact]
    public void Report2021_NfdAccents_AreComposed()
    {
        string all = string.Join("\n", TestFiles.Layout(TestFiles.Report2021).Tables.SelectMany(t => t.Rows).SelectMany(r => r.Cells).Select(c => c.Text));
        Assert.True(all.IsNormalized(NormalizationForm.FormC));
        Assert.Contains("tự làm đồ dùng dạy học", all);
    }

    [Fact]
    public void Cycle2023_RowPerLine_PipeAndHtmlTables()
    {
        LayoutDocument layout = TestFiles.Layout(TestFiles.Cycle2023);
        var tables = layout.Tables.ToList();
        Assert.Equal(3, tables.Count);
        Assert.Equal(17, tables[0].Rows.Count);
        Assert.Equal(new[] { "", "", "theo học lớp Tiếng Anh giao tiếp hoặc tự học để nâng cao khả năng giao tiếp bằng tiếng Anh góp phần nâng cao năng lực quản lý nhà trường.", "", "", "", "", "", "" },
            tables[0].Rows[8].Cells.Select(c => c.Text));
        // The decision's members: a Markdown pipe table whose first (empty) row is its header.
        Assert.Equal(7, tables[1].Rows.Count);
        Assert.True(tables[1].Rows[0].IsHeader);
        Assert.Equal(new[] { "5. Bà Bùi Ngọc Anh-Thư ký Hội đồng trường", "" }, tables[1].Rows[6].Cells.Select(c => c.Text));
        // The results table: tab rows, headings alone on a line, and rows written as HTML paragraphs.
        LayoutTable results = tables[2];
        Assert.Equal(18, results.Rows.Count);
        Assert.Equal("Tiêu chuẩn 4: Quan hệ giữa nhà trường, gia đình và xã hội.", Assert.Single(results.Rows[14].Cells).Text);
        Assert.Equal(new[] { "4", "Tiêu chí 4.2" }, results.Rows[15].Cells.Take(2).Select(c => c.Text));
        Assert.Equal(6, results.Rows[15].Cells.Count);
        Assert.Equal("Tiêu chí 1.1", results.Rows[4].Cells[1].Text);
        Assert.DoesNotContain(layout.Blocks.OfType<LayoutParagraph>(), p => p.Text.Contains("**") || p.Text.Contains("<i>"));
        Assert.Contains(layout.Blocks.OfType<LayoutParagraph>(), p => p.Text == "Thời gian: 9 giờ 00 phút, ngày 20 tháng 6 năm 2024");
    }

    [Fact]
    public void PdfExport_PagesAtFormFeeds_PageNumbersRemovedWithANote()
    {
        LayoutReadResult result = DocumentImporter.Default.ReadLayout(TestFiles.Bytes(TestFiles.SelfAssessmentText), "x.pdf.txt");
        LayoutDocument layout = result.Layout!;
        Assert.Equal(116, layout.PageCount);
        var paragraphs = layout.Blocks.OfType<LayoutParagraph>().ToList();
        // "1. Mô tả hiện trạng" ends the 19th page of the file (printed "18", the cover being unnumbered), whose number
        // follows it; "Mức 1 :" opens the 20th. Pages are the file's, counted from 1.
        int index = paragraphs.FindIndex(p => p.Text == "1. Mô tả hiện trạng");
        Assert.Equal(19, paragraphs[index].Source.Page);
        Assert.Equal("Mức 1 :", paragraphs[index + 1].Text);
        Assert.Equal(20, paragraphs[index + 1].Source.Page);
        ImportNote note = Assert.Single(result.Notes, n => n.Code == "IMP030");
        Assert.Equal(NoteKind.Inferred, note.Kind);
        Assert.True(paragraphs.All(p => p.Text.IsNormalized(NormalizationForm.FormC)));
    }

    [Fact]
    public void PageNumber_InTheMiddleOfAParagraph_IsRemovedOnlyWhenInStepWithPages()
    {
        string text = "Phần một của đoạn văn\n7\n\fphần hai của đoạn văn\n8\n\fSố liệu năm 2020\n1234\n\fkết thúc\n10\n";
        LayoutDocument layout = Read(text);
        Assert.Equal(new[] { "Phần một của đoạn văn", "phần hai của đoạn văn", "Số liệu năm 2020", "1234", "kết thúc" },
            layout.Blocks.Select(b => b.Text));
        Assert.Equal(new int?[] { 1, 2, 3, 3, 4 }, layout.Blocks.Select(b => b.Source.Page));
    }

    [Fact]
    public void SoftHyphenCrLfAndUtf16_AreRead()
    {
        string text = "Tiêu chí 1.\u00AD10\r\nMức\u00A03\r\n";
        LayoutDocument utf8 = Read(text);
        Assert.Equal(new[] { "Tiêu chí 1.10", "Mức\u00A03" }, utf8.Blocks.Select(b => b.Text));
        byte[] utf16 = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes(text)).ToArray();
        LayoutReadResult result = DocumentImporter.Default.ReadLayout(utf16, "x.txt");
        Assert.Equal(utf8.Blocks.Select(b => b.Text), result.Layout!.Blocks.Select(b => b.Text));
    }

    [Fact]
    public void TabRows_ThatBreakAcrossLines_ComeAsRowsWithEmptyLeadingCells()
    {
        LayoutDocument layout = Read("TT\tTiêu chí\tKết quả\n\tTiêu chí 1.1\tdòng một\n\t\tdòng hai\nVI. TỔ CHỨC THỰC HIỆN\n1. Hiệu trưởng\n");
        LayoutTable table = Assert.Single(layout.Tables);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(new[] { "", "", "dòng hai" }, table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal(new[] { "VI. TỔ CHỨC THỰC HIỆN", "1. Hiệu trưởng" }, layout.Blocks.OfType<LayoutParagraph>().Select(p => p.Text));
    }

    [Fact]
    public void LegacyEncoding_IsNotText()
    {
        byte[] tcvn3 = { 0x54, 0x69, 0xAA, 0x75, 0x20, 0x63, 0x68, 0xED }; // "Tiªu chÝ" in TCVN3 bytes: not UTF-8
        LayoutReadResult result = DocumentImporter.Default.ReadLayout(tcvn3, "x.txt");
        Assert.Equal(ImportFailureReason.NotText, result.Failure?.Reason);
    }
}
