using System;
using System.Collections.Generic;
using System.Globalization;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Text;
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
/// Collects the findings of a check, one rule at a time: it fills the rule's template, applies the options' severity
/// override and minimum, and formats every argument value the one way the library writes values.
/// </summary>
internal sealed class FindingSink
{
    private readonly List<Finding> findings = new();
    private readonly CheckOptions options;
    private RuleInfo? rule;
    private Severity severity;

    internal FindingSink(CheckOptions options) => this.options = options;

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

    /// <summary>Records a finding of the current rule.</summary>
    /// <param name="path">Where, as a property path.</param>
    /// <param name="criterion">The criterion concerned, if any; also the <c>criterion</c> argument unless one is given.</param>
    /// <param name="arguments">The message's values by name.</param>
    internal void Add(string path, CriterionId? criterion, params (string Name, object? Value)[] arguments)
    {
        RuleInfo info = rule ?? throw new InvalidOperationException("No rule is being checked.");
        var args = new Dictionary<string, string>(arguments.Length + 1, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            args[name] = Text(value);
        }
        if (criterion is { } c && !args.ContainsKey("criterion"))
        {
            args["criterion"] = c.ToString();
        }
        findings.Add(new Finding(info.Code, info.Name, severity, path, criterion, info.Message.Format(args), args));
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
