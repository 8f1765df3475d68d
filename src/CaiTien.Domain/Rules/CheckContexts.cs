using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Rules;

/// <summary>A document's table as the structure rules see it: standard headings and the criterion of each row.</summary>
/// <remarks>Immutable view over a plan's or a report's table.</remarks>
public sealed class DocumentTable
{
    internal DocumentTable(FrameworkVersion framework, IReadOnlyList<TableGroup> groups)
    {
        Framework = framework;
        Groups = groups;
    }

    /// <summary>The framework the document is bound to.</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>The heading groups.</summary>
    public IReadOnlyList<TableGroup> Groups { get; }

    internal static DocumentTable ForPlan(ImprovementPlan plan)
        => new(plan.Framework, plan.Groups.Select((g, i) => new TableGroup($"Groups[{i}]", g.RowNumber, g.Heading,
            g.Items.Select((item, j) => new TableRow($"Groups[{i}].Items[{j}]", item.CriterionText, item.CriterionReading)).ToList())).ToList());

    internal static DocumentTable ForReport(ImplementationReport report, FrameworkVersion framework)
        => new(framework, report.Groups.Select((g, i) => new TableGroup($"Groups[{i}]", g.RowNumber, g.Heading,
            g.Rows.Select((row, j) => new TableRow($"Groups[{i}].Rows[{j}]", row.CriterionText, row.CriterionReading)).ToList())).ToList());
}

/// <summary>A heading group of a <see cref="DocumentTable"/>.</summary>
public sealed class TableGroup
{
    internal TableGroup(string path, string rowNumber, StandardHeading heading, IReadOnlyList<TableRow> rows)
    {
        Path = path;
        RowNumber = rowNumber;
        Heading = heading;
        Rows = rows;
    }

    /// <summary>Its path.</summary>
    public string Path { get; }

    /// <summary>The TT number as written.</summary>
    public string RowNumber { get; }

    /// <summary>The heading.</summary>
    public StandardHeading Heading { get; }

    /// <summary>Its rows.</summary>
    public IReadOnlyList<TableRow> Rows { get; }
}

/// <summary>A row of a <see cref="DocumentTable"/>: where it is and what its criterion text reads as.</summary>
public sealed class TableRow
{
    internal TableRow(string path, string criterionText, ParseResult<CriterionId> reading)
    {
        Path = path;
        CriterionText = criterionText;
        Reading = reading;
    }

    /// <summary>Its path.</summary>
    public string Path { get; }

    /// <summary>The criterion as written.</summary>
    public string CriterionText { get; }

    /// <summary>What it reads as.</summary>
    public ParseResult<CriterionId> Reading { get; }
}

/// <summary>The documents cited or issued in a check, for the document rules: where each is and its reference.</summary>
public sealed class CitedDocuments
{
    internal CitedDocuments(IReadOnlyList<(string Path, string Kind, DocumentReference Reference)> documents) => Documents = documents;

    /// <summary>Each document: its path, its kind in Vietnamese ("kế hoạch"), and its reference.</summary>
    public IReadOnlyList<(string Path, string Kind, DocumentReference Reference)> Documents { get; }
}

/// <summary>What the plan rules look at: the plan, its calendar, and its timeframes read once.</summary>
public sealed class PlanCheckContext
{
    private readonly ParseResult<Timeframe>[][][] timeframes;
    private Dictionary<CriterionId, int>? selfAssessed;

