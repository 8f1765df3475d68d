using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml;
using CaiTien.Domain;
using CaiTien.Import.Layout;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;



namespace CaiTien.Import.Docx;

/// <summary>
/// Reads a Word (.docx) package into a <see cref="LayoutDocument"/>: body paragraphs with their heading level, list label,
/// emphasis and alignment; tables with grid spans and vertical merges; the page header and footer; page numbers from
/// Word's last rendering or from explicit breaks. Tables a writer continued across pages as separate tables are joined.
/// </summary>
internal sealed class DocxLayoutReader
{
    private readonly List<ImportNote> notes = new();
    private readonly Dictionary<string, StyleInfo> styles = new(StringComparer.Ordinal);
    private readonly NumberingCounter numbering;
    private readonly bool useRenderedBreaks;
    private int page = 1;
    private int tableCount;
    private int paragraphCount;

    private DocxLayoutReader(MainDocumentPart main)
    {
        numbering = new NumberingCounter(main.NumberingDefinitionsPart?.Numbering);
        if (main.StyleDefinitionsPart?.Styles is { } styleRoot)
        {
            foreach (Style style in styleRoot.Elements<Style>())
            {
                if (style.StyleId?.Value is string id)
                {
                    styles[id] = new StyleInfo(style);
                }
            }
        }
        useRenderedBreaks = main.Document?.Body?.Descendants<LastRenderedPageBreak>().Any() == true;
    }

