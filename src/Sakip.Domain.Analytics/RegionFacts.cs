using System.Collections.Concurrent;
using System.Text.Json;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Analytics;

/// <summary>Every fact row of one region and year: its capaian rows, its performance tree's nodes and its LKE
/// sub-component scores, built from the library's own results (<see cref="PerformanceMeasurement"/>,
/// <see cref="PerformanceTreeFactory"/> and <see cref="TreeEvaluator"/>, <see cref="Evaluation.Score"/>); no figure is
/// computed a second way.</summary>
/// <remarks>Immutable and thread-safe. Rows come in the library's own order (agreements, sasaran and targets as the
/// document lists them; nodes as the tree lists them; components and sub-components as the scheme lists them), so
/// the same document gives the same rows.</remarks>
public sealed record RegionFacts
{
    internal RegionFacts(string provinceCode, int year, ValueList<CapaianFact> capaian, ValueList<TreeNodeFact> tree, ValueList<EvaluationFact> evaluations, ValueList<Problem> treeProblems = default)
    {
        TreeProblems = treeProblems;
        ProvinceCode = provinceCode;
        Year = year;
        Capaian = capaian;
        Tree = tree;
        Evaluations = evaluations;
    }

    /// <summary>The province the region belongs to (the partition key).</summary>
    public string ProvinceCode { get; }

    /// <summary>The year (the partition key).</summary>
    public int Year { get; }

    /// <summary>The capaian rows: one per target of every Perjanjian Kinerja of the year.</summary>
    public ValueList<CapaianFact> Capaian { get; }

    /// <summary>The performance tree's nodes of the year.</summary>
    public ValueList<TreeNodeFact> Tree { get; }

    /// <summary>Why the region has no tree rows when its performance tree could not be built (the tree factory's
    /// problems, e.g. an indicator used twice on one node); empty when it was. The capaian and LKE rows do not depend
    /// on the tree and are kept.</summary>
    public ValueList<Problem> TreeProblems { get; }

    /// <summary>The LKE rows of the year's evaluations: one per sub-component.</summary>
    public ValueList<EvaluationFact> Evaluations { get; }

    /// <summary>Builds every fact row of a region and the whole of a year under a rule set, rolling the tree up with the
    /// mean (the default <see cref="RollUpOptions"/> with <paramref name="rules"/>).</summary>
    /// <param name="document">The region's document.</param>
    /// <param name="year">The year, 1900–2200; the document must have a Perjanjian Kinerja for it.</param>
    /// <param name="rules">The rule set for achievements, presentation and bands.</param>
    /// <param name="provinceCode">The province the region belongs to: 1 to 8 letters or digits, equal to the region's
    /// code or its first segment (<c>33</c> for <c>33.99</c>).</param>
    /// <returns>The rows, or every problem: a bad province code, a region outside it, and the measurement's problems
    /// (e.g. no agreement for the year). A tree that cannot be built leaves the tree rows empty and its problems in
    /// <see cref="TreeProblems"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<RegionFacts> From(SakipDocument document, int year, RuleSet rules, string provinceCode)
    {
        Guard.Against.Null(rules);
        return From(document, year, new RollUpOptions { Rules = rules }, provinceCode, asOf: null);
    }

    /// <summary>Builds every fact row of a region and year under roll-up options (rule set, strategy, missing-item
    /// policy).</summary>
    /// <param name="document">The region's document.</param>
    /// <param name="year">The year, 1900–2200; the document must have a Perjanjian Kinerja for it.</param>
    /// <param name="options">The roll-up options; their rule set also measures the capaian rows.</param>
    /// <param name="provinceCode">The province the region belongs to: 1 to 8 letters or digits, equal to the region's
    /// code or its first segment (<c>33</c> for <c>33.99</c>).</param>
    /// <param name="asOf">The as-of period in that year; <see langword="null"/> means the whole year.</param>
    /// <returns>The rows, or every problem (as the other overload; a tree that cannot be built leaves the tree rows
    /// empty and its problems in <see cref="TreeProblems"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="asOf"/> is null.</exception>
    public static Result<RegionFacts> From(SakipDocument document, int year, RollUpOptions options, string provinceCode, ReportingPeriod? asOf)
    {
        Guard.Against.Null(document);
        Guard.Against.Null(options);
        Guard.Against.Null(provinceCode);

        var problems = new List<Problem>();
        if (!IsProvinceCode(provinceCode))
        {
            problems.Add(new Problem("provinceCode", AnalyticsMessages.ProvinceCodeInvalid));
        }
        else if (!InProvince(document.Region.Code, provinceCode))
        {
            problems.Add(new Problem("region.code", AnalyticsMessages.RegionOutsideProvince(document.Region.Code, provinceCode)));
        }

        var report = new PerformanceMeasurement(options.Rules).Measure(document, year, asOf);
        problems.AddRange(report.Problems);
        if (problems.Count > 0)
        {
            return Result<RegionFacts>.Failure(problems);
        }

        var measured = report.GetValueOrThrow();
        var tree = PerformanceTreeFactory.FromDocument(document, year, asOf);
        ValueList<TreeNodeFact> nodes = tree.TryGetValue(out var built)
            ? [.. TreeRows(document, provinceCode, year, new TreeEvaluator(options).Evaluate(built))]
            : [];
        return Result<RegionFacts>.Success(new RegionFacts(
            provinceCode,
            year,
            [.. CapaianRows(document, provinceCode, measured)],
            nodes,
            [.. EvaluationRows(document, provinceCode, year)],
            tree.Problems));
    }

