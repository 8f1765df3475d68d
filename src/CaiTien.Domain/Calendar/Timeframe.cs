using System;
using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// Work repeated through the year ("Hằng năm", "Hàng tháng", "Hằng tuần", "Hằng quý"); see <see cref="Timeframe.Recurrence"/>.
    /// Resolved to the school year in context.
    /// </summary>
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

    /// <summary>
    /// A deadline: "chậm nhất ngày 15/5" (that day is the last), or "trước ngày 31/5", "trước tháng 5" (the last day
    /// follows the calendars' <see cref="DeadlineMode"/>); resolved from the start of its school year.
    /// </summary>
    Deadline = 15,

    /// <summary>A day of the lunar month before Tết ("26 tháng Chạp") or of the Tết month ("10 tháng Giêng").</summary>
    LunarDay = 16,

    /// <summary>Several separate periods ("Tháng 10/2024 và tháng 3/2025", "Tháng 10, 11/2024"); see <see cref="Timeframe.Parts"/>.</summary>
    Several = 17,
}

/// <summary>How often recurring work repeats.</summary>
public enum Recurrence
{
    /// <summary>Every year (hằng năm).</summary>
    Yearly = 1,

    /// <summary>Every semester (hằng học kỳ, mỗi học kỳ).</summary>
    EverySemester = 2,

    /// <summary>Every quarter (hằng quý).</summary>
    Quarterly = 3,

    /// <summary>Every month (hằng tháng).</summary>
    Monthly = 4,

    /// <summary>Every week (hằng tuần).</summary>
    Weekly = 5,

    /// <summary>Every day (hằng ngày).</summary>
    Daily = 6,
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

    /// <summary>Trước Tết: from 1 August to the eve of Tết (the last day of tháng Chạp).</summary>
    BeforeTet = 5,

    /// <summary>Sau Tết: from mùng 4 Tết (after the three days of Tết) to the last day of the school year.</summary>
    AfterTet = 6,
}

/// <summary>
/// The period a plan item runs over, as a school wrote it, with what it means on the calendar. Read one with
/// <see cref="TimeframeParser"/>; <see cref="Resolve"/> turns it into days on a calendar; <see cref="ToCanonicalString"/>
/// writes the canonical Vietnamese form, which parses back to an equal timeframe.
/// </summary>
/// <remarks>
/// Immutable. A span whose start is after its end is representable (a checker reports it); <see cref="Resolve"/>
/// throws for it, so test <see cref="IsReversed"/> first or use <see cref="GetStart"/> and <see cref="GetEnd"/>.
/// Equality is by meaning: two timeframes are equal when they are of the same kind with the same values (and, for
/// kinds placed by the school calendar, the same school year); <see cref="Text"/>, the wording, does not count.
/// </remarks>
public sealed class Timeframe : IEquatable<Timeframe>
{
    private static readonly Timeframe[] NoParts = Array.Empty<Timeframe>();
    private readonly int a;
    private readonly int b;
    private readonly Timeframe[] parts;

