using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Rules;

/// <summary>
/// A path into a document's table ("Groups[2].Rows[0]", "Groups[2].Rows[0].Tasks[1]"), built only when a finding
/// needs it: rules look at every row, but most rows yield nothing.
/// </summary>
internal readonly struct DocumentPath
{
    private readonly int group;
    private readonly int row;
    private readonly int task;

    public DocumentPath(int group, int row, int task = -1)
    {
        this.group = group;
        this.row = row;
        this.task = task;
    }

    public DocumentPath WithTask(int index) => new(group, row, index);

    public override string ToString() => task < 0
        ? string.Create(CultureInfo.InvariantCulture, $"Groups[{group}].Rows[{row}]")
        : string.Create(CultureInfo.InvariantCulture, $"Groups[{group}].Rows[{row}].Tasks[{task}]");

    public static string operator +(DocumentPath path, string suffix) => path.ToString() + suffix;
}

/// <summary>A document's table as the structure rules see it: standard headings and the criterion of each row.</summary>
internal sealed class DocumentTable
{
    private DocumentTable(FrameworkVersion framework, IReadOnlyList<Heading> headings, IReadOnlyList<Row> rows)
    {
        Framework = framework;
        Headings = headings;
        Rows = rows;
    }

    /// <summary>The framework the document is bound to.</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>The heading rows, in order.</summary>
    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>Every criterion row, in order, with the heading it sits under.</summary>
    public IReadOnlyList<Row> Rows { get; }

    internal static DocumentTable For<TRow>(FrameworkVersion framework, IReadOnlyList<TableGroup<TRow>> groups, Func<TRow, string> text,
        Func<TRow, ParseResult<CriterionId>> reading)
        where TRow : class
    {
        var headings = new Heading[groups.Count];
        var rows = new List<Row>();
        for (int g = 0; g < groups.Count; g++)
        {
            headings[g] = new Heading(g, groups[g].RowNumber, groups[g].Heading);
            for (int r = 0; r < groups[g].Rows.Count; r++)
            {
                TRow row = groups[g].Rows[r];
                rows.Add(new Row(new DocumentPath(g, r), headings[g], text(row), reading(row)));
            }
        }
        return new DocumentTable(framework, headings, rows);
    }

    /// <summary>A heading row: its index, its TT number as written and the heading.</summary>
    internal sealed record Heading(int Index, string RowNumber, StandardHeading Text)
    {
        public string Path => string.Create(CultureInfo.InvariantCulture, $"Groups[{Index}]");
    }

    /// <summary>A criterion row: where it is, the heading above it, its criterion as written and as read.</summary>
    internal sealed record Row(DocumentPath Path, Heading Heading, string CriterionText, ParseResult<CriterionId> Reading);
}

/// <summary>The documents issued in a check, for the document rules: where each is, its kind and its reference.</summary>
internal sealed class CitedDocuments
{
    internal CitedDocuments(params (string Path, DocumentKind Kind, DocumentReference Reference)[] documents) => Documents = documents;

    /// <summary>Each document: its path, its kind, and its reference.</summary>
    public IReadOnlyList<(string Path, DocumentKind Kind, DocumentReference Reference)> Documents { get; }
}

/// <summary>The kinds of document the document rules name; the values are the argument values in findings.</summary>
internal enum DocumentKind
{
    Plan,
    Report,
    Decision,
}

/// <summary>A plan item with where it is and how findings name its criterion.</summary>
internal sealed record PlanItemEntry(PlanItem Item, DocumentPath Path)
{
    /// <summary>The criterion as read, else as written: the <c>criterion</c> argument of findings about the item.</summary>
    public string Label => Item.Criterion?.ToString() ?? Item.CriterionText;
}

/// <summary>A plan task with its item, where it is and the plan's reading of its timeframe.</summary>
internal sealed record PlanTaskEntry(PlanItemEntry Item, PlanTask Task, int Index, DocumentPath Path, ParseResult<Timeframe> Reading);

/// <summary>What the plan rules look at: the plan, its calendar, its items and tasks with their paths, and the timeframes read once.</summary>
internal sealed class PlanCheckContext
{
    private readonly Dictionary<ParseResult<Timeframe>, (LocalDate Start, LocalDate End)> bounds = new(ReferenceEqualityComparer.Instance);
    private Dictionary<CriterionId, Level>? selfAssessed;

