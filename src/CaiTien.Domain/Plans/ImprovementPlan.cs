using System;
using System.Collections.Generic;
using System.Linq;
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
/// Immutable. Content that is wrong (an unknown criterion, a duplicate row number, a timeframe outside the year) is
/// representable: <see cref="CaiTien.Domain.Rules.ConsistencyChecker"/> reports it. Constructors throw only for programmer errors.
/// </remarks>
public sealed class ImprovementPlan
{
    /// <summary>Creates a plan.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="school">The school's identifier.</param>
    /// <param name="schoolName">The school's name ("Trường THCS Tôn Thất Tùng").</param>
    /// <param name="framework">The framework version it is bound to.</param>
    /// <param name="schoolYear">The school year it covers.</param>
    /// <param name="reference">Its number and date.</param>
    /// <param name="basis">What it is based on.</param>
    /// <param name="groups">Its table: items grouped under standard headings.</param>
    /// <param name="targetSchoolLevel">The school level the plan aims at (its "MỨC 3" heading), if it says.</param>
    public ImprovementPlan(PlanId id, SchoolId school, string schoolName, FrameworkVersion framework, SchoolYear schoolYear,
        DocumentReference reference, PlanBasis basis, IEnumerable<PlanGroup> groups, int? targetSchoolLevel = null)
    {
        Id = id;
        School = school;
        SchoolName = VietnameseText.Normalize(schoolName);
        Framework = Preconditions.CheckNotNull(framework);
        SchoolYear = schoolYear;
        Reference = Preconditions.CheckNotNull(reference);
        Basis = Preconditions.CheckNotNull(basis);
        Groups = Preconditions.CheckNotNull(groups).ToList().AsReadOnly();
        Preconditions.CheckArgument(Groups.All(g => g is not null), "Groups cannot contain null.");
        TargetSchoolLevel = targetSchoolLevel;
    }

    /// <summary>The plan's identifier.</summary>
    public PlanId Id { get; }

    /// <summary>The school's identifier.</summary>
    public SchoolId School { get; }

    /// <summary>The school's name.</summary>
    public string SchoolName { get; }

    /// <summary>The framework version.</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>The school year covered.</summary>
    public SchoolYear SchoolYear { get; }

    /// <summary>The plan's number and date.</summary>
    public DocumentReference Reference { get; }

    /// <summary>The basis (căn cứ xây dựng kế hoạch).</summary>
    public PlanBasis Basis { get; }

    /// <summary>The table: standard headings with their items, in order.</summary>
    public IReadOnlyList<PlanGroup> Groups { get; }

    /// <summary>The school level aimed at, as the plan's level heading states, or <c>null</c>.</summary>
    public int? TargetSchoolLevel { get; }

    /// <summary>Every item, in table order.</summary>
    public IEnumerable<PlanItem> Items => Groups.SelectMany(g => g.Items);

    /// <summary>A copy with another identifier (for a store that assigns them).</summary>
    /// <param name="id">The new identifier.</param>
    /// <returns>The copy.</returns>
    public ImprovementPlan WithId(PlanId id) => new(id, School, SchoolName, Framework, SchoolYear, Reference, Basis, Groups, TargetSchoolLevel);
}

