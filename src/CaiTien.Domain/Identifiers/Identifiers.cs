using System;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain;

// Every identifier in the library follows one pattern: a readonly struct over the text of an AIP-122 resource id,
// with ordinal equality and ordering, IsValid/Parse/ToString that round-trip, and an empty default that names nothing.

/// <summary>The text rule shared by the identifiers: 1-63 characters of a-z, 0-9 and '-', starting with a letter, not ending with '-'.</summary>
internal static class IdText
{
    internal const string Rule = "1-63 characters of a-z, 0-9 and '-', starting with a letter and not ending with '-'";

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

    internal static ParseFailure Failure(string? text, string vietnameseKind, string englishKind)
        => ParseFailure.Create(text, text ?? string.Empty,
            $"Mã {vietnameseKind} không hợp lệ: 1-63 ký tự a-z, 0-9 và '-', bắt đầu bằng chữ",
            $"Invalid {englishKind} id: {Rule}");
}

/// <summary>A school's identifier in resource names (<c>schools/{school}</c>).</summary>
/// <remarks>
/// Immutable value with ordinal equality and ordering; 1-63 characters of a-z, 0-9 and '-', starting with a letter.
/// The default value is empty (<see cref="IsEmpty"/>) and names no school; documents accept it as "not assigned yet".
/// </remarks>
public readonly struct SchoolId : IEquatable<SchoolId>, IComparable<SchoolId>
{
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier's text; see <see cref="IsValid"/>.</param>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public SchoolId(string value) => this.value = IdText.Check(value, "school");

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is the default, empty identifier.</summary>
    public bool IsEmpty => value is null;

    /// <summary>Whether a text is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> when valid.</returns>
    public static bool IsValid(string? text) => IdText.IsValid(text);

    /// <summary>Reads an identifier exactly as written (no trimming, no case change).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier or a failure.</returns>
    public static ParseResult<SchoolId> Parse(string? text)
        => IdText.IsValid(text) ? ParseResult<SchoolId>.ForValue(new SchoolId(text!)) : ParseResult<SchoolId>.ForFailure(IdText.Failure(text, "trường", "school"));

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text; empty for the default value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    public bool Equals(SchoolId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SchoolId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(SchoolId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(SchoolId left, SchoolId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(SchoolId left, SchoolId right) => !left.Equals(right);
}

/// <summary>A plan's identifier in resource names (<c>schools/{school}/plans/{plan}</c>).</summary>
/// <remarks>
/// Immutable value with ordinal equality and ordering; 1-63 characters of a-z, 0-9 and '-', starting with a letter.
/// The default value is empty (<see cref="IsEmpty"/>) and names no plan; documents accept it as "not assigned yet".
/// </remarks>
public readonly struct PlanId : IEquatable<PlanId>, IComparable<PlanId>
{
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier's text; see <see cref="IsValid"/>.</param>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public PlanId(string value) => this.value = IdText.Check(value, "plan");

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is the default, empty identifier.</summary>
    public bool IsEmpty => value is null;

    /// <summary>Whether a text is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> when valid.</returns>
    public static bool IsValid(string? text) => IdText.IsValid(text);

    /// <summary>Reads an identifier exactly as written (no trimming, no case change).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier or a failure.</returns>
    public static ParseResult<PlanId> Parse(string? text)
        => IdText.IsValid(text) ? ParseResult<PlanId>.ForValue(new PlanId(text!)) : ParseResult<PlanId>.ForFailure(IdText.Failure(text, "kế hoạch", "plan"));

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text; empty for the default value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    public bool Equals(PlanId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PlanId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(PlanId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(PlanId left, PlanId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(PlanId left, PlanId right) => !left.Equals(right);
}

/// <summary>A report's identifier in resource names (<c>schools/{school}/plans/{plan}/reports/{report}</c>).</summary>
/// <remarks>
/// Immutable value with ordinal equality and ordering; 1-63 characters of a-z, 0-9 and '-', starting with a letter.
/// The default value is empty (<see cref="IsEmpty"/>) and names no report; documents accept it as "not assigned yet".
/// </remarks>
public readonly struct ReportId : IEquatable<ReportId>, IComparable<ReportId>
{
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier's text; see <see cref="IsValid"/>.</param>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public ReportId(string value) => this.value = IdText.Check(value, "report");

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is the default, empty identifier.</summary>
    public bool IsEmpty => value is null;

    /// <summary>Whether a text is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> when valid.</returns>
    public static bool IsValid(string? text) => IdText.IsValid(text);

    /// <summary>Reads an identifier exactly as written (no trimming, no case change).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier or a failure.</returns>
    public static ParseResult<ReportId> Parse(string? text)
        => IdText.IsValid(text) ? ParseResult<ReportId>.ForValue(new ReportId(text!)) : ParseResult<ReportId>.ForFailure(IdText.Failure(text, "báo cáo", "report"));

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text; empty for the default value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    public bool Equals(ReportId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(ReportId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(ReportId left, ReportId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(ReportId left, ReportId right) => !left.Equals(right);
}

/// <summary>A framework version's identifier, such as <c>tt18-2018</c> (<c>frameworks/{framework}</c>).</summary>
/// <remarks>
/// Immutable value with ordinal equality and ordering; 1-63 characters of a-z, 0-9 and '-', starting with a letter.
/// The default value is empty (<see cref="IsEmpty"/>) and names no framework; documents accept it as "not assigned yet".
/// </remarks>
public readonly struct FrameworkId : IEquatable<FrameworkId>, IComparable<FrameworkId>
{
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">The identifier's text; see <see cref="IsValid"/>.</param>
    /// <exception cref="ArgumentException">The text is not a valid identifier.</exception>
    public FrameworkId(string value) => this.value = IdText.Check(value, "framework");

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is the default, empty identifier.</summary>
    public bool IsEmpty => value is null;

    /// <summary>Whether a text is a valid identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> when valid.</returns>
    public static bool IsValid(string? text) => IdText.IsValid(text);

    /// <summary>Reads an identifier exactly as written (no trimming, no case change).</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier or a failure.</returns>
    public static ParseResult<FrameworkId> Parse(string? text)
        => IdText.IsValid(text) ? ParseResult<FrameworkId>.ForValue(new FrameworkId(text!)) : ParseResult<FrameworkId>.ForFailure(IdText.Failure(text, "bộ tiêu chuẩn", "framework"));

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text; empty for the default value.</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    public bool Equals(FrameworkId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FrameworkId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public int CompareTo(FrameworkId other) => string.CompareOrdinal(Value, other.Value);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(FrameworkId left, FrameworkId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(FrameworkId left, FrameworkId right) => !left.Equals(right);
}
