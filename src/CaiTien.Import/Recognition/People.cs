using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Text;

namespace CaiTien.Import.Recognition;

/// <summary>People as plans and supervision decisions write them.</summary>
internal static class People
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly Regex LeadLabel = new(@"chu tri\s*:?", Options);
    private static readonly Regex WithLabel = new(@"phoi hop(?:\s*thuc hien)?\s*:?", Options);
    private static readonly Regex Separator = new(@",\s+|;\s*|\n|,\z", Options);

    /// <summary>
    /// Splits the "Chủ trì và phối hợp" cell into the lead and the collaborators: "Chủ trì: X Phối hợp: Y, Z", or "X, Y, Z"
    /// (the first named leads). Names are separated by a comma and a space, a semicolon or a line break; "CB,GV,CNV"
    /// without spaces is one group.
    /// </summary>
    internal static (string Lead, List<string> Collaborators) SplitLead(string cell)
    {
        string text = VietnameseText.Normalize(cell.Replace("\n", ", "));
        string folded = VietnameseText.Fold(text);
        Match lead = LeadLabel.Match(folded);
        Match with = WithLabel.Match(folded);
        if (lead.Success)
        {
            int leadEnd = with.Success && with.Index > lead.Index ? with.Index : text.Length;
            string leader = text.Substring(lead.Index + lead.Length, leadEnd - lead.Index - lead.Length).Trim().TrimEnd(',', ';', '.').Trim();
            List<string> others = with.Success && with.Index > lead.Index ? Split(text.Substring(with.Index + with.Length)) : new List<string>();
            return (leader, others);
        }
        List<string> names = Split(text);
        return names.Count == 0 ? (string.Empty, names) : (names[0], names.Skip(1).ToList());
    }

    private static List<string> Split(string text)
        => Separator.Split(text).Select(s => s.Trim().TrimEnd('.', ',', ';').Trim()).Where(s => s.Length > 0).ToList();

    private static readonly (TeamRole Role, string[] Words)[] Roles =
    {
        (TeamRole.Leader, new[] { "to truong", "truong to", "truong ban" }),
        (TeamRole.Deputy, new[] { "to pho", "pho to", "pho ban" }),
        (TeamRole.Secretary, new[] { "thu ky" }),
        (TeamRole.Member, new[] { "thanh vien", "uy vien" }),
    };

    /// <summary>The role a team-role text names ("– Tổ trưởng"), or Unspecified.</summary>
    internal static TeamRole Role(string text)
    {
        string f = VietnameseText.Fold(text).Trim().Trim('-', '–', ':', '.', ' ');
        foreach ((TeamRole role, string[] words) in Roles)
        {
            if (words.Any(w => f == w))
            {
                return role;
            }
        }
        return TeamRole.Unspecified;
    }

    private static readonly Regex Member = new(@"^(?<n>[0-9]{1,2}\s*[.)])?\s*(?<rest>.+)\z", Options);

    /// <summary>
    /// Reads a member line: "1. Bà Nguyễn Thị Thảo Linh-Chủ tịch Công đoàn" with the role in its own cell or after a
    /// dash ("… – Tổ trưởng"). The name runs to the first dash or comma; the position is what follows; a last part that
    /// names a team role is the role.
    /// </summary>
    internal static TeamMember? ReadMember(string text, string? roleCell)
    {
        string normalized = VietnameseText.Normalize(text);
        Match m = Member.Match(normalized);
        if (!m.Success)
        {
            return null;
        }
        var parts = Regex.Split(m.Groups["rest"].Value, @"\s*[-–,]\s*|\s+[-–]\s+", Options).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.Count == 0)
        {
            return null;
        }
        TeamRole role = TeamRole.Unspecified;
        if (roleCell is not null && VietnameseText.Normalize(roleCell).Length > 0)
        {
            role = Role(roleCell);
        }
        else if (parts.Count > 2 || (parts.Count == 2 && Role(parts[^1]) != TeamRole.Unspecified))
        {
            TeamRole last = Role(parts[^1]);
            if (last != TeamRole.Unspecified)
            {
                role = last;
                parts.RemoveAt(parts.Count - 1);
            }
        }
        return new TeamMember(parts[0])
        {
            Number = m.Groups["n"].Value.Trim(),
            Position = string.Join(", ", parts.Skip(1)),
            Role = role,
        };
    }
}
