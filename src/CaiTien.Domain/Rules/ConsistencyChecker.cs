using System;
using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.SelfAssessment;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Rules;

/// <summary>Every built-in rule, by the context it looks at. One instance of each, shared.</summary>
internal static class RuleSet
{
    /// <summary>Rules over a document's table (plans and reports alike).</summary>
    internal static IReadOnlyList<IRule<DocumentTable>> Table { get; } = new IRule<DocumentTable>[]
    {
        new UnknownCriterionRule(), new CriterionUnderWrongStandardRule(), new StandardTitleMismatchRule(), new DuplicateRowNumberRule(),
        new CriterionLabelledAsStandardRule(), new CriterionNotationRule(), new UnreadableCriterionRule(), new UnknownStandardRule(),
    };

    /// <summary>Rules over a document's own number and date.</summary>
    internal static IReadOnlyList<IRule<CitedDocuments>> Documents { get; } = new IRule<CitedDocuments>[]
    {
        new MissingDocumentNumberRule(), new MissingDocumentDateRule(),
    };

    /// <summary>Rules over a plan (levels and plan rules).</summary>
    internal static IReadOnlyList<IRule<PlanCheckContext>> Plan { get; } = new IRule<PlanCheckContext>[]
    {
        new MarksOnStandardHeadingRule(), new NonCumulativeMarksRule(), new TargetAboveHighestRule(), new TargetBelowCurrentRule(),
        new MaintenanceNotStatedRule(), new BelowTargetWithoutItemRule(),
        new ItemWithoutTaskRule(), new TaskWithoutLeadRule(), new ItemWithoutTargetResultRule(), new TaskWithoutTimeframeRule(),
        new UnreadableTimeframeRule(), new ReversedTimeframeRule(), new TimeframeOutsideSchoolYearRule(), new PlanIssuedLateRule(),
        new PlanIssuedTooEarlyRule(), new OtherSchoolYearInPlanRule(), new PreviousResultsYearRule(), new InvalidBudgetRule(),
        new FrameworkNotInForceRule(),
    };

    /// <summary>Rules over a report, alone or against its plan.</summary>
    internal static IReadOnlyList<IRule<ReportCheckContext>> Report { get; } = new IRule<ReportCheckContext>[]
    {
        new ReportYearMismatchRule(), new PlanReferenceMismatchRule(), new AttachmentCitesOtherReportRule(), new PlanItemMissingFromReportRule(),
        new ReportRowNotInPlanRule(), new RowWithoutOutcomeRule(), new LateWithoutReasonRule(), new NotStartedWithoutReasonRule(),
        new CompletedRepeatsTaskRule(), new ExpectedDateBeforeReportRule(), new DoneDateAfterReportRule(), new ReportBeforePlanRule(),
        new ReportOutsideWindowRule(), new OtherSchoolYearInReportRule(), new PlanColumnHoldsWeaknessRule(), new NoAdjustmentStatedRule(),
    };

    /// <summary>Rules over supervision records.</summary>
    internal static IReadOnlyList<IRule<SupervisionCheckContext>> Supervision { get; } = new IRule<SupervisionCheckContext>[]
    {
        new LeaderCountRule(), new MemberWithoutRoleRule(), new DuplicateMemberNumberRule(), new MinutesBeforeDecisionRule(),
        new MinutesOutsidePlanYearRule(), new MinutesWithoutLeaderRule(),
    };

    /// <summary>Every rule's description, ordered by code.</summary>
    internal static IReadOnlyList<IRule<SelfAssessmentCheckContext>> SelfAssessment { get; } = new IRule<SelfAssessmentCheckContext>[]
    {
        new SelfAssessedAboveHighestRule(), new LevelNotDescribedRule(), new IndicatorNotDescribedRule(), new ShortfallAtClaimedLevelRule(),
        new WeaknessWithoutImprovementRule(), new MalformedEvidenceCodeRule(), new EvidenceUnderOtherCriterionRule(), new EvidenceNumberGapRule(),
        new EvidenceOutOfOrderRule(), new SummaryDisagreesRule(), new TallyMismatchRule(), new SchoolLevelMismatchRule(), new RecognitionAboveLevelRule(),
        new Level4SummaryDisagreesRule(), new PlanBasisDisagreesRule(),
    };

