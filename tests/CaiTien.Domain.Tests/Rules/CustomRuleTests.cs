using System;
using System.Globalization;
using System.Linq;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Rules;
using CaiTien.Domain.Supervision;

namespace CaiTien.Domain.Tests.Rules;

/// <summary>Users register their own rules (a province's requirements); options naming unknown rules are an error.</summary>
public sealed class CustomRuleTests
{
    /// <summary>A province asks for a budget on every item ("Không" counts: it states there is none).</summary>
    private sealed class BudgetStatedRule : CustomRule
    {
        public BudgetStatedRule()
            : base(new RuleInfo("HN001", "BudgetStated", Severity.Warning,
                new MessageTemplate("Tiêu chí {criterion} chưa ghi dự kiến kinh phí.", "Criterion {criterion} states no budget."),
                new BilingualText("Sở yêu cầu ghi kinh phí cho mọi nội dung.", "The department asks for a budget on every item."),
                basis: "Công văn của Sở GD&ĐT (ví dụ)"))
        {
        }

        public override void CheckPlan(ImprovementPlan plan, FindingSink found)
        {
            for (int g = 0; g < plan.Groups.Count; g++)
            {
                for (int r = 0; r < plan.Groups[g].Rows.Count; r++)
                {
                    if (plan.Groups[g].Rows[r].Budget.Length == 0)
                    {
                        found.Add($"Groups[{g}].Rows[{r}].Budget", plan.Groups[g].Rows[r].Criterion);
                    }
                }
            }
        }
    }

    /// <summary>Minutes must name at least three attendees; looks only at supervision.</summary>
    private sealed class QuorumRule : CustomRule
    {
        public QuorumRule()
            : base(new RuleInfo("HN002", "MinutesQuorum", Severity.Error,
                new MessageTemplate("Biên bản có {count} người dự, cần ít nhất 3.", "The minutes name {count} attendees; at least 3 are needed."),
                new BilingualText("Quy định của Sở.", "The department's rule.")))
        {
        }

        public override void CheckSupervision(ImprovementPlan plan, SupervisionRecord record, FindingSink found)
        {
            for (int i = 0; i < record.Minutes.Count; i++)
            {
                if (record.Minutes[i].Attendees.Count < 3)
                {
                    found.Add($"Minutes[{i}].Attendees", null, ("count", record.Minutes[i].Attendees.Count));
                }
            }
        }
    }

    [Fact]
    public void CustomRule_Registered_RunsAfterBuiltInRules()
    {
        var checker = new ConsistencyChecker(new CheckOptions { Rules = [new BudgetStatedRule()] });
        var findings = checker.CheckPlan(CorpusDocuments.Plan2023()).Findings.Where(f => f.Code == "HN001").ToList();
        // The 2023 plan states no budget for any of its eight items.
        Assert.Equal(8, findings.Count);
        Assert.All(findings, f => Assert.Equal("BudgetStated", f.Rule));
        Assert.Equal("Tiêu chí 1.1 chưa ghi dự kiến kinh phí.", findings[0].Message.Vietnamese);
        Assert.Equal("Groups[0].Rows[0].Budget", findings[0].Path);
        Assert.Contains(checker.Rules, r => r.Code == "HN001" && r.Basis.Length > 0);
        Assert.Equal(ConsistencyChecker.BuiltInRules.Count + 1, checker.Rules.Count);
        // Not registered, not run; the 2021 plan states "Không" everywhere.
        Assert.DoesNotContain(new ConsistencyChecker().CheckPlan(CorpusDocuments.Plan2023()).Findings, f => f.Code == "HN001");
        Assert.DoesNotContain(checker.CheckPlan(CorpusDocuments.Plan2021()).Findings, f => f.Code == "HN001");
    }

