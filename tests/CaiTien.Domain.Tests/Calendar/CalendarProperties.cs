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
    [Property]
    public bool EachDate_BelongsToExactlyOneSchoolYear(LocalDate date)
    {
        var year = SchoolYear.FromDate(date);
        return year.Contains(date) && year.AdministrativeYear.Contains(date)
            && !year.Previous.AdministrativeYear.Contains(date) && !year.Next.AdministrativeYear.Contains(date);
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
    public bool Timeframe_ParseOfCanonical_ResolvesToSameInterval(Timeframe timeframe)
    {
        var reparsed = TimeframeParser.Parse(timeframe.ToCanonicalString(), timeframe.SchoolYear);
        var national = CalendarProvider.National;
        return reparsed.Success
            && reparsed.Value.GetStart(national) == timeframe.GetStart(national)
            && reparsed.Value.GetEnd(national) == timeframe.GetEnd(national);
    }
}

public static class CalendarArbitraries
{
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
            years.Select(Timeframe.Recurring),
            Gen.Choose(2000, 2030).SelectMany(_ => Gen.Choose(0, 6), (a, n) => Timeframe.ForYears(a, a + n)),
            years.SelectMany(_ => Gen.Elements(RelativePeriod.StartOfYear, RelativePeriod.EndOfYear, RelativePeriod.Summer, RelativePeriod.BeforeOpening),
                (y, r) => Timeframe.ForRelative(y, r)),
            years.SelectMany(_ => Gen.Choose(1, 30), (y, a) => (y, a)).SelectMany(_ => Gen.Choose(0, 10), (t, n) => Timeframe.ForTeachingWeeks(t.y, t.a, t.a + n)),
            Gen.Choose(2018, 2026).SelectMany(_ => Gen.Choose(1, 10), (y, d) => Timeframe.ForTetDay(new SchoolYear(y), d)),
            Gen.Choose(2017, 2026).SelectMany(_ => Gen.Choose(1, 29), (y, d) => (y, d)).SelectMany(_ => Gen.Elements(1, 12), (t, m) => Timeframe.ForLunarDay(new SchoolYear(t.y), m, t.d)),
            Dates().Generator.Select(Timeframe.ForDeadline));
        // A span's ends are self-contained periods: "from … to every year" or "from … to before X" is not a span anyone writes.
        Gen<Timeframe> spanEnd = simple.Where(t => t.Kind is not (TimeframeKind.Recurring or TimeframeKind.Deadline));
        Gen<Timeframe> spans = spanEnd.SelectMany(_ => spanEnd, (a, b) => Timeframe.ForSpan(a, b));
        Gen<Timeframe> open = Gen.OneOf(
            Dates().Generator.Select(d => Timeframe.ForOpenEnd(Timeframe.ForDay(d))),
            Gen.Choose(2000, 2040).SelectMany(_ => Gen.Choose(1, 12), (y, m) => Timeframe.ForOpenEnd(Timeframe.ForMonth(new YearMonth(y, m)))));
        return Gen.Frequency((6, simple), (2, spans), (1, open)).ToArbitrary();
    }
}