/// <summary>What a plan is based on (căn cứ): the self-assessment, the external evaluation and last year's results.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PlanBasis
{
    /// <summary>Creates a basis.</summary>
    /// <param name="selfAssessmentPeriod">The self-assessment report's period as written ("giai đoạn từ năm 2017 đến 2022").</param>
    /// <param name="externalEvaluation">The external evaluation report, if cited.</param>
    /// <param name="previousResults">The sentence citing the results already achieved ("Kết quả … đạt được trong năm học 2022 – 2023").</param>
    /// <param name="selfAssessment">The self-assessment table, if the plan reproduces it.</param>
    public PlanBasis(string? selfAssessmentPeriod = null, DocumentReference? externalEvaluation = null, string? previousResults = null,
        IEnumerable<SelfAssessmentRow>? selfAssessment = null)
    {
        SelfAssessmentPeriod = VietnameseText.Normalize(selfAssessmentPeriod);
        ExternalEvaluation = externalEvaluation;
        PreviousResults = VietnameseText.Normalize(previousResults);
        SelfAssessment = (selfAssessment ?? Enumerable.Empty<SelfAssessmentRow>()).ToList().AsReadOnly();
    }

    /// <summary>An empty basis.</summary>
    public static PlanBasis Empty { get; } = new();

    /// <summary>The self-assessment period as written.</summary>
    public string SelfAssessmentPeriod { get; }

    /// <summary>The external evaluation report, or <c>null</c>.</summary>
    public DocumentReference? ExternalEvaluation { get; }

    /// <summary>The sentence citing last year's results, as written.</summary>
    public string PreviousResults { get; }

    /// <summary>The self-assessment table rows, in order (standard headings and criteria).</summary>
    public IReadOnlyList<SelfAssessmentRow> SelfAssessment { get; }
}

/// <summary>
/// A row of a self-assessment table: its label ("Tiêu chí 1.1", "Tiêu chuẩn 4") and its marks under Không đạt and
/// Mức 1, 2, 3.
/// </summary>
/// <remarks>Immutable. A heading row with marks, or marks that skip a level, are representable and reported.</remarks>
public sealed class SelfAssessmentRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="label">The label as written.</param>
    /// <param name="notMet">Whether "Không đạt" is marked.</param>
    /// <param name="levelMarks">Which of Mức 1, 2, 3 (and 4) are marked, in order.</param>
    public SelfAssessmentRow(string label, bool notMet, IEnumerable<bool> levelMarks)
    {
        Label = VietnameseText.Normalize(label);
        NotMet = notMet;
        LevelMarks = Preconditions.CheckNotNull(levelMarks).ToList().AsReadOnly();
        Preconditions.CheckArgument(LevelMarks.Count <= Level.MaxValue, "At most four level columns.");
        ParseResult<CriterionId> c = CriterionId.Parse(Label);
        Criterion = c.Success ? c.Value : null;
    }

    /// <summary>The label as written.</summary>
    public string Label { get; }

    /// <summary>Whether "Không đạt" is marked.</summary>
    public bool NotMet { get; }

    /// <summary>The marks under Mức 1, 2, 3 (, 4).</summary>
    public IReadOnlyList<bool> LevelMarks { get; }

    /// <summary>The criterion the label names, or <c>null</c> for a standard heading or an unreadable label.</summary>
    public CriterionId? Criterion { get; }

    /// <summary>Whether any level is marked.</summary>
    public bool HasMarks => NotMet || LevelMarks.Any(m => m);

    /// <summary>The level the marks show: the highest consecutive marked level from Mức 1 (0 when none).</summary>
    public int MarkedLevel
    {
        get
        {
            int level = 0;
            while (level < LevelMarks.Count && LevelMarks[level])
            {
                level++;
            }
            return level;
        }
    }
}

/// <summary>A standard heading row of a plan's table and the items under it.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PlanGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="rowNumber">The heading's number in the TT column, as written ("4").</param>
    /// <param name="heading">The heading as written ("Tiêu chuẩn 2: Cán bộ quản lý, giáo viên, nhân viên").</param>
    /// <param name="items">The items under it.</param>
    public PlanGroup(string? rowNumber, string heading, IEnumerable<PlanItem> items)
    {
        RowNumber = VietnameseText.Normalize(rowNumber);
        Heading = StandardHeading.Read(heading);
        Items = Preconditions.CheckNotNull(items).ToList().AsReadOnly();
        Preconditions.CheckArgument(Items.All(i => i is not null), "Items cannot contain null.");
    }

    /// <summary>The TT number as written.</summary>
    public string RowNumber { get; }

    /// <summary>The heading.</summary>
    public StandardHeading Heading { get; }

    /// <summary>The items.</summary>
    public IReadOnlyList<PlanItem> Items { get; }
}

