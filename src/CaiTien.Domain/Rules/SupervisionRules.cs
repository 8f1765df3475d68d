using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Text;

namespace CaiTien.Domain.Rules;

/// <summary>GS001: a team without exactly one leader.</summary>
public sealed class LeaderCountRule : RuleSpecification<SupervisionCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public LeaderCountRule()
        : base("GS001", Severity.Error,
            new MessageTemplate("Tổ giám sát có {count} tổ trưởng; phải có đúng một.", "The supervision team has {count} leaders; it needs exactly one."),
            new BilingualText("Tổ giám sát do một tổ trưởng chịu trách nhiệm.", "One leader answers for the supervision team."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(SupervisionCheckContext context)
    {
        int count = context.Team.Leaders.Count();
        if (count != 1)
        {
            yield return Found("Team.Members", null, ("count", count));
        }
    }
}

/// <summary>GS002: a member without a role.</summary>
public sealed class MemberWithoutRoleRule : RuleSpecification<SupervisionCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public MemberWithoutRoleRule()
        : base("GS002", Severity.Error,
            new MessageTemplate("Thành viên {name} chưa được ghi nhiệm vụ trong tổ (tổ trưởng, thư ký, thành viên…).",
                "Member {name} has no role in the team (leader, secretary, member…)."),
            new BilingualText("Quyết định ghi rõ nhiệm vụ của từng người trong tổ.", "The decision states each person's role in the team."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(SupervisionCheckContext context)
        => context.Team.Members.Select((m, i) => (m, i)).Where(x => x.m.Role == TeamRole.Unspecified)
            .Select(x => Found($"Team.Members[{x.i}].Role", null, ("name", x.m.Name)));
}

/// <summary>GS003: two members with the same number.</summary>
public sealed class DuplicateMemberNumberRule : RuleSpecification<SupervisionCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public DuplicateMemberNumberRule()
        : base("GS003", Severity.Error,
            new MessageTemplate("Số thứ tự {number} được dùng cho cả {first} và {second}.", "Number {number} is used for both {first} and {second}."),
            new BilingualText("Danh sách thành viên đánh số không trùng.", "Members are numbered without repeats."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(SupervisionCheckContext context)
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
                yield return Found($"Team.Members[{i}].Number", null, ("number", members[i].Number), ("first", first.Name), ("second", members[i].Name));
            }
            else
            {
                seen.Add(members[i].Number, members[i]);
            }
        }
    }
}

/// <summary>GS004: minutes dated before the team's decision.</summary>
public sealed class MinutesBeforeDecisionRule : RuleSpecification<SupervisionCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public MinutesBeforeDecisionRule()
        : base("GS004", Severity.Error,
            new MessageTemplate("Biên bản giám sát ngày {date} sớm hơn quyết định thành lập tổ ngày {decision}.",
                "Supervision minutes dated {date} precede the team's decision of {decision}."),
            new BilingualText("Tổ chỉ giám sát sau khi được thành lập.", "A team supervises only once it exists."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(SupervisionCheckContext context)
    {
        if (context.Team.Decision.Date is not { } decision)
        {
            yield break;
        }
        for (int i = 0; i < context.Minutes.Count; i++)
        {
            if (context.Minutes[i].Date is { } date && date < decision)
            {
                yield return Found($"Minutes[{i}].Date", null, ("date", TextScan.Date(date)), ("decision", TextScan.Date(decision)));
            }
        }
    }
}

/// <summary>GS005: minutes dated outside the plan's school year.</summary>
public sealed class MinutesOutsidePlanYearRule : RuleSpecification<SupervisionCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public MinutesOutsidePlanYearRule()
        : base("GS005", Severity.Error,
            new MessageTemplate("Biên bản giám sát ngày {date} nằm ngoài năm học {year} của kế hoạch.", "Supervision minutes dated {date} lie outside the plan's school year {year}."),
            new BilingualText("Giám sát kế hoạch diễn ra trong năm học của kế hoạch.", "A plan is supervised during its own school year."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(SupervisionCheckContext context)
    {
        for (int i = 0; i < context.Minutes.Count; i++)
        {
            if (context.Minutes[i].Date is { } date && !context.Plan.SchoolYear.Contains(date))
            {
                yield return Found($"Minutes[{i}].Date", null, ("date", TextScan.Date(date)), ("year", context.Plan.SchoolYear));
            }
        }
    }
}

/// <summary>GS006: minutes whose attendees do not include the team leader.</summary>
public sealed class MinutesWithoutLeaderRule : RuleSpecification<SupervisionCheckContext>
{
    /// <summary>Creates the rule.</summary>
    public MinutesWithoutLeaderRule()
        : base("GS006", Severity.Error,
            new MessageTemplate("Biên bản giám sát{date} không có tổ trưởng {leader} tham dự.", "The supervision minutes{dateEn} are not attended by the leader {leader}."),
            new BilingualText("Tổ trưởng chủ trì buổi giám sát và ký biên bản.", "The leader chairs the supervision and signs the minutes."))
    {
    }

    /// <inheritdoc/>
    public override IEnumerable<Finding> Check(SupervisionCheckContext context)
    {
        List<TeamMember> leaders = context.Team.Leaders.ToList();
        if (leaders.Count != 1)
        {
            yield break;
        }
        string leader = leaders[0].PlainName;
        for (int i = 0; i < context.Minutes.Count; i++)
        {
            SupervisionMinutes minutes = context.Minutes[i];
            if (!minutes.Attendees.Any(a => PersonName.Plain(a) == leader))
            {
                string date = minutes.Date is { } d ? " ngày " + TextScan.Date(d) : string.Empty;
                yield return Found($"Minutes[{i}].Attendees", null, ("leader", leaders[0].Name), ("date", date),
                    ("dateEn", minutes.Date is { } e ? " of " + TextScan.Date(e) : string.Empty));
            }
        }
    }
}
