using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CaiTien.Domain.Plans;
using CaiTien.Domain.Reports;
using CaiTien.Domain.Rules;

namespace CaiTien.Benchmarks;

/// <summary>
/// Checking a full realistic plan (28 criteria, ~100 tasks, corpus-length text) with its report (target ≤ 50 µs,
/// ≤ 64 KB), and bulk-checking 10,000 pairs across cores (target ≤ 1 s).
/// </summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private static readonly ConsistencyChecker Checker = new();
    private static readonly ImprovementPlan Plan = Fixtures.Plan;
    private static readonly ImplementationReport Report = Fixtures.Report;
    private static readonly (ImprovementPlan Plan, ImplementationReport Report)[] Pairs = Fixtures.Pairs(10_000);

    [Benchmark(Baseline = true)]
    public int PlanOnly() => Checker.CheckPlan(Plan).Findings.Count;

    [Benchmark]
    public int PlanAndReport() => Checker.CheckPlan(Plan).Findings.Count + Checker.CheckReport(Report, Plan).Findings.Count;

    [Benchmark(OperationsPerInvoke = 1)]
    public int Bulk10000PairsParallel()
    {
        int total = 0;
        Parallel.For(0, Pairs.Length, () => 0, (i, _, sum) =>
            sum + Checker.CheckPlan(Pairs[i].Plan).Findings.Count + Checker.CheckReport(Pairs[i].Report, Pairs[i].Plan).Findings.Count,
            sum => Interlocked.Add(ref total, sum));
        return total;
    }
}
