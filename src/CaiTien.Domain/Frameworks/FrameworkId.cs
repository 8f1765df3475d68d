using System;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>The identifier of a framework version, such as "tt18-2018".</summary>
/// <remarks>Immutable value with ordinal equality. The default value is the empty identifier, which names no framework.</remarks>
public readonly struct FrameworkId : IEquatable<FrameworkId>
{
    private readonly string? value;

    /// <summary>Creates an identifier.</summary>
    /// <param name="value">Lower-case letters, digits and dashes, 1 to 64 characters.</param>
    public FrameworkId(string value)
    {
        Preconditions.CheckNotNull(value);
        Preconditions.CheckArgument(IsValid(value), "A framework id is 1-64 characters of a-z, 0-9 and '-'.");
        this.value = value;
    }

    /// <summary>The identifier's text; empty for the default value.</summary>
    public string Value => value ?? string.Empty;

    /// <summary>Whether this is the default, empty identifier.</summary>
    public bool IsEmpty => string.IsNullOrEmpty(value);

    /// <summary>Reads an identifier.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The identifier or a failure.</returns>
    public static ParseResult<FrameworkId> Parse(string? text)
    {
        string trimmed = (text ?? string.Empty).Trim().ToLowerInvariant();
        return IsValid(trimmed)
            ? ParseResult<FrameworkId>.ForValue(new FrameworkId(trimmed))
            : ParseResult<FrameworkId>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
                "Mã bộ tiêu chuẩn không hợp lệ", "Invalid framework id"));
    }

    private static bool IsValid(string text)
    {
        if (text.Length is 0 or > 64)
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

    /// <summary>Returns the identifier's text.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value;

    /// <inheritdoc/>
    public bool Equals(FrameworkId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FrameworkId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

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