    internal static IReadOnlyList<RuleInfo> All { get; } = Table.Select(r => r.Info).Concat(Documents.Select(r => r.Info))
        .Concat(Plan.Select(r => r.Info)).Concat(Report.Select(r => r.Info)).Concat(Supervision.Select(r => r.Info))
        .Concat(SelfAssessment.Select(r => r.Info))
        .OrderBy(r => r.Code, StringComparer.Ordinal).ToList().AsReadOnly();
}

/// <summary>How a check runs: which calendars, which rules (built-in and the caller's own), which severities, which language.</summary>
/// <remarks>Immutable; every option is set by name and checked as it is set. Codes are compared without regard to case.</remarks>
/// <example><c>new CheckOptions { Codes = ["KH007", "BC010"], Language = MessageLanguage.English, Rules = [new ProvinceRule()] }</c></example>
public sealed class CheckOptions
{
    /// <summary>The default options: every built-in rule, national calendars, every severity, Vietnamese.</summary>
    public static CheckOptions Default { get; } = new();

    /// <summary>The calendars timeframes resolve against (national, deadlines inclusive, by default).</summary>
    public CalendarProvider Calendars { get; init => field = Preconditions.CheckNotNull(value); } = CalendarProvider.National;

    /// <summary>The rule codes to run (each once, case ignored), or <c>null</c> for all. A code no rule has is an error when the checker is created.</summary>
    public IReadOnlyCollection<string>? Codes
    {
        get => codes;
        init => codes = value is null ? null : new HashSet<string>(value, StringComparer.OrdinalIgnoreCase);
    }

    private readonly HashSet<string>? codes;

    /// <summary>The lowest severity kept; findings below it are dropped.</summary>
    public Severity MinimumSeverity { get; init => field = Preconditions.CheckDefined(value); } = Severity.Info;

    /// <summary>Severities to use instead of the rules' defaults, by code (unknown codes are an error when the checker is created).</summary>
    public IReadOnlyDictionary<string, Severity> SeverityOverrides
    {
        get;
        init => field = new Dictionary<string, Severity>(Preconditions.CheckNotNull(value).ToDictionary(p => p.Key, p => Preconditions.CheckDefined(p.Value)),
            StringComparer.OrdinalIgnoreCase);
    } = new Dictionary<string, Severity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The language of <see cref="Finding.Text"/> (every finding also carries both languages in <see cref="Finding.Message"/>).</summary>
    public MessageLanguage Language { get; init => field = Preconditions.CheckDefined(value); } = MessageLanguage.Vietnamese;

    /// <summary>
    /// The caller's own rules, run after the built-in ones (a province's extra requirements). Their codes must differ
    /// from every other rule's; that is checked when the checker is created.
    /// </summary>
    public IReadOnlyList<CustomRule> Rules { get; init => field = Lists.Copy(value); } = Array.Empty<CustomRule>();

    internal bool Runs(string code) => codes is null || codes.Contains(code);
}

