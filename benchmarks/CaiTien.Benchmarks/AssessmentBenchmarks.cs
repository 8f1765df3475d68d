using BenchmarkDotNet.Attributes;
using CaiTien.Domain.Assessment;
using CaiTien.Domain.Frameworks;

namespace CaiTien.Benchmarks;

/// <summary>School-level evaluation of all 28 criteria (target ≤ 5 µs).</summary>
[MemoryDiagnoser]
public class AssessmentBenchmarks
{
    private static readonly AssessmentSheet Sheet = Fixtures.Sheet;
    private static readonly Criterion Criterion = Fixtures.Tt18.Criteria[0];

    [Benchmark(Baseline = true)]
    public CriterionEvaluation OneCriterion() => SchoolLevelEvaluator.EvaluateCriterion(Sheet, Criterion);

    [Benchmark]
    public SchoolLevelEvaluation SchoolLevel28Criteria() => SchoolLevelEvaluator.Evaluate(Sheet);

    [Benchmark]
    public string SchoolLevelWithExplanation() => SchoolLevelEvaluator.Evaluate(Sheet).Describe().Vietnamese;
}
