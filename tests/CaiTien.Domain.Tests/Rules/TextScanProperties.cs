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
        => Prop.ForAll(Texts(), Texts(), (a, b) => TextScan.SameWords(a, b) == (Words(a) == Words(b)));

    [Property(MaxTest = 1000)]
    public Property SameWords_TrueForPunctuationAndCaseVariants()
        => Prop.ForAll(Texts(), a =>
        {
            string variant = "- " + a.ToUpperInvariant().Replace(" ", "  ").Replace(",", " ,") + " .";
            return TextScan.SameWords(a, variant) == (Words(a) == Words(variant));
        });

    // The reference definition: both texts reduced to their words (folded letters and digits, single-spaced).
    private static string Words(string text)
    {
        string folded = CaiTien.Domain.Text.VietnameseText.Fold(text);
        var builder = new System.Text.StringBuilder(folded.Length);
        bool space = false;
        foreach (char c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (space && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                builder.Append(c);
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return builder.ToString();
    }

    [Fact]
    public void SameWords_CorpusCopy_Detected()
    {
        Assert.True(TextScan.SameWords("- Từ đầu năm học, hiệu trưởng chỉ đạo TTCM thông nhất với GV", "Từ đầu năm học, hiệu trưởng chỉ đạo TTCM thống nhất với GV"));
        Assert.False(TextScan.SameWords("Đã xây dựng kế hoạch", "Xây dựng kế hoạch"));
        Assert.False(TextScan.SameWords("ab cd", "abcd"));
    }
}
