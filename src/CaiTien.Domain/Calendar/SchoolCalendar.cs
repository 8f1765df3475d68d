using System;
using System.Collections.Generic;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>
/// A school year's calendar resolved to days: national frame, optional provincial override, and the deadline mode.
/// </summary>
/// <remarks>
/// Immutable. Its spans: <see cref="AdministrativeYear"/> (1/8–31/7) ⊇ <see cref="BeforeOpening"/>,
/// <see cref="TeachingSpan"/> (report day to year end) and <see cref="Summer"/>. Semester I runs from the report day
/// to its deadline; semester II from the Monday after to the year end, so the two never overlap and both lie inside
/// the teaching span.
/// </remarks>
public sealed class SchoolCalendar
{
    private SchoolCalendar(NationalFrame frame, ProvincialOverride? province, DeadlineMode mode)
    {
        Frame = frame;
        Province = province;
        DeadlineMode = Preconditions.CheckDefined(mode);
        Year = frame.Year;
        Opening = province?.Opening ?? frame.Opening;
        ReportDay = ReportDayOf(frame, province);
        SemesterOneLastDay = LastDay(province?.SemesterOneEndsBefore ?? frame.SemesterOneEndsBefore, mode);
        YearLastDay = LastDay(province?.YearEndsBefore ?? frame.YearEndsBefore, mode);
        CompletionReviewLastDay = LastDay(frame.CompletionReviewBefore, mode);
        AdmissionsLastDay = LastDay(frame.AdmissionsBefore, mode);
        SemesterTwoFirstDay = SemesterOneLastDay.Next(IsoDayOfWeek.Monday);
        Breaks = province?.Breaks ?? Array.Empty<SchoolBreak>();
        DateInterval admin = Year.AdministrativeYear;
        AdministrativeYear = admin;
        TeachingSpan = new DateInterval(ReportDay, YearLastDay);
        BeforeOpening = new DateInterval(admin.Start, Opening.PlusDays(-1));
        Summer = new DateInterval(YearLastDay.PlusDays(1), admin.End);
    }

    /// <summary>The national calendar of a school year.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="mode">How "before date X" deadlines are read.</param>
    /// <returns>The calendar.</returns>
    public static SchoolCalendar National(SchoolYear year, DeadlineMode mode = DeadlineMode.Inclusive)
        => new(NationalFrames.Get(year), null, mode);

    /// <summary>A province's calendar: its override on top of the national frame.</summary>
    /// <param name="province">The override.</param>
    /// <param name="mode">How "before date X" deadlines are read.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentException">The province's dates, with the national ones, are out of order (see <see cref="TryForProvince"/>).</exception>
    public static SchoolCalendar ForProvince(ProvincialOverride province, DeadlineMode mode = DeadlineMode.Inclusive)
    {
        ParseResult<SchoolCalendar> calendar = TryForProvince(province, mode);
        return calendar.Success ? calendar.Value : throw new ArgumentException(calendar.Failure!.Message.English, nameof(province));
    }

    /// <summary>
    /// A province's calendar, or why its dates cannot make one: the report day, semester I's end, semester II and the
    /// year's end must follow each other, and the opening and the year's end must leave room in the administrative year.
    /// </summary>
    /// <param name="province">The override.</param>
    /// <param name="mode">How "before date X" deadlines are read.</param>
    /// <returns>The calendar, or a failure naming the dates out of order.</returns>
    public static ParseResult<SchoolCalendar> TryForProvince(ProvincialOverride province, DeadlineMode mode = DeadlineMode.Inclusive)
    {
        NationalFrame frame = NationalFrames.Get(Preconditions.CheckNotNull(province).Year);
        Preconditions.CheckDefined(mode);
        LocalDate opening = province.Opening ?? frame.Opening;
        LocalDate report = ReportDayOf(frame, province);
        LocalDate semesterOneLast = LastDay(province.SemesterOneEndsBefore ?? frame.SemesterOneEndsBefore, mode);
        LocalDate yearLast = LastDay(province.YearEndsBefore ?? frame.YearEndsBefore, mode);
        DateInterval admin = frame.Year.AdministrativeYear;
        (bool ok, string vi, string en)[] checks =
        {
            (report >= admin.Start && opening > admin.Start, "ngày tựu trường và khai giảng phải sau ngày 1/8", "the report day and the opening must come after 1 August"),
            (report <= semesterOneLast, "học kỳ I kết thúc trước ngày tựu trường", "semester I ends before the report day"),
            (semesterOneLast.Next(IsoDayOfWeek.Monday) <= yearLast, "năm học kết thúc trước khi học kỳ II bắt đầu", "the year ends before semester II begins"),
            (yearLast < admin.End, "năm học phải kết thúc trước ngày 31/7", "the year must end before 31 July"),
        };
        foreach (var (ok, vi, en) in checks)
        {
            if (!ok)
            {
                string what = $"{province.Province} {province.Year}";
                return ParseResult<SchoolCalendar>.ForFailure(new ParseFailure(what, what,
                    new BilingualText($"Lịch của tỉnh không hợp lệ: {vi}", $"The province's calendar is invalid: {en}")));
            }
        }
        return ParseResult<SchoolCalendar>.ForValue(new SchoolCalendar(frame, province, mode));
    }

