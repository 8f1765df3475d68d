using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>
/// Reads the period of a plan item from what schools write ("HKI, năm học 23-24", "Suốt năm học", "Hằng năm",
/// "từ tháng 8 năm 2021 … hoàn thành tháng 4 năm 2022", "trước ngày 31/5", "Tuần 1-18", …). The school year gives
/// the context for text that leaves the year out. It never guesses silently: what it infers is in the result's
/// notes, and what it cannot read comes back as a failure naming the unread part. It never throws on input.
/// </summary>
public static class TimeframeParser
{
    /// <summary>Inputs longer than this are refused at once.</summary>
    public const int MaxLength = 300;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    // The 300-character cap is the guard against hostile input; the timeout only stops a pathological match. It is
    // generous because a busy machine can deschedule a thread for tens of milliseconds mid-match (seen in CI).
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly Regex Label = new(@"^(?:thoi gian(?: thuc hien)?(?: va hoan thanh)?|thoi gian hoan thanh|thuc hien|thoi han)\s*:\s*", Options, Timeout);
    private static readonly Regex StartFinish = new(
        @"^(?:thoi gian thuc hien\s*:?\s*)?(?:tu\s+)?(?<a>.+?)[\s,;.…]*(?:thoi gian\s+)?(?:hoan thanh|ket thuc)\s*(?:vao|trong|truoc)?\s*:?\s*(?<b>.+)\z", Options, Timeout);
    private static readonly Regex OpenEnd = new(@"^tu\s+(?<a>.+?)\s*(?:,\s*)?(?:va\s+)?(?:thuong xuyen|tro di|lien tuc)\z", Options, Timeout);
    private static readonly Regex Deadline = new(@"^(?:truoc|cham nhat(?: la)?|han chot|khong qua)\s+(?:ngay\s+)?(?<a>.+)\z", Options, Timeout);
    private static readonly Regex ExplicitRange = new(@"^(?:tu\s+)?(?<a>.+?)\s+(?:den het|den)\s+(?<b>.+)\z", Options, Timeout);
    private static readonly Regex RelativeWithYear = new(@"^(?<rel>dau|cuoi)\s+(?:nam hoc|nien khoa)\s*:?\s*(?<y>[0-9]{2,4}\s*-\s*[0-9]{2,4})\z", Options, Timeout);
    private static readonly Regex YearSuffix = new(@"^(?<body>.+?)\s*[,;]?\s*(?:nam hoc|nien khoa|nh)\s*:?\s*(?<y>[0-9]{2,4}\s*-\s*[0-9]{2,4})\z", Options, Timeout);

