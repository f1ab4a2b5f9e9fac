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
    [BenchmarkCategory(PerCriterion)]
    public decimal Library() => Sum(_byCriterion);

    [Benchmark(Baseline = true, Description = "naive LINQ grade scorer")]
    [BenchmarkCategory(PerSubComponent)]
    public decimal NaiveGrades()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var sum = 0m;
        foreach (var grades in _grades)
        {
            sum += EvaluationFixtures.NaiveGradeScore(scheme, grades);
        }

        return sum;
    }

    [Benchmark(Description = "Evaluation.Score (graded)")]
    [BenchmarkCategory(PerSubComponent)]
    public decimal LibraryGrades() => Sum(_bySubComponent);

    private static decimal Sum(Evaluation[] evaluations)
    {
        var sum = 0m;
        foreach (var evaluation in evaluations)
        {
            sum += evaluation.Score().Total!.Value;
        }

        return sum;
    }
}
