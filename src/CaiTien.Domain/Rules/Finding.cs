using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Rules;

/// <summary>How serious a finding is.</summary>
public enum Severity
{
    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info = 1,

    /// <summary>Probably wrong or weak; the document can stand.</summary>
    Warning = 2,

    /// <summary>Wrong: an inspector would return the document.</summary>
    Error = 3,
}

/// <summary>
/// A message with named placeholders ("Tiêu chí {criterion} …") in Vietnamese and English. Every dynamic value in a
/// message is an argument, so a host can map findings one-to-one to structured error details.
/// </summary>
/// <remarks>Immutable.</remarks>
public sealed class MessageTemplate
{
    /// <summary>Creates a template.</summary>
    /// <param name="vietnamese">The Vietnamese template.</param>
    /// <param name="english">The English template.</param>
    public MessageTemplate(string vietnamese, string english)
    {
        Vietnamese = Preconditions.CheckNotNull(vietnamese);
        English = Preconditions.CheckNotNull(english);
    }

    /// <summary>The Vietnamese template.</summary>
    public string Vietnamese { get; }

    /// <summary>The English template.</summary>
    public string English { get; }

    /// <summary>Fills the placeholders.</summary>
    /// <param name="arguments">The values by name; a placeholder without a value stays as written.</param>
    /// <returns>The message.</returns>
    public BilingualText Format(IReadOnlyDictionary<string, string> arguments)
        => new(Fill(Vietnamese, arguments), Fill(English, arguments));

    private static string Fill(string template, IReadOnlyDictionary<string, string> arguments)
    {
        var builder = new StringBuilder(template.Length + 32);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            int close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (open < 0 || close < 0)
            {
                builder.Append(template, i, template.Length - i);
                break;
            }
            builder.Append(template, i, open - i);
            string name = template.Substring(open + 1, close - open - 1);
            builder.Append(arguments.TryGetValue(name, out string? value) ? value : template.Substring(open, close - open + 1));
            i = close + 1;
        }
        return builder.ToString();
    }
}

/// <summary>
/// A problem (or note) a rule found in a document: a stable code, a severity, where (a path such as
/// <c>Groups[2].Items[0].Tasks[1].Timeframe</c>), the message in Vietnamese and English, and its arguments.
/// </summary>
/// <remarks>Immutable. Equality compares code, severity, path, criterion and arguments.</remarks>
public sealed class Finding : IEquatable<Finding>
{
    internal Finding(string code, string rule, Severity severity, string path, CriterionId? criterion, BilingualText message,
        IReadOnlyDictionary<string, string> arguments)
    {
        Code = code;
        Rule = rule;
        Severity = severity;
        Path = path;
        Criterion = criterion;
        Message = message;
        Arguments = arguments;
    }

    /// <summary>The stable code ("KH007").</summary>
    public string Code { get; }

    /// <summary>The rule's name ("TimeframeOutsideSchoolYear").</summary>
    public string Rule { get; }

    /// <summary>The severity.</summary>
    public Severity Severity { get; }

    /// <summary>Where in the document, as a property path.</summary>
    public string Path { get; }

    /// <summary>The criterion concerned, when there is one.</summary>
    public CriterionId? Criterion { get; }

    /// <summary>The message.</summary>
    public BilingualText Message { get; }

    /// <summary>The message's dynamic values by name.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    internal Finding WithSeverity(Severity severity) => new(Code, Rule, severity, Path, Criterion, Message, Arguments);

    /// <inheritdoc/>
    public bool Equals(Finding? other)
        => other is not null && Code == other.Code && Severity == other.Severity && Path == other.Path && Criterion == other.Criterion
            && Arguments.Count == other.Arguments.Count
            && Arguments.All(a => other.Arguments.TryGetValue(a.Key, out string? v) && v == a.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path, Criterion);

    /// <summary>Returns "KH007 Error Groups[0].Items[0]…: message".</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code} {Severity} {Path}: {Message.Vietnamese}";
}