    private static readonly Regex SchoolYearForm = new(@"^(?:(?:ca|suot|trong suot|xuyen suot)\s+)?(?:nam hoc|nien khoa|nh)\s*:?\s*(?<y>[0-9]{2,4}\s*-\s*[0-9]{2,4})\z", Options, Timeout);
    private static readonly Regex YearPair = new(@"^(?:(?<label>giai doan|nhiem ky|thoi ky)\s+)?(?<a>[0-9]{4})\s*-\s*(?<b>[0-9]{4})\z", Options, Timeout);
    private static readonly Regex ShortYearPair = new(@"^(?<a>[0-9]{2})\s*-\s*(?<b>[0-9]{2})\z", Options, Timeout);
    private static readonly Regex WholeYear = new(@"^(?:(?:ca|suot|trong suot|xuyen suot|trong)\s+nam hoc|thuong xuyen|ca nam|quanh nam|lien tuc|thuong xuyen lien tuc)\z", Options, Timeout);
    private static readonly Regex Recurring = new(@"^(?:nhu\s+)?(?:hang|moi)\s+nam\z", Options, Timeout);
    private static readonly Regex RelativeForm = new(@"^(?:(?<start>dau nam hoc)|(?<end>cuoi nam hoc)|(?<summer>(?:trong\s+)?(?:dip\s+)?(?:nghi\s+)?he)|(?<before>truoc (?:khi\s+)?khai giang))\z", Options, Timeout);
    private static readonly Regex SemesterForm = new(@"^(?:(?<part>dau|giua|cuoi)\s+)?(?:hoc\s*k[yi]|hk)\s*(?<n>ii|i|1|2)\z", Options, Timeout);
    private static readonly Regex QuarterForm = new(@"^quy\s+(?<n>iv|iii|ii|i|[1-4])(?:\s*,?\s*(?<and>va\s+)?nam\s+(?<y>[0-9]{4}))?\z", Options, Timeout);
    private static readonly Regex HalfForm = new(@"^(?:sau|06|6)\s+thang\s+(?<h>dau|cuoi)\s+nam(?:\s+(?<y>[0-9]{4}))?\z", Options, Timeout);
    private static readonly Regex CalendarYearForm = new(@"^nam\s+(?<y>[0-9]{4})\z", Options, Timeout);
    private static readonly Regex MonthForm = new(@"^(?:(?<part>dau|giua|cuoi)\s+)?(?:thang\s*)?(?<m>[0-9]{1,2})\s*(?:/|-|\.|\s+nam\s+)\s*(?<y>[0-9]{4})\z", Options, Timeout);
    private static readonly Regex MonthNoYear = new(@"^(?:(?<part>dau|giua|cuoi)\s+)?thang\s*(?<m>[0-9]{1,2})\z", Options, Timeout);
    private static readonly Regex DayNumeric = new(@"^(?:ngay\s*)?(?<d>[0-9]{1,2})\s*(?<s>[/.-])\s*(?<m>[0-9]{1,2})(?:\s*\k<s>\s*(?<y>[0-9]{4}|[0-9]{2}))?\z", Options, Timeout);
    private static readonly Regex DayWords = new(@"^(?:ngay\s*)?(?<d>[0-9]{1,2})\s+thang\s+(?<m>[0-9]{1,2})(?:\s*(?:nam|/)\s*(?<y>[0-9]{4}))?\z", Options, Timeout);
    private static readonly Regex DayAlone = new(@"^(?:ngay\s*)?(?<d>[0-9]{1,2})\z", Options, Timeout);
    private static readonly Regex Weeks = new(@"^tuan\s*(?<a>[0-9]{1,2})(?:\s*-\s*(?:tuan\s*)?(?<b>[0-9]{1,2}))?\z", Options, Timeout);
    private static readonly Regex TetDay = new(@"^mung\s*(?<d>[0-9]{1,2})\s*(?:tet|thang gieng)\z", Options, Timeout);
    private static readonly Regex LunarDayForm = new(@"^(?:ngay\s*|mung\s*)?(?<d>[0-9]{1,2})\s+thang\s+(?<m>chap|gieng)\z", Options, Timeout);
    private static readonly Regex LunarMonth = new(@"thang chap|thang gieng|am lich", Options, Timeout);
    private static readonly Regex Weekday = new(@"^(?:thu\s*(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu nhat|cn)\s*,?\s*", Options, Timeout);
    private static readonly Regex Filler = new(@"^(?:trong|vao|vao luc|trong thoi gian|thoi gian|du kien)\s+", Options, Timeout);

    /// <summary>Reads a timeframe.</summary>
    /// <param name="text">What the school wrote.</param>
    /// <param name="context">The school year of the plan, for text that leaves the year out.</param>
    /// <returns>The timeframe with notes on what was inferred, or a failure naming the unread part.</returns>
    /// <exception cref="ArgumentException">The context is the unset default school year.</exception>
    public static ParseResult<Timeframe> Parse(string? text, SchoolYear context)
    {
        SchoolYear.CheckArgument(context, nameof(context));
        if (text is null || string.IsNullOrWhiteSpace(text))
        {
            return Fail(text, string.Empty, "Thời gian thực hiện bị bỏ trống", "The timeframe is empty");
        }
        if (text.Length > MaxLength * 4)
        {
            return Fail(text, text.Substring(0, 40), $"Thời gian thực hiện quá dài ({text.Length} ký tự, tối đa {MaxLength})",
                $"The timeframe is too long ({text.Length} characters, at most {MaxLength})");
        }
        string normal = VietnameseText.Normalize(text).TrimEnd('.', ';', ',', ' ');
        if (normal.Length > MaxLength)
        {
            return Fail(text, normal.Substring(0, 40), $"Thời gian thực hiện quá dài ({normal.Length} ký tự, tối đa {MaxLength})",
                $"The timeframe is too long ({normal.Length} characters, at most {MaxLength})");
        }
        try
        {
            var state = new State(normal, context);
            string folded = VietnameseText.FoldNormalized(normal);
            int offset = 0;
            Match label = Label.Match(folded);
            if (label.Success)
            {
                offset = label.Length;
            }
            Timeframe? result = state.Top(folded.Substring(offset), offset);
            return result is null
                ? ParseResult<Timeframe>.ForFailure(state.Failure!)
                : ParseResult<Timeframe>.ForValue(result.WithText(normal), state.Notes);
        }
        catch (RegexMatchTimeoutException)
        {
            return Fail(text, normal.Substring(0, Math.Min(40, normal.Length)), "Không đọc được thời gian thực hiện (quá phức tạp)",
                "Cannot read the timeframe (too complex)");
        }
    }

