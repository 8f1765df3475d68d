using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CaiTien.Domain;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Text;

/// <summary>
/// Reads text exported from Word or PDF into a <see cref="LayoutDocument"/>. Every non-blank line becomes a paragraph
/// located by its line and page (pages are counted at form feeds), except lines that form a table:
/// <list type="bullet">
/// <item>tab-separated rows, either a row per line (cells broken across lines then come as extra rows with empty leading
/// cells) or a cell per line (Word's "save as text": each cell on its own line after a tab, rows ended by a blank line);</item>
/// <item>Markdown pipe rows (<c>| a | b |</c>), with <c>|---|</c> marking the rows above as header rows;</item>
/// <item>HTML paragraphs (<c>&lt;p&gt;a&lt;/p&gt; &lt;p&gt;b&lt;/p&gt;</c>), each a cell.</item>
/// </list>
/// Accents typed as combining marks (NFD) are composed; soft hyphens, inline markup (<c>**</c>, <c>&lt;i&gt;</c>) and page
/// numbers printed at the foot of a page are removed, the last with a note.
/// </summary>
internal static class TextLayoutReader
{
    private static readonly Regex InlineMarkup = new(@"</?(?:i|b|u|em|strong|span|font|sup|sub|br)(?:\s[^>]*)?/?>|\*\*", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex ParagraphCell = new(@"<p(?:\s[^>]*)?>(?<c>.*?)</p>", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
    private static readonly Regex PipeRow = new(@"^\s*(?:[-*+]\s+)?\|(?<cells>.*)\|\s*\z", RegexOptions.CultureInvariant);
    private static readonly Regex Separator = new(@"^[\s|:+\-]*-{2,}[\s|:+\-]*\z", RegexOptions.CultureInvariant);
    private static readonly Regex PageNumber = new(@"^\s*(?<n>[0-9]{1,4})\s*\z", RegexOptions.CultureInvariant);

    private sealed class Line
    {
        internal Line(int number, int page, string text)
        {
            Number = number;
            Page = page;
            Text = text;
            IsBlank = text.Trim(' ', '\u00A0', '\u3000').Length == 0;
            IsSeparator = !IsBlank && Separator.IsMatch(text);
            IsPipe = !IsSeparator && PipeRow.IsMatch(text);
            IsTab = !IsSeparator && !IsPipe && (text.Contains('\t', StringComparison.Ordinal) || text.Contains("<p", StringComparison.OrdinalIgnoreCase));
            TabCount = text.Count(c => c == '\t');
        }

        internal int Number { get; }

        internal int Page { get; }

        internal string Text { get; }

        internal bool IsBlank { get; }

        internal bool IsSeparator { get; }

        internal bool IsPipe { get; }

        internal bool IsTab { get; }

        internal int TabCount { get; }

        internal SourceLocation Source => new(page: Page, line: Number);
    }

    internal static LayoutReadResult Read(string text)
    {
        var notes = new List<ImportNote>();
        List<Line> lines = SplitLines(text, notes, out int pageCount);
        var blocks = new List<LayoutBlock>();
        int tableNumber = 0;
        int i = 0;
        while (i < lines.Count)
        {
            Line line = lines[i];
            if (line.IsPipe)
            {
                int end = i;
                while (end < lines.Count && (lines[end].IsPipe || lines[end].IsSeparator))
                {
                    end++;
                }
                blocks.Add(PipeTable(lines, i, end, ++tableNumber));
                i = end;
                continue;
            }
            if (line.IsTab || (!line.IsBlank && !line.IsSeparator && i + 1 < lines.Count && lines[i + 1].IsTab && CellPerLine(lines, i + 1)))
            {
                int start = i;
                bool cellPerLine = CellPerLine(lines, line.IsTab ? i : i + 1);
                int end = RegionEnd(lines, line.IsTab ? i : i + 1, cellPerLine);
                blocks.Add(cellPerLine ? CellPerLineTable(lines, start, end, ++tableNumber) : RowPerLineTable(lines, start, end, ++tableNumber));
                i = end;
                continue;
            }
            if (!line.IsBlank && !line.IsSeparator)
            {
                blocks.Add(new LayoutParagraph(Strip(line.Text).Trim(), source: line.Source));
            }
            i++;
        }
        return new LayoutReadResult(new LayoutDocument(blocks, LayoutOrigin.Text, pageCount: pageCount), notes, null);
    }

    private static List<Line> SplitLines(string text, List<ImportNote> notes, out int pageCount)
    {
        var raw = new List<(int Number, int Page, string Text)>();
        int page = 1;
        int number = 0;
        foreach (string piece in text.Split('\n'))
        {
            number++;
            string lineText = piece.EndsWith('\r') ? piece.Substring(0, piece.Length - 1) : piece;
            int lineStartPage = page;
            if (lineText.Contains('\f', StringComparison.Ordinal))
            {
                string[] parts = lineText.Split('\f');
                // Text before a form feed ends the previous page; the line is located on the page where its remaining text is.
                for (int k = 0; k < parts.Length; k++)
                {
                    if (k > 0)
                    {
                        page++;
                    }
                    if (parts[k].Trim().Length > 0 || k == parts.Length - 1)
                    {
                        raw.Add((number, page, parts[k]));
                    }
                }
                _ = lineStartPage;
                continue;
            }
            raw.Add((number, page, lineText));
        }
        // A form feed after the last page's text (as pdftotext writes it) opens no page.
        pageCount = raw.Where(r => r.Text.Trim().Length > 0).Select(r => r.Page).DefaultIfEmpty(1).Max();
        HashSet<int> pageNumberLines = PageNumberLines(raw, pageCount);
        if (pageNumberLines.Count > 0)
        {
            notes.Add(new ImportNote(NoteKind.Inferred, "IMP030", SourceLocation.Unknown,
                new BilingualText($"Đã bỏ {pageNumberLines.Count} dòng số trang ở chân trang (các dòng {Ranges(pageNumberLines)})",
                    $"Removed {pageNumberLines.Count} page-number lines at the foot of pages (lines {Ranges(pageNumberLines)})")));
        }
        raw = StripGluedPageNumbers(raw, pageNumberLines, notes);
        var lines = new List<Line>(raw.Count);
        foreach ((int n, int p, string t) in raw)
        {
            if (pageNumberLines.Contains(n))
            {
                continue;
            }
            lines.Add(new Line(n, p, LayoutText.Clean(t).TrimEnd(' ', '\u00A0')));
        }
        return lines;
    }

    // The last non-blank line of each page, when it is a bare number that runs in step with the page count.
    private static HashSet<int> PageNumberLines(List<(int Number, int Page, string Text)> raw, int pages)
    {
        var result = new HashSet<int>();
        if (pages < 2)
        {
            return result;
        }
        var candidates = new List<(int Line, int Page, int Printed)>();
        for (int k = raw.Count - 1, currentPage = int.MaxValue; k >= 0; k--)
        {
            if (raw[k].Page == currentPage || raw[k].Text.Trim().Length == 0)
            {
                continue;
            }
            currentPage = raw[k].Page;
            Match m = PageNumber.Match(raw[k].Text);
            if (m.Success)
            {
                candidates.Add((raw[k].Number, raw[k].Page, int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture)));
            }
        }
        if (candidates.Count < 2)
        {
            return result;
        }
        int offset = candidates.GroupBy(c => c.Printed - c.Page).OrderByDescending(g => g.Count()).First().Key;
        if (candidates.Count(c => c.Printed - c.Page == offset) < 2)
        {
            return result;
        }
        foreach ((int line, int page, int printed) in candidates)
        {
            if (printed - page == offset)
            {
                result.Add(line);
            }
        }
        return result;
    }

    // On a page whose number is not on a line of its own, the export may have run it onto the page's last line
    // ("… [H1-1.4-01]; [H125" on page 25): strip it there when it is the number expected in step with the other pages.
    private static List<(int Number, int Page, string Text)> StripGluedPageNumbers(List<(int Number, int Page, string Text)> raw, HashSet<int> pageNumberLines,
        List<ImportNote> notes)
    {
        if (pageNumberLines.Count < 2)
        {
            return raw;
        }
        var byLine = raw.Where(r => pageNumberLines.Contains(r.Number)).Select(r => (r.Page, Printed: int.Parse(r.Text.Trim(), CultureInfo.InvariantCulture))).ToList();
        int offset = byLine.GroupBy(p => p.Printed - p.Page).OrderByDescending(g => g.Count()).First().Key;
        var numbered = byLine.Select(p => p.Page).ToHashSet();
        var result = new List<(int Number, int Page, string Text)>(raw);
        for (int k = result.Count - 1, currentPage = int.MaxValue; k >= 0; k--)
        {
            (int number, int page, string text) = result[k];
            if (page == currentPage || text.Trim().Length == 0 || pageNumberLines.Contains(number))
            {
                if (pageNumberLines.Contains(number))
                {
                    currentPage = page;
                }
                continue;
            }
            currentPage = page;
            string expected = (page + offset).ToString(CultureInfo.InvariantCulture);
            string trimmed = text.TrimEnd();
            if (!numbered.Contains(page) && page + offset > 0 && trimmed.Length > expected.Length + 1 && trimmed.EndsWith(expected, StringComparison.Ordinal)
                && !char.IsWhiteSpace(trimmed[trimmed.Length - expected.Length - 1]) is var glued && (glued || true))
            {
                result[k] = (number, page, trimmed.Substring(0, trimmed.Length - expected.Length));
                notes.Add(new ImportNote(NoteKind.Inferred, "IMP031", new SourceLocation(page: page, line: number),
                    new BilingualText($"Số trang {expected} dính vào cuối dòng cuối trang: đã bỏ", $"The page number {expected} ran onto the end of the page's last line: removed"),
                    text));
            }
        }
        return result;
    }

    private static string Ranges(IEnumerable<int> numbers)
    {
        var sorted = numbers.OrderBy(n => n).ToList();
        return sorted.Count <= 12 ? string.Join(", ", sorted) : string.Join(", ", sorted.Take(12)) + ", …";
    }

    private static string Strip(string text) => InlineMarkup.Replace(text, string.Empty);

    // A region is "a cell per line" when most of its tab lines hold a single tab (Word's save-as-text of a table).
    private static bool CellPerLine(List<Line> lines, int start)
    {
        int single = 0;
        int multiple = 0;
        for (int k = start; k < lines.Count && single + multiple < 40; k++)
        {
            Line l = lines[k];
            if (!l.IsTab)
            {
                if (!l.IsBlank && k + 1 < lines.Count && !lines[k + 1].IsTab && !lines[k + 1].IsBlank)
                {
                    break;
                }
                continue;
            }
            if (l.Text.Contains("<p", StringComparison.OrdinalIgnoreCase) || l.TabCount >= 2)
            {
                multiple++;
            }
            else
            {
                single++;
            }
        }
        return single > multiple;
    }

    private static int NextNonBlank(List<Line> lines, int from)
    {
        int k = from;
        while (k < lines.Count && lines[k].IsBlank)
        {
            k++;
        }
        return k;
    }

    private static int RegionEnd(List<Line> lines, int start, bool cellPerLine)
    {
        int k = start;
        bool lastRowOpen = false;
        while (k < lines.Count)
        {
            Line l = lines[k];
            if (l.IsTab)
            {
                lastRowOpen = !cellPerLine ? LastCell(l.Text).Trim().Length > 0 : true;
                k++;
                continue;
            }
            if (l.IsSeparator)
            {
                lastRowOpen = false;
                k++;
                continue;
            }
            if (l.IsBlank)
            {
                int next = NextNonBlank(lines, k);
                if (next < lines.Count && lines[next].IsTab)
                {
                    lastRowOpen = false;
                    k = next;
                    continue;
                }
                // A one-line heading between blank lines stays in the table when a tab row follows it ("Tiêu chuẩn 4: …").
                int afterHeading = next < lines.Count && !lines[next].IsPipe && !lines[next].IsSeparator ? NextNonBlank(lines, next + 1) : lines.Count;
                if (afterHeading < lines.Count && lines[afterHeading].IsTab)
                {
                    lastRowOpen = false;
                    k = next;
                    continue;
                }
                return k;
            }
            if (l.IsPipe)
            {
                return k;
            }
            // A plain line: the continuation of an open cell (a cell per line), or, in a row-per-line table, a continuation
            // or one-cell row only when more tab rows follow; otherwise the table ended.
            int after = NextNonBlank(lines, k + 1);
            bool tabFollows = after < lines.Count && lines[after].IsTab;
            if ((cellPerLine && lastRowOpen) || tabFollows || (!cellPerLine && TabRowFollowsDirectly(lines, k + 1)))
            {
                k++;
                continue;
            }
            return k;
        }
        return k;
    }

    private static bool TabRowFollowsDirectly(List<Line> lines, int from)
    {
        for (int k = from; k < lines.Count && k < from + 20; k++)
        {
            if (lines[k].IsTab)
            {
                return true;
            }
            if (lines[k].IsBlank || lines[k].IsSeparator || lines[k].IsPipe)
            {
                return false;
            }
        }
        return false;
    }

    private static string LastCell(string text)
    {
        string stripped = Strip(text);
        int tab = stripped.LastIndexOf('\t');
        return tab < 0 ? stripped : stripped.Substring(tab + 1);
    }

    private sealed class RowBuilder
    {
        internal RowBuilder(Line first) => First = first;

        internal Line First { get; }

        internal List<(StringBuilder Text, Line Line)> Cells { get; } = new();

        internal bool IsHeader { get; set; }

        internal void AddCell(string text, Line line) => Cells.Add((new StringBuilder(text), line));

        internal void Append(string text)
        {
            StringBuilder last = Cells[^1].Text;
            if (last.ToString().Trim().Length > 0)
            {
                last.Append('\n');
            }
            last.Append(text);
        }

        internal LayoutRow Build(int table, int row)
        {
            var cells = new List<LayoutCell>(Cells.Count);
            for (int c = 0; c < Cells.Count; c++)
            {
                var source = new SourceLocation(page: Cells[c].Line.Page, line: Cells[c].Line.Number, table: table, row: row, cell: c + 1);
                cells.Add(LayoutCell.FromText(CellText(Cells[c].Text.ToString()), source: source));
            }
            return new LayoutRow(cells, IsHeader, new SourceLocation(page: First.Page, line: First.Number, table: table, row: row));
        }

        private static string CellText(string text)
            => string.Join("\n", Strip(text).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static LayoutTable CellPerLineTable(List<Line> lines, int start, int end, int table)
    {
        var rows = new List<RowBuilder>();
        RowBuilder? current = null;
        for (int k = start; k < end; k++)
        {
            Line l = lines[k];
            if (l.IsBlank || l.IsSeparator)
            {
                current = null;
                continue;
            }
            if (!l.IsTab)
            {
                if (current is null)
                {
                    current = new RowBuilder(l);
                    rows.Add(current);
                    current.AddCell(l.Text, l);
                }
                else
                {
                    current.Append(l.Text);
                }
                continue;
            }
            string[] segments = l.Text.Split('\t');
            if (current is null || segments[0].Length > 0)
            {
                current = new RowBuilder(l);
                rows.Add(current);
                if (segments[0].Length > 0)
                {
                    current.AddCell(segments[0], l);
                }
            }
            for (int s = 1; s < segments.Length; s++)
            {
                current.AddCell(segments[s], l);
            }
        }
        return Build(rows, table, lines[start]);
    }

    private static LayoutTable RowPerLineTable(List<Line> lines, int start, int end, int table)
    {
        var rows = new List<RowBuilder>();
        bool closed = true;
        for (int k = start; k < end; k++)
        {
            Line l = lines[k];
            if (l.IsBlank)
            {
                continue;
            }
            if (l.IsSeparator)
            {
                closed = true;
                continue;
            }
            if (l.IsTab)
            {
                var row = new RowBuilder(l);
                foreach (string cell in SplitCells(l.Text))
                {
                    row.AddCell(cell, l);
                }
                rows.Add(row);
                closed = LastCell(l.Text).Trim().Length == 0;
                continue;
            }
            if (!closed && rows.Count > 0)
            {
                rows[^1].Append(l.Text);
                continue;
            }
            var single = new RowBuilder(l);
            single.AddCell(l.Text, l);
            rows.Add(single);
            closed = true;
        }
        return Build(rows, table, lines[start]);
    }

    private static IEnumerable<string> SplitCells(string text)
    {
        foreach (string segment in text.Split('\t'))
        {
            MatchCollection paragraphs = ParagraphCell.Matches(segment);
            if (paragraphs.Count == 0)
            {
                yield return segment;
                continue;
            }
            foreach (Match m in paragraphs)
            {
                yield return m.Groups["c"].Value;
            }
        }
    }

    private static LayoutTable PipeTable(List<Line> lines, int start, int end, int table)
    {
        var rows = new List<RowBuilder>();
        for (int k = start; k < end; k++)
        {
            Line l = lines[k];
            if (l.IsSeparator)
            {
                foreach (RowBuilder above in rows)
                {
                    above.IsHeader = true;
                }
                continue;
            }
            Match m = PipeRow.Match(l.Text);
            var row = new RowBuilder(l);
            foreach (string cell in m.Groups["cells"].Value.Split('|'))
            {
                row.AddCell(cell, l);
            }
            rows.Add(row);
        }
        return Build(rows, table, lines[start]);
    }

    private static LayoutTable Build(List<RowBuilder> rows, int table, Line first)
        => new(rows.Select((r, index) => r.Build(table, index + 1)), new SourceLocation(page: first.Page, line: first.Number, table: table));
}
