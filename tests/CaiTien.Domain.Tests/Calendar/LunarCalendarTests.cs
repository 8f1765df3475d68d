using CaiTien.Domain.Calendar;
using NodaTime;

namespace CaiTien.Domain.Tests.Calendar;

public sealed class LunarCalendarTests
{
    // Every Tết of the reference (first day of the lunar year) must be a new-moon day in UTC+7.
    [Theory]
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
    public void MonthStart_OnTet_IsTet(int y, int m, int d)
    {
        var tet = new LocalDate(y, m, d);
        Assert.Equal(tet, LunarCalendar.MonthStartOnOrBefore(tet));
        int chapLength = Period.Between(LunarCalendar.PreviousMonthStart(tet), tet, PeriodUnits.Days).Days;
        Assert.InRange(chapLength, 29, 30);
    }

    // 23 tháng Chạp (ông Công ông Táo): 14/1/2023 and 2/2/2024.
    [Theory]
    [InlineData(2022, "23 tháng Chạp", 2023, 1, 14)]
    [InlineData(2023, "23 tháng Chạp", 2024, 2, 2)]
    [InlineData(2023, "26 tháng Chạp", 2024, 2, 5)]
    [InlineData(2023, "10 tháng Giêng", 2024, 2, 19)]
    [InlineData(2023, "mùng 5 Tết", 2024, 2, 14)]
    public void Parse_LunarDays_KnownSolarDates(int schoolYear, string text, int y, int m, int d)
    {
        var t = TimeframeParser.Parse(text, new SchoolYear(schoolYear)).Value;
        Assert.Equal(new LocalDate(y, m, d), t.GetStart(CalendarProvider.National));
    }
}
