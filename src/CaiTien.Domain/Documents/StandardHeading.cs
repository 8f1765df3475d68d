using System.Text.RegularExpressions;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Text;

namespace CaiTien.Domain.Documents;

/// <summary>A standard heading row as written ("Tiêu chuẩn 5: Hoạt động và kết quả nuôi dưỡng, chăm sóc, giáo dục").</summary>
/// <remarks>Immutable. <see cref="Number"/> and <see cref="Title"/> are what the text reads as.</remarks>
public sealed class StandardHeading
{
    private static readonly Regex Pattern = new(@"^\s*(?:[0-9]+\s*[.)]?\s*)?tieu\s*chuan\s*(?<n>[0-9]{1,2})\s*[:.\-]?\s*(?<title>.*)\z", RegexOptions.CultureInvariant);

    private StandardHeading(string text, StandardNumber? number, string title)
    {
        Text = text;
        Number = number;
        Title = title;
    }

    /// <summary>The heading as written.</summary>
    public string Text { get; }

    /// <summary>The standard number it names, or <c>null</c> when unreadable.</summary>
    public StandardNumber? Number { get; }

    /// <summary>The title after the number, as written (may be empty).</summary>
    public string Title { get; }

    /// <summary>Reads a heading.</summary>
    /// <param name="text">The heading as written.</param>
    /// <returns>The heading.</returns>
    public static StandardHeading Read(string? text)
    {
        string normal = VietnameseText.Normalize(text);
        Match m = Pattern.Match(VietnameseText.FoldNormalized(normal));
        if (!m.Success || !int.TryParse(m.Groups["n"].Value, out int n) || n < 1)
        {
            return new StandardHeading(normal, null, normal);
        }
        Group title = m.Groups["title"];
        return new StandardHeading(normal, new StandardNumber(n), normal.Substring(title.Index).Trim());
    }

    /// <summary>Whether the title matches an official title, ignoring case, diacritics variants, spaces and final punctuation.</summary>
    /// <param name="official">The official title.</param>
    /// <returns><c>true</c> when they match.</returns>
    public bool TitleMatches(string official)
        => Comparable(Title) == Comparable(official);

    private static string Comparable(string s) => VietnameseText.Normalize(s).TrimEnd('.', ';', ':', ' ').ToLowerInvariant();
}
