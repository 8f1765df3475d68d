using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Reports;

/// <summary>
/// The year-end report on an improvement plan (báo cáo kết quả thực hiện kế hoạch cải tiến chất lượng): its reference,
/// the plan it cites, the school year it says it reports on, and its table of rows grouped under standard headings.
/// </summary>
/// <remarks>Immutable. A report that contradicts itself or its plan is representable, so that the checker can report it.</remarks>
public sealed class ImplementationReport
{
    /// <summary>Creates a report.</summary>
    /// <param name="id">Its identifier.</param>
    /// <param name="reference">Its number and date (the report date).</param>
    /// <param name="statedSchoolYear">The school year the report says it covers, or <c>null</c> when it does not say.</param>
    /// <param name="planCited">The plan's number and date as the report cites them.</param>
    /// <param name="groups">The table.</param>
    /// <param name="attachments">Attached tables and the report number and date they cite.</param>
    public ImplementationReport(ReportId id, DocumentReference reference, SchoolYear? statedSchoolYear, DocumentReference planCited,
        IEnumerable<ReportGroup> groups, IEnumerable<ReportAttachment>? attachments = null)
    {
        Id = id;
        Reference = Preconditions.CheckNotNull(reference);
        StatedSchoolYear = statedSchoolYear;
        PlanCited = Preconditions.CheckNotNull(planCited);
        Groups = Preconditions.CheckNotNull(groups).ToList().AsReadOnly();
        Preconditions.CheckArgument(Groups.All(g => g is not null), "Groups cannot contain null.");
        Attachments = (attachments ?? Enumerable.Empty<ReportAttachment>()).ToList().AsReadOnly();
    }

    /// <summary>The identifier.</summary>
    public ReportId Id { get; }

    /// <summary>The report's number and date.</summary>
    public DocumentReference Reference { get; }

    /// <summary>The school year the report says it covers.</summary>
    public SchoolYear? StatedSchoolYear { get; }

    /// <summary>The plan as the report cites it.</summary>
    public DocumentReference PlanCited { get; }

    /// <summary>The table: standard headings with their rows.</summary>
    public IReadOnlyList<ReportGroup> Groups { get; }

    /// <summary>Attached tables.</summary>
    public IReadOnlyList<ReportAttachment> Attachments { get; }

    /// <summary>Every row, in table order.</summary>
    public IEnumerable<ReportRow> Rows => Groups.SelectMany(g => g.Rows);
}

/// <summary>An attachment of a report ("Đính kèm báo cáo số 106/BC-TTT ngày 30 tháng 5 năm 2023").</summary>
/// <remarks>Immutable.</remarks>
public sealed class ReportAttachment
{
    /// <summary>Creates an attachment.</summary>
    /// <param name="title">Its title.</param>
    /// <param name="reportCited">The report number and date it says it is attached to.</param>
    public ReportAttachment(string title, DocumentReference reportCited)
    {
        Title = VietnameseText.Normalize(title);
        ReportCited = Preconditions.CheckNotNull(reportCited);
    }

    /// <summary>The title.</summary>
    public string Title { get; }

    /// <summary>The report it cites.</summary>
    public DocumentReference ReportCited { get; }
}

/// <summary>A standard heading of a report's table and the rows under it.</summary>
/// <remarks>Immutable.</remarks>
public sealed class ReportGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="rowNumber">The TT number as written.</param>
    /// <param name="heading">The heading as written.</param>
    /// <param name="rows">The rows.</param>
    public ReportGroup(string? rowNumber, string heading, IEnumerable<ReportRow> rows)
    {
        RowNumber = VietnameseText.Normalize(rowNumber);
        Heading = StandardHeading.Read(heading);
        Rows = Preconditions.CheckNotNull(rows).ToList().AsReadOnly();
        Preconditions.CheckArgument(Rows.All(r => r is not null), "Rows cannot contain null.");
    }

    /// <summary>The TT number as written.</summary>
    public string RowNumber { get; }

    /// <summary>The heading.</summary>
    public StandardHeading Heading { get; }

    /// <summary>The rows.</summary>
    public IReadOnlyList<ReportRow> Rows { get; }
}

