using System;
using System.Linq;
using CaiTien.Domain.Calendar;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CaiTien.Domain.Tests.Calendar;

[Properties(Arbitrary = new[] { typeof(Arbitraries), typeof(CalendarArbitraries) }, MaxTest = 300)]
public sealed class CalendarProperties
{
    /// <summary>
    /// Each date lies in the school year whose span runs from 1 August to the next 31 July around it, and in no other:
    /// the year is checked against the calendar facts (its span's first and last day), not against its own definition.
    /// </summary>
    [Property]
    public Property EachDate_BelongsToExactlyOneSchoolYear(LocalDate date, SchoolYear other)
    {
        var year = SchoolYear.FromDate(date);
        DateInterval span = year.AdministrativeYear;
        return (span.Start.Month == 8 && span.Start.Day == 1 && span.End.Month == 7 && span.End.Day == 31
                && span.Start <= date && date <= span.End && span.Length is 365 or 366
                && year.Contains(date) && (other == year || !other.Contains(date)))
            .Label($"{date} in {year} ({span}), other {other}");
    }

    [Property]
    public bool SchoolYear_ParseOfToString_RoundTrips(SchoolYear year) => SchoolYear.Parse(year.ToString()).Value == year;

    [Property]
    public bool SchoolYear_Ordering_FollowsStartYear(SchoolYear a, SchoolYear b)
        => (a < b) == (a.StartYear < b.StartYear) && (a == b) == (a.CompareTo(b) == 0);

    [Property]
    public bool Semesters_DoNotOverlapAndLieInsideTheYear(SchoolYear year, bool exclusive)
    {
        var c = SchoolCalendar.National(year, exclusive ? DeadlineMode.Exclusive : DeadlineMode.Inclusive);
        DateInterval one = c.GetSemester(Semester.First);
        DateInterval two = c.GetSemester(Semester.Second);
        return one.End < two.Start
            && c.TeachingSpan.Contains(one.Start) && c.TeachingSpan.Contains(one.End)
            && c.TeachingSpan.Contains(two.Start) && c.TeachingSpan.Contains(two.End)
            && c.AdministrativeYear.Contains(c.TeachingSpan.Start) && c.AdministrativeYear.Contains(c.TeachingSpan.End)
            && c.Summer.Start == c.YearLastDay.PlusDays(1) && c.Summer.End == c.AdministrativeYear.End;
    }

    [Property]
    public Property Timeframe_ParseOfCanonical_IsEqualAndResolvesToSameDays(Timeframe timeframe)
    {
        var reparsed = TimeframeParser.Parse(timeframe.ToCanonicalString(), timeframe.SchoolYear);
        var national = CalendarProvider.National;
        return (reparsed.Success && reparsed.Value.Equals(timeframe) && reparsed.Value.GetHashCode() == timeframe.GetHashCode()
                && reparsed.Value.GetStart(national) == timeframe.GetStart(national)
                && reparsed.Value.GetEnd(national) == timeframe.GetEnd(national))
            .Label($"{timeframe.Kind} \"{timeframe.ToCanonicalString()}\" read back as {(reparsed.Success ? reparsed.Value.Kind + " " + reparsed.Value.ToCanonicalString() : reparsed.Failure!.ToString())}");
    }

    /// <summary>
    /// Any text made of the words, numbers and marks schools use, in any order, reads or fails with a reason; a
    /// reading resolves on both deadline modes. Nothing throws.
    /// </summary>
    [Property(MaxTest = 1000)]
    public Property Parse_AnyTokenSoup_ReadsOrFails_NeverThrows()
        => Prop.ForAll(CalendarArbitraries.TokenSoup(), Gen.Choose(1900, 2199).Select(y => new SchoolYear(y)).ToArbitrary(), (text, year) =>
        {
            var result = TimeframeParser.Parse(text, year);
            if (!result.Success)
            {
                return (result.Failure!.Message.Vietnamese.Length > 0 && result.Failure.Message.English.Length > 0).Label(text);
            }
            var exclusive = new CalendarProvider(DeadlineMode.Exclusive);
            Timeframe t = result.Value;
            bool reversed = t.IsReversed(CalendarProvider.National);
            _ = t.GetStart(exclusive);
            _ = t.GetEnd(exclusive);
            _ = t.ToCanonicalString();
            if (!reversed && !t.IsReversed(exclusive))
            {
                _ = t.GetIntervals(CalendarProvider.National);
                _ = t.GetIntervals(exclusive);
            }
            return true.Label(text);
        });
}

public static class CalendarArbitraries
{
    private static readonly string[] Tokens =
    {
        "tháng", "Tháng", "năm", "năm học", "NH", "học kỳ", "HK", "kì", "I", "II", "quý", "IV", "ngày", "tuần", "Tuần", "từ", "Từ", "đến",
        "đến hết", "và", "hoặc", ",", ";", "/", "-", "–", ".", ":", "(", ")", "…", "trước", "chậm nhất", "sau", "Tết", "Nguyên đán", "mùng",
        "Chạp", "Giêng", "hè", "Hè", "đầu", "giữa", "cuối", "hằng", "hàng", "mỗi", "thường xuyên", "liên tục", "giai đoạn", "hoàn thành",
        "Thời gian thực hiện:", "thời gian hoàn thành:", "dự kiến", "Thứ 3", "khai giảng", "suốt", "cả", "sáu", "06", "0", "00", "1", "2",
        "5", "9", "10", "12", "13", "29", "30", "31", "32", "60", "61", "99", "1899", "1900", "1901", "2023", "2024", "2025", "2199",
        "2200", "9999", "23-24", "2023-2024", "2199-2200", "1900-1901", "99999999999", "２０２３", "٣", "\u0301", "\uD800", "x",
    };

