using System;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>
/// Enough of the Vietnamese lunar calendar (âm lịch) for school documents: Tết, and the months around it, so that
/// "26 tháng Chạp" and "mùng 5 tháng Giêng" can be placed. New moons and the sun's longitude are computed with the
/// standard astronomical series (J. Meeus) in UTC+7, and months are numbered by the rules of the Vietnamese calendar
/// (Hồ Ngọc Đức's formulation): month 11 holds the winter solstice, and in a year of 13 months the first month
/// without a major solar term is the leap month. Valid for the years the library accepts (1900–2200).
/// </summary>
internal static class LunarCalendar
{
    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;
    private static readonly LocalDate JulianEpoch = new(2000, 1, 1);
    private const int JulianEpochDay = 2451545;

    /// <summary>The first and last calendar years whose Tết is computed (the school years 1900-1901 to 2199-2200).</summary>
    internal const int FirstYear = 1900;

    /// <summary>The last calendar year whose Tết is computed.</summary>
    internal const int LastYear = 2201;

    // Tết by calendar year, computed once on first use (0 = not yet computed; a benign race computes the same value).
    private static readonly int[] TetCache = new int[LastYear - FirstYear + 1];

    /// <summary>Tết (mùng 1 tháng Giêng) of a calendar year.</summary>
    /// <param name="year">The calendar year, <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    internal static LocalDate NewYear(int year)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Tết is computed for {FirstYear} to {LastYear}.");
        }
        int jd = TetCache[year - FirstYear];
        if (jd == 0)
        {
            jd = MonthStart(year, 1);
            TetCache[year - FirstYear] = jd;
        }
        return FromJulianDay(jd);
    }

    /// <summary>The first day and the length (29 or 30 days) of a month of a lunar year (not a leap month).</summary>
    /// <param name="lunarYear">The lunar year (the calendar year in which its Tết falls).</param>
    /// <param name="month">1 (tháng Giêng) to 12 (tháng Chạp).</param>
    internal static (LocalDate Start, int Length) Month(int lunarYear, int month)
    {
        int start = MonthStart(lunarYear, month);
        int k = (int)Math.Floor(((start - NewMoonEpoch) / SynodicMonth) + 0.5);
        int next = NewMoonDay(k + 1);
        if (next <= start)
        {
            next = NewMoonDay(k + 2);
        }
        return (FromJulianDay(start), next - start);
    }

    /// <summary>The first day of the lunar month that begins on or before <paramref name="date"/>.</summary>
    internal static LocalDate MonthStartOnOrBefore(LocalDate date)
    {
        int jd = JulianDay(date);
        int k = (int)Math.Floor((jd - NewMoonEpoch) / SynodicMonth);
        int start = NewMoonDay(k);
        while (start > jd)
        {
            start = NewMoonDay(--k);
        }
        while (NewMoonDay(k + 1) <= jd)
        {
            start = NewMoonDay(++k);
        }
        return FromJulianDay(start);
    }

    /// <summary>The first day of the lunar month before the one that starts on <paramref name="monthStart"/>.</summary>
    internal static LocalDate PreviousMonthStart(LocalDate monthStart) => MonthStartOnOrBefore(monthStart.PlusDays(-1));

    // The Julian day on which (non-leap) month `month` of lunar year `lunarYear` begins.
    private static int MonthStart(int lunarYear, int month)
    {
        int a11;
        int b11;
        if (month < 11)
        {
            a11 = Month11(lunarYear - 1);
            b11 = Month11(lunarYear);
        }
        else
        {
            a11 = Month11(lunarYear);
            b11 = Month11(lunarYear + 1);
        }
        int k = (int)Math.Floor(0.5 + ((a11 - NewMoonEpoch) / SynodicMonth));
        int off = month - 11;
        if (off < 0)
        {
            off += 12;
        }
        if (b11 - a11 > 365)
        {
            // A year of 13 months: months from the leap month on move one new moon later.
            int leapOffset = LeapMonthOffset(a11);
            if (off >= leapOffset)
            {
                off++;
            }
        }
        return NewMoonDay(k + off);
    }

    // The first day of lunar month 11 (the month of the winter solstice) of a calendar year.
    private static int Month11(int year)
    {
        int off = JulianDay(new LocalDate(year, 12, 31)) - 2415021;
        int k = (int)Math.Floor(off / SynodicMonth);
        int newMoon = NewMoonDay(k);
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    // How many months after month 11 the leap month comes: the first month without a major solar term.
    private static int LeapMonthOffset(int a11)
    {
        int k = (int)Math.Floor(((a11 - NewMoonEpoch) / SynodicMonth) + 0.5);
        int i = 1;
        int arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }

    // The sun's longitude at the start of a (UTC+7) day, as one of twelve 30° sectors (0 = from the spring equinox).
    private static int SunLongitudeSector(int jdn)
    {
        double t = (jdn - 2451545.5 - (TimeZone / 24)) / 36525;
        double t2 = t * t;
        const double dr = Math.PI / 180;
        double m = 357.52910 + (35999.05030 * t) - (0.0001559 * t2) - (0.00000048 * t * t2);
        double l0 = 280.46645 + (36000.76983 * t) + (0.0003032 * t2);
        double dl = ((1.914600 - (0.004817 * t) - (0.000014 * t2)) * Math.Sin(dr * m))
            + ((0.019993 - (0.000101 * t)) * Math.Sin(dr * 2 * m)) + (0.000290 * Math.Sin(dr * 3 * m));
        double l = (l0 + dl) * dr;
        l -= Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
        return (int)Math.Floor(l / Math.PI * 6);
    }

    private static int JulianDay(LocalDate date) => JulianEpochDay + Period.Between(JulianEpoch, date, PeriodUnits.Days).Days;

    private static LocalDate FromJulianDay(int jd) => JulianEpoch.PlusDays(jd - JulianEpochDay);

    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + (TimeZone / 24));

    // The k-th new moon after 1900-01-01 as a Julian date (UTC), from Meeus' mean phase with periodic corrections.
    private static double NewMoon(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        const double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + (29.53058868 * k) + (0.0001178 * t2) - (0.000000155 * t3);
        jd1 += 0.00033 * Math.Sin(((166.56 + (132.87 * t)) - (0.009173 * t2)) * dr);
        double m = 359.2242 + (29.10535608 * k) - (0.0000333 * t2) - (0.00000347 * t3);
        double mpr = 306.0253 + (385.81691806 * k) + (0.0107306 * t2) + (0.00001236 * t3);
        double f = 21.2964 + (390.67050646 * k) - (0.0016528 * t2) - (0.00000239 * t3);
        double c1 = ((0.1734 - (0.000393 * t)) * Math.Sin(m * dr)) + (0.0021 * Math.Sin(2 * dr * m))
            - (0.4068 * Math.Sin(mpr * dr)) + (0.0161 * Math.Sin(dr * 2 * mpr)) - (0.0004 * Math.Sin(dr * 3 * mpr))
            + (0.0104 * Math.Sin(dr * 2 * f)) - (0.0051 * Math.Sin(dr * (m + mpr))) - (0.0074 * Math.Sin(dr * (m - mpr)))
            + (0.0004 * Math.Sin(dr * ((2 * f) + m))) - (0.0004 * Math.Sin(dr * ((2 * f) - m))) - (0.0006 * Math.Sin(dr * ((2 * f) + mpr)))
            + (0.0010 * Math.Sin(dr * ((2 * f) - mpr))) + (0.0005 * Math.Sin(dr * ((2 * mpr) + m)));
        double deltaT = t < -11
            ? 0.001 + (0.000839 * t) + (0.0002261 * t2) - (0.00000845 * t3) - (0.000000081 * t * t3)
            : -0.000278 + (0.000265 * t) + (0.000262 * t2);
        return jd1 + c1 - deltaT;
    }
}
