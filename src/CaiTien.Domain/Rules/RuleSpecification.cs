using System;
using System.Collections.Generic;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Specifications;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Rules;

/// <summary>
/// A consistency rule as a specification over a check context: satisfied when it finds nothing, and able to say why
/// it is not (<see cref="Check"/>). Each rule has a stable code, a default severity and a message template.
/// </summary>
/// <typeparam name="TContext">What the rule looks at (a plan, a report with its plan, supervision records).</typeparam>
/// <remarks>Rules are stateless: one instance serves every call, from any thread.</remarks>
public abstract class RuleSpecification<TContext> : Specification<TContext>
{
    /// <summary>Creates a rule.</summary>
    /// <param name="code">Its stable code.</param>
    /// <param name="severity">Its default severity.</param>
    /// <param name="message">Its message template.</param>
    /// <param name="description">What it checks and why, in Vietnamese and English.</param>
    protected RuleSpecification(string code, Severity severity, MessageTemplate message, BilingualText description)
    {
        Code = Preconditions.CheckNotNull(code);
        Severity = Preconditions.CheckDefined(severity);
        Message = Preconditions.CheckNotNull(message);
        Description = Preconditions.CheckNotNull(description);
    }

    /// <summary>The stable code.</summary>
    public string Code { get; }

    /// <summary>The rule's name (its class name without "Rule").</summary>
    public string Name
    {
        get
        {
            string name = GetType().Name;
            return name.EndsWith("Rule", StringComparison.Ordinal) ? name.Substring(0, name.Length - 4) : name;
        }
    }

    /// <summary>The default severity.</summary>
    public Severity Severity { get; }

    /// <summary>The message template.</summary>
    public MessageTemplate Message { get; }

    /// <summary>What it checks and why.</summary>
    public BilingualText Description { get; }

    /// <summary>What the rule finds in a context (empty when satisfied).</summary>
    /// <param name="context">The context.</param>
    /// <returns>The findings, at the rule's default severity.</returns>
    public abstract IEnumerable<Finding> Check(TContext context);

    /// <summary>Satisfied when <see cref="Check"/> finds nothing.</summary>
    /// <param name="candidate">The context.</param>
    /// <returns><c>true</c> when nothing is found.</returns>
    public override bool IsSatisfiedBy(TContext candidate)
    {
        using IEnumerator<Finding> e = Check(candidate).GetEnumerator();
        return !e.MoveNext();
    }

    /// <summary>A finding of this rule.</summary>
    /// <param name="path">Where.</param>
    /// <param name="criterion">The criterion concerned, if any.</param>
    /// <param name="arguments">The message's values, as name/value pairs.</param>
    /// <returns>The finding.</returns>
    protected Finding Found(string path, CriterionId? criterion, params (string Name, object? Value)[] arguments)
    {
        var args = new Dictionary<string, string>(arguments.Length + 1, StringComparer.Ordinal);
        foreach (var (name, value) in arguments)
        {
            args[name] = value?.ToString() ?? string.Empty;
        }
        if (criterion is { } c && !args.ContainsKey("criterion"))
        {
            args["criterion"] = c.ToString();
        }
        return new Finding(Code, Name, Severity, path, criterion, Message.Format(args), args);
    }
}