    public static Arbitrary<string> TokenSoup()
        => Gen.Choose(1, 9).SelectMany(n => Gen.Elements(Tokens).ArrayOf(n))
            .SelectMany(_ => Gen.Elements(" ", "", "  "), (words, sep) => string.Join(sep, words)).ToArbitrary();

    public static Arbitrary<LocalDate> Dates()
        => Gen.Choose(-35000, 69000).Select(d => new LocalDate(2000, 1, 1).PlusDays(d)).ToArbitrary();

    public static Arbitrary<SchoolYear> SchoolYears() => Gen.Choose(1990, 2150).Select(y => new SchoolYear(y)).ToArbitrary();

    public static Arbitrary<Timeframe> Timeframes()
    {
        Gen<SchoolYear> years = Gen.Choose(2015, 2035).Select(y => new SchoolYear(y));
        Gen<PeriodPart> parts = Gen.Elements(PeriodPart.Whole, PeriodPart.Start, PeriodPart.Middle, PeriodPart.End);
        Gen<Timeframe> simple = Gen.OneOf(
            Dates().Generator.Select(d => Timeframe.ForDay(d)),
            Gen.Choose(2000, 2040).SelectMany(_ => Gen.Choose(1, 12), (y, m) => new YearMonth(y, m))
                .SelectMany(_ => parts, (m, p) => Timeframe.ForMonth(m, p)),
            Gen.Choose(2000, 2040).SelectMany(_ => Gen.Choose(1, 4), (y, q) => Timeframe.ForQuarter(y, q)),
            Gen.Choose(2000, 2040).SelectMany(_ => Gen.Choose(1, 2), (y, h) => Timeframe.ForHalfYear(y, h)),
            Gen.Choose(2000, 2040).Select(Timeframe.ForCalendarYear),
            years.SelectMany(_ => Gen.Elements(Semester.First, Semester.Second), (y, s) => (y, s))
                .SelectMany(_ => parts, (t, p) => Timeframe.ForSemester(t.y, t.s, p)),
            years.Select(Timeframe.ForSchoolYear),
            years.SelectMany(_ => Gen.Elements(Enum.GetValues<Recurrence>()), (y, r) => Timeframe.Recurring(y, r)),
            Gen.Choose(2000, 2030).SelectMany(_ => Gen.Choose(0, 6), (a, n) => Timeframe.ForYears(a, a + n)),
            years.SelectMany(_ => Gen.Elements(Enum.GetValues<RelativePeriod>()),
                (y, r) => Timeframe.ForRelative(y, r)),
            years.SelectMany(_ => Gen.Choose(1, 30), (y, a) => (y, a)).SelectMany(_ => Gen.Choose(0, 10), (t, n) => Timeframe.ForTeachingWeeks(t.y, t.a, t.a + n)),
            Gen.Choose(2018, 2026).SelectMany(_ => Gen.Choose(1, 10), (y, d) => Timeframe.ForTetDay(new SchoolYear(y), d)),
            Gen.Choose(2017, 2026).SelectMany(_ => Gen.Choose(1, 29), (y, d) => (y, d)).SelectMany(_ => Gen.Elements(1, 12), (t, m) => Timeframe.ForLunarDay(new SchoolYear(t.y), m, t.d)),
            Dates().Generator.Select(Timeframe.ForDeadline));
        Gen<Timeframe> single = simple.Where(t => t.Kind is not (TimeframeKind.Recurring or TimeframeKind.Deadline));
        Gen<Timeframe> deadlines = single.SelectMany(_ => Gen.Elements(true, false), (t, before) => before ? Timeframe.Before(t) : Timeframe.ForDeadline(t));
        Gen<Timeframe> several = Gen.Choose(2, 4).SelectMany(n => single.ArrayOf(n)).Select(Timeframe.ForSeveral);
        // A span's ends are self-contained periods: "from … to every year" or "from … to before X" is not a span anyone writes.
        Gen<Timeframe> spanEnd = simple.Where(t => t.Kind is not (TimeframeKind.Recurring or TimeframeKind.Deadline));
        Gen<Timeframe> spans = spanEnd.SelectMany(_ => spanEnd, (a, b) => Timeframe.ForSpan(a, b));
        Gen<Timeframe> open = Gen.OneOf(
            Dates().Generator.Select(d => Timeframe.ForOpenEnd(Timeframe.ForDay(d))),
            Gen.Choose(2000, 2040).SelectMany(_ => Gen.Choose(1, 12), (y, m) => Timeframe.ForOpenEnd(Timeframe.ForMonth(new YearMonth(y, m)))));
        return Gen.Frequency((6, simple), (2, spans), (1, open), (1, deadlines), (1, several)).ToArbitrary();
    }
}
