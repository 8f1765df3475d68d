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
        public ItemsOfStandardEndingBefore(int standard, LocalDate date, SchoolYear year)
        {
            Query.Where(i => i.Criterion?.Standard.Value == standard)
                .Where(i => i.Tasks.All(t => TimeframeParser.Parse(t.Timeframe, year) is { Success: true } r && r.Value.GetEnd(CalendarProvider.National) < date))
                .OrderBy(i => i.Criterion);
        }
    }

    [Fact]
    public void Evaluate_ItemsOfStandard3EndingBeforeDate_FiltersCorpusPlan()
    {
        var plan = CorpusDocuments.Plan2023();
        // 3.1 runs "Suốt năm học" and 3.6 "Năm học 2023-2024": both end 31/5/2024.
        Assert.Empty(new ItemsOfStandardEndingBefore(3, new LocalDate(2024, 5, 31), plan.SchoolYear).Evaluate(plan.Items));
        Assert.Equal(new[] { "3.1", "3.6" },
            new ItemsOfStandardEndingBefore(3, new LocalDate(2024, 6, 1), plan.SchoolYear).Evaluate(plan.Items).Select(i => i.Criterion.ToString()));
        var semesterOne = Specification.Where<PlanItem>(i => i.Tasks.Any(t => t.Timeframe.StartsWith("HKI")));
        Assert.Equal("1.1", Assert.Single(semesterOne.Evaluate(plan.Items)).Criterion.ToString());
    }

    [Fact]
    public void Evaluate_OrderAndTake_AppliedAfterFilter()
    {
        var spec = new TopEven();
        Assert.Equal(new[] { 10, 8 }, spec.Evaluate(Enumerable.Range(1, 10)));
    }

    private sealed class TopEven : Specification<int>
    {
        public TopEven() => Query.Where(n => n % 2 == 0).OrderByDescending(n => n).Take(2);
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