    internal static LayoutReadResult Read(ReadOnlyMemory<byte> content, ImportLimits limits)
    {
        ImportFailure? guard = ZipGuard.Check(content, limits);
        if (guard is not null)
        {
            return LayoutReadResult.Fail(guard);
        }
        try
        {
            using var stream = new MemoryStream(content.ToArray(), writable: false);
            using WordprocessingDocument document = WordprocessingDocument.Open(stream, false,
                new OpenSettings { AutoSave = false, MaxCharactersInPart = limits.MaxExpandedBytes });
            MainDocumentPart? main = document.MainDocumentPart;
            Body? body = main?.Document?.Body;
            if (main is null || body is null)
            {
                return LayoutReadResult.Fail(ImportFailure.Of(ImportFailureReason.Malformed,
                    "Gói zip không phải tài liệu Word: thiếu phần nội dung chính (word/document.xml)",
                    "The zip package is not a Word document: it has no main document part (word/document.xml)"));
            }
            var reader = new DocxLayoutReader(main);
            List<LayoutBlock> blocks = reader.ReadBlocks(body, cell: null);
            blocks = TableContinuation.Join(blocks, reader.notes);
            IEnumerable<LayoutParagraph> header = reader.ReadHeaderFooter(main, body, header: true);
            IEnumerable<LayoutParagraph> footer = reader.ReadHeaderFooter(main, body, header: false);
            var layout = new LayoutDocument(blocks, LayoutOrigin.Word, header, footer, reader.page);
            return new LayoutReadResult(layout, reader.notes, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FormatException
                                       or InvalidOperationException or NotSupportedException or ArgumentException or OverflowException)
        {
            return LayoutReadResult.Fail(ImportFailure.Of(ImportFailureReason.Malformed,
                "Tệp .docx bị hỏng hoặc không phải tài liệu Word (" + e.GetType().Name + ")",
                "The .docx file is damaged or not a Word document (" + e.GetType().Name + ")"));
        }
    }

    private sealed class CellContext
    {
        internal CellContext(int table, int row, int cell)
        {
            Table = table;
            Row = row;
            Cell = cell;
        }

        internal int Table { get; }

        internal int Row { get; }

        internal int Cell { get; }
    }

    private List<LayoutBlock> ReadBlocks(OpenXmlElement container, CellContext? cell)
    {
        var blocks = new List<LayoutBlock>();
        foreach (OpenXmlElement child in container.ChildElements)
        {
            switch (child)
            {
                case W.Paragraph p:
                    blocks.Add(ReadParagraph(p, cell));
                    break;
                case W.Table t:
                    blocks.Add(ReadTable(t));
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    blocks.AddRange(ReadBlocks(child, cell));
                    break;
                default:
                    if (child is SectionProperties sp && sp.GetFirstChild<SectionType>()?.Val?.Value != SectionMarkValues.Continuous && !useRenderedBreaks)
                    {
                        // A section break in a paragraph's properties is handled with the paragraph; one at the body's end ends the document.
                    }
                    break;
            }
        }
        return blocks;
    }

    private LayoutParagraph ReadParagraph(W.Paragraph p, CellContext? cell)
    {
        ParagraphProperties? pPr = p.ParagraphProperties;
        StyleInfo? style = pPr?.ParagraphStyleId?.Val?.Value is string id && styles.TryGetValue(id, out StyleInfo? s) ? s : null;
        bool breakBefore = pPr?.PageBreakBefore is { } pb && (pb.Val is null || pb.Val.Value) || style?.PageBreakBefore == true;
        if (breakBefore && !useRenderedBreaks)
        {
            page++;
        }
        int startPage = page;
        var text = new StringBuilder();
        var state = new RunState(this);
        AppendText(p, text, state);
        if (state.PageBreakBeforeText)
        {
            startPage = page - (state.BreaksAfterText);
        }
        int headingLevel = HeadingLevel(pPr, style);
        (int? numId, int level) = NumberingOf(pPr, style);
        string label = string.Empty;
        if (numId is int n && text.Length > 0)
        {
            label = numbering.Next(n, level);
        }
        bool bold = state.AllBold && state.SawText;
        bool italic = state.AllItalic && state.SawText;
        ParagraphAlignment alignment = Alignment(pPr?.Justification?.Val?.Value ?? style?.Justification);
        var format = new ParagraphFormat(headingLevel, label, Math.Clamp(level, 0, 8), bold, italic, alignment, breakBefore || state.PageBreakBeforeText);
        SourceLocation source = cell is null
            ? new SourceLocation(page: startPage, paragraph: ++paragraphCount)
            : new SourceLocation(page: startPage, table: cell.Table, row: cell.Row, cell: cell.Cell);
        foreach (string box in state.TextBoxes)
        {
            notes.Add(new ImportNote(NoteKind.Unread, "IMP010", source,
                new BilingualText("Chữ trong hộp văn bản (text box) không thuộc luồng văn bản nên không được đọc", "Text in a text box is outside the text flow and was not read"),
                box));
        }
        return new LayoutParagraph(text.ToString(), format, source);
    }

    private static ParagraphAlignment Alignment(JustificationValues? value)
    {
        if (value is null)
        {
            return ParagraphAlignment.Left;
        }
        JustificationValues v = value.Value;
        if (v == JustificationValues.Center)
        {
            return ParagraphAlignment.Center;
        }
        if (v == JustificationValues.Right || v == JustificationValues.End)
        {
            return ParagraphAlignment.Right;
        }
        if (v == JustificationValues.Both || v == JustificationValues.Distribute)
        {
            return ParagraphAlignment.Justify;
        }
        return ParagraphAlignment.Left;
    }

    private int HeadingLevel(ParagraphProperties? pPr, StyleInfo? style)
    {
        if (pPr?.OutlineLevel?.Val?.Value is int outline && outline is >= 0 and < 9)
        {
            return outline + 1;
        }
        for (int depth = 0; style is not null && depth < 10; depth++)
        {
            if (style.HeadingLevel > 0)
            {
                return style.HeadingLevel;
            }
            style = style.BasedOn is string b && styles.TryGetValue(b, out StyleInfo? parent) ? parent : null;
        }
        return 0;
    }

    private (int? NumId, int Level) NumberingOf(ParagraphProperties? pPr, StyleInfo? style)
    {
        NumberingProperties? numPr = pPr?.NumberingProperties;
        int? numId = numPr?.NumberingId?.Val?.Value;
        int level = numPr?.NumberingLevelReference?.Val?.Value ?? 0;
        for (int depth = 0; numId is null && style is not null && depth < 10; depth++)
        {
            if (style.NumId is int sn)
            {
                numId = sn;
                level = numPr?.NumberingLevelReference?.Val?.Value ?? style.NumLevel;
            }
            style = style.BasedOn is string b && styles.TryGetValue(b, out StyleInfo? parent) ? parent : null;
        }
        return numId is 0 ? (null, 0) : (numId, level);
    }

    private sealed class RunState
    {
        private readonly DocxLayoutReader reader;

        internal RunState(DocxLayoutReader reader) => this.reader = reader;

        internal bool AllBold { get; set; } = true;

        internal bool AllItalic { get; set; } = true;

        internal bool SawText { get; set; }

        internal bool PageBreakBeforeText { get; set; }

        internal int BreaksAfterText { get; set; }

        internal List<string> TextBoxes { get; } = new();

        internal void Break(bool rendered)
        {
            if (rendered != reader.useRenderedBreaks)
            {
                return;
            }
            reader.page++;
            if (!SawText)
            {
                PageBreakBeforeText = true;
            }
            else
            {
                BreaksAfterText++;
            }
        }
    }

    private void AppendText(OpenXmlElement element, StringBuilder text, RunState state)
    {
        foreach (OpenXmlElement child in element.ChildElements)
        {
            switch (child)
            {
                case W.Text t:
                    text.Append(t.Text);
                    if (t.Text.Trim().Length > 0 && t.Parent is W.Run run)
                    {
                        state.SawText = true;
                        RunProperties? rPr = run.RunProperties;
                        state.AllBold &= rPr?.Bold is { } b && (b.Val is null || b.Val.Value);
                        state.AllItalic &= rPr?.Italic is { } i && (i.Val is null || i.Val.Value);
                    }
                    break;
                case TabChar:
                    text.Append('\t');
                    break;
                case W.Break br:
                    if (br.Type?.Value == BreakValues.Page)
                    {
                        state.Break(rendered: false);
                    }
                    else
                    {
                        text.Append('\n');
                    }
                    break;
                case CarriageReturn:
                    text.Append('\n');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case LastRenderedPageBreak:
                    state.Break(rendered: true);
                    break;
                case SymbolChar sym:
                    if (IsCheckMark(sym.Char?.Value))
                    {
                        text.Append('X');
                    }
                    break;
                case SoftHyphen or DeletedRun or DeletedText or FieldCode or DeletedFieldCode or RunProperties or ParagraphProperties
                    or ParagraphMarkRunProperties or FootnoteReference or EndnoteReference or CommentReference:
                    break;
                case Drawing or Picture or EmbeddedObject or AlternateContent:
                    foreach (TextBoxContent box in child.Descendants<TextBoxContent>().Take(1))
                    {
                        string boxText = string.Join("\n", box.Descendants<W.Paragraph>().Select(bp => bp.InnerText)).Trim();
                        if (boxText.Length > 0)
                        {
                            state.TextBoxes.Add(boxText);
                        }
                    }
                    break;
                default:
                    if (child.HasChildren)
                    {
                        AppendText(child, text, state);
                    }
                    break;
            }
        }
    }

    // Wingdings ticks and crosses that schools use for the marks of a self-assessment table.
    private static bool IsCheckMark(string? code)
        => code is not null && code.ToUpperInvariant() is "F0FC" or "F0FE" or "F0FB" or "F0FD" or "F078" or "F0D6" or "F0D5" or "F052" or "F0A8";

    private LayoutTable ReadTable(W.Table table)
    {
        int tableNumber = ++tableCount;
        int tablePage = page;
        var widths = table.GetFirstChild<W.TableGrid>()?.Elements<GridColumn>()
            .Select(g => int.TryParse(g.Width?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out int w) ? Math.Max(w, 0) : 0)
            .ToList() ?? new List<int>();
        var rows = new List<LayoutRow>();
        int rowNumber = 0;
        foreach (TableRow tr in RowsOf(table))
        {
            rowNumber++;
            int rowPage = page;
            TableRowProperties? trPr = tr.TableRowProperties;
            bool isHeader = trPr?.GetFirstChild<TableHeader>() is { } th && (th.Val is null || th.Val.Value != OnOffOnlyValues.Off);
            int gridBefore = trPr?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            var cells = new List<LayoutCell>();
            if (gridBefore > 0)
            {
                cells.Add(new LayoutCell(Array.Empty<LayoutBlock>(), Math.Min(gridBefore, 1000)));
            }
            int cellNumber = 0;
            foreach (TableCell tc in CellsOf(tr))
            {
                cellNumber++;
                TableCellProperties? tcPr = tc.TableCellProperties;
                int span = Math.Clamp(tcPr?.GridSpan?.Val?.Value ?? 1, 1, 1000);
                VerticalMergeState merge = VerticalMergeState.None;
                if (tcPr?.VerticalMerge is { } vm)
                {
                    merge = vm.Val?.Value == MergedCellValues.Restart ? VerticalMergeState.Restart : VerticalMergeState.Continue;
                }
                var context = new CellContext(tableNumber, rowNumber, cellNumber);
                int cellPage = page;
                List<LayoutBlock> content = ReadBlocks(tc, context);
                var source = new SourceLocation(page: cellPage, table: tableNumber, row: rowNumber, cell: cellNumber);
                if (tcPr?.HorizontalMerge is { } hm && hm.Val?.Value != MergedCellValues.Restart && cells.Count > 0)
                {
                    // Legacy horizontal merge: this cell is covered by the one on its left.
                    LayoutCell left = cells[^1];
                    cells[^1] = new LayoutCell(left.Content.Concat(content), left.ColumnSpan + span, left.Merge, left.Source);
                    continue;
                }
                cells.Add(new LayoutCell(content, span, merge, source));
            }
            rows.Add(new LayoutRow(cells, isHeader, new SourceLocation(page: rowPage, table: tableNumber, row: rowNumber)));
        }
        return new LayoutTable(rows, new SourceLocation(page: tablePage, table: tableNumber), widths);
    }

    private static IEnumerable<TableRow> RowsOf(OpenXmlElement container)
    {
        foreach (OpenXmlElement child in container.ChildElements)
        {
            if (child is TableRow row)
            {
                yield return row;
            }
            else if (child is SdtRow or CustomXmlRow or SdtContentRow)
            {
                foreach (TableRow inner in RowsOf(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private static IEnumerable<TableCell> CellsOf(OpenXmlElement container)
    {
        foreach (OpenXmlElement child in container.ChildElements)
        {
            if (child is TableCell cell)
            {
                yield return cell;
            }
            else if (child is SdtCell or CustomXmlCell or SdtContentCell)
            {
                foreach (TableCell inner in CellsOf(child))
                {
                    yield return inner;
                }
            }
        }
    }

    private IEnumerable<LayoutParagraph> ReadHeaderFooter(MainDocumentPart main, Body body, bool header)
    {
        SectionProperties? section = body.Elements<SectionProperties>().LastOrDefault() ?? body.Descendants<SectionProperties>().LastOrDefault();
        string? relationship = header
            ? section?.Elements<HeaderReference>().FirstOrDefault(r => r.Type is null || r.Type.Value == HeaderFooterValues.Default)?.Id?.Value
            : section?.Elements<FooterReference>().FirstOrDefault(r => r.Type is null || r.Type.Value == HeaderFooterValues.Default)?.Id?.Value;
        OpenXmlPartRootElement? root = null;
        if (relationship is not null && main.TryGetPartById(relationship, out OpenXmlPart? part))
        {
            root = header ? (part as HeaderPart)?.Header : (part as FooterPart)?.Footer;
        }
        if (root is null)
        {
            return Array.Empty<LayoutParagraph>();
        }
        int savedPage = page;
        var result = new List<LayoutParagraph>();
        foreach (W.Paragraph p in root.Descendants<W.Paragraph>())
        {
            var text = new StringBuilder();
            AppendText(p, text, new RunState(this));
            if (text.ToString().Trim().Length > 0)
            {
                result.Add(new LayoutParagraph(text.ToString()));
            }
        }
        page = savedPage;
        return result;
    }

    private sealed class StyleInfo
    {
        internal StyleInfo(Style style)
        {
            BasedOn = style.BasedOn?.Val?.Value;
            string name = style.StyleName?.Val?.Value ?? string.Empty;
            if (name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase)
                && int.TryParse(name.AsSpan(8), NumberStyles.Integer, CultureInfo.InvariantCulture, out int level) && level is >= 1 and <= 9)
            {
                HeadingLevel = level;
            }
            else if (style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is int outline && outline is >= 0 and < 9)
            {
                HeadingLevel = outline + 1;
            }
            NumberingProperties? numPr = style.StyleParagraphProperties?.NumberingProperties;
            NumId = numPr?.NumberingId?.Val?.Value;
            NumLevel = numPr?.NumberingLevelReference?.Val?.Value ?? 0;
            Justification = style.StyleParagraphProperties?.Justification?.Val?.Value;
            PageBreakBefore = style.StyleParagraphProperties?.PageBreakBefore is { } pb && (pb.Val is null || pb.Val.Value);
        }

        internal string? BasedOn { get; }

        internal int HeadingLevel { get; }

        internal int? NumId { get; }

        internal int NumLevel { get; }

        internal JustificationValues? Justification { get; }

        internal bool PageBreakBefore { get; }
    }
}