    private Timeframe(TimeframeKind kind, SchoolYear context, string? text, int a = 0, int b = 0, LocalDate date = default,
        PeriodPart part = PeriodPart.Whole, Timeframe? from = null, Timeframe? to = null, Timeframe[]? parts = null)
    {
        Kind = kind;
        SchoolYear = context;
        this.a = a;
        this.b = b;
        DateValue = date;
        Part = part;
        From = from;
        To = to;
        this.parts = parts ?? NoParts;
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

    /// <summary>For a span or an open-ended timeframe, its start; for a deadline, the day or period it names; otherwise <c>null</c>.</summary>
    public Timeframe? From { get; }

    /// <summary>For a span, its finish; otherwise <c>null</c>.</summary>
    public Timeframe? To { get; }

    /// <summary>For <see cref="TimeframeKind.Several"/>, the periods in the order written; otherwise empty.</summary>
    public IReadOnlyList<Timeframe> Parts => parts;

    /// <summary>The day of a <see cref="TimeframeKind.Day"/>, or of a <see cref="TimeframeKind.Deadline"/> that names a day; otherwise <c>null</c>.</summary>
    public LocalDate? Date => Kind == TimeframeKind.Day ? DateValue : Kind == TimeframeKind.Deadline && From!.Kind == TimeframeKind.Day ? From.DateValue : null;

    /// <summary>The month of a <see cref="TimeframeKind.Month"/>, otherwise <c>null</c>.</summary>
    public YearMonth? Month => Kind == TimeframeKind.Month ? new YearMonth(a, b) : null;

    /// <summary>The semester of a <see cref="TimeframeKind.Semester"/>, otherwise <c>null</c>.</summary>
    public Semester? Semester => Kind == TimeframeKind.Semester ? (Semester)a : null;

    /// <summary>The relative period of a <see cref="TimeframeKind.Relative"/>, otherwise <c>null</c>.</summary>
    public RelativePeriod? Relative => Kind == TimeframeKind.Relative ? (RelativePeriod)a : null;

    /// <summary>How often a <see cref="TimeframeKind.Recurring"/> timeframe repeats, otherwise <c>null</c>.</summary>
    public Recurrence? Recurrence => Kind == TimeframeKind.Recurring ? (Recurrence)a : null;

    /// <summary>
    /// For a deadline written "trước …" (before), <c>true</c>: its last day follows the calendars' <see cref="DeadlineMode"/>.
    /// For "chậm nhất …" (at the latest) and every other kind, <c>false</c>.
    /// </summary>
    public bool IsBefore => Kind == TimeframeKind.Deadline && a == 1;

    /// <summary>Whether it covers several calendar years on purpose (a multi-year period, or a span or list over them).</summary>
    public bool IsMultiYear => Kind switch
    {
        TimeframeKind.MultiYear => true,
        TimeframeKind.Span => From!.IsMultiYear || To!.IsMultiYear,
        TimeframeKind.Several => Array.Exists(parts, p => p.IsMultiYear),
        _ => false,
    };

    /// <summary>Whether it recurs ("Hằng năm", "Hằng tháng").</summary>
    public bool IsRecurring => Kind == TimeframeKind.Recurring;

    /// <summary>Whether its end is open ("… và thường xuyên", "Từ tháng 10/2024").</summary>
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
    /// <param name="year">The calendar year, 1901 to 2199.</param>
    /// <param name="quarter">1 to 4.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForQuarter(int year, int quarter)
    {
        Preconditions.CheckArgumentRange(quarter, 1, 4);
        return new(TimeframeKind.Quarter, SchoolYear.FromDate(new LocalDate(CheckYear(year), quarter * 3 - 2, 1)), null, year, quarter);
    }

    /// <summary>Half a calendar year.</summary>
    /// <param name="year">The calendar year, 1901 to 2199.</param>
    /// <param name="half">1 (January–June) or 2 (July–December).</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForHalfYear(int year, int half)
    {
        Preconditions.CheckArgumentRange(half, 1, 2);
        return new(TimeframeKind.HalfYear, SchoolYear.FromDate(new LocalDate(CheckYear(year), half == 1 ? 1 : 8, 1)), null, year, half);
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1901 to 2199.</param>
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
    public static Timeframe Recurring(SchoolYear context) => Recurring(context, Calendar.Recurrence.Yearly);

    /// <summary>Work repeated every year, semester, quarter, month or week, read in the context of one school year.</summary>
    /// <param name="context">The school year.</param>
    /// <param name="every">How often.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe Recurring(SchoolYear context, Recurrence every)
        => new(TimeframeKind.Recurring, context, null, (int)Preconditions.CheckDefined(every));

    /// <summary>Several calendar years.</summary>
    /// <param name="firstYear">The first year, 1901 to 2199.</param>
    /// <param name="lastYear">The last year (not before the first, at most 2199).</param>
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

    /// <summary>A day of Tết ("mùng n Tết") in a school year.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="day">1 to 10.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForTetDay(SchoolYear year, int day)
    {
        Preconditions.CheckArgumentRange(day, 1, 10);
        return new(TimeframeKind.TetDay, year, null, day);
    }

    /// <summary>Whether a day of tháng Chạp (the lunar month before Tết) or tháng Giêng (Tết's month) exists in a school year.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="month">12 for tháng Chạp, 1 for tháng Giêng.</param>
    /// <param name="day">The day of the lunar month.</param>
    /// <returns><c>true</c> when the month has that day (lunar months have 29 or 30 days).</returns>
    public static bool LunarDayExists(SchoolYear year, int month, int day)
    {
        Preconditions.CheckArgument(month is 1 or 12, "Only tháng Chạp (12) and tháng Giêng (1) are supported.");
        return day >= 1 && day <= LunarMonthOf(year, month).Length;
    }

    /// <summary>A day of tháng Chạp (the lunar month before Tết) or tháng Giêng (Tết's month) in a school year.</summary>
    /// <param name="year">The school year.</param>
    /// <param name="month">12 for tháng Chạp, 1 for tháng Giêng.</param>
    /// <param name="day">1 to the month's length (29 or 30); see <see cref="LunarDayExists"/>.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForLunarDay(SchoolYear year, int month, int day)
    {
        Preconditions.CheckArgument(month is 1 or 12, "Only tháng Chạp (12) and tháng Giêng (1) are supported.");
        Preconditions.CheckArgument(LunarDayExists(year, month, day), $"Lunar month {month} of {year} has no day {day}.");
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

    /// <summary>A deadline given as the last day ("chậm nhất ngày 15/5/2024").</summary>
    /// <param name="lastDay">The deadline day, which counts.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForDeadline(LocalDate lastDay) => ForDeadline(ForDay(lastDay));

    /// <summary>A deadline given as a period that is the last one allowed ("chậm nhất tháng 5/2024", "chậm nhất ngày 15/5").</summary>
    /// <param name="period">A day, month, semester or other single period.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForDeadline(Timeframe period) => new(TimeframeKind.Deadline, CheckBound(period).SchoolYear, null, 0, from: period);

    /// <summary>
    /// A deadline written "trước …" ("trước ngày 31/5", "trước tháng 5"): whether the named day or period itself counts
    /// follows the calendars' <see cref="DeadlineMode"/>.
    /// </summary>
    /// <param name="period">A day, month, semester or other single period.</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe Before(Timeframe period) => new(TimeframeKind.Deadline, CheckBound(period).SchoolYear, null, 1, from: period);

    /// <summary>Several separate periods ("tháng 10/2024 và tháng 3/2025").</summary>
    /// <param name="periods">Two or more single periods (not spans, deadlines, lists or recurring work).</param>
    /// <returns>The timeframe.</returns>
    public static Timeframe ForSeveral(IEnumerable<Timeframe> periods)
    {
        Timeframe[] list = Preconditions.CheckNotNull(periods).ToArray();
        Preconditions.CheckArgument(list.Length >= 2, "Several periods means at least two.");
        foreach (Timeframe p in list)
        {
            Preconditions.CheckArgument(p is not null && IsSingle(p.Kind), "Each of several periods is a single period.");
        }
        return new(TimeframeKind.Several, list[0].SchoolYear, null, parts: list);
    }

    internal static bool IsSingle(TimeframeKind kind)
        => kind is not (TimeframeKind.Span or TimeframeKind.OpenEnded or TimeframeKind.Deadline or TimeframeKind.Several or TimeframeKind.Recurring);

    private static Timeframe CheckBound(Timeframe period)
    {
        Preconditions.CheckArgument(IsSingle(Preconditions.CheckNotNull(period).Kind), "A deadline names a single period.");
        return period;
    }

    internal Timeframe WithText(string text) => new(Kind, SchoolYear, text, a, b, DateValue, Part, From, To, parts);

    internal Timeframe WithContext(SchoolYear context) => new(Kind, context, Text, a, b, DateValue, Part, From, To, parts);

    /// <summary>The first day.</summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns>The first day.</returns>
    public LocalDate GetStart(CalendarProvider calendars) => Bounds(Preconditions.CheckNotNull(calendars)).Start;

    /// <summary>The last day.</summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns>The last day.</returns>
    public LocalDate GetEnd(CalendarProvider calendars) => Bounds(Preconditions.CheckNotNull(calendars)).End;

    /// <summary>Whether it starts after it ends (a span written backwards, or a list with such a span).</summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns><c>true</c> when the start is after the end.</returns>
    public bool IsReversed(CalendarProvider calendars)
    {
        Preconditions.CheckNotNull(calendars);
        if (Kind == TimeframeKind.Several)
        {
            return Array.Exists(parts, p => p.IsReversed(calendars));
        }
        var (start, end) = Bounds(calendars);
        return start > end;
    }

    /// <summary>The days it covers, from its first to its last day (for several periods, including the days between them).</summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns>The interval, both ends inclusive.</returns>
    /// <exception cref="InvalidOperationException">It starts after it ends; see <see cref="IsReversed"/>.</exception>
    public DateInterval Resolve(CalendarProvider calendars)
    {
        if (IsReversed(Preconditions.CheckNotNull(calendars)))
        {
            var (start, end) = Bounds(calendars);
            throw new InvalidOperationException($"Timeframe '{Text}' starts ({start}) after it ends ({end}).");
        }
        var (first, last) = Bounds(calendars);
        return new DateInterval(first, last);
    }

    /// <summary>
    /// The separate intervals it covers, in order: one for a single period, one per period for several (periods that
    /// touch or overlap are joined: "tháng 10, 11/2024" is one interval, "tháng 10/2024 và tháng 3/2025" two).
    /// </summary>
    /// <param name="calendars">The calendars to resolve against.</param>
    /// <returns>The intervals.</returns>
    /// <exception cref="InvalidOperationException">It starts after it ends; see <see cref="IsReversed"/>.</exception>
    public IReadOnlyList<DateInterval> GetIntervals(CalendarProvider calendars)
    {
        if (Kind != TimeframeKind.Several)
        {
            return new[] { Resolve(calendars) };
        }
        var sorted = parts.Select(p => p.Resolve(calendars)).OrderBy(i => i.Start).ToList();
        var merged = new List<DateInterval> { sorted[0] };
        foreach (DateInterval next in sorted.Skip(1))
        {
            DateInterval last = merged[merged.Count - 1];
            if (next.Start <= last.End.PlusDays(1))
            {
                merged[merged.Count - 1] = new DateInterval(last.Start, next.End > last.End ? next.End : last.End);
            }
            else
            {
                merged.Add(next);
            }
        }
        return merged.AsReadOnly();
    }

    /// <summary>The canonical Vietnamese form, which <see cref="TimeframeParser"/> reads back to an equal timeframe.</summary>
    /// <returns>The canonical text.</returns>
    public string ToCanonicalString() => TimeframeFormatter.Format(this);

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;

    /// <inheritdoc/>
    public bool Equals(Timeframe? other)
    {
        if (other is null)
        {
            return false;
        }
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (Kind != other.Kind || a != other.a || b != other.b || DateValue != other.DateValue || Part != other.Part
            || (UsesContext(Kind) && SchoolYear != other.SchoolYear)
            || !Equals(From, other.From) || !Equals(To, other.To) || parts.Length != other.parts.Length)
        {
            return false;
        }
        for (int i = 0; i < parts.Length; i++)
        {
            if (!parts[i].Equals(other.parts[i]))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Timeframe);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.Add(Kind);
        hash.Add(a);
        hash.Add(b);
        hash.Add(DateValue);
        hash.Add(Part);
        hash.Add(UsesContext(Kind) ? SchoolYear : default);
        hash.Add(From);
        hash.Add(To);
        foreach (Timeframe p in parts)
        {
            hash.Add(p);
        }
        return hash.ToHashCode();
    }

    /// <summary>Equality by meaning.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Timeframe? left, Timeframe? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by meaning.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Timeframe? left, Timeframe? right) => !(left == right);

    // Kinds whose days depend on the school year in context; the others name their days outright.
    private static bool UsesContext(TimeframeKind kind)
        => kind is TimeframeKind.Semester or TimeframeKind.SchoolYear or TimeframeKind.Recurring or TimeframeKind.Relative
            or TimeframeKind.TeachingWeeks or TimeframeKind.TetDay or TimeframeKind.LunarDay;

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
                LocalDate tet = calendar.Frame.Tet;
                return (RelativePeriod)a switch
                {
                    RelativePeriod.StartOfYear => (calendar.ReportDay, calendar.Opening.With(DateAdjusters.EndOfMonth)),
                    RelativePeriod.EndOfYear => (calendar.YearLastDay.With(DateAdjusters.StartOfMonth), calendar.CompletionReviewLastDay),
                    RelativePeriod.Summer => (calendar.Summer.Start, calendar.Summer.End),
                    RelativePeriod.BeforeTet => (calendar.AdministrativeYear.Start, tet.PlusDays(-1)),
                    RelativePeriod.AfterTet => (tet.PlusDays(3), calendar.YearLastDay),
                    _ => (calendar.BeforeOpening.Start, calendar.BeforeOpening.End),
                };
            case TimeframeKind.TeachingWeeks:
                SchoolCalendar weeks = calendars.For(SchoolYear);
                return (weeks.GetTeachingWeek(a).Start, weeks.GetTeachingWeek(b).End);
            case TimeframeKind.TetDay:
                LocalDate tetDay = calendars.For(SchoolYear).Frame.Tet.PlusDays(a - 1);
                return (tetDay, tetDay);
            case TimeframeKind.LunarDay:
                LocalDate lunar = LunarMonthOf(SchoolYear, a).Start.PlusDays(b - 1);
                return (lunar, lunar);
            case TimeframeKind.Span:
                return (From!.Bounds(calendars).Start, To!.Bounds(calendars).End);
            case TimeframeKind.OpenEnded:
                LocalDate start = From!.Bounds(calendars).Start;
                SchoolCalendar ofStart = calendars.For(SchoolYear.FromDate(start));
                return (start, ofStart.YearLastDay >= start ? ofStart.YearLastDay : ofStart.AdministrativeYear.End);
            case TimeframeKind.Deadline:
                var (boundStart, boundEnd) = From!.Bounds(calendars);
                LocalDate end = IsBefore && calendars.DeadlineMode == DeadlineMode.Exclusive ? boundStart.PlusDays(-1) : boundEnd;
                return (SchoolYear.Containing(end).AdministrativeYear.Start, end);
            case TimeframeKind.Several:
                var all = parts.Select(p => p.Bounds(calendars)).ToList();
                return (all.Min(x => x.Start), all.Max(x => x.End));
            default:
                throw new InvalidOperationException($"Unknown kind {Kind}.");
        }
    }

    // Tháng Chạp before the school year's Tết, or tháng Giêng (Tết's month).
    private static (LocalDate Start, int Length) LunarMonthOf(SchoolYear year, int month)
        => month == 1 ? LunarCalendar.Month(year.EndYear, 1) : LunarCalendar.Month(year.StartYear, 12);

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
        Preconditions.CheckArgumentRange(year, MinCalendarYear, MaxCalendarYear);
        return year;
    }

