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

/// <summary>The calendar out.</summary>
internal static partial class ProtoMapper
{
    // ---------- calendar ----------

    public static P.SchoolYearCalendar ToProto(SchoolCalendar c)
    {
        var proto = new P.SchoolYearCalendar
        {
            SchoolYear = c.Year.ToString(), Decision = c.Frame.Decision, Provisional = c.IsProvisional, Province = c.Province?.Province ?? string.Empty,
            ReportDay = ToProto(c.ReportDay), Opening = ToProto(c.Opening), SemesterOne = ToProto(c.GetSemester(Semester.First)),
            SemesterTwo = ToProto(c.GetSemester(Semester.Second)), YearLastDay = ToProto(c.YearLastDay),
            CompletionReviewLastDay = ToProto(c.CompletionReviewLastDay), AdmissionsLastDay = ToProto(c.AdmissionsLastDay),
            Summer = ToProto(c.Summer), AdministrativeYear = ToProto(c.AdministrativeYear), TeachingWeeks = c.Frame.TeachingWeeks,
            GraduationExam = c.Frame.GraduationExam is { } exam ? ToProto(exam) : null, Tet = ToProto(c.Frame.Tet),
        };
        proto.Breaks.AddRange(c.Breaks.Select(b => new P.SchoolBreak { Name = b.Name, Days = ToProto(b.Days) }));
        return proto;
    }
}
