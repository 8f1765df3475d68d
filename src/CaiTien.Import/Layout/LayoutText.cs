using System.Text;

namespace CaiTien.Import.Layout;

/// <summary>The one text cleaning every layout holds to: NFC, no control characters but tab and line feed, no lone surrogates.</summary>
internal static class LayoutText
{
    internal static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        bool clean = true;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if ((c < ' ' && c != '\t' && c != '\n') || c == '\u00AD' || c == '\uFEFF' || char.IsSurrogate(c) || c is >= '\u0300' and <= '\u036F')
            {
                clean = false;
                break;
            }
        }
        if (clean)
        {
            return text;
        }
        var builder = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c == '\r')
            {
                if (i + 1 >= text.Length || text[i + 1] != '\n')
                {
                    builder.Append('\n');
                }
            }
            else if (c == '\v' || c == '\f')
            {
                builder.Append('\n');
            }
            else if ((c >= ' ' || c == '\t' || c == '\n') && c != '\u00AD' && c != '\uFEFF' && !char.IsSurrogate(c))
            {
                builder.Append(c);
            }
        }
        string result = builder.ToString();
        return result.IsNormalized(NormalizationForm.FormC) ? result : result.Normalize(NormalizationForm.FormC);
    }
}
