using System.Linq;
using CaiTien.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CaiTien.Domain.Tests.Calendar;

public sealed class LunarCalendarTests
{
    // The oracle: Tết as published (reference/school-year-calendar.md for 2019-2027; 2018 well known), and two years
    // where Vietnam's Tết differs from China's because the calendar is reckoned in UTC+7 (1985: 21/1, not 20/2; 2007:
    // 17/2, not 18/2).
    [Theory]
    [InlineData(1985, 1, 21)]
    [InlineData(2007, 2, 17)]
    [InlineData(2018, 2, 16)]
    [InlineData(2019, 2, 5)]
    [InlineData(2020, 1, 25)]
    [InlineData(2021, 2, 12)]
    [InlineData(2022, 2, 1)]
    [InlineData(2023, 1, 22)]
    [InlineData(2024, 2, 10)]
    [InlineData(2025, 1, 29)]
    [InlineData(2026, 2, 17)]
    [InlineData(2027, 2, 6)]
    public void NewYear_IsThePublishedTet(int y, int m, int d)
    {
        var tet = new LocalDate(y, m, d);
        Assert.Equal(tet, LunarCalendar.NewYear(y));
        Assert.Equal(tet, NationalFrames.Get(new SchoolYear(y - 1)).Tet);
        Assert.Equal(tet, LunarCalendar.MonthStartOnOrBefore(tet));
    }

    [Fact]
    public void NewYear_EveryYear_IsANewMoonBetween21JanuaryAnd20February()
    {
        for (int y = LunarCalendar.FirstYear; y <= LunarCalendar.LastYear; y++)
        {
            LocalDate tet = LunarCalendar.NewYear(y);
            Assert.Equal(tet, LunarCalendar.MonthStartOnOrBefore(tet));
            Assert.InRange(tet, new LocalDate(y, 1, 20), new LocalDate(y, 2, 21));
        }
    }

    // 23 tháng Chạp (ông Công ông Táo): 14/1/2023 and 2/2/2024.
    [Theory]
    [InlineData(2022, "23 tháng Chạp", 2023, 1, 14)]
    [InlineData(2023, "23 tháng Chạp", 2024, 2, 2)]
    [InlineData(2023, "26 tháng Chạp", 2024, 2, 5)]
    [InlineData(2023, "10 tháng Giêng", 2024, 2, 19)]
    [InlineData(2023, "mùng 5 Tết", 2024, 2, 14)]
    [InlineData(2030, "mùng 1 Tết", 2031, 1, 23)]
    public void Parse_LunarDays_KnownSolarDates(int schoolYear, string text, int y, int m, int d)
    {
        var t = TimeframeParser.Parse(text, new SchoolYear(schoolYear)).Value;
        Assert.Equal(new LocalDate(y, m, d), t.GetStart(CalendarProvider.National));
    }

    /// <summary>
    /// A lunar date either exists in that year or fails to parse. The oracle is the new-moon series alone: day n of a
    /// month is n − 1 days after the new moon that starts it, tháng Giêng starts on Tết and tháng Chạp ends the day before.
    /// </summary>
    [Property(MaxTest = 300)]
    public Property LunarDay_ExistsOrFailsToParse()
        => Prop.ForAll(Gen.Choose(1900, 2199).Select(y => new SchoolYear(y)).ToArbitrary(), Gen.Elements("Chạp", "Giêng").ToArbitrary(),
            Gen.Choose(0, 32).ToArbitrary(), (year, month, day) =>
            {
                LocalDate tet = LunarCalendar.NewYear(year.EndYear);
                LocalDate start = month == "Giêng" ? tet : LunarCalendar.PreviousMonthStart(tet);
                LocalDate next = LunarCalendar.MonthStartOnOrBefore(start.PlusDays(31));
                int length = Period.Between(start, next, PeriodUnits.Days).Days;
                var result = TimeframeParser.Parse($"{day} tháng {month}", year);
                bool exists = day >= 1 && day <= length;
                return (length is 29 or 30
                        && result.Success == exists
                        && (!exists || result.Value.GetStart(CalendarProvider.National) == start.PlusDays(day - 1))
                        && (exists || result.Failure!.Message.Vietnamese.Contains($"không có ngày {day}")))
                    .Label($"{day} tháng {month} {year}: length {length}, {result}");
            });
}