    /// <summary>Creates a context.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="calendars">The calendars to resolve timeframes against.</param>
    public PlanCheckContext(ImprovementPlan plan, CalendarProvider calendars)
    {
        Plan = Preconditions.CheckNotNull(plan);
        Calendars = Preconditions.CheckNotNull(calendars);
        Calendar = calendars.For(plan.SchoolYear);
        Table = DocumentTable.ForPlan(plan);
        Documents = new CitedDocuments(new[] { ("Reference", "kế hoạch", plan.Reference) });
        // Plans repeat a few timeframes ("Năm học 2023-2024") across many tasks: read each distinct text once.
        var distinct = new Dictionary<string, ParseResult<Timeframe>>(StringComparer.Ordinal);
        timeframes = plan.Groups.Select(g => g.Items.Select(i => i.Tasks.Select(t =>
        {
            if (!distinct.TryGetValue(t.Timeframe, out ParseResult<Timeframe>? reading))
            {
                reading = TimeframeParser.Parse(t.Timeframe, plan.SchoolYear);
                distinct.Add(t.Timeframe, reading);
            }
            return reading;
        }).ToArray()).ToArray()).ToArray();
    }

    /// <summary>The plan.</summary>
    public ImprovementPlan Plan { get; }

    /// <summary>The calendars.</summary>
    public CalendarProvider Calendars { get; }

    /// <summary>The calendar of the plan's school year.</summary>
    public SchoolCalendar Calendar { get; }

    /// <summary>The plan's table.</summary>
    public DocumentTable Table { get; }

    /// <summary>The plan's own reference.</summary>
    public CitedDocuments Documents { get; }

    /// <summary>How a task's timeframe reads.</summary>
    /// <param name="group">The group index.</param>
    /// <param name="item">The item index in the group.</param>
    /// <param name="task">The task index in the item.</param>
    /// <returns>The reading.</returns>
    public ParseResult<Timeframe> TimeframeOf(int group, int item, int task) => timeframes[group][item][task];

    private readonly Dictionary<ParseResult<Timeframe>, (NodaTime.LocalDate Start, NodaTime.LocalDate End)> bounds = new(ReferenceEqualityComparer.Instance);

    /// <summary>The first and last day of a reading from <see cref="TimeframeOf"/>; each distinct reading is resolved once.</summary>
    /// <param name="reading">A successful reading.</param>
    /// <returns>Its days (start may be after end for a reversed span).</returns>
    internal (NodaTime.LocalDate Start, NodaTime.LocalDate End) BoundsOf(ParseResult<Timeframe> reading)
    {
        if (!bounds.TryGetValue(reading, out var days))
        {
            days = reading.Value.Bounds(Calendars);
            bounds.Add(reading, days);
        }
        return days;
    }

    /// <summary>The levels the self-assessment table shows, by criterion.</summary>
    public IReadOnlyDictionary<CriterionId, int> SelfAssessedLevels => selfAssessed ??= Plan.Basis.SelfAssessment
        .Where(r => r.Criterion is not null && r.HasMarks)
        .GroupBy(r => r.Criterion!.Value)
        .ToDictionary(g => g.Key, g => g.First().MarkedLevel);

    /// <summary>The current level of an item: as the item states it, else as the self-assessment table shows it.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The level, or <c>null</c> when neither says.</returns>
    public int? CurrentLevelOf(PlanItem item)
        => item.CurrentLevel ?? (item.Criterion is { } c && SelfAssessedLevels.TryGetValue(c, out int l) ? l : null);
}

