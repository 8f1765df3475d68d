using System.Linq;
using CaiTien.Domain.Calendar;
using NodaTime;

namespace CaiTien.Domain.Tests.Calendar;

/// <summary>Regressions for the readings issue 10 §3 found wrong or missing, each against dates worked out by hand.</summary>
public sealed class TimeframeReadingTests
{
    private static readonly SchoolYear Y2324 = new(2023);
    private static readonly SchoolYear Y2425 = new(2024);
    private static readonly CalendarProvider Inclusive = CalendarProvider.National;
    private static readonly CalendarProvider Exclusive = new(DeadlineMode.Exclusive);

    [Fact]
    public void Parse_BeforeMonth_FollowsDeadlineModeAndSaysSo()
    {
        var result = TimeframeParser.Parse("trước tháng 5", Y2324);

        Assert.True(result.Success, result.Failure?.ToString());
        Assert.True(result.Value.IsBefore);
        Assert.Equal(new LocalDate(2024, 5, 31), result.Value.GetEnd(Inclusive));
        Assert.Equal(new LocalDate(2024, 4, 30), result.Value.GetEnd(Exclusive));
        Assert.Contains(result.Notes, n => n.Vietnamese.Contains("đọc là hạn chót") && n.Vietnamese.Contains("tháng 5"));
    }

    [Fact]
    public void Parse_BeforeDay_FollowsDeadlineMode_AtTheLatestDoesNot()
    {
        Assert.Equal(new LocalDate(2024, 5, 30), TimeframeParser.Parse("trước ngày 31/5", Y2324).Value.GetEnd(Exclusive));
        Assert.Equal(new LocalDate(2024, 5, 31), TimeframeParser.Parse("trước ngày 31/5", Y2324).Value.GetEnd(Inclusive));
        Assert.Equal(new LocalDate(2024, 5, 15), TimeframeParser.Parse("chậm nhất ngày 15/5/2024", Y2324).Value.GetEnd(Exclusive));
        Assert.False(TimeframeParser.Parse("chậm nhất ngày 15/5/2024", Y2324).Value.IsBefore);
    }

