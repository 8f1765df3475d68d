using CaiTien.Domain.Frameworks;
using CaiTien.Import.Recognition;

namespace CaiTien.Import.Tests.Recognition;

public sealed class EvidenceRepairTests
{
    [Theory]
    [InlineData("[H1-1.202]", "[H1-1.2-02]")]
    [InlineData("[H11.3-16]", "[H1-1.3-16]")]
    [InlineData("[H1 1.4-02]", "[H1-1.4-02]")]
    [InlineData("[H55.2-10]", "[H5-5.2-10]")]
    [InlineData("[H1-1.1002]", "[H1-1.10-02]")]
    public void BrokenCodes_AreRepairedWhenOnlyOneReadingNamesACriterion(string broken, string repaired)
        => Assert.Equal(repaired, EvidenceRepair.TryRepair(broken, KnownFrameworks.Tt18));

    [Theory]
    [InlineData("[H1-1.10]")]
    [InlineData("[H9-9.902]")]
    [InlineData("[H1-1.2000]")]
    [InlineData("[H1-1.200]")]
    [InlineData("[Hồ sơ]")]
    public void CodesWithoutASingleReading_AreLeftAlone(string token) => Assert.Null(EvidenceRepair.TryRepair(token, KnownFrameworks.Tt18));
}
