using System;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>The kind of a <see cref="Timeframe"/>.</summary>
public enum TimeframeKind
{
    /// <summary>One day ("5/9/2023", "ngày 05 tháng 9 năm 2021").</summary>
    Day = 1,

    /// <summary>A month, or its first, middle or last ten days ("tháng 9/2023", "đầu tháng 6/2023").</summary>
    Month = 2,

    /// <summary>A calendar quarter ("Quý I năm 2018").</summary>
    Quarter = 3,

    /// <summary>Half a calendar year ("sáu tháng đầu năm 2026").</summary>
    HalfYear = 4,

    /// <summary>A calendar year ("năm 2025").</summary>
    CalendarYear = 5,

    /// <summary>A semester or its start, middle or end ("HKI", "Cuối học kì II").</summary>
    Semester = 6,

    /// <summary>A whole school year ("Suốt năm học", "Năm học 2023-2024", "thường xuyên").</summary>
    SchoolYear = 7,

    /// <summary>Every year ("Hàng năm", "Hằng năm"); resolved to the school year in context.</summary>
    Recurring = 8,

    /// <summary>Several calendar years ("2021-2025", "giai đoạn 2024-2025", "nhiệm kỳ 2016 - 2021").</summary>
    MultiYear = 9,

    /// <summary>A period relative to the school year ("đầu năm học", "cuối năm học", "trong hè", "trước khai giảng").</summary>
    Relative = 10,

    /// <summary>Teaching weeks ("Tuần 1-18", "Tuần 19").</summary>
    TeachingWeeks = 11,

    /// <summary>A day of Tết ("mùng 5 Tết").</summary>
    TetDay = 12,

    /// <summary>A start and a finish ("từ tháng 8 năm 2021 … hoàn thành tháng 4 năm 2022", "25/01/2025 - 02/02/2025").</summary>
    Span = 13,

    /// <summary>A start with an open end ("Từ tháng 9/2026 và thường xuyên"); resolved to the end of that school year.</summary>
    OpenEnded = 14,

    /// <summary>A deadline ("trước ngày 31/5", "chậm nhất ngày …"); resolved from the start of its school year.</summary>
    Deadline = 15,

    /// <summary>A day of the lunar month before Tết ("26 tháng Chạp") or of the Tết month ("10 tháng Giêng").</summary>
    LunarDay = 16,
}

/// <summary>Which part of a month or semester: all of it, or its start (đầu), middle (giữa) or end (cuối).</summary>
public enum PeriodPart
{
    /// <summary>All of it.</summary>
    Whole = 0,

    /// <summary>Đầu: a month's days 1–10, a semester's first four weeks.</summary>
    Start = 1,

    /// <summary>Giữa: a month's days 11–20, a semester's middle four weeks.</summary>
    Middle = 2,

    /// <summary>Cuối: a month's days 21 to the end, a semester's last four weeks.</summary>
    End = 3,
}

/// <summary>A period named relative to the school year.</summary>
public enum RelativePeriod
{
    /// <summary>Đầu năm học: from the report day to the end of the opening's month.</summary>
    StartOfYear = 1,

    /// <summary>Cuối năm học: from the first day of the year-end month to the completion-review deadline.</summary>
    EndOfYear = 2,

    /// <summary>Hè: from the day after the year ends to 31 July.</summary>
    Summer = 3,

    /// <summary>Trước khai giảng: from 1 August to the day before opening.</summary>
    BeforeOpening = 4,
}

/// <summary>
/// The period a plan item runs over, as a school wrote it, with what it means on the calendar. Read one with
/// <see cref="TimeframeParser"/>; <see cref="Resolve"/> turns it into days on a calendar; <see cref="ToCanonicalString"/>
/// writes the canonical Vietnamese form, which parses back to the same days.
/// </summary>
/// <remarks>
/// Immutable. A span whose start is after its end is representable (a checker reports it); <see cref="Resolve"/>
/// throws for it, so test <see cref="IsReversed"/> first or use <see cref="GetStart"/> and <see cref="GetEnd"/>.
/// </remarks>
public sealed class Timeframe
{
    private readonly int a;
    private readonly int b;

