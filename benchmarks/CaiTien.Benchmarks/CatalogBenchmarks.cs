using BenchmarkDotNet.Attributes;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Benchmarks;

[MemoryDiagnoser]
public class CatalogBenchmarks
{
    private static readonly FrameworkVersion Framework = KnownFrameworks.Tt18;
    private static readonly CriterionId Id = new(5, 6);

    [Benchmark(Baseline = true)]
    public Criterion? FindCriterion() => Framework.FindCriterion(Id);

    [Benchmark]
    public Criterion? ParseAndFindCriterion() => Framework.FindCriterion(CriterionId.Parse("Tiêu chí 5.6").Value);
}