/// <summary>
/// Checks documents against the rules: a plan alone, a report against its plan, a plan with its supervision
/// records. Stateless apart from its options; safe to share between threads.
/// </summary>
public sealed class ConsistencyChecker
{
    /// <summary>Creates a checker.</summary>
    /// <param name="options">The options; the defaults run every rule on the national calendars.</param>
    /// <exception cref="ArgumentException">
    /// The options name a rule code that no rule has, or a custom rule reuses a code or a name another rule has.
    /// </exception>
    public ConsistencyChecker(CheckOptions? options = null)
    {
        Options = options ?? CheckOptions.Default;
        var known = new HashSet<string>(RuleSet.All.Select(r => r.Code), StringComparer.OrdinalIgnoreCase);
        var names = new HashSet<string>(RuleSet.All.Select(r => r.Name), StringComparer.Ordinal);
        foreach (CustomRule rule in Options.Rules)
        {
            Preconditions.CheckArgument(known.Add(rule.Info.Code), $"The custom rule's code {rule.Info.Code} is already used by another rule.", nameof(options));
            Preconditions.CheckArgument(names.Add(rule.Info.Name), $"The custom rule's name {rule.Info.Name} is already used by another rule.", nameof(options));
        }
        var unknown = (Options.Codes ?? Enumerable.Empty<string>()).Concat(Options.SeverityOverrides.Keys).Where(c => !known.Contains(c))
            .Distinct(StringComparer.OrdinalIgnoreCase).OrderBy(c => c, StringComparer.Ordinal).ToList();
        Preconditions.CheckArgument(unknown.Count == 0, $"No rule has the code(s) {string.Join(", ", unknown)}.", nameof(options));
        Rules = RuleSet.All.Concat(Options.Rules.Select(r => r.Info)).OrderBy(r => r.Code, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>The description of every built-in rule, ordered by code.</summary>
    public static IReadOnlyList<RuleInfo> BuiltInRules => RuleSet.All;

    /// <summary>The description of every rule this checker runs when all are enabled: built-in and custom, ordered by code.</summary>
    public IReadOnlyList<RuleInfo> Rules { get; }

    /// <summary>The options.</summary>
    public CheckOptions Options { get; }

    /// <summary>Checks a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The findings.</returns>
    public CheckResult CheckPlan(ImprovementPlan plan)
    {
        var context = new PlanCheckContext(Preconditions.CheckNotNull(plan), Options.Calendars);
        var found = new FindingSink(Options);
        Run(RuleSet.Table, context.Table, found);
        Run(RuleSet.Documents, context.Documents, found);
        Run(RuleSet.Plan, context, found);
        foreach (CustomRule rule in Options.Rules)
        {
            if (found.Begin(rule.Info))
            {
                rule.CheckPlan(context.Plan, found);
            }
        }
        return new CheckResult(found.Findings);
    }

    /// <summary>Checks a report against its plan, or alone when the plan is not given.</summary>
    /// <param name="report">The report.</param>
    /// <param name="plan">The plan it reports on, or <c>null</c>.</param>
    /// <param name="framework">The framework when there is no plan (TT 18 by default).</param>
    /// <returns>The findings.</returns>
    public CheckResult CheckReport(ImplementationReport report, ImprovementPlan? plan, FrameworkVersion? framework = null)
    {
        var context = new ReportCheckContext(Preconditions.CheckNotNull(report), plan, framework ?? KnownFrameworks.Tt18, Options.Calendars);
        var found = new FindingSink(Options);
        Run(RuleSet.Table, context.Table, found);
        Run(RuleSet.Documents, context.Documents, found);
        Run(RuleSet.Report, context, found);
        foreach (CustomRule rule in Options.Rules)
        {
            if (found.Begin(rule.Info))
            {
                rule.CheckReport(context.Report, context.Plan, found);
            }
        }
        return new CheckResult(found.Findings);
    }

    /// <summary>Checks a plan's supervision: the team's decision and the minutes.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="team">The team.</param>
    /// <param name="minutes">The minutes.</param>
    /// <returns>The findings.</returns>
    public CheckResult CheckSupervision(ImprovementPlan plan, SupervisionTeam team, IEnumerable<SupervisionMinutes> minutes)
    {
        var context = new SupervisionCheckContext(plan, team, minutes, Options.Calendars);
        var found = new FindingSink(Options);
        Run(RuleSet.Documents, context.Documents, found);
        Run(RuleSet.Supervision, context, found);
        if (Options.Rules.Count > 0)
        {
            var record = new SupervisionRecord { Team = context.Team, Minutes = context.Minutes };
            foreach (CustomRule rule in Options.Rules)
            {
                if (found.Begin(rule.Info))
                {
                    rule.CheckSupervision(context.Plan, record, found);
                }
            }
        }
        return new CheckResult(found.Findings);
    }

    /// <summary>Checks a plan's supervision record.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="record">The team and minutes.</param>
    /// <returns>The findings.</returns>
    public CheckResult CheckSupervision(ImprovementPlan plan, SupervisionRecord record)
    {
        Preconditions.CheckNotNull(record);
        return CheckSupervision(plan, record.Team, record.Minutes);
    }

    /// <summary>
    /// Checks a self-assessment report (báo cáo tự đánh giá): its levels against the framework and its own descriptions,
    /// weaknesses without an improvement plan, its evidence codes, and its summary tables, counts and conclusion against
    /// its criteria. Given the plan built on it, also checks that the plan's self-assessment table restates it.
    /// </summary>
    /// <param name="report">The self-assessment report.</param>
    /// <param name="plan">The improvement plan based on it, if any.</param>
    /// <returns>The findings.</returns>
    public CheckResult CheckSelfAssessment(SelfAssessmentReport report, ImprovementPlan? plan = null)
    {
        var context = new SelfAssessmentCheckContext(Preconditions.CheckNotNull(report), plan);
        var found = new FindingSink(Options);
        Run(RuleSet.SelfAssessment, context, found);
        return new CheckResult(found.Findings);
    }

    private static void Run<T>(IReadOnlyList<IRule<T>> rules, T context, FindingSink found)
    {
        foreach (IRule<T> rule in rules)
        {
            if (found.Begin(rule.Info))
            {
                rule.Check(context, found);
            }
        }
    }
}

/// <summary>
/// The findings of a check, in a canonical order (by path, then code), so that the result does not depend on the
/// order rules ran in. Results merge and group.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class CheckResult
{
    /// <summary>Creates a result from findings in any order.</summary>
    /// <param name="findings">The findings.</param>
    public CheckResult(IEnumerable<Finding> findings)
    {
        Findings = Preconditions.CheckNotNull(findings).OrderBy(f => f.Path, PathComparer.Instance).ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Message.Vietnamese, StringComparer.Ordinal).ToList().AsReadOnly();
    }

    /// <summary>No findings.</summary>
    public static CheckResult Empty { get; } = new(Array.Empty<Finding>());

    /// <summary>The findings, in canonical order.</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>Whether any finding is an error.</summary>
    public bool HasErrors => Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>How many findings have a severity.</summary>
    /// <param name="severity">The severity.</param>
    /// <returns>The count.</returns>
    public int Count(Severity severity) => Findings.Count(f => f.Severity == severity);

    /// <summary>This result and another together.</summary>
    /// <param name="other">The other result.</param>
    /// <returns>The merged result.</returns>
    public CheckResult Merge(CheckResult other) => new(Findings.Concat(Preconditions.CheckNotNull(other).Findings));

    /// <summary>The findings grouped by criterion, in criterion order; findings about no criterion come last under <c>null</c>.</summary>
    /// <returns>The groups.</returns>
    public IReadOnlyList<IGrouping<CriterionId?, Finding>> GroupByCriterion()
        => Findings.GroupBy(f => f.Criterion).OrderBy(g => g.Key is null ? 1 : 0).ThenBy(g => g.Key).ToList();

    /// <summary>Orders paths so that <c>Items[10]</c> comes after <c>Items[9]</c>.</summary>
    private sealed class PathComparer : IComparer<string>
    {
        public static readonly PathComparer Instance = new();

        public int Compare(string? x, string? y)
        {
            x ??= string.Empty;
            y ??= string.Empty;
            int i = 0;
            int j = 0;
            while (i < x.Length && j < y.Length)
            {
                if (char.IsDigit(x[i]) && char.IsDigit(y[j]))
                {
                    int si = i;
                    int sj = j;
                    while (i < x.Length && char.IsDigit(x[i]))
                    {
                        i++;
                    }
                    while (j < y.Length && char.IsDigit(y[j]))
                    {
                        j++;
                    }
                    int c = (i - si).CompareTo(j - sj);
                    if (c == 0)
                    {
                        c = string.CompareOrdinal(x, si, y, sj, i - si);
                    }
                    if (c != 0)
                    {
                        return c;
                    }
                    continue;
                }
                if (x[i] != y[j])
                {
                    return x[i].CompareTo(y[j]);
                }
                i++;
                j++;
            }
            return (x.Length - i).CompareTo(y.Length - j);
        }
    }
}
