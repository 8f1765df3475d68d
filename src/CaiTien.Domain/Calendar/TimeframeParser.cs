using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Text;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>
/// Reads the period of a plan item from what schools write ("HKI, năm học 23-24", "Suốt năm học", "Hằng tháng",
/// "từ tháng 8 năm 2021 … hoàn thành tháng 4 năm 2022", "trước ngày 31/5", "Tuần 1-18", "Tháng 10/2024 và tháng 3/2025",
/// …). The school year gives the context for text that leaves the year out. It never guesses silently: what it infers
/// is in the result's notes, and what it cannot read comes back as a failure naming the unread part. It never throws on
/// input.
/// </summary>
/// <remarks>
/// The grammar is a table of named productions, each with the phrases it reads (<see cref="Productions"/>). A text is
/// first read as one period (the <c>period</c> productions, first match decides); failing that, as a combination of
/// periods (the <c>combination</c> productions: spans, deadlines, open ends, lists). Each production is tried only when a
/// cheap necessary condition holds (a digit, a dash, a leading word).
/// </remarks>
public static class TimeframeParser
{
    /// <summary>Inputs longer than this are refused at once.</summary>
    public const int MaxLength = 300;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    // The 300-character cap is the guard against hostile input; the timeout only stops a pathological match. It is
    // generous because a busy machine can deschedule a thread for tens of milliseconds mid-match (seen in CI).
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly Regex Label = R(@"^(?:thoi gian(?: thuc hien)?(?: va hoan thanh)?|thoi gian hoan thanh|thuc hien|thoi han)\s*:\s*");
    private static readonly Regex Weekday = R(@"^(?:thu\s*(?:[2-7]|hai|ba|tu|nam|sau|bay)|chu nhat|cn)\s*,?\s*");
    private static readonly Regex Filler = R(@"^(?:trong|vao|vao luc|trong thoi gian|thoi gian|du kien)\s+");
    private static readonly Regex DayAlone = R(@"^(?:ngay\s*)?(?<d>[0-9]{1,2})\z");
    private static readonly Regex ListSeparator = R(@"\s*(?:,|;|\bva\b)\s*");
    private static readonly Regex SpanSeparator = R(@"\s*(?:-|/)\s*");
    private static readonly Regex LunarMonth = R(@"thang chap|thang gieng|am lich");

