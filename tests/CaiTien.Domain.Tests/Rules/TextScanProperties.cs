using System.Linq;
using CaiTien.Domain.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CaiTien.Domain.Tests.Rules;

public sealed class TextScanProperties
{
    private static readonly char[] Alphabet = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĐÊỨạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ0123456789 ,.;-–()\n\t".ToCharArray();

    private static Arbitrary<string> Texts()
        => Gen.Elements(Alphabet).ArrayOf().Select(c => new string(c)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property SameWords_AgreesWithComparingWords()
        => Prop.ForAll(Texts(), Texts(), (a, b) => TextScan.SameWords(a, b) == (TextScan.Words(a) == TextScan.Words(b)));

    [Property(MaxTest = 1000)]
    public Property SameWords_TrueForPunctuationAndCaseVariants()
        => Prop.ForAll(Texts(), a =>
        {
            string variant = "- " + a.ToUpperInvariant().Replace(" ", "  ").Replace(",", " ,") + " .";
            return TextScan.SameWords(a, variant) == (TextScan.Words(a) == TextScan.Words(variant));
        });

    [Fact]
    public void SameWords_CorpusCopy_Detected()
    {
        Assert.True(TextScan.SameWords("- Từ đầu năm học, hiệu trưởng chỉ đạo TTCM thông nhất với GV", "Từ đầu năm học, hiệu trưởng chỉ đạo TTCM thống nhất với GV"));
        Assert.False(TextScan.SameWords("Đã xây dựng kế hoạch", "Xây dựng kế hoạch"));
        Assert.False(TextScan.SameWords("ab cd", "abcd"));
    }
}
