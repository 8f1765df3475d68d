using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>The number of a standard (tiêu chuẩn) in a framework: 1 to 99.</summary>
/// <remarks>
/// Immutable value with ordinal equality and ordering. The default value is standard 1.
/// Text form: the bare number ("3"); <see cref="Parse"/> also reads "Tiêu chuẩn 3" and "TC 3".
/// </remarks>
public readonly struct StandardNumber : IEquatable<StandardNumber>, IComparable<StandardNumber>
{
    private static readonly Regex Pattern = new(@"^(?:(?:tieu\s*chuan|tchuan)\s*)?([0-9]{1,2})\s*[.:]?\z", RegexOptions.CultureInvariant);
    private readonly byte offset;

    /// <summary>Creates a standard number.</summary>
    /// <param name="value">The number, 1 to 99.</param>
    public StandardNumber(int value)
    {
        Preconditions.CheckArgumentRange(value, 1, 99);
        offset = (byte)(value - 1);
    }

    /// <summary>The number, 1 to 99.</summary>
    public int Value => offset + 1;

    /// <summary>Reads "3", "Tiêu chuẩn 3" or "tiêu chuẩn 3:".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number or a failure.</returns>
    public static ParseResult<StandardNumber> Parse(string? text)
    {
        Match match = Pattern.Match(VietnameseText.Fold(text));
        if (match.Success && int.TryParse(match.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 99)
        {
            return ParseResult<StandardNumber>.ForValue(new StandardNumber(n));
        }
        return ParseResult<StandardNumber>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
            "Không đọc được số tiêu chuẩn", "Cannot read a standard number"));
    }

    /// <summary>Returns the bare number.</summary>
    /// <returns>"3" for standard 3.</returns>
    public override string ToString() => Value.ToString(CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public bool Equals(StandardNumber other) => offset == other.offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is StandardNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => offset;

    /// <inheritdoc/>
    public int CompareTo(StandardNumber other) => offset.CompareTo(other.offset);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(StandardNumber left, StandardNumber right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(StandardNumber left, StandardNumber right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left comes first.</returns>
    public static bool operator <(StandardNumber left, StandardNumber right) => left.offset < right.offset;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left comes later.</returns>
    public static bool operator >(StandardNumber left, StandardNumber right) => left.offset > right.offset;
}