    /// <summary>Single periods, tried in this order; the first whose pattern matches the whole text decides.</summary>
    internal static readonly PeriodProduction[] Periods =
    {
        new("school-year", s => s.Dash,
            @"^(?:(?:ca|suot|trong suot|xuyen suot|trong)\s+)?(?:nam hoc|nien khoa|nh)\s*:?\s*(?<y>[0-9]{2,4}\s*-\s*[0-9]{2,4})\z",
            (m, r) => r.SchoolYearOf(m.Groups["y"]) is { } y ? Timeframe.ForSchoolYear(y) : null,
            "Năm học 2023-2024", "năm học 2020 - 2021", "Năm học: 2024 – 2025", "NĂM HỌC 23-24", "NH 21-22", "niên khóa 2023-2024",
            "suốt năm học 2023-2024"),
        new("relative-with-year", s => s.Dash && s.StartsWith("dau", "cuoi"),
            @"^(?<rel>dau|cuoi)\s+(?:nam hoc|nien khoa)\s*:?\s*(?<y>[0-9]{2,4}\s*-\s*[0-9]{2,4})\z",
            (m, r) => r.SchoolYearOf(m.Groups["y"]) is { } y
                ? Timeframe.ForRelative(y, m.Groups["rel"].Value == "dau" ? RelativePeriod.StartOfYear : RelativePeriod.EndOfYear)
                : null,
            "đầu năm học 2023-2024", "cuối năm học 23-24"),
        new("year-suffix", s => s.Dash,
            @"^(?<body>.+?)\s*[,;]?\s*(?:nam hoc|nien khoa|nh)\s*:?\s*(?<y>[0-9]{2,4}\s*-\s*[0-9]{2,4})\z",
            ReadYearSuffix,
            "HKI, năm học 23-24", "HKI năm học 2023 - 2024", "HKII năm học 2022-2023", "Tuần 1-18 năm học 2023-2024", "hè năm học 2023-2024"),
        new("year-range", s => s.Dash,
            @"^(?:(?<label>giai doan|nhiem ky|thoi ky)\s+)?(?<a>[0-9]{4})\s*-\s*(?<b>[0-9]{4})\z",
            ReadYearRange,
            "2021-2025", "giai đoạn 2024-2025", "giai đoạn 2022 – 2025", "nhiệm kỳ 2016 - 2021", "2023-2024"),
        new("short-year-pair", s => s.Dash,
            @"^(?<y>[0-9]{2}\s*-\s*[0-9]{2})\z",
            (m, r) => r.SchoolYearOf(m.Groups["y"]) is { } y ? Timeframe.ForSchoolYear(y) : null,
            "23-24"),
        new("whole-year", s => !s.Digit,
            @"^(?:(?:ca|suot|trong suot|xuyen suot|trong)\s+nam hoc|thuong xuyen(?:\s+(?:lien tuc|(?:trong\s+)?(?:suot\s+)?nam hoc|ca nam))?|ca nam(?: hoc)?|quanh nam|lien tuc)\z",
            (m, r) => Timeframe.ForSchoolYear(r.Year),
            "Suốt năm học", "xuyên suốt năm học", "trong suốt năm học", "thường xuyên", "Thường xuyên trong năm học", "cả năm học", "liên tục"),
        new("recurring", s => !s.Digit,
            @"^(?:nhu\s+)?(?:dinh ky\s+)?(?:hang|moi)\s+(?<p>nam(?: hoc)?|hoc\s*k[yi]|k[yi]|quy|thang|tuan|ngay)\z",
            (m, r) => Timeframe.Recurring(r.Year, m.Groups["p"].Value switch
            {
                "quy" => Recurrence.Quarterly,
                "thang" => Recurrence.Monthly,
                "tuan" => Recurrence.Weekly,
                "ngay" => Recurrence.Daily,
                var p when p.StartsWith("nam", StringComparison.Ordinal) => Recurrence.Yearly,
                _ => Recurrence.EverySemester,
            }),
            "Hàng năm", "Hằng năm", "như hằng năm", "Hằng tháng", "Hàng tuần", "Hằng quý", "mỗi học kỳ", "định kỳ hằng tháng", "hằng ngày"),
        new("relative", s => !s.Digit,
            @"^(?:(?<start>dau nam hoc)|(?<end>cuoi nam hoc)|(?<summer>(?:trong\s+)?(?:dip\s+)?(?:nghi\s+)?he)|(?<before>truoc (?:khi\s+)?khai giang))\z",
            (m, r) => Timeframe.ForRelative(r.Year, m.Groups["start"].Success ? RelativePeriod.StartOfYear
                : m.Groups["end"].Success ? RelativePeriod.EndOfYear
                : m.Groups["summer"].Success ? RelativePeriod.Summer
                : RelativePeriod.BeforeOpening),
            "đầu năm học", "cuối năm học", "trong hè", "trong dịp hè", "nghỉ hè", "trước khai giảng"),
        new("summer-of-year", s => s.Digit && s.Contains("he"),
            @"^(?:trong\s+)?(?:dip\s+)?(?:nghi\s+)?he\s+(?:nam\s+)?(?<y>[0-9]{4})\z",
            ReadSummerOfYear,
            "Hè 2025", "dịp hè năm 2024"),
        new("tet", s => s.Contains("tet"),
            @"^(?<w>truoc|sau)\s+(?:(?:ky|dip)\s+)?(?:nghi\s+)?tet(?:\s+nguyen\s+dan)?(?:\s+(?:nam\s+)?(?<y>[0-9]{4}))?\z",
            ReadTet,
            "Trước Tết", "Sau Tết Nguyên đán", "sau Tết 2024", "trước kỳ nghỉ Tết"),
        new("semester", s => s.Contains("hk") || s.Contains("hoc"),
            @"^(?:(?<part>dau|giua|cuoi)\s+)?(?:hoc\s*k[yi]|hk)\s*(?<n>ii|i|1|2)\z",
            (m, r) => Timeframe.ForSemester(r.Year, m.Groups["n"].Value is "i" or "1" ? Semester.First : Semester.Second, Part(m.Groups["part"])),
            "Học kỳ I", "học kỳ 1", "HKI", "HK I", "HK1", "học kì II", "Giữa học kì I", "Cuối học kì II"),
        new("quarter", s => s.StartsWith("quy"),
            @"^quy\s+(?<n>iv|iii|ii|i|[1-4])(?:\s*(?:(?:,\s*)?(?<and>va\s+)?nam\s+|/|-)\s*(?<y>[0-9]{4}))?\z",
            ReadQuarter,
            "Quý I", "Quý I năm 2018", "quý IV và năm 2025", "Quý I/2025", "quý 3 năm 2024"),
        new("half-year", s => s.Contains("thang"),
            @"^(?:sau|06|6)\s+thang\s+(?<h>dau|cuoi)\s+nam(?:\s+(?<y>[0-9]{4}))?\z",
            ReadHalfYear,
            "sáu tháng đầu năm 2026", "06 tháng đầu năm", "sáu tháng cuối năm 2024"),
        new("calendar-year", s => s.Digit && s.StartsWith("nam"),
            @"^nam\s+(?<y>[0-9]{4})\z",
            (m, r) => r.CalendarYear(m.Groups["y"]) is { } y ? Timeframe.ForCalendarYear(y) : null,
            "năm 2025"),
        new("month", s => s.Digit,
            @"^(?:(?<part>dau|giua|cuoi)\s+)?(?:(?:thang\s*)?(?<m>[0-9]{1,2})\s*(?:/|-|\.|\s+nam\s+)\s*(?<y>[0-9]{4})|thang\s*(?<m>[0-9]{1,2}))\z",
            ReadMonth,
            "9/2023", "tháng 9/2023", "Tháng 07/2026", "đầu tháng 6/2023", "tháng 4 năm 2022", "tháng 2", "cuối tháng 10"),
        new("month-list", s => s.Digit && s.Contains("thang"),
            @"^thang\s*(?<m>[0-9]{1,2})(?:\s*(?:,|;|va)\s*(?:thang\s*)?(?<m>[0-9]{1,2}))+(?:\s*(?:/|-|\s+nam\s+)\s*(?<y>[0-9]{4}))?\z",
            ReadMonthList,
            "Tháng 10, 11/2024", "tháng 9 và tháng 10/2023", "tháng 11, 12", "Tháng 12, 1/2025"),
        new("day", s => s.Digit,
            @"^(?:ngay\s*)?(?<d>[0-9]{1,2})(?:\s*(?<s>[/.-])\s*(?<m>[0-9]{1,2})(?:\s*\k<s>\s*(?<y>[0-9]{4}|[0-9]{2}))?|\s+thang\s+(?<m>[0-9]{1,2})(?:\s*(?:nam|/)\s*(?<y>[0-9]{4}))?)\z",
            ReadDay,
            "05/9/2022", "5/9/2025", "5.9.2018", "5-9-2025", "ngày 05 tháng 9 năm 2021", "31/5", "Thứ 3, 25/02/2020"),
        new("teaching-weeks", s => s.Digit && s.StartsWith("tuan"),
            @"^tuan\s*(?<a>[0-9]{1,2})(?:\s*-\s*(?:tuan\s*)?(?<b>[0-9]{1,2}))?\z",
            ReadWeeks,
            "Tuần 1-18", "Tuần 19", "tuần 20 - tuần 25"),
        new("tet-day", s => s.Digit && s.StartsWith("mung", "mong"),
            @"^(?:mung|mong)\s*(?<d>[0-9]{1,2})\s*tet\z",
            ReadTetDay,
            "mùng 5 Tết", "mồng 2 Tết"),
        new("lunar-day", s => s.Digit && s.Contains("thang"),
            @"^(?:ngay\s*|mung\s*|mong\s*)?(?<d>[0-9]{1,2})\s+thang\s+(?<m>chap|gieng)\z",
            ReadLunarDay,
            "26 tháng Chạp", "10 tháng Giêng", "mùng 5 tháng Giêng", "ngày 23 tháng Chạp"),
    };

