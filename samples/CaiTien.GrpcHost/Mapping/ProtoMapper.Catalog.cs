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

/// <summary>The catalog: frameworks and criteria out.</summary>
internal static partial class ProtoMapper
{
    // ---------- catalog ----------

    public static P.Framework ToProto(FrameworkVersion f, P.FrameworkView view)
    {
        var proto = new P.Framework
        {
            Name = FrameworkName(f), LegalDocument = f.LegalDocument, Title = f.Title, Issuer = f.Issuer, IssueDate = ToProto(f.IssuedOn),
            EffectiveFrom = ToProto(f.EffectiveFrom), EffectiveUntil = ToProto(f.EffectiveUntil), LevelCount = f.LevelCount,
            RuleKind = EnumMaps.RuleKinds.ToProto(f.Rule.Kind), CriterionCount = f.Criteria.Count, IndicatorCount = f.IndicatorCount,
            Provenance = ToProto(f.Provenance), ValidityProvenance = ToProto(f.ValidityProvenance),
            BasedOn = f.BasedOn is { } b ? $"frameworks/{b}" : string.Empty, AmendedBy = f.AmendedBy,
            EvidenceCodeForm = f.EvidenceCodeForm.ToString(), PlanForm = f.PlanForm.ToString(), Verified = f.IsVerified,
        };
        proto.IndicatorProvenance.AddRange(f.Criteria.SelectMany(c => c.Indicators)
            .GroupBy(i => (i.Provenance.Certainty, i.Provenance.Wording)).OrderBy(g => g.Key)
            .Select(g => new P.ProvenanceCount { Certainty = EnumMaps.Certainties.ToProto(g.Key.Certainty), Wording = EnumMaps.Wordings.ToProto(g.Key.Wording), Indicators = g.Count() }));
        proto.SchoolTypes.AddRange(f.SchoolTypes.Select(EnumMaps.SchoolTypes.ToProto));
        bool full = view == P.FrameworkView.Full;
        proto.Standards.AddRange(f.Standards.Select(s =>
        {
            var standard = new P.Standard { Number = s.Number.Value, Title = s.Title, Provenance = full ? ToProto(s.Provenance) : null };
            standard.Aliases.AddRange(s.Aliases);
            standard.Criteria.AddRange(s.Criteria.Select(c => ToProto(f, c, full)));
            return standard;
        }));
        if (full)
        {
            proto.AdditionalRequirements.AddRange(f.AdditionalRequirements.Select(a => new P.AdditionalRequirement
                { Clause = a.Clause, Level = a.Level.Value, Text = a.Text, Provenance = ToProto(a.Provenance) }));
        }
        return proto;
    }

    public static P.Criterion ToProto(FrameworkVersion f, Criterion c, bool withIndicators)
    {
        var proto = new P.Criterion
        {
            Name = $"{FrameworkName(f)}/criteria/{c.Id}", Id = c.Id.ToString(), Title = c.Name, HighestLevel = c.HighestLevel.Value,
            Mandatory = c.IsMandatory, Provenance = withIndicators ? ToProto(c.Provenance) : null,
        };
        proto.Aliases.AddRange(c.Aliases);
        if (withIndicators)
        {
            proto.Indicators.AddRange(c.Indicators.Select(i => new P.Indicator { Level = i.Level.Value, Key = i.Key.ToString(), Text = i.Text, Provenance = ToProto(i.Provenance) }));
        }
        return proto;
    }

    public static P.Provenance ToProto(Provenance p)
    {
        var proto = new P.Provenance
        {
            Certainty = EnumMaps.Certainties.ToProto(p.Certainty), Wording = EnumMaps.Wordings.ToProto(p.Wording), Source = p.Source, AmendedBy = p.AmendedBy,
            Verified = p.IsVerified,
        };
        proto.Notes.AddRange(p.Notes);
        return proto;
    }
}
