using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Tracking;

/// <summary>Where a task stands on a date.</summary>
public enum TaskState
{
    /// <summary>Its timeframe has not started yet.</summary>
    NotYetStarted = 1,

    /// <summary>Its timeframe is running.</summary>
    Running = 2,

    /// <summary>Its timeframe is running and ends within the look-ahead window.</summary>
    DueSoon = 3,

    /// <summary>Its timeframe has ended and no completed outcome is reported.</summary>
    Overdue = 4,

    /// <summary>A completed outcome is reported for its criterion.</summary>
    Completed = 5,

    /// <summary>Its timeframe cannot be read, so it cannot be placed.</summary>
    Unscheduled = 6,
}

/// <summary>A task's state on a date.</summary>
/// <remarks>Immutable.</remarks>
public sealed class TaskProgress
{
    internal TaskProgress(string path, CriterionId? criterion, PlanTask task, DateInterval? days, TaskState state, int? daysLeft)
    {
        Path = path;
        Criterion = criterion;
        Task = task;
        Days = days;
        State = state;
        DaysLeft = daysLeft;
    }

    /// <summary>The task's path in the plan.</summary>
    public string Path { get; }

    /// <summary>The criterion.</summary>
    public CriterionId? Criterion { get; }

    /// <summary>The task.</summary>
    public PlanTask Task { get; }

    /// <summary>Its days, or <c>null</c> when unscheduled.</summary>
    public DateInterval? Days { get; }

    /// <summary>Its state.</summary>
    public TaskState State { get; }

    /// <summary>Days from the date to the end of its timeframe (negative when past), or <c>null</c> when unscheduled.</summary>
    public int? DaysLeft { get; }
}

/// <summary>A supervision checkpoint of the year (end of semester I, end of year) and whether minutes exist for it.</summary>
/// <remarks>Immutable.</remarks>
public sealed class SupervisionCheckpoint
{
    internal SupervisionCheckpoint(BilingualText name, LocalDate due, DateInterval window, bool hasMinutes, bool isPast)
    {
        Name = name;
        Due = due;
        Window = window;
        HasMinutes = hasMinutes;
        IsPast = isPast;
    }

    /// <summary>Its name.</summary>
    public BilingualText Name { get; }

    /// <summary>The day it falls on.</summary>
    public LocalDate Due { get; }

    /// <summary>Minutes dated in this window count for it.</summary>
    public DateInterval Window { get; }

    /// <summary>Whether minutes exist in the window.</summary>
    public bool HasMinutes { get; }

    /// <summary>Whether the window has closed on the date.</summary>
    public bool IsPast { get; }
}

/// <summary>
/// A plan's state on a date: each task's state, the overdue ones, the ones due within the look-ahead window, the ones
/// not yet started, the state of each criterion, and the supervision checkpoints of the year.
/// </summary>
/// <remarks>Immutable. Outcomes come from the report so far, if any; without one, nothing counts as completed.</remarks>
public sealed class PlanProgress
{
    private PlanProgress(ImprovementPlan plan, LocalDate date, IReadOnlyList<TaskProgress> tasks, IReadOnlyList<SupervisionCheckpoint> checkpoints)
    {
        Plan = plan;
        Date = date;
        Tasks = tasks;
        Checkpoints = checkpoints;
    }

    /// <summary>The plan.</summary>
    public ImprovementPlan Plan { get; }

    /// <summary>The date of the snapshot.</summary>
    public LocalDate Date { get; }

    /// <summary>Every task's state, in plan order.</summary>
    public IReadOnlyList<TaskProgress> Tasks { get; }

    /// <summary>Tasks whose timeframe has ended with no completed outcome.</summary>
    public IEnumerable<TaskProgress> Overdue => TaskSpecifications.Overdue.Evaluate(Tasks);

    /// <summary>Tasks due within the look-ahead window.</summary>
    public IEnumerable<TaskProgress> DueSoon => TaskSpecifications.DueSoon.Evaluate(Tasks);

    /// <summary>Tasks whose timeframe has not started.</summary>
    public IEnumerable<TaskProgress> NotYetStarted => TaskSpecifications.NotYetStarted.Evaluate(Tasks);

    /// <summary>The worst state of each criterion's tasks (overdue before due soon before running…), in criterion order.</summary>
    public IReadOnlyDictionary<CriterionId, TaskState> ByCriterion => Tasks.Where(t => t.Criterion is not null)
        .GroupBy(t => t.Criterion!.Value).OrderBy(g => g.Key)
        .ToDictionary(g => g.Key, g => g.Select(t => t.State).OrderBy(Rank).First());

    /// <summary>The supervision checkpoints of the year.</summary>
    public IReadOnlyList<SupervisionCheckpoint> Checkpoints { get; }

