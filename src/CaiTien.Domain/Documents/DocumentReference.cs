using System;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using NodaTime;

namespace CaiTien.Domain.Documents;

/// <summary>
/// How an administrative document is cited: its number ("100/KH-TTT") and date. Either may be missing, as in a draft
/// that reads "Số: /BC-…" or "ngày … tháng … năm 2024": the checker reports that.
/// </summary>
/// <remarks>Immutable. Equality compares the normalised number (case and spaces ignored) and the date.</remarks>
public sealed class DocumentReference : IEquatable<DocumentReference>
{
    private static readonly Regex SoPrefix = new(@"^so\s*:?\s*", RegexOptions.CultureInvariant);
    private static readonly Regex NumberPattern = new(@"^(?:so\s*:?\s*)?(?<n>[0-9]+)\s*/\s*(?<kind>[a-z0-9đ&\-]+(?:\s*-\s*[a-z0-9đ&]+)*)\z",
        RegexOptions.CultureInvariant);

    /// <summary>Creates a reference.</summary>
    /// <param name="number">The number as written, or <c>null</c>/empty when missing.</param>
    /// <param name="date">The date, or <c>null</c> when missing.</param>
    /// <param name="issuer">Who issued it, if stated.</param>
    public DocumentReference(string? number, LocalDate? date, string? issuer = null)
    {
        Number = VietnameseText.Normalize(number);
        Date = date;
        Issuer = VietnameseText.Normalize(issuer);
    }

    /// <summary>A reference with neither number nor date.</summary>
    public static DocumentReference Missing { get; } = new(null, null);

    /// <summary>The number as written (normalised), possibly empty.</summary>
    public string Number { get; }

    /// <summary>The date, or <c>null</c>.</summary>
    public LocalDate? Date { get; }

    /// <summary>Who issued it, possibly empty.</summary>
    public string Issuer { get; }

    /// <summary>Whether the number has its serial part ("100/KH-TTT", not "/BC-TTT" or "Số: ").</summary>
    public bool HasNumber => NumberPattern.IsMatch(VietnameseText.Fold(Number));

    /// <summary>The number without a leading "Số" or "Số:" ("100/KH-TTT").</summary>
    public string DisplayNumber
    {
        get
        {
            Match prefix = SoPrefix.Match(VietnameseText.FoldNormalized(Number));
            return prefix.Success ? Number.Substring(prefix.Length) : Number;
        }
    }

    /// <summary>The number in a comparable form: upper case, no spaces, without "Số:".</summary>
    public string CanonicalNumber => DisplayNumber.Replace(" ", string.Empty).ToUpperInvariant();

    /// <summary>Whether the numbers match (ignoring case, spaces and "Số:").</summary>
    /// <param name="other">The other reference.</param>
    /// <returns><c>true</c> when both numbers are the same.</returns>
    public bool NumberMatches(DocumentReference other) => CanonicalNumber == other?.CanonicalNumber;

    /// <inheritdoc/>
    public bool Equals(DocumentReference? other) => other is not null && NumberMatches(other) && Date == other.Date;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as DocumentReference);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CanonicalNumber, Date);

    /// <summary>Returns "số 100/KH-TTT ngày 15/5/2023".</summary>
    /// <returns>The citation.</returns>
    public override string ToString()
        => $"số {(DisplayNumber.Length == 0 ? "…" : DisplayNumber)} ngày {(Date is { } d ? DateText.Format(d) : "…")}";
}
