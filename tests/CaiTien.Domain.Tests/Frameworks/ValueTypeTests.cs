using System.Linq;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Tests.Frameworks;

public sealed class ValueTypeTests
{
    [Theory]
    [InlineData("1.1", "1.1", 0)]
    [InlineData("1.10", "1.10", 0)]
    [InlineData("Tiêu chí 1.10", "1.10", 0)]
    [InlineData("tiêu chí 1.10:", "1.10", 0)]
    [InlineData("TC 3.3", "3.3", 0)]
    [InlineData("2. 4", "2.4", 1)]
    [InlineData("Tiêu chí 2. 4", "2.4", 1)]
    [InlineData("Tiêu chuẩn 3.3", "3.3", 1)]
    [InlineData("  Tiêu  chí\u00A05.6 ", "5.6", 0)]
    public void CriterionIdParse_DocumentSpellings_ReadsWithNotes(string text, string expected, int notes)
    {
        var result = CriterionId.Parse(text);
        Assert.True(result.Success, result.ToString());
        Assert.Equal(expected, result.Value.ToString());
        Assert.Equal(notes, result.Notes.Count);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("Tiêu chuẩn 3")]
    [InlineData("1.100")]
    [InlineData("0.1")]
    [InlineData("abc")]
    public void CriterionIdParse_NotACriterion_FailsWithMessage(string text)
    {
        var result = CriterionId.Parse(text);
        Assert.False(result.Success);
        Assert.Contains("tiêu chí", result.Failure!.Message.Vietnamese);
    }

    [Fact]
    public void CriterionIdParse_StandardLabel_NoteSaysItIsACriterion()
    {
        var result = CriterionId.Parse("Tiêu chuẩn 3.3");
        Assert.Contains("tiêu chí 3.3", result.Notes.Single().Vietnamese);
        Assert.True(CriterionId.IsLabelledAsStandard("Tiêu chuẩn 3.3"));
        Assert.False(CriterionId.IsLabelledAsStandard("Tiêu chí 3.3"));
    }

    [Fact]
    public void CriterionId_Ordering_IsNumericNotTextual()
    {
        Assert.True(new CriterionId(1, 2) < new CriterionId(1, 10));
        Assert.True(new CriterionId(1, 10) < new CriterionId(2, 1));
    }

    [Theory]
    [InlineData("Mức 3", 3)]
    [InlineData("mức 3", 3)]
    [InlineData("MỨC 1", 1)]
    [InlineData("M3", 3)]
    [InlineData("4", 4)]
    [InlineData("Mức III", 3)]
    public void LevelParse_Spellings_Reads(string text, int expected)
        => Assert.Equal(expected, Level.Parse(text).Value.Value);

    [Theory]
    [InlineData("Mức 5")]
    [InlineData("Mức 0")]
    [InlineData("")]
    [InlineData("Cấp độ 2")]
    public void LevelParse_NotALevel_Fails(string text) => Assert.False(Level.Parse(text).Success);

    [Theory]
    [InlineData("[H1-1.1-01]", 1, "1.1", 1)]
    [InlineData("H2-3.10-12", 2, "3.10", 12)]
    [InlineData("[h1 - 1.1 - 01]", 1, "1.1", 1)]
    public void EvidenceCodeParse_Variants_Reads(string text, int box, string criterion, int item)
    {
        var code = EvidenceCode.Parse(text).Value;
        Assert.Equal(box, code.Box);
        Assert.Equal(criterion, code.Criterion.ToString());
        Assert.Equal(item, code.Item);
    }

    [Theory]
    [InlineData("MC.1.1.01", "1.1", 1)]
    [InlineData("(MC.1.3.12)", "1.3", 12)]
    [InlineData("mc . 4.2 . 7", "4.2", 7)]
    public void EvidenceCodeParse_Tt57Form_ReadsWithoutBox(string text, string criterion, int item)
    {
        var code = EvidenceCode.Parse(text).Value;
        Assert.Equal(EvidenceCodeForm.Mc, code.Form);
        Assert.Equal(0, code.Box);
        Assert.Equal(criterion, code.Criterion.ToString());
        Assert.Equal(item, code.Item);
    }

    [Theory]
    [InlineData("MC.1.1")]
    [InlineData("MC-1.1-01")]
    [InlineData("[MC.1.1.01]")]
    [InlineData("H1-1.1")]
    [InlineData("MC.0.1.01")]
    [InlineData("MC.１.1.01")]
    public void EvidenceCodeParse_Malformed_FailsNamingBothForms(string text)
    {
        var result = EvidenceCode.Parse(text);
        Assert.False(result.Success);
        Assert.Contains("MC.1.1.01", result.Failure!.Message.Vietnamese);
    }

    [Fact]
    public void EvidenceCode_FormsDiffer_EvenForTheSameCriterionAndItem()
    {
        Assert.NotEqual(EvidenceCode.Mc(new CriterionId(1, 1), 1), new EvidenceCode(1, new CriterionId(1, 1), 1));
        Assert.Equal("MC.1.1.01", EvidenceCode.Mc(new CriterionId(1, 1), 1).ToString());
        Assert.Equal(EvidenceCodeForm.Boxed, default(EvidenceCode).Form);
    }

    [Fact]
    public void EvidenceCode_Format_IsBracketedWithTwoDigitItem()
        => Assert.Equal("[H1-1.1-01]", new EvidenceCode(1, new CriterionId(1, 1), 1).ToString());

    [Theory]
    [InlineData("a", 'a')]
    [InlineData("b)", 'b')]
    [InlineData("(c)", 'c')]
    [InlineData("*", '*')]
    public void IndicatorKeyParse_Variants_Reads(string text, char expected)
        => Assert.Equal(expected, IndicatorKey.Parse(text).Value.Value);

    [Theory]
    [InlineData("Tiêu chuẩn 3", 3)]
    [InlineData("tiêu chuẩn 5:", 5)]
    [InlineData("2", 2)]
    public void StandardNumberParse_Variants_Reads(string text, int expected)
        => Assert.Equal(expected, StandardNumber.Parse(text).Value.Value);
}
