using System.Collections.Generic;
using System.Linq;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace CaiTien.Domain.Tests.Assessment;

/// <summary>
/// Laws of the TT 57 school level over generated assessments. The generator draws a "school profile" first (weak,
/// middling, strong) so that "not reached", Mức 1 and Mức 2 all occur often; its distribution is printed and checked.
/// </summary>
[Properties(MaxTest = 300)]
public sealed class Tt57SchoolLevelProperties
{
    private static readonly FrameworkVersion Tt57 = KnownFrameworks.Tt57;
    private readonly ITestOutputHelper output;

    public Tt57SchoolLevelProperties(ITestOutputHelper output) => this.output = output;

    /// <summary>Criterion levels 0–2, skewed by a profile drawn per sheet.</summary>
    internal static Gen<int[]> Levels()
        => Gen.Elements(0, 1, 2).SelectMany(profile => Gen.Frequency(
                (profile == 0 ? 4 : 1, Gen.Constant(0)),
                (profile switch { 0 => 4, 1 => 12, _ => 1 }, Gen.Constant(1)),
                (profile switch { 0 => 4, 1 => 3, _ => 30 }, Gen.Constant(2)))
            .ArrayOf(Tt57.Criteria.Count));

    private static AssessmentSheet Sheet(int[] levels)
        => Tt57SchoolLevelTests.Sheet(Tt57.Criteria.Select((c, i) => (c.Id.ToString(), levels[i])).ToDictionary(p => p.Item1, p => p.Item2), 0);

    [Fact]
    public void Generator_ReachesNotReachedMuc1AndMuc2_DistributionPrinted()
    {
        var samples = Levels().Sample(1000, 50);
        var byLevel = samples.GroupBy(l => SchoolLevelEvaluator.Evaluate(Sheet(l)).AchievedValue).ToDictionary(g => g.Key, g => g.Count());
        var criterionLevels = samples.SelectMany(l => l).GroupBy(l => l).OrderBy(g => g.Key).Select(g => $"Mức {g.Key}: {g.Count()}");
        output.WriteLine($"school level over {samples.Count()} sheets: not reached {byLevel.GetValueOrDefault(0)}, Mức 1 {byLevel.GetValueOrDefault(1)}, Mức 2 {byLevel.GetValueOrDefault(2)}");
        output.WriteLine($"criterion levels: {string.Join(", ", criterionLevels)}");
        Assert.All(new[] { 0, 1, 2 }, level => Assert.True(byLevel.GetValueOrDefault(level) >= 50, $"level {level}: {byLevel.GetValueOrDefault(level)}"));
    }

    [Property]
    public Property RaisingOneCriterion_NeverLowersTheSchoolLevel(PositiveInt pick)
        => Prop.ForAll(Levels().ToArbitrary(), levels =>
        {
            int i = pick.Get % levels.Length;
            if (levels[i] == 2)
            {
                return true;
            }
            int[] raised = (int[])levels.Clone();
            raised[i]++;
            return SchoolLevelEvaluator.Evaluate(Sheet(raised)).AchievedValue >= SchoolLevelEvaluator.Evaluate(Sheet(levels)).AchievedValue;
        });

    [Property]
    public Property LoweringOneCriterion_NeverRaisesTheSchoolLevel(PositiveInt pick)
        => Prop.ForAll(Levels().ToArbitrary(), levels =>
        {
            int i = pick.Get % levels.Length;
            if (levels[i] == 0)
            {
                return true;
            }
            int[] lowered = (int[])levels.Clone();
            lowered[i]--;
            return SchoolLevelEvaluator.Evaluate(Sheet(lowered)).AchievedValue <= SchoolLevelEvaluator.Evaluate(Sheet(levels)).AchievedValue;
        });

    /// <summary>The rule counts: swapping the levels of two optional criteria, or of two mandatory ones, changes nothing.</summary>
    [Property]
    public Property SwappingTwoCriteriaOfTheSameKind_KeepsTheSchoolLevel(PositiveInt a, PositiveInt b, bool mandatory)
        => Prop.ForAll(Levels().ToArbitrary(), levels =>
        {
            var kind = Tt57.Criteria.Select((c, i) => (c, i)).Where(p => p.c.IsMandatory == mandatory).Select(p => p.i).ToList();
            int x = kind[a.Get % kind.Count];
            int y = kind[b.Get % kind.Count];
            int[] swapped = (int[])levels.Clone();
            (swapped[x], swapped[y]) = (swapped[y], swapped[x]);
            return SchoolLevelEvaluator.Evaluate(Sheet(swapped)).AchievedValue == SchoolLevelEvaluator.Evaluate(Sheet(levels)).AchievedValue;
        });

    /// <summary>The level never exceeds the lowest mandatory criterion, and a gap is listed for each level above it.</summary>
    [Property]
    public Property SchoolLevel_AtMostLowestMandatory_GapsAboveIt()
        => Prop.ForAll(Levels().ToArbitrary(), levels =>
        {
            var evaluation = SchoolLevelEvaluator.Evaluate(Sheet(levels));
            int lowestMandatory = Tt57.Criteria.Select((c, i) => (c, i)).Where(p => p.c.IsMandatory).Min(p => levels[p.i]);
            return evaluation.AchievedValue <= lowestMandatory
                && evaluation.Gaps.Select(g => g.Level.Value).SequenceEqual(Enumerable.Range(evaluation.AchievedValue + 1, 2 - evaluation.AchievedValue))
                && evaluation.Gaps.All(g => !g.IsEmpty);
        });
}
