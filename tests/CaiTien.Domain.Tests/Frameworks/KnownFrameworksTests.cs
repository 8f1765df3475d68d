using System.Linq;
using CaiTien.Domain.Frameworks;
using NodaTime;

namespace CaiTien.Domain.Tests.Frameworks;

public sealed class KnownFrameworksTests
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;

    [Fact]
    public void Tt18_Standards_AreFiveWithOfficialTitles()
    {
        Assert.Equal(
            new[]
            {
                "Tổ chức và quản lý nhà trường",
                "Cán bộ quản lý, giáo viên, nhân viên và học sinh",
                "Cơ sở vật chất và thiết bị dạy học",
                "Quan hệ giữa nhà trường, gia đình và xã hội",
                "Hoạt động giáo dục và kết quả giáo dục",
            },
            Tt18.Standards.Select(s => s.Title));
        Assert.Equal(new[] { 10, 4, 6, 2, 6 }, Tt18.Standards.Select(s => s.Criteria.Count));
    }

    [Fact]
    public void Tt18_Criteria_Are28InOrder()
    {
        Assert.Equal(28, Tt18.Criteria.Count);
        Assert.Equal("1.1", Tt18.Criteria[0].Id.ToString());
        Assert.Equal("1.10", Tt18.Criteria[9].Id.ToString());
        Assert.Equal("5.6", Tt18.Criteria[27].Id.ToString());
        Assert.True(Tt18.Criteria.Zip(Tt18.Criteria.Skip(1)).All(p => p.First.Id < p.Second.Id));
    }

    [Fact]
    public void Tt18_HighestLevelMuc2_IsExactlyTheEightCriteria()
    {
        var atTwo = Tt18.Criteria.Where(c => c.HighestLevel == Level.Two).Select(c => c.Id.ToString());
        Assert.Equal(new[] { "1.2", "1.7", "1.8", "1.9", "1.10", "3.4", "5.3", "5.4" }, atTwo);
        Assert.All(Tt18.Criteria.Where(c => !atTwo.Contains(c.Id.ToString())), c => Assert.Equal(Level.Three, c.HighestLevel));
    }

    [Fact]
    public void Tt18_Level4Items_AreSixClausesAtMuc4()
    {
        Assert.Equal(6, Tt18.AdditionalRequirements.Count);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, Tt18.AdditionalRequirements.Select(a => a.Clause));
        Assert.All(Tt18.AdditionalRequirements, a => Assert.Equal(Level.Four, a.Level));
    }

    [Fact]
    public void Tt18_Metadata_IsTheCircular()
    {
        Assert.Equal("tt18-2018", Tt18.Id.Value);
        Assert.Equal("Thông tư 18/2018/TT-BGDĐT", Tt18.LegalDocument);
        Assert.Equal(new LocalDate(2018, 8, 22), Tt18.IssuedOn);
        Assert.Equal(new LocalDate(2018, 10, 10), Tt18.EffectiveFrom);
        Assert.Equal(new LocalDate(2025, 1, 24), Tt18.EffectiveUntil);
        Assert.Equal(4, Tt18.LevelCount);
        Assert.IsType<AllCriteriaCumulativeRule>(Tt18.Rule);
        Assert.Equal(new[] { SchoolType.LowerSecondary, SchoolType.UpperSecondary, SchoolType.MultiLevel }, Tt18.SchoolTypes);
    }

    [Fact]
    public void Tt18_IndicatorOrdinals_AreDenseAndMatchLookup()
    {
        for (int i = 0; i < Tt18.IndicatorCount; i++)
        {
            Assert.Equal(i, Tt18.GetIndicator(i).Ordinal);
        }
    }
}
