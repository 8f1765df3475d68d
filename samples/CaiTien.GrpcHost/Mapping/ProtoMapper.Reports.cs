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

/// <summary>Reports: proto ⇄ domain.</summary>
internal static partial class ProtoMapper
{
    public static ImplementationReport? ToDomain(P.Report? report, string field, Violations v, ReportId? id = null)
    {
        if (report is null)
        {
            v.Add(field, "Thiếu báo cáo", "The report is required");
            return null;
        }
        SchoolYear? stated = ToSchoolYear(report.StatedSchoolYear, field + ".stated_school_year", v, required: false);
        var groups = report.Groups.Select(g => new TableGroup<ReportRow>(g.RowNumber, g.Heading, g.Rows.Select(r => new ReportRow(r.Criterion)
        {
            PlanAsWritten = r.PlanAsWritten, PlanAsAdjusted = r.PlanAsAdjusted, Completed = r.Completed, InProgress = r.InProgress, IsLate = r.IsLate,
            LateReason = r.LateReason, NotStarted = r.NotStarted, NotStartedReason = r.NotStartedReason, Notes = r.Notes,
        }).ToList())).ToList();
        var attachments = report.Attachments.Select((a, i) => new ReportAttachment(a.Title, ToDomain(a.ReportCited, $"{field}.attachments[{i}].report_cited", v))).ToList();
        var reference = ToDomain(report.Reference, field + ".reference", v);
        var cited = ToDomain(report.PlanCited, field + ".plan_cited", v);
        return v.Any ? null : new ImplementationReport
        {
            Id = id ?? default, Reference = reference, StatedSchoolYear = stated, PlanCited = cited, Groups = groups, Attachments = attachments,
        };
    }


    public static P.Report ToProto(ImplementationReport report)
    {
        var proto = new P.Report
        {
            Reference = ToProto(report.Reference),
            StatedSchoolYear = report.StatedSchoolYear?.ToString() ?? string.Empty,
            PlanCited = ToProto(report.PlanCited),
        };
        proto.Groups.AddRange(report.Groups.Select(g =>
        {
            var group = new P.ReportGroup { RowNumber = g.RowNumber, Heading = g.Heading.Text };
            group.Rows.AddRange(g.Rows.Select(r => new P.ReportRow
            {
                Criterion = r.CriterionText, PlanAsWritten = r.PlanAsWritten, PlanAsAdjusted = r.PlanAsAdjusted, Completed = r.Completed,
                InProgress = r.InProgress, IsLate = r.IsLate, LateReason = r.LateReason, NotStarted = r.NotStarted,
                NotStartedReason = r.NotStartedReason, Notes = r.Notes,
            }));
            return group;
        }));
        proto.Attachments.AddRange(report.Attachments.Select(a => new P.ReportAttachment { Title = a.Title, ReportCited = ToProto(a.ReportCited) }));
        return proto;
    }
}
