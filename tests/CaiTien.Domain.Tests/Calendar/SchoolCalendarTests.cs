using System.Linq;
using CaiTien.Domain.Calendar;
using NodaTime;
using NodaTime.Text;

namespace CaiTien.Domain.Tests.Calendar;

public sealed class SchoolCalendarTests
{
    // The national frames table of reference/school-year-calendar.md: year, report day, opening, semester I deadline,
    // year-end deadline, completion review, admissions, weeks I + II, graduation exam.
    [Theory]
    [InlineData(2017, "2017-08-01", "2017-09-05", "2018-01-20", "2018-05-31", "2018-06-15", "2018-07-31", 19, 18, null)]
    [InlineData(2018, "2018-08-01", "2018-09-05", "2019-01-20", "2019-05-31", "2019-06-15", "2019-07-31", 19, 18, "2019-06-25/2019-06-27")]
    [InlineData(2019, "2019-08-01", "2019-09-05", "2020-01-20", "2020-07-15", "2020-07-31", "2020-08-15", 19, 18, "2020-08-09/2020-08-10")]
    [InlineData(2020, "2020-09-01", "2020-09-05", "2021-01-16", "2021-05-31", "2021-06-15", "2021-07-31", 18, 17, "2021-07-07/2021-07-08")]
    [InlineData(2021, "2021-09-01", "2021-09-05", "2022-01-16", "2022-05-31", "2022-06-30", "2022-07-31", 18, 17, "2022-07-07/2022-07-08")]
    [InlineData(2022, "2022-08-29", "2022-09-05", "2023-01-15", "2023-05-31", "2023-06-30", "2023-07-31", 18, 17, "2023-06-28/2023-06-29")]
    [InlineData(2023, "2023-08-29", "2023-09-05", "2024-01-15", "2024-05-31", "2024-06-30", "2024-07-31", 18, 17, "2024-06-27/2024-06-28")]
    [InlineData(2024, "2024-08-29", "2024-09-05", "2025-01-18", "2025-05-31", "2025-06-30", "2025-07-31", 18, 17, "2025-06-26/2025-06-27")]
    [InlineData(2025, "2025-08-29", "2025-09-05", "2026-01-18", "2026-05-31", "2026-06-30", "2026-07-31", 18, 17, "2026-06-11/2026-06-12")]
    public void National_FrameYear_KeyDatesMatchReference(int startYear, string report, string opening, string semesterOne,
        string yearEnd, string completion, string admissions, int weeksOne, int weeksTwo, string? exam)
    {
        var frame = NationalFrames.Get(new SchoolYear(startYear));
        var calendar = SchoolCalendar.National(new SchoolYear(startYear));

        Assert.False(frame.IsProvisional);
        Assert.Equal(D(report), calendar.ReportDay);
        Assert.Equal(D(opening), calendar.Opening);
        Assert.Equal(D(semesterOne), calendar.SemesterOneLastDay);
        Assert.Equal(D(yearEnd), calendar.YearLastDay);
        Assert.Equal(D(completion), calendar.CompletionReviewLastDay);
        Assert.Equal(D(admissions), calendar.AdmissionsLastDay);
        Assert.Equal(weeksOne, frame.WeeksSemesterOne);
        Assert.Equal(weeksTwo, frame.WeeksSemesterTwo);
        Assert.Equal(exam, frame.GraduationExam is { } e ? $"{e.Start:yyyy-MM-dd}/{e.End:yyyy-MM-dd}" : null);
    }

    [Theory]
    [InlineData(2017, "QĐ 2071/QĐ-BGDĐT")]
    [InlineData(2021, "QĐ 2551/QĐ-BGDĐT")]
    [InlineData(2022, "QĐ 2159/QĐ-BGDĐT")]
    [InlineData(2023, "QĐ 2171/QĐ-BGDĐT")]
    [InlineData(2024, "QĐ 2045/QĐ-BGDĐT")]
    [InlineData(2025, "QĐ 2269/QĐ-BGDĐT")]
    public void National_FrameYear_CitesItsDecision(int startYear, string decision)
        => Assert.StartsWith(decision, NationalFrames.Get(new SchoolYear(startYear)).Decision);

    [Theory]
    [InlineData(2026)]
    [InlineData(2030)]
    [InlineData(2016)]
    public void National_YearWithoutDecision_IsProvisionalFromUsualPattern(int startYear)
    {
        var calendar = SchoolCalendar.National(new SchoolYear(startYear));
        Assert.True(calendar.IsProvisional);
        Assert.Contains("tạm tính", calendar.Frame.Decision);
        Assert.Equal(new LocalDate(startYear, 9, 5), calendar.Opening);
        Assert.Equal(new LocalDate(startYear + 1, 5, 31), calendar.YearLastDay);
        Assert.Equal(35, calendar.Frame.TeachingWeeks);
    }

