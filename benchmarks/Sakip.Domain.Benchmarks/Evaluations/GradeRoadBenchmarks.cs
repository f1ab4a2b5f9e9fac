using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Benchmarks.Evaluations;

/// <summary>
/// The road to the next grade for 100 agencies' worksheets (88/2021, eight-level scale), graded per criterion and per
/// sub-component. Baselines: the greedy search an app would write — try every single answer improvement, rescore the
/// whole worksheet for each, take the best, repeat until the grade is reached (no minimality guarantee, no dependency
/// caps). The library sorts the possible improvements once, rescores once per road length and trims.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class GradeRoadBenchmarks
{
    private const string PerCriterion = "per criterion";
    private const string PerSubComponent = "per sub-component";

    private EvaluationResult[] _byCriterion = [];
    private EvaluationResult[] _bySubComponent = [];
    private Dictionary<string, string>[] _codes = [];
    private Dictionary<string, string>[] _grades = [];

    [Params(100)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var byCriterion = EvaluationFixtures.Create(Count, EvaluationMethod.CriterionGrades, seed: 7);
        var bySubComponent = EvaluationFixtures.Create(Count, EvaluationMethod.SubComponentGrades, seed: 7);
        _byCriterion = [.. byCriterion.Select(e => e.Score())];
        _bySubComponent = [.. bySubComponent.Select(e => e.Score())];
        _codes = [.. byCriterion.Select(EvaluationFixtures.Codes)];
        _grades = [.. bySubComponent.Select(EvaluationFixtures.GradeCodes)];
    }

    [Benchmark(Baseline = true, Description = "naive greedy rescoring")]
    [BenchmarkCategory(PerCriterion)]
    public int NaiveGreedy()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        return Greedy(_byCriterion, _codes, [.. scheme.Criteria.Select(c => (c.Id, c.Scale))], codes => EvaluationFixtures.NaiveScore(scheme, codes));
    }

    [Benchmark(Description = "GradeRoad.Find")]
    [BenchmarkCategory(PerCriterion)]
    public int Library() => Roads(_byCriterion);

    [Benchmark(Baseline = true, Description = "naive greedy grade rescoring")]
    [BenchmarkCategory(PerSubComponent)]
    public int NaiveGreedyGrades()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        return Greedy(_bySubComponent, _grades, [.. scheme.SubComponents.Select(s => (s.Id, s.Scale!))], grades => EvaluationFixtures.NaiveGradeScore(scheme, grades));
    }

    [Benchmark(Description = "GradeRoad.Find (graded)")]
    [BenchmarkCategory(PerSubComponent)]
    public int LibraryGrades() => Roads(_bySubComponent);

    private static int Roads(EvaluationResult[] results)
    {
        var steps = 0;
        foreach (var result in results)
        {
            steps += GradeRoad.Find(result).GetValueOrThrow().Steps.Count;
        }

        return steps;
    }

    /// <summary>The naive greedy road over the answers a method counts: lift the one answer whose best option adds
    /// the most, rescoring everything for each trial, until the next grade is reached.</summary>
    private static int Greedy(EvaluationResult[] results, Dictionary<string, string>[] answers, (string Id, AnswerScale Scale)[] slots, Func<Dictionary<string, string>, decimal> score)
    {
        var grades = EvaluationSchemes.PermenPanRb88Of2021.Grades;
        var steps = 0;
        for (var i = 0; i < results.Length; i++)
        {
            var target = grades.Above(results[i].Grade!) ?? results[i].Grade!;
            var codes = new Dictionary<string, string>(answers[i]);
            var total = score(codes);
            while (!grades.Reaches(grades.DecidingScore(total), target))
            {
                (string Id, string Code, decimal Total)? best = null;
                foreach (var (id, scale) in slots)
                {
                    var current = codes[id];
                    foreach (var option in scale.Options.TakeWhile(o => o.Code != current))
                    {
                        codes[id] = option.Code;
                        var trial = score(codes);
                        if (best is null || trial > best.Value.Total)
                        {
                            best = (id, option.Code, trial);
                        }
                    }

                    codes[id] = current;
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
}
