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
/// A message in Vietnamese and English with named placeholders. Arguments carry values only (a criterion, a date, a
/// number as written); every word of prose is in the template.
/// </summary>
/// <remarks>
/// Immutable. Syntax: <c>{name}</c> is replaced by the argument's value (kept as written when there is no such
/// argument); <c>{name, select, key {text} … other {text}}</c> chooses a branch by the argument's value, like ICU's
/// <c>select</c>: the branch whose key equals the value, else <c>none</c> when the value is missing or empty, else
/// <c>other</c>. Branch text may hold placeholders and selects of its own.
/// </remarks>
/// <example><c>"Biên bản giám sát{date, select, none {} other { ngày {date}}} không có tổ trưởng {leader} tham dự."</c></example>
public sealed class MessageTemplate
{
    /// <summary>Creates a template.</summary>
    /// <param name="vietnamese">The Vietnamese template.</param>
    /// <param name="english">The English template.</param>
    /// <exception cref="ArgumentException">A template's braces do not balance or a select is malformed.</exception>
    public MessageTemplate(string vietnamese, string english)
    {
        Vietnamese = Check(Preconditions.CheckNotNull(vietnamese));
        English = Check(Preconditions.CheckNotNull(english));
    }

    /// <summary>The Vietnamese template.</summary>
    public string Vietnamese { get; }

    /// <summary>The English template.</summary>
    public string English { get; }

    /// <summary>Fills the placeholders.</summary>
    /// <param name="arguments">The values by name.</param>
    /// <returns>The message.</returns>
    public BilingualText Format(IReadOnlyDictionary<string, string> arguments)
    {
        Preconditions.CheckNotNull(arguments);
        return new(Fill(Vietnamese, arguments), Fill(English, arguments));
    }

    /// <summary>Returns "Vietnamese / English".</summary>
    /// <returns>Both templates.</returns>
    public override string ToString() => $"{Vietnamese} / {English}";

    private static string Check(string template)
    {
        try
        {
            Fill(template, new Dictionary<string, string>());
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"Malformed message template: {e.Message}", nameof(template), e);
        }
        return template;
    }

    private static string Fill(string template, IReadOnlyDictionary<string, string> arguments)
    {
        var builder = new StringBuilder(template.Length + 32);
        int i = 0;
        Append(template, ref i, arguments, builder, nested: false);
        return builder.ToString();
    }

    // Appends text up to the end of the template (or, when nested, up to the '}' closing a branch, which is consumed).
    private static void Append(string t, ref int i, IReadOnlyDictionary<string, string> arguments, StringBuilder? output, bool nested)
    {
        while (i < t.Length)
        {
            char c = t[i];
            if (c == '}')
            {
                if (!nested)
                {
                    throw new FormatException($"unexpected '}}' at {i}");
                }
                i++;
                return;
            }
            if (c != '{')
            {
                output?.Append(c);
                i++;
                continue;
            }
            int open = i;
            int end = t.IndexOfAny(NameEnd, i + 1);
            if (end < 0)
            {
                throw new FormatException($"unclosed '{{' at {open}");
            }
            string name = t.Substring(i + 1, end - i - 1).Trim();
            arguments.TryGetValue(name, out string? value);
            if (t[end] == '}')
            {
                output?.Append(value ?? t.Substring(open, end - open + 1));
                i = end + 1;
                continue;
            }
            Select(t, end + 1, ref i, value, arguments, output);
        }
        if (nested)
        {
            throw new FormatException("a select branch is not closed");
        }
    }

    private static readonly char[] NameEnd = { '}', ',' };

    // After "{name," : "select," then "key {text}" pairs up to the closing '}'.
    private static void Select(string t, int from, ref int i, string? value, IReadOnlyDictionary<string, string> arguments, StringBuilder? output)
    {
        int comma = t.IndexOf(',', from);
        if (comma < 0 || t.Substring(from, comma - from).Trim() != "select")
        {
            throw new FormatException($"expected 'select' after '{{name,' at {from}");
        }
        i = comma + 1;
        string wanted = string.IsNullOrEmpty(value) ? "none" : value;
        bool hasWanted = false;
        var branches = new List<(string Key, int Start)>();
        while (true)
        {
            while (i < t.Length && char.IsWhiteSpace(t[i]))
            {
                i++;
            }
            if (i >= t.Length)
            {
                throw new FormatException("a select is not closed");
            }
            if (t[i] == '}')
            {
                i++;
                break;
            }
            int keyStart = i;
            while (i < t.Length && t[i] != '{' && !char.IsWhiteSpace(t[i]) && t[i] != '}')
            {
                i++;
            }
            string key = t.Substring(keyStart, i - keyStart);
            while (i < t.Length && char.IsWhiteSpace(t[i]))
            {
                i++;
            }
            if (key.Length == 0 || i >= t.Length || t[i] != '{')
            {
                throw new FormatException($"expected 'key {{text}}' in a select at {keyStart}");
            }
            i++;
            branches.Add((key, i));
            hasWanted |= key == wanted;
            Append(t, ref i, arguments, null, nested: true);
        }
        if (!branches.Any(b => b.Key == "other"))
        {
            throw new FormatException("a select needs an 'other' branch");
        }
        string chosen = hasWanted ? wanted : "other";
        int start = branches.First(b => b.Key == chosen).Start;
        if (output is not null)
        {
            Append(t, ref start, arguments, output, nested: true);
        }
    }
}

/// <summary>
/// A problem (or note) a rule found in a document: a stable code, a severity, where (a path such as
/// <c>Groups[2].Rows[0].Tasks[1].Timeframe</c>), the message in Vietnamese and English, and its arguments.
/// </summary>
/// <remarks>Immutable. Equality compares code, severity, path, criterion and arguments.</remarks>
public sealed class Finding : IEquatable<Finding>
{
    internal Finding(string code, string rule, Severity severity, string path, CriterionId? criterion, BilingualText message,
        IReadOnlyDictionary<string, string> arguments, string text)
    {
        Text = text;
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

    /// <summary>The message in Vietnamese and English.</summary>
    public BilingualText Message { get; }

    /// <summary>The message in the language the check asked for (<see cref="CheckOptions.Language"/>; Vietnamese by default).</summary>
    public string Text { get; }

    /// <summary>The message's values by name: values only (a criterion, a date, text as written), never prose.</summary>
    public IReadOnlyDictionary<string, string> Arguments { get; }

    /// <inheritdoc/>
    public bool Equals(Finding? other)
        => other is not null && Code == other.Code && Severity == other.Severity && Path == other.Path && Criterion == other.Criterion
            && Arguments.Count == other.Arguments.Count
            && Arguments.All(a => other.Arguments.TryGetValue(a.Key, out string? v) && v == a.Value);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Finding);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Code, Severity, Path, Criterion);

    /// <summary>Returns "KH007 Error Groups[0].Rows[0]…: message", in the check's language.</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => $"{Code} {Severity} {Path}: {Text}";
}
