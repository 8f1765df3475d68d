using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.SelfAssessment;

/// <summary>
/// A school's self-assessment report (báo cáo tự đánh giá) under a framework version: for each standard its criteria, each
/// with the description per level and its evidence codes, strengths, weaknesses, improvement plan and self-assessed level;
/// the Mức 4 items; the summary tables; and the school's conclusion.
/// </summary>
/// <remarks>
/// Immutable: the framework is given to the constructor, everything else through named <c>init</c> properties. Content
/// that contradicts itself (a summary table that disagrees with a criterion's section, counts that do not add up) is
/// representable, so that the checker can report it. Text is kept as written, normalised
/// (<see cref="VietnameseText.Normalize"/>).
/// </remarks>
public sealed class SelfAssessmentReport
{
    /// <summary>Creates a report under a framework version; the rest is set by name.</summary>
    /// <param name="framework">The framework version the school assessed itself against.</param>
    public SelfAssessmentReport(FrameworkVersion framework) => Framework = Preconditions.CheckNotNull(framework);

    /// <summary>The framework version.</summary>
    public FrameworkVersion Framework { get; }

    /// <summary>The school's name as the report gives it ("THPT Nguyễn Bỉnh Khiêm").</summary>
    public string SchoolName { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Where it was signed ("Châu Thành"), as written.</summary>
    public string Place { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The date it was signed, or <c>null</c> when not stated.</summary>
    public LocalDate? SignedOn { get; init; }

    /// <summary>The standards in the order of the report, each with its criteria (Mức 1 to 3).</summary>
    public IReadOnlyList<StandardSelfAssessment> Standards { get; init => field = Lists.Copy(value); } = Array.Empty<StandardSelfAssessment>();

    /// <summary>The Mức 4 items (tiêu chí mức 4, the framework's additional requirements), in order.</summary>
    public IReadOnlyList<Level4ItemSelfAssessment> Level4Items { get; init => field = Lists.Copy(value); } = Array.Empty<Level4ItemSelfAssessment>();

    /// <summary>The summary table of criteria and their level marks (bảng tổng hợp kết quả), rows in order.</summary>
    public IReadOnlyList<SelfAssessmentRow> Summary { get; init => field = Lists.Copy(value); } = Array.Empty<SelfAssessmentRow>();

    /// <summary>The result stated with the summary tables ("2. Kết luận: Đạt mức 2"), or <c>null</c>.</summary>
    public Level? SummaryLevel { get; init => field = Level.CheckArgument(value, nameof(SummaryLevel)); }

    /// <summary>The summary table of the Mức 4 items, rows in order.</summary>
    public IReadOnlyList<Level4SummaryRow> Level4Summary { get; init => field = Lists.Copy(value); } = Array.Empty<Level4SummaryRow>();

    /// <summary>The result stated under the Mức 4 summary table ("Kết quả: Không đạt"): met, not met, or <c>null</c>.</summary>
    public bool? Level4SummaryMet { get; init; }

    /// <summary>The conclusion of the Mức 4 section ("Kết luận: Không đạt"): met, not met, or <c>null</c>.</summary>
    public bool? Level4ConclusionMet { get; init; }

    /// <summary>The school's conclusion (Phần III. Kết luận chung), or <c>null</c> when the report has none.</summary>
    public SelfAssessmentConclusion? Conclusion { get; init; }

    /// <summary>Every criterion, in the order of the report.</summary>
    public IEnumerable<CriterionSelfAssessment> Criteria => Standards.SelectMany(s => s.Criteria);

    /// <summary>
    /// Drafts the improvement plan this report calls for: one item per improvement paragraph (kế hoạch cải tiến chất
    /// lượng) of a criterion (not of a Mức 4 item: Mức 4 counts only once every criterion is at Mức 3), each sentence a task whose person in charge and timeframe are read from the
    /// sentence when it names them (left empty otherwise, for the school to fill in: the checker will say so). The target
    /// result restates the weaknesses to overcome; the current level is the self-assessed one; the basis table restates
    /// the self-assessed levels.
    /// </summary>
    /// <param name="schoolYear">The school year the plan is for.</param>
    /// <returns>The draft plan, with no number or date.</returns>
    public ImprovementPlan DraftPlan(SchoolYear schoolYear) => PlanDraft.Draft(this, schoolYear);

    /// <summary>The section of a criterion, or <c>null</c> when the report has none.</summary>
    /// <param name="criterion">The criterion.</param>
    /// <returns>The section.</returns>
    public CriterionSelfAssessment? Find(CriterionId criterion) => Criteria.FirstOrDefault(c => c.Criterion == criterion);

}

/// <summary>A standard's part of a self-assessment report: its heading, introduction, criteria, conclusion and counts.</summary>
/// <remarks>Immutable; set by name.</remarks>
public sealed class StandardSelfAssessment
{
    /// <summary>Creates the part of a standard.</summary>
    /// <param name="standard">The standard's number.</param>
    public StandardSelfAssessment(StandardNumber standard) => Standard = standard;

    /// <summary>The standard.</summary>
    public StandardNumber Standard { get; }

    /// <summary>The heading as written ("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường").</summary>
    public string Heading { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The introduction (Mở đầu).</summary>
    public string Introduction { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The criteria, in order.</summary>
    public IReadOnlyList<CriterionSelfAssessment> Criteria { get; init => field = Lists.Copy(value); } = Array.Empty<CriterionSelfAssessment>();

    /// <summary>The conclusion (Kết luận về tiêu chuẩn).</summary>
    public string Conclusion { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The counts the conclusion states per level ("Mức 3: đạt 3/4").</summary>
    public IReadOnlyList<LevelTally> Tallies { get; init => field = Lists.Copy(value); } = Array.Empty<LevelTally>();
}

/// <summary>
/// The self-assessment of one criterion: what the school describes at each level with its evidence, its strengths and
/// weaknesses, its improvement plan (kế hoạch cải tiến chất lượng) and the level it assesses itself at.
/// </summary>
/// <remarks>Immutable; the criterion is given to the constructor, the rest set by name.</remarks>
public sealed class CriterionSelfAssessment
{
    /// <summary>Creates the section of a criterion.</summary>
    /// <param name="criterion">The criterion.</param>
    public CriterionSelfAssessment(CriterionId criterion) => Criterion = criterion;

    /// <summary>The criterion.</summary>
    public CriterionId Criterion { get; }

    /// <summary>The criterion's title as written in the heading ("Phương hướng, chiến lược xây dựng và phát triển nhà trường").</summary>
    public string Title { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The description of the current state (mô tả hiện trạng), per level, in order.</summary>
    public IReadOnlyList<LevelDescription> Descriptions { get; init => field = Lists.Copy(value); } = Array.Empty<LevelDescription>();

    /// <summary>Strengths (điểm mạnh).</summary>
    public string Strengths { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Weaknesses (điểm yếu).</summary>
    public string Weaknesses { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The improvement plan paragraph (kế hoạch cải tiến chất lượng).</summary>
    public string Improvement { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The self-assessed result as written ("Đạt mức 2.").</summary>
    public string StatedResult { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>
    /// The self-assessed level ("Đạt mức 2" → Mức 2; "Không đạt" → <see cref="Level.NotMet"/>), or <c>null</c> when not stated.
    /// </summary>
    public Level? SelfAssessedLevel { get; init => field = Level.CheckArgument(value, nameof(SelfAssessedLevel)); }

    /// <summary>Every evidence citation of the descriptions, in order.</summary>
    public IEnumerable<EvidenceCitation> Evidence => Descriptions.SelectMany(d => d.Evidence);

    /// <summary>The description of a level, or <c>null</c>.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The description.</returns>
    public LevelDescription? DescriptionOf(Level level) => Descriptions.FirstOrDefault(d => d.Level == level);
}

/// <summary>What a school describes at one level of a criterion, with the evidence codes it cites.</summary>
/// <remarks>Immutable. The citations are read from the text: every bracketed code that starts with H ("[H1-1.1-01]").</remarks>
public sealed class LevelDescription
{
    /// <summary>Creates a description.</summary>
    /// <param name="level">The level described.</param>
    /// <param name="text">The text as written.</param>
    public LevelDescription(Level level, string? text)
    {
        Level = Level.CheckArgument(level, nameof(level));
        Text = VietnameseText.Normalize(text);
        Evidence = EvidenceCitation.Scan(Text);
        DescribedIndicators = IndicatorMarkers.Scan(Text);
    }

    /// <summary>The level.</summary>
    public Level Level { get; }

    /// <summary>The text.</summary>
    public string Text { get; }

    /// <summary>The evidence cited, in order.</summary>
    public IReadOnlyList<EvidenceCitation> Evidence { get; }

    /// <summary>The indicator letters the text describes ("a)", "b)", "c)" at the start of a sentence), in order.</summary>
    public IReadOnlyList<IndicatorKey> DescribedIndicators { get; }
}

/// <summary>
/// The self-assessment of one Mức 4 item (an additional requirement of the framework): its description with evidence,
/// strengths, weaknesses, improvement plan and whether the school says it is met.
/// </summary>
/// <remarks>Immutable; set by name.</remarks>
public sealed class Level4ItemSelfAssessment
{
    /// <summary>Creates the section of a Mức 4 item.</summary>
    /// <param name="clause">The item's number (khoản), from 1.</param>
    public Level4ItemSelfAssessment(int clause)
    {
        Preconditions.CheckArgumentRange(clause, 1, 99);
        Clause = clause;
    }

    /// <summary>The item's number.</summary>
    public int Clause { get; }

    /// <summary>The requirement as the report copies it.</summary>
    public string Title { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The description (mô tả hiện trạng).</summary>
    public LevelDescription Description { get; init => field = Preconditions.CheckNotNull(value); } = new(Level.Four, null);

    /// <summary>Strengths.</summary>
    public string Strengths { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Weaknesses.</summary>
    public string Weaknesses { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The improvement plan paragraph.</summary>
    public string Improvement { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>The result as written ("Không đạt").</summary>
    public string StatedResult { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Whether the school says the item is met; <c>null</c> when not stated.</summary>
    public bool? Met { get; init; }
}

/// <summary>A row of the Mức 4 summary table ("Khoản 03 | X |").</summary>
/// <remarks>Immutable.</remarks>
public sealed class Level4SummaryRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="label">The label as written ("Khoản 03").</param>
    /// <param name="met">Whether Đạt is marked (<c>true</c>), Không đạt (<c>false</c>), or neither can be told (<c>null</c>).</param>
    public Level4SummaryRow(string label, bool? met)
    {
        Label = VietnameseText.Normalize(label);
        Met = met;
        string digits = new(Label.Where(char.IsAsciiDigit).ToArray());
        Clause = digits.Length is > 0 and <= 2 ? int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    /// <summary>The label as written.</summary>
    public string Label { get; }

    /// <summary>The item number the label names, or <c>null</c>.</summary>
    public int? Clause { get; }

    /// <summary>Whether Đạt is marked, Không đạt, or <c>null</c> when the mark cannot be told.</summary>
    public bool? Met { get; }
}

/// <summary>A count stated for one level: how many criteria (or Mức 4 items) meet it, of how many ("6/6").</summary>
/// <remarks>Immutable.</remarks>
public sealed class LevelTally
{
    /// <summary>Creates a count.</summary>
    /// <param name="level">The level counted.</param>
    /// <param name="met">How many meet it.</param>
    /// <param name="total">Of how many.</param>
    public LevelTally(Level level, int met, int total)
    {
        Preconditions.CheckArgumentRange(met, 0, 999);
        Preconditions.CheckArgumentRange(total, 0, 999);
        Level = Level.CheckArgument(level, nameof(level));
        Met = met;
        Total = total;
    }

    /// <summary>The level.</summary>
    public Level Level { get; }

    /// <summary>How many meet it.</summary>
    public int Met { get; }

    /// <summary>Of how many.</summary>
    public int Total { get; }

    /// <inheritdoc/>
    public override string ToString() => $"{Level}: {Met}/{Total}";
}

/// <summary>
/// The school's conclusion (Phần III. Kết luận chung): the counts per level, the school level it reaches, and the
/// accreditation grade and national-standard degree it asks for.
/// </summary>
/// <remarks>Immutable; set by name.</remarks>
public sealed class SelfAssessmentConclusion
{
    /// <summary>The counts per level, Mức 1 to Mức 4.</summary>
    public IReadOnlyList<LevelTally> Tallies { get; init => field = Lists.Copy(value); } = Array.Empty<LevelTally>();

    /// <summary>The school level stated ("Mức đánh giá … là: Mức 2"), or <c>null</c>.</summary>
    public Level? SchoolLevel { get; init => field = Level.CheckArgument(value, nameof(SchoolLevel)); }

    /// <summary>The accreditation grade asked for ("Cấp độ 2"), 1 to 4, or <c>null</c>.</summary>
    public int? AccreditationGrade { get; init => field = value is int v ? CheckRange(v, 1, 4) : null; }

    /// <summary>The national-standard degree asked for ("Mức độ 1"), 1 or 2, or <c>null</c>.</summary>
    public int? NationalStandardDegree { get; init => field = value is int v ? CheckRange(v, 1, 2) : null; }

    private static int CheckRange(int value, int min, int max)
    {
        Preconditions.CheckArgumentRange(value, min, max);
        return value;
    }

    /// <summary>The conclusion's text as written.</summary>
    public string Text { get; init => field = VietnameseText.Normalize(value); } = string.Empty;
}
