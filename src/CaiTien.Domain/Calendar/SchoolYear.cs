using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>A school year (năm học), labelled "YYYY-YYYY+1", such as 2023-2024.</summary>
/// <remarks>
/// Immutable value ordered by start year. Administratively a school year runs from 1 August to 31 July, so that every date belongs to exactly one school year: August to December belong to the year
/// that starts then, January to July to the year that started the August before. Text form "2023-2024";
/// <see cref="Parse"/> also reads "2023 - 2024", "2023–2024", "23-24", "NH 21-22", "Năm học: 2024 – 2025" and
/// "niên khóa 2023-2024".
/// The default value is <em>unset</em>: it is no school year, sorts before every year and prints as "(unset)". Reading
/// <see cref="StartYear"/> (and everything computed from it) throws <see cref="InvalidOperationException"/>, and
/// documents and calendars reject it with <see cref="ArgumentException"/>, so a forgotten year fails loudly instead of
/// reading as 2000-2001.
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

    // The start year itself; 0 is the unset default.
    private readonly short start;

    /// <summary>Creates the school year that starts in <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year in which it starts, 1900 to 2199.</param>
    public SchoolYear(int startYear)
    {
        Preconditions.CheckArgumentRange(startYear, MinStartYear, MaxStartYear);
        start = (short)startYear;
    }

    /// <summary>The calendar year in which the school year starts.</summary>
    /// <exception cref="InvalidOperationException">This is the unset default value.</exception>
    public int StartYear => start == 0 ? throw new InvalidOperationException("This SchoolYear is the unset default value.") : start;

    internal bool IsUnset => start == 0;

    internal static SchoolYear CheckArgument(SchoolYear year, string name)
        => year.start == 0 ? throw new ArgumentException("The school year is the unset default value.", name) : year;

    /// <summary>The calendar year in which it ends.</summary>
    public int EndYear => StartYear + 1;

    /// <summary>The administrative year: 1 August to 31 July.</summary>
    public DateInterval AdministrativeYear => new(new LocalDate(StartYear, 8, 1), new LocalDate(EndYear, 7, 31));

    /// <summary>The previous school year.</summary>
    /// <exception cref="InvalidOperationException">This is the first supported year, 1900-1901; see <see cref="HasPrevious"/>.</exception>
    public SchoolYear Previous => HasPrevious ? new(StartYear - 1) : throw new InvalidOperationException($"{this} is the first supported school year.");

    /// <summary>The next school year.</summary>
    /// <exception cref="InvalidOperationException">This is the last supported year, 2199-2200; see <see cref="HasNext"/>.</exception>
    public SchoolYear Next => HasNext ? new(StartYear + 1) : throw new InvalidOperationException($"{this} is the last supported school year.");

    /// <summary>Whether there is a supported school year before this one (false only for 1900-1901).</summary>
    public bool HasPrevious => StartYear > MinStartYear;

    /// <summary>Whether there is a supported school year after this one (false only for 2199-2200).</summary>
    public bool HasNext => StartYear < MaxStartYear;

    /// <summary>The school year a date belongs to (August–December: the year starting then; January–July: the one before).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The school year.</returns>
    public static SchoolYear FromDate(LocalDate date) => new(date.Month >= 8 ? date.Year : date.Year - 1);

    /// <summary>Whether a date lies in this school year's administrative span (1 August to 31 July).</summary>
    /// <param name="date">Any date.</param>
    /// <returns><c>true</c> when the date lies in <see cref="AdministrativeYear"/>.</returns>
    public bool Contains(LocalDate date)
    {
        int year = date.Month >= 8 ? date.Year : date.Year - 1;
        return year == StartYear;
    }

    /// <summary>The school year a date belongs to, or <c>null</c> when that year is outside 1900-1901 to 2199-2200.</summary>
    internal static SchoolYear? TryFromDate(LocalDate date)
    {
        int year = date.Month >= 8 ? date.Year : date.Year - 1;
        return year is >= MinStartYear and <= MaxStartYear ? new SchoolYear(year) : null;
    }

    /// <summary>The school year a date belongs to, or the first or last supported year for a date beyond them.</summary>
    internal static SchoolYear Containing(LocalDate date)
    {
        int year = date.Month >= 8 ? date.Year : date.Year - 1;
        return new SchoolYear(Math.Clamp(year, MinStartYear, MaxStartYear));
    }

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

    /// <summary>Returns "YYYY-YYYY", or "(unset)" for the default value.</summary>
    /// <returns>The canonical label.</returns>
    public override string ToString() => start == 0 ? "(unset)" : string.Create(CultureInfo.InvariantCulture, $"{start}-{start + 1}");

    /// <inheritdoc/>
    public bool Equals(SchoolYear other) => start == other.start;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SchoolYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => start;

    /// <inheritdoc/>
    public int CompareTo(SchoolYear other) => start.CompareTo(other.start);

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
    public static bool operator <(SchoolYear left, SchoolYear right) => left.start < right.start;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is later.</returns>
    public static bool operator >(SchoolYear left, SchoolYear right) => left.start > right.start;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is earlier or the same.</returns>
    public static bool operator <=(SchoolYear left, SchoolYear right) => left.start <= right.start;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is later or the same.</returns>
    public static bool operator >=(SchoolYear left, SchoolYear right) => left.start >= right.start;
}
