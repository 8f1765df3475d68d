using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Text;
using NodaTime;

namespace CaiTien.Domain.Rules;

/// <summary>What the rules look for inside free text: school years named, dates, "dự kiến …", maintenance wording.</summary>
internal static class TextScan
{
    private static readonly Regex SchoolYearMention = new(@"(?:nam hoc|nien khoa)\s*:?\s*(?<y>[0-9]{4}\s*-\s*[0-9]{4}|[0-9]{2}\s*-\s*[0-9]{2})", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex Expected = new(@"du kien\s+(?:vao\s+|trong\s+|la\s+)?(?<t>[^.;,\n]+)", RegexOptions.CultureInvariant | RegexOptions.Compiled);
    private static readonly Regex FullDate = new(@"(?<![0-9])(?<d>[0-9]{1,2})\s*/\s*(?<m>[0-9]{1,2})\s*/\s*(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>The school years a text names ("năm học 2019 - 2020"), with the text as written.</summary>
    internal static IEnumerable<(SchoolYear Year, string Text)> SchoolYears(string text)
    {
        if (!HasYearPair(text))
        {
            yield break;
        }
        string folded = VietnameseText.FoldNormalized(text);
        foreach (Match m in SchoolYearMention.Matches(folded))
        {
            ParseResult<SchoolYear> year = SchoolYear.Parse(m.Groups["y"].Value);
            if (year.Success)
            {
                yield return (year.Value, text.Substring(m.Index, m.Length));
            }
        }
    }

    /// <summary>The expected times in a text ("dự kiến đầu tháng 6/2023"), as written after "dự kiến".</summary>
    internal static IEnumerable<string> ExpectedTimes(string text)
    {
        // Fold only a window after each "kiến"/"kien", not the whole cell.
        int from = 0;
        while (from < text.Length)
        {
            int accented = text.IndexOf("kiến", from, StringComparison.OrdinalIgnoreCase);
            int plain = text.IndexOf("kien", from, StringComparison.OrdinalIgnoreCase);
            int at = accented < 0 ? plain : plain < 0 ? accented : Math.Min(accented, plain);
            if (at < 0)
            {
                yield break;
            }
            from = at + 4;
            int start = Math.Max(0, at - 4);
            int length = Math.Min(text.Length - start, 80);
            string window = text.Substring(start, length);
            Match m = Expected.Match(VietnameseText.FoldNormalized(window));
            if (m.Success && m.Index <= at - start + 1)
            {
                Group g = m.Groups["t"];
                yield return window.Substring(g.Index, g.Length).Trim();
                from = start + g.Index + g.Length;
            }
        }
    }

    /// <summary>Whether a text has two numbers joined by a dash ("2019 - 2020", "23-24"): the cheap test before folding.</summary>
    internal static bool HasYearPair(string text)
    {
        for (int i = text.IndexOfAny(Dashes); i >= 0 && i < text.Length; i = text.IndexOfAny(Dashes, i + 1))
        {
            int before = i - 1;
            while (before >= 0 && text[before] == ' ')
            {
                before--;
            }
            int after = i + 1;
            while (after < text.Length && text[after] == ' ')
            {
                after++;
            }
            if (before >= 1 && after + 1 < text.Length && char.IsDigit(text[before]) && char.IsDigit(text[before - 1])
                && char.IsDigit(text[after]) && char.IsDigit(text[after + 1]))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly char[] Dashes = { '-', '\u2013', '\u2014' };

    /// <summary>The full dates (d/m/yyyy) a text names.</summary>
    internal static IEnumerable<LocalDate> Dates(string text)
    {
        if (text.IndexOf('/') < 0)
        {
            yield break;
        }
        foreach (Match m in FullDate.Matches(text))
        {
            int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int mo = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (mo is >= 1 and <= 12 && y is >= 1900 and <= 2199 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, mo))
            {
                yield return new LocalDate(y, mo, d);
            }
        }
    }

    /// <summary>Whether a text says the item maintains a level ("duy trì", "giữ vững").</summary>
    internal static bool SaysMaintenance(string text)
    {
        string folded = VietnameseText.Fold(text);
        return folded.Contains("duy tri") || folded.Contains("giu vung");
    }

    /// <summary>
    /// Whether two texts have the same words (letters and digits, case and diacritics ignored, punctuation and spacing
    /// ignored): without allocating, stopping at the first difference.
    /// </summary>
    internal static bool SameWords(string a, string b)
    {
        int i = 0;
        int j = 0;
        while (true)
        {
            bool gapA = SkipSeparators(a, ref i);
            bool gapB = SkipSeparators(b, ref j);
            bool endA = i >= a.Length;
            bool endB = j >= b.Length;
            if (endA || endB)
            {
                return endA && endB;
            }
            if ((gapA && i > 0 && HadWord(a, i)) != (gapB && j > 0 && HadWord(b, j)))
            {
                return false;
            }
            if (VietnameseText.FoldChar(a[i]) != VietnameseText.FoldChar(b[j]))
            {
                return false;
            }
            i++;
            j++;
        }
    }

    // Skips non-word characters; says whether any were skipped.
    private static bool SkipSeparators(string s, ref int index)
    {
        int start = index;
        while (index < s.Length && !char.IsLetterOrDigit(s[index]))
        {
            index++;
        }
        return index > start;
    }

    // Whether a word came before the separator run that ends at index (so the gap separates two words).
    private static bool HadWord(string s, int index)
    {
        for (int k = index - 1; k >= 0; k--)
        {
            if (char.IsLetterOrDigit(s[k]))
            {
                return true;
            }
        }
        return false;
    }


}