    /// <summary>The progress today.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="clock">The clock.</param>
    /// <param name="zone">The school's time zone.</param>
    /// <param name="report">The report so far, for completed outcomes.</param>
    /// <param name="minutes">The supervision minutes so far.</param>
    /// <param name="calendars">The calendars (national by default).</param>
    /// <param name="lookAheadDays">How many days ahead counts as due soon.</param>
    /// <returns>The progress.</returns>
    public static PlanProgress Now(ImprovementPlan plan, IClock clock, DateTimeZone zone, ImplementationReport? report = null,
        IEnumerable<SupervisionMinutes>? minutes = null, CalendarProvider? calendars = null, int lookAheadDays = 14)
        => On(plan, Preconditions.CheckNotNull(clock).GetCurrentInstant().InZone(Preconditions.CheckNotNull(zone)).Date, report, minutes, calendars, lookAheadDays);

    /// <summary>The progress on a date.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="date">The date.</param>
    /// <param name="report">The report so far, for completed outcomes.</param>
    /// <param name="minutes">The supervision minutes so far.</param>
    /// <param name="calendars">The calendars (national by default).</param>
    /// <param name="lookAheadDays">How many days ahead counts as due soon (0 to 366).</param>
    /// <returns>The progress.</returns>
    public static PlanProgress On(ImprovementPlan plan, LocalDate date, ImplementationReport? report = null,
        IEnumerable<SupervisionMinutes>? minutes = null, CalendarProvider? calendars = null, int lookAheadDays = 14)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckArgumentRange(lookAheadDays, 0, 366);
        calendars ??= CalendarProvider.National;
        var completed = new HashSet<CriterionId>((report?.Rows ?? Enumerable.Empty<ReportRow>())
            .Where(r => r.HasCompleted && !r.HasInProgress && !r.HasNotStarted && r.Criterion is not null).Select(r => r.Criterion!.Value));
        var tasks = new List<TaskProgress>();
        for (int g = 0; g < plan.Groups.Count; g++)
        {
            for (int i = 0; i < plan.Groups[g].Rows.Count; i++)
            {
                PlanItem item = plan.Groups[g].Rows[i];
                for (int t = 0; t < item.Tasks.Count; t++)
                {
                    tasks.Add(Track($"Groups[{g}].Rows[{i}].Tasks[{t}]", item, item.Tasks[t], plan.TimeframeOf(item.Tasks[t]), date, completed, calendars, lookAheadDays));
                }
            }
        }
        return new PlanProgress(plan, date, tasks, BuildCheckpoints(plan.SchoolYear, date, minutes, calendars));
    }

    private static TaskProgress Track(string path, PlanItem item, PlanTask task, ParseResult<Timeframe> reading, LocalDate date, HashSet<CriterionId> completed,
        CalendarProvider calendars, int lookAhead)
    {
        if (!reading.Success || reading.Value.IsReversed(calendars))
        {
            return new TaskProgress(path, item.Criterion, task, null, TaskState.Unscheduled, null);
        }
        DateInterval days = reading.Value.Resolve(calendars);
        int left = Period.Between(date, days.End, PeriodUnits.Days).Days;
        TaskState state = item.Criterion is { } c && completed.Contains(c) ? TaskState.Completed
            : date > days.End ? TaskState.Overdue
            : date < days.Start ? TaskState.NotYetStarted
            : left <= lookAhead ? TaskState.DueSoon
            : TaskState.Running;
        return new TaskProgress(path, item.Criterion, task, days, state, left);
    }

    private static IReadOnlyList<SupervisionCheckpoint> BuildCheckpoints(SchoolYear year, LocalDate date, IEnumerable<SupervisionMinutes>? minutes, CalendarProvider calendars)
    {
        SchoolCalendar calendar = calendars.For(year);
        List<LocalDate> dates = (minutes ?? Enumerable.Empty<SupervisionMinutes>()).Where(m => m.Date is not null).Select(m => m.Date!.Value).ToList();
        var semester = new DateInterval(calendar.SemesterOneLastDay.PlusDays(-30), calendar.SemesterTwoFirstDay.PlusDays(30));
        var yearEnd = new DateInterval(calendar.YearLastDay.PlusDays(-30), calendar.AdministrativeYear.End);
        return new[]
        {
            new SupervisionCheckpoint(new BilingualText("Giám sát cuối học kỳ I", "End of semester I supervision"), calendar.SemesterOneLastDay, semester,
                dates.Any(semester.Contains), date > semester.End),
            new SupervisionCheckpoint(new BilingualText("Giám sát cuối năm học", "End of year supervision"), calendar.YearLastDay, yearEnd,
                dates.Any(yearEnd.Contains), date > yearEnd.End),
        };
    }

    private static int Rank(TaskState state) => state switch
    {
        TaskState.Overdue => 0,
        TaskState.Unscheduled => 1,
        TaskState.DueSoon => 2,
        TaskState.Running => 3,
        TaskState.NotYetStarted => 4,
        _ => 5,
    };
}
