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

/// <summary>
/// The one place where protobuf messages and domain values meet, one file per resource (ProtoMapper.Plans.cs,
/// .Reports.cs, .Supervision.cs, .Checks.cs, .Catalog.cs, .Assessment.cs, .Calendar.cs, .Progress.cs); this one holds
/// the small values they share. Requests map to domain values with every malformed field collected as a violation;
/// document content that is merely wrong passes through for the rules to report.
/// </summary>
internal static partial class ProtoMapper
{
    // ---------- dates and small values ----------

    public static LocalDate? ToDate(Google.Type.Date? date, string field, Violations v)
    {
        if (date is null || (date.Year == 0 && date.Month == 0 && date.Day == 0))
        {
            return null;
        }
        if (date.Year is < 1900 or > 2199 || date.Month is < 1 or > 12 || date.Day < 1 || date.Day > CalendarSystem.Iso.GetDaysInMonth(date.Year, date.Month))
        {
            v.Add(field, $"Ngày {date.Day}/{date.Month}/{date.Year} không có thật", $"{date.Year}-{date.Month}-{date.Day} is not a real date");
            return null;
        }
        return new LocalDate(date.Year, date.Month, date.Day);
    }

    public static Google.Type.Date? ToProto(LocalDate? date)
        => date is { } d ? new Google.Type.Date { Year = d.Year, Month = d.Month, Day = d.Day } : null;

    public static P.DateRange ToProto(DateInterval interval) => new() { Start = ToProto(interval.Start), End = ToProto(interval.End) };

    public static SchoolYear? ToSchoolYear(string text, string field, Violations v, bool required)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                v.Add(field, "Thiếu năm học (dạng \"2023-2024\")", "The school year is required (like \"2023-2024\")");
            }
            return null;
        }
        D.ParseResult<SchoolYear> year = SchoolYear.Parse(text);
        if (!year.Success)
        {
            v.Add(field, year.Failure!.Message.Vietnamese, year.Failure.Message.English);
            return null;
        }
        return year.Value;
    }

    public static FrameworkVersion? ToFramework(string name, string field, Violations v, FrameworkBinding? binding)
    {
        if (string.IsNullOrEmpty(name))
        {
            if (binding?.Framework is { } f)
            {
                return f;
            }
            // The binding rule (docs/frameworks.md) names the gap: a year before TT 18/2018, a school type not shipped.
            v.Add(field, binding is null ? "Thiếu bộ tiêu chuẩn (dạng frameworks/tt18-2018)" : $"{binding.Explanation.Vietnamese} Hãy ghi rõ bộ tiêu chuẩn, ví dụ \"frameworks/tt18-2018\".",
                binding is null ? "The framework is required (like frameworks/tt18-2018)" : $"{binding.Explanation.English} Name one, such as \"frameworks/tt18-2018\".");
            return null;
        }
        FrameworkVersion? found = name.StartsWith("frameworks/", StringComparison.Ordinal) && FrameworkId.Parse(name.Substring(11)) is { Success: true } id
            ? FrameworkCatalog.Default.Find(id.Value)
            : null;
        if (found is null)
        {
            v.Add(field, $"Không có bộ tiêu chuẩn \"{name}\" (dạng frameworks/tt18-2018)", $"Unknown framework \"{name}\" (like frameworks/tt18-2018)");
        }
        return found;
    }

    public static string FrameworkName(FrameworkVersion f) => $"frameworks/{f.Id}";

    private static Level? ToLevel(bool has, int value, string field, Violations v)
    {
        if (!has)
        {
            return null;
        }
        if (value is < 0 or > Level.MaxValue)
        {
            v.Add(field, $"Mức {value} ngoài khoảng 0–{Level.MaxValue} (0 là không đạt)", $"Level {value} is outside 0–{Level.MaxValue} (0 is không đạt)");
            return null;
        }
        return new Level(value);
    }

    private static T CheckEnum<T>(T value, string field, Violations v)
        where T : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            v.Add(field, $"Giá trị {Convert.ToInt32(value)} không hợp lệ cho {typeof(T).Name}", $"{Convert.ToInt32(value)} is not a valid {typeof(T).Name}");
        }
        return value;
    }

    // ---------- documents: proto → domain ----------

    public static DocumentReference ToDomain(P.DocumentReference? r, string field, Violations v)
        => r is null ? DocumentReference.Missing : new DocumentReference(r.Number, ToDate(r.Date, field + ".date", v), r.Issuer);


    private static T Reject<T>(Violations v, string field, string vi, string en, T placeholder)
    {
        v.Add(field, vi, en);
        return placeholder;
    }

    // ---------- documents: domain → proto (round trip for tests and examples) ----------

    public static P.DocumentReference ToProto(DocumentReference r) => new() { Number = r.Number, Date = ToProto(r.Date), Issuer = r.Issuer };
}
