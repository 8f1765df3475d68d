using CaiTien.Domain.Frameworks;
using NodaTime;

namespace CaiTien.Domain.Tests.Frameworks;

public sealed class FrameworkCatalogTests
{
    [Theory]
    [InlineData(2018, 10, 10, SchoolType.LowerSecondary, "tt18-2018")]
    [InlineData(2023, 5, 15, SchoolType.UpperSecondary, "tt18-2018")]
    [InlineData(2025, 1, 24, SchoolType.LowerSecondary, "tt18-2018")]
    [InlineData(2025, 1, 25, SchoolType.LowerSecondary, "tt18-2018-tt22-2024")]
    [InlineData(2026, 7, 6, SchoolType.MultiLevel, "tt18-2018-tt22-2024")]
    [InlineData(2026, 7, 7, SchoolType.LowerSecondary, "tt57-2026")]
    [InlineData(2031, 5, 1, SchoolType.UpperSecondary, "tt57-2026")]
    [InlineData(2018, 10, 9, SchoolType.LowerSecondary, null)]
    [InlineData(2023, 5, 15, SchoolType.Primary, null)]
    [InlineData(2026, 9, 5, SchoolType.Primary, "tt57-2026")]
    [InlineData(2026, 9, 5, SchoolType.Preschool, null)]
    public void FindInForce_DateAndSchoolType_ReturnsVersionInForce(int y, int m, int d, SchoolType type, string? expected)
    {
        var found = FrameworkCatalog.Default.FindInForce(new LocalDate(y, m, d), type);
        Assert.Equal(expected, found?.Id.Value);
    }

    [Fact]
    public void FindInForce_SuccessorAdded_PrefersLaterVersion()
    {
        var successor = Tt57Like.Build();
        var catalog = new FrameworkCatalog(new[] { KnownFrameworks.Tt18, KnownFrameworks.Tt18AmendedByTt22, successor });
        Assert.Equal("tt18-2018-tt22-2024", catalog.FindInForce(new LocalDate(2026, 7, 6), SchoolType.LowerSecondary)!.Id.Value);
        Assert.Equal("tt57-2026", catalog.FindInForce(new LocalDate(2026, 9, 5), SchoolType.LowerSecondary)!.Id.Value);
        Assert.Same(successor, catalog.Find(new FrameworkId("tt57-2026")));
    }
}
