using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>A school year (năm học), labelled "YYYY-YYYY+1", such as 2023-2024.</summary>
/// <remarks>
/// Immutable value ordered by start year. The default value is 2000-2001. Administratively a school year runs from
/// 1 August to 31 July, so that every date belongs to exactly one school year: August to December belong to the year
/// that starts then, January to July to the year that started the August before. Text form "2023-2024";
/// <see cref="Parse"/> also reads "2023 - 2024", "2023–2024", "23-24", "NH 21-22", "Năm học: 2024 – 2025" and
/// "niên khóa 2023-2024".
/// </remarks>
public readonly struct SchoolYear : IEquatable<SchoolYear>, IComparable<SchoolYear>
{
    /// <summary>The earliest start year accepted.</summary>
    public const int MinStartYear = 1900;

    /// <summary>The latest start year accepted.</summary>
    public const int MaxStartYear = 2199;

    private static readonly Regex Pattern = new(
        @"^(?:(?:nam\s*hoc|nien\s*khoa|nh)\s*:?\s*)?(?<a>[0-9]{4}|[0-9]{2})\s*[-/]\s*(?<b>[0-9]{4}|[0-9]{2})\z",
        RegexOptions.CultureInvariant);

    private readonly short offset;

    /// <summary>Creates the school year that starts in <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year in which it starts, 1900 to 2199.</param>
    public SchoolYear(int startYear)
    {
        Preconditions.CheckArgumentRange(startYear, MinStartYear, MaxStartYear);
        offset = (short)(startYear - 2000);
    }

    /// <summary>The calendar year in which the school year starts.</summary>
    public int StartYear => 2000 + offset;

    /// <summary>The calendar year in which it ends.</summary>
    public int EndYear => StartYear + 1;

    /// <summary>The administrative span: 1 August to 31 July.</summary>
    public DateInterval AdministrativeSpan => new(new LocalDate(StartYear, 8, 1), new LocalDate(EndYear, 7, 31));

    /// <summary>The previous school year.</summary>
    public SchoolYear Previous => new(StartYear - 1);

    /// <summary>The next school year.</summary>
    public SchoolYear Next => new(StartYear + 1);

    /// <summary>The school year a date belongs to (August–December: the year starting then; January–July: the one before).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The school year.</returns>
    public static SchoolYear FromDate(LocalDate date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    /// <summary>Whether a date lies in this school year's administrative span.</summary>
    /// <param name="date">The date.</param>
    /// <returns><c>true</c> when <see cref="FromDate"/> of it is this year.</returns>
    public bool Contains(LocalDate date) => FromDate(date) == this;

    /// <summary>
    /// The calendar year of a month in this school year: August–December fall in the first calendar year,
    /// January–July in the second.
    /// </summary>
    /// <param name="month">1 to 12.</param>
    /// <returns>The calendar year.</returns>
    public int CalendarYearOf(int month)
    {
        Preconditions.CheckArgumentRange(month, 1, 12);
        return month >= 8 ? StartYear : EndYear;
    }

    /// <summary>Reads a school year as documents write it.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The year, or a failure saying why (including years that are not consecutive).</returns>
    public static ParseResult<SchoolYear> Parse(string? text)
    {
        string folded = VietnameseText.Fold(text);
        Match match = Pattern.Match(folded);
        if (!match.Success)
        {
            return ParseResult<SchoolYear>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
                "Không đọc được năm học (dạng \"2023-2024\")", "Cannot read a school year (like \"2023-2024\")"));
        }
        int a = ExpandYear(match.Groups["a"].Value);
        int b = ExpandYear(match.Groups["b"].Value);
        if (b != a + 1 || a < MinStartYear || a > MaxStartYear)
        {
            return ParseResult<SchoolYear>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
                $"Năm học phải gồm hai năm liền nhau, không phải {a}-{b}",
                $"A school year spans two consecutive years, not {a}-{b}"));
        }
        return ParseResult<SchoolYear>.ForValue(new SchoolYear(a));
    }

    internal static int ExpandYear(string digits)
    {
        int n = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
        return digits.Length == 2 ? 2000 + n : n;
    }

    /// <summary>Returns "YYYY-YYYY".</summary>
    /// <returns>The canonical label.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{EndYear}");

    /// <inheritdoc/>
    public bool Equals(SchoolYear other) => offset == other.offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SchoolYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => offset;

    /// <inheritdoc/>
    public int CompareTo(SchoolYear other) => offset.CompareTo(other.offset);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(SchoolYear left, SchoolYear right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(SchoolYear left, SchoolYear right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is earlier.</returns>
    public static bool operator <(SchoolYear left, SchoolYear right) => left.offset < right.offset;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is later.</returns>
    public static bool operator >(SchoolYear left, SchoolYear right) => left.offset > right.offset;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is earlier or the same.</returns>
    public static bool operator <=(SchoolYear left, SchoolYear right) => left.offset <= right.offset;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is later or the same.</returns>
    public static bool operator >=(SchoolYear left, SchoolYear right) => left.offset >= right.offset;
}
