using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>The identifier of a criterion (tiêu chí): its standard and its number within it, as in "1.10".</summary>
/// <remarks>
/// Immutable value. Equality is by standard and number; ordering is by standard, then number numerically,
/// so 1.2 comes before 1.10. Text form: "s.n" ("3.3").
/// The default value is <em>unset</em>: it names no criterion, sorts before every criterion, and prints as "(unset)".
/// Reading <see cref="Standard"/> or <see cref="Number"/> of it throws <see cref="InvalidOperationException"/>, and
/// document types reject it with <see cref="ArgumentException"/>, so a forgotten value fails loudly instead of reading as 1.1.
/// <see cref="Parse"/> is tolerant of how documents write a criterion ("Tiêu chí 1.10", "TC 3.3", "2. 4",
/// and "Tiêu chuẩn 3.3" where a criterion is meant) and says in <see cref="ParseResult{T}.Notes"/> what it normalised.
/// </remarks>
public readonly struct CriterionId : IEquatable<CriterionId>, IComparable<CriterionId>
{
    private static readonly Regex Pattern = new(
        @"^(?:(?<label>tieu\s*chi|tieu\s*chuan|tc)\s*[:.]?\s*)?(?<s>[0-9]{1,2})(?<sep>\s*[.,]\s*)(?<n>[0-9]{1,2})\s*[.:]?\z",
        RegexOptions.CultureInvariant);

    // 0 in both fields is the unset default; a real id has both in 1..99.
    private readonly byte standard;
    private readonly byte number;

    /// <summary>Creates a criterion identifier.</summary>
    /// <param name="standard">The standard number, 1 to 99.</param>
    /// <param name="number">The criterion's number within the standard, 1 to 99.</param>
    public CriterionId(int standard, int number)
    {
        Preconditions.CheckArgumentRange(standard, 1, 99);
        Preconditions.CheckArgumentRange(number, 1, 99);
        this.standard = (byte)standard;
        this.number = (byte)number;
    }

    /// <summary>The standard this criterion belongs to.</summary>
    /// <exception cref="InvalidOperationException">This is the unset default value.</exception>
    public StandardNumber Standard => new(CheckSet().standard);

    /// <summary>The criterion's number within its standard.</summary>
    /// <exception cref="InvalidOperationException">This is the unset default value.</exception>
    public int Number => CheckSet().number;

    internal bool IsUnset => standard == 0;

    private CriterionId CheckSet()
        => standard == 0 ? throw new InvalidOperationException("This CriterionId is the unset default value; it names no criterion.") : this;

    internal static CriterionId CheckArgument(CriterionId id, string name)
        => id.standard == 0 ? throw new ArgumentException("The criterion id is the unset default value.", name) : id;

    /// <summary>Reads a criterion identifier as documents write it.</summary>
    /// <param name="text">"1.1", "1.10", "Tiêu chí 1.10", "TC 3.3", "2. 4", "Tiêu chuẩn 3.3".</param>
    /// <returns>The identifier with notes on what was normalised, or a failure.</returns>
    public static ParseResult<CriterionId> Parse(string? text)
    {
        if (TryParseCanonical(text, out CriterionId canonical))
        {
            return ParseResult<CriterionId>.ForValue(canonical);
        }
        string folded = VietnameseText.Fold(text);
        Match match = Pattern.Match(folded);
        if (!match.Success
            || !int.TryParse(match.Groups["s"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int s)
            || !int.TryParse(match.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            || s is < 1 or > 99 || n is < 1 or > 99)
        {
            return ParseResult<CriterionId>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
                "Không đọc được mã tiêu chí (dạng \"1.10\" hoặc \"Tiêu chí 1.10\")",
                "Cannot read a criterion id (like \"1.10\" or \"Tiêu chí 1.10\")"));
        }
        var notes = new List<BilingualText>(2);
        string separator = match.Groups["sep"].Value;
        if (separator != ".")
        {
            notes.Add(new BilingualText(
                $"Đã chuẩn hoá \"{Shorten(text!)}\" thành {s}.{n}",
                $"Normalised \"{Shorten(text!)}\" to {s}.{n}"));
        }
        if (match.Groups["label"].Value.StartsWith("tieu chuan", StringComparison.Ordinal)
            || match.Groups["label"].Value.StartsWith("tieuchuan", StringComparison.Ordinal))
        {
            notes.Add(new BilingualText(
                $"\"{Shorten(text!)}\" ghi là tiêu chuẩn nhưng là tiêu chí {s}.{n}",
                $"\"{Shorten(text!)}\" is labelled a standard but names criterion {s}.{n}"));
        }
        return ParseResult<CriterionId>.ForValue(new CriterionId(s, n), notes);
    }

    // "1.10" or "Tiêu chí 1.10" exactly as the library writes them: read without folding or regular expressions.
    private static bool TryParseCanonical(string? text, out CriterionId id)
    {
        id = default;
        if (text is null)
        {
            return false;
        }
        ReadOnlySpan<char> span = text.AsSpan();
        if (span.StartsWith("Tiêu chí ", StringComparison.Ordinal))
        {
            span = span.Slice(9);
        }
        int dot = span.IndexOf('.');
        if (dot is < 1 or > 2 || span.Length - dot - 1 is < 1 or > 2)
        {
            return false;
        }
        ReadOnlySpan<char> s = span.Slice(0, dot);
        ReadOnlySpan<char> n = span.Slice(dot + 1);
        if (!IsDigits(s) || !IsDigits(n))
        {
            return false;
        }
        int standard = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        int number = int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture);
        if (standard < 1 || number < 1)
        {
            return false;
        }
        id = new CriterionId(standard, number);
        return true;
    }

    private static bool IsDigits(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Whether <see cref="Parse"/> found the criterion labelled as a standard ("Tiêu chuẩn 3.3").</summary>
    /// <param name="text">The text.</param>
    /// <returns><c>true</c> when the text reads as a criterion but carries the label "Tiêu chuẩn".</returns>
    public static bool IsLabelledAsStandard(string? text)
    {
        if (text is null || (text.IndexOf("chuẩn", StringComparison.OrdinalIgnoreCase) < 0 && text.IndexOf("chuan", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return false;
        }
        Match match = Pattern.Match(VietnameseText.Fold(text));
        return match.Success && match.Groups["label"].Value.StartsWith("tieu", StringComparison.Ordinal)
            && match.Groups["label"].Value.Contains("chuan");
    }

    /// <summary>Returns "s.n", or "(unset)" for the default value.</summary>
    /// <returns>The canonical text, such as "1.10".</returns>
    public override string ToString()
        => standard == 0 ? "(unset)" : string.Create(CultureInfo.InvariantCulture, $"{standard}.{number}");

    /// <inheritdoc/>
    public bool Equals(CriterionId other) => standard == other.standard && number == other.number;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is CriterionId other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (standard << 8) | number;

    /// <inheritdoc/>
    public int CompareTo(CriterionId other)
        => standard != other.standard ? standard.CompareTo(other.standard) : number.CompareTo(other.number);

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(CriterionId left, CriterionId right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(CriterionId left, CriterionId right) => !left.Equals(right);

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left comes first.</returns>
    public static bool operator <(CriterionId left, CriterionId right) => left.CompareTo(right) < 0;

    /// <summary>Ordering.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether left comes later.</returns>
    public static bool operator >(CriterionId left, CriterionId right) => left.CompareTo(right) > 0;

    private static string Shorten(string text) => text.Length <= 40 ? text : text.Substring(0, 40) + "…";
}
