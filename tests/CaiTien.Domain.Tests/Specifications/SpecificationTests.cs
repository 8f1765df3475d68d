using System.Linq;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Specifications;
using CaiTien.Domain.Tests.Rules;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace CaiTien.Domain.Tests.Specifications;

public sealed class SpecificationTests
{
    /// <summary>"Items of standard 3 whose timeframe ends before a date", written the Ardalis way.</summary>
    private sealed class ItemsOfStandardEndingBefore : Specification<PlanItem>
    {
        public ItemsOfStandardEndingBefore(int standard, LocalDate date, ImprovementPlan plan)
        {
            Query.Where(i => i.Criterion?.Standard.Value == standard)
                .Where(i => i.Tasks.All(t => plan.TimeframeOf(t) is { Success: true } r && r.Value.GetEnd(CalendarProvider.National) < date));
        }
    }

    [Fact]
    public void Evaluate_ItemsOfStandard3EndingBeforeDate_FiltersCorpusPlan()
    {
        var plan = CorpusDocuments.Plan2023();
        // 3.1 runs "Suốt năm học" and 3.6 "Năm học 2023-2024": both end 31/5/2024.
        Assert.Empty(new ItemsOfStandardEndingBefore(3, new LocalDate(2024, 5, 31), plan).Evaluate(plan.Items));
        Assert.Equal(new[] { "3.1", "3.6" },
            new ItemsOfStandardEndingBefore(3, new LocalDate(2024, 6, 1), plan).Evaluate(plan.Items).Select(i => i.Criterion.ToString()));
        var semesterOne = Specification.Where<PlanItem>(i => i.Tasks.Any(t => t.Timeframe.StartsWith("HKI")));
        Assert.Equal("1.1", Assert.Single(semesterOne.Evaluate(plan.Items)).Criterion.ToString());
    }

    [Fact]
    public void Evaluate_KeepsSourceOrder_AndSeveralWhereClausesAreAConjunction()
    {
        var spec = new EvenAboveFour();
        Assert.Equal(new[] { 10, 6, 8 }, spec.Evaluate(new[] { 10, 3, 6, 4, 8, 2 }));
        Assert.True(spec.IsSatisfiedBy(6));
        Assert.False(spec.IsSatisfiedBy(4));
        Assert.False(spec.IsSatisfiedBy(7));
    }

    private sealed class EvenAboveFour : Specification<int>
    {
        public EvenAboveFour() => Query.Where(n => n % 2 == 0).Where(n => n > 4);
    }

    /// <summary>A subclass's clauses hold inside compositions too: composing never drops the condition a subclass declared.</summary>
    [Property(MaxTest = 200)]
    public Property Composition_KeepsSubclassConditions(int n)
    {
        var spec = new EvenAboveFour();
        return (spec.And(Specification.Where<int>(_ => true)).IsSatisfiedBy(n) == spec.IsSatisfiedBy(n)
                && spec.Or(Specification.Where<int>(_ => false)).IsSatisfiedBy(n) == spec.IsSatisfiedBy(n)
                && spec.Not().IsSatisfiedBy(n) == !spec.IsSatisfiedBy(n)).ToProperty();
    }

    private static readonly Specification<int>[] Atoms =
    {
        Specification.Where<int>(n => n % 2 == 0), Specification.Where<int>(n => n > 10), Specification.Where<int>(n => n % 3 == 0),
        Specification.Where<int>(_ => true), Specification.Where<int>(_ => false),
    };

    private static Arbitrary<Specification<int>> Specs() => Gen.Elements(Atoms).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property BooleanLaws_Hold()
        => Prop.ForAll(Specs().Generator.Three().ToArbitrary(), ArbMap.Default.ArbFor<int>(), (abc, n) =>
        {
            var (a, b, c) = abc;
            return a.And(b).IsSatisfiedBy(n) == b.And(a).IsSatisfiedBy(n)
            && a.Or(b).IsSatisfiedBy(n) == b.Or(a).IsSatisfiedBy(n)
            && a.Not().Not().IsSatisfiedBy(n) == a.IsSatisfiedBy(n)
            && a.And(b).Not().IsSatisfiedBy(n) == a.Not().Or(b.Not()).IsSatisfiedBy(n)
            && a.Or(b).Not().IsSatisfiedBy(n) == a.Not().And(b.Not()).IsSatisfiedBy(n)
            && a.And(b.Or(c)).IsSatisfiedBy(n) == a.And(b).Or(a.And(c)).IsSatisfiedBy(n)
            && a.And(b).And(c).IsSatisfiedBy(n) == a.And(b.And(c)).IsSatisfiedBy(n)
            && a.And(a.Not()).IsSatisfiedBy(n) == false
            && a.Or(a.Not()).IsSatisfiedBy(n);
        });

    [Property(MaxTest = 200)]
    public Property Evaluate_EqualsFilterByIsSatisfiedBy()
        => Prop.ForAll(Specs(), ArbMap.Default.ArbFor<int[]>(), (a, xs) => a.Evaluate(xs).SequenceEqual(xs.Where(a.IsSatisfiedBy)));
}
