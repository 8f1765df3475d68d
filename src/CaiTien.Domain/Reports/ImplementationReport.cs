using System;
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
/// <remarks>
/// Immutable; every part is set by name. A report that contradicts itself or its plan is representable, so that the
/// checker can report it.
/// </remarks>
public sealed class ImplementationReport
{
    /// <summary>The identifier; empty until a store assigns one.</summary>
    public ReportId Id { get; init; }

    /// <summary>The report's number and date (the report date); <see cref="DocumentReference.Missing"/> when not given.</summary>
    public DocumentReference Reference { get; init => field = Preconditions.CheckNotNull(value); } = DocumentReference.Missing;

    /// <summary>The school year the report says it covers, or <c>null</c> when it does not say.</summary>
    public SchoolYear? StatedSchoolYear { get; init => field = value is { } y ? SchoolYear.CheckArgument(y, nameof(StatedSchoolYear)) : null; }

    /// <summary>The plan's number and date as the report cites them.</summary>
    public DocumentReference PlanCited { get; init => field = Preconditions.CheckNotNull(value); } = DocumentReference.Missing;

    /// <summary>The table: standard headings with their rows.</summary>
    public IReadOnlyList<TableGroup<ReportRow>> Groups { get; init => field = Lists.Copy(value); } = Array.Empty<TableGroup<ReportRow>>();

    /// <summary>Attached tables and the report number and date they cite.</summary>
    public IReadOnlyList<ReportAttachment> Attachments { get; init => field = Lists.Copy(value); } = Array.Empty<ReportAttachment>();

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

/// <summary>
/// One row of a report: the criterion, the plan as written and as adjusted, and the outcomes — completed on schedule,
/// in progress or late (with the reason and a first assessment), and not started (with the reason).
/// </summary>
/// <remarks>
/// Immutable. The criterion is given to the constructor (as written, or as a <see cref="CriterionId"/>); the rest is set by
/// name. "Không", "Không có" and empty cells all mean nothing.
/// </remarks>
public sealed class ReportRow
{
    /// <summary>Creates a row for a criterion as written.</summary>
    /// <param name="criterionText">The criterion as written ("Tiêu chí 2. 4").</param>
    public ReportRow(string criterionText)
    {
        CriterionText = VietnameseText.Normalize(criterionText);
        CriterionReading = CriterionId.Parse(CriterionText);
    }

    /// <summary>Creates a row for a criterion, written "Tiêu chí s.n".</summary>
    /// <param name="criterion">The criterion (not the unset default).</param>
    public ReportRow(CriterionId criterion)
        : this("Tiêu chí " + CriterionId.CheckArgument(criterion, nameof(criterion)))
    {
    }

    /// <summary>The criterion as written.</summary>
    public string CriterionText { get; }

    /// <summary>How the criterion text reads.</summary>
    public ParseResult<CriterionId> CriterionReading { get; }

    /// <summary>The criterion, or <c>null</c> when unreadable.</summary>
    public CriterionId? Criterion => CriterionReading.Success ? CriterionReading.Value : null;

    /// <summary>ND kế hoạch được xây dựng đầu năm: the plan as written at the start of the year.</summary>
    public string PlanAsWritten { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>ND kế hoạch đã được điều chỉnh: the plan as adjusted.</summary>
    public string PlanAsAdjusted { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Những công việc đã triển khai xong theo đúng kế hoạch.</summary>
    public string Completed { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Những công việc đang triển khai theo kế hoạch hoặc chậm so với kế hoạch: the work and its first assessment.</summary>
    public string InProgress { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Whether the in-progress work is late.</summary>
    public bool IsLate { get; init; }

    /// <summary>Lý do chậm tiến độ.</summary>
    public string LateReason { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Những công việc chưa triển khai.</summary>
    public string NotStarted { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Why they were not started.</summary>
    public string NotStartedReason { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Ghi chú.</summary>
    public string Notes { get; init => field = VietnameseText.Normalize(value); } = string.Empty;

    /// <summary>Whether completed work is stated.</summary>
    public bool HasCompleted => !VietnameseText.IsNothing(Completed);

    /// <summary>Whether in-progress work is stated.</summary>
    public bool HasInProgress => !VietnameseText.IsNothing(InProgress);

    /// <summary>Whether not-started work is stated.</summary>
    public bool HasNotStarted => !VietnameseText.IsNothing(NotStarted);
}
