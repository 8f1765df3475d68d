using System;
using System.Collections.Generic;
using CaiTien.Domain.Rules;

namespace CaiTien.Domain.Tests.Rules;

public sealed class MessageTemplateTests
{
    private static string Vi(MessageTemplate t, params (string Name, string Value)[] args)
    {
        var map = new Dictionary<string, string>();
        foreach (var (n, v) in args)
        {
            map[n] = v;
        }
        return t.Format(map).Vietnamese;
    }

    [Fact]
    public void Format_Placeholders_FilledAndMissingKeptAsWritten()
    {
        var t = new MessageTemplate("Tiêu chí {criterion} thiếu {x}.", "Criterion {criterion}.");
        Assert.Equal("Tiêu chí 1.1 thiếu {x}.", Vi(t, ("criterion", "1.1")));
    }

    [Fact]
    public void Format_Select_ChoosesByValueThenNoneThenOther()
    {
        var t = new MessageTemplate("Biên bản{date, select, none {} other { ngày {date}}} của {doc, select, plan {kế hoạch} other {báo cáo}}.", "x");
        Assert.Equal("Biên bản ngày 1/2/2024 của kế hoạch.", Vi(t, ("date", "1/2/2024"), ("doc", "plan")));
        Assert.Equal("Biên bản của báo cáo.", Vi(t, ("doc", "report")));
        Assert.Equal("Biên bản của báo cáo.", Vi(t, ("date", ""), ("doc", "")));
    }

    [Theory]
    [InlineData("Mở {x")]
    [InlineData("Đóng } thừa")]
    [InlineData("{x, choose, a {1} other {2}}")]
    [InlineData("{x, select, a {1}}")]
    [InlineData("{x, select, a {1} other {2}")]
    public void Constructor_MalformedTemplate_Throws(string template)
        => Assert.Throws<ArgumentException>(() => new MessageTemplate(template, "ok"));
}
