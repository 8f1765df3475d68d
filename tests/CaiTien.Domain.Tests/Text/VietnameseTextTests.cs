using System.Text;
using CaiTien.Domain.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CaiTien.Domain.Tests.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Hằng năm", "hang nam")]
    [InlineData("Đầu năm học", "dau nam hoc")]
    [InlineData("HỌC KỲ  I", "hoc ky i")]
    [InlineData("năm học 2023 – 2024", "nam hoc 2023 - 2024")]
    public void Fold_VariantSpellings_Match(string text, string folded) => Assert.Equal(folded, VietnameseText.Fold(text));

    [Fact]
    public void Normalize_DecomposedInput_ComposedOutput()
    {
        string decomposed = "Hằng năm".Normalize(NormalizationForm.FormD);
        Assert.Equal("Hằng năm", VietnameseText.Normalize(decomposed));
        Assert.True(VietnameseText.Normalize(decomposed).IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Normalize_CleanText_ReturnsSameInstance()
    {
        string clean = "Tiêu chí 1.10: Đảm bảo an ninh trật tự";
        Assert.Same(clean, VietnameseText.Normalize(clean));
    }

    private static readonly char[] Alphabet = "aăâđeêoôơuưyAĐÊạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ  \u00A0\t\u2013-,.\u0300\u0301\u0303\u0309\u0323".ToCharArray();

    // The fast path must never change the result: normalising is idempotent, NFC, single-spaced and trimmed.
    [Property(MaxTest = 2000)]
    public Property Normalize_IsIdempotentNfcAndSingleSpaced()
        => Prop.ForAll(Gen.Elements(Alphabet).ArrayOf().Select(c => new string(c)).ToArbitrary(), text =>
        {
            string once = VietnameseText.Normalize(text);
            return once == VietnameseText.Normalize(once) && once.IsNormalized(NormalizationForm.FormC)
                && !once.Contains("  ") && once == once.Trim() && !once.Contains('\u2013') && !once.Contains('\u00A0')
                && once == VietnameseText.Normalize(text.Normalize(NormalizationForm.FormD));
        });
}
