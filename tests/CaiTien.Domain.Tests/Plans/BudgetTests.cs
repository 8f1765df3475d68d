using CaiTien.Domain.Plans;

namespace CaiTien.Domain.Tests.Plans;

public sealed class BudgetTests
{
    [Theory]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("9.223.372.036 tỷ", 9_223_372_036_000_000_000)]
    [InlineData("0000000000000000000000000005 đồng", 5)]
    public void Parse_AmountsAtTheLimit(string text, long expected) => Assert.Equal(expected, Budget.Parse(text).Value);

    // Regression: a 30-digit budget threw OverflowException from Budget.Parse, so the check threw and the service answered INTERNAL.
    [Theory]
    [InlineData("123456789012345678901234567890")]
    [InlineData("123456789012345678901234567890 đồng")]
    [InlineData("9223372036854775808")]
    [InlineData("99999999999999999999 tỷ")]
    [InlineData("10000000000 tỷ")]
    [InlineData("999.999.999.999.999.999.999.999.999.999.999 đồng")]
    public void Parse_HugeAmounts_FailAsTooLarge(string text)
    {
        var result = Budget.Parse(text);
        Assert.False(result.Success);
        Assert.Contains("quá lớn", result.Failure!.Message.Vietnamese);
    }

    [Theory]
    [InlineData("-5.000.000 đồng", "âm")]
    [InlineData("năm triệu", "không đọc được")]
    [InlineData("５ triệu", "không đọc được")]
    public void Parse_Unreadable_FailsWithReason(string text, string reason)
        => Assert.Contains(reason, Budget.Parse(text).Failure!.Message.Vietnamese);
}
