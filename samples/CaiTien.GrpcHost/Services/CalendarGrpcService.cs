using System.Linq;
using System.Threading.Tasks;
using CaiTien.Domain.Calendar;
using CaiTien.GrpcHost.Infrastructure;
using CaiTien.GrpcHost.Mapping;
using CaiTien.V1;
using Grpc.Core;

namespace CaiTien.GrpcHost.Services;

internal sealed class CalendarGrpcService : CalendarService.CalendarServiceBase
{
    public override Task<SchoolYearCalendar> GetSchoolYearCalendar(GetSchoolYearCalendarRequest request, ServerCallContext context)
    {
        var v = new Violations();
        SchoolYear? year = ProtoMapper.ToSchoolYear(request.SchoolYear, "school_year", v, required: true);
        Domain.Calendar.DeadlineMode mode = Mode(request.DeadlineMode, "deadline_mode", v);
        Domain.Calendar.ProvincialOverride? province = null;
        if (request.Province is { } p && year is { } y)
        {
            var breaks = p.Breaks.Select((b, i) =>
            {
                var start = ProtoMapper.ToDate(b.Days?.Start, $"province.breaks[{i}].days.start", v);
                var end = ProtoMapper.ToDate(b.Days?.End, $"province.breaks[{i}].days.end", v);
                if (start is null || end is null || end < start)
                {
                    v.Add($"province.breaks[{i}].days", "Khoảng ngày nghỉ không hợp lệ", "The break's days are not a valid range");
                    return null;
                }
                return new Domain.Calendar.SchoolBreak(b.Name, new NodaTime.DateInterval(start.Value, end.Value));
            }).ToList();
            if (string.IsNullOrWhiteSpace(p.Province))
            {
                v.Add("province.province", "Thiếu tên tỉnh/thành phố", "The province is required");
            }
            var report = ProtoMapper.ToDate(p.ReportDay, "province.report_day", v);
            var opening = ProtoMapper.ToDate(p.Opening, "province.opening", v);
            var semester = ProtoMapper.ToDate(p.SemesterOneEndsBefore, "province.semester_one_ends_before", v);
            var yearEnd = ProtoMapper.ToDate(p.YearEndsBefore, "province.year_ends_before", v);
            if (!v.Any)
            {
                province = new Domain.Calendar.ProvincialOverride(p.Province, y, report, opening, semester, yearEnd, breaks!);
            }
        }
        SchoolCalendar? calendar = null;
        if (province is not null)
        {
            var provincial = SchoolCalendar.TryForProvince(province, mode);
            if (provincial.Success)
            {
                calendar = provincial.Value;
            }
            else
            {
                v.Add("province", provincial.Failure!.Message.Vietnamese, provincial.Failure.Message.English);
            }
        }
        v.ThrowIfAny();
        calendar ??= SchoolCalendar.National(year.GetValueOrDefault(), mode);
        return Task.FromResult(ProtoMapper.ToProto(calendar));
    }

    public override Task<ParseTimeframeResponse> ParseTimeframe(ParseTimeframeRequest request, ServerCallContext context)
    {
        var v = new Violations();
        SchoolYear? year = ProtoMapper.ToSchoolYear(request.SchoolYear, "school_year", v, required: true);
        Domain.Calendar.DeadlineMode mode = Mode(request.DeadlineMode, "deadline_mode", v);
        if (request.Text.Length > 4096)
        {
            v.Add("text", "Văn bản quá dài (tối đa 4096 ký tự)", "The text is too long (at most 4096 characters)");
        }
        v.ThrowIfAny();
        var calendars = mode == Domain.Calendar.DeadlineMode.Exclusive ? new CalendarProvider(mode) : CalendarProvider.National;
        var result = TimeframeParser.Parse(request.Text, year.GetValueOrDefault());
        var response = new ParseTimeframeResponse { Success = result.Success };
        if (!result.Success)
        {
            response.UnreadText = result.Failure!.UnreadText;
            response.ErrorVi = result.Failure.Message.Vietnamese;
            response.ErrorEn = result.Failure.Message.English;
            return Task.FromResult(response);
        }
        Timeframe t = result.Value;
        response.Kind = EnumMaps.TimeframeKinds.ToProto(t.Kind);
        response.Canonical = t.ToCanonicalString();
        response.MultiYear = t.IsMultiYear;
        response.Recurring = t.IsRecurring;
        response.OpenEnded = t.IsOpenEnded;
        response.Reversed = t.IsReversed(calendars);
        response.Days = new DateRange { Start = ProtoMapper.ToProto(t.GetStart(calendars)), End = ProtoMapper.ToProto(t.GetEnd(calendars)) };
        response.NotesVi.AddRange(result.Notes.Select(n => n.Vietnamese));
        response.NotesEn.AddRange(result.Notes.Select(n => n.English));
        return Task.FromResult(response);
    }

    private static Domain.Calendar.DeadlineMode Mode(V1.DeadlineMode mode, string field, Violations v)
    {
        if (mode != V1.DeadlineMode.Unspecified && EnumMaps.DeadlineModes.ToDomain(mode) is null)
        {
            v.Add(field, "Chế độ hạn chót không hợp lệ", "Invalid deadline mode");
        }
        return EnumMaps.DeadlineModes.ToDomain(mode) ?? Domain.Calendar.DeadlineMode.Inclusive;
    }
}
