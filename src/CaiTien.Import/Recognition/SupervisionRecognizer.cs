using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Text;
using CaiTien.Import.Layout;

namespace CaiTien.Import.Recognition;

/// <summary>
/// Recognises the decision setting up the supervision team (its members with number, name, position and role) and the
/// supervision minutes (date, place, attendees, what was checked, strengths, limitations, recommendations).
/// </summary>
internal static class SupervisionRecognizer
{
    private const RegexOptions Options = RegexOptions.CultureInvariant;
    private static readonly Regex MemberLine = new(@"^(?:[-–•*]\s*)?[0-9]{1,2}\s*[.)]\s*(?:ba|ong|thay|co|anh|chi|dong chi|d/c)\b", Options);
    private static readonly Regex Honorific = new(@"^(?:[-–•*]\s*)?(?:ba|ong|thay|co|dong chi|d/c)\s+\p{L}", Options);
    private static readonly Regex Article = new(@"^dieu\s*[0-9]+\s*[.:]", Options);
    private static readonly Regex Label = new(@"^(?:[a-z0-9]{1,4}\s*[.)]\s*)?(?<label>thoi gian|dia diem|thanh phan(?: tham du)?|uu diem|han che|kien nghi(?:, de xuat)?|de xuat)\s*:\s*(?<rest>.*)\z", Options);
    private static readonly Regex CheckedItem = new(@"^(?:[-–•*]\s*)?(?<c>tieu chi\s*[0-9]{1,2}\s*[.,]\s*[0-9]{1,2})\s*[:.]", Options);
    private static readonly Regex Section = new(@"^(?:[a-z]|[ivx]{1,4}|[0-9]{1,2})\s*[.)]\s+\S", Options);

    internal static SupervisionTeam RecognizeDecision(List<FlowLine> all, Segment segment, Notes notes)
    {
        List<FlowLine> lines = all.GetRange(segment.Start, segment.End - segment.Start);
        int titleAt = segment.Title - segment.Start;
        DocumentReference decision = PlanRecognizer.ReadReference(lines.Take(titleAt).ToList(), notes);
        var members = new List<TeamMember>();
        foreach (FlowLine line in lines.Skip(titleAt))
        {
            if (line.IsTable)
            {
                foreach (LayoutRow row in line.Table!.Rows)
                {
                    var cells = row.Cells.Select(c => VietnameseText.Normalize(c.Text)).ToList();
                    int at = cells.FindIndex(c => MemberLine.IsMatch(VietnameseText.Fold(c)) || Honorific.IsMatch(VietnameseText.Fold(c)));
                    if (at < 0)
                    {
                        foreach (string c in cells.Where(c => c.Length > 0))
                        {
                            notes.Unread("IMP500", row.Source, "Ô trong bảng thành viên không phải tên người nên không đặt được", "A cell of the members' table is not a person and cannot be placed", c);
                        }
                        continue;
                    }
                    string? role = at + 1 < cells.Count ? cells[at + 1] : null;
                    string text = at > 0 && Regex.IsMatch(cells[at - 1], @"^[0-9]{1,2}\s*[.)]?\z") ? cells[at - 1] + " " + cells[at] : cells[at];
                    Add(members, text, role, row.Source, notes);
                }
                continue;
            }
            if (MemberLine.IsMatch(line.Folded))
            {
                Add(members, Regex.Replace(line.Text, @"^[-–•*]\s*", string.Empty), null, line.Source, notes);
            }
        }
        if (members.Count == 0)
        {
            notes.Unread("IMP501", lines[titleAt].Source, "Quyết định không liệt kê thành viên tổ giám sát đọc được", "The decision lists no supervision-team member that can be read", lines[titleAt].Text);
        }
        return new SupervisionTeam { Decision = decision, Members = members };
    }

    private static void Add(List<TeamMember> members, string text, string? role, SourceLocation source, Notes notes)
    {
        TeamMember? member = People.ReadMember(text, role);
        if (member is null)
        {
            notes.Unread("IMP502", source, "Không đọc được thành viên tổ giám sát", "Cannot read a supervision-team member", text);
            return;
        }
        members.Add(member);
        if (member.Role == TeamRole.Unspecified)
        {
            notes.Read("IMP503", source, $"Thành viên {member.Name} không ghi vai trò trong tổ", $"Member {member.Name} has no role in the team", text);
        }
    }

    internal static SupervisionMinutes RecognizeMinutes(List<FlowLine> all, Segment segment, Notes notes)
    {
        List<FlowLine> lines = all.GetRange(segment.Start, segment.End - segment.Start);
        int titleAt = segment.Title - segment.Start;
        NodaTime.LocalDate? date = null;
        string place = string.Empty;
        var attendees = new List<string>();
        var checkedItems = new List<string>();
        var strengths = new List<string>();
        var limitations = new List<string>();
        var recommendations = new List<string>();
        List<string>? current = null;
        bool inAttendees = false;
        foreach (FlowLine line in lines.Skip(titleAt + 1))
        {
            string f = line.Folded.Trim();
            Match m = Label.Match(f);
            if (m.Success)
            {
                string rest = line.Text.Substring(line.Text.Length - m.Groups["rest"].Length).Trim();
                inAttendees = false;
                current = null;
                switch (m.Groups["label"].Value)
                {
                    case "thoi gian":
                        date = DateReading.FindInWords(f)?.Date ?? DateReading.FindAny(f)?.Date;
                        notes.Read("IMP510", line.Source, "Thời gian họp", "Meeting time", line.Text);
                        break;
                    case "dia diem":
                        place = rest;
                        break;
                    case "thanh phan" or "thanh phan tham du":
                        inAttendees = true;
                        break;
                    case "uu diem":
                        current = strengths;
                        break;
                    case "han che":
                        current = limitations;
                        break;
                    default:
                        current = recommendations;
                        break;
                }
                if (current is not null && rest.Length > 0)
                {
                    current.Add(rest);
                }
                continue;
            }
            if (inAttendees)
            {
                if (Honorific.IsMatch(f))
                {
                    attendees.Add(Regex.Replace(line.Text, @"^[-–•*]\s*", string.Empty).Trim());
                    continue;
                }
                if (f.TrimStart('-', ' ', '*').StartsWith("dai dien", StringComparison.Ordinal))
                {
                    continue;
                }
                inAttendees = false;
            }
            Match item = CheckedItem.Match(f);
            if (item.Success)
            {
                checkedItems.Add(Regex.Replace(line.Text, @"^[-–•*]\s*", string.Empty).Substring(0, item.Groups["c"].Length).Trim());
                continue;
            }
            if (current is not null)
            {
                if (Section.IsMatch(f) || f.StartsWith("bien ban ket thuc", StringComparison.Ordinal))
                {
                    current = null;
                    continue;
                }
                current.Add(line.Text);
            }
        }
        if (date is null)
        {
            notes.Unread("IMP511", lines[titleAt].Source, "Biên bản không ghi ngày họp đọc được", "The minutes state no meeting date that can be read", lines[titleAt].Text);
        }
        return new SupervisionMinutes
        {
            Date = date,
            Place = place,
            Attendees = attendees,
            CheckedItems = checkedItems,
            Strengths = string.Join("\n", strengths),
            Limitations = string.Join("\n", limitations),
            Recommendations = string.Join("\n", recommendations),
        };
    }
}