    public PlanCheckContext(ImprovementPlan plan, CalendarProvider calendars)
    {
        Plan = Preconditions.CheckNotNull(plan);
        Calendars = Preconditions.CheckNotNull(calendars);
        Calendar = calendars.For(plan.SchoolYear);
        Table = DocumentTable.For(plan.Framework, plan.Groups, i => i.CriterionText, i => i.CriterionReading);
        Documents = new CitedDocuments(("Reference", DocumentKind.Plan, plan.Reference));
        Items = ItemsOf(plan);
        var tasks = new List<PlanTaskEntry>(Items.Count * 4);
        foreach (PlanItemEntry entry in Items)
        {
            for (int t = 0; t < entry.Item.Tasks.Count; t++)
            {
                PlanTask task = entry.Item.Tasks[t];
                tasks.Add(new PlanTaskEntry(entry, task, t, entry.Path.WithTask(t), plan.TimeframeOf(task)));
            }
        }
        Tasks = tasks;
    }

    /// <summary>A plan's items with their paths, in table order.</summary>
    internal static IReadOnlyList<PlanItemEntry> ItemsOf(ImprovementPlan plan)
    {
        var items = new List<PlanItemEntry>();
        for (int g = 0; g < plan.Groups.Count; g++)
        {
            IReadOnlyList<PlanItem> rows = plan.Groups[g].Rows;
            for (int i = 0; i < rows.Count; i++)
            {
                items.Add(new PlanItemEntry(rows[i], new DocumentPath(g, i)));
            }
        }
        return items;
    }

    public ImprovementPlan Plan { get; }

    public CalendarProvider Calendars { get; }

    /// <summary>The calendar of the plan's school year.</summary>
    public SchoolCalendar Calendar { get; }

    public DocumentTable Table { get; }

    /// <summary>The plan's own reference.</summary>
    public CitedDocuments Documents { get; }

    /// <summary>Every item, in table order.</summary>
    public IReadOnlyList<PlanItemEntry> Items { get; }

    /// <summary>Every task, in table order.</summary>
    public IReadOnlyList<PlanTaskEntry> Tasks { get; }

    /// <summary>The first and last day of a successful reading; each distinct reading is resolved once per check.</summary>
    /// <returns>Its days (start may be after end for a reversed span).</returns>
    public (LocalDate Start, LocalDate End) BoundsOf(ParseResult<Timeframe> reading)
    {
        if (!bounds.TryGetValue(reading, out var days))
        {
            days = reading.Value.Bounds(Calendars);
            bounds.Add(reading, days);
        }
        return days;
    }

    /// <summary>The levels the self-assessment table shows, by criterion (the first row of each criterion with marks).</summary>
    public IReadOnlyDictionary<CriterionId, Level> SelfAssessedLevels => selfAssessed ??= Plan.Basis.SelfAssessment
        .Where(r => r.Criterion is not null && r.MarkedLevel is not null)
        .GroupBy(r => r.Criterion!.Value)
        .ToDictionary(g => g.Key, g => g.First().MarkedLevel!.Value);

    /// <summary>The current level of an item: as the item states it, else as the self-assessment table shows it.</summary>
    /// <returns>The level, or <c>null</c> when neither says.</returns>
    public Level? CurrentLevelOf(PlanItem item)
        => item.CurrentLevel ?? (item.Criterion is { } c && SelfAssessedLevels.TryGetValue(c, out Level l) ? l : null);
}

/// <summary>A report row with where it is and how findings name its criterion.</summary>
internal sealed record ReportRowEntry(ReportRow Row, DocumentPath Path)
{
    /// <summary>The criterion as read, else as written.</summary>
    public string Label => Row.Criterion?.ToString() ?? Row.CriterionText;
}

/// <summary>What the report rules look at: the report, the plan it reports on (if known), and the calendar.</summary>
internal sealed class ReportCheckContext
{
    private readonly Dictionary<string, ParseResult<Timeframe>> expected = new(StringComparer.Ordinal);
    private Dictionary<CriterionId, List<string>>? tasks;

