using System;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>
/// Enough of the Vietnamese lunar calendar for school documents: the new-moon days around Tết, so that "26 tháng Chạp"
/// and "mùng 5 tháng Giêng" can be placed. New moons are computed with the standard astronomical series (J. Meeus,
/// as used for the Vietnamese calendar) in UTC+7; the known Tết dates check it.
/// </summary>
internal static class LunarCalendar
{
    private const double TimeZone = 7.0;
    private const double SynodicMonth = 29.530588853;
    private const double NewMoonEpoch = 2415021.076998695;
    private static readonly LocalDate JulianEpoch = new(2000, 1, 1);
    private const int JulianEpochDay = 2451545;

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
