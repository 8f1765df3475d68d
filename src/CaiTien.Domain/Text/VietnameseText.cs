using System;
using System.Globalization;
using System.Text;

namespace CaiTien.Domain.Text;

/// <summary>
/// Normalisation of the Vietnamese text that schools type into Word: Unicode NFC, one kind of dash,
/// collapsed white space, and a diacritic-free "folded" form for tolerant matching.
/// </summary>
internal static class VietnameseText
{
    /// <summary>
    /// Returns <paramref name="text"/> in Unicode NFC with en and em dashes turned into hyphens, non-breaking
    /// and other white space collapsed into single spaces, and leading and trailing space removed.
    /// </summary>
    /// <param name="text">The text as typed; <c>null</c> is treated as empty.</param>
    /// <returns>The normalised text; never <c>null</c>.</returns>
    /// <remarks>A lone surrogate is not text; each becomes U+FFFD, the replacement character, instead of failing.</remarks>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (IsClean(text))
        {
            return text;
        }
        text = ReplaceLoneSurrogates(text);
        string nfc = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        bool pendingSpace = false;
        foreach (char c in nfc)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c is '\u2013' or '\u2014' or '\u2012' or '\u2212' ? '-' : c);
        }
        return builder.ToString();
    }

    // Already normalised: NFC, single spaces inside, none at the ends, no other white space or dash variants.
    private static bool IsClean(string text)
    {
        if (text[0] == ' ' || text[text.Length - 1] == ' ')
        {
            return false;
        }
        // Letters below U+0300 and the precomposed Vietnamese block U+1E00–U+1EFF are NFC by themselves; only combining
        // marks or other scripts need the (ICU-backed, slower) normalisation check.
        bool simple = true;
        char previous = 'x';
        foreach (char c in text)
        {
            if (c < 0x80)
            {
                if ((c == ' ' && previous == ' ') || (c < ' '))
                {
                    return false;
                }
            }
            else
            {
                if (char.IsSurrogate(c))
                {
                    return false;
                }
                simple &= c < '\u0300' || c is >= '\u1E00' and <= '\u1EFF';
                if (c is '\u00A0' or '\u2013' or '\u2014' or '\u2012' or '\u2212' || char.IsWhiteSpace(c))
                {
                    return false;
                }
            }
            previous = c;
        }
        return simple || text.IsNormalized(NormalizationForm.FormC);
    }

    // string.Normalize and IsNormalized throw on ill-formed UTF-16, which JSON can carry ("\ud800").
    private static string ReplaceLoneSurrogates(string text)
    {
        char[]? copy = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                copy ??= text.ToCharArray();
                copy[i] = '\uFFFD';
            }
        }
        return copy is null ? text : new string(copy);
    }

    /// <summary>
    /// Returns the normalised text in lower case without diacritics ("Hằng năm" → "hang nam", "Đầu" → "dau"),
    /// for matching variant spellings. The result is for comparison only, never for display. It has exactly the
    /// length of <see cref="Normalize"/>'s result, character for character, so positions carry over.
    /// </summary>
    /// <param name="text">The text as typed; <c>null</c> is treated as empty.</param>
    /// <returns>The folded text; never <c>null</c>.</returns>
    public static string Fold(string? text) => FoldNormalized(Normalize(text));

    internal static string FoldNormalized(string normalized)
    {
        if (normalized.Length == 0)
        {
            return normalized;
        }
        return string.Create(normalized.Length, normalized, static (span, source) =>
        {
            for (int i = 0; i < source.Length; i++)
            {
                span[i] = FoldChar(source[i]);
            }
        });
    }

    private static readonly char[] FoldTable = BuildFoldTable();

    internal static char FoldChar(char c)
    {
        if (c < 0x80)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }
        return c < FoldTable.Length ? FoldTable[c] : char.ToLowerInvariant(c);
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[0x2000];
        for (int i = 0; i < table.Length; i++)
        {
            char c = (char)i;
            if (c is 'Đ' or 'đ')
            {
                table[i] = 'd';
                continue;
            }
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }
            string decomposed = c.ToString().Normalize(NormalizationForm.FormD);
            char folded = c;
            foreach (char d in decomposed)
            {
                if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
                {
                    folded = d;
                    break;
                }
            }
            table[i] = char.ToLowerInvariant(folded);
        }
        return table;
    }

    /// <summary>Whether two texts are equal after normalisation (case and diacritics are significant).</summary>
    /// <param name="left">The first text.</param>
    /// <param name="right">The second text.</param>
    /// <returns><c>true</c> when both normalise to the same string.</returns>
    public static bool EqualsNormalized(string? left, string? right)
        => string.Equals(Normalize(left), Normalize(right), StringComparison.Ordinal);

    /// <summary>
    /// Whether a cell means "nothing": empty, white space, "Không", "Không có", "-" or "x" alone (case-insensitive).
    /// The reference lists "Không", "Không có" and the empty cell as the ways reports write "nothing".
    /// </summary>
    /// <param name="text">The cell text.</param>
    /// <returns><c>true</c> when the cell says nothing.</returns>
    public static bool IsNothing(string? text)
    {
        if (text is null)
        {
            return true;
        }
        // Every "nothing" spelling is short and starts with k, -, x or 0: anything else says something.
        ReadOnlySpan<char> trimmed = text.AsSpan().Trim();
        if (trimmed.Length > 24 || (trimmed.Length > 0 && trimmed[0] is not ('k' or 'K' or '-' or 'x' or 'X' or '0' or '.' or ';')))
        {
            return false;
        }
        string folded = Fold(text).TrimEnd('.', ';', ' ');
        return folded.Length == 0 || folded is "khong" or "khong co" or "-" or "--" or "x" or "0";
    }
}
