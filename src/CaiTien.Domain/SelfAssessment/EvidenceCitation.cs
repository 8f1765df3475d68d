using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.SelfAssessment;

/// <summary>
/// An evidence code as a report cites it: the text between the brackets as written ("[H1-1.2-01]") and the code it reads
/// as, if it is well formed.
/// </summary>
/// <remarks>Immutable. Equality compares the text as written.</remarks>
public sealed class EvidenceCitation : IEquatable<EvidenceCitation>
{
    // A bracketed token that starts like an evidence code: "[H1-1.1-01]", "[H1-1.202]", "[ h2 - 2.1 - 3 ]".
    private static readonly Regex Bracketed = new(@"\[\s*[Hh]\s*[0-9][^\[\]]{0,24}\]", RegexOptions.CultureInvariant);

    /// <summary>Creates a citation.</summary>
    /// <param name="text">The citation as written, with its brackets.</param>
    public EvidenceCitation(string text)
    {
        Text = CaiTien.Domain.Text.VietnameseText.Normalize(text);
        ParseResult<EvidenceCode> reading = EvidenceCode.Parse(Text);
        Code = reading.Success ? reading.Value : null;
    }

    /// <summary>The citation as written.</summary>
    public string Text { get; }

    /// <summary>The code, or <c>null</c> when the citation is not a well-formed code ("[H1-1.202]").</summary>
    public EvidenceCode? Code { get; }

    /// <summary>Whether the citation is a well-formed code.</summary>
    public bool IsWellFormed => Code is not null;

    /// <summary>Every bracketed citation that starts like an evidence code, in order.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The citations.</returns>
    public static IReadOnlyList<EvidenceCitation> Scan(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.IndexOf('[', StringComparison.Ordinal) < 0)
        {
            return Array.Empty<EvidenceCitation>();
        }
        var result = new List<EvidenceCitation>();
        foreach (Match m in Bracketed.Matches(text))
        {
            result.Add(new EvidenceCitation(m.Value));
        }
        return result.AsReadOnly();
    }

    /// <inheritdoc/>
    public bool Equals(EvidenceCitation? other) => other is not null && Text == other.Text;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as EvidenceCitation);

    /// <inheritdoc/>
    public override int GetHashCode() => Text.GetHashCode(StringComparison.Ordinal);

    /// <inheritdoc/>
    public override string ToString() => Text;
}

/// <summary>The indicator letters a description walks through: "a)", "b)", "c)" opening the text or a sentence.</summary>
internal static class IndicatorMarkers
{
    // After the start, a sentence end, a citation or a dash; or after a plain space when a capital opens what follows
    // ("… yêu cầu học tập c) Có phòng …"): not "mục b) của quy định" inside a sentence.
    private static readonly Regex Marker = new(@"(?:(?:^|[.;:\]]\s*|\s-\s)(?<k>[a-e])\)\s|\s(?<k>[a-e])\)\s+(?=\p{Lu}))", RegexOptions.CultureInvariant);

    internal static IReadOnlyList<IndicatorKey> Scan(string text)
    {
        if (text.Length == 0 || text.IndexOf(')', StringComparison.Ordinal) < 0)
        {
            return Array.Empty<IndicatorKey>();
        }
        var keys = new List<IndicatorKey>();
        foreach (Match m in Marker.Matches(text))
        {
            IndicatorKey key = IndicatorKey.FromChar(m.Groups["k"].Value[0]);
            if (!keys.Contains(key))
            {
                keys.Add(key);
            }
        }
        return keys.AsReadOnly();
    }
}
