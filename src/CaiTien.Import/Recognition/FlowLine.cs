using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Text;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Recognition;

/// <summary>
/// One line of a document read in order: a paragraph (or one line of a paragraph broken by a line break), or a whole
/// table. Recognisers walk these, whether the layout came from Word or from a text export.
/// </summary>
internal sealed class FlowLine
{
    internal FlowLine(int index, string text, SourceLocation source, LayoutTable? table)
    {
        Index = index;
        Text = VietnameseText.Normalize(text);
        Folded = VietnameseText.Fold(Text);
        Source = source;
        Table = table;
    }

    internal int Index { get; }

    /// <summary>The line's text, normalised; for a table, its cells joined by " | " and rows by " / ".</summary>
    internal string Text { get; }

    /// <summary>The text folded for matching (lower case, no diacritics), position for position.</summary>
    internal string Folded { get; }

    internal SourceLocation Source { get; }

    internal LayoutTable? Table { get; }

    internal bool IsTable => Table is not null;

    public override string ToString() => $"{Source}: {Text}";

    internal static List<FlowLine> Of(LayoutDocument layout)
    {
        var lines = new List<FlowLine>();
        foreach (LayoutBlock block in layout.Blocks)
        {
            switch (block)
            {
                case LayoutParagraph p:
                    foreach (string part in p.DisplayText.Split('\n'))
                    {
                        if (VietnameseText.Normalize(part).Length > 0)
                        {
                            lines.Add(new FlowLine(lines.Count, part, p.Source, null));
                        }
                    }
                    break;
                case LayoutTable t:
                    lines.Add(new FlowLine(lines.Count, TableText(t), t.Source, t));
                    break;
            }
        }
        return lines;
    }

    internal static string TableText(LayoutTable table)
        => string.Join(" / ", table.Rows.Select(r => string.Join(" | ", r.Cells.Select(c => VietnameseText.Normalize(c.Text)).Where(c => c.Length > 0)))
            .Where(r => r.Length > 0));
}
