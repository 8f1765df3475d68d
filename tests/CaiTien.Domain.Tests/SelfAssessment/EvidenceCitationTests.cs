using System.Linq;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.SelfAssessment;

namespace CaiTien.Domain.Tests.SelfAssessment;

public sealed class EvidenceCitationTests
{
    [Fact]
    public void Scan_FindsEveryBracketedCode_WellFormedOrNot()
    {
        var found = EvidenceCitation.Scan("a) Có kế hoạch. [H1-1.1-01];[H1-1.202]; [ h2 - 2.1 - 3 ] và [H11.3-16].");
        Assert.Equal(new[] { "[H1-1.1-01]", "[H1-1.202]", "[ h2 - 2.1 - 3 ]", "[H11.3-16]" }, found.Select(c => c.Text));
        Assert.Equal(new bool[] { true, false, true, false }, found.Select(c => c.IsWellFormed));
        Assert.Equal(new EvidenceCode(2, new CriterionId(2, 1), 3), found[2].Code);
    }

    [Theory]
    [InlineData("Điều 27 [1] của Luật")]
    [InlineData("[Heading1] Phần I")]
    [InlineData("theo mẫu [Hồ sơ 01]")]
    [InlineData("không có mã")]
    public void Scan_IgnoresBracketsThatAreNotEvidence(string text) => Assert.Empty(EvidenceCitation.Scan(text));

    [Fact]
    public void Description_ReadsTheIndicatorLettersItWalksThrough()
    {
        var description = new LevelDescription(Level.One, "a) Có văn bản. [H1-1.1-01]; b) Được phê duyệt; c) Công khai trên website");
        Assert.Equal("abc", string.Concat(description.DescribedIndicators.Select(k => k.Value)));
        // A letter after a plain space counts when a capital opens what follows (the school left out the full stop).
        var unpunctuated = new LevelDescription(Level.One, "a) Đủ phòng học. b) Thiết bị cũ, không đáp ứng yêu cầu học tập c) Có phòng truyền thống.");
        Assert.Equal("abc", string.Concat(unpunctuated.DescribedIndicators.Select(k => k.Value)));
        Assert.Single(description.Evidence);
    }

    [Theory]
    [InlineData("Theo Điều 27 (khoản 2) và mục b) của quy định")]
    [InlineData("Nhà trường có 3 tổ, xem phụ lục a)")]
    [InlineData("theo khoản 2 điểm c) của Điều lệ")]
    public void Description_DoesNotTakeLettersInsideASentenceForIndicators(string text)
        => Assert.Empty(new LevelDescription(Level.One, text).DescribedIndicators);
}
