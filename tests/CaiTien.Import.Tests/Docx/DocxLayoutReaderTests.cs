using System.IO;
using System.Linq;
using CaiTien.Import.Docx;
using CaiTien.Import.Layout;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Import.Tests.Docx;

public sealed class DocxLayoutReaderTests
{
    private static LayoutReadResult ReadDocx(byte[] bytes) => DocumentImporter.Default.ReadLayout(bytes, "x.docx");

    [Fact]
    public void SelfAssessment_SummaryTable_KeepsMergedHeaderCells()
    {
        LayoutDocument layout = TestFiles.Layout(TestFiles.SelfAssessmentDocx);
        LayoutTable summary = layout.Tables.First(t => t.Rows.Count > 3 && t.Rows[3].Cells[0].Text == "Tiêu chuẩn 1");
        Assert.Equal(36, summary.Rows.Count);
        Assert.Equal(5, summary.ColumnCount);
        LayoutRow top = summary.Rows[0];
        Assert.True(top.IsHeader);
        Assert.Equal(VerticalMergeState.Restart, top.Cells[0].Merge);
        Assert.Equal(4, top.Cells[1].ColumnSpan);
        LayoutGrid grid = summary.Grid;
        Assert.True(grid[1, 0].IsVerticalContinuation);
        Assert.Equal("Tiêu chuẩn, tiêu chí", grid[2, 0].Text.Replace("\n", " ").Trim());
        Assert.True(grid[0, 3].IsHorizontalContinuation);
        Assert.Equal("Kết quả", grid[0, 3].Text);
        Assert.Equal(new[] { "Tiêu chí 1.6", "", "X", "X", "X" }, Enumerable.Range(0, 5).Select(c => grid[9, c].Text.Trim()));
        Assert.Equal(7, summary.Source.Page);
    }

    [Fact]
    public void SelfAssessment_PagesComeFromWordsLastRendering()
    {
        LayoutDocument layout = TestFiles.Layout(TestFiles.SelfAssessmentDocx);
        LayoutParagraph heading = layout.Blocks.OfType<LayoutParagraph>().First(p => p.Text.StartsWith("Tiêu chí 1.1: Phương hướng"));
        Assert.Equal(18, heading.Source.Page);
        Assert.True(heading.Format.Bold);
        Assert.Equal(135, heading.Source.Paragraph);
        Assert.True(layout.PageCount >= 85);
    }