    /// <summary>The first calendar year a timeframe may name (its January lies in school year 1900-1901).</summary>
    internal const int MinCalendarYear = SchoolYear.MinStartYear + 1;

    /// <summary>The last calendar year a timeframe may name (its December lies in school year 2199-2200).</summary>
    internal const int MaxCalendarYear = SchoolYear.MaxStartYear;

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
            TimeframeKind.Recurring => (Recurrence)timeframe.A switch
            {
                Recurrence.EverySemester => $"hằng học kỳ {year}",
                Recurrence.Quarterly => $"hằng quý {year}",
                Recurrence.Monthly => $"hằng tháng {year}",
                Recurrence.Weekly => $"hằng tuần {year}",
                Recurrence.Daily => $"hằng ngày {year}",
                _ => "hằng năm",
            },
            TimeframeKind.MultiYear => $"giai đoạn {timeframe.A}-{timeframe.B}",
            TimeframeKind.Relative => (RelativePeriod)timeframe.A switch
            {
                RelativePeriod.StartOfYear => $"đầu {year}",
                RelativePeriod.EndOfYear => $"cuối {year}",
                RelativePeriod.Summer => $"hè {year}",
                RelativePeriod.BeforeTet => $"trước Tết {year}",
                RelativePeriod.AfterTet => $"sau Tết {year}",
                _ => $"trước khai giảng {year}",
            },
            TimeframeKind.TeachingWeeks => timeframe.A == timeframe.B ? $"tuần {timeframe.A} {year}" : $"tuần {timeframe.A}-{timeframe.B} {year}",
            TimeframeKind.TetDay => $"mùng {timeframe.A} Tết {year}",
            TimeframeKind.Span => $"từ {Format(timeframe.From!)} đến {Format(timeframe.To!)}",
            TimeframeKind.OpenEnded => $"từ {Format(timeframe.From!)} và thường xuyên",
            TimeframeKind.Deadline => $"{(timeframe.IsBefore ? "trước" : "chậm nhất")} {Format(timeframe.From!)}",
            TimeframeKind.LunarDay => $"{timeframe.B} tháng {(timeframe.A == 12 ? "Chạp" : "Giêng")} {year}",
            TimeframeKind.Several => string.Join(" và ", timeframe.Parts.Select(Format)),
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