    private static LocalDate ReportDayOf(NationalFrame frame, ProvincialOverride? province)
        => province?.ReportDay ?? (province?.Opening is { } o && frame.ReportDayIsRelative ? o.PlusDays(-7) : frame.EarliestReportDay);

    /// <summary>The school year.</summary>
    public SchoolYear Year { get; }

    /// <summary>The national frame it is built on.</summary>
    public NationalFrame Frame { get; }

    /// <summary>The provincial override, or <c>null</c> for the national calendar.</summary>
    public ProvincialOverride? Province { get; }

    /// <summary>How "before date X" deadlines were read.</summary>
    public DeadlineMode DeadlineMode { get; }

    /// <summary>Whether the calendar rests on a provisional frame.</summary>
    public bool IsProvisional => Frame.IsProvisional;

    /// <summary>The report day (tựu trường).</summary>
    public LocalDate ReportDay { get; }

    /// <summary>The opening day (khai giảng).</summary>
    public LocalDate Opening { get; }

    /// <summary>The last day of semester I.</summary>
    public LocalDate SemesterOneLastDay { get; }

    /// <summary>The first day of semester II: the Monday after semester I ends.</summary>
    public LocalDate SemesterTwoFirstDay { get; }

    /// <summary>The last day of the school year (kết thúc năm học).</summary>
    public LocalDate YearLastDay { get; }

    /// <summary>The last day for the completion review.</summary>
    public LocalDate CompletionReviewLastDay { get; }

    /// <summary>The last day for admissions to first grades.</summary>
    public LocalDate AdmissionsLastDay { get; }

    /// <summary>The province's breaks (none in the national calendar).</summary>
    public IReadOnlyList<SchoolBreak> Breaks { get; }

    /// <summary>1 August to 31 July: every date belongs to exactly one school year.</summary>
    public DateInterval AdministrativeYear { get; }

    /// <summary>From the report day to the last day of the year.</summary>
    public DateInterval TeachingSpan { get; }

    /// <summary>From 1 August to the day before opening (trước khai giảng).</summary>
    public DateInterval BeforeOpening { get; }

    /// <summary>From the day after the year ends to 31 July (hè). August belongs to the next year's pre-opening.</summary>
    public DateInterval Summer { get; }

    /// <summary>A semester's days.</summary>
    /// <param name="semester">The semester.</param>
    /// <returns>Its interval.</returns>
    public DateInterval GetSemester(Semester semester) => Preconditions.CheckDefined(semester) == Semester.First
        ? new DateInterval(ReportDay, SemesterOneLastDay)
        : new DateInterval(SemesterTwoFirstDay, YearLastDay);

    /// <summary>The semester a date falls in, or <c>null</c> outside both (summer, the days between them).</summary>
    /// <param name="date">The date.</param>
    /// <returns>The semester or <c>null</c>.</returns>
    public Semester? SemesterOf(LocalDate date)
        => GetSemester(Semester.First).Contains(date) ? Semester.First
            : GetSemester(Semester.Second).Contains(date) ? Semester.Second
            : null;

    /// <summary>
    /// The days of teaching week <paramref name="week"/> (Monday to Sunday). Week 1 is the week of the opening day;
    /// weeks that fall entirely in a provincial break are skipped and not counted, as school documents count them.
    /// </summary>
    /// <param name="week">1 to 60.</param>
    /// <returns>The week's days.</returns>
    public DateInterval GetTeachingWeek(int week)
    {
        Preconditions.CheckArgumentRange(week, 1, 60);
        LocalDate monday = Opening.DayOfWeek == IsoDayOfWeek.Monday ? Opening : Opening.Previous(IsoDayOfWeek.Monday);
        int counted = 0;
        while (true)
        {
            var days = new DateInterval(monday, monday.PlusDays(6));
            if (!InBreak(days))
            {
                counted++;
                if (counted == week)
                {
                    return days;
                }
            }
            monday = monday.PlusWeeks(1);
        }
    }

    private bool InBreak(DateInterval week)
    {
        foreach (SchoolBreak b in Breaks)
        {
            if (b.Days.Contains(week.Start) && b.Days.Contains(week.End))
            {
                return true;
            }
        }
        return false;
    }

    private static LocalDate LastDay(LocalDate before, DeadlineMode mode) => mode == DeadlineMode.Inclusive ? before : before.PlusDays(-1);
}