    /// <summary>Combinations of periods, tried in this order when the whole text is not one period.</summary>
    internal static readonly CombinationProduction[] Combinations =
    {
        new("open-end", s => s.StartsWith("tu "),
            @"^tu\s+(?<a>.+?)\s*(?:,\s*)?(?:va\s+)?(?:thuong xuyen|tro di|lien tuc|tro ve sau)\z",
            (m, r) => r.Period(m.Groups["a"]) is { } from ? Timeframe.ForOpenEnd(from) : null,
            "Từ tháng 9/2026 và thường xuyên", "từ tháng 9/2023 trở đi"),
        new("start-finish", s => s.Contains("hoan thanh") || s.Contains("ket thuc"),
            @"^(?:thoi gian thuc hien\s*:?\s*)?(?:tu\s+)?(?<a>.+?)[\s,;.…]*(?:thoi gian\s+)?(?:hoan thanh|ket thuc)\s*(?:vao|trong|truoc)?\s*:?\s*(?<b>.+)\z",
            (m, r) => r.Span(m.Groups["a"], m.Groups["b"]),
            "Thời gian thực hiện: từ tháng 8 năm 2021 Thời gian hoàn thành: tháng 4 năm 2022",
            "Thời gian thực hiện: từ tháng 8 năm 2021 … Thời gian hoàn thành: tháng 4 năm 2022"),
        new("list", s => s.ListLike, ReadList,
            "Tháng 10/2024 và tháng 3/2025", "ngày 11 và 12/6/2026", "HKI và HKII", "tháng 9/2023, tháng 12/2023 và tháng 3/2024"),
        new("deadline", s => s.StartsWith("truoc", "cham nhat") || s.StartsWith("han chot", "khong qua") || s.StartsWith("han cuoi"),
            @"^(?<w>truoc|cham nhat(?: la)?|han chot(?: la)?|khong qua|han cuoi)\s+(?:ngay\s+)?(?<a>.+)\z",
            ReadDeadline,
            "trước ngày 31/5", "chậm nhất ngày 15/5/2024", "trước ngày 10/9/2023", "trước tháng 5", "chậm nhất tháng 12/2023", "không quá 30/4/2024"),
        new("range", s => s.Contains(" den "),
            @"^(?:tu\s+)?(?<a>.+?)\s+(?:den het|den)\s+(?<b>.+)\z",
            (m, r) => r.Span(m.Groups["a"], m.Groups["b"]),
            "từ ngày 25/1/2025 đến hết ngày 2/2/2025", "từ 24/06 đến 27/06", "tháng 9/2023 đến tháng 5/2024", "từ HKI đến HKII"),
        new("from-only", s => s.StartsWith("tu "),
            @"^tu\s+(?<a>.+)\z",
            ReadFromOnly,
            "Từ tháng 10/2024", "từ ngày 15/9/2023"),
        new("dash-span", s => s.Dash || s.Contains("/"), ReadSeparatedSpan,
            "25/01/2025 - 02/02/2025", "ngày 7-8/7", "Tuần 9 / Tuần 27", "tháng 9/2023 - tháng 12/2023"),
    };

    /// <summary>Every production's name, whether it reads one period or a combination, and the phrases it reads.</summary>
    internal static IReadOnlyList<(string Name, bool IsCombination, IReadOnlyList<string> Examples)> Productions { get; } =
        Periods.Select(p => (p.Name, false, p.Examples))
            .Concat(Combinations.Select(c => (c.Name, true, c.Examples))).ToList().AsReadOnly();

    /// <summary>Reads a timeframe.</summary>
    /// <param name="text">What the school wrote.</param>
    /// <param name="context">The school year of the plan, for text that leaves the year out.</param>
    /// <returns>The timeframe with notes on what was inferred, or a failure naming the unread part.</returns>
    /// <exception cref="ArgumentException">The context is the unset default school year.</exception>
    public static ParseResult<Timeframe> Parse(string? text, SchoolYear context) => Parse(text, context, only: null, out _);

