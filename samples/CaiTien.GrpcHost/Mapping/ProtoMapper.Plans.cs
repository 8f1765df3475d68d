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

/// <summary>Plans: proto ⇄ domain.</summary>
internal static partial class ProtoMapper
{
    public static ImprovementPlan? ToDomain(P.Plan? plan, string field, Violations v, PlanId? id = null, SchoolId? school = null)
    {
        if (plan is null)
        {
            v.Add(field, "Thiếu kế hoạch", "The plan is required");
            return null;
        }
        SchoolYear? year = ToSchoolYear(plan.SchoolYear, field + ".school_year", v, required: true);
        DocumentReference reference = ToDomain(plan.Reference, field + ".reference", v);
        FrameworkVersion? framework = year is { } y
            ? ToFramework(plan.Framework, field + ".framework", v, FrameworkCatalog.Default.Bind(y, reference.Date, SchoolType.LowerSecondary))
            : null;
        var basis = plan.Basis is null ? PlanBasis.Empty : new PlanBasis
        {
            SelfAssessmentPeriod = plan.Basis.SelfAssessmentPeriod,
            ExternalEvaluation = plan.Basis.ExternalEvaluation is null ? null : ToDomain(plan.Basis.ExternalEvaluation, field + ".basis.external_evaluation", v),
            PreviousResults = plan.Basis.PreviousResults,
            SelfAssessment = plan.Basis.SelfAssessment.Select((r, i) => r.LevelMarks.Count > Level.MaxValue
                ? Reject(v, $"{field}.basis.self_assessment[{i}].level_marks", "Tối đa 4 cột mức", "At most four level columns", new SelfAssessmentRow(r.Label) { NotMet = r.NotMet })
                : new SelfAssessmentRow(r.Label) { NotMet = r.NotMet, LevelMarks = r.LevelMarks }).ToList(),
        };
        var groups = plan.Groups.Select((g, gi) => new TableGroup<PlanItem>(g.RowNumber, g.Heading, g.Items.Select((item, ii) =>
        {
            string path = $"{field}.groups[{gi}].items[{ii}]";
            return new PlanItem(item.Criterion)
            {
                TargetResult = item.TargetResult,
                Tasks = item.Tasks.Select(t => new PlanTask { Description = t.Description, Lead = t.Lead, Timeframe = t.Timeframe, Collaborators = t.Collaborators }).ToList(),
                CurrentLevel = ToLevel(item.HasCurrentLevel, item.CurrentLevel, path + ".current_level", v),
                TargetLevel = ToLevel(item.HasTargetLevel, item.TargetLevel, path + ".target_level", v),
                Budget = item.Budget,
                OtherSupport = item.OtherSupport,
                Notes = item.Notes,
            };
        }).ToList())).ToList();
        Level? target = ToLevel(plan.HasTargetSchoolLevel, plan.TargetSchoolLevel, field + ".target_school_level", v);
        if (year is null || framework is null || v.Any)
        {
            return null;
        }
        return new ImprovementPlan(framework, year.Value)
        {
            Id = id ?? default, School = school ?? default, SchoolName = plan.SchoolName, Reference = reference, Basis = basis, Groups = groups, TargetSchoolLevel = target,
        };
    }


    public static P.Plan ToProto(ImprovementPlan plan)
    {
        var proto = new P.Plan
        {
            SchoolName = plan.SchoolName,
            Framework = FrameworkName(plan.Framework),
            SchoolYear = plan.SchoolYear.ToString(),
            Reference = ToProto(plan.Reference),
            Basis = new P.PlanBasis
            {
                SelfAssessmentPeriod = plan.Basis.SelfAssessmentPeriod,
                ExternalEvaluation = plan.Basis.ExternalEvaluation is { } e ? ToProto(e) : null,
                PreviousResults = plan.Basis.PreviousResults,
            },
        };
        proto.Basis.SelfAssessment.AddRange(plan.Basis.SelfAssessment.Select(r =>
        {
            var row = new P.SelfAssessmentRow { Label = r.Label, NotMet = r.NotMet };
            row.LevelMarks.AddRange(r.LevelMarks);
            return row;
        }));
        if (plan.TargetSchoolLevel is { } t)
        {
            proto.TargetSchoolLevel = t.Value;
        }
        proto.Groups.AddRange(plan.Groups.Select(g =>
        {
            var group = new P.PlanGroup { RowNumber = g.RowNumber, Heading = g.Heading.Text };
            group.Items.AddRange(g.Rows.Select(i =>
            {
                var item = new P.PlanItem { Criterion = i.CriterionText, TargetResult = i.TargetResult, Budget = i.Budget, OtherSupport = i.OtherSupport, Notes = i.Notes };
                if (i.CurrentLevel is { } c)
                {
                    item.CurrentLevel = c.Value;
                }
                if (i.TargetLevel is { } tl)
                {
                    item.TargetLevel = tl.Value;
                }
                item.Tasks.AddRange(i.Tasks.Select(task =>
                {
                    var pt = new P.PlanTask { Description = task.Description, Lead = task.Lead, Timeframe = task.Timeframe };
                    pt.Collaborators.AddRange(task.Collaborators);
                    return pt;
                }));
                return item;
            }));
            return group;
        }));
        return proto;
    }
}