    public ReportCheckContext(ImplementationReport report, ImprovementPlan? plan, FrameworkVersion? framework, CalendarProvider calendars)
    {
        Report = Preconditions.CheckNotNull(report);
        Plan = plan;
        Calendars = Preconditions.CheckNotNull(calendars);
        Framework = plan?.Framework ?? Preconditions.CheckNotNull(framework);
        SchoolYear = plan?.SchoolYear ?? report.StatedSchoolYear ?? (report.Reference.Date is { } d ? Calendar.SchoolYear.TryFromDate(d) : null);
        Table = DocumentTable.For(Framework, report.Groups, r => r.CriterionText, r => r.CriterionReading);
        Documents = new CitedDocuments(("Reference", DocumentKind.Report, report.Reference));
        var rows = new List<ReportRowEntry>();
        for (int g = 0; g < report.Groups.Count; g++)
        {
            for (int r = 0; r < report.Groups[g].Rows.Count; r++)
            {
                rows.Add(new ReportRowEntry(report.Groups[g].Rows[r], new DocumentPath(g, r)));
            }
        }
        Rows = rows;
        PlanItems = plan is null ? Array.Empty<PlanItemEntry>() : PlanCheckContext.ItemsOf(plan);
    }

    public ImplementationReport Report { get; }

    /// <summary>The plan, or <c>null</c>.</summary>
    public ImprovementPlan? Plan { get; }

    public FrameworkVersion Framework { get; }

    public CalendarProvider Calendars { get; }

    /// <summary>The school year reported on: the plan's, else the one the report states, else the report date's.</summary>
    public SchoolYear? SchoolYear { get; }

    public DocumentTable Table { get; }

    /// <summary>The report's own reference.</summary>
    public CitedDocuments Documents { get; }

    /// <summary>Every report row, in table order.</summary>
    public IReadOnlyList<ReportRowEntry> Rows { get; }

    /// <summary>The criterion of a row as read, else as written: the <c>criterion</c> argument of findings about the row.</summary>
    public string Label(ReportRow row) => row.Criterion?.ToString() ?? row.CriterionText;

    /// <summary>The plan's items with their paths (empty without a plan).</summary>
    public IReadOnlyList<PlanItemEntry> PlanItems { get; }

    /// <summary>How a "dự kiến …" text reads in the reported year; each distinct text is read once per check.</summary>
    public ParseResult<Timeframe> ExpectedTime(string text, SchoolYear year)
    {
        if (!expected.TryGetValue(text, out ParseResult<Timeframe>? reading))
        {
            reading = TimeframeParser.Parse(text, year);
            expected.Add(text, reading);
        }
        return reading;
    }

    /// <summary>The descriptions of the plan's tasks for a criterion.</summary>
    public IReadOnlyList<string> PlannedTasks(CriterionId criterion)
    {
        if (tasks is null)
        {
            tasks = new Dictionary<CriterionId, List<string>>();
            foreach (PlanItemEntry entry in PlanItems)
            {
                if (entry.Item.Criterion is not { } c)
                {
                    continue;
                }
                if (!tasks.TryGetValue(c, out List<string>? list))
                {
                    list = new List<string>(entry.Item.Tasks.Count);
                    tasks.Add(c, list);
                }
                foreach (PlanTask task in entry.Item.Tasks)
                {
                    list.Add(task.Description);
                }
            }
        }
        return tasks.TryGetValue(criterion, out List<string>? found) ? found : Array.Empty<string>();
    }
}

/// <summary>What the supervision rules look at: the plan, the team and the minutes.</summary>
internal sealed class SupervisionCheckContext
{
    public SupervisionCheckContext(ImprovementPlan plan, SupervisionTeam team, IEnumerable<SupervisionMinutes> minutes, CalendarProvider calendars)
    {
        Plan = Preconditions.CheckNotNull(plan);
        Team = Preconditions.CheckNotNull(team);
        Minutes = Lists.Copy(minutes);
        Calendars = Preconditions.CheckNotNull(calendars);
        Documents = new CitedDocuments(("Team.Decision", DocumentKind.Decision, team.Decision));
    }

    public ImprovementPlan Plan { get; }

    public SupervisionTeam Team { get; }

    public IReadOnlyList<SupervisionMinutes> Minutes { get; }

    public CalendarProvider Calendars { get; }

    /// <summary>The decision's reference.</summary>
    public CitedDocuments Documents { get; }
}
