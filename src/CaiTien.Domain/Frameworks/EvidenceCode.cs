using System;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Utility;

namespace CaiTien.Domain.Frameworks;

/// <summary>
/// An evidence code (mã minh chứng) in either form: TT 18 era <c>[H1-1.1-01]</c> (box 1, criterion 1.1, item 01) or
/// TT 57 <c>MC.1.1.01</c> (criterion 1.1, item 01; no box).
/// </summary>
/// <remarks>
/// Immutable value ordered by form, box, criterion, then item. The default value is <c>[H1-1.1-01]</c>.
/// Text forms: <c>[Hn-s.c-ii]</c> and <c>MC.s.c.ii</c> with a two-digit item. <see cref="Parse"/> also accepts the
/// first without brackets, in lower case and with spaces around the dashes, and the second inside round brackets.
/// Which form a document must use is its framework's <see cref="FrameworkVersion.EvidenceCodeForm"/>.
/// </remarks>
public readonly struct EvidenceCode : IEquatable<EvidenceCode>, IComparable<EvidenceCode>
{
    private static readonly Regex BoxedPattern = new(
        @"^\[?\s*[Hh]\s*(?<box>[0-9]{1,3})\s*-\s*(?<s>[0-9]{1,2})\s*\.\s*(?<c>[0-9]{1,2})\s*-\s*(?<item>[0-9]{1,3})\s*\]?\z",
        RegexOptions.CultureInvariant);

    private static readonly Regex McPattern = new(
        @"^\(?\s*[Mm][Cc]\s*\.\s*(?<s>[0-9]{1,2})\s*\.\s*(?<c>[0-9]{1,2})\s*\.\s*(?<item>[0-9]{1,3})\s*\)?\z",
        RegexOptions.CultureInvariant);

    private readonly bool mc;
    private readonly ushort boxOffset;
    private readonly CriterionId criterion;
    private readonly ushort itemOffset;

    /// <summary>Creates a TT 18 era evidence code, <c>[Hn-s.c-ii]</c>.</summary>
    /// <param name="box">The evidence box (hộp), 1 to 999.</param>
    /// <param name="criterion">The criterion the evidence supports.</param>
    /// <param name="item">The item number in the box, 1 to 999.</param>
    public EvidenceCode(int box, CriterionId criterion, int item)
    {
        Preconditions.CheckArgumentRange(box, 1, 999);
        Preconditions.CheckArgumentRange(item, 1, 999);
        mc = false;
        boxOffset = (ushort)(box - 1);
        this.criterion = criterion;
        itemOffset = (ushort)(item - 1);
    }

    private EvidenceCode(CriterionId criterion, int item)
    {
        Preconditions.CheckArgumentRange(item, 1, 999);
        mc = true;
        boxOffset = 0;
        this.criterion = criterion;
        itemOffset = (ushort)(item - 1);
    }

    /// <summary>Creates a TT 57 evidence code, <c>MC.s.c.ii</c> (Phụ lục IV).</summary>
    /// <param name="criterion">The criterion the evidence supports.</param>
    /// <param name="item">The item number, 1 to 999.</param>
    /// <returns>The code.</returns>
    public static EvidenceCode Mc(CriterionId criterion, int item) => new(criterion, item);

    /// <summary>The code's form.</summary>
    public EvidenceCodeForm Form => mc ? EvidenceCodeForm.Mc : EvidenceCodeForm.Boxed;

    /// <summary>The evidence box of a TT 18 era code; 0 for a TT 57 code, which has none.</summary>
    public int Box => mc ? 0 : boxOffset + 1;

    /// <summary>The criterion.</summary>
    public CriterionId Criterion => criterion;

    /// <summary>The item number.</summary>
    public int Item => itemOffset + 1;

    /// <summary>Reads an evidence code in either form.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The code or a failure.</returns>
    public static ParseResult<EvidenceCode> Parse(string? text)
    {
        string normalized = Text.VietnameseText.Normalize(text);
        Match match = BoxedPattern.Match(normalized);
        if (match.Success)
        {
            int box = Number(match, "box");
            int s = Number(match, "s");
            int c = Number(match, "c");
            int item = Number(match, "item");
            if (box >= 1 && s >= 1 && c >= 1 && item >= 1)
            {
                return ParseResult<EvidenceCode>.ForValue(new EvidenceCode(box, new CriterionId(s, c), item));
            }
        }
        match = McPattern.Match(normalized);
        if (match.Success)
        {
            int s = Number(match, "s");
            int c = Number(match, "c");
            int item = Number(match, "item");
            if (s >= 1 && c >= 1 && item >= 1)
            {
                return ParseResult<EvidenceCode>.ForValue(new EvidenceCode(new CriterionId(s, c), item));
            }
        }
        return ParseResult<EvidenceCode>.ForFailure(ParseFailure.Create(text, text ?? string.Empty,
            "Không đọc được mã minh chứng (dạng [H1-1.1-01] hoặc MC.1.1.01)", "Cannot read an evidence code (like [H1-1.1-01] or MC.1.1.01)"));
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Returns <c>[Hn-s.c-ii]</c> or <c>MC.s.c.ii</c>.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString()
        => mc
            ? string.Create(CultureInfo.InvariantCulture, $"MC.{criterion}.{Item:00}")
            : string.Create(CultureInfo.InvariantCulture, $"[H{Box}-{criterion}-{Item:00}]");

    /// <inheritdoc/>
    public bool Equals(EvidenceCode other)
        => mc == other.mc && boxOffset == other.boxOffset && criterion == other.criterion && itemOffset == other.itemOffset;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EvidenceCode other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(mc, boxOffset, criterion, itemOffset);

    /// <inheritdoc/>
    public int CompareTo(EvidenceCode other)
    {
        int c = mc.CompareTo(other.mc);
        if (c != 0)
        {
            return c;
        }
        c = boxOffset.CompareTo(other.boxOffset);
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
