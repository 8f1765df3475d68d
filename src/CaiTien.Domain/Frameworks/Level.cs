using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>
/// A quality level (mức) a criterion or a school reaches: <see cref="NotMet"/> (không đạt) below Mức 1, then
/// Mức 1 to Mức 4.
/// </summary>
/// <remarks>
/// Immutable value ordered by number (<see cref="NotMet"/> is 0, below Mức 1); each level contains the requirements of
/// the levels below it. Text form: "Mức 3" and "Không đạt"; <see cref="Parse"/> also reads "mức 3", "M3", "3",
/// "Mức III" and "không đạt".
/// The default value is <em>unset</em>: it is no level, sorts before every level and prints as "(unset)". Reading its
/// <see cref="Value"/> throws <see cref="InvalidOperationException"/>, and documents, catalogs and assessments reject
/// it with <see cref="ArgumentException"/>, so a forgotten level fails loudly instead of reading as Mức 1.
/// </remarks>
public readonly struct Level : IEquatable<Level>, IComparable<Level>
{
    /// <summary>The highest level any framework here uses.</summary>
    public const int MaxValue = 4;

    private static readonly Regex Pattern = new(@"^(?:muc|m)?\s*(?<n>[1-4]|iv|iii|ii|i)\z|^(?<none>khong dat)\z", RegexOptions.CultureInvariant);

    // 0 is the unset default; 1 is không đạt; 2..5 are Mức 1..4.
    private readonly byte code;

    /// <summary>Creates a level.</summary>
    /// <param name="value">0 (<see cref="NotMet"/>, không đạt) or 1 to 4.</param>
    public Level(int value)
    {
        Preconditions.CheckArgumentRange(value, 0, MaxValue);
        code = (byte)(value + 1);
    }

    /// <summary>Không đạt: below Mức 1 (value 0).</summary>
    public static Level NotMet => new(0);

    /// <summary>Mức 1.</summary>
    public static Level One => new(1);

    /// <summary>Mức 2.</summary>
    public static Level Two => new(2);

    /// <summary>Mức 3.</summary>
    public static Level Three => new(3);

    /// <summary>Mức 4.</summary>
    public static Level Four => new(4);

    /// <summary>The level's number: 0 for <see cref="NotMet"/>, 1 to 4 for Mức 1 to Mức 4.</summary>
    /// <exception cref="InvalidOperationException">This is the unset default value.</exception>
    public int Value => code == 0 ? throw new InvalidOperationException("This Level is the unset default value.") : code - 1;

    /// <summary>Whether this is <see cref="NotMet"/> (không đạt).</summary>
    public bool IsNotMet => code == 1;

    internal bool IsUnset => code == 0;

    internal static Level CheckArgument(Level level, string name)
        => level.code == 0 ? throw new ArgumentException("The level is the unset default value.", name) : level;

    internal static Level? CheckArgument(Level? level, string name) => level is { } l ? CheckArgument(l, name) : null;

    /// <summary>Reads "Mức 3", "mức 3", "M3", "3", "Mức III" or "Không đạt".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The level or a failure.</returns>
    public static ParseResult<Level> Parse(string? text)
    {
        Match match = Pattern.Match(VietnameseText.Fold(text));
        if (!match.Success)
        {
            return ParseResult<Level>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
                "Không đọc được mức (Không đạt, Mức 1 đến Mức 4)", "Cannot read a level (Không đạt, Mức 1 to Mức 4)"));
        }
        if (match.Groups["none"].Success)
        {
            return ParseResult<Level>.ForValue(NotMet);
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

    /// <summary>Returns "Mức n", "Không đạt", or "(unset)" for the default value.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => code switch
    {
        0 => "(unset)",
        1 => "Không đạt",
        _ => string.Create(CultureInfo.InvariantCulture, $"Mức {code - 1}"),
    };

    /// <inheritdoc/>
    public bool Equals(Level other) => code == other.code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Level other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => code;

    /// <inheritdoc/>
    public int CompareTo(Level other) => code.CompareTo(other.code);

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
    public static bool operator <(Level left, Level right) => left.code < right.code;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is higher.</returns>
    public static bool operator >(Level left, Level right) => left.code > right.code;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is lower or equal.</returns>
    public static bool operator <=(Level left, Level right) => left.code <= right.code;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left is higher or equal.</returns>
    public static bool operator >=(Level left, Level right) => left.code >= right.code;
}
