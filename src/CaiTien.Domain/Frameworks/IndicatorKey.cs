using System;
using CaiTien.Domain.Text;

namespace CaiTien.Domain.Frameworks;

/// <summary>
/// The key of an indicator (chỉ báo) within a criterion at one level: a letter a–z, or <c>*</c> for a level
/// whose requirement is not lettered.
/// </summary>
/// <remarks>Immutable value ordered with <c>*</c> first, then by letter. The default value is <c>*</c>.</remarks>
public readonly struct IndicatorKey : IEquatable<IndicatorKey>, IComparable<IndicatorKey>
{
    private readonly char letter;

    private IndicatorKey(char letter) => this.letter = letter;

    /// <summary>The key of an unlettered requirement, written <c>*</c> on assessment forms.</summary>
    public static IndicatorKey Unlettered => default;

    /// <summary>Whether this is the unlettered key <c>*</c>.</summary>
    public bool IsUnlettered => letter == '\0';

    /// <summary>The key's character: a letter a–z, or <c>*</c>.</summary>
    public char Value => letter == '\0' ? '*' : letter;

    /// <summary>The key for a letter.</summary>
    /// <param name="letter">a to z (upper case is accepted), or <c>*</c>.</param>
    /// <returns>The key.</returns>
    public static IndicatorKey FromChar(char letter)
    {
        if (letter == '*')
        {
            return default;
        }
        char lower = char.ToLowerInvariant(letter);
        if (lower is < 'a' or > 'z')
        {
            throw new ArgumentOutOfRangeException(nameof(letter), letter, "An indicator key is a letter a-z or '*'.");
        }
        return new IndicatorKey(lower);
    }

    /// <summary>Reads "a", "b)", "(c)", "*" or an empty text for the unlettered requirement is not accepted.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The key or a failure.</returns>
    public static ParseResult<IndicatorKey> Parse(string? text)
    {
        string folded = VietnameseText.Fold(text).Trim('(', ')', '.', ' ');
        if (folded.Length == 1 && (folded[0] == '*' || folded[0] is >= 'a' and <= 'z'))
        {
            return ParseResult<IndicatorKey>.ForValue(FromChar(folded[0]));
        }
        return ParseResult<IndicatorKey>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
            "Không đọc được chỉ báo (a, b, c… hoặc *)", "Cannot read an indicator key (a, b, c… or *)"));
    }

    /// <summary>Returns the key's character as text.</summary>
    /// <returns>"a" or "*".</returns>
    public override string ToString() => Value.ToString();

    /// <inheritdoc/>
    public bool Equals(IndicatorKey other) => letter == other.letter;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorKey other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => letter;

    /// <inheritdoc/>
    public int CompareTo(IndicatorKey other) => letter.CompareTo(other.letter);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(IndicatorKey left, IndicatorKey right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(IndicatorKey left, IndicatorKey right) => !left.Equals(right);
}
