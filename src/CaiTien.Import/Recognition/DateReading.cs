using System.Globalization;
using System.Text.RegularExpressions;
using NodaTime;

namespace CaiTien.Import.Recognition;

/// <summary>Dates as documents write them: "ngày 15 tháng 5 năm 2023", "15/5/2023", "15-05-2023" (read on folded text).</summary>
internal static class DateReading
{
    private static readonly Regex Words = new(@"ngay\s*(?<d>[0-9]{1,2})\s*thang\s*(?<m>[0-9]{1,2})\s*nam\s*(?<y>[0-9]{4})", RegexOptions.CultureInvariant);
    private static readonly Regex Numeric = new(@"(?<![0-9])(?<d>[0-9]{1,2})\s*[/.\-]\s*(?<m>[0-9]{1,2})\s*[/.\-]\s*(?<y>[0-9]{4})(?![0-9])", RegexOptions.CultureInvariant);

    /// <summary>The first date written in words in the folded text, with where it starts and ends.</summary>
    internal static (LocalDate Date, int Index, int Length)? FindInWords(string folded) => Find(Words, folded);

    /// <summary>The first date written either way.</summary>
    internal static (LocalDate Date, int Index, int Length)? FindAny(string folded) => Find(Words, folded) ?? Find(Numeric, folded);

    private static (LocalDate, int, int)? Find(Regex pattern, string folded)
    {
        foreach (Match m in pattern.Matches(folded))
        {
            int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (month is >= 1 and <= 12 && y is >= 1900 and <= 2200 && d >= 1 && d <= CalendarSystem.Iso.GetDaysInMonth(y, month))
            {
                return (new LocalDate(y, month, d), m.Index, m.Length);
            }
        }
        return null;
    }
}
