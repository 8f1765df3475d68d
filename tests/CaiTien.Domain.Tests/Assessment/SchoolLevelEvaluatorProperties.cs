using System.Linq;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using CaiTien.Domain.Tests.Frameworks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CaiTien.Domain.Tests.Assessment;

[Properties(Arbitrary = new[] { typeof(Arbitraries) }, MaxTest = 200)]
public sealed class SchoolLevelEvaluatorProperties
{
    private static readonly FrameworkVersion Tt18 = KnownFrameworks.Tt18;
    private static readonly FrameworkVersion Quota = Tt57Like.Build();

    [Property]
    public Property RaisingNotMetToMet_NeverLowersAnyLevel(AssessmentSheet sheet, PositiveInt pick)
        => Raising(sheet, pick.Get);

    [Property]
    public Property RaisingNotMetToMet_QuotaRule_NeverLowersAnyLevel(PositiveInt pick)
        => Prop.ForAll(Arbitraries.SheetsFor(Quota).ToArbitrary(), sheet => Raising(sheet, pick.Get));

    [Property]
    public Property MarkingAssessedAsNotAssessed_NeverRaisesAnyLevel(AssessmentSheet sheet, PositiveInt pick)
    {
        var assessed = Enumerable.Range(0, Tt18.IndicatorCount).Where(i => sheet.GetResult(Tt18.GetIndicator(i)) != IndicatorResult.NotAssessed).ToList();
        if (assessed.Count == 0)
        {
            return true.ToProperty();
        }
        var indicator = Tt18.GetIndicator(assessed[pick.Get % assessed.Count]);
        var before = SchoolLevelEvaluator.Evaluate(sheet);
        var after = SchoolLevelEvaluator.Evaluate(sheet.With(indicator, IndicatorResult.NotAssessed));
        return (after.AchievedValue <= before.AchievedValue
            && after.Criteria.Zip(before.Criteria).All(p => p.First.AchievedValue <= p.Second.AchievedValue)).ToProperty();
    }

    [Property]
    public bool Gaps_EmptyExactlyWhenLevelReached(AssessmentSheet sheet)
    {
        var evaluation = SchoolLevelEvaluator.Evaluate(sheet);
        return evaluation.Gaps.All(g => !g.IsEmpty && g.Level.Value > evaluation.AchievedValue)
            && evaluation.Gaps.Select(g => g.Level.Value).SequenceEqual(Enumerable.Range(evaluation.AchievedValue + 1, Tt18.LevelCount - evaluation.AchievedValue));
    }

    [Property]
    public Property Gaps_QuotaRule_EmptyExactlyWhenLevelReached()
        => Prop.ForAll(Arbitraries.SheetsFor(Quota).ToArbitrary(), sheet =>
        {
            var evaluation = SchoolLevelEvaluator.Evaluate(sheet);
            return evaluation.Gaps.All(g => !g.IsEmpty) && evaluation.Gaps.Count == Quota.LevelCount - evaluation.AchievedValue;
        });

    [Property]
    public bool CriterionLevel_NeverAboveHighestAndCumulative(AssessmentSheet sheet)
        => SchoolLevelEvaluator.Evaluate(sheet).Criteria.All(c =>
            c.AchievedValue <= c.Criterion.HighestLevel.Value
            && c.Criterion.Indicators.Where(i => i.Level.Value <= c.AchievedValue).All(i => sheet.GetResult(i) == IndicatorResult.Met));

    private static Property Raising(AssessmentSheet sheet, int pick)
    {
        var framework = sheet.Framework;
        var notMet = Enumerable.Range(0, framework.IndicatorCount).Where(i => sheet.GetResult(framework.GetIndicator(i)) == IndicatorResult.NotMet).ToList();
        if (notMet.Count == 0)
        {
            return true.ToProperty();
        }
        var indicator = framework.GetIndicator(notMet[pick % notMet.Count]);
        var before = SchoolLevelEvaluator.Evaluate(sheet);
        var after = SchoolLevelEvaluator.Evaluate(sheet.With(indicator, IndicatorResult.Met));
        return (after.AchievedValue >= before.AchievedValue
            && after.Criteria.Zip(before.Criteria).All(p => p.First.AchievedValue >= p.Second.AchievedValue)).ToProperty();
    }
}