    /// <summary>Whether a text can be a province code: 1 to 8 letters or digits (it names a partition folder).</summary>
    internal static bool IsProvinceCode(string code) =>
        code.Length is >= 1 and <= 8 && code.All(char.IsAsciiLetterOrDigit);

    private static bool InProvince(string regionCode, string provinceCode) =>
        regionCode == provinceCode
        || (regionCode.Length > provinceCode.Length + 1 && regionCode.StartsWith(provinceCode, StringComparison.Ordinal) && regionCode[provinceCode.Length] == '.');

    private static IEnumerable<CapaianFact> CapaianRows(SakipDocument document, string provinceCode, MeasurementReport report)
    {
        var region = document.Region;
        var kind = Name(region.Kind);
        var asOf = report.AsOf.ToString();
        foreach (var agreement in report.Agreements)
        {
            var agency = agreement.Agency?.ToString();
            foreach (var sasaran in agreement.Sasaran)
            {
                foreach (var row in sasaran.Indicators)
                {
                    var result = row.Result;
                    var explanation = result.Explanation;
                    var band = result.Band;
                    yield return new CapaianFact(
                        region.Code,
                        region.Name,
                        kind,
                        provinceCode,
                        report.Year,
                        asOf,
                        agreement.PerjanjianKinerjaId,
                        agency,
                        agreement.Name,
                        sasaran.SasaranId,
                        row.IndicatorId,
                        row.Name,
                        row.Unit,
                        Name(row.Polarity),
                        row.Target.Lower,
                        row.Target.Upper,
                        row.Realisation?.Value,
                        Name(result.Status),
                        result.IsAchieved ? null : result.Reason?.Code,
                        result.Percent?.Value,
                        result.Presented?.Value,
                        band?.Rank,
                        band?.Label.Indonesian,
                        explanation.FormulaId,
                        explanation.FormulaId is null ? null : explanation.FormulaVersion,
                        report.RuleSetId,
                        report.RuleSetVersion);
                }
            }
        }
    }

    private static IEnumerable<TreeNodeFact> TreeRows(SakipDocument document, string provinceCode, int year, TreeEvaluation evaluation)
    {
        var tree = evaluation.Tree;
        var rules = evaluation.Options.Rules;
        var strategy = evaluation.Options.Strategy.Id;
        for (var i = 0; i < tree.Nodes.Count; i++)
        {
            var node = tree.Nodes[i];
            var result = evaluation.Results[i];
            var parents = tree.Parents(node.Id).Select(p => p.Id).ToArray();
            yield return new TreeNodeFact(
                document.Region.Code,
                provinceCode,
                year,
                node.Id,
                parents.Length == 0 ? null : parents[0],
                parents.Length,
                tree.DepthOf(node.Id),
                node.Name,
                Name(node.Level),
                Name(node.Kind),
                node.Agency?.ToString(),
                node.Code?.ToString(),
                Name(result.Status),
                result.Value?.Value,
                result.Presented?.Value,
                result.Band?.Rank,
                result.Band?.Label.Indonesian,
                strategy,
                rules.Id,
                rules.Version);
        }
    }

    private static IEnumerable<EvaluationFact> EvaluationRows(SakipDocument document, string provinceCode, int year)
    {
        foreach (var evaluation in document.Evaluations.Where(e => e.Year == year))
        {
            var scored = evaluation.Score();
            var scheme = evaluation.Scheme;
            var method = Name(scored.Method);
            foreach (var component in scored.Components)
            {
                foreach (var sub in component.SubComponents)
                {
                    yield return new EvaluationFact(
                        document.Region.Code,
                        provinceCode,
                        year,
                        evaluation.Subject,
                        scheme.Id,
                        scheme.Version,
                        method,
                        component.Component.Id,
                        component.Component.Name,
                        component.Component.Weight,
                        component.Score,
                        component.PresentedScore,
                        sub.SubComponent.Id,
                        sub.SubComponent.Name,
                        sub.SubComponent.Weight,
                        sub.Score,
                        sub.PresentedScore,
                        scored.Total,
                        scored.PresentedTotal,
                        scored.Grade?.Code,
                        scored.Grade?.Label.Indonesian,
                        scored.IsComplete);
                }
            }
        }
    }

    /// <summary>An enum value's name as the library's JSON writes it: camelCase (<c>notReported</c>), without
    /// reflection-based serialization (trimmed and AOT hosts disable it).</summary>
    internal static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumNames<TEnum>.Of(value, JsonNamingPolicy.CamelCase);

    /// <summary>An evaluation method's name as the library's JSON writes it: kebab-case (<c>criterion-grades</c>).</summary>
    internal static string Name(EvaluationMethod value) => EnumNames<EvaluationMethod>.Of(value, JsonNamingPolicy.KebabCaseLower);

    private static class EnumNames<TEnum>
        where TEnum : struct, Enum
    {
        private static readonly ConcurrentDictionary<(TEnum, JsonNamingPolicy), string> Names = new();

        public static string Of(TEnum value, JsonNamingPolicy policy) =>
            Names.GetOrAdd((value, policy), static key => key.Item2.ConvertName(key.Item1.ToString()));
    }
}
