using BenchmarkDotNet.Attributes;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Benchmarks.Evaluations;

/// <summary>
/// Scoring 1,000 LKE worksheets (88/2021, 80 criteria each): every agency of a province evaluated by its inspectorate.
/// Baseline: the naive scorer of a typical e-SAKIP app (string lookups and LINQ means, total only). The library adds
/// per-criterion scores, completeness and bounds, logic checks and the grade.
/// </summary>
[MemoryDiagnoser]
public class EvaluationScoringBenchmarks
{
    private Evaluation[] _evaluations = [];
    private Dictionary<string, string>[] _codes = [];

    [Params(1_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _evaluations = EvaluationFixtures.Create(Count);
        _codes = [.. _evaluations.Select(EvaluationFixtures.Codes)];
    }

    [Benchmark(Baseline = true, Description = "naive LINQ scorer")]
    public decimal Naive()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var sum = 0m;
        foreach (var codes in _codes)
        {
            sum += EvaluationFixtures.NaiveScore(scheme, codes);
        }

        return sum;
    }

    [Benchmark(Description = "Evaluation.Score")]
    public decimal Library()
    {
        var sum = 0m;
        foreach (var evaluation in _evaluations)
        {
            sum += evaluation.Score().Total!.Value;
        }

        return sum;
    }
}
