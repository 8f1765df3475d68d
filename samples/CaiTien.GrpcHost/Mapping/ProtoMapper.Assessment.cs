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

/// <summary>Assessment: evaluations out.</summary>
internal static partial class ProtoMapper
{
    // ---------- assessment ----------

    public static P.SchoolLevelEvaluation ToProto(SchoolLevelEvaluation e)
    {
        D.BilingualText explanation = e.Describe();
        var proto = new P.SchoolLevelEvaluation { AchievedLevel = e.AchievedValue, ExplanationVi = explanation.Vietnamese, ExplanationEn = explanation.English };
        proto.Criteria.AddRange(e.Criteria.Select(c => new P.CriterionEvaluation { Criterion = c.Criterion.Id.ToString(), AchievedLevel = c.AchievedValue, Pending = c.IsPending }));
        proto.Gaps.AddRange(e.Gaps.Select(g =>
        {
            D.BilingualText text = g.Describe();
            var gap = new P.LevelGap { Level = g.Level.Value, ExplanationVi = text.Vietnamese, ExplanationEn = text.English };
            gap.NotMet.AddRange(g.NotMet.Select(Ref));
            gap.NotAssessed.AddRange(g.NotAssessed.Select(Ref));
            gap.AdditionalNotMet.AddRange(g.AdditionalNotMet.Select(a => a.Clause));
            gap.AdditionalNotAssessed.AddRange(g.AdditionalNotAssessed.Select(a => a.Clause));
            gap.BlockingCriteria.AddRange(g.BlockingCriteria.Select(c => c.ToString()));
            gap.PendingCriteria.AddRange(g.PendingCriteria.Select(c => c.ToString()));
            return gap;
        }));
        return proto;
    }

    private static P.IndicatorRef Ref(Indicator i) => new() { Criterion = i.Criterion.ToString(), Level = i.Level.Value, Key = i.Key.ToString() };
}
