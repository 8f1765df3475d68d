using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Supervision;

namespace CaiTien.Domain.Rules;

/// <summary>GS001: a team without exactly one leader.</summary>
internal sealed class LeaderCountRule : IRule<SupervisionCheckContext>
{
    public RuleInfo Info { get; } = new("GS001", "LeaderCount", Severity.Error,
        new MessageTemplate("Tổ giám sát có {count} tổ trưởng; phải có đúng một.", "The supervision team has {count} leaders; it needs exactly one."),
        new BilingualText("Tổ giám sát do một tổ trưởng chịu trách nhiệm.", "One leader answers for the supervision team."));

    public void Check(SupervisionCheckContext context, FindingSink found)
    {
        int count = context.Team.Leaders.Count();
        if (count != 1)
        {
            found.Add("Team.Members", null, ("count", count));
        }
    }
}

/// <summary>GS002: a member without a role.</summary>
internal sealed class MemberWithoutRoleRule : IRule<SupervisionCheckContext>
{
    public RuleInfo Info { get; } = new("GS002", "MemberWithoutRole", Severity.Error,
        new MessageTemplate("Thành viên {name} chưa được ghi nhiệm vụ trong tổ (tổ trưởng, thư ký, thành viên…).",
            "Member {name} has no role in the team (leader, secretary, member…)."),
        new BilingualText("Quyết định ghi rõ nhiệm vụ của từng người trong tổ.", "The decision states each person's role in the team."));

    public void Check(SupervisionCheckContext context, FindingSink found)
    {
        IReadOnlyList<TeamMember> members = context.Team.Members;
        for (int i = 0; i < members.Count; i++)
        {
            if (members[i].Role == TeamRole.Unspecified)
            {
                found.Add($"Team.Members[{i}].Role", null, ("name", members[i].Name));
            }
        }
    }
}

/// <summary>GS003: two members with the same number.</summary>
internal sealed class DuplicateMemberNumberRule : IRule<SupervisionCheckContext>
{
    public RuleInfo Info { get; } = new("GS003", "DuplicateMemberNumber", Severity.Error,
        new MessageTemplate("Số thứ tự {number} được dùng cho cả {first} và {second}.", "Number {number} is used for both {first} and {second}."),
        new BilingualText("Danh sách thành viên đánh số không trùng.", "Members are numbered without repeats."));

    public void Check(SupervisionCheckContext context, FindingSink found)
    {
        var seen = new Dictionary<string, TeamMember>();
        IReadOnlyList<TeamMember> members = context.Team.Members;
        for (int i = 0; i < members.Count; i++)
        {
            if (members[i].Number.Length == 0)
            {
                continue;
            }
            if (seen.TryGetValue(members[i].Number, out TeamMember? first))
            {
                found.Add($"Team.Members[{i}].Number", null, ("number", members[i].Number), ("first", first.Name), ("second", members[i].Name));
            }
            else
            {
                seen.Add(members[i].Number, members[i]);
            }
        }
    }
}

/// <summary>GS004: minutes dated before the team's decision.</summary>
internal sealed class MinutesBeforeDecisionRule : IRule<SupervisionCheckContext>
{
    public RuleInfo Info { get; } = new("GS004", "MinutesBeforeDecision", Severity.Error,
        new MessageTemplate("Biên bản giám sát ngày {date} sớm hơn quyết định thành lập tổ ngày {decision}.",
            "Supervision minutes dated {date} precede the team's decision of {decision}."),
        new BilingualText("Tổ chỉ giám sát sau khi được thành lập.", "A team supervises only once it exists."));

    public void Check(SupervisionCheckContext context, FindingSink found)
    {
        if (context.Team.Decision.Date is not { } decision)
        {
            return;
        }
        for (int i = 0; i < context.Minutes.Count; i++)
        {
            if (context.Minutes[i].Date is { } date && date < decision)
            {
                found.Add($"Minutes[{i}].Date", null, ("date", date), ("decision", decision));
            }
        }
    }
}

/// <summary>GS005: minutes dated outside the plan's school year.</summary>
internal sealed class MinutesOutsidePlanYearRule : IRule<SupervisionCheckContext>
{
    public RuleInfo Info { get; } = new("GS005", "MinutesOutsidePlanYear", Severity.Error,
        new MessageTemplate("Biên bản giám sát ngày {date} nằm ngoài năm học {year} của kế hoạch.", "Supervision minutes dated {date} lie outside the plan's school year {year}."),
        new BilingualText("Giám sát kế hoạch diễn ra trong năm học của kế hoạch.", "A plan is supervised during its own school year."));

    public void Check(SupervisionCheckContext context, FindingSink found)
    {
        for (int i = 0; i < context.Minutes.Count; i++)
        {
            if (context.Minutes[i].Date is { } date && !context.Plan.SchoolYear.Contains(date))
            {
                found.Add($"Minutes[{i}].Date", null, ("date", date), ("year", context.Plan.SchoolYear));
            }
        }
    }
}

/// <summary>GS006: minutes whose attendees do not include the team leader.</summary>
internal sealed class MinutesWithoutLeaderRule : IRule<SupervisionCheckContext>
{
    public RuleInfo Info { get; } = new("GS006", "MinutesWithoutLeader", Severity.Error,
        new MessageTemplate("Biên bản giám sát{date, select, none {} other { ngày {date}}} không có tổ trưởng {leader} tham dự.",
            "The supervision minutes{date, select, none {} other { of {date}}} are not attended by the leader {leader}."),
        new BilingualText("Tổ trưởng chủ trì buổi giám sát và ký biên bản.", "The leader chairs the supervision and signs the minutes."));

    public void Check(SupervisionCheckContext context, FindingSink found)
    {
        List<TeamMember> leaders = context.Team.Leaders.ToList();
        if (leaders.Count != 1)
        {
            return;
        }
        string leader = leaders[0].PlainName;
        for (int i = 0; i < context.Minutes.Count; i++)
        {
            SupervisionMinutes minutes = context.Minutes[i];
            if (!minutes.Attendees.Any(a => PersonName.Plain(a) == leader))
            {
                found.Add($"Minutes[{i}].Attendees", null, ("leader", leaders[0].Name), ("date", minutes.Date));
            }
        }
    }
}