    private Timeframe(TimeframeKind kind, SchoolYear context, string? text, int a = 0, int b = 0, LocalDate date = default,
        PeriodPart part = PeriodPart.Whole, Timeframe? from = null, Timeframe? to = null)
    {
        Kind = kind;
        SchoolYear = context;
        this.a = a;
        this.b = b;
        DateValue = date;
        Part = part;
        From = from;
        To = to;
        Text = text ?? TimeframeFormatter.Format(this);
    }

    /// <summary>The kind.</summary>
    public TimeframeKind Kind { get; }

    /// <summary>The text as written (normalised), or the canonical text for a timeframe built in code.</summary>
    public string Text { get; }

    /// <summary>The school year in whose context it was read (for "HKI", "trước ngày 31/5", "Hằng năm").</summary>
    public SchoolYear SchoolYear { get; }

    /// <summary>The part of a month or semester.</summary>
    public PeriodPart Part { get; }

    /// <summary>For a span or an open-ended timeframe, its start; otherwise <c>null</c>.</summary>
    public Timeframe? From { get; }

    /// <summary>For a span, its finish; otherwise <c>null</c>.</summary>
    public Timeframe? To { get; }

    /// <summary>The day of a <see cref="TimeframeKind.Day"/> or <see cref="TimeframeKind.Deadline"/>, otherwise <c>null</c>.</summary>
    public LocalDate? Date => Kind is TimeframeKind.Day or TimeframeKind.Deadline ? DateValue : null;

    /// <summary>The month of a <see cref="TimeframeKind.Month"/>, otherwise <c>null</c>.</summary>
    public YearMonth? Month => Kind == TimeframeKind.Month ? new YearMonth(a, b) : null;

    /// <summary>The semester of a <see cref="TimeframeKind.Semester"/>, otherwise <c>null</c>.</summary>
    public Semester? Semester => Kind == TimeframeKind.Semester ? (Semester)a : null;

    /// <summary>The relative period of a <see cref="TimeframeKind.Relative"/>, otherwise <c>null</c>.</summary>
    public RelativePeriod? Relative => Kind == TimeframeKind.Relative ? (RelativePeriod)a : null;

    /// <summary>Whether it covers several calendar years on purpose (a multi-year period, or a span over them).</summary>
    public bool IsMultiYear => Kind == TimeframeKind.MultiYear || (Kind == TimeframeKind.Span && (From!.IsMultiYear || To!.IsMultiYear));

    /// <summary>Whether it recurs every year ("Hằng năm").</summary>
    public bool IsRecurring => Kind == TimeframeKind.Recurring;

    /// <summary>Whether its end is open ("… và thường xuyên").</summary>
    public bool IsOpenEnded => Kind == TimeframeKind.OpenEnded;

    internal LocalDate DateValue { get; }

    internal int A => a;

    internal int B => b;

    /// <summary>A day.</summary>
    /// <param name="date">The day.</param>
    /// <param name="context">The school year in context; by default the one the day falls in.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForDay(LocalDate date, SchoolYear? context = null)
        => new(TimeframeKind.Day, context ?? SchoolYear.FromDate(date), null, date: date);

