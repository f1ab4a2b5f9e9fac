using BenchmarkDotNet.Attributes;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;

namespace Sakip.Domain.Benchmarks;

/// <summary>Mean of 1,000 sasaran of 10 indicators each. Baseline: LINQ <c>Average</c> over the computed values
/// (which silently drops nothing and reports nothing); the library states exclusions, presents and bands.</summary>
[MemoryDiagnoser]
public class AggregationBenchmarks
{
    private AggregationItem[][] _sasaran = [];

    [GlobalSetup]
    public void Setup()
    {
        var results = DemoIndicators.Create(10_000).Select(AchievementCalculator.Default.Calculate).ToArray();
        _sasaran = results.Chunk(10).Select(c => c.Select((r, i) => new AggregationItem($"I{i}", r)).ToArray()).ToArray();
    }

    [Benchmark(Baseline = true, Description = "LINQ Average")]
    public decimal LinqAverage()
    {
        var total = 0m;
        foreach (var items in _sasaran)
        {
            var values = items.Where(i => i.Result.IsAchieved).Select(i => i.Result.Percent!.Value.Value).ToArray();
            if (values.Length > 0)
            {
                total += values.Average();
            }
        }

        return total;
    }

    [Benchmark(Description = "AchievementAggregator (mean)")]
    public decimal Library()
    {
        var total = 0m;
        foreach (var items in _sasaran)
        {
            if (AchievementAggregator.Default.Aggregate(items).Percent is { } p)
            {
                total += p.Value;
            }
        }

        return total;
    }
}
