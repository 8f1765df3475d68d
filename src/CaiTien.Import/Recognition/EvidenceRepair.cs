using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.SelfAssessment;

namespace CaiTien.Import.Recognition;

/// <summary>
/// Repairs evidence codes that a PDF text export broke: the hyphen at a line end dropped ("[H1-1.202]" for
/// "[H1-1.2-02]", "[H11.3-16]" for "[H1-1.3-16]") or the code split over two lines ("[H1 1.4-02]"). A code is repaired only
/// when exactly one reading names a criterion of the framework with a two-digit item; each repair is noted.
/// </summary>
internal static class EvidenceRepair
{
    private static readonly Regex Token = new(@"\[\s*[Hh][^\[\]]{1,30}\]", RegexOptions.CultureInvariant);

    internal static string Repair(string text, FrameworkVersion framework, Notes notes, SourceLocation source)
    {
        if (text.IndexOf('[') < 0)
        {
            return text;
        }
        return Token.Replace(text, m =>
        {
            if (new EvidenceCitation(m.Value).IsWellFormed)
            {
                return m.Value;
            }
            string? repaired = TryRepair(m.Value, framework);
            if (repaired is null)
            {
                return m.Value;
            }
            notes.Inferred("IMP120", source, $"Mã minh chứng \"{m.Value}\" bị bản xuất PDF làm gãy: đọc là {repaired}",
                $"The evidence code \"{m.Value}\" was broken by the PDF export: read as {repaired}", m.Value);
            return repaired;
        });
    }

    internal static string? TryRepair(string token, FrameworkVersion framework)
    {
        var compact = new StringBuilder();
        foreach (char c in token)
        {
            if (!char.IsWhiteSpace(c) && c is not '[' and not ']')
            {
                compact.Append(c);
            }
        }
        string t = compact.ToString();
        if (t.Length < 2 || (t[0] != 'H' && t[0] != 'h'))
        {
            return null;
        }
        var readings = new HashSet<string>();
        foreach (Criterion criterion in framework.Criteria)
        {
            string id = criterion.Id.ToString();
            for (int at = t.IndexOf(id, 1, System.StringComparison.Ordinal); at > 0; at = t.IndexOf(id, at + 1, System.StringComparison.Ordinal))
            {
                string box = t.Substring(1, at - 1).TrimEnd('-');
                string item = t.Substring(at + id.Length).TrimStart('-');
                if (box.Length is >= 1 and <= 2 && box.All(char.IsAsciiDigit) && item.Length == 2 && item.All(char.IsAsciiDigit) && item != "00")
                {
                    readings.Add($"[H{box}-{id}-{item}]");
                }
            }
        }
        return readings.Count == 1 ? readings.First() : null;
    }
}
