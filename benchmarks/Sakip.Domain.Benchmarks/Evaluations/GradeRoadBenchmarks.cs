using BenchmarkDotNet.Attributes;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Benchmarks.Evaluations;

/// <summary>
/// The road to the next grade for 100 agencies' worksheets. Baseline: the greedy search an app would write — try every
/// single answer improvement, rescore the whole worksheet for each, take the best, repeat until the grade is reached
/// (no minimality guarantee, no dependency caps). The library sorts the possible improvements once, rescores once per
/// road length and trims.
/// </summary>
[MemoryDiagnoser]
public class GradeRoadBenchmarks
{
    private EvaluationResult[] _results = [];
    private Dictionary<string, string>[] _codes = [];

    [Params(100)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var evaluations = EvaluationFixtures.Create(Count, seed: 7);
        _results = [.. evaluations.Select(e => e.Score())];
        _codes = [.. evaluations.Select(EvaluationFixtures.Codes)];
    }

    [Benchmark(Baseline = true, Description = "naive greedy rescoring")]
    public int NaiveGreedy()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var steps = 0;
        for (var i = 0; i < _results.Length; i++)
        {
            var grades = scheme.Grades;
            var target = grades.Above(_results[i].Grade!) ?? _results[i].Grade!;
            var codes = new Dictionary<string, string>(_codes[i]);
            var total = EvaluationFixtures.NaiveScore(scheme, codes);
            while (!grades.Reaches(grades.DecidingScore(total), target))
            {
                (string Id, string Code, decimal Total)? best = null;
                foreach (var criterion in scheme.Criteria)
                {
                    var current = codes[criterion.Id];
                    foreach (var option in criterion.Scale.Options.TakeWhile(o => o.Code != current))
                    {
                        codes[criterion.Id] = option.Code;
                        var trial = EvaluationFixtures.NaiveScore(scheme, codes);
                        if (best is null || trial > best.Value.Total)
                        {
                            best = (criterion.Id, option.Code, trial);
                        }
                    }

                    codes[criterion.Id] = current;
                }

                if (best is not { } chosen)
                {
                    break;
                }

                codes[chosen.Id] = chosen.Code;
                total = chosen.Total;
                steps++;
            }
        }

        return steps;
    }

    [Benchmark(Description = "GradeRoad.Find")]
    public int Library()
    {
        var steps = 0;
        foreach (var result in _results)
        {
            steps += GradeRoad.Find(result).Model.Steps.Count;
        }

        return steps;
    }
}