    /// <summary>Reads a timeframe, saying which production read it; with <paramref name="only"/>, uses that production alone.</summary>
    /// <exception cref="ArgumentException">The context is the unset default school year.</exception>
    internal static ParseResult<Timeframe> Parse(string? text, SchoolYear context, string? only, out string? production)
    {
        SchoolYear.CheckArgument(context, nameof(context));
        production = null;
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
            Timeframe? result = only is null ? state.Top(folded.Substring(offset), offset) : state.Only(only, folded.Substring(offset), offset);
            production = state.Production;
            return result is null
                ? ParseResult<Timeframe>.ForFailure(state.Failure ?? ParseFailure.Create(normal, normal, "Không đọc được thời gian", "Cannot read this as a time"))
                : ParseResult<Timeframe>.ForValue(result.WithText(normal), state.Notes);
        }
        catch (RegexMatchTimeoutException)
        {
            return Fail(text, normal.Substring(0, Math.Min(40, normal.Length)), "Không đọc được thời gian thực hiện (quá phức tạp)",
                "Cannot read the timeframe (too complex)");
        }
    }

    private static Regex R(string pattern) => new(pattern, Options, Timeout);

    private static ParseResult<Timeframe> Fail(string? input, string unread, string vi, string en)
        => ParseResult<Timeframe>.ForFailure(ParseFailure.Create(input, unread, vi, en));

    // ---- The productions' readers. ----

    private static Timeframe? ReadYearSuffix(Match m, Reading r)
    {
        if (r.SchoolYearOf(m.Groups["y"]) is not { } y)
        {
            return null;
        }
        Timeframe? inner = r.State.TryPeriod(m.Groups["body"].Value, r.Offset, y, r.Quiet);
        return inner is null ? null : inner.Kind is TimeframeKind.Day or TimeframeKind.Month ? inner : inner.WithContext(y);
    }

    private static Timeframe? ReadYearRange(Match m, Reading r)
    {
        int a = Number(m.Groups["a"]);
        int b = Number(m.Groups["b"]);
        if (!ValidYear(a) || !ValidYear(b) || b < a)
        {
            return r.Fail($"Khoảng năm {a}-{b} không hợp lệ", $"Year range {a}-{b} is not valid");
        }
        if (b == a + 1 && !m.Groups["label"].Success)
        {
            return Timeframe.ForSchoolYear(new SchoolYear(a));
        }
        if (!m.Groups["label"].Success)
        {
            r.State.Note($"Khoảng năm {a}-{b} không ghi \"giai đoạn\": đọc là nhiều năm ({a} đến {b})",
                $"Year range {a}-{b} without \"giai đoạn\": read as several years ({a} to {b})");
        }
        return Timeframe.ForYears(a, b);
    }

    private static Timeframe? ReadSummerOfYear(Match m, Reading r)
    {
        if (r.CalendarYear(m.Groups["y"]) is not { } y)
        {
            return null;
        }
        var year = new SchoolYear(y - 1);
        r.State.Note($"Hè {y} đọc là hè cuối năm học {year}", $"Summer {y} read as the summer that ends school year {year}");
        return Timeframe.ForRelative(year, RelativePeriod.Summer);
    }

    private static Timeframe? ReadTet(Match m, Reading r)
    {
        SchoolYear year = r.Year;
        if (m.Groups["y"].Success)
        {
            if (r.CalendarYear(m.Groups["y"]) is not { } y)
            {
                return null;
            }
            year = new SchoolYear(y - 1);
        }
        if (m.Groups["w"].Value == "sau")
        {
            r.State.Note("\"Sau Tết\" đọc là từ mùng 4 Tết đến hết năm học", "\"Sau Tết\" read as from the 4th day of Tết to the end of the school year");
            return Timeframe.ForRelative(year, RelativePeriod.AfterTet);
        }
        r.State.Note("\"Trước Tết\" đọc là hạn chót: đến hết ngày trước mùng 1 Tết", "\"Trước Tết\" read as a deadline: up to the eve of Tết");
        return Timeframe.ForRelative(year, RelativePeriod.BeforeTet);
    }

    private static Timeframe? ReadQuarter(Match m, Reading r)
    {
        int q = m.Groups["n"].Value switch { "i" or "1" => 1, "ii" or "2" => 2, "iii" or "3" => 3, _ => 4 };
        int y;
        if (m.Groups["y"].Success)
        {
            y = Number(m.Groups["y"]);
            if (m.Groups["and"].Success)
            {
                r.State.Note($"Đọc \"quý {Timeframe.Roman(q)} và năm {y}\" là quý {Timeframe.Roman(q)} năm {y}",
                    $"Read \"quý {Timeframe.Roman(q)} và năm {y}\" as quarter {q} of {y}");
            }
        }
        else
        {
            y = r.Year.CalendarYearOf(q * 3 - 2);
            r.State.InferredYear(y, r.Year);
        }
        return ValidYear(y) ? Timeframe.ForQuarter(y, q) : r.Fail($"Năm {y} không hợp lệ", $"Year {y} is not valid");
    }

    private static Timeframe? ReadHalfYear(Match m, Reading r)
    {
        int half = m.Groups["h"].Value == "dau" ? 1 : 2;
        int y;
        if (m.Groups["y"].Success)
        {
            y = Number(m.Groups["y"]);
        }
        else
        {
            y = half == 1 ? r.Year.EndYear : r.Year.StartYear;
            r.State.InferredYear(y, r.Year);
        }
        return ValidYear(y) ? Timeframe.ForHalfYear(y, half) : r.Fail($"Năm {y} không hợp lệ", $"Year {y} is not valid");
    }

    private static Timeframe? ReadMonth(Match m, Reading r)
    {
        int month = Number(m.Groups["m"]);
        if (month is < 1 or > 12)
        {
            return r.FailAt(m.Groups["m"], $"Tháng {month} không có thật", $"There is no month {month}");
        }
        int y;
        if (m.Groups["y"].Success)
        {
            y = Number(m.Groups["y"]);
        }
        else
        {
            y = r.Year.CalendarYearOf(month);
            r.State.InferredYear(y, r.Year);
        }
        return ValidYear(y) ? Timeframe.ForMonth(new YearMonth(y, month), Part(m.Groups["part"])) : r.Fail($"Năm {y} không hợp lệ", $"Year {y} is not valid");
    }

    private static Timeframe? ReadMonthList(Match m, Reading r)
    {
        CaptureCollection captures = m.Groups["m"].Captures;
        var months = new int[captures.Count];
        for (int i = 0; i < months.Length; i++)
        {
            months[i] = int.Parse(captures[i].Value, NumberStyles.None, CultureInfo.InvariantCulture);
            if (months[i] is < 1 or > 12)
            {
                return r.Fail($"Tháng {months[i]} không có thật", $"There is no month {months[i]}");
            }
        }
        var parts = new Timeframe[months.Length];
        if (m.Groups["y"].Success)
        {
            // The year written after the last month is that month's; an earlier month with a larger number is of the year before.
            int y = Number(m.Groups["y"]);
            for (int i = months.Length - 1; i >= 0; i--)
            {
                if (i < months.Length - 1 && months[i] >= months[i + 1])
                {
                    y--;
                    r.State.Note($"Tháng {months[i]} đứng trước tháng {months[i + 1]} nên lấy năm {y}",
                        $"Month {months[i]} comes before month {months[i + 1]}, so it is taken in {y}");
                }
                if (!ValidYear(y))
                {
                    return r.Fail($"Năm {y} không hợp lệ", $"Year {y} is not valid");
                }
                parts[i] = Timeframe.ForMonth(new YearMonth(y, months[i]));
            }
        }
        else
        {
            for (int i = 0; i < months.Length; i++)
            {
                int y = r.Year.CalendarYearOf(months[i]);
                r.State.InferredYear(y, r.Year);
                if (!ValidYear(y))
                {
                    return r.Fail($"Năm {y} không hợp lệ", $"Year {y} is not valid");
                }
                parts[i] = Timeframe.ForMonth(new YearMonth(y, months[i]));
                if (i > 0 && parts[i].A * 12 + parts[i].B <= parts[i - 1].A * 12 + parts[i - 1].B)
                {
                    return r.Fail($"Các tháng không theo thứ tự trong năm học {r.Year}: ghi rõ năm của từng tháng",
                        $"The months are not in order within school year {r.Year}: write each month's year");
                }
            }
        }
        return Timeframe.ForSeveral(parts);
    }

    private static Timeframe? ReadDay(Match m, Reading r)
    {
        int d = Number(m.Groups["d"]);
        int month = Number(m.Groups["m"]);
        if (month is < 1 or > 12)
        {
            return r.Fail($"Tháng {month} không có thật", $"There is no month {month}");
        }
        int y;
        if (m.Groups["y"].Success)
        {
            y = SchoolYear.ExpandYear(m.Groups["y"].Value);
        }
        else
        {
            y = r.Year.CalendarYearOf(month);
            r.State.InferredYear(y, r.Year);
        }
        if (!ValidYear(y))
        {
            return r.Fail($"Năm {y} không hợp lệ", $"Year {y} is not valid");
        }
        if (d < 1 || d > CalendarSystem.Iso.GetDaysInMonth(y, month))
        {
            return r.Fail($"Ngày {d}/{month}/{y} không có thật", $"There is no day {d}/{month}/{y}");
        }
        return Timeframe.ForDay(new LocalDate(y, month, d), r.Year);
    }

    private static Timeframe? ReadWeeks(Match m, Reading r)
    {
        int a = Number(m.Groups["a"]);
        int b = m.Groups["b"].Success ? Number(m.Groups["b"]) : a;
        if (a < 1 || b > 60 || b < a)
        {
            string weeks = a == b ? $"{a}" : $"{a}-{b}";
            return r.Fail($"Tuần {weeks} không hợp lệ (tuần 1 đến 60)", $"Week {weeks} is not valid (weeks 1 to 60)");
        }
        return Timeframe.ForTeachingWeeks(r.Year, a, b);
    }

    private static Timeframe? ReadTetDay(Match m, Reading r)
    {
        int d = Number(m.Groups["d"]);
        return d is < 1 or > 10
            ? r.Fail($"\"Mùng {d} Tết\" không hợp lệ (mùng 1 đến mùng 10; ngày khác ghi \"ngày … tháng Giêng\")",
                $"\"Mùng {d} Tết\" is not valid (days 1 to 10; write other days as \"ngày … tháng Giêng\")")
            : Timeframe.ForTetDay(r.Year, d);
    }

    private static Timeframe? ReadLunarDay(Match m, Reading r)
    {
        int d = Number(m.Groups["d"]);
        int month = m.Groups["m"].Value == "chap" ? 12 : 1;
        if (Timeframe.LunarDayExists(r.Year, month, d))
        {
            return Timeframe.ForLunarDay(r.Year, month, d);
        }
        string name = month == 12 ? "Chạp" : "Giêng";
        int length = Timeframe.LunarDayExists(r.Year, month, 30) ? 30 : 29;
        return r.Fail($"Tháng {name} năm học {r.Year} chỉ có {length} ngày: không có ngày {d} tháng {name}",
            $"Lunar month {name} of school year {r.Year} has {length} days: there is no day {d}");
    }

    private static Timeframe? ReadDeadline(Match m, Reading r)
    {
        Timeframe? bound = r.Period(m.Groups["a"]);
        if (bound is null)
        {
            return null;
        }
        if (!Timeframe.IsSingle(bound.Kind))
        {
            return r.FailAt(m.Groups["a"], "Hạn chót phải là một ngày hoặc một khoảng thời gian", "A deadline names one day or one period");
        }
        if (m.Groups["w"].Value != "truoc")
        {
            return Timeframe.ForDeadline(bound);
        }
        if (bound.Kind != TimeframeKind.Day)
        {
            string written = r.State.Written(m.Groups["a"], r.Offset);
            r.State.Note($"\"trước {written}\" đọc là hạn chót: tính cả {written} hoặc chỉ đến trước {written}, theo cách đọc hạn \"trước ngày X\" của lịch năm học",
                $"\"trước {written}\" read as a deadline: {written} itself counts or not as the calendar's reading of \"before day X\" says");
        }
        return Timeframe.Before(bound);
    }

    private static Timeframe? ReadFromOnly(Match m, Reading r)
    {
        Timeframe? from = r.Period(m.Groups["a"]);
        if (from is null)
        {
            return null;
        }
        r.State.Note("Không ghi thời gian kết thúc: đọc là đến hết năm học", "No end is written: read as until the end of the school year");
        return Timeframe.ForOpenEnd(from);
    }

    // "Tháng 10/2024 và tháng 3/2025", "ngày 11 và 12/6/2026": each piece a period; a bare day takes the next piece's month.
    private static (bool Committed, Timeframe? Value) ReadList(string f, int offset, State state)
    {
        MatchCollection separators = ListSeparator.Matches(f);
        if (separators.Count == 0)
        {
            return (false, null);
        }
        var pieces = new List<(string Text, int Offset)>(separators.Count + 1);
        int at = 0;
        foreach (Match sep in separators)
        {
            pieces.Add((f.Substring(at, sep.Index - at), offset + at));
            at = sep.Index + sep.Length;
        }
        pieces.Add((f.Substring(at), offset + at));
        if (pieces.Exists(p => p.Text.Trim().Length == 0))
        {
            return (false, null);
        }
        var parts = new Timeframe?[pieces.Count];
        int read = 0;
        for (int i = pieces.Count - 1; i >= 0; i--)
        {
            parts[i] = (i + 1 < pieces.Count ? state.TryPartialDay(pieces[i].Text, parts[i + 1]) : null)
                ?? state.TryPeriod(pieces[i].Text, pieces[i].Offset, state.Context, quiet: true);
            if (parts[i] is { } p && Timeframe.IsSingle(p.Kind))
            {
                read++;
            }
            else
            {
                parts[i] = null;
            }
        }
        if (read == pieces.Count)
        {
            return (true, Timeframe.ForSeveral(parts!));
        }
        if (read > 0)
        {
            // Some pieces read and some not: unless another production reads the text, say which piece is unread.
            int first = Array.FindIndex(parts, p => p is null);
            state.Pending(() => state.TryPeriod(pieces[first].Text, pieces[first].Offset, state.Context, quiet: false));
        }
        return (false, null);
    }

    // "25/01/2025 - 02/02/2025", "ngày 7-8/7", "Tuần 9 / Tuần 27": try each separator; "/" only between week marks.
    private static (bool Committed, Timeframe? Value) ReadSeparatedSpan(string f, int offset, State state)
    {
        int mark = state.Notes.Count;
        foreach (Match sep in SpanSeparator.Matches(f))
        {
            state.Notes.RemoveRange(mark, state.Notes.Count - mark);
            if (sep.Index == 0 || sep.Index + sep.Length >= f.Length)
            {
                continue;
            }
            string left = f.Substring(0, sep.Index);
            string right = f.Substring(sep.Index + sep.Length);
            Timeframe? to = state.TryPeriod(right, offset + sep.Index + sep.Length, state.Context, quiet: true);
            if (to is null)
            {
                continue;
            }
            Timeframe? from = state.TryPartialDay(left, to) ?? state.TryPeriod(left, offset, state.Context, quiet: true);
            if (from is null)
            {
                continue;
            }
            bool slash = sep.Value.Trim() == "/";
            if (slash && !(from.Kind == TimeframeKind.TeachingWeeks && to.Kind == TimeframeKind.TeachingWeeks))
            {
                continue;
            }
            if (slash)
            {
                state.Note("Hai mốc tuần được đọc thành khoảng từ mốc đầu đến mốc sau", "Two week marks were read as the span from the first to the second");
            }
            return (true, Timeframe.ForSpan(from, to));
        }
        return (false, null);
    }

    private static PeriodPart Part(Group g) => g.Success
        ? g.Value switch { "dau" => PeriodPart.Start, "giua" => PeriodPart.Middle, _ => PeriodPart.End }
        : PeriodPart.Whole;

    private static int Number(Group g) => int.Parse(g.Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static bool ValidYear(int y) => y >= Timeframe.MinCalendarYear && y <= Timeframe.MaxCalendarYear;

    /// <summary>Cheap facts about a folded text, for the productions' guards.</summary>
    internal readonly struct Shape
    {
        private readonly string text;

        public Shape(string text)
        {
            this.text = text;
            Digit = text.AsSpan().IndexOfAnyInRange('0', '9') >= 0;
            Dash = Digit && text.Contains('-');
        }

        public bool Digit { get; }

        public bool Dash { get; }

        public bool ListLike => text.Contains(',') || text.Contains(';') || text.Contains(" va ", StringComparison.Ordinal);

        public bool Contains(string s) => text.Contains(s, StringComparison.Ordinal);

        public bool StartsWith(string a, string? b = null)
            => text.StartsWith(a, StringComparison.Ordinal) || (b is not null && text.StartsWith(b, StringComparison.Ordinal));
    }

    /// <summary>One attempt at reading a period: the folded text, where it starts in the input, the school year, and whether to stay quiet.</summary>
    internal readonly struct Reading
    {
        public Reading(State state, string text, int offset, SchoolYear year, bool quiet)
        {
            State = state;
            Text = text;
            Offset = offset;
            Year = year;
            Quiet = quiet;
        }

        public State State { get; }

        public string Text { get; }

        public int Offset { get; }

        public SchoolYear Year { get; }

        public bool Quiet { get; }

        public Timeframe? Fail(string vi, string en) => Quiet ? null : State.Unread(Text, Offset, vi, en);

        public Timeframe? FailAt(Group g, string vi, string en) => Quiet ? null : State.Unread(g.Value, Offset + g.Index, vi, en);

        public Timeframe? Period(Group g) => State.TryPeriod(g.Value, Offset + g.Index, Year, Quiet);

        public Timeframe? Span(Group a, Group b)
        {
            Timeframe? to = Period(b);
            if (to is null)
            {
                return null;
            }
            Timeframe? from = State.TryPartialDay(a.Value, to) ?? Period(a);
            return from is null ? null : Timeframe.ForSpan(from, to);
        }

        public SchoolYear? SchoolYearOf(Group g)
        {
            ParseResult<SchoolYear> y = SchoolYear.Parse(g.Value);
            if (y.Success)
            {
                return y.Value;
            }
            FailAt(g, y.Failure!.Message.Vietnamese, y.Failure.Message.English);
            return null;
        }

        public int? CalendarYear(Group g)
        {
            int y = Number(g);
            if (ValidYear(y))
            {
                return y;
            }
            Fail($"Năm {y} không hợp lệ", $"Year {y} is not valid");
            return null;
        }
    }

    /// <summary>A production that reads one period.</summary>
    internal sealed class PeriodProduction
    {
        private readonly Func<Shape, bool> guard;
        private readonly Regex pattern;
        private readonly Func<Match, Reading, Timeframe?> read;

        public PeriodProduction(string name, Func<Shape, bool> guard, string pattern, Func<Match, Reading, Timeframe?> read, params string[] examples)
        {
            Name = name;
            this.guard = guard;
            this.pattern = R(pattern);
            this.read = read;
            Examples = examples;
        }

        public string Name { get; }

        public string Pattern => pattern.ToString();

        public IReadOnlyList<string> Examples { get; }

        /// <summary>Whether the pattern matches the whole text; if it does, the reading (or <c>null</c> and a failure).</summary>
        public bool TryRead(Shape shape, Reading reading, out Timeframe? result)
        {
            result = null;
            if (!guard(shape))
            {
                return false;
            }
            Match m = pattern.Match(reading.Text);
            if (!m.Success)
            {
                return false;
            }
            result = read(m, reading);
            return true;
        }
    }

    /// <summary>A production that reads a combination of periods.</summary>
    internal sealed class CombinationProduction
    {
        private readonly Func<Shape, bool> guard;
        private readonly Func<string, int, State, (bool Committed, Timeframe? Value)> read;

        public CombinationProduction(string name, Func<Shape, bool> guard, string pattern, Func<Match, Reading, Timeframe?> read, params string[] examples)
        {
            Name = name;
            this.guard = guard;
            Regex regex = R(pattern);
            Pattern = pattern;
            this.read = (f, offset, state) =>
            {
                Match m = regex.Match(f);
                return m.Success ? (true, read(m, new Reading(state, f, offset, state.Context, quiet: false))) : (false, null);
            };
            Examples = examples;
        }

        public CombinationProduction(string name, Func<Shape, bool> guard, Func<string, int, State, (bool Committed, Timeframe? Value)> read, params string[] examples)
        {
            Name = name;
            Pattern = string.Empty;
            this.guard = guard;
            this.read = read;
            Examples = examples;
        }

        public string Name { get; }

        /// <summary>The pattern, or empty for a production that splits the text at separators.</summary>
        public string Pattern { get; }

        public IReadOnlyList<string> Examples { get; }

        /// <summary>Whether this production takes the text; if it does, the reading (or <c>null</c> and a failure).</summary>
        public bool TryRead(Shape shape, string f, int offset, State state, out Timeframe? result)
        {
            result = null;
            if (!guard(shape))
            {
                return false;
            }
            (bool committed, Timeframe? value) = read(f, offset, state);
            result = value;
            return committed;
        }
    }

    /// <summary>What one parse has found so far: notes, the first failure, and the production that read the text.</summary>
    internal sealed class State
    {
        private readonly string normal;

        public State(string normal, SchoolYear context)
        {
            this.normal = normal;
            Context = context;
        }

        public SchoolYear Context { get; }

        public List<BilingualText> Notes { get; } = new();

        public ParseFailure? Failure { get; private set; }

        public string? Production { get; private set; }

        private ParseFailure? pending;

        /// <summary>Records the failure a reading would report, to be reported only if no other production reads the text.</summary>
        public void Pending(Action read)
        {
            ParseFailure? before = Failure;
            Failure = null;
            read();
            pending ??= Failure;
            Failure = before;
        }

        public Timeframe? Top(string f, int offset)
        {
            Timeframe? single = TryPeriod(f, offset, Context, quiet: true, top: true);
            if (single is not null)
            {
                return single;
            }
            Notes.Clear();
            var shape = new Shape(f);
            foreach (CombinationProduction c in Combinations)
            {
                if (c.TryRead(shape, f, offset, this, out Timeframe? result))
                {
                    Production = c.Name;
                    return result;
                }
                Notes.Clear();
            }
            // Nothing read the text: report the most specific failure found on the way, else that of the single-period reading.
            Failure = pending;
            if (Failure is null)
            {
                TryPeriod(f, offset, Context, quiet: false);
            }
            return null;
        }

        public Timeframe? Only(string name, string f, int offset)
        {
            foreach (PeriodProduction p in Periods.Where(p => p.Name == name))
            {
                (string text, int at) = Strip(f, offset);
                var reading = new Reading(this, text, at, Context, quiet: false);
                if (p.TryRead(new Shape(text), reading, out Timeframe? result))
                {
                    Production = p.Name;
                    return result;
                }
            }
            foreach (CombinationProduction c in Combinations.Where(c => c.Name == name))
            {
                if (c.TryRead(new Shape(f), f, offset, this, out Timeframe? result))
                {
                    Production = c.Name;
                    return result;
                }
            }
            return Unread(f, offset, $"Cách ghi \"{name}\" không đọc được", $"Production \"{name}\" does not read this");
        }

        // "7" in "ngày 7-8/7", or "24/06" in "từ 24/06 đến 27/06": take the missing parts from the finish.
        public Timeframe? TryPartialDay(string left, Timeframe? to)
        {
            if (to is null || to.Kind != TimeframeKind.Day)
            {
                return null;
            }
            Match alone = DayAlone.Match(left.Trim());
            if (!alone.Success)
            {
                return null;
            }
            int day = Number(alone.Groups["d"]);
            LocalDate end = to.DateValue;
            if (day < 1 || day > CalendarSystem.Iso.GetDaysInMonth(end.Year, end.Month))
            {
                return null;
            }
            return Timeframe.ForDay(new LocalDate(end.Year, end.Month, day), Context);
        }

        public Timeframe? TryPeriod(string raw, int offset, SchoolYear year, bool quiet, bool top = false)
        {
            (string f, int at) = Strip(raw, offset);
            if (f.Length == 0)
            {
                return quiet ? null : Unread(raw, offset, "Thiếu thời gian", "A time is missing");
            }
            var shape = new Shape(f);
            var reading = new Reading(this, f, at, year, quiet);
            foreach (PeriodProduction p in Periods)
            {
                if (p.TryRead(shape, reading, out Timeframe? result))
                {
                    if (top)
                    {
                        Production = p.Name;
                    }
                    return result;
                }
            }
            if (quiet)
            {
                return null;
            }
            if (LunarMonth.IsMatch(f))
            {
                return Unread(f, at, "Chỉ đọc được ngày âm lịch dạng \"26 tháng Chạp\", \"10 tháng Giêng\" hoặc \"mùng 5 Tết\"",
                    "Only lunar days like \"26 tháng Chạp\", \"10 tháng Giêng\" or \"mùng 5 Tết\" can be read");
            }
            return Unread(f, at, "Không đọc được thời gian", "Cannot read this as a time");
        }

        // Trims punctuation and drops a weekday ("Thứ 3,") or a filler word ("trong", "vào", "dự kiến") in front.
        private static (string Text, int Offset) Strip(string raw, int offset)
        {
            string f = raw.Trim(' ', ',', ';', '.', ':', '…', '(', ')');
            int lead = raw.IndexOf(f, StringComparison.Ordinal);
            offset += Math.Max(lead, 0);
            for (int guard = 0; guard < 4 && f.Length > 0; guard++)
            {
                Match strip = f.StartsWith("thu", StringComparison.Ordinal) || f.StartsWith("chu nhat", StringComparison.Ordinal)
                    || f.StartsWith("cn", StringComparison.Ordinal) ? Weekday.Match(f) : Match.Empty;
                if (!strip.Success && (f.StartsWith("trong", StringComparison.Ordinal) || f.StartsWith("vao", StringComparison.Ordinal)
                    || f.StartsWith("thoi gian", StringComparison.Ordinal) || f.StartsWith("du kien", StringComparison.Ordinal)))
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
            return (f, offset);
        }

        public void Note(string vi, string en)
        {
            var note = new BilingualText(vi, en);
            if (!Notes.Contains(note))
            {
                Notes.Add(note);
            }
        }

        public void InferredYear(int y, SchoolYear year) => Note($"Năm {y} lấy theo năm học {year}", $"Year {y} taken from school year {year}");

        /// <summary>The text of a group as written (the fold keeps positions).</summary>
        public string Written(Group g, int offset)
        {
            int at = offset + g.Index;
            return at >= 0 && at + g.Length <= normal.Length ? normal.Substring(at, g.Length) : g.Value;
        }

        public Timeframe? Unread(string part, int offset, string vi, string en)
        {
            // The fold keeps positions, so the unread part can be quoted from the text as written.
            string trimmed = part.Trim();
            string unread = offset >= 0 && offset + trimmed.Length <= normal.Length ? normal.Substring(offset, trimmed.Length) : trimmed;
            Failure ??= ParseFailure.Create(normal, unread, $"{vi}: \"{Shorten(unread)}\"", $"{en}: \"{Shorten(unread)}\"");
            return null;
        }

        private static string Shorten(string s) => s.Length <= 60 ? s : s.Substring(0, 60) + "…";
    }
}
