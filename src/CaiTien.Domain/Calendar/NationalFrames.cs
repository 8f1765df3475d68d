using System.Collections.Generic;
using NodaTime;

namespace CaiTien.Domain.Calendar;

/// <summary>
/// The national frames for 2017-2018 to 2025-2026 from the Ministry's decisions, and provisional frames for other
/// years built from the usual pattern (opening 5/9, 35 weeks, semester I ends before 18/1, year ends before 31/5).
/// </summary>
public static class NationalFrames
{
    /// <summary>The first school year with a known frame.</summary>
    public static SchoolYear FirstKnown => new(2017);

    /// <summary>The last school year with a known frame.</summary>
    public static SchoolYear LastKnown => new(2025);

    private static readonly NationalFrame[] Known = Build();

    /// <summary>The frame for a school year: the Ministry's when known, otherwise a provisional one.</summary>
    /// <param name="year">The school year.</param>
    /// <returns>The frame.</returns>
    public static NationalFrame Get(SchoolYear year)
    {
        int index = year.StartYear - FirstKnown.StartYear;
        return index >= 0 && index < Known.Length ? Known[index] : Provisional(year);
    }

    private static NationalFrame Provisional(SchoolYear year)
    {
        int a = year.StartYear;
        int b = year.EndYear;
        return new NationalFrame(year, "Chưa có quyết định khung kế hoạch thời gian năm học (tạm tính)", null, null,
            new LocalDate(a, 9, 5), new LocalDate(b, 1, 18), null, new LocalDate(b, 5, 31), new LocalDate(b, 6, 30),
            new LocalDate(b, 7, 31), 18, 17, null, Tet(b), isProvisional: true,
            new[] { "Provisional: no decision known; built from the usual pattern (opening 5/9, 35 weeks, end before 31/5)." });
    }

    // Tết comes from the lunar calendar; the reference's table of Tết dates is the test of that computation.
    private static LocalDate Tet(int year) => LunarCalendar.NewYear(year);

    private static NationalFrame[] Build()
    {
        static LocalDate D(int y, int m, int d) => new(y, m, d);
        static DateInterval I(LocalDate a, LocalDate b) => new(a, b);
        const string standing = "QĐ 2071/QĐ-BGDĐT";
        return new[]
        {
            new NationalFrame(new SchoolYear(2017), standing, D(2017, 6, 16), D(2017, 8, 1), D(2017, 9, 5), D(2018, 1, 20), D(2018, 5, 25),
                D(2018, 5, 31), D(2018, 6, 15), D(2018, 7, 31), 19, 18, null, Tet(2018), false,
                new[] { "Standing frame from 2017-2018.", "Semester I deadline 20/1 not verified." }),
            new NationalFrame(new SchoolYear(2018), standing, D(2017, 6, 16), D(2018, 8, 1), D(2018, 9, 5), D(2019, 1, 20), D(2019, 5, 25),
                D(2019, 5, 31), D(2019, 6, 15), D(2019, 7, 31), 19, 18, I(D(2019, 6, 25), D(2019, 6, 27)), Tet(2019), false,
                new[] { "Standing frame from 2017-2018.", "Semester I deadline 20/1 not verified." }),
            new NationalFrame(new SchoolYear(2019), standing + ", sửa đổi bởi QĐ 514 (22/2/2020) và QĐ 736 (13/3/2020)", D(2020, 3, 13),
                D(2019, 8, 1), D(2019, 9, 5), D(2020, 1, 20), D(2020, 7, 11), D(2020, 7, 15), D(2020, 7, 31), D(2020, 8, 15), 19, 18,
                I(D(2020, 8, 9), D(2020, 8, 10)), Tet(2020), false,
                new[] { "Changed for COVID-19 by QĐ 514/QĐ-BGDĐT and QĐ 736/QĐ-BGDĐT." }),
            new NationalFrame(new SchoolYear(2020), "QĐ 2084/QĐ-BGDĐT", null, D(2020, 9, 1), D(2020, 9, 5), D(2021, 1, 16), D(2021, 5, 25),
                D(2021, 5, 31), D(2021, 6, 15), D(2021, 7, 31), 18, 17, I(D(2021, 7, 7), D(2021, 7, 8)), Tet(2021), false,
                new[] { "Decision date not verified." }),
            new NationalFrame(new SchoolYear(2021), "QĐ 2551/QĐ-BGDĐT", D(2021, 8, 4), D(2021, 9, 1), D(2021, 9, 5), D(2022, 1, 16), D(2022, 5, 25),
                D(2022, 5, 31), D(2022, 6, 30), D(2022, 7, 31), 18, 17, I(D(2022, 7, 7), D(2022, 7, 8)), Tet(2022), false,
                new[] { "Lớp 1 report day 23/8/2021." }),
            new NationalFrame(new SchoolYear(2022), "QĐ 2159/QĐ-BGDĐT", D(2022, 8, 5), null, D(2022, 9, 5), D(2023, 1, 15), D(2023, 5, 25),
                D(2023, 5, 31), D(2023, 6, 30), D(2023, 7, 31), 18, 17, I(D(2023, 6, 28), D(2023, 6, 29)), Tet(2023), false,
                new[] { "Report day one week before opening (lớp 1: two weeks)." }),
            new NationalFrame(new SchoolYear(2023), "QĐ 2171/QĐ-BGDĐT", D(2023, 7, 28), null, D(2023, 9, 5), D(2024, 1, 15), D(2024, 5, 25),
                D(2024, 5, 31), D(2024, 6, 30), D(2024, 7, 31), 18, 17, I(D(2024, 6, 27), D(2024, 6, 28)), Tet(2024), false,
                new[] { "Report day one week before opening (lớp 1: two weeks)." }),
            new NationalFrame(new SchoolYear(2024), "QĐ 2045/QĐ-BGDĐT", D(2024, 8, 1), null, D(2024, 9, 5), D(2025, 1, 18), null,
                D(2025, 5, 31), D(2025, 6, 30), D(2025, 7, 31), 18, 17, I(D(2025, 6, 26), D(2025, 6, 27)), Tet(2025), false,
                new[] { "Report day one week before opening (lớp 1: two weeks).", "Single end-of-year deadline." }),
            new NationalFrame(new SchoolYear(2025), "QĐ 2269/QĐ-BGDĐT", D(2025, 8, 11), null, D(2025, 9, 5), D(2026, 1, 18), null,
                D(2026, 5, 31), D(2026, 6, 30), D(2026, 7, 31), 18, 17, I(D(2026, 6, 11), D(2026, 6, 12)), Tet(2026), false,
                new[] { "Report day one week before opening (lớp 1, 9 and 12: two weeks).", "Graduation exam planned." }),
        };
    }
}