    /// <summary>A month or part of one.</summary>
    /// <param name="month">The month.</param>
    /// <param name="part">Which part.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForMonth(YearMonth month, PeriodPart part = PeriodPart.Whole)
        => new(TimeframeKind.Month, SchoolYear.FromDate(month.OnDayOfMonth(1)), null, month.Year, month.Month, part: Preconditions.CheckDefined(part));

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForQuarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(quarter, 1, 4);
        return new(TimeframeKind.Quarter, SchoolYear.FromDate(new LocalDate(CheckYear(year), quarter * 3 - 2, 1)), null, year, quarter);
    }

    /// <summary>Half a calendar year.</summary>
    /// <param name="year">The calendar year.</param>
    /// <param name="half">1 (January–June) or 2 (July–December).</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForHalfYear(int year, int half)
    {
        Preconditions.CheckArgumentRange(half, 1, 2);
        return new(TimeframeKind.HalfYear, SchoolYear.FromDate(new LocalDate(CheckYear(year), half == 1 ? 1 : 8, 1)), null, year, half);
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForCalendarYear(int year)
        => new(TimeframeKind.CalendarYear, new SchoolYear(CheckYear(year)), null, year);

    /// <summary>A semester or part of one.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="semester">The semester.</param>
    /// <param name="part">Which part.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForSemester(SchoolYear year, Semester semester, PeriodPart part = PeriodPart.Whole)
        => new(TimeframeKind.Semester, year, null, (int)Preconditions.CheckDefined(semester), part: Preconditions.CheckDefined(part));

    /// <summary>A whole school year.</summary>
    /// <param name="year">The school year.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForSchoolYear(SchoolYear year) => new(TimeframeKind.SchoolYear, year, null);

    /// <summary>Every year, read in the context of one school year.</summary>
    /// <param name="context">The school year.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe Recurring(SchoolYear context) => new(TimeframeKind.Recurring, context, null);

    /// <summary>Several calendar years.</summary>
    /// <param name="firstYear">The first year.</param>
    /// <param name="lastYear">The last year (not before the first).</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForYears(int firstYear, int lastYear)
    {
        Preconditions.CheckArgument(lastYear >= firstYear, "The last year cannot be before the first.");
        return new(TimeframeKind.MultiYear, new SchoolYear(CheckYear(firstYear)), null, firstYear, CheckYear(lastYear));
    }

    /// <summary>A period relative to a school year.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="period">Which period.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForRelative(SchoolYear year, RelativePeriod period)
        => new(TimeframeKind.Relative, year, null, (int)Preconditions.CheckDefined(period));

    /// <summary>Teaching weeks of a school year.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="firstWeek">The first week, 1 to 60.</param>
    /// <param name="lastWeek">The last week, not before the first.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForTeachingWeeks(SchoolYear year, int firstWeek, int lastWeek)
    {
        Preconditions.CheckArgumentRange(firstWeek, 1, 60);
        Preconditions.CheckArgumentRange(lastWeek, firstWeek, 60);
        return new(TimeframeKind.TeachingWeeks, year, null, firstWeek, lastWeek);
    }

    /// <summary>A day of Tết ("mùng n Tết") in a school year whose Tết date is known.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="day">1 to 10.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForTetDay(SchoolYear year, int day)
    {
        Preconditions.CheckArgumentRange(day, 1, 10);
        Preconditions.CheckArgument(NationalFrames.Get(year).Tet is not null, $"Tết of {year} is not known.");
        return new(TimeframeKind.TetDay, year, null, day);
    }

    /// <summary>A day of tháng Chạp (the lunar month before Tết) or tháng Giêng (Tết's month) in a school year whose Tết is known.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="month">12 for tháng Chạp, 1 for tháng Giêng.</param>
    /// <param name="day">1 to 30.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForLunarDay(SchoolYear year, int month, int day)
    {
        Preconditions.CheckArgument(month is 1 or 12, "Only tháng Chạp (12) and tháng Giêng (1) are supported.");
        Preconditions.CheckArgumentRange(day, 1, 30);
        Preconditions.CheckArgument(NationalFrames.Get(year).Tet is not null, $"Tết of {year} is not known.");
        return new(TimeframeKind.LunarDay, year, null, month, day);
    }

    /// <summary>A start and a finish.</summary>
    /// <param name="from">The start.</param>
    /// <param name="to">The finish.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForSpan(Timeframe from, Timeframe to)
        => new(TimeframeKind.Span, Preconditions.CheckNotNull(from).SchoolYear, null, from: from, to: Preconditions.CheckNotNull(to));

    /// <summary>A start with an open end.</summary>
    /// <param name="from">The start.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForOpenEnd(Timeframe from)
        => new(TimeframeKind.OpenEnded, Preconditions.CheckNotNull(from).SchoolYear, null, from: from);

    /// <summary>A deadline.</summary>
    /// <param name="lastDay">The deadline day.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForDeadline(LocalDate lastDay)
        => new(TimeframeKind.Deadline, SchoolYear.FromDate(lastDay), null, date: lastDay);

    internal Timeframe WithText(string text) => new(Kind, SchoolYear, text, a, b, DateValue, Part, From, To);

    internal Timeframe WithContext(SchoolYear context) => new(Kind, context, Text, a, b, DateValue, Part, From, To);

    /// <summary>The first day.</summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns>The first day.</returns>
    public LocalDate GetStart(CalendarProvider calendars) => Bounds(Preconditions.CheckNotNull(calendars)).Start;

    /// <summary>The last day.</summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns>The last day.</returns>
    public LocalDate GetEnd(CalendarProvider calendars) => Bounds(Preconditions.CheckNotNull(calendars)).End;

    /// <summary>Whether it starts after it ends (a span written backwards).</summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns><c>true</c> when the start is after the end.</returns>
    public bool IsReversed(CalendarProvider calendars)
    {
        var (start, end) = Bounds(Preconditions.CheckNotNull(calendars));
        return start > end;
    }

    /// <summary>The days it covers.</summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns>The interval, both ends inclusive.</returns>
    /// <exception cref="InvalidOperationException">It starts after it ends; see <see cref="IsReversed"/>.</exception>
    public DateInterval Resolve(CalendarProvider calendars)
    {
        var (start, end) = Bounds(Preconditions.CheckNotNull(calendars));
        if (start > end)
        {
            throw new InvalidOperationException($"Timeframe '{Text}' starts ({start}) after it ends ({end}).");
        }
        return new DateInterval(start, end);
    }

    /// <summary>The canonical Vietnamese form, which <see cref="TimeframeParser"/> reads back to the same days.</summary>
    /// <returns>The canonical text.</returns>
    public string ToCanonicalString() => TimeframeFormatter.Format(this);

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    internal (LocalDate Start, LocalDate End) Bounds(CalendarProvider calendars)
    {
        switch (Kind)
        {
            case TimeframeKind.Day:
                return (DateValue, DateValue);
            case TimeframeKind.Month:
                var month = new YearMonth(a, b);
                LocalDate first = month.OnDayOfMonth(1);
                LocalDate last = month.OnDayOfMonth(CalendarSystem.Iso.GetDaysInMonth(a, b));
                return Part switch
                {
                    PeriodPart.Start => (first, month.OnDayOfMonth(10)),
                    PeriodPart.Middle => (month.OnDayOfMonth(11), month.OnDayOfMonth(20)),
                    PeriodPart.End => (month.OnDayOfMonth(21), last),
                    _ => (first, last),
                };
            case TimeframeKind.Quarter:
                var q = new LocalDate(a, b * 3 - 2, 1);
                return (q, q.PlusMonths(3).PlusDays(-1));
            case TimeframeKind.HalfYear:
                return b == 1 ? (new LocalDate(a, 1, 1), new LocalDate(a, 6, 30)) : (new LocalDate(a, 7, 1), new LocalDate(a, 12, 31));
            case TimeframeKind.CalendarYear:
                return (new LocalDate(a, 1, 1), new LocalDate(a, 12, 31));
            case TimeframeKind.MultiYear:
                return (new LocalDate(a, 1, 1), new LocalDate(b, 12, 31));
            case TimeframeKind.Semester:
                DateInterval semester = calendars.For(SchoolYear).GetSemester((Semester)a);
                return Portion(semester, Part);
            case TimeframeKind.SchoolYear:
            case TimeframeKind.Recurring:
                DateInterval teaching = calendars.For(SchoolYear).TeachingSpan;
                return (teaching.Start, teaching.End);
            case TimeframeKind.Relative:
                SchoolCalendar calendar = calendars.For(SchoolYear);
                return (RelativePeriod)a switch
                {
                    RelativePeriod.StartOfYear => (calendar.ReportDay, calendar.Opening.With(DateAdjusters.EndOfMonth)),
                    RelativePeriod.EndOfYear => (calendar.YearLastDay.With(DateAdjusters.StartOfMonth), calendar.CompletionReviewLastDay),
                    RelativePeriod.Summer => (calendar.Summer.Start, calendar.Summer.End),
                    _ => (calendar.BeforeOpening.Start, calendar.BeforeOpening.End),
                };
            case TimeframeKind.TeachingWeeks:
                SchoolCalendar weeks = calendars.For(SchoolYear);
                return (weeks.GetTeachingWeek(a).Start, weeks.GetTeachingWeek(b).End);
            case TimeframeKind.TetDay:
                LocalDate tet = NationalFrames.Get(SchoolYear).Tet!.Value.PlusDays(a - 1);
                return (tet, tet);
            case TimeframeKind.LunarDay:
                LocalDate tetDay = NationalFrames.Get(SchoolYear).Tet!.Value;
                LocalDate lunar = (a == 1 ? tetDay : LunarCalendar.PreviousMonthStart(tetDay)).PlusDays(b - 1);
                return (lunar, lunar);
            case TimeframeKind.Span:
                return (From!.Bounds(calendars).Start, To!.Bounds(calendars).End);
            case TimeframeKind.OpenEnded:
                LocalDate start = From!.Bounds(calendars).Start;
                SchoolCalendar ofStart = calendars.For(SchoolYear.FromDate(start));
                return (start, ofStart.YearLastDay >= start ? ofStart.YearLastDay : ofStart.AdministrativeYear.End);
            case TimeframeKind.Deadline:
                return (SchoolYear.FromDate(DateValue).AdministrativeYear.Start, DateValue);
            default:
                throw new InvalidOperationException($"Unknown kind {Kind}.");
        }
    }

    private static (LocalDate, LocalDate) Portion(DateInterval interval, PeriodPart part)
    {
        const int Days = 28;
        if (part == PeriodPart.Whole || interval.Length <= Days)
        {
            return (interval.Start, interval.End);
        }
        return part switch
        {
            PeriodPart.Start => (interval.Start, interval.Start.PlusDays(Days - 1)),
            PeriodPart.End => (interval.End.PlusDays(-(Days - 1)), interval.End),
            _ => (interval.Start.PlusDays((interval.Length - Days) / 2), interval.Start.PlusDays((interval.Length - Days) / 2 + Days - 1)),
        };
    }

    private static int CheckYear(int year)
    {
        Preconditions.CheckArgumentRange(year, SchoolYear.MinStartYear, SchoolYear.MaxStartYear);
        return year;
    }

    internal static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };

}