    private static ParseResult<Timeframe> Fail(string? input, string unread, string vi, string en)
        => ParseResult<Timeframe>.ForFailure(ParseFailure.Create(input, unread, vi, en));

    private sealed class State
    {
        private readonly string normal;
        private readonly SchoolYear context;

        public State(string normal, SchoolYear context)
        {
            this.normal = normal;
            this.context = context;
        }

        public List<BilingualText> Notes { get; } = new();

        public ParseFailure? Failure { get; private set; }

        public Timeframe? Top(string f, int offset)
        {
            Timeframe? single = TryPeriod(f, offset, context, quiet: true);
            if (single is not null)
            {
                return single;
            }
            Match m = f.StartsWith("tu ", StringComparison.Ordinal) ? OpenEnd.Match(f) : Match.Empty;
            if (m.Success)
            {
                Timeframe? from = Period(m.Groups["a"], offset, context);
                return from is null ? null : Timeframe.ForOpenEnd(from);
            }
            m = f.Contains("hoan thanh", StringComparison.Ordinal) || f.Contains("ket thuc", StringComparison.Ordinal) ? StartFinish.Match(f) : Match.Empty;
            if (m.Success)
            {
                return Span(m.Groups["a"], m.Groups["b"], offset);
            }
            m = MayStartWith(f, "truoc", "cham nhat", "han chot", "khong qua") ? Deadline.Match(f) : Match.Empty;
            if (m.Success)
            {
                Timeframe? day = Period(m.Groups["a"], offset, context);
                if (day is null)
                {
                    return null;
                }
                if (day.Kind != TimeframeKind.Day)
                {
                    return Timeframe.ForSpan(Timeframe.ForDay(context.AdministrativeYear.Start, context), day);
                }
                return Timeframe.ForDeadline(day.DateValue);
            }
            m = f.Contains(" den ", StringComparison.Ordinal) ? ExplicitRange.Match(f) : Match.Empty;
            if (m.Success)
            {
                return Span(m.Groups["a"], m.Groups["b"], offset);
            }
            // "25/01/2025 - 02/02/2025", "ngày 7-8/7", "ngày 11 và 12/6/2026", "Tuần 9 / Tuần 27": try each separator.
            foreach (Match sep in Regex.Matches(f, @"\s*(?:-|/|\bva\b)\s*", RegexOptions.CultureInvariant, Timeout))
            {
                if (sep.Index == 0 || sep.Index + sep.Length >= f.Length)
                {
                    continue;
                }
                string left = f.Substring(0, sep.Index);
                string right = f.Substring(sep.Index + sep.Length);
                Timeframe? to = TryPeriod(right, offset + sep.Index + sep.Length, context, quiet: true);
                if (to is null)
                {
                    continue;
                }
                Timeframe? from = TryPartialDay(left, to) ?? TryPeriod(left, offset, context, quiet: true);
                if (from is not null)
                {
                    if (sep.Value.Trim() == "/" && !(from.Kind == TimeframeKind.TeachingWeeks && to.Kind == TimeframeKind.TeachingWeeks))
                    {
                        continue;
                    }
                    if (sep.Value.Trim() == "/")
                    {
                        Notes.Add(new BilingualText("Hai mốc tuần được đọc thành khoảng từ mốc đầu đến mốc sau",
                            "Two week marks were read as the span from the first to the second"));
                    }
                    return Timeframe.ForSpan(from, to);
                }
            }
            // Nothing matched as a whole: report the most specific failure of the single-period reading.
            Failure = null;
            TryPeriod(f, offset, context, quiet: false);
            return null;
        }

        private Timeframe? Span(Group a, Group b, int offset)
        {
            Timeframe? to = Period(b, offset, context);
            if (to is null)
            {
                return null;
            }
            Timeframe? from = TryPartialDay(a.Value, to) ?? Period(a, offset, context);
            return from is null ? null : Timeframe.ForSpan(from, to);
        }

