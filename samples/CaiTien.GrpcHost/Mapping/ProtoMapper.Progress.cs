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

/// <summary>A plan's progress out.</summary>
internal static partial class ProtoMapper
{
    // ---------- progress ----------

    public static P.PlanProgress ToProto(string name, PlanProgress progress)
    {
        var proto = new P.PlanProgress
        {
            Name = name, Date = ToProto(progress.Date), OverdueCount = progress.Overdue.Count(), DueSoonCount = progress.DueSoon.Count(),
            NotYetStartedCount = progress.NotYetStarted.Count(),
        };
        proto.Tasks.AddRange(progress.Tasks.Select(t =>
        {
            var task = new P.TaskProgress
            {
                Path = FindingPaths.ForPlan(t.Path), Criterion = t.Criterion?.ToString() ?? string.Empty, Description = t.Task.Description, Lead = t.Task.Lead,
                Timeframe = t.Task.Timeframe, Start = ToProto(t.Days?.Start), End = ToProto(t.Days?.End), State = EnumMaps.TaskStates.ToProto(t.State),
            };
            if (t.DaysLeft is { } left)
            {
                task.DaysLeft = left;
            }
            return task;
        }));
        proto.Criteria.AddRange(progress.ByCriterion.Select(p => new P.CriterionProgress { Criterion = p.Key.ToString(), State = EnumMaps.TaskStates.ToProto(p.Value) }));
        proto.Checkpoints.AddRange(progress.Checkpoints.Select(c => new P.Checkpoint
        {
            NameVi = c.Name.Vietnamese, NameEn = c.Name.English, Due = ToProto(c.Due), HasMinutes = c.HasMinutes, Past = c.IsPast,
        }));
        return proto;
    }
}
