using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Text;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Recognition;

/// <summary>What the administrative header and body of a Vietnamese school document say: number, place and date, school, school year.</summary>
internal static class DocumentText
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly Regex NumberLine = new(@"^so\s*:?\s*(?:[0-9]+\s*)?/", Options);
    private static readonly Regex NumberAnywhere = new(@"(?:^|\s)so\s*:?\s*(?<n>[0-9]+\s*/\s*[a-z0-9đ&\-]+(?:\s*-\s*[a-z0-9đ&]+)*)", Options);
    private static readonly Regex PlaceDate = new(@"^(?<p>[^,;:]{2,60}),\s*ngay\b", Options);
    private static readonly Regex YearSpan = new(@"nam hoc\s*:?\s*(?<a>[0-9]{4})\s*[-–]\s*(?<b>[0-9]{4}|[0-9]{2})(?![0-9])", Options);
    private static readonly Regex School = new(@"\b[Tt]rường\s+(?<type>THCS\s*(?:&|và)\s*THPT|THCS|THPT|TH|PTDTBT\s*THCS|PTDTNT\s*THCS|PTDTNT|PT|[Pp]hổ thông|[Tt]iểu học|[Tt]rung học cơ sở|[Tt]rung học phổ thông)\s+(?<name>(?:\p{Lu}\p{Ll}*\s?){1,6})", Options);
    private static readonly string[] HeaderMarks = { "cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "doc lap – tu do – hanh phuc", "uy ban nhan dan", "ubnd", "phong giao duc", "so giao duc" };

    /// <summary>Whether a line belongs to the administrative header above a title (motto, authority, number, place and date).</summary>
    internal static bool IsHeaderLine(FlowLine line)
    {
        string f = line.Folded.Trim();
        if (line.IsTable)
        {
            return HeaderMarks.Any(m => f.Contains(m, StringComparison.Ordinal)) || NumberAnywhere.IsMatch(f);
        }
        return NumberLine.IsMatch(f) || PlaceDate.IsMatch(f) && DateReading.FindInWords(f) is not null || HeaderMarks.Any(m => f.StartsWith(m, StringComparison.Ordinal))
               || (f.StartsWith("truong ", StringComparison.Ordinal) && line.Text == line.Text.ToUpperInvariant());
    }

    /// <summary>The lines to read a header from: paragraphs as they are, and the cells of header tables paragraph by paragraph.</summary>
    internal static IEnumerable<(string Text, string Folded, SourceLocation Source)> Expand(IEnumerable<FlowLine> lines)
    {
        foreach (FlowLine line in lines)
        {
            if (!line.IsTable)
            {
                yield return (line.Text, line.Folded, line.Source);
                continue;
            }
            foreach (LayoutRow row in line.Table!.Rows)
            {
                foreach (LayoutCell cell in row.Cells)
                {
                    foreach (string part in cell.Text.Split('\n'))
                    {
                        string text = VietnameseText.Normalize(part);
                        if (text.Length > 0)
                        {
                            yield return (text, VietnameseText.Fold(text), cell.Source);
                        }
                    }
                }
            }
        }
    }

    /// <summary>The document number line as written ("Số : 100/KH-TTT"), or null.</summary>
    internal static (string Text, SourceLocation Source)? Number(IEnumerable<FlowLine> header)
    {
        foreach (var (text, folded, source) in Expand(header))
        {
            if (NumberLine.IsMatch(folded.Trim()))
            {
                return (text.Trim(), source);
            }
        }
        return null;
    }

    /// <summary>The place and date line ("Tân Phú, ngày 15 tháng 5 năm 2023"), or null.</summary>
    internal static (string Place, NodaTime.LocalDate Date, SourceLocation Source)? PlaceAndDate(IEnumerable<FlowLine> header)
    {
        foreach (var (text, folded, source) in Expand(header))
        {
            Match m = PlaceDate.Match(folded.Trim());
            if (m.Success && DateReading.FindInWords(folded) is { } found)
            {
                return (text.Trim().Substring(0, m.Groups["p"].Length).Trim(), found.Date, source);
            }
        }
        return null;
    }

    /// <summary>The first "năm học 2023 – 2024" in the text, or null.</summary>
    internal static SchoolYear? SchoolYearIn(string folded)
    {
        Match m = YearSpan.Match(folded);
        if (!m.Success)
        {
            return null;
        }
        int start = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        string b = m.Groups["b"].Value;
        int end = b.Length == 2 ? start / 100 * 100 + int.Parse(b, CultureInfo.InvariantCulture) : int.Parse(b, CultureInfo.InvariantCulture);
        return end == start + 1 && start is >= 1990 and <= 2100 ? new SchoolYear(start) : null;
    }

    /// <summary>
    /// The school's name as the file writes it most often in running text ("Trường THCS Tôn Thất Tùng"), with "Trường"
    /// capitalised; names in capitals (headers) count only when nothing else names the school.
    /// </summary>
    internal static string? SchoolName(IEnumerable<FlowLine> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (text, _, _) in Expand(lines))
        {
            foreach (Match m in School.Matches(text))
            {
                string name = m.Groups["name"].Value.Trim();
                if (name.Length == 0)
                {
                    continue;
                }
                string key = "Trường " + m.Groups["type"].Value.Trim() + " " + name;
                counts[key] = counts.TryGetValue(key, out int n) ? n + 1 : 1;
            }
        }
        return counts.Count == 0 ? null : counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First().Key;
    }

    /// <summary>A resource id from text: folded, lower case, runs of other characters as one hyphen ("100/KH-TTT" → "100-kh-ttt").</summary>
    internal static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in VietnameseText.Fold(text))
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>A line without its list marker ("4.Kết quả …" → "Kết quả …", "- Báo cáo …" → "Báo cáo …").</summary>
    internal static string WithoutListMarker(string text)
    {
        Match m = Regex.Match(text, @"^\s*(?:[-–•*+]|[0-9]{1,2}\s*[.)]|[a-zđ]\s*\)|[IVX]{1,4}\s*\.)\s*", Options);
        return m.Success ? text.Substring(m.Length) : text;
    }

    /// <summary>The folded text of the number as cited after "số" in a sentence, with the text as written.</summary>
    internal static string? NumberAfterSo(string text)
    {
        Match m = NumberAnywhere.Match(VietnameseText.Fold(text));
        return m.Success ? text.Substring(m.Groups["n"].Index, m.Groups["n"].Length).Trim() : null;
    }
}
