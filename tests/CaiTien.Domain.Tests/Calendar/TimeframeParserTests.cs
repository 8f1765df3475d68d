using System;
using System.Diagnostics;
using System.Linq;
using CaiTien.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace CaiTien.Domain.Tests.Calendar;

public sealed class TimeframeParserTests
{
    private static readonly SchoolYear Y2324 = new(2023);
    private static readonly CalendarProvider National = CalendarProvider.National;

    // Every phrase of reference/school-year-calendar.md ("How school documents write time") and the corpus, read in
    // the context of school year 2023-2024 (national calendar, deadlines inclusive: report day 29/8/2023, opening
    // 5/9/2023, semester I to 15/1/2024, semester II from 22/1/2024, year ends 31/5/2024, completion review 30/6/2024).
    [Theory]
    // School year
    [InlineData("Năm học 2023-2024", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    [InlineData("năm học 2020 - 2021", "2020-09-01", "2021-05-31", TimeframeKind.SchoolYear)]
    [InlineData("Năm học: 2024 – 2025", "2024-08-29", "2025-05-31", TimeframeKind.SchoolYear)]
    [InlineData("NĂM HỌC 23-24", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    [InlineData("NH 21-22", "2021-09-01", "2022-05-31", TimeframeKind.SchoolYear)]
    [InlineData("niên khóa 2023-2024", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    [InlineData("năm học 23-24", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    // Semester
    [InlineData("Học kỳ I", "2023-08-29", "2024-01-15", TimeframeKind.Semester)]
    [InlineData("học kỳ 1", "2023-08-29", "2024-01-15", TimeframeKind.Semester)]
    [InlineData("HKI", "2023-08-29", "2024-01-15", TimeframeKind.Semester)]
    [InlineData("HK I", "2023-08-29", "2024-01-15", TimeframeKind.Semester)]
    [InlineData("HK1", "2023-08-29", "2024-01-15", TimeframeKind.Semester)]
    [InlineData("học kì II", "2024-01-22", "2024-05-31", TimeframeKind.Semester)]
    [InlineData("Giữa học kì I", "2023-10-24", "2023-11-20", TimeframeKind.Semester)]
    [InlineData("Cuối học kì II", "2024-05-04", "2024-05-31", TimeframeKind.Semester)]
    [InlineData("HKI, năm học 23-24", "2023-08-29", "2024-01-15", TimeframeKind.Semester)]
    [InlineData("HKI năm học 2023 - 2024", "2023-08-29", "2024-01-15", TimeframeKind.Semester)]
    [InlineData("HKII năm học 2022-2023", "2023-01-16", "2023-05-31", TimeframeKind.Semester)]
    // Whole year or ongoing
    [InlineData("Suốt năm học", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    [InlineData("xuyên suốt năm học", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    [InlineData("trong suốt năm học", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    [InlineData("thường xuyên", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    [InlineData("Từ tháng 9/2026 và thường xuyên", "2026-09-01", "2027-05-31", TimeframeKind.OpenEnded)]
    // Recurring
    [InlineData("Hàng năm", "2023-08-29", "2024-05-31", TimeframeKind.Recurring)]
    [InlineData("Hằng năm", "2023-08-29", "2024-05-31", TimeframeKind.Recurring)]
    [InlineData("như hằng năm", "2023-08-29", "2024-05-31", TimeframeKind.Recurring)]
    // Relative
    [InlineData("đầu năm học", "2023-08-29", "2023-09-30", TimeframeKind.Relative)]
    [InlineData("cuối năm học", "2024-05-01", "2024-06-30", TimeframeKind.Relative)]
    [InlineData("trong hè", "2024-06-01", "2024-07-31", TimeframeKind.Relative)]
    [InlineData("trong dịp hè", "2024-06-01", "2024-07-31", TimeframeKind.Relative)]
    [InlineData("nghỉ hè", "2024-06-01", "2024-07-31", TimeframeKind.Relative)]
    [InlineData("trước khai giảng", "2023-08-01", "2023-09-04", TimeframeKind.Relative)]
    // Month
    [InlineData("9/2023", "2023-09-01", "2023-09-30", TimeframeKind.Month)]
    [InlineData("tháng 9/2023", "2023-09-01", "2023-09-30", TimeframeKind.Month)]
    [InlineData("Tháng 07/2026", "2026-07-01", "2026-07-31", TimeframeKind.Month)]
    [InlineData("trong tháng 10/2018", "2018-10-01", "2018-10-31", TimeframeKind.Month)]
    [InlineData("đầu tháng 6/2023", "2023-06-01", "2023-06-10", TimeframeKind.Month)]
    [InlineData("Thời gian hoàn thành: tháng 4 năm 2022", "2022-04-01", "2022-04-30", TimeframeKind.Month)]
    [InlineData("tháng 2", "2024-02-01", "2024-02-29", TimeframeKind.Month)]
    // Start and end given separately (corpus/plan-2021-2022-thcs.txt)
    [InlineData("Thời gian thực hiện: từ tháng 8 năm 2021 Thời gian hoàn thành: tháng 4 năm 2022", "2021-08-01", "2022-04-30", TimeframeKind.Span)]
    [InlineData("Thời gian thực hiện: từ tháng 8 năm 2021 … Thời gian hoàn thành: tháng 4 năm 2022", "2021-08-01", "2022-04-30", TimeframeKind.Span)]
    // Quarter and half-year
    [InlineData("Quý I", "2024-01-01", "2024-03-31", TimeframeKind.Quarter)]
    [InlineData("Quý I năm 2018", "2018-01-01", "2018-03-31", TimeframeKind.Quarter)]
    [InlineData("quý IV và năm 2025", "2025-10-01", "2025-12-31", TimeframeKind.Quarter)]
    [InlineData("sáu tháng đầu năm 2026", "2026-01-01", "2026-06-30", TimeframeKind.HalfYear)]
    [InlineData("06 tháng đầu năm", "2024-01-01", "2024-06-30", TimeframeKind.HalfYear)]
    // Multi-year
    [InlineData("2021-2025", "2021-01-01", "2025-12-31", TimeframeKind.MultiYear)]
    [InlineData("giai đoạn 2024-2025", "2024-01-01", "2025-12-31", TimeframeKind.MultiYear)]
    [InlineData("giai đoạn 2022 – 2025", "2022-01-01", "2025-12-31", TimeframeKind.MultiYear)]
    [InlineData("nhiệm kỳ 2016 - 2021", "2016-01-01", "2021-12-31", TimeframeKind.MultiYear)]
    // Dates
    [InlineData("05/9/2022", "2022-09-05", "2022-09-05", TimeframeKind.Day)]
    [InlineData("5/9/2025", "2025-09-05", "2025-09-05", TimeframeKind.Day)]
    [InlineData("5.9.2018", "2018-09-05", "2018-09-05", TimeframeKind.Day)]
    [InlineData("5-9-2025", "2025-09-05", "2025-09-05", TimeframeKind.Day)]
    [InlineData("ngày 05 tháng 9 năm 2021", "2021-09-05", "2021-09-05", TimeframeKind.Day)]
    [InlineData("ngày 15 tháng 5 năm 2023", "2023-05-15", "2023-05-15", TimeframeKind.Day)]
    [InlineData("trước ngày 31/5", "2023-08-01", "2024-05-31", TimeframeKind.Deadline)]
    [InlineData("Thứ 3, 25/02/2020", "2020-02-25", "2020-02-25", TimeframeKind.Day)]
    // Ranges
    [InlineData("25/01/2025 - 02/02/2025", "2025-01-25", "2025-02-02", TimeframeKind.Span)]
    [InlineData("từ ngày 25/1/2025 đến hết ngày 2/2/2025", "2025-01-25", "2025-02-02", TimeframeKind.Span)]
    [InlineData("từ 24/06 đến 27/06", "2024-06-24", "2024-06-27", TimeframeKind.Span)]
    [InlineData("ngày 7-8/7", "2024-07-07", "2024-07-08", TimeframeKind.Span)]
    [InlineData("ngày 11 và 12/6/2026", "2026-06-11", "2026-06-12", TimeframeKind.Several)]
    // Weeks (week 1 is the week of the opening, Monday 4/9/2023)
    [InlineData("Tuần 1-18", "2023-09-04", "2024-01-07", TimeframeKind.TeachingWeeks)]
    [InlineData("Tuần 19", "2024-01-08", "2024-01-14", TimeframeKind.TeachingWeeks)]
    [InlineData("Tuần 9 / Tuần 27", "2023-10-30", "2024-03-10", TimeframeKind.Span)]
    // Lunar
    [InlineData("mùng 5 Tết", "2024-02-14", "2024-02-14", TimeframeKind.TetDay)]
    [InlineData("26 tháng Chạp", "2024-02-05", "2024-02-05", TimeframeKind.LunarDay)]
    // Deadlines
    [InlineData("chậm nhất ngày 15/5/2024", "2023-08-01", "2024-05-15", TimeframeKind.Deadline)]
    [InlineData("trước ngày 10/9/2023", "2023-08-01", "2023-09-10", TimeframeKind.Deadline)]
    // Corpus (plan-supervision-report-2023-2024-thcs.txt)
    [InlineData("dự kiến đầu tháng 6/2023", "2023-06-01", "2023-06-10", TimeframeKind.Month)]
    // Forms schools write that the first parser missed (issue 10 §3)
    [InlineData("Hằng tháng", "2023-08-29", "2024-05-31", TimeframeKind.Recurring)]
    [InlineData("Hàng tuần", "2023-08-29", "2024-05-31", TimeframeKind.Recurring)]
    [InlineData("Hằng quý", "2023-08-29", "2024-05-31", TimeframeKind.Recurring)]
    [InlineData("Thường xuyên trong năm học", "2023-08-29", "2024-05-31", TimeframeKind.SchoolYear)]
    [InlineData("Quý I/2025", "2025-01-01", "2025-03-31", TimeframeKind.Quarter)]
    [InlineData("Từ tháng 10/2024", "2024-10-01", "2025-05-31", TimeframeKind.OpenEnded)]
    [InlineData("Trước Tết", "2023-08-01", "2024-02-09", TimeframeKind.Relative)]
    [InlineData("Sau Tết Nguyên đán", "2024-02-13", "2024-05-31", TimeframeKind.Relative)]
    [InlineData("Hè 2025", "2025-06-01", "2025-07-31", TimeframeKind.Relative)]
    [InlineData("Tháng 10, 11/2024", "2024-10-01", "2024-11-30", TimeframeKind.Several)]
    [InlineData("Tháng 10/2024 và tháng 3/2025", "2024-10-01", "2025-03-31", TimeframeKind.Several)]
    [InlineData("trước tháng 5", "2023-08-01", "2024-05-31", TimeframeKind.Deadline)]
    [InlineData("30 tháng Chạp", "2024-02-09", "2024-02-09", TimeframeKind.LunarDay)]
    public void Parse_ReferencePhrase_ResolvesToInterval(string text, string start, string end, TimeframeKind kind)
    {
        var result = TimeframeParser.Parse(text, Y2324);

        Assert.True(result.Success, result.Failure?.ToString());
        var timeframe = result.Value;
        Assert.Equal(kind, timeframe.Kind);
        Assert.Equal(new DateInterval(Date(start), Date(end)), timeframe.Resolve(National));
        Assert.Equal(CaiTien.Domain.Text.VietnameseText.Normalize(text), timeframe.Text);
    }

    [Theory]
    [InlineData("trước ngày 31/5", "2024")]
    [InlineData("Quý I", "2024")]
    [InlineData("từ 24/06 đến 27/06", "2024")]
    public void Parse_YearLeftOut_NoteSaysWhichYearWasTaken(string text, string year)
    {
        var result = TimeframeParser.Parse(text, Y2324);
        Assert.Contains(result.Notes, n => n.Vietnamese == $"Năm {year} lấy theo năm học 2023-2024");
    }

    [Fact]
    public void Parse_QuarterAndYear_NoteSaysHowVaWasRead()
        => Assert.Contains(TimeframeParser.Parse("quý IV và năm 2025", Y2324).Notes, n => n.Vietnamese.Contains("quý IV năm 2025"));

    [Theory]
    [InlineData("", "bỏ trống")]
    [InlineData("   ", "bỏ trống")]
    [InlineData("tháng 13/2023", "Tháng 13 không có thật")]
    [InlineData("31/2/2024", "Ngày 31/2/2024 không có thật")]
    [InlineData("rằm tháng Bảy âm lịch", "âm lịch")]
    [InlineData("2023年9月 тест", "Không đọc được thời gian")]
    [InlineData("khi nào rảnh", "Không đọc được thời gian")]
    [InlineData("từ tháng 8 năm 2021 đến khi nào xong", "Không đọc được thời gian")]
    [InlineData("năm học 2023-2025", "hai năm liền nhau")]
    [InlineData("Tuần 0", "Tuần 0 không hợp lệ")]
    [InlineData("Tuần 18-3", "Tuần 18-3 không hợp lệ")]
    public void Parse_Garbage_FailsWithClearMessage(string text, string expected)
    {
        var result = TimeframeParser.Parse(text, Y2324);
        Assert.False(result.Success);
        Assert.Contains(expected, result.Failure!.Message.Vietnamese);
        Assert.False(string.IsNullOrEmpty(result.Failure.Message.English));
    }

    [Fact]
    public void Parse_UnreadPart_QuotesTextAsWritten()
    {
        var result = TimeframeParser.Parse("từ tháng 8 năm 2021 đến khi nào xong", Y2324);
        Assert.Equal("khi nào xong", result.Failure!.UnreadText);
    }

    [Fact]
    public void Parse_HostileInputs_FailFastWithoutException()
    {
        string[] inputs =
        {
            new string('x', 100_000),
            string.Concat(Enumerable.Repeat("tháng 9/2023 ", 8000)),
            string.Concat(Enumerable.Repeat("-", 290)),
            string.Concat(Enumerable.Repeat("1-", 145)),
            string.Concat(Enumerable.Repeat("từ ", 95)),
            "\u0000\u0001\uFFFF",
            "𝟙𝟚/𝟚𝟘𝟚𝟛",
            "tháng 9/2023\u202E",
        };
        var watch = Stopwatch.StartNew();
        foreach (string input in inputs)
        {
            var result = TimeframeParser.Parse(input, Y2324);
            Assert.False(result.Success);
            Assert.NotNull(result.Failure!.Message.Vietnamese);
        }
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Parse_ReversedSpan_IsRepresentableAndReported()
    {
        var timeframe = TimeframeParser.Parse("từ tháng 5/2024 đến tháng 9/2023", Y2324).Value;
        Assert.True(timeframe.IsReversed(National));
        Assert.Equal(new LocalDate(2024, 5, 1), timeframe.GetStart(National));
        Assert.Throws<InvalidOperationException>(() => timeframe.Resolve(National));
    }

    [Theory]
    [InlineData("2021-2025", true, false, false)]
    [InlineData("giai đoạn 2024-2025", true, false, false)]
    [InlineData("Năm học 2023-2024", false, false, false)]
    [InlineData("Hằng năm", false, true, false)]
    [InlineData("Hằng tháng", false, true, false)]
    [InlineData("Từ tháng 9/2026 và thường xuyên", false, false, true)]
    [InlineData("Từ tháng 10/2024", false, false, true)]
    [InlineData("từ tháng 9/2021 đến tháng 5/2025", false, false, false)]
    [InlineData("từ năm 2021 đến năm 2025", false, false, false)]
    [InlineData("từ tháng 9/2021 đến giai đoạn 2024-2025", true, false, false)]
    public void Parse_Flags_MultiYearRecurringOpenEnded(string text, bool multiYear, bool recurring, bool openEnded)
    {
        var t = TimeframeParser.Parse(text, Y2324).Value;
        Assert.Equal(multiYear, t.IsMultiYear);
        Assert.Equal(recurring, t.IsRecurring);
        Assert.Equal(openEnded, t.IsOpenEnded);
    }

    [Theory]
    [InlineData("HKI, năm học 23-24", "học kỳ I năm học 2023-2024")]
    [InlineData("Thời gian thực hiện: từ tháng 8 năm 2021 Thời gian hoàn thành: tháng 4 năm 2022", "từ tháng 8/2021 đến tháng 4/2022")]
    [InlineData("Hằng năm", "hằng năm")]
    [InlineData("9/2023", "tháng 9/2023")]
    [InlineData("25/01/2025 - 02/02/2025", "từ ngày 25/1/2025 đến ngày 2/2/2025")]
    [InlineData("Hằng tháng", "hằng tháng năm học 2023-2024")]
    [InlineData("Tháng 10/2024 và tháng 3/2025", "tháng 10/2024 và tháng 3/2025")]
    [InlineData("trước ngày 31/5", "trước ngày 31/5/2024")]
    [InlineData("chậm nhất ngày 15/5/2024", "chậm nhất ngày 15/5/2024")]
    [InlineData("Hè 2025", "hè năm học 2024-2025")]
    public void Format_Canonical(string text, string canonical)
        => Assert.Equal(canonical, TimeframeParser.Parse(text, Y2324).Value.ToCanonicalString());

    private static LocalDate Date(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
