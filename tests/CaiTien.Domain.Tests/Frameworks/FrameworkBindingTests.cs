using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Frameworks;
using NodaTime;
using Xunit.Abstractions;

namespace CaiTien.Domain.Tests.Frameworks;

/// <summary>
/// The binding rule: the version in force on the issue date when it lies in the school year (1/8–31/7), else on the
/// year's opening day; a clear failure naming the gap when no shipped version is in force.
/// </summary>
public sealed class FrameworkBindingTests
{
    private static readonly FrameworkCatalog Catalog = FrameworkCatalog.Default;
    private readonly ITestOutputHelper output;

    public FrameworkBindingTests(ITestOutputHelper output) => this.output = output;

    [Theory]
    [InlineData(2018, null, null)]
    [InlineData(2018, "2018-10-09", null)]
    [InlineData(2018, "2018-10-10", "tt18-2018")]
    [InlineData(2021, null, "tt18-2018")]
    [InlineData(2023, null, "tt18-2018")]
    [InlineData(2023, "2023-09-20", "tt18-2018")]
    [InlineData(2024, null, "tt18-2018")]
    [InlineData(2024, "2024-09-30", "tt18-2018")]
    [InlineData(2024, "2025-01-24", "tt18-2018")]
    [InlineData(2024, "2025-01-25", "tt18-2018-tt22-2024")]
    [InlineData(2024, "2025-07-31", "tt18-2018-tt22-2024")]
    [InlineData(2025, null, "tt18-2018-tt22-2024")]
    [InlineData(2025, "2026-07-06", "tt18-2018-tt22-2024")]
    [InlineData(2025, "2026-07-07", "tt57-2026")]
    [InlineData(2026, null, "tt57-2026")]
    [InlineData(2026, "2026-06-20", "tt57-2026")]
    [InlineData(2026, "2026-09-28", "tt57-2026")]
    [InlineData(2030, null, "tt57-2026")]
    public void Bind_SchoolYearAndIssueDate_GivesTheVersion(int startYear, string? issued, string? expected)
    {
        LocalDate? date = issued is null ? null : NodaTime.Text.LocalDatePattern.Iso.Parse(issued).Value;
        FrameworkBinding binding = Catalog.Bind(new SchoolYear(startYear), date, SchoolType.LowerSecondary);
        Assert.Equal(expected, binding.Framework?.Id.Value);
    }

    [Fact]
    public void Bind_2018_2019WithoutDate_FailsNamingTheGapAndTheWayOut()
    {
        FrameworkBinding binding = Catalog.Bind(new SchoolYear(2018), null, SchoolType.LowerSecondary);
        Assert.False(binding.Success);
        Assert.Equal(BindingBasis.SchoolYearOpening, binding.Basis);
        Assert.Equal(new LocalDate(2018, 9, 5), binding.Date);
        Assert.Contains("trước Thông tư 18/2018/TT-BGDĐT (hiệu lực từ 10/10/2018)", binding.Explanation.Vietnamese);
        Assert.Contains("give the issue date (from 10/10/2018) to bind to tt18-2018", binding.Explanation.English);
    }

    [Fact]
    public void Bind_2024_2025_SpansTheTt22Change_NotesIt()
    {
        FrameworkBinding binding = Catalog.Bind(new SchoolYear(2024), new LocalDate(2024, 10, 1), SchoolType.UpperSecondary);
        Assert.Equal("tt18-2018", binding.Framework!.Id.Value);
        Assert.Equal(BindingBasis.IssueDate, binding.Basis);
        var note = Assert.Single(binding.Notes);
        Assert.Contains("tt18-2018-tt22-2024", note.Vietnamese);
        Assert.Contains("25/01/2025", note.Vietnamese);
    }

    [Fact]
    public void Bind_2026_2027_OpeningIsProvisional_SaysSo()
    {
        FrameworkBinding binding = Catalog.Bind(new SchoolYear(2026), null, SchoolType.LowerSecondary);
        Assert.Equal("tt57-2026", binding.Framework!.Id.Value);
        Assert.Equal(new LocalDate(2026, 9, 5), binding.Date);
        Assert.Contains(binding.Notes, n => n.Vietnamese.Contains("tạm tính"));
    }

    [Fact]
    public void Bind_IssueDateBeforeTheYear_UsesOpeningAndSaysWhy()
    {
        FrameworkBinding binding = Catalog.Bind(new SchoolYear(2026), new LocalDate(2026, 6, 20), SchoolType.LowerSecondary);
        Assert.Equal(BindingBasis.SchoolYearOpening, binding.Basis);
        Assert.Contains(binding.Notes, n => n.English.Contains("20/06/2026 lies outside school year 2026-2027"));
    }

    [Theory]
    [InlineData(SchoolType.Primary, "before Thông tư 57/2026/TT-BGDĐT")]
    [InlineData(SchoolType.Preschool, "the catalog has no version for this school type")]
    public void Bind_SchoolTypeWithoutVersionBefore2026_FailsNamingTheGap(SchoolType type, string expected)
    {
        FrameworkBinding binding = Catalog.Bind(new SchoolYear(2023), null, type);
        Assert.False(binding.Success);
        Assert.Contains(expected, binding.Explanation.English);
    }

    /// <summary>
    /// Every school year from 2018-2019 to 2030-2031, with no date and with a date on the 1st and 15th of every month
    /// from June before to September after: exactly one version in force on the binding date, or a failure that names
    /// a regulation or a date.
    /// </summary>
    [Fact]
    public void Bind_EveryYear2018To2030_ExactlyOneVersionOrANamedGap()
    {
        var counts = new SortedDictionary<string, int>();
        for (int start = 2018; start <= 2030; start++)
        {
            var year = new SchoolYear(start);
            var dates = new List<LocalDate?> { null };
            for (var d = new LocalDate(start, 6, 1); d <= new LocalDate(start + 1, 9, 15); d = d.Day == 1 ? d.PlusDays(14) : d.PlusMonths(1).PlusDays(-14))
            {
                dates.Add(d);
            }
            foreach (SchoolType type in new[] { SchoolType.LowerSecondary, SchoolType.UpperSecondary, SchoolType.MultiLevel })
            {
                foreach (LocalDate? issued in dates)
                {
                    FrameworkBinding binding = Catalog.Bind(year, issued, type);
                    Assert.True(year.Contains(binding.Date));
                    var inForce = Catalog.Frameworks.Where(f => f.IsInForceOn(binding.Date) && f.AppliesTo(type)).ToList();
                    if (binding.Success)
                    {
                        Assert.Equal(inForce.Single(), binding.Framework);
                        Assert.Equal(issued is { } i && year.Contains(i) ? BindingBasis.IssueDate : BindingBasis.SchoolYearOpening, binding.Basis);
                    }
                    else
                    {
                        Assert.Empty(inForce);
                        Assert.Matches(@"Thông tư [0-9]+/[0-9]{4}|[0-9]{2}/[0-9]{2}/[0-9]{4}", binding.Explanation.Vietnamese);
                    }
                    string key = $"{year} {binding.Framework?.Id.Value ?? "(gap)"}";
                    counts[key] = counts.GetValueOrDefault(key) + 1;
                }
            }
        }
        foreach (var (key, count) in counts)
        {
            output.WriteLine($"{key}: {count}");
        }
        // Every version and the one gap (2018-2019 before 10/10/2018) occur.
        Assert.Contains(counts.Keys, k => k.EndsWith("(gap)"));
        Assert.All(Catalog.Frameworks, f => Assert.Contains(counts.Keys, k => k.EndsWith(" " + f.Id.Value)));
    }
}
