using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Tests.Frameworks;

namespace CaiTien.Domain.Tests.Assessment;

public sealed class SchoolLevelEvaluatorTests
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;

    /// <summary>
    /// Reads the self-assessment table of corpus/plan-2021-2022-thcs.txt: "Tiêu chí 1.1  X X X" means met at
    /// Mức 1, 2 and 3. The heading row "Tiêu chuẩn 4  X X X" carries marks too (a mistake the checker reports); it is
    /// not a criterion and is not read here.
    /// </summary>
    private static Dictionary<CriterionId, int> CorpusSelfAssessment()
    {
        var levels = new Dictionary<CriterionId, int>();
        foreach (Match m in Regex.Matches(Fixture.Read("plan-2021-2022-thcs.txt"), @"^Tiêu chí (\d+\.\d+)\s+((?:X\s*)+)$", RegexOptions.Multiline))
        {
            levels[CriterionId.Parse(m.Groups[1].Value).Value] = m.Groups[2].Value.Count(c => c == 'X');
        }
        return levels;
    }

    [Fact]
    public void Evaluate_CorpusSelfAssessment2021_SchoolAtMuc3BlockedOnlyByUnassessedLevel4Items()
    {
        var table = CorpusSelfAssessment();
        Assert.Equal(28, table.Count);
        var builder = AssessmentSheet.CreateBuilder(Tt18);
        foreach (var (id, level) in table)
        {
            Assert.True(builder.TrySetCriterionLevel(id, level));
        }

        var evaluation = SchoolLevelEvaluator.Evaluate(builder.Build());

        Assert.Equal(Level.Three, evaluation.Achieved);
        Assert.All(evaluation.Criteria, c => Assert.Equal(c.Criterion.HighestLevel, c.Achieved));
        var gap = Assert.Single(evaluation.Gaps);
        Assert.Equal(Level.Four, gap.Level);
        Assert.Empty(gap.NotMet);
        Assert.Empty(gap.NotAssessed);
        Assert.Empty(gap.AdditionalNotMet);
        Assert.Equal(new[] { 1, 2, 3, 4, 5, 6 }, gap.AdditionalNotAssessed.Select(a => a.Clause));
        Assert.Equal(
            "Trường đạt Mức 3. Chưa đạt Mức 4: yêu cầu Mức 4 chưa được đánh giá (khoản 1, 2, 3, 4, 5, 6).",
            evaluation.Describe().Vietnamese);
    }

    [Fact]
    public void Evaluate_OneCriterionAtMuc1_SchoolAtMuc1WithThatCriterionBlockingMuc2AndMuc3()
    {
        var builder = AssessmentSheet.CreateBuilder(Tt18);
        foreach (var c in Tt18.Criteria)
        {
            builder.TrySetCriterionLevel(c.Id, c.HighestLevel.Value);
        }
        builder.TrySetCriterionLevel(new CriterionId(3, 2), 1);

        var evaluation = SchoolLevelEvaluator.Evaluate(builder.Build());

        Assert.Equal(Level.One, evaluation.Achieved);
        Assert.Equal(new[] { Level.Two, Level.Three, Level.Four }, evaluation.Gaps.Select(g => g.Level));
        var two = evaluation.Gaps[0];
        Assert.Equal(new[] { new CriterionId(3, 2) }, two.BlockingCriteria);
        Assert.Equal(new[] { "a", "b" }, two.NotMet.Select(i => i.Key.ToString()));
        Assert.Empty(two.NotAssessed);
        var three = evaluation.Gaps[1];
        Assert.Equal(new[] { "3.2 Mức 2 a", "3.2 Mức 2 b" }, three.NotMet.Select(i => i.ToString()));
        Assert.Equal(new[] { "3.2 Mức 3 *" }, three.NotAssessed.Select(i => i.ToString()));
    }

    [Fact]
    public void Evaluate_NotAssessedIndicator_ReportedAsPendingNotFailed()
    {
        var builder = AssessmentSheet.CreateBuilder(Tt18);
        foreach (var c in Tt18.Criteria)
        {
            builder.TrySetAll(c.Id, IndicatorResult.Met);
        }
        builder.TrySet(new CriterionId(1, 1), Level.Two, IndicatorKey.Unlettered, IndicatorResult.NotAssessed);

        var evaluation = SchoolLevelEvaluator.Evaluate(builder.Build());

        Assert.Equal(Level.One, evaluation.Achieved);
        var gap = evaluation.NextLevelGap!;
        Assert.Empty(gap.NotMet);
        Assert.Empty(gap.BlockingCriteria);
        Assert.Equal(new[] { new CriterionId(1, 1) }, gap.PendingCriteria);
        var c11 = evaluation.ForCriterion(new CriterionId(1, 1))!;
        Assert.Equal(Level.One, c11.Achieved);
        Assert.True(c11.IsPending);
        Assert.Contains("chưa được đánh giá", gap.Describe().Vietnamese);
        Assert.DoesNotContain("chỉ báo chưa đạt", gap.Describe().Vietnamese);
    }

    [Fact]
    public void Evaluate_AllMetIncludingLevel4Items_SchoolAtMuc4WithNoGaps()
    {
        var builder = AssessmentSheet.CreateBuilder(Tt18);
        foreach (var c in Tt18.Criteria)
        {
            builder.TrySetAll(c.Id, IndicatorResult.Met);
        }
        foreach (var a in Tt18.AdditionalRequirements)
        {
            builder.TrySetAdditional(a.Clause, IndicatorResult.Met);
        }
        var evaluation = SchoolLevelEvaluator.Evaluate(builder.Build());
        Assert.Equal(Level.Four, evaluation.Achieved);
        Assert.Empty(evaluation.Gaps);
        Assert.Null(evaluation.NextLevelGap);
    }

    [Fact]
    public void Evaluate_Muc2CriterionAtItsHighest_DoesNotBlockSchoolMuc3()
    {
        var builder = AssessmentSheet.CreateBuilder(Tt18);
        foreach (var c in Tt18.Criteria)
        {
            builder.TrySetCriterionLevel(c.Id, c.HighestLevel.Value);
        }
        Assert.False(builder.TrySetCriterionLevel(new CriterionId(1, 2), 3));
        Assert.Equal(Level.Three, SchoolLevelEvaluator.Evaluate(builder.Build()).Achieved);
    }

    [Fact]
    public void Evaluate_NothingAssessed_NoLevelAndEveryIndicatorPending()
    {
        var evaluation = SchoolLevelEvaluator.Evaluate(AssessmentSheet.CreateBuilder(Tt18).Build());
        Assert.Null(evaluation.Achieved);
        Assert.Equal(4, evaluation.Gaps.Count);
        Assert.Equal(Tt18.Criteria.Sum(c => c.IndicatorsAt(Level.One).Count), evaluation.Gaps[0].NotAssessed.Count);
        Assert.Empty(evaluation.Gaps[0].NotMet);
    }

    [Fact]
    public void Builder_UnknownCriterionOrIndicator_ReturnsFalse()
    {
        var builder = AssessmentSheet.CreateBuilder(Tt18);
        Assert.False(builder.TrySetAll(new CriterionId(1, 11), IndicatorResult.Met));
        Assert.False(builder.TrySet(new CriterionId(1, 2), Level.Three, IndicatorKey.Unlettered, IndicatorResult.Met));
        Assert.False(builder.TrySetAdditional(7, IndicatorResult.Met));
    }

    // The successor-circular shape: 8 mandatory criteria, at least 5 of the other 7, the rest at least one level lower.
    [Theory]
    [InlineData(new string[0], 2)]
    [InlineData(new[] { "1.1", "1.2" }, 2)]
    [InlineData(new[] { "1.1", "1.2", "1.5" }, 1)]
    [InlineData(new[] { "1.3" }, 1)]
    public void Evaluate_QuotaRule_MandatoryAllAndFiveOfSevenOthers(string[] othersOnlyAtMuc1, int expected)
    {
        var framework = Tt57Like.Build();
        var builder = AssessmentSheet.CreateBuilder(framework);
        foreach (var c in framework.Criteria)
        {
            builder.TrySetCriterionLevel(c.Id, othersOnlyAtMuc1.Contains(c.Id.ToString()) ? 1 : 2);
        }
        var evaluation = SchoolLevelEvaluator.Evaluate(builder.Build());
        Assert.Equal(expected, evaluation.AchievedValue);
        if (expected == 1)
        {
            var gap = Assert.Single(evaluation.Gaps);
            Assert.Equal(othersOnlyAtMuc1.Select(s => CriterionId.Parse(s).Value), gap.BlockingCriteria);
        }
    }

    [Fact]
    public void Evaluate_QuotaRuleFourOfSevenOthersReach_ExplainsQuota()
    {
        var framework = Tt57Like.Build();
        var builder = AssessmentSheet.CreateBuilder(framework);
        var below = new[] { "1.1", "1.2", "1.5" };
        foreach (var c in framework.Criteria)
        {
            builder.TrySetCriterionLevel(c.Id, below.Contains(c.Id.ToString()) ? 1 : 2);
        }
        var gap = SchoolLevelEvaluator.Evaluate(builder.Build()).NextLevelGap!;
        Assert.Equal(new QuotaShortfall(5, 4), gap.Quota);
        Assert.Contains("4/5", gap.Describe().Vietnamese);
    }

    [Fact]
    public void Evaluate_QuotaRuleOtherCriterionBelowMuc1_ReachesMuc1ButBlocksMuc2EvenWithQuota()
    {
        var framework = Tt57Like.Build();
        var builder = AssessmentSheet.CreateBuilder(framework);
        foreach (var c in framework.Criteria)
        {
            builder.TrySetCriterionLevel(c.Id, c.Id == new CriterionId(1, 1) ? 0 : 2);
        }
        var evaluation = SchoolLevelEvaluator.Evaluate(builder.Build());
        // Mức 1 needs 5 of the 7 optional criteria at Mức 1 (6 are); Mức 2 needs the rest at least at Mức 1.
        Assert.Equal(1, evaluation.AchievedValue);
        var gap = Assert.Single(evaluation.Gaps);
        Assert.Equal(new[] { new CriterionId(1, 1) }, gap.BlockingCriteria);
        Assert.Equal(new[] { "a", "b" }, gap.NotMet.Select(i => i.Key.ToString()));
        Assert.Null(gap.Quota);
    }
}
