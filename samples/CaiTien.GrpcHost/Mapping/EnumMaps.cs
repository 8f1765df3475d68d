using D = CaiTien.Domain;
using P = CaiTien.V1;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>Every enum the wire shares with the domain, pair by pair (EnumMapTests check both sides of each).</summary>
internal static class EnumMaps
{
    public static readonly EnumMap<D.Supervision.TeamRole, P.TeamRole> TeamRoles = new(
        (D.Supervision.TeamRole.Unspecified, P.TeamRole.Unspecified),
        (D.Supervision.TeamRole.Leader, P.TeamRole.Leader),
        (D.Supervision.TeamRole.Deputy, P.TeamRole.Deputy),
        (D.Supervision.TeamRole.Secretary, P.TeamRole.Secretary),
        (D.Supervision.TeamRole.Member, P.TeamRole.Member));

    public static readonly EnumMap<D.Rules.Severity, P.Severity> Severities = new(
        (D.Rules.Severity.Info, P.Severity.Info),
        (D.Rules.Severity.Warning, P.Severity.Warning),
        (D.Rules.Severity.Error, P.Severity.Error));

    public static readonly EnumMap<D.Tracking.TaskState, P.TaskState> TaskStates = new(
        (D.Tracking.TaskState.NotYetStarted, P.TaskState.NotYetStarted),
        (D.Tracking.TaskState.Running, P.TaskState.Running),
        (D.Tracking.TaskState.DueSoon, P.TaskState.DueSoon),
        (D.Tracking.TaskState.Overdue, P.TaskState.Overdue),
        (D.Tracking.TaskState.Completed, P.TaskState.Completed),
        (D.Tracking.TaskState.Unscheduled, P.TaskState.Unscheduled));

    public static readonly EnumMap<D.Frameworks.SchoolType, P.SchoolType> SchoolTypes = new(
        (D.Frameworks.SchoolType.Unspecified, P.SchoolType.Unspecified),
        (D.Frameworks.SchoolType.LowerSecondary, P.SchoolType.LowerSecondary),
        (D.Frameworks.SchoolType.UpperSecondary, P.SchoolType.UpperSecondary),
        (D.Frameworks.SchoolType.MultiLevel, P.SchoolType.MultiLevel),
        (D.Frameworks.SchoolType.Primary, P.SchoolType.Primary),
        (D.Frameworks.SchoolType.Preschool, P.SchoolType.Preschool));

    public static readonly EnumMap<D.Calendar.DeadlineMode, P.DeadlineMode> DeadlineModes = new(
        (D.Calendar.DeadlineMode.Inclusive, P.DeadlineMode.Inclusive),
        (D.Calendar.DeadlineMode.Exclusive, P.DeadlineMode.Exclusive));

    public static readonly EnumMap<D.Assessment.IndicatorResult, P.Outcome> Outcomes = new(
        (D.Assessment.IndicatorResult.Met, P.Outcome.Met),
        (D.Assessment.IndicatorResult.NotMet, P.Outcome.NotMet),
        (D.Assessment.IndicatorResult.NotAssessed, P.Outcome.NotAssessed));

    public static readonly EnumMap<D.Calendar.TimeframeKind, P.TimeframeKind> TimeframeKinds = new(
        (D.Calendar.TimeframeKind.Day, P.TimeframeKind.Day),
        (D.Calendar.TimeframeKind.Month, P.TimeframeKind.Month),
        (D.Calendar.TimeframeKind.Quarter, P.TimeframeKind.Quarter),
        (D.Calendar.TimeframeKind.HalfYear, P.TimeframeKind.HalfYear),
        (D.Calendar.TimeframeKind.CalendarYear, P.TimeframeKind.CalendarYear),
        (D.Calendar.TimeframeKind.Semester, P.TimeframeKind.Semester),
        (D.Calendar.TimeframeKind.SchoolYear, P.TimeframeKind.SchoolYear),
        (D.Calendar.TimeframeKind.Recurring, P.TimeframeKind.Recurring),
        (D.Calendar.TimeframeKind.MultiYear, P.TimeframeKind.MultiYear),
        (D.Calendar.TimeframeKind.Relative, P.TimeframeKind.Relative),
        (D.Calendar.TimeframeKind.TeachingWeeks, P.TimeframeKind.TeachingWeeks),
        (D.Calendar.TimeframeKind.TetDay, P.TimeframeKind.TetDay),
        (D.Calendar.TimeframeKind.Span, P.TimeframeKind.Span),
        (D.Calendar.TimeframeKind.OpenEnded, P.TimeframeKind.OpenEnded),
        (D.Calendar.TimeframeKind.Deadline, P.TimeframeKind.Deadline),
        (D.Calendar.TimeframeKind.LunarDay, P.TimeframeKind.LunarDay),
        (D.Calendar.TimeframeKind.Several, P.TimeframeKind.Several));

    public static readonly EnumMap<D.Frameworks.SchoolLevelRuleKind, P.SchoolLevelRuleKind> RuleKinds = new(
        (D.Frameworks.SchoolLevelRuleKind.AllCriteriaCumulative, P.SchoolLevelRuleKind.AllCriteriaCumulative),
        (D.Frameworks.SchoolLevelRuleKind.MandatoryPlusQuota, P.SchoolLevelRuleKind.MandatoryPlusQuota));

    public static readonly EnumMap<D.Frameworks.SourceCertainty, P.SourceCertainty> Certainties = new(
        (D.Frameworks.SourceCertainty.Official, P.SourceCertainty.Official),
        (D.Frameworks.SourceCertainty.Confirmed, P.SourceCertainty.Confirmed),
        (D.Frameworks.SourceCertainty.Corroborated, P.SourceCertainty.Corroborated),
        (D.Frameworks.SourceCertainty.SingleSource, P.SourceCertainty.SingleSource),
        (D.Frameworks.SourceCertainty.Inferred, P.SourceCertainty.Inferred));

    public static readonly EnumMap<D.Frameworks.WordingStatus, P.WordingStatus> Wordings = new(
        (D.Frameworks.WordingStatus.Verbatim, P.WordingStatus.Verbatim),
        (D.Frameworks.WordingStatus.Reconstructed, P.WordingStatus.Reconstructed),
        (D.Frameworks.WordingStatus.NotYetTranscribed, P.WordingStatus.NotYetTranscribed));

    public static readonly EnumMap<D.Assessment.CertificateStatus, P.CertificateStatus> CertificateStatuses = new(
        (D.Assessment.CertificateStatus.Valid, P.CertificateStatus.CertificateValid),
        (D.Assessment.CertificateStatus.ReRegistrationOverdue, P.CertificateStatus.ReRegistrationOverdue),
        (D.Assessment.CertificateStatus.Expired, P.CertificateStatus.CertificateExpired));
}
