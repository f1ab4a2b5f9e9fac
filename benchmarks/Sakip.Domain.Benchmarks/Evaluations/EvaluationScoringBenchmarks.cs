using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Benchmarks.Evaluations;

/// <summary>
/// Scoring 1,000 LKE worksheets (88/2021, 80 criteria and 12 sub-components each, on the eight-level scale): every
/// agency of a province evaluated by its inspectorate, by either method. Baselines: the naive scorers of a typical
/// e-SAKIP app (string lookups and LINQ, total only) — the mean of each sub-component's criteria × its weight when every
/// criterion is graded, weight × the grade's value when sub-components are. The library adds per-criterion and
/// per-sub-component scores, completeness and bounds, logic checks (grade mismatches included) and the grade.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class EvaluationScoringBenchmarks
{
    private const string PerCriterion = "per criterion";
    private const string PerSubComponent = "per sub-component";

    private Evaluation[] _byCriterion = [];
    private Evaluation[] _bySubComponent = [];
    private Dictionary<string, string>[] _codes = [];
    private Dictionary<string, string>[] _grades = [];

    [Params(1_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _byCriterion = EvaluationFixtures.Create(Count, EvaluationMethod.CriterionGrades);
        _bySubComponent = EvaluationFixtures.Create(Count, EvaluationMethod.SubComponentGrades);
        _codes = [.. _byCriterion.Select(EvaluationFixtures.Codes)];
        _grades = [.. _bySubComponent.Select(EvaluationFixtures.GradeCodes)];
    }

    [Benchmark(Baseline = true, Description = "naive LINQ scorer")]
    [BenchmarkCategory(PerCriterion)]
    public decimal Naive() => Sum(_codes, codes => EvaluationFixtures.NaiveScore(EvaluationSchemes.PermenPanRb88Of2021, codes));

    [Benchmark(Description = "Evaluation.Score")]
    [BenchmarkCategory(PerCriterion)]
    public decimal Library() => Sum(_byCriterion, Total);

    [Benchmark(Baseline = true, Description = "naive LINQ grade scorer")]
    [BenchmarkCategory(PerSubComponent)]
    public decimal NaiveGrades() => Sum(_grades, grades => EvaluationFixtures.NaiveGradeScore(EvaluationSchemes.PermenPanRb88Of2021, grades));

    [Benchmark(Description = "Evaluation.Score (graded)")]
    [BenchmarkCategory(PerSubComponent)]
    public decimal LibraryGrades() => Sum(_bySubComponent, Total);

    private static decimal Total(Evaluation evaluation) => evaluation.Score().Total!.Value;

    private static decimal Sum<T>(T[] items, Func<T, decimal> score)
    {
        var sum = 0m;
        foreach (var item in items)
        {
            sum += score(item);
        }

        return sum;
    }
}