    [Fact]
    public void CustomRule_OptionsApply_CodesSeverityAndLanguage()
    {
        var options = new CheckOptions
        {
            Rules = [new BudgetStatedRule(), new QuorumRule()],
            Codes = ["hn001", "HN002"],
            SeverityOverrides = new System.Collections.Generic.Dictionary<string, Severity> { ["HN001"] = Severity.Error },
            Language = MessageLanguage.English,
        };
        var checker = new ConsistencyChecker(options);
        var plan = checker.CheckPlan(CorpusDocuments.Plan2023());
        Assert.All(plan.Findings, f => Assert.Equal(("HN001", Severity.Error), (f.Code, f.Severity)));
        Assert.Equal("Criterion 1.1 states no budget.", plan.Findings[0].Text);
        var minutes = new SupervisionMinutes { Attendees = ["Bà A", "Ông B"] };
        var supervision = checker.CheckSupervision(CorpusDocuments.Plan2023(), new SupervisionRecord { Team = CorpusDocuments.Team2023(), Minutes = [minutes] });
        Assert.Equal("HN002", Assert.Single(supervision.Findings).Code);
        Assert.Equal("The minutes name 2 attendees; at least 3 are needed.", supervision.Findings[0].Text);
    }

    [Theory]
    [InlineData("KH999")]
    [InlineData("kh00")]
    public void CheckOptions_UnknownCode_IsAnErrorNotAnEmptyRun(string code)
    {
        var e = Assert.Throws<ArgumentException>(() => new ConsistencyChecker(new CheckOptions { Codes = [code] }));
        Assert.Contains(code, e.Message);
        Assert.Throws<ArgumentException>(() => new ConsistencyChecker(new CheckOptions
        {
            SeverityOverrides = new System.Collections.Generic.Dictionary<string, Severity> { [code] = Severity.Info },
        }));
    }

    [Fact]
    public void CustomRule_ReusingACodeOrName_IsAnError()
    {
        var sameCode = new DelegateRule(new RuleInfo("KH001", "Mine", Severity.Info, new MessageTemplate("x", "x"), new BilingualText("x", "x")));
        var sameName = new DelegateRule(new RuleInfo("HN009", "ItemWithoutTask", Severity.Info, new MessageTemplate("x", "x"), new BilingualText("x", "x")));
        Assert.Throws<ArgumentException>(() => new ConsistencyChecker(new CheckOptions { Rules = [sameCode] }));
        Assert.Throws<ArgumentException>(() => new ConsistencyChecker(new CheckOptions { Rules = [sameName] }));
        Assert.Throws<ArgumentException>(() => new ConsistencyChecker(new CheckOptions { Rules = [new BudgetStatedRule(), new BudgetStatedRule()] }));
    }

    [Theory]
    [InlineData("K1")]
    [InlineData("kh001")]
    [InlineData("KH0011")]
    public void RuleInfo_CodeNotOfThePattern_Throws(string code)
        => Assert.Throws<ArgumentException>(() => new RuleInfo(code, "Name", Severity.Info, new MessageTemplate("x", "x"), new BilingualText("x", "x")));

    private sealed class DelegateRule : CustomRule
    {
        public DelegateRule(RuleInfo info)
            : base(info)
        {
        }
    }

    [Theory]
    [InlineData("vi-VN", MessageLanguage.Vietnamese)]
    [InlineData("vi", MessageLanguage.Vietnamese)]
    [InlineData("en-GB", MessageLanguage.English)]
    [InlineData("fr-FR", MessageLanguage.Both)]
    [InlineData("", MessageLanguage.Both)]
    public void Language_ForCulture(string culture, MessageLanguage expected)
        => Assert.Equal(expected, BilingualText.LanguageFor(CultureInfo.GetCultureInfo(culture)));

    [Fact]
    public void Findings_RenderInTheChosenLanguage()
    {
        var report = CorpusDocuments.Report2023();
        var plan = CorpusDocuments.Plan2023();
        foreach (MessageLanguage language in Enum.GetValues<MessageLanguage>())
        {
            var finding = new ConsistencyChecker(new CheckOptions { Language = language }).CheckReport(report, plan).Findings.First(f => f.Code == "BC001");
            string expected = language switch
            {
                MessageLanguage.Vietnamese => "Báo cáo ghi thực hiện kế hoạch năm học 2022-2023, nhưng kế hoạch được trích dẫn là của năm học 2023-2024.",
                MessageLanguage.English => "The report says it covers school year 2022-2023, but the plan it cites is for 2023-2024.",
                _ => "Báo cáo ghi thực hiện kế hoạch năm học 2022-2023, nhưng kế hoạch được trích dẫn là của năm học 2023-2024. (The report says it covers school year 2022-2023, but the plan it cites is for 2023-2024.)",
            };
            Assert.Equal(expected, finding.Text);
            Assert.Equal(finding.Message.ToString(language), finding.Text);
            Assert.EndsWith(expected, finding.ToString());
        }
    }
}