/// <summary>One row of a plan's table: a criterion, the levels, the target result, the tasks and what supports them.</summary>
/// <remarks>Immutable. Text is kept as written (normalised); <see cref="Criterion"/> is what the criterion text reads as.</remarks>
public sealed class PlanItem
{
    /// <summary>Creates an item.</summary>
    /// <param name="criterionText">The criterion as written ("Tiêu chí 2. 4").</param>
    /// <param name="targetResult">Kết quả cần đạt (so với hiện trạng).</param>
    /// <param name="tasks">Công việc/giải pháp, each with its lead and timeframe.</param>
    /// <param name="currentLevel">The current level, if the plan states it (0 for không đạt).</param>
    /// <param name="targetLevel">The target level ("Mức 3" → 3), if stated.</param>
    /// <param name="budget">Dự kiến kinh phí, as written ("Không", "5.000.000 đồng").</param>
    /// <param name="otherSupport">Điều kiện hỗ trợ khác.</param>
    /// <param name="notes">Ghi chú.</param>
    public PlanItem(string criterionText, string? targetResult, IEnumerable<PlanTask> tasks, int? currentLevel = null, int? targetLevel = null,
        string? budget = null, string? otherSupport = null, string? notes = null)
    {
        CriterionText = VietnameseText.Normalize(criterionText);
        TargetResult = VietnameseText.Normalize(targetResult);
        Tasks = Preconditions.CheckNotNull(tasks).ToList().AsReadOnly();
        Preconditions.CheckArgument(Tasks.All(t => t is not null), "Tasks cannot contain null.");
        CurrentLevel = currentLevel;
        TargetLevel = targetLevel;
        Budget = VietnameseText.Normalize(budget);
        OtherSupport = VietnameseText.Normalize(otherSupport);
        Notes = VietnameseText.Normalize(notes);
        CriterionReading = CriterionId.Parse(CriterionText);
    }

    /// <summary>The criterion as written.</summary>
    public string CriterionText { get; }

    /// <summary>How the criterion text reads, with what was normalised.</summary>
    public ParseResult<CriterionId> CriterionReading { get; }

    /// <summary>The criterion, or <c>null</c> when the text cannot be read as one.</summary>
    public CriterionId? Criterion => CriterionReading.Success ? CriterionReading.Value : null;

    /// <summary>The target result.</summary>
    public string TargetResult { get; }

    /// <summary>The tasks.</summary>
    public IReadOnlyList<PlanTask> Tasks { get; }

    /// <summary>The current level, as the item states it, or <c>null</c>.</summary>
    public int? CurrentLevel { get; }

    /// <summary>The target level, or <c>null</c>.</summary>
    public int? TargetLevel { get; }

    /// <summary>The budget as written.</summary>
    public string Budget { get; }

    /// <summary>Other support.</summary>
    public string OtherSupport { get; }

    /// <summary>Notes.</summary>
    public string Notes { get; }
}

/// <summary>A task (công việc/giải pháp) of a plan item: what to do, who leads, who helps, when.</summary>
/// <remarks>Immutable.</remarks>
public sealed class PlanTask
{
    /// <summary>Creates a task.</summary>
    /// <param name="description">What to do.</param>
    /// <param name="lead">Who leads (chủ trì).</param>
    /// <param name="timeframe">When, as written ("HKI, năm học 23-24").</param>
    /// <param name="collaborators">Who takes part (phối hợp).</param>
    public PlanTask(string? description, string? lead, string? timeframe, IEnumerable<string>? collaborators = null)
    {
        Description = VietnameseText.Normalize(description);
        Lead = VietnameseText.Normalize(lead);
        Timeframe = VietnameseText.Normalize(timeframe);
        Collaborators = (collaborators ?? Enumerable.Empty<string>()).Select(VietnameseText.Normalize).Where(c => c.Length > 0).ToList().AsReadOnly();
    }

    /// <summary>What to do.</summary>
    public string Description { get; }

    /// <summary>Who leads.</summary>
    public string Lead { get; }

    /// <summary>When, as written.</summary>
    public string Timeframe { get; }

    /// <summary>Who takes part.</summary>
    public IReadOnlyList<string> Collaborators { get; }
}
