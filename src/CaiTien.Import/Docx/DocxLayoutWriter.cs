using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using CaiTien.Import.Layout;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace CaiTien.Import.Docx;

/// <summary>
/// Writes a <see cref="LayoutDocument"/> as a Word (.docx) file: paragraphs with their heading level (as an outline level),
/// emphasis, alignment and page breaks; list labels as text in front of the paragraph; tables with a grid, borders,
/// repeated header rows, horizontal spans and vertical merges; the page header and footer.
/// </summary>
/// <remarks>
/// Reading the written file back gives the same layout, except that list labels come back as part of the paragraph's
/// text and page numbers come from the written breaks.
/// </remarks>
public static class DocxLayoutWriter
{
    private const int PageWidthTwips = 14000;

    /// <summary>Writes the layout to a stream.</summary>
    /// <param name="layout">The layout.</param>
    /// <param name="output">A writable, seekable stream; the package is written from its current position.</param>
    public static void Write(LayoutDocument layout, Stream output)
    {
        ArgumentNullException.ThrowIfNull(layout);
        ArgumentNullException.ThrowIfNull(output);
        using WordprocessingDocument document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, autoSave: true);
        MainDocumentPart main = document.AddMainDocumentPart();
        var body = new Body();
        foreach (LayoutBlock block in layout.Blocks)
        {
            body.Append(Block(block));
        }
        var section = new SectionProperties(
            new W.PageSize { Width = 16838U, Height = 11906U, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = 1134, Bottom = 1134, Left = 1134U, Right = 1134U, Header = 567U, Footer = 567U, Gutter = 0U });
        if (layout.PageHeader.Count > 0)
        {
            HeaderPart header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(layout.PageHeader.Select(p => (OpenXmlElement)Paragraph(p)));
            section.InsertAt(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) }, 0);
        }
        if (layout.PageFooter.Count > 0)
        {
            FooterPart footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(layout.PageFooter.Select(p => (OpenXmlElement)Paragraph(p)));
            section.InsertAt(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) }, 0);
        }
        body.Append(section);
        main.Document = new Document(body);
    }

    /// <summary>Writes the layout to a new byte array.</summary>
    /// <param name="layout">The layout.</param>
    /// <returns>The .docx file's bytes.</returns>
    public static byte[] ToBytes(LayoutDocument layout)
    {
        using var stream = new MemoryStream();
        Write(layout, stream);
        return stream.ToArray();
    }

    private static OpenXmlElement Block(LayoutBlock block) => block switch
    {
        LayoutParagraph p => Paragraph(p),
        LayoutTable t => Table(t),
        _ => throw new ArgumentException("Unknown block.", nameof(block)),
    };

    private static W.Paragraph Paragraph(LayoutParagraph paragraph)
    {
        ParagraphFormat format = paragraph.Format;
        var properties = new ParagraphProperties();
        if (format.PageBreakBefore)
        {
            properties.Append(new PageBreakBefore());
        }
        if (format.Alignment != ParagraphAlignment.Left)
        {
            properties.Append(new Justification
            {
                Val = format.Alignment switch
                {
                    ParagraphAlignment.Center => JustificationValues.Center,
                    ParagraphAlignment.Right => JustificationValues.Right,
                    _ => JustificationValues.Both,
                },
            });
        }
        if (format.HeadingLevel > 0)
        {
            properties.Append(new OutlineLevel { Val = format.HeadingLevel - 1 });
        }
        var result = new W.Paragraph(properties);
        string text = format.ListLabel.Length > 0 ? format.ListLabel + " " + paragraph.Text : paragraph.Text;
        string[] lines = text.Split('\n');
        var run = new Run();
        if (format.Bold || format.Italic)
        {
            var runProperties = new RunProperties();
            if (format.Bold)
            {
                runProperties.Append(new Bold());
            }
            if (format.Italic)
            {
                runProperties.Append(new Italic());
            }
            run.Append(runProperties);
        }
        for (int i = 0; i < lines.Length; i++)
        {
            if (i > 0)
            {
                run.Append(new W.Break());
            }
            string[] tabs = lines[i].Split('\t');
            for (int t = 0; t < tabs.Length; t++)
            {
                if (t > 0)
                {
                    run.Append(new TabChar());
                }
                if (tabs[t].Length > 0)
                {
                    run.Append(new W.Text(tabs[t]) { Space = SpaceProcessingModeValues.Preserve });
                }
            }
        }
        result.Append(run);
        return result;
    }

    private static W.Table Table(LayoutTable table)
    {
        int columns = Math.Max(1, table.ColumnCount);
        IReadOnlyList<int> widths = table.ColumnWidths.Count == columns
            ? table.ColumnWidths
            : Enumerable.Repeat(PageWidthTwips / columns, columns).ToList();
        var border = new Func<OpenXmlElement>[]
        {
            () => new TopBorder { Val = BorderValues.Single, Size = 4U },
            () => new LeftBorder { Val = BorderValues.Single, Size = 4U },
            () => new BottomBorder { Val = BorderValues.Single, Size = 4U },
            () => new RightBorder { Val = BorderValues.Single, Size = 4U },
            () => new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4U },
            () => new InsideVerticalBorder { Val = BorderValues.Single, Size = 4U },
        };
        var result = new W.Table(
            new TableProperties(
                new TableWidth { Type = TableWidthUnitValues.Auto, Width = "0" },
                new TableBorders(border.Select(b => b()))),
            new W.TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(CultureInfo.InvariantCulture) })));
        foreach (LayoutRow row in table.Rows)
        {
            var tr = new TableRow();
            if (row.IsHeader)
            {
                tr.Append(new TableRowProperties(new TableHeader()));
            }
            foreach (LayoutCell cell in row.Cells)
            {
                var properties = new TableCellProperties();
                if (cell.ColumnSpan > 1)
                {
                    properties.Append(new GridSpan { Val = cell.ColumnSpan });
                }
                if (cell.Merge != VerticalMergeState.None)
                {
                    properties.Append(new W.VerticalMerge { Val = cell.Merge == VerticalMergeState.Restart ? MergedCellValues.Restart : MergedCellValues.Continue });
                }
                var tc = new TableCell(properties);
                foreach (LayoutBlock block in cell.Content)
                {
                    tc.Append(Block(block));
                }
                if (!cell.Content.Any() || cell.Content[^1] is LayoutTable)
                {
                    tc.Append(new W.Paragraph());
                }
                tr.Append(tc);
            }
            result.Append(tr);
        }
        return result;
    }
}
