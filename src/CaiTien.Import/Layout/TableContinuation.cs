using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain;

namespace CaiTien.Import.Layout;

/// <summary>
/// Joins a table that its author continued on the next page as a separate table: two tables with the same columns,
/// nothing but empty paragraphs between them, and either the header rows repeated at the top of the second or a page
/// break between them. Repeated header rows are dropped. Each join is noted.
/// </summary>
internal static class TableContinuation
{
    internal static List<LayoutBlock> Join(List<LayoutBlock> blocks, List<ImportNote> notes)
    {
        var result = new List<LayoutBlock>(blocks.Count);
        int i = 0;
        while (i < blocks.Count)
        {
            if (blocks[i] is not LayoutTable table)
            {
                result.Add(blocks[i]);
                i++;
                continue;
            }
            int next = i + 1;
            while (true)
            {
                int j = next;
                bool pageBreak = false;
                while (j < blocks.Count && blocks[j] is LayoutParagraph p && p.Text.Trim().Length == 0)
                {
                    pageBreak |= p.Format.PageBreakBefore;
                    j++;
                }
                if (j >= blocks.Count || blocks[j] is not LayoutTable following || following.ColumnCount != table.ColumnCount || following.Rows.Count == 0)
                {
                    break;
                }
                int lastPage = table.Rows.Count > 0 ? table.Rows[^1].Source.Page ?? 0 : 0;
                pageBreak |= following.Source.Page is int fp && fp > lastPage && lastPage > 0;
                int repeated = RepeatedHeaderRows(table, following);
                if (repeated == 0 && !pageBreak)
                {
                    break;
                }
                notes.Add(new ImportNote(NoteKind.Inferred, "IMP020", following.Source,
                    repeated > 0
                        ? new BilingualText($"Bảng tiếp nối bảng trước sang trang sau (lặp lại {repeated} hàng tiêu đề): đã ghép thành một bảng và bỏ hàng tiêu đề lặp lại",
                            $"The table continues the previous one on the next page (repeating {repeated} header rows): joined into one table, repeated header rows dropped")
                        : new BilingualText("Bảng cùng số cột ngay sau một ngắt trang: đọc là phần tiếp theo của bảng trước và đã ghép lại",
                            "A table with the same columns right after a page break: read as the continuation of the previous table and joined"),
                    following.Rows[0].ToString()));
                table = new LayoutTable(table.Rows.Concat(following.Rows.Skip(repeated)), table.Source, table.ColumnWidths);
                next = j + 1;
            }
            result.Add(table);
            i = next;
        }
        return result;
    }

    private static int RepeatedHeaderRows(LayoutTable first, LayoutTable second)
    {
        int headers = first.Rows.TakeWhile(r => r.IsHeader).Count();
        if (headers == 0)
        {
            headers = 1;
        }
        int k = 0;
        while (k < headers && k < first.Rows.Count && k < second.Rows.Count && SameText(first.Rows[k], second.Rows[k]))
        {
            k++;
        }
        // A single identical first row counts only when it reads like a header (no criterion or number data is repeated by chance).
        return k == headers ? k : 0;
    }

    private static bool SameText(LayoutRow a, LayoutRow b)
        => a.Cells.Count == b.Cells.Count
           && a.Cells.Zip(b.Cells).All(pair => Squeezed(pair.First.Text) == Squeezed(pair.Second.Text))
           && a.Cells.Any(c => Squeezed(c.Text).Length > 0);

    // Cell text is already clean NFC (LayoutText.Clean); a repeated header differs at most in its spacing.
    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, System.StringSplitOptions.RemoveEmptyEntries));
}
