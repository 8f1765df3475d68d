using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Domain.Tests.Assessment;

/// <summary>
/// The TT 57 school-level rule (khoản 3 Điều 5) at the edges of its quota: Mức 1 needs all 8 mandatory criteria and at
/// least 5 of the 7 others at Mức 1; Mức 2 needs all 8 mandatory and at least 5 of the 7 others at Mức 2, and the
/// remaining others at least at Mức 1. Every choice of which criteria fall short is tried, not one example.
/// </summary>
public sealed class Tt57SchoolLevelTests
{
    private static readonly FrameworkVersion Tt57 = KnownFrameworks.Tt57;
    private static readonly string[] Mandatory = { "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "4.1", "4.2" };
    private static readonly string[] Others = { "1.1", "1.2", "2.3", "3.3", "3.4", "3.5", "4.3" };

    /// <summary>A sheet where each criterion is met up to its level and not met at the next one.</summary>
    internal static AssessmentSheet Sheet(IReadOnlyDictionary<string, int> levels, int otherwise)
    {
        var builder = AssessmentSheet.CreateBuilder(Tt57);
        foreach (Criterion c in Tt57.Criteria)
        {
            int level = levels.TryGetValue(c.Id.ToString(), out int l) ? l : otherwise;
            foreach (Indicator i in c.Indicators)
            {
                builder.Set(i, i.Level.Value <= level ? IndicatorResult.Met : IndicatorResult.NotMet);
            }
        }
        return builder.Build();
    }

    private static IEnumerable<string[]> Subsets(string[] set, int size)
        => size == 0 ? new[] { new string[0] }
            : set.SelectMany((x, i) => Subsets(set.Skip(i + 1).ToArray(), size - 1).Select(rest => rest.Prepend(x).ToArray()));

    [Fact]
    public void Tt57_MandatoryAndOthers_AreTheEightAndTheSeven()
    {
        Assert.Equal(Mandatory, Tt57.Criteria.Where(c => c.IsMandatory).Select(c => c.Id.ToString()));
        Assert.Equal(Others, Tt57.Criteria.Where(c => !c.IsMandatory).Select(c => c.Id.ToString()));
        var rule = Assert.IsType<MandatoryPlusQuotaRule>(Tt57.Rule);
        Assert.Equal(5, rule.RequiredOthers);
    }

    [Fact]
    public void Evaluate_EightMandatoryAndFiveOfSevenAtMuc1_ReachesMuc1ForEveryPairLeftOut()
    {
        var pairs = Subsets(Others, 2).ToList();
        Assert.Equal(21, pairs.Count);
        foreach (var below in pairs)
        {
            var evaluation = SchoolLevelEvaluator.Evaluate(Sheet(below.ToDictionary(c => c, _ => 0), otherwise: 1));
            Assert.True(evaluation.AchievedValue == 1, $"{string.Join(",", below)} below Mức 1: {evaluation.Describe().English}");
        }
    }

    [Fact]
    public void Evaluate_EightMandatoryAndFourOfSevenAtMuc1_NotReachedForEveryTripleLeftOut()
    {
        var triples = Subsets(Others, 3).ToList();
        Assert.Equal(35, triples.Count);
        foreach (var below in triples)
        {
            var evaluation = SchoolLevelEvaluator.Evaluate(Sheet(below.ToDictionary(c => c, _ => 0), otherwise: 2));
            Assert.Null(evaluation.Achieved);
            LevelGap gap = evaluation.NextLevelGap!;
            Assert.Equal(Level.One, gap.Level);
            Assert.Equal(new QuotaShortfall(5, 4), gap.Quota);
            Assert.Equal(below, gap.BlockingCriteria.Select(c => c.ToString()));
            Assert.Contains("4/5", gap.Describe().Vietnamese);
        }
    }

    [Fact]
    public void Evaluate_SevenMandatoryAndSevenOfSeven_NotReachedWhicheverMandatoryFails()
    {
        foreach (string missing in Mandatory)
        {
            var evaluation = SchoolLevelEvaluator.Evaluate(Sheet(new Dictionary<string, int> { [missing] = 0 }, otherwise: 2));
            Assert.Null(evaluation.Achieved);
            LevelGap gap = evaluation.NextLevelGap!;
            Assert.Equal(new[] { missing }, gap.BlockingCriteria.Select(c => c.ToString()));
            Assert.Null(gap.Quota);
        }
    }

    [Fact]
    public void Evaluate_EightMandatoryAndFiveOfSevenAtMuc2RestAtMuc1_ReachesMuc2ForEveryPair()
    {
        foreach (var atOne in Subsets(Others, 2))
        {
            var evaluation = SchoolLevelEvaluator.Evaluate(Sheet(atOne.ToDictionary(c => c, _ => 1), otherwise: 2));
            Assert.True(evaluation.AchievedValue == 2, string.Join(",", atOne));
            Assert.Empty(evaluation.Gaps);
        }
    }

    [Fact]
    public void Evaluate_EightMandatoryAndFourOfSevenAtMuc2_StopsAtMuc1WithQuotaShortfall()
    {
        foreach (var atOne in Subsets(Others, 3))
        {
            var evaluation = SchoolLevelEvaluator.Evaluate(Sheet(atOne.ToDictionary(c => c, _ => 1), otherwise: 2));
            Assert.Equal(1, evaluation.AchievedValue);
            Assert.Equal(new QuotaShortfall(5, 4), evaluation.NextLevelGap!.Quota);
        }
    }

    [Fact]
    public void Evaluate_SevenMandatoryAtMuc2AndSevenOfSeven_StopsAtMuc1WhicheverMandatoryIsAtMuc1()
    {
        foreach (string atOne in Mandatory)
        {
            var evaluation = SchoolLevelEvaluator.Evaluate(Sheet(new Dictionary<string, int> { [atOne] = 1 }, otherwise: 2));
            Assert.Equal(1, evaluation.AchievedValue);
            Assert.Equal(new[] { atOne }, evaluation.NextLevelGap!.BlockingCriteria.Select(c => c.ToString()));
        }
    }

    [Fact]
    public void Evaluate_Muc2QuotaMetButOneOtherBelowMuc1_StopsAtMuc1ForEachOther()
    {
        foreach (string below in Others)
        {
            // 8 mandatory and 6 of 7 others at Mức 2: the quota holds, but the seventh is below Mức 1.
            var evaluation = SchoolLevelEvaluator.Evaluate(Sheet(new Dictionary<string, int> { [below] = 0 }, otherwise: 2));
            Assert.Equal(1, evaluation.AchievedValue);
            LevelGap gap = evaluation.NextLevelGap!;
            Assert.Equal(new[] { below }, gap.BlockingCriteria.Select(c => c.ToString()));
            Assert.Null(gap.Quota);
        }
    }

    [Fact]
    public void Evaluate_MandatoryNotAssessed_BlocksAsPendingNotAsFailure()
    {
        var builder = AssessmentSheet.CreateBuilder(Tt57);
        foreach (Criterion c in Tt57.Criteria)
        {
            foreach (Indicator i in c.Indicators)
            {
                builder.Set(i, c.Id.ToString() == "2.2" ? IndicatorResult.NotAssessed : IndicatorResult.Met);
            }
        }
        var evaluation = SchoolLevelEvaluator.Evaluate(builder.Build());
        Assert.Null(evaluation.Achieved);
        Assert.Empty(evaluation.NextLevelGap!.BlockingCriteria);
        Assert.Equal(new[] { "2.2" }, evaluation.NextLevelGap.PendingCriteria.Select(c => c.ToString()));
    }
}
