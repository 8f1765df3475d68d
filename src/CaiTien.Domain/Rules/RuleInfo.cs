using System;
using System.Text.RegularExpressions;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Rules;

/// <summary>
/// A rule's public description: its stable code, its explicit name, its default severity, its message template, what it
/// checks and why, and its legal basis.
/// </summary>
/// <remarks>
/// Immutable. Codes are two to four capital letters and three digits ("KH007"); names are PascalCase identifiers
/// ("TimeframeOutsideSchoolYear"). Both are stable once published: hosts and users filter and map by them.
/// </remarks>
public sealed class RuleInfo
{
    private static readonly Regex CodePattern = new(@"^[A-Z]{2,4}[0-9]{3}\z", RegexOptions.CultureInvariant);
    private static readonly Regex NamePattern = new(@"^[A-Z][A-Za-z0-9]{1,63}\z", RegexOptions.CultureInvariant);

    /// <summary>Creates a description.</summary>
    /// <param name="code">The stable code: two to four capital letters and three digits ("KH007").</param>
    /// <param name="name">The stable name: a PascalCase identifier ("TimeframeOutsideSchoolYear").</param>
    /// <param name="severity">The default severity.</param>
    /// <param name="message">The message template; see <see cref="MessageTemplate"/>.</param>
    /// <param name="description">What the rule checks and why, in Vietnamese and English.</param>
    /// <param name="basis">The legal basis ("Thông tư 18/2018/TT-BGDĐT, Điều 43 k3"), or empty when the rule is good practice.</param>
    /// <exception cref="ArgumentException">The code or name does not follow the pattern.</exception>
    public RuleInfo(string code, string name, Severity severity, MessageTemplate message, BilingualText description, string? basis = null)
    {
        Preconditions.CheckArgument(CodePattern.IsMatch(Preconditions.CheckNotNull(code)), "A rule code is 2-4 capital letters and 3 digits, like \"KH007\".");
        Preconditions.CheckArgument(NamePattern.IsMatch(Preconditions.CheckNotNull(name)), "A rule name is a PascalCase identifier, like \"TimeframeOutsideSchoolYear\".");
        Code = code;
        Name = name;
        Severity = Preconditions.CheckDefined(severity);
        Message = Preconditions.CheckNotNull(message);
        Description = Preconditions.CheckNotNull(description);
        Basis = basis?.Trim() ?? string.Empty;
    }

    /// <summary>The stable code ("KH007").</summary>
    public string Code { get; }

    /// <summary>The stable name ("TimeframeOutsideSchoolYear").</summary>
    public string Name { get; }

    /// <summary>The default severity.</summary>
    public Severity Severity { get; }

    /// <summary>The message template.</summary>
    public MessageTemplate Message { get; }

    /// <summary>What it checks and why.</summary>
    public BilingualText Description { get; }

    /// <summary>The legal basis the rule rests on ("Thông tư 18/2018/TT-BGDĐT, Điều 43 k3"); empty for good practice.</summary>
    public string Basis { get; }

    /// <summary>Returns "code name (severity)".</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => $"{Code} {Name} ({Severity})";
}
