using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>An evidence code (mã minh chứng) such as <c>[H1-1.1-01]</c>: box 1, criterion 1.1, item 01.</summary>
/// <remarks>
/// Immutable value ordered by box, criterion, then item. The default value is <c>[H1-1.1-01]</c>.
/// Text form: <c>[Hn-s.c-ii]</c> with a two-digit item; <see cref="Parse"/> also accepts it without brackets,
/// in lower case, and with spaces around the dashes.
/// </remarks>
public readonly struct EvidenceCode : IEquatable<EvidenceCode>, IComparable<EvidenceCode>
{
    private static readonly Regex Pattern = new(
        @"^\[?\s*[Hh]\s*(?<box>[0-9]{1,3})\s*-\s*(?<s>[0-9]{1,2})\s*\.\s*(?<c>[0-9]{1,2})\s*-\s*(?<item>[0-9]{1,3})\s*\]?\z",
        RegexOptions.CultureInvariant);

    private readonly ushort boxOffset;
    private readonly CriterionId criterion;
    private readonly ushort itemOffset;

    /// <summary>Creates an evidence code.</summary>
    /// <param name="box">The evidence box (hộp), 1 to 999.</param>
    /// <param name="criterion">The criterion the evidence supports.</param>
    /// <param name="item">The item number in the box, 1 to 999.</param>
    public EvidenceCode(int box, CriterionId criterion, int item)
    {
        Preconditions.CheckArgumentRange(box, 1, 999);
        Preconditions.CheckArgumentRange(item, 1, 999);
        boxOffset = (ushort)(box - 1);
        this.criterion = criterion;
        itemOffset = (ushort)(item - 1);
    }

    /// <summary>The evidence box.</summary>
    public int Box => boxOffset + 1;

    /// <summary>The criterion.</summary>
    public CriterionId Criterion => criterion;

    /// <summary>The item number.</summary>
    public int Item => itemOffset + 1;

    /// <summary>Reads "[H1-1.1-01]" or its variants.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code or a failure.</returns>
    public static ParseResult<EvidenceCode> Parse(string? text)
    {
        Match match = Pattern.Match(Text.VietnameseText.Normalize(text));
        if (match.Success)
        {
            int box = int.Parse(match.Groups["box"].Value, CultureInfo.InvariantCulture);
            int s = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
            int c = int.Parse(match.Groups["c"].Value, CultureInfo.InvariantCulture);
            int item = int.Parse(match.Groups["item"].Value, CultureInfo.InvariantCulture);
            if (box >= 1 && s >= 1 && c >= 1 && item >= 1)
            {
                return ParseResult<EvidenceCode>.ForValue(new EvidenceCode(box, new CriterionId(s, c), item));
            }
        }
        return ParseResult<EvidenceCode>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
            "Không đọc được mã minh chứng (dạng [H1-1.1-01])", "Cannot read an evidence code (like [H1-1.1-01])"));
    }

    /// <summary>Returns "[Hn-s.c-ii]".</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"[H{Box}-{criterion}-{Item:00}]");

    /// <inheritdoc/>
    public bool Equals(EvidenceCode other) => boxOffset == other.boxOffset && criterion == other.criterion && itemOffset == other.itemOffset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EvidenceCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(boxOffset, criterion, itemOffset);

    /// <inheritdoc/>
    public int CompareTo(EvidenceCode other)
    {
        int c = boxOffset.CompareTo(other.boxOffset);
        if (c != 0)
        {
            return c;
        }
        c = criterion.CompareTo(other.criterion);
        return c != 0 ? c : itemOffset.CompareTo(other.itemOffset);
    }

    /// <summary>Equality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether equal.</returns>
    public static bool operator ==(EvidenceCode left, EvidenceCode right) => left.Equals(right);

    /// <summary>Inequality.</summary>
    /// <param name="left">Left.</param>
    /// <param name="right">Right.</param>
    /// <returns>Whether different.</returns>
    public static bool operator !=(EvidenceCode left, EvidenceCode right) => !left.Equals(right);
}
