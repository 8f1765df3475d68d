using System;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Documents;

/// <summary>Validation shared by the resource identifiers (the last segment of a resource name, AIP-122).</summary>
internal static class ResourceIdText
{
    internal const string Rule = "1-63 characters of a-z, 0-9 and '-', starting with a letter";

    internal static bool IsValid(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 63 || text[0] is < 'a' or > 'z' || text[text.Length - 1] == '-')
        {
            return false;
        }
        foreach (char c in text)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }
        return true;
    }

    internal static string Check(string value, string kind)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(IsValid(value), $"A {kind} id is {Rule}.");
        return value;
    }
}

/// <summary>A school's identifier in resource names (<c>schools/{school}</c>).</summary>
/// <remarks>Immutable value with ordinal equality; 1-63 characters of a-z, 0-9 and '-'. The default value is empty and names no school.</remarks>
public readonly record struct SchoolId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier.</param>
    public SchoolId(string value) => text = ResourceIdText.Check(value, "school");

    private readonly string? text;

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => text ?? string.Empty;

    /// <summary>Whether the text is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> when valid.</returns>
    public static bool IsValid(string? text) => ResourceIdText.IsValid(text);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;
}

/// <summary>A plan's identifier in resource names (<c>schools/{school}/plans/{plan}</c>).</summary>
/// <remarks>Immutable value with ordinal equality. The default value is empty and names no plan.</remarks>
public readonly record struct PlanId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier.</param>
    public PlanId(string value) => text = ResourceIdText.Check(value, "plan");

    private readonly string? text;

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => text ?? string.Empty;

    /// <summary>Whether the text is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> when valid.</returns>
    public static bool IsValid(string? text) => ResourceIdText.IsValid(text);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;
}

/// <summary>A report's identifier in resource names (<c>schools/{school}/plans/{plan}/reports/{report}</c>).</summary>
/// <remarks>Immutable value with ordinal equality. The default value is empty and names no report.</remarks>
public readonly record struct ReportId
{
    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier.</param>
    public ReportId(string value) => text = ResourceIdText.Check(value, "report");

    private readonly string? text;

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => text ?? string.Empty;

    /// <summary>Whether the text is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> when valid.</returns>
    public static bool IsValid(string? text) => ResourceIdText.IsValid(text);

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;
}
