using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Plans;

/// <summary>
/// An education-quality improvement plan (kế hoạch cải tiến chất lượng) for one school year, bound to one framework
/// version: its reference, its basis, and its table of items grouped under standard headings.
/// </summary>
/// <remarks>
/// Immutable: the framework and school year are given to the constructor, everything else through named
/// <c>init</c> properties, each checked as it is set (no null, no unset <see cref="Level"/>). Content that is wrong
/// (an unknown criterion, a duplicate row number, a timeframe outside the year) is representable:
/// <see cref="Rules.ConsistencyChecker"/> reports it. Setters throw only for programmer errors.
/// </remarks>
/// <example>
/// <code>
/// var plan = new ImprovementPlan(KnownFrameworks.Tt18, new SchoolYear(2023))
/// {
///     SchoolName = "Trường THCS Tôn Thất Tùng",
///     Reference = new DocumentReference("100/KH-TTT", new LocalDate(2023, 5, 15)),
///     Groups =
///     [
///         TableGroup.For(KnownFrameworks.Tt18.Standards[1],
///             new PlanItem(new CriterionId(2, 1))
///             {
///                 TargetResult = "Cán bộ quản lý tham gia lớp nâng cao trình độ quản lý",
///                 Tasks = [new PlanTask { Description = "Cử CBQL đi bồi dưỡng", Lead = "Hiệu trưởng", Timeframe = "9/2023" }],
///             }),
///     ],
/// };
/// </code>
/// </example>
public sealed class ImprovementPlan
{
    private Dictionary<string, ParseResult<Timeframe>>? readings;

    /// <summary>Creates a plan of a school year under a framework version; the rest is set through the named properties.</summary>
    /// <param name="framework">The framework version it is bound to.</param>
    /// <param name="schoolYear">The school year it covers (not the unset default).</param>
    public ImprovementPlan(FrameworkVersion framework, SchoolYear schoolYear)
    {
        Framework = Preconditions.CheckNotNull(framework);
        SchoolYear = SchoolYear.CheckArgument(schoolYear, nameof(schoolYear));
    }

    /// <summary>The plan's identifier; empty until a store assigns one.</summary>
    public PlanId Id { get; init; }

    /// <summary>The school's identifier; empty when not known.</summary>
    public SchoolId School { get; init; }

    /// <summary>The school's name ("Trường THCS Tôn Thất Tùng").</summary>
    public string SchoolName { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The framework version.</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>The school year covered.</summary>
    public SchoolYear SchoolYear { get; }

    /// <summary>The plan's number and date; <see cref="DocumentReference.Missing"/> when not given.</summary>
    public DocumentReference Reference { get; init => field = Preconditions.CheckNotNull(value); } = DocumentReference.Missing;

    /// <summary>The basis (căn cứ xây dựng kế hoạch); <see cref="PlanBasis.Empty"/> when not given.</summary>
    public PlanBasis Basis { get; init => field = Preconditions.CheckNotNull(value); } = PlanBasis.Empty;

    /// <summary>The table: standard headings with their items, in order.</summary>
    public IReadOnlyList<TableGroup<PlanItem>> Groups { get; init => field = Lists.Copy(value); } = Array.Empty<TableGroup<PlanItem>>();

    /// <summary>The school level aimed at, as the plan's level heading states it ("MỨC 3"), or <c>null</c>.</summary>
    public Level? TargetSchoolLevel { get; init => field = Level.CheckArgument(value, nameof(TargetSchoolLevel)); }

    /// <summary>Every item, in table order.</summary>
    public IEnumerable<PlanItem> Items => Groups.SelectMany(g => g.Rows);

    /// <summary>
    /// How a task's timeframe reads in this plan's school year: the one shared reading of the task's
    /// <see cref="PlanTask.Timeframe"/> text. Each distinct text of the plan is read once, on first use, and shared by the
    /// checker, progress tracking and queries.
    /// </summary>
    /// <param name="task">A task of this plan (a task of another plan is read in this plan's year, without caching).</param>
    /// <returns>The timeframe with its notes, or a failure naming what could not be read.</returns>
    public ParseResult<Timeframe> TimeframeOf(PlanTask task)
    {
        Preconditions.CheckNotNull(task);
        Dictionary<string, ParseResult<Timeframe>> map = Volatile.Read(ref readings) ?? ReadTimeframes();
        return map.TryGetValue(task.Timeframe, out ParseResult<Timeframe>? reading) ? reading : TimeframeParser.Parse(task.Timeframe, SchoolYear);
    }

    private Dictionary<string, ParseResult<Timeframe>> ReadTimeframes()
    {
        // Plans repeat a few timeframes ("Năm học 2023-2024") across many tasks: read each distinct text once.
        var map = new Dictionary<string, ParseResult<Timeframe>>(StringComparer.Ordinal);
        foreach (TableGroup<PlanItem> group in Groups)
        {
            foreach (PlanItem item in group.Rows)
            {
                foreach (PlanTask task in item.Tasks)
                {
                    if (!map.ContainsKey(task.Timeframe))
                    {
                        map.Add(task.Timeframe, TimeframeParser.Parse(task.Timeframe, SchoolYear));
                    }
                }
            }
        }
        return Interlocked.CompareExchange(ref readings, map, null) ?? map;
    }

    /// <summary>A copy with another identifier (for a store that assigns them).</summary>
    internal ImprovementPlan WithId(PlanId id) => new(Framework, SchoolYear)
    {
        Id = id, School = School, SchoolName = SchoolName, Reference = Reference, Basis = Basis, Groups = Groups, TargetSchoolLevel = TargetSchoolLevel,
    };
}

/// <summary>What a plan is based on (căn cứ): the self-assessment, the external evaluation and last year's results.</summary>
/// <remarks>Immutable; every part is optional and set by name.</remarks>
public sealed class PlanBasis
{
    /// <summary>An empty basis.</summary>
    public static PlanBasis Empty { get; } = new();