    [Fact]
    public void Exclusive_DeadlinesEndTheDayBefore()
    {
        var calendar = SchoolCalendar.National(new SchoolYear(2023), DeadlineMode.Exclusive);
        Assert.Equal(new LocalDate(2024, 1, 14), calendar.SemesterOneLastDay);
        Assert.Equal(new LocalDate(2024, 5, 30), calendar.YearLastDay);
        Assert.Equal(new LocalDate(2024, 1, 15), calendar.SemesterTwoFirstDay);
    }

    [Fact]
    public void Province_OverrideAndTetBreak_LayerOnTopWithoutChangingNational()
    {
        var year = new SchoolYear(2023);
        var tet = new SchoolBreak("Nghỉ Tết Nguyên đán", new DateInterval(new LocalDate(2024, 2, 5), new LocalDate(2024, 2, 18)));
        var hcm = new ProvincialOverride("Thành phố Hồ Chí Minh", year, opening: new LocalDate(2023, 9, 5),
            semesterOneEndsBefore: new LocalDate(2024, 1, 13), yearEndsBefore: new LocalDate(2024, 5, 25), breaks: new[] { tet });
        var province = SchoolCalendar.ForProvince(hcm);
        var national = SchoolCalendar.National(year);

        Assert.Equal(new LocalDate(2024, 1, 13), province.SemesterOneLastDay);
        Assert.Equal(new LocalDate(2024, 1, 15), province.SemesterTwoFirstDay);
        Assert.Equal(new LocalDate(2024, 5, 25), province.YearLastDay);
        Assert.Equal(new LocalDate(2023, 8, 29), province.ReportDay);
        Assert.Equal(new LocalDate(2024, 1, 15), national.SemesterOneLastDay);
        Assert.Equal(new LocalDate(2024, 5, 31), national.YearLastDay);
        Assert.Empty(national.Breaks);

        // Week 23 of the national calendar is 5-11/2/2024; in the province those two Tết weeks are not counted.
        Assert.Equal(new LocalDate(2024, 2, 5), national.GetTeachingWeek(23).Start);
        Assert.Equal(new LocalDate(2024, 2, 19), province.GetTeachingWeek(23).Start);

        var provider = new CalendarProvider(DeadlineMode.Inclusive, new[] { hcm });
        Assert.Equal(new LocalDate(2024, 5, 25), TimeframeParser.Parse("Suốt năm học", year).Value.Resolve(provider).End);
        Assert.Equal(new LocalDate(2024, 5, 31), TimeframeParser.Parse("Suốt năm học", year).Value.Resolve(CalendarProvider.National).End);
    }

    [Fact]
    public void Spans_SummerAndBeforeOpening_TileTheAdministrativeYear()
    {
        var c = SchoolCalendar.National(new SchoolYear(2023));
        Assert.Equal(new LocalDate(2023, 8, 1), c.AdministrativeYear.Start);
        Assert.Equal(new LocalDate(2024, 7, 31), c.AdministrativeYear.End);
        Assert.Equal(new LocalDate(2024, 6, 1), c.Summer.Start);
        Assert.Equal(new LocalDate(2023, 9, 4), c.BeforeOpening.End);
        Assert.Equal(Semester.First, c.SemesterOf(new LocalDate(2023, 12, 1)));
        Assert.Equal(Semester.Second, c.SemesterOf(new LocalDate(2024, 3, 1)));
        Assert.Null(c.SemesterOf(new LocalDate(2024, 1, 18)));
        Assert.Null(c.SemesterOf(new LocalDate(2024, 6, 15)));
    }

    [Theory]
    [InlineData("2023-2024", 2023)]
    [InlineData("2023 - 2024", 2023)]
    [InlineData("2023–2024", 2023)]
    [InlineData("23-24", 2023)]
    [InlineData("NH 21-22", 2021)]
    [InlineData("niên khóa 2023-2024", 2023)]
    [InlineData("Năm học: 2024 – 2025", 2024)]
    public void SchoolYearParse_Variants_Reads(string text, int start) => Assert.Equal(start, SchoolYear.Parse(text).Value.StartYear);

    [Theory]
    [InlineData("2023-2025")]
    [InlineData("2023")]
    [InlineData("")]
    [InlineData("năm học")]
    public void SchoolYearParse_NotAYear_Fails(string text) => Assert.False(SchoolYear.Parse(text).Success);

    [Fact]
    public void SchoolYear_PreviousNextOrdering()
    {
        var y = new SchoolYear(2023);
        Assert.Equal("2022-2023", y.Previous.ToString());
        Assert.Equal("2024-2025", y.Next.ToString());
        Assert.True(y.Previous < y && y < y.Next);
        Assert.Equal(y, SchoolYear.FromDate(new LocalDate(2023, 8, 1)));
        Assert.Equal(y, SchoolYear.FromDate(new LocalDate(2024, 7, 31)));
        Assert.Equal(y.Next, SchoolYear.FromDate(new LocalDate(2024, 8, 1)));
    }

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;
}
