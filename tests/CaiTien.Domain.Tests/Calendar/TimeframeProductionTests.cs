using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Calendar;

namespace CaiTien.Domain.Tests.Calendar;

/// <summary>
/// The parser is a table of named productions, each with the phrases it reads. Each example must be read by its own
/// production alone, and the whole parser must give the same reading through that production (no earlier production
/// takes it over).
/// </summary>
public sealed class TimeframeProductionTests
{
    private static readonly SchoolYear Y2324 = new(2023);

    public static IEnumerable<object[]> Examples()
        => TimeframeParser.Productions.SelectMany(p => p.Examples.Select(e => new object[] { p.Name, e }));

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_IsReadByItsOwnProduction(string production, string example)
    {
        var alone = TimeframeParser.Parse(example, Y2324, only: production, out _);
        var whole = TimeframeParser.Parse(example, Y2324, only: null, out string? used);

        Assert.True(alone.Success, $"{production} alone: {alone.Failure}");
        Assert.True(whole.Success, $"parser: {whole.Failure}");
        Assert.Equal(production, used);
        Assert.Equal(alone.Value, whole.Value);
    }

    [Fact]
    public void Table_NamesAreDistinctAndEveryProductionHasExamples()
    {
        var names = TimeframeParser.Productions.Select(p => p.Name).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(TimeframeParser.Productions, p => Assert.NotEmpty(p.Examples));
    }

    [Theory]
    [InlineData("month", "HKI")]
    [InlineData("semester", "tháng 9/2023")]
    [InlineData("deadline", "từ tháng 9 đến tháng 10")]
    [InlineData("list", "25/01/2025 - 02/02/2025")]
    public void Production_DoesNotReadAnotherProductionsPhrase(string production, string text)
    {
        var result = TimeframeParser.Parse(text, Y2324, only: production, out _);

        Assert.False(result.Success);
        Assert.NotEmpty(result.Failure!.UnreadText);
    }
}
