using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CaiTien.Domain;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Documents;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Rules;
using CaiTien.Domain.Supervision;
using CaiTien.Domain.Tracking;
using CaiTien.GrpcHost.Infrastructure;
using NodaTime;
using D = CaiTien.Domain;
using P = CaiTien.V1;

namespace CaiTien.GrpcHost.Mapping;

/// <summary>Supervision records: proto ⇄ domain.</summary>
internal static partial class ProtoMapper
{
    public static (SupervisionTeam Team, List<SupervisionMinutes> Minutes)? ToDomain(P.Supervision? s, string field, Violations v)
    {
        if (s is null)
        {
            v.Add(field, "Thiếu hồ sơ giám sát", "The supervision record is required");
            return null;
        }
        var members = s.Members.Select((m, i) => new TeamMember(m.Name)
        {
            Number = m.Number, Position = m.Position,
            Role = EnumMaps.TeamRoles.ToDomain(CheckEnum(m.Role, $"{field}.members[{i}].role", v)) ?? TeamRole.Unspecified,
        }).ToList();
        var minutes = s.Minutes.Select((m, i) => new SupervisionMinutes
        {
            Date = ToDate(m.Date, $"{field}.minutes[{i}].date", v), Place = m.Place, Attendees = m.Attendees, CheckedItems = m.CheckedItems,
            Strengths = m.Strengths, Limitations = m.Limitations, Recommendations = m.Recommendations,
        }).ToList();
        var decision = ToDomain(s.Decision, field + ".decision", v);
        return v.Any ? null : (new SupervisionTeam { Decision = decision, Members = members }, minutes);
    }


    public static P.Supervision ToProto(SupervisionTeam team, IEnumerable<SupervisionMinutes> minutes)
    {
        var proto = new P.Supervision { Decision = ToProto(team.Decision) };
        proto.Members.AddRange(team.Members.Select(m => new P.TeamMember { Number = m.Number, Name = m.Name, Position = m.Position, Role = EnumMaps.TeamRoles.ToProto(m.Role) }));
        proto.Minutes.AddRange(minutes.Select(m =>
        {
            var pm = new P.SupervisionMinutes { Date = ToProto(m.Date), Place = m.Place, Strengths = m.Strengths, Limitations = m.Limitations, Recommendations = m.Recommendations };
            pm.Attendees.AddRange(m.Attendees);
            pm.CheckedItems.AddRange(m.CheckedItems);
            return pm;
        }));
        return proto;
    }
}
