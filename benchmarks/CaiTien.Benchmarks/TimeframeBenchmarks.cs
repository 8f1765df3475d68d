using BenchmarkDotNet.Attributes;
using CaiTien.Domain.Calendar;
using CaiTien.Domain.Text;

namespace CaiTien.Benchmarks;

/// <summary>Parsing every phrase of the reference list (target ≤ 2 µs per phrase); results are per phrase.</summary>
[MemoryDiagnoser]
public class TimeframeBenchmarks
{
    private static readonly string[] Phrases = Fixtures.Phrases;
    private static readonly SchoolYear Year = new(2023);
    private const int Count = 66;

    [GlobalSetup]
    public void Check()
    {
        if (Phrases.Length != Count)
        {
            throw new System.InvalidOperationException($"OperationsPerInvoke must be {Phrases.Length}.");
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int NormalizeOnly()
    {
        int n = 0;
        foreach (string phrase in Phrases)
        {
            n += VietnameseText.Fold(phrase).Length;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParsePerPhrase()
    {
        int n = 0;
        foreach (string phrase in Phrases)
        {
            n += TimeframeParser.Parse(phrase, Year).Success ? 1 : 0;
        }
        return n;
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int ParseAndResolvePerPhrase()
    {
        int n = 0;
        foreach (string phrase in Phrases)
        {
            var t = TimeframeParser.Parse(phrase, Year);
            if (t.Success)
            {
                n += t.Value.GetEnd(CalendarProvider.National).Day;
            }
        }
        return n;
    }
}