        // "7" in "ngày 7-8/7", or "24/06" in "từ 24/06 đến 27/06": take the missing parts from the finish.
        private Timeframe? TryPartialDay(string left, Timeframe to)
        {
            if (to.Kind != TimeframeKind.Day)
            {
                return null;
            }
            Match alone = DayAlone.Match(left.Trim());
            if (!alone.Success)
            {
                return null;
            }
            int day = int.Parse(alone.Groups["d"].Value, CultureInfo.InvariantCulture);
            LocalDate end = to.DateValue;
            if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month))
            {
                return null;
            }
            return Timeframe.ForDay(new LocalDate(end.Year, end.Month, day), context);
        }

        private Timeframe? Period(Group g, int offset, SchoolYear year) => TryPeriod(g.Value, offset + g.Index, year, quiet: false);

        private Timeframe? TryPeriod(string raw, int offset, SchoolYear year, bool quiet)
        {
            string f = raw.Trim(' ', ',', ';', '.', ':', '…', '(', ')');
            int lead = raw.IndexOf(f, StringComparison.Ordinal);
            offset += Math.Max(lead, 0);
            for (int guard = 0; guard < 4; guard++)
            {
                Match strip = MayStartWith(f, "thu", "chu nhat", "cn") ? Weekday.Match(f) : Match.Empty;
                if (!strip.Success && MayStartWith(f, "trong", "vao", "thoi gian", "du kien"))
                {
                    strip = Filler.Match(f);
                }
                if (!strip.Success)
                {
                    break;
                }
                f = f.Substring(strip.Length);
                offset += strip.Length;
            }
            if (f.Length == 0)
            {
                return quiet ? null : Unread(raw, offset, "Thiếu thời gian", "A time is missing");
            }

            // Each pattern is tried only when a cheap necessary condition holds (a digit, a dash, a leading word).
            bool digit = f.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            bool dash = digit && f.Contains('-');
            bool thang = f.Contains("thang", StringComparison.Ordinal);
            Match m = MayStartWith(f, "dau", "cuoi") && digit ? RelativeWithYear.Match(f) : Match.Empty;
            if (m.Success)
            {
                ParseResult<SchoolYear> y = SchoolYear.Parse(m.Groups["y"].Value);
                return y.Success
                    ? Timeframe.ForRelative(y.Value, m.Groups["rel"].Value == "dau" ? RelativePeriod.StartOfYear : RelativePeriod.EndOfYear)
                    : quiet ? null : Unread(m.Groups["y"].Value, offset + m.Groups["y"].Index, y.Failure!.Message.Vietnamese, y.Failure.Message.English);
            }
            m = dash ? YearSuffix.Match(f) : Match.Empty;
            if (m.Success && !SchoolYearForm.IsMatch(f))
            {
                ParseResult<SchoolYear> y = SchoolYear.Parse(m.Groups["y"].Value);
                if (!y.Success)
                {
                    return quiet ? null : Unread(m.Groups["y"].Value, offset + m.Groups["y"].Index, y.Failure!.Message.Vietnamese, y.Failure.Message.English);
                }
                Timeframe? inner = TryPeriod(m.Groups["body"].Value, offset, y.Value, quiet);
                return inner is null ? null : inner.Kind is TimeframeKind.Day or TimeframeKind.Month ? inner : inner.WithContext(y.Value);
            }
            if (dash && (m = SchoolYearForm.Match(f)).Success)
            {
                ParseResult<SchoolYear> y = SchoolYear.Parse(m.Groups["y"].Value);
                return y.Success ? Timeframe.ForSchoolYear(y.Value) : quiet ? null : Unread(f, offset, y.Failure!.Message.Vietnamese, y.Failure.Message.English);
            }
            if (dash && (m = YearPair.Match(f)).Success)
            {
                int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                int b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
                if (!ValidYear(a) || !ValidYear(b) || b < a)
                {
                    return quiet ? null : Unread(f, offset, $"Khoảng năm {a}-{b} không hợp lệ", $"Year range {a}-{b} is not valid");
                }
                return b == a + 1 && !m.Groups["label"].Success ? Timeframe.ForSchoolYear(new SchoolYear(a)) : Timeframe.ForYears(a, b);
            }
            if (dash && (m = ShortYearPair.Match(f)).Success)
            {
                ParseResult<SchoolYear> y = SchoolYear.Parse(f);
                return y.Success ? Timeframe.ForSchoolYear(y.Value) : quiet ? null : Unread(f, offset, y.Failure!.Message.Vietnamese, y.Failure.Message.English);
            }
            if (!digit && WholeYear.IsMatch(f))
            {
                return Timeframe.ForSchoolYear(year);
            }
            if (!digit && Recurring.IsMatch(f))
            {
                return Timeframe.Recurring(year);
            }
            if (!digit && (m = RelativeForm.Match(f)).Success)
            {
                RelativePeriod period = m.Groups["start"].Success ? RelativePeriod.StartOfYear
                    : m.Groups["end"].Success ? RelativePeriod.EndOfYear
                    : m.Groups["summer"].Success ? RelativePeriod.Summer
                    : RelativePeriod.BeforeOpening;
                return Timeframe.ForRelative(year, period);
            }
            if ((f.Contains("hk", StringComparison.Ordinal) || f.Contains("hoc", StringComparison.Ordinal)) && (m = SemesterForm.Match(f)).Success)
            {
                Semester semester = m.Groups["n"].Value is "i" or "1" ? Semester.First : Semester.Second;
                return Timeframe.ForSemester(year, semester, Part(m.Groups["part"]));
            }
            if (f.StartsWith("quy", StringComparison.Ordinal) && (m = QuarterForm.Match(f)).Success)
            {
                int q = m.Groups["n"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
                int y;
                if (m.Groups["y"].Success)
                {
                    y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                    if (m.Groups["and"].Success)
                    {
                        Notes.Add(new BilingualText($"Đọc \"quý {Timeframe.Roman(q)} và năm {y}\" là quý {Timeframe.Roman(q)} năm {y}",
                            $"Read \"quý {Timeframe.Roman(q)} và năm {y}\" as quarter {q} of {y}"));
                    }
                }
                else
                {
                    y = year.CalendarYearOf(q * 3 - 2);
                    InferredYear(y, year);
                }
                return ValidYear(y) ? Timeframe.ForQuarter(y, q) : quiet ? null : Unread(f, offset, $"Năm {y} không hợp lệ", $"Year {y} is not valid");
            }
            if (thang && (m = HalfForm.Match(f)).Success)
            {
                int half = m.Groups["h"].Value == "dau" ? 1 : 2;
                int y;
                if (m.Groups["y"].Success)
                {
                    y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                }
                else
                {
                    y = half == 1 ? year.EndYear : year.StartYear;
                    InferredYear(y, year);
                }
                return ValidYear(y) ? Timeframe.ForHalfYear(y, half) : quiet ? null : Unread(f, offset, $"Năm {y} không hợp lệ", $"Year {y} is not valid");
            }
            if (digit && f.StartsWith("nam", StringComparison.Ordinal) && (m = CalendarYearForm.Match(f)).Success)
            {
                int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                return ValidYear(y) ? Timeframe.ForCalendarYear(y) : quiet ? null : Unread(f, offset, $"Năm {y} không hợp lệ", $"Year {y} is not valid");
            }
            if (digit && ((m = MonthForm.Match(f)).Success || (thang && (m = MonthNoYear.Match(f)).Success)))
            {
                int month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
                if (month is < 1 or > 12)
                {
                    return quiet ? null : Unread(m.Groups["m"].Value, offset + m.Groups["m"].Index,
                        $"Tháng {month} không có thật", $"There is no month {month}");
                }
                int y;
                if (m.Groups["y"].Success)
                {
                    y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
                }
                else
                {
                    y = year.CalendarYearOf(month);
                    InferredYear(y, year);
                }
                return ValidYear(y) ? Timeframe.ForMonth(new YearMonth(y, month), Part(m.Groups["part"]))
                    : quiet ? null : Unread(f, offset, $"Năm {y} không hợp lệ", $"Year {y} is not valid");
            }
            if (digit && ((m = DayNumeric.Match(f)).Success || (thang && (m = DayWords.Match(f)).Success)))
            {
                return Day(m, f, offset, year, quiet);
            }
            if (digit && f.StartsWith("tuan", StringComparison.Ordinal) && (m = Weeks.Match(f)).Success)
            {
                int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
                int b = m.Groups["b"].Success ? int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture) : a;
                if (a < 1 || b > 60 || b < a)
                {
                    string weeks = a == b ? $"{a}" : $"{a}-{b}";
                    return quiet ? null : Unread(f, offset, $"Tuần {weeks} không hợp lệ (tuần 1 đến 60)", $"Week {weeks} is not valid (weeks 1 to 60)");
                }
                return Timeframe.ForTeachingWeeks(year, a, b);
            }
            if (digit && f.StartsWith("mung", StringComparison.Ordinal) && (m = TetDay.Match(f)).Success)
            {
                int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (d is < 1 or > 10 || NationalFrames.Get(year).Tet is null)
                {
                    return quiet ? null : Unread(f, offset, $"Không quy đổi được ngày Tết này sang dương lịch cho năm học {year}",
                        $"Cannot convert this Tết day to the solar calendar for {year}");
                }
                return Timeframe.ForTetDay(year, d);
            }
            if (digit && thang && (m = LunarDayForm.Match(f)).Success)
            {
                int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
                if (d is < 1 or > 30 || NationalFrames.Get(year).Tet is null)
                {
                    return quiet ? null : Unread(f, offset, $"Không quy đổi được ngày âm lịch này sang dương lịch cho năm học {year}",
                        $"Cannot convert this lunar day to the solar calendar for {year}");
                }
                return Timeframe.ForLunarDay(year, m.Groups["m"].Value == "chap" ? 12 : 1, d);
            }
            if (quiet)
            {
                return null;
            }
            if (LunarMonth.IsMatch(f))
            {
                return Unread(f, offset, "Chỉ đọc được ngày âm lịch dạng \"26 tháng Chạp\", \"10 tháng Giêng\" hoặc \"mùng 5 Tết\"",
                    "Only lunar days like \"26 tháng Chạp\", \"10 tháng Giêng\" or \"mùng 5 Tết\" can be read");
            }
            return Unread(f, offset, "Không đọc được thời gian", "Cannot read this as a time");
        }

        private Timeframe? Day(Match m, string f, int offset, SchoolYear year, bool quiet)
        {
            int d = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            int month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12)
            {
                return quiet ? null : Unread(f, offset, $"Tháng {month} không có thật", $"There is no month {month}");
            }
            int y;
            if (m.Groups["y"].Success)
            {
                y = SchoolYear.ExpandYear(m.Groups["y"].Value);
            }
            else
            {
                y = year.CalendarYearOf(month);
                InferredYear(y, year);
            }
            if (!ValidYear(y))
            {
                return quiet ? null : Unread(f, offset, $"Năm {y} không hợp lệ", $"Year {y} is not valid");
            }
            if (d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, month))
            {
                return quiet ? null : Unread(f, offset, $"Ngày {d}/{month}/{y} không có thật", $"There is no day {d}/{month}/{y}");
            }
            return Timeframe.ForDay(new LocalDate(y, month, d), year);
        }

        private void InferredYear(int y, SchoolYear year)
        {
            var note = new BilingualText($"Năm {y} lấy theo năm học {year}", $"Year {y} taken from school year {year}");
            if (!Notes.Contains(note))
            {
                Notes.Add(note);
            }
        }

        private Timeframe? Unread(string part, int offset, string vi, string en)
        {
            // The fold keeps positions, so the unread part can be quoted from the text as written.
            string unread = offset >= 0 && offset + part.Trim().Length <= normal.Length
                ? normal.Substring(offset, part.Trim().Length)
                : part;
            Failure ??= ParseFailure.Create(normal, unread, $"{vi}: \"{Shorten(unread)}\"", $"{en}: \"{Shorten(unread)}\"");
            return null;
        }

        private static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 60) + "…";

        private static bool MayStartWith(string f, string a, string b, string? c = null, string? d = null)
            => f.StartsWith(a, StringComparison.Ordinal) || f.StartsWith(b, StringComparison.Ordinal)
                || (c is not null && f.StartsWith(c, StringComparison.Ordinal)) || (d is not null && f.StartsWith(d, StringComparison.Ordinal));

        private static PeriodPart Part(Group g) => g.Success
            ? g.Value switch { "dau" => PeriodPart.Start, "giua" => PeriodPart.Middle, _ => PeriodPart.End }
            : PeriodPart.Whole;

        private static bool ValidYear(int y) => y >= SchoolYear.MinStartYear && y <= SchoolYear.MaxStartYear;
    }
}
