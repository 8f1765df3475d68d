using System.IO;
using System.Linq;
using CaiTien.Domain.Rules;

namespace CaiTien.Domain.Tests.Rules;

/// <summary>docs/rules.md is generated from the rules and must not go stale. The test never writes it.</summary>
public sealed class RulesDocumentTests
{
    private static readonly string Committed = Fixture.PathOf("../../../../../../docs/rules.md");

    [Fact]
    public void RulesMd_IsWhatTheRulesGenerate()
    {
        string expected = RulesDocument.Generate();
        string actual = File.ReadAllText(Committed).Replace("\r\n", "\n");
        if (actual != expected)
        {
            string fresh = Path.Combine(System.AppContext.BaseDirectory, "rules.md.generated");
            File.WriteAllText(fresh, expected);
            Assert.Fail($"docs/rules.md is stale. Review and copy the generated text: cp {fresh} docs/rules.md");
        }
    }

    [Fact]
    public void RulesMd_NamesEveryRuleOnce()
    {
        string text = RulesDocument.Generate();
        Assert.All(ConsistencyChecker.BuiltInRules, r => Assert.Single(text.Split('\n'), l => l.StartsWith($"### {r.Code} ")));
    }

    [Fact]
    public void ConstructedExamples_OnlyForRulesTheCorpusDoesNotShow()
    {
        var codes = ConsistencyChecker.BuiltInRules.Select(r => r.Code).ToHashSet();
        string[] sections = RulesDocument.Generate().Split("\n### ");
        Assert.All(RulesDocument.Constructed.Keys, c =>
        {
            Assert.Contains(c, codes);
            Assert.Contains("(**constructed**", Assert.Single(sections, s => s.StartsWith(c + " ")));
        });
    }
}