/// <summary>
/// One row of a report: the criterion, the plan as written and as adjusted, and the outcomes — completed on schedule,
/// in progress or late (with the reason and a first assessment), and not started (with the reason).
/// </summary>
/// <remarks>Immutable. "Không", "Không có" and empty cells all mean nothing (<see cref="VietnameseText.IsNothing"/>).</remarks>
public sealed class ReportRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="criterionText">The criterion as written.</param>
    /// <param name="planAsWritten">ND kế hoạch được xây dựng đầu năm.</param>
    /// <param name="planAsAdjusted">ND kế hoạch đã được điều chỉnh.</param>
    /// <param name="completed">Những công việc đã triển khai xong theo đúng kế hoạch.</param>
    /// <param name="inProgress">Những công việc đang triển khai theo kế hoạch hoặc chậm so với kế hoạch: the work and its first assessment.</param>
    /// <param name="isLate">Whether the in-progress work is late.</param>
    /// <param name="lateReason">Lý do chậm tiến độ.</param>
    /// <param name="notStarted">Những công việc chưa triển khai.</param>
    /// <param name="notStartedReason">Why they were not started.</param>
    /// <param name="notes">Ghi chú.</param>
    public ReportRow(string criterionText, string? planAsWritten, string? planAsAdjusted, string? completed, string? inProgress,
        bool isLate = false, string? lateReason = null, string? notStarted = null, string? notStartedReason = null, string? notes = null)
    {
        CriterionText = VietnameseText.Normalize(criterionText);
        CriterionReading = CriterionId.Parse(CriterionText);
        PlanAsWritten = VietnameseText.Normalize(planAsWritten);
        PlanAsAdjusted = VietnameseText.Normalize(planAsAdjusted);
        Completed = VietnameseText.Normalize(completed);
        InProgress = VietnameseText.Normalize(inProgress);
        IsLate = isLate;
        LateReason = VietnameseText.Normalize(lateReason);
        NotStarted = VietnameseText.Normalize(notStarted);
        NotStartedReason = VietnameseText.Normalize(notStartedReason);
        Notes = VietnameseText.Normalize(notes);
    }

    /// <summary>The criterion as written.</summary>
    public string CriterionText { get; }

    /// <summary>How the criterion text reads.</summary>
    public ParseResult<CriterionId> CriterionReading { get; }

    /// <summary>The criterion, or <c>null</c> when unreadable.</summary>
    public CriterionId? Criterion => CriterionReading.Success ? CriterionReading.Value : null;

    /// <summary>The plan as written at the start of the year.</summary>
    public string PlanAsWritten { get; }

    /// <summary>The plan as adjusted.</summary>
    public string PlanAsAdjusted { get; }

    /// <summary>Completed work.</summary>
    public string Completed { get; }

    /// <summary>Work in progress or late, with its first assessment.</summary>
    public string InProgress { get; }

    /// <summary>Whether the in-progress work is late.</summary>
    public bool IsLate { get; }

    /// <summary>Why it is late.</summary>
    public string LateReason { get; }

    /// <summary>Work not started.</summary>
    public string NotStarted { get; }

    /// <summary>Why it was not started.</summary>
    public string NotStartedReason { get; }

    /// <summary>Notes.</summary>
    public string Notes { get; }

    /// <summary>Whether completed work is stated.</summary>
    public bool HasCompleted => !VietnameseText.IsNothing(Completed);

    /// <summary>Whether in-progress work is stated.</summary>
    public bool HasInProgress => !VietnameseText.IsNothing(InProgress);

    /// <summary>Whether not-started work is stated.</summary>
    public bool HasNotStarted => !VietnameseText.IsNothing(NotStarted);
}