    [Fact]
    public void Parse_TwoMonthsJoinedByVa_AreTwoIntervals()
    {
        var t = TimeframeParser.Parse("Tháng 10/2024 và tháng 3/2025", Y2425).Value;

        Assert.Equal(TimeframeKind.Several, t.Kind);
        Assert.Equal(
            new[] { new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2024, 10, 31)), new DateInterval(new LocalDate(2025, 3, 1), new LocalDate(2025, 3, 31)) },
            t.GetIntervals(Inclusive));
    }

    [Fact]
    public void Parse_ConsecutiveMonthsSharingAYear_AreOneInterval()
    {
        var t = TimeframeParser.Parse("Tháng 10, 11/2024", Y2425).Value;

        Assert.Equal(new[] { new YearMonth(2024, 10), new YearMonth(2024, 11) }, t.Parts.Select(p => p.Month!.Value));
        Assert.Equal(new[] { new DateInterval(new LocalDate(2024, 10, 1), new LocalDate(2024, 11, 30)) }, t.GetIntervals(Inclusive));
    }

    [Fact]
    public void Parse_MonthListAcrossNewYear_TakesTheEarlierYearAndSaysSo()
    {
        var result = TimeframeParser.Parse("Tháng 12, 1/2025", Y2425);

        Assert.Equal(new[] { new YearMonth(2024, 12), new YearMonth(2025, 1) }, result.Value.Parts.Select(p => p.Month!.Value));
        Assert.Contains(result.Notes, n => n.Vietnamese.Contains("lấy năm 2024"));
    }

    [Fact]
    public void Parse_FromWithoutEnd_IsOpenEndedWithANote()
    {
        var result = TimeframeParser.Parse("Từ tháng 10/2024", Y2425);

        Assert.Equal(TimeframeKind.OpenEnded, result.Value.Kind);
        Assert.Equal(new LocalDate(2025, 5, 31), result.Value.GetEnd(Inclusive));
        Assert.Contains(result.Notes, n => n.Vietnamese.Contains("Không ghi thời gian kết thúc"));
    }

    [Theory]
    [InlineData("Trước Tết", 2024, "2024-08-01", "2025-01-28")]
    [InlineData("Sau Tết Nguyên đán", 2024, "2025-02-01", "2025-05-31")]
    [InlineData("sau Tết 2024", 2025, "2024-02-13", "2024-05-31")]
    public void Parse_BeforeAndAfterTet_PlacedOnTheLunarNewYear(string text, int context, string start, string end)
    {
        var result = TimeframeParser.Parse(text, new SchoolYear(context));

        Assert.Equal(new DateInterval(LocalDateOf(start), LocalDateOf(end)), result.Value.Resolve(Inclusive));
        Assert.NotEmpty(result.Notes);
    }

    [Fact]
    public void Parse_SummerOfAYear_IsTheSummerEndingThatSchoolYear()
    {
        var result = TimeframeParser.Parse("Hè 2025", Y2324);

        Assert.Equal(RelativePeriod.Summer, result.Value.Relative);
        Assert.Equal(new SchoolYear(2024), result.Value.SchoolYear);
        Assert.Contains(result.Notes, n => n.Vietnamese == "Hè 2025 đọc là hè cuối năm học 2024-2025");
    }

    [Theory]
    [InlineData("Hằng tháng", Recurrence.Monthly)]
    [InlineData("Hàng tuần", Recurrence.Weekly)]
    [InlineData("Hằng quý", Recurrence.Quarterly)]
    [InlineData("hằng ngày", Recurrence.Daily)]
    [InlineData("mỗi học kì", Recurrence.EverySemester)]
    [InlineData("Hàng năm", Recurrence.Yearly)]
    public void Parse_RecurringWork_SaysHowOften(string text, Recurrence every)
        => Assert.Equal(every, TimeframeParser.Parse(text, Y2324).Value.Recurrence);

    [Fact]
    public void Parse_BareYearRange_IsReadAsSeveralYearsWithANote()
    {
        var result = TimeframeParser.Parse("2020-2024", Y2324);

        Assert.Equal(TimeframeKind.MultiYear, result.Value.Kind);
        Assert.Contains(result.Notes, n => n.Vietnamese.Contains("không ghi \"giai đoạn\""));
        Assert.Empty(TimeframeParser.Parse("giai đoạn 2020-2024", Y2324).Notes);
    }

    // Tháng Chạp before Tết 2025 began on 31/12/2024 and Tết was 29/1/2025: 29 days, no "30 Tết".
    // Tháng Giêng of 2024 ran from 10/2/2024 to 9/3/2024: 29 days.
    [Theory]
    [InlineData("30 tháng Chạp", 2024, "29 ngày")]
    [InlineData("30 tháng Giêng", 2023, "29 ngày")]
    [InlineData("31 tháng Chạp", 2023, "không có ngày 31")]
    [InlineData("0 tháng Giêng", 2023, "không có ngày 0")]
    public void Parse_LunarDayThatDoesNotExist_FailsWithTheReason(string text, int year, string reason)
    {
        var result = TimeframeParser.Parse(text, new SchoolYear(year));

        Assert.False(result.Success);
        Assert.Contains(reason, result.Failure!.Message.Vietnamese);
        Assert.Equal(text, result.Failure.UnreadText);
    }

    [Theory]
    [InlineData("30 tháng Chạp", 2023, "2024-02-09")]
    [InlineData("29 tháng Chạp", 2024, "2025-01-28")]
    [InlineData("29 tháng Giêng", 2023, "2024-03-09")]
    [InlineData("mùng 5 tháng Giêng", 2023, "2024-02-14")]
    public void Parse_LunarDayThatExists_IsThatDay(string text, int year, string date)
        => Assert.Equal(LocalDateOf(date), TimeframeParser.Parse(text, new SchoolYear(year)).Value.GetStart(Inclusive));

    [Theory]
    [InlineData("Tháng 10/2024 và tháng 13/2025", "13", "Tháng 13 không có thật")]
    [InlineData("Hằng tháng và khi cần", "Hằng tháng và khi cần", "Không đọc được")]
    [InlineData("trước khi họp phụ huynh", "khi họp phụ huynh", "Không đọc được")]
    [InlineData("Từ tháng 10/2024 cho đến khi xong", "khi xong", "Không đọc được")]
    [InlineData("quý V/2025", "quý V/2025", "Không đọc được")]
    [InlineData("Tháng 11, 13/2024", "13", "Tháng 13 không có thật")]
    public void Parse_UnreadablePart_IsQuoted(string text, string unread, string reason)
    {
        var result = TimeframeParser.Parse(text, Y2425);

        Assert.False(result.Success, result.Success ? result.Value.ToCanonicalString() : null);
        Assert.Equal(unread, result.Failure!.UnreadText);
        Assert.Contains(reason, result.Failure.Message.Vietnamese);
    }

    [Theory]
    [InlineData("tháng 3/1900")]
    [InlineData("quý I/1900")]
    [InlineData("sáu tháng đầu năm 1900")]
    [InlineData("năm 2200")]
    [InlineData("31/12/2200")]
    [InlineData("năm học 2199-2200")]
    [InlineData("Hè 1900")]
    [InlineData("sau Tết 2200")]
    [InlineData("２０２３-２０２４")]
    [InlineData("tháng ９/２０２３")]
    public void Parse_YearsBeyondTheCalendar_FailOrResolveWithoutThrowing(string text)
    {
        var result = TimeframeParser.Parse(text, new SchoolYear(2199));
        if (result.Success)
        {
            Assert.True(result.Value.GetStart(Inclusive) <= result.Value.GetEnd(Exclusive).PlusDays(1));
        }
        else
        {
            Assert.NotEmpty(result.Failure!.Message.English);
        }
    }

    [Fact]
    public void Equality_IsByMeaningNotWording()
    {
        Timeframe written = TimeframeParser.Parse("Tháng 10/2024", Y2324).Value;

        Assert.Equal(Timeframe.ForMonth(new YearMonth(2024, 10)), written);
        Assert.Equal(Timeframe.ForMonth(new YearMonth(2024, 10)).GetHashCode(), written.GetHashCode());
        Assert.NotEqual(Timeframe.ForMonth(new YearMonth(2024, 11)), written);
        Assert.True(TimeframeParser.Parse("HKI", Y2324).Value == TimeframeParser.Parse("học kỳ 1", Y2324).Value);
        Assert.True(TimeframeParser.Parse("HKI", Y2324).Value != TimeframeParser.Parse("HKI", Y2425).Value);
        Assert.Equal(Timeframe.ForDay(new LocalDate(2024, 5, 31), Y2324), Timeframe.ForDay(new LocalDate(2024, 5, 31), Y2425));
        Assert.NotEqual(Timeframe.Before(Timeframe.ForMonth(new YearMonth(2024, 5))), Timeframe.ForDeadline(Timeframe.ForMonth(new YearMonth(2024, 5))));
        Assert.NotEqual(Timeframe.Recurring(Y2324, Recurrence.Monthly), Timeframe.Recurring(Y2324, Recurrence.Weekly));
        Assert.False(written.Equals(null));
    }

    private static LocalDate LocalDateOf(string iso) => NodaTime.Text.LocalDatePattern.Iso.Parse(iso).Value;
}
