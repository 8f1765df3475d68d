using System;
using System.Collections.Generic;
using System.Linq;

namespace CaiTien.Import.Recognition;

/// <summary>One document's lines within a file: its kind, where its header starts, its title and where it ends.</summary>
internal sealed class Segment
{
    internal Segment(DocumentKind kind, int start, int title, int end)
    {
        Kind = kind;
        Start = start;
        Title = title;
        End = end;
    }

    internal DocumentKind Kind { get; }

    internal int Start { get; }

    /// <summary>The title line ("KẾ HOẠCH"), or -1 for a document without one (a bare table).</summary>
    internal int Title { get; }

    internal int End { get; set; }
}

/// <summary>
/// Splits a file into its documents by their titles — "KẾ HOẠCH … CẢI TIẾN CHẤT LƯỢNG", "QUYẾT ĐỊNH … tổ giám sát",
/// "BIÊN BẢN … giám sát", "BÁO CÁO … kết quả / kế hoạch cải tiến" — each with the administrative header above it. What
/// precedes the first title is a document of its own when it holds a plan's or a report's table or headings.
/// </summary>
internal static class Segments
{
    internal static List<Segment> Find(List<FlowLine> lines)
    {
        var titles = new List<(int Index, DocumentKind Kind)>();
        for (int i = 0; i < lines.Count; i++)
        {
            DocumentKind kind = TitleKind(lines, i);
            if (kind != DocumentKind.Unspecified)
            {
                titles.Add((i, kind));
            }
        }
        var segments = new List<Segment>();
        int previousEnd = 0;
        foreach ((int index, DocumentKind kind) in titles)
        {
            int start = index;
            while (start - 1 >= previousEnd && DocumentText.IsHeaderLine(lines[start - 1]))
            {
                start--;
            }
            if (segments.Count > 0)
            {
                segments[^1].End = start;
            }
            else if (start > 0)
            {
                DocumentKind leading = UntitledKind(lines, 0, start);
                if (leading != DocumentKind.Unspecified)
                {
                    segments.Add(new Segment(leading, 0, -1, start));
                }
            }
            segments.Add(new Segment(kind, start, index, lines.Count));
            previousEnd = index + 1;
        }
        if (titles.Count == 0 && lines.Count > 0)
        {
            DocumentKind kind = UntitledKind(lines, 0, lines.Count);
            if (kind != DocumentKind.Unspecified)
            {
                segments.Add(new Segment(kind, 0, -1, lines.Count));
            }
        }
        return segments;
    }

    private static bool Near(List<FlowLine> lines, int index, int within, params string[] words)
    {
        for (int j = index + 1; j < lines.Count && j <= index + within; j++)
        {
            if (words.Any(w => lines[j].Folded.Contains(w, StringComparison.Ordinal)))
            {
                return true;
            }
        }
        return false;
    }

    private static DocumentKind TitleKind(List<FlowLine> lines, int i)
    {
        string f = lines[i].Folded.Trim();
        if (lines[i].IsTable)
        {
            return DocumentKind.Unspecified;
        }
        if (f == "ke hoach" && Near(lines, i, 2, "cai tien chat luong") || f.StartsWith("ke hoach cai tien chat luong", StringComparison.Ordinal))
        {
            return DocumentKind.Plan;
        }
        if (f == "quyet dinh" && Near(lines, i, 3, "to giam sat"))
        {
            return DocumentKind.SupervisionDecision;
        }
        if (f == "bien ban" && Near(lines, i, 2, "giam sat"))
        {
            return DocumentKind.SupervisionMinutes;
        }
        if (f == "bao cao" && Near(lines, i, 2, "ke hoach cai tien", "ket qua thuc hien")
            && !(i + 1 < lines.Count && lines[i + 1].Folded.TrimStart().StartsWith("tu danh gia", StringComparison.Ordinal)))
        {
            return DocumentKind.Report;
        }
        return DocumentKind.Unspecified;
    }

    private static DocumentKind UntitledKind(List<FlowLine> lines, int start, int end)
    {
        int plan = 0;
        int report = 0;
        for (int i = start; i < end; i++)
        {
            FlowLine line = lines[i];
            if (line.IsTable)
            {
                IReadOnlyList<ColumnKind> kinds = LogicalTable.HeaderKinds(line.Table!);
                plan += kinds.Count(Columns.IsPlanKind) >= 2 ? 2 : 0;
                report += kinds.Count(Columns.IsReportKind) >= 2 ? 2 : 0;
                continue;
            }
            string f = line.Folded;
            if (f.Contains("noi dung ke hoach cai tien chat luong", StringComparison.Ordinal) || f.Contains("can cu xay dung ke hoach", StringComparison.Ordinal))
            {
                plan++;
            }
            if (f.StartsWith("chu tri", StringComparison.Ordinal) || f.StartsWith("thoi gian thuc hien", StringComparison.Ordinal))
            {
                plan++;
            }
            if (f.Contains("da trien khai xong", StringComparison.Ordinal) || f.Contains("chua trien khai", StringComparison.Ordinal))
            {
                report++;
            }
        }
        return plan >= 2 && plan > report ? DocumentKind.Plan : report >= 2 ? DocumentKind.Report : DocumentKind.Unspecified;
    }
}