    [Fact]
    public void WrittenLayout_ReadsBack_WithMergesHeadersAndFormat()
    {
        var motto = new LayoutTable(new[]
        {
            new LayoutRow(new[] { LayoutCell.FromText("UBND QUẬN TÂN PHÚ\nTRƯỜNG THCS TÔN THẤT TÙNG"), LayoutCell.FromText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc") }),
            new LayoutRow(new[] { LayoutCell.FromText("Số: 100/KH-TTT"), LayoutCell.FromText("Tân Phú, ngày 15 tháng 5 năm 2023") }),
        });
        var table = new LayoutTable(new[]
        {
            new LayoutRow(new[] { LayoutCell.FromText("TT", merge: VerticalMergeState.Restart), LayoutCell.FromText("Kết quả", columnSpan: 2) }, isHeader: true),
            new LayoutRow(new[] { LayoutCell.FromText(string.Empty, merge: VerticalMergeState.Continue), LayoutCell.FromText("Mức 1"), LayoutCell.FromText("Mức 2") }, isHeader: true),
            new LayoutRow(new[] { LayoutCell.FromText("1"), LayoutCell.FromText("X"), LayoutCell.FromText(string.Empty) }),
        });
        var layout = new LayoutDocument(new LayoutBlock[]
        {
            motto,
            new LayoutParagraph("KẾ HOẠCH", new ParagraphFormat(headingLevel: 1, bold: true, alignment: ParagraphAlignment.Center)),
            new LayoutParagraph("Dòng một\nDòng hai\tsau tab"),
            table,
        }, pageHeader: new[] { new LayoutParagraph("Trường THCS Tôn Thất Tùng") });
        LayoutReadResult result = ReadDocx(DocxLayoutWriter.ToBytes(layout));
        Assert.True(result.Success, result.Failure?.ToString());
        LayoutDocument read = result.Layout!;
        Assert.Equal(LayoutOrigin.Word, read.Origin);
        Assert.Equal(layout.Blocks.Select(b => b.Text), read.Blocks.Select(b => b.Text));
        var title = (LayoutParagraph)read.Blocks[1];
        Assert.Equal(new ParagraphFormat(headingLevel: 1, bold: true, alignment: ParagraphAlignment.Center), title.Format);
        var readTable = (LayoutTable)read.Blocks[3];
        Assert.Equal(new[] { VerticalMergeState.Restart, VerticalMergeState.None }, readTable.Rows[0].Cells.Select(c => c.Merge));
        Assert.Equal(2, readTable.Rows[0].Cells[1].ColumnSpan);
        Assert.True(readTable.Rows[1].IsHeader);
        Assert.False(readTable.Rows[2].IsHeader);
        Assert.Equal("TT", readTable.Grid[1, 0].Text);
        Assert.Equal(new[] { "Trường THCS Tôn Thất Tùng" }, read.PageHeader.Select(p => p.Text));
        Assert.Equal(new SourceLocation(page: 1, table: 2, row: 3, cell: 2), readTable.Rows[2].Cells[1].Source);
    }

    [Fact]
    public void TableContinuedAsASecondTable_AfterAPageBreakWithRepeatedHeader_IsJoined()
    {
        LayoutRow Header() => new(new[] { LayoutCell.FromText("TT"), LayoutCell.FromText("Tiêu chuẩn, tiêu chí") }, isHeader: true);
        var first = new LayoutTable(new[] { Header(), new LayoutRow(new[] { LayoutCell.FromText("1"), LayoutCell.FromText("Tiêu chí 1.1") }) });
        var second = new LayoutTable(new[] { Header(), new LayoutRow(new[] { LayoutCell.FromText(string.Empty), LayoutCell.FromText("Tiêu chí 1.2") }) });
        var layout = new LayoutDocument(new LayoutBlock[] { first, new LayoutParagraph(string.Empty, new ParagraphFormat(pageBreakBefore: true)), second });
        LayoutReadResult result = ReadDocx(DocxLayoutWriter.ToBytes(layout));
        LayoutTable joined = Assert.Single(result.Layout!.Tables);
        Assert.Equal(new[] { "TT\tTiêu chuẩn, tiêu chí", "1\tTiêu chí 1.1", "\tTiêu chí 1.2" }, joined.Text.Split('\n'));
        Assert.Equal(2, joined.Rows[2].Source.Table);
        Assert.Equal(2, joined.Rows[2].Source.Page);
        ImportNote note = Assert.Single(result.Notes, n => n.Code == "IMP020");
        Assert.Equal(NoteKind.Inferred, note.Kind);
    }

    [Fact]
    public void TwoTablesWithDifferentColumns_AreNotJoined()
    {
        var first = new LayoutTable(new[] { new LayoutRow(new[] { LayoutCell.FromText("a"), LayoutCell.FromText("b") }) });
        var second = new LayoutTable(new[] { new LayoutRow(new[] { LayoutCell.FromText("a"), LayoutCell.FromText("b"), LayoutCell.FromText("c") }) });
        var layout = new LayoutDocument(new LayoutBlock[] { first, new LayoutParagraph(string.Empty, new ParagraphFormat(pageBreakBefore: true)), second });
        Assert.Equal(2, ReadDocx(DocxLayoutWriter.ToBytes(layout)).Layout!.Tables.Count());
    }

    [Fact]
    public void NumberedLists_GetTheirPrintedLabels()
    {
        byte[] bytes = WithNumbering();
        LayoutDocument layout = ReadDocx(bytes).Layout!;
        Assert.Equal(new[] { "1.", "2.", "a)", "b)", "3.", "-" }, layout.Blocks.OfType<LayoutParagraph>().Select(p => p.Format.ListLabel));
        Assert.Equal("2. Điểm mạnh", ((LayoutParagraph)layout.Blocks[1]).DisplayText);
    }

    [Fact]
    public void TextInATextBox_IsReportedNotDropped()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            var box = new Drawing(new DocumentFormat.OpenXml.Drawing.Wordprocessing.Inline(
                new DocumentFormat.OpenXml.Drawing.Graphic(new DocumentFormat.OpenXml.Drawing.GraphicData(
                    new TextBoxContent(new W.Paragraph(new Run(new W.Text("Số: 106/BC-TTT"))))) { Uri = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape" })));
            main.Document = new Document(new Body(new W.Paragraph(new Run(new W.Text("BÁO CÁO")), new Run(box))));
        }
        LayoutReadResult result = ReadDocx(stream.ToArray());
        Assert.Equal("BÁO CÁO", Assert.Single(result.Layout!.Blocks).Text);
        ImportNote note = Assert.Single(result.Notes);
        Assert.Equal(("IMP010", NoteKind.Unread, "Số: 106/BC-TTT"), (note.Code, note.Kind, note.Text));
    }

    private static byte[] WithNumbering()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            MainDocumentPart main = document.AddMainDocumentPart();
            NumberingDefinitionsPart numbering = main.AddNewPart<NumberingDefinitionsPart>();
            numbering.Numbering = new Numbering(
                new AbstractNum(
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.Decimal }, new LevelText { Val = "%1." }) { LevelIndex = 0 },
                    new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = NumberFormatValues.LowerLetter }, new LevelText { Val = "%2)" }) { LevelIndex = 1 })
                { AbstractNumberId = 1 },
                new AbstractNum(
                    new Level(new NumberingFormat { Val = NumberFormatValues.Bullet }, new LevelText { Val = "-" }) { LevelIndex = 0 })
                { AbstractNumberId = 2 },
                new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 },
                new NumberingInstance(new AbstractNumId { Val = 2 }) { NumberID = 2 });
            W.Paragraph Item(string text, int numId, int level) => new(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
                new Run(new W.Text(text)));
            main.Document = new Document(new Body(
                Item("Mô tả hiện trạng", 1, 0), Item("Điểm mạnh", 1, 0), Item("ý một", 1, 1), Item("ý hai", 1, 1), Item("Điểm yếu", 1, 0), Item("gạch đầu dòng", 2, 0)));
        }
        return stream.ToArray();
    }
}
