using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>A quality level (mức), Mức 1 to Mức 4.</summary>
/// <remarks>
/// Immutable value ordered by number; each level contains the requirements of the levels below it.
/// The default value is Mức 1. Text form: "Mức 3"; <see cref="Parse"/> also reads "mức 3", "M3", "3" and "Mức III".
/// </remarks>
public readonly struct Level : IEquatable<Level>, IComparable<Level>
{
    /// <summary>The highest level any framework here uses.</summary>
    public const int MaxValue = 4;

    private static readonly Regex Pattern = new(@"^(?:muc|m)?\s*(?<n>[1-4]|iv|iii|ii|i)\z", RegexOptions.CultureInvariant);
    private readonly byte offset;

    /// <summary>Creates a level.</summary>
    /// <param name="value">1 to 4.</param>
    public Level(int value)
    {
        Preconditions.CheckArgumentRange(value, 1, MaxValue);
        offset = (byte)(value - 1);
    }

    /// <summary>Mức 1.</summary>
    public static Level One => new(1);

    /// <summary>Mức 2.</summary>
    public static Level Two => new(2);

    /// <summary>Mức 3.</summary>
    public static Level Three => new(3);

    /// <summary>Mức 4.</summary>
    public static Level Four => new(4);

    /// <summary>The level's number, 1 to 4.</summary>
    public int Value => offset + 1;

    /// <summary>Reads "Mức 3", "mức 3", "M3", "3" or "Mức III".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The level or a failure.</returns>
    public static ParseResult<Level> Parse(string? text)
    {
        Match match = Pattern.Match(VietnameseText.Fold(text));
        if (!match.Success)
        {
            return ParseResult<Level>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
                "Không đọc được mức (Mức 1 đến Mức 4)", "Cannot read a level (Mức 1 to Mức 4)"));
        }
        int n = match.Groups["n"].Value switch
        {
            "i" => 1,
            "ii" => 2,
            "iii" => 3,
            "iv" => 4,
            string digits => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture),
        };
        return ParseResult<Level>.ForValue(new Level(n));
    }

    /// <summary>Returns "Mức n".</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"Mức {Value}");

    /// <inheritdoc/>
    public bool Equals(Level other) => offset == other.offset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Level other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => offset;

    /// <inheritdoc/>
    public int CompareTo(Level other) => offset.CompareTo(other.offset);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(Level left, Level right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(Level left, Level right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is lower.</returns>
    public static bool operator <(Level left, Level right) => left.offset < right.offset;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is higher.</returns>
    public static bool operator >(Level left, Level right) => left.offset > right.offset;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is lower or equal.</returns>
    public static bool operator <=(Level left, Level right) => left.offset <= right.offset;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is higher or equal.</returns>
    public static bool operator >=(Level left, Level right) => left.offset >= right.offset;
}