    /// <summary>The self-assessment report's period as written ("giai đoạn từ năm 2017 đến 2022").</summary>
    public string SelfAssessmentPeriod { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The external evaluation report, or <c>null</c> when not cited.</summary>
    public DocumentReference? ExternalEvaluation { get; init; }

    /// <summary>The sentence citing the results already achieved, as written ("Kết quả … đạt được trong năm học 2022 – 2023").</summary>
    public string PreviousResults { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The self-assessment table rows, in order (standard headings and criteria), when the plan reproduces it.</summary>
    public IReadOnlyList<SelfAssessmentRow> SelfAssessment { get; init => field = Lists.Copy(value); } = Array.Empty<SelfAssessmentRow>();
}

/// <summary>
/// A row of a self-assessment table: its label ("Tiêu chí 1.1", "Tiêu chuẩn 4") and its marks under Không đạt and
/// Mức 1, 2, 3.
/// </summary>
/// <remarks>Immutable. A heading row with marks, or marks that skip a level, are representable and reported.</remarks>
public sealed class SelfAssessmentRow
{
    /// <summary>Creates a row from its label as written; set the marks by name.</summary>
    /// <param name="label">The label as written ("Tiêu chí 1.1", "Tiêu chuẩn 4").</param>
    public SelfAssessmentRow(string label)
    {
        Label = VietnameseText.Normalize(label);
        ParseResult<CriterionId> c = CriterionId.Parse(Label);
        Criterion = c.Success ? c.Value : null;
    }

    /// <summary>
    /// Creates the row of a criterion marked at a level: "Tiêu chí s.n" with Mức 1 up to <paramref name="level"/> marked
    /// out of three columns (four for Mức 4), or Không đạt marked.
    /// </summary>
    /// <param name="criterion">The criterion.</param>
    /// <param name="level">The level the table shows.</param>
    public SelfAssessmentRow(CriterionId criterion, Level level)
        : this("Tiêu chí " + CriterionId.CheckArgument(criterion, nameof(criterion)))
    {
        int marked = Level.CheckArgument(level, nameof(level)).Value;
        NotMet = level.IsNotMet;
        LevelMarks = Enumerable.Range(1, Math.Max(3, marked)).Select(l => l <= marked).ToList().AsReadOnly();
    }

    /// <summary>The label as written.</summary>
    public string Label { get; }

    /// <summary>Whether "Không đạt" is marked.</summary>
    public bool NotMet { get; init; }

    /// <summary>The marks under Mức 1, 2, 3 (, 4), in order; at most four.</summary>
    public IReadOnlyList<bool> LevelMarks
    {
        get;
        init
        {
            IReadOnlyList<bool> marks = Preconditions.CheckNotNull(value).ToList().AsReadOnly();
            Preconditions.CheckArgument(marks.Count <= Level.MaxValue, "At most four level columns.");
            field = marks;
        }
    } = Array.Empty<bool>();

    /// <summary>The criterion the label names, or <c>null</c> for a standard heading or an unreadable label.</summary>
    public CriterionId? Criterion { get; }

    /// <summary>Whether any level is marked.</summary>
    public bool HasMarks => NotMet || LevelMarks.Any(m => m);

    /// <summary>
    /// The level the marks show: the highest level marked consecutively from Mức 1; <see cref="Level.NotMet"/> when
    /// Không đạt is marked or Mức 1 is not; <c>null</c> when nothing is marked.
    /// </summary>
    public Level? MarkedLevel
    {
        get
        {
            if (!HasMarks)
            {
                return null;
            }
            int level = 0;
            while (!NotMet && level < LevelMarks.Count && LevelMarks[level])
            {
                level++;
            }
            return new Level(level);
        }
    }
}

/// <summary>One row of a plan's table: a criterion, the levels, the target result, the tasks and what supports them.</summary>
/// <remarks>
/// Immutable. The criterion is given to the constructor (as written, or as a <see cref="CriterionId"/>); the rest is set by
/// name. Text is kept as written (normalised); <see cref="Criterion"/> is what the criterion text reads as.
/// </remarks>
public sealed class PlanItem
{
    /// <summary>Creates an item for a criterion as written ("Tiêu chí 2. 4").</summary>
    /// <param name="criterionText">The criterion as written.</param>
    public PlanItem(string criterionText)
    {
        CriterionText = VietnameseText.Normalize(criterionText);
        CriterionReading = CriterionId.Parse(CriterionText);
    }

    /// <summary>Creates an item for a criterion, written "Tiêu chí s.n".</summary>
    /// <param name="criterion">The criterion (not the unset default).</param>
    public PlanItem(CriterionId criterion)
        : this("Tiêu chí " + CriterionId.CheckArgument(criterion, nameof(criterion)))
    {
    }

    /// <summary>The criterion as written.</summary>
    public string CriterionText { get; }

    /// <summary>How the criterion text reads, with what was normalised.</summary>
    public ParseResult<CriterionId> CriterionReading { get; }

    /// <summary>The criterion, or <c>null</c> when the text cannot be read as one.</summary>
    public CriterionId? Criterion => CriterionReading.Success ? CriterionReading.Value : null;

    /// <summary>Kết quả cần đạt (so với hiện trạng).</summary>
    public string TargetResult { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Công việc/giải pháp, each with its lead and timeframe, in order.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; init => field = Lists.Copy(value); } = Array.Empty<PlanTask>();

    /// <summary>The current level as the item states it (<see cref="Level.NotMet"/> for không đạt), or <c>null</c>.</summary>
    public Level? CurrentLevel { get; init => field = Level.CheckArgument(value, nameof(CurrentLevel)); }

    /// <summary>The target level ("Mức 3"), or <c>null</c> when not stated.</summary>
    public Level? TargetLevel { get; init => field = Level.CheckArgument(value, nameof(TargetLevel)); }

    /// <summary>Dự kiến kinh phí, as written ("Không", "5.000.000 đồng").</summary>
    public string Budget { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Điều kiện hỗ trợ khác.</summary>
    public string OtherSupport { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Ghi chú.</summary>
    public string Notes { get; init => field = VietnameseText.Normalize(value); } = string.Empty;
}

/// <summary>A task (công việc/giải pháp) of a plan item: what to do, who leads, who helps, when.</summary>
/// <remarks>
/// Immutable; every part is set by name and may be empty (the checker reports a task without a lead or a timeframe).
/// The timeframe is kept as written; its reading is <see cref="ImprovementPlan.TimeframeOf"/>, in the plan's school year.
/// </remarks>
public sealed class PlanTask
{
    /// <summary>What to do.</summary>
    public string Description { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Who leads (chủ trì).</summary>
    public string Lead { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>When, as written ("HKI, năm học 23-24"); read by <see cref="ImprovementPlan.TimeframeOf"/>.</summary>
    public string Timeframe { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Who takes part (phối hợp); blank names are dropped.</summary>
    public IReadOnlyList<string> Collaborators
    {
        get;
        init => field = Preconditions.CheckNotNull(value).Select(VietnameseText.Normalize).Where(c => c.Length > 0).ToList().AsReadOnly();
    } = Array.Empty<string>();
}
