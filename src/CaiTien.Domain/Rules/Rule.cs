using System;
using System.Collections.Generic;
using System.Globalization;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;
using NodaTime;

namespace CaiTien.Domain.Rules;

/// <summary>
/// A consistency rule over one kind of check context. A rule is a plain, stateless object: it describes itself
/// (<see cref="Info"/>) and reports what it finds to a <see cref="FindingSink"/>. One instance serves every check,
/// from any thread.
/// </summary>
/// <typeparam name="TContext">What the rule looks at: <see cref="DocumentTable"/>, <see cref="CitedDocuments"/>,
/// <see cref="PlanCheckContext"/>, <see cref="ReportCheckContext"/> or <see cref="SupervisionCheckContext"/>.</typeparam>
/// <remarks>
/// Declaring a rule: an <c>internal sealed class</c> implementing this interface, whose <see cref="Info"/> gives the code,
/// the explicit name, the severity, the message template (prose only; values come as arguments), the description and
/// the legal basis; add one instance to <see cref="RuleSet"/>. See docs/design.md.
/// </remarks>
internal interface IRule<in TContext>
{
    /// <summary>The rule's description.</summary>
    RuleInfo Info { get; }

    /// <summary>Reports what the rule finds in a context (nothing when satisfied).</summary>
    /// <param name="context">The context.</param>
    /// <param name="found">Where findings go.</param>
    void Check(TContext context, FindingSink found);
}

/// <summary>
/// Where a rule reports what it finds. It fills the rule's template, applies the check's severity override, minimum
/// severity and language, and writes every argument value the one way the library writes values.
/// </summary>
/// <remarks>One sink serves one check, on one thread; a rule only calls <see cref="Add"/> and reads <see cref="Calendars"/>.</remarks>
public sealed class FindingSink
{
    private readonly List<Finding> findings = new();
    private readonly CheckOptions options;
    private RuleInfo? rule;
    private Severity severity;

    internal FindingSink(CheckOptions options) => this.options = options;

    /// <summary>The calendars of this check, for rules that place dates on the school year.</summary>
    public CalendarProvider Calendars => options.Calendars;

    internal IReadOnlyList<Finding> Findings => findings;

    /// <summary>Starts collecting for a rule; returns whether the rule runs at all under the options.</summary>
    internal bool Begin(RuleInfo info)
    {
        rule = info;
        if (!options.Runs(info.Code))
        {
            return false;
        }
        severity = options.SeverityOverrides.TryGetValue(info.Code, out Severity s) ? s : info.Severity;
        return severity >= options.MinimumSeverity;
    }

    /// <summary>Records a finding of the rule being checked.</summary>
    /// <param name="path">Where, as a property path into the document ("Groups[0].Rows[2].Budget").</param>
    /// <param name="criterion">The criterion concerned, if any; it is also the <c>criterion</c> argument unless one is given.</param>
    /// <param name="arguments">
    /// The message's values by name: values only (a <see cref="LocalDate"/> is written "30/5/2024"; school years, levels,
    /// criteria and numbers by their canonical text; text as the document wrote it). Wording belongs in the template.
    /// </param>
    /// <exception cref="InvalidOperationException">No rule is being checked (the sink is used outside a check).</exception>
    public void Add(string path, CriterionId? criterion, params (string Name, object? Value)[] arguments)
    {
        RuleInfo info = rule ?? throw new InvalidOperationException("No rule is being checked.");
        Preconditions.CheckNotNull(path);
        var args = new Dictionary<string, string>(arguments.Length + 1, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            args[Preconditions.CheckNotNull(name)] = Text(value);
        }
        if (criterion is { } c && !args.ContainsKey("criterion"))
        {
            args["criterion"] = c.ToString();
        }
        BilingualText message = info.Message.Format(args);
        findings.Add(new Finding(info.Code, info.Name, severity, path, criterion, message, args, message.ToString(options.Language)));
    }

    /// <summary>The one text form of an argument value: dates as "30/5/2024", numbers invariant, values by their ToString.</summary>
    internal static string Text(object? value) => value switch
    {
        null => string.Empty,
        string s => s,
        LocalDate d => DateText.Format(d),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}

/// <summary>
/// A rule of the caller's own, such as a province's extra requirement, run by the checker after the built-in rules when
/// registered in <see cref="CheckOptions.Rules"/>. Override the checks that concern it; each reports to the sink it is
/// given, and the finding gets the rule's code, name, template and (possibly overridden) severity.
/// </summary>
/// <remarks>
/// A rule must be stateless and thread-safe: one instance serves every check. Its code and name must differ from every
/// other rule's. Like the built-in rules, it reports what is wrong in the document instead of throwing.
/// </remarks>
/// <example>
/// <code>
/// sealed class BudgetStatedRule : CustomRule
/// {
///     public BudgetStatedRule() : base(new RuleInfo("HN001", "BudgetStated", Severity.Warning,
///         new MessageTemplate("Tiêu chí {criterion} chưa ghi dự kiến kinh phí.", "Criterion {criterion} states no budget."),
///         new BilingualText("Sở yêu cầu ghi kinh phí cho mọi nội dung.", "The department asks for a budget on every item."))) { }
///
///     public override void CheckPlan(ImprovementPlan plan, FindingSink found)
///     {
///         for (int g = 0; g &lt; plan.Groups.Count; g++)
///             for (int r = 0; r &lt; plan.Groups[g].Rows.Count; r++)
///                 if (plan.Groups[g].Rows[r].Budget.Length == 0)
///                     found.Add($"Groups[{g}].Rows[{r}].Budget", plan.Groups[g].Rows[r].Criterion);
///     }
/// }
/// var checker = new ConsistencyChecker(new CheckOptions { Rules = [new BudgetStatedRule()] });
/// </code>
/// </example>
public abstract class CustomRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="info">Its description: code, name, severity, message template, purpose and basis.</param>
    protected CustomRule(RuleInfo info) => Info = Preconditions.CheckNotNull(info);

    /// <summary>The rule's description.</summary>
    public RuleInfo Info { get; }

    /// <summary>Checks a plan; by default finds nothing.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="found">Where findings go.</param>
    public virtual void CheckPlan(ImprovementPlan plan, FindingSink found)
    {
    }

    /// <summary>Checks a report, against its plan when there is one; by default finds nothing.</summary>
    /// <param name="report">The report.</param>
    /// <param name="plan">The plan it reports on, or <c>null</c>.</param>
    /// <param name="found">Where findings go.</param>
    public virtual void CheckReport(ImplementationReport report, ImprovementPlan? plan, FindingSink found)
    {
    }

    /// <summary>Checks a plan's supervision record; by default finds nothing.</summary>
    /// <param name="plan">The plan supervised.</param>
    /// <param name="record">The team and minutes.</param>
    /// <param name="found">Where findings go.</param>
    public virtual void CheckSupervision(ImprovementPlan plan, SupervisionRecord record, FindingSink found)
    {
    }
}
