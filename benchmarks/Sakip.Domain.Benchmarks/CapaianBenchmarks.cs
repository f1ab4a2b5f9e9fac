using BenchmarkDotNet.Attributes;
using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// Achievement of 10,000 indicators. Baseline: the hand-rolled arithmetic of a typical e-SAKIP app (one decimal
/// expression per polarity, no validation, no result states, no explanation). The library adds validation,
/// range handling, states, band, rounding and an explanation per result, made when it is read: the ratios say what
/// the figures cost, and what reading every explanation adds.
/// </summary>
[MemoryDiagnoser]
public class CapaianBenchmarks
{
    private AchievementInput[] _inputs = [];
    private AchievementCalculator _calculator = AchievementCalculator.Default;
    private AchievementFigures[] _figures = [];

    [Params(10_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _inputs = DemoIndicators.Create(Count);
        _calculator = new AchievementCalculator(RuleSets.Default);
        _figures = new AchievementFigures[Count];
    }

    [Benchmark(Baseline = true, Description = "naive inline decimal")]
    public decimal NaiveInline()
    {
        var sum = 0m;
        foreach (var input in _inputs)
        {
            if (input.Realisation is not { } r || input.Target.Lower == 0m)
            {
                continue;
            }

            var t = input.Target.Lower;
            sum += input.Polarity == Polarity.Positive ? r.Value / t * 100m : (2m * t - r.Value) / t * 100m;
        }

        return sum;
    }

    [Benchmark(Description = "AchievementCalculator")]
    public decimal Library()
    {
        var sum = 0m;
        foreach (var input in _inputs)
        {
            if (_calculator.Calculate(input).Percent is { } p)
            {
                sum += p.Value;
            }
        }

        return sum;
    }

    [Benchmark(Description = "AchievementCalculator, every explanation read")]
    public decimal LibraryExplained()
    {
        var sum = 0m;
        foreach (var input in _inputs)
        {
            var result = _calculator.Calculate(input);
            if (result.Percent is { } p)
            {
                sum += p.Value + result.Explanation.Steps.Count;
            }
        }

        return sum;
    }

    [Benchmark(Description = "AchievementCalculator.CalculateFigures (bulk)")]
    public decimal LibraryBulk()
    {
        _calculator.CalculateFigures(_inputs, _figures);
        var sum = 0m;
        foreach (var figures in _figures)
        {
            if (figures.Percent is { } p)
            {
                sum += p.Value;
            }
        }

        return sum;
    }
}