/// <summary>Writes timeframes in their canonical Vietnamese form (public as <see cref="Timeframe.ToCanonicalString"/>).</summary>
internal static class TimeframeFormatter
{
    /// <summary>The canonical form: "tháng 9/2023", "học kỳ I năm học 2023-2024", "từ tháng 8/2021 đến tháng 4/2022".</summary>
    /// <param name="timeframe">The timeframe.</param>
    /// <returns>The canonical text.</returns>
    public static string Format(Timeframe timeframe)
    {
        Preconditions.CheckNotNull(timeframe);
        string year = $"năm học {timeframe.SchoolYear}";
        return timeframe.Kind switch
        {
            TimeframeKind.Day => $"ngày {DateText.Format(timeframe.DateValue)}",
            TimeframeKind.Month => $"{PartPrefix(timeframe.Part)}tháng {timeframe.B}/{timeframe.A}",
            TimeframeKind.Quarter => $"quý {Timeframe.Roman(timeframe.B)} năm {timeframe.A}",
            TimeframeKind.HalfYear => $"sáu tháng {(timeframe.B == 1 ? "đầu" : "cuối")} năm {timeframe.A}",
            TimeframeKind.CalendarYear => $"năm {timeframe.A}",
            TimeframeKind.Semester => $"{PartPrefix(timeframe.Part)}học kỳ {Timeframe.Roman(timeframe.A)} {year}",
            TimeframeKind.SchoolYear => year,
            TimeframeKind.Recurring => "hằng năm",
            TimeframeKind.MultiYear => $"giai đoạn {timeframe.A}-{timeframe.B}",
            TimeframeKind.Relative => (RelativePeriod)timeframe.A switch
            {
                RelativePeriod.StartOfYear => $"đầu {year}",
                RelativePeriod.EndOfYear => $"cuối {year}",
                RelativePeriod.Summer => $"hè {year}",
                _ => $"trước khai giảng {year}",
            },
            TimeframeKind.TeachingWeeks => timeframe.A == timeframe.B ? $"tuần {timeframe.A} {year}" : $"tuần {timeframe.A}-{timeframe.B} {year}",
            TimeframeKind.TetDay => $"mùng {timeframe.A} Tết {year}",
            TimeframeKind.Span => $"từ {Format(timeframe.From!)} đến {Format(timeframe.To!)}",
            TimeframeKind.OpenEnded => $"từ {Format(timeframe.From!)} và thường xuyên",
            TimeframeKind.Deadline => $"trước ngày {DateText.Format(timeframe.DateValue)}",
            TimeframeKind.LunarDay => $"{timeframe.B} tháng {(timeframe.A == 12 ? "Chạp" : "Giêng")} {year}",
            _ => timeframe.Text,
        };
    }

    private static string PartPrefix(PeriodPart part) => part switch
    {
        PeriodPart.Start => "đầu ",
        PeriodPart.Middle => "giữa ",
        PeriodPart.End => "cuối ",
        _ => string.Empty,
    };
}
