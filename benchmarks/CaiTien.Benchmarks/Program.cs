using BenchmarkDotNet.Running;

namespace CaiTien.Benchmarks;

/// <summary>
/// Runs the benchmarks: "dotnet run -c Release -- --filter *" for the full run, "-- --filter * --job Dry --inProcess"
/// for the short run CI uses to prove they still run.
/// </summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