/// <summary>What the report rules look at: the report, the plan it reports on (if known), and the calendar.</summary>
public sealed class ReportCheckContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="report">The report.</param>
    /// <param name="plan">The plan it reports on, or <c>null</c> to check the report alone.</param>
    /// <param name="framework">The framework when there is no plan (defaults to the plan's).</param>
    /// <param name="calendars">The calendars.</param>
    public ReportCheckContext(ImplementationReport report, ImprovementPlan? plan, FrameworkVersion? framework, CalendarProvider calendars)
    {
        Report = Preconditions.CheckNotNull(report);
        Plan = plan;
        Calendars = Preconditions.CheckNotNull(calendars);
        Framework = plan?.Framework ?? Preconditions.CheckNotNull(framework);
        SchoolYear = plan?.SchoolYear ?? report.StatedSchoolYear ?? (report.Reference.Date is { } d ? Calendar.SchoolYear.FromDate(d) : null);
        Table = DocumentTable.ForReport(report, Framework);
        var documents = new List<(string, string, DocumentReference)> { ("Reference", "báo cáo", report.Reference) };
        Documents = new CitedDocuments(documents);
    }

    /// <summary>The report.</summary>
    public ImplementationReport Report { get; }

    /// <summary>The plan, or <c>null</c>.</summary>
    public ImprovementPlan? Plan { get; }

    /// <summary>The framework.</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>The calendars.</summary>
    public CalendarProvider Calendars { get; }

    /// <summary>The school year reported on: the plan's, else the one the report states, else the report date's.</summary>
    public SchoolYear? SchoolYear { get; }

    /// <summary>The report's table.</summary>
    public DocumentTable Table { get; }

    /// <summary>The report's own reference.</summary>
    public CitedDocuments Documents { get; }

    private readonly Dictionary<string, ParseResult<Timeframe>> expected = new(StringComparer.Ordinal);
    private Dictionary<CriterionId, List<string>>? tasks;

    /// <summary>How a "dự kiến …" text reads in the reported year; each distinct text is read once per check.</summary>
    internal ParseResult<Timeframe> ExpectedTime(string text, SchoolYear year)
    {
        if (!expected.TryGetValue(text, out ParseResult<Timeframe>? reading))
        {
            reading = TimeframeParser.Parse(text, year);
            expected.Add(text, reading);
        }
        return reading;
    }

    /// <summary>The descriptions of the plan's tasks for a criterion.</summary>
    internal IReadOnlyList<string> PlannedTasks(CriterionId criterion)
    {
        if (tasks is null)
        {
            tasks = new Dictionary<CriterionId, List<string>>();
            foreach (PlanItem item in Plan?.Items ?? Enumerable.Empty<PlanItem>())
            {
                if (item.Criterion is not { } c)
                {
                    continue;
                }
                if (!tasks.TryGetValue(c, out List<string>? list))
                {
                    list = new List<string>(item.Tasks.Count);
                    tasks.Add(c, list);
                }
                foreach (PlanTask task in item.Tasks)
                {
                    list.Add(task.Description);
                }
            }
        }
        return tasks.TryGetValue(criterion, out List<string>? found) ? found : (IReadOnlyList<string>)Array.Empty<string>();
    }
}

/// <summary>What the supervision rules look at: the plan, the team and the minutes.</summary>
public sealed class SupervisionCheckContext
{
    /// <summary>Creates a context.</summary>
    /// <param name="plan">The plan supervised.</param>
    /// <param name="team">The team.</param>
    /// <param name="minutes">The minutes, in any order.</param>
    /// <param name="calendars">The calendars.</param>
    public SupervisionCheckContext(ImprovementPlan plan, SupervisionTeam team, IEnumerable<SupervisionMinutes> minutes, CalendarProvider calendars)
    {
        Plan = Preconditions.CheckNotNull(plan);
        Team = Preconditions.CheckNotNull(team);
        Minutes = Preconditions.CheckNotNull(minutes).ToList().AsReadOnly();
        Calendars = Preconditions.CheckNotNull(calendars);
        var documents = new List<(string, string, DocumentReference)> { ("Team.Decision", "quyết định thành lập tổ giám sát", team.Decision) };
        Documents = new CitedDocuments(documents);
    }

    /// <summary>The plan.</summary>
    public ImprovementPlan Plan { get; }

    /// <summary>The team.</summary>
    public SupervisionTeam Team { get; }

    /// <summary>The minutes.</summary>
    public IReadOnlyList<SupervisionMinutes> Minutes { get; }

    /// <summary>The calendars.</summary>
    public CalendarProvider Calendars { get; }

    /// <summary>The decision's reference.</summary>
    public CitedDocuments Documents { get; }
}
