using System.Collections;
using System.Reflection;
using FsCheck.Fluent;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Explanations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Tests.Review;
using Sakip.Domain.Tests.Tree;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Text;

/// <summary>The private <c>ToDump()</c> views LINQPad shows instead of the objects: every one is found by reflection
/// and called on real values; walking what it returns never throws, shows figures as presented, and holds the
/// expected texts.</summary>
public sealed class DumpViewTests
{
    private const BindingFlags Declared = BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.DeclaredOnly;

    private static readonly int RuleDecimals = RuleSets.Default.Rounding.Decimals;

    private static readonly AchievementCalculator Calculator = new(RuleSets.Default);

    private static readonly Lazy<Samples> Values = new(() => new Samples());

    /// <summary>Types whose views show figures the rule set rounded; every other view shows at most
    /// <see cref="DumpView.DisplayDecimals"/>.</summary>
    private static readonly Type[] RulePresented =
    [
        typeof(AchievementResult), typeof(Explanation), typeof(AggregateResult), typeof(MeasurementReport), typeof(AgreementMeasurement),
        typeof(SasaranMeasurement), typeof(IndicatorMeasurement), typeof(TreeEvaluation),
    ];

    /// <summary>The types the issue and the brief name: each must have a view.</summary>
    private static readonly Type[] Required =
    [
        typeof(AchievementResult), typeof(Result<>), typeof(Problem), typeof(Reason), typeof(BilingualText), typeof(Explanation),
        typeof(Percentage), typeof(Measure), typeof(Target), typeof(MeasurementReport), typeof(AgreementMeasurement), typeof(SasaranMeasurement),
        typeof(IndicatorMeasurement), typeof(TreeEvaluation), typeof(NodeResult), typeof(EvaluationResult), typeof(ComponentScore),
        typeof(SubComponentScore), typeof(GradeRoad), typeof(ReviewReport), typeof(ReviewFinding),
    ];

    private static Type[] ViewTypes { get; } = [.. typeof(Problem).Assembly.GetTypes().Where(t => t.GetMethod("ToDump", Declared, Type.EmptyTypes) is not null).OrderBy(t => t.FullName, StringComparer.Ordinal)];

    public static TheoryData<string> ViewTypeNames => [.. ViewTypes.Select(t => t.FullName!)];

    [Fact]
    public void ToDump_EveryRequiredType_HasAParameterlessView()
    {
        Assert.All(Required, t => Assert.Contains(t, ViewTypes));
        Assert.All(ViewTypes, t => Assert.Contains(t.GetMethod("ToDump", Declared, Type.EmptyTypes)!.ReturnType, new[] { typeof(object), typeof(string) }));
    }

    [Theory]
    [MemberData(nameof(ViewTypeNames))]
    public void ToDump_RealValues_WalksWithoutThrowingAndShowsFiguresAsPresented(string typeName)
    {
        var type = ViewTypes.Single(t => t.FullName == typeName);
        var values = Values.Value.Of(type);
        Assert.NotEmpty(values);
        var limit = RulePresented.Contains(type) ? RuleDecimals : DumpView.DisplayDecimals;
        foreach (var value in values)
        {
            var view = Dump(value);
            Assert.NotNull(view);
            var figures = new List<(string Path, decimal Value)>();
            Walk(view, 0, type.Name, figures);
            Assert.All(figures, f => Assert.True(f.Value.Scale <= limit, $"{f.Path} shows {f.Value} ({f.Value.Scale} decimals; at most {limit})"));
        }
    }

    [Fact]
    public void ToDump_AchievementResult_ShowsPresentedValueBandAndSentences()
    {
        var result = Calculator.Calculate(12m, 10.4m, Polarity.Negative);

        var view = Dump(result);

        Assert.Equal(113.33m, Get(view, "Achievement"));
        Assert.Equal(2, ((decimal)Get(view, "Achievement")!).Scale);
        Assert.Equal("Sangat Tinggi", Get(view, "Band"));
        Assert.Equal(AchievementStatus.Achieved, Get(view, "Status"));
        Assert.Contains("113,33", (string)Get(view, "Sentence")!, StringComparison.Ordinal);
        Assert.Contains("113.33", (string)Get(view, "SentenceEnglish")!, StringComparison.Ordinal);
        Assert.Null(Get(view, "Problems"));
        Assert.DoesNotContain(view!.GetType().GetProperties(), p => p.Name.StartsWith("IsT", StringComparison.Ordinal) || p.Name.StartsWith("AsT", StringComparison.Ordinal));
    }

    [Fact]
    public void ToDump_InvalidInput_ListsProblemsAsPathCodeAndMessage()
    {
        var result = Calculator.Calculate(10m, -3m);

        var problems = (object[])Get(Dump(result), "Problems")!;

        var problem = Assert.Single(problems);
        Assert.Equal(result.AsInvalidInput!.Problems[0].Path, Get(problem, "Path"));
        Assert.Equal("negative-not-allowed", Get(problem, "Code"));
        Assert.Equal(Messages.NegativeNotAllowed.Message.Indonesian, Get(problem, "Message"));
        Assert.Equal(Messages.NegativeNotAllowed.Message.English, Get(problem, "MessageEnglish"));
    }

    [Fact]
    public void ToDump_Result_ShowsValueOrProblemsNotTheUnion()
    {
        var success = Percentage.TryParse("12,5", Cultures.Indonesian);
        var failure = Percentage.TryParse("dua belas", Cultures.Indonesian);

        Assert.Equal(true, Get(Dump(success), "IsSuccess"));
        Assert.Equal("12.5 %", Dump(Get(Dump(success), "Value")!));
        Assert.Equal(false, Get(Dump(failure), "IsSuccess"));
        Assert.Equal(failure.Problems[0].Reason.Code, Get(Assert.Single((object[])Get(Dump(failure), "Problems")!), "Code"));
    }

    [Fact]
    public void ToDump_ValuesAndTexts_ShowTheirText()
    {
        Assert.Equal("80..90", Dump(Target.Range(80m, 90m)));
        Assert.Equal("10.4", Dump(new Measure(10.4m)));
        Assert.Equal("113.3333 %", Dump(new Percentage(113.3333m)));
        var text = new BilingualText("Very high", "Sangat Tinggi");
        Assert.Equal("Sangat Tinggi", Get(Dump(text), "Indonesian"));
        Assert.Equal("Very high", Get(Dump(text), "English"));
        Assert.Equal("negative-not-allowed", Get(Dump(Messages.NegativeNotAllowed), "Code"));
    }

    [Fact]
    public void ToDump_MeasurementReport_IsTheCapaianTableWithPresentedFigures()
    {
        var report = Values.Value.Report;
        var indicators = report.Agreements.SelectMany(a => a.Sasaran.SelectMany(s => s.Indicators.Select(i => (Agreement: a, Sasaran: s, Indicator: i)))).ToArray();

        var rows = (IEnumerable)Get(Dump(report), "Indicators")!;

        var shown = rows.Cast<object>().ToArray();
        Assert.Equal(indicators.Length, shown.Length);
        Assert.True(indicators.Length > 3);
        for (var i = 0; i < shown.Length; i++)
        {
            var (agreement, sasaran, indicator) = indicators[i];
            Assert.Equal(agreement.Name, Get(shown[i], "Agency"));
            Assert.Equal(sasaran.Sasaran, Get(shown[i], "Sasaran"));
            Assert.Equal(indicator.Name, Get(shown[i], "Indicator"));
            Assert.Equal(indicator.Unit, Get(shown[i], "Unit"));
            Assert.Equal(indicator.Target.ToString(), Get(shown[i], "Target"));
            Assert.Equal(indicator.Result.Presented?.Value, (decimal?)Get(shown[i], "Achievement"));
            Assert.Equal(indicator.Result.Band?.Label.Indonesian, Get(shown[i], "Band"));
            Assert.Equal(indicator.Result.Explanation.FormulaId, Get(shown[i], "Formula"));
        }

        Assert.Contains(indicators, r => r.Indicator.Result.Percent is { } p && p.Value != decimal.Round(p.Value, RuleDecimals));
    }

    [Fact]
    public void ToDump_TreeEvaluation_ShowsEveryNodeAsTheRuleSetPresentsIt()
    {
        var evaluation = TreeEvaluator.Default.Evaluate(TreeFixtures.Region());

        var nodes = ((IEnumerable)Get(Dump(evaluation), "Nodes")!).Cast<object>().ToArray();

        Assert.Equal(evaluation.Results.Count, nodes.Length);
        for (var i = 0; i < nodes.Length; i++)
        {
            Assert.Equal(evaluation.Tree.Nodes[i].Id, Get(nodes[i], "Node"));
            Assert.Equal(evaluation.Results[i].Value is { } v ? RuleSets.Default.Present(v.Value) : null, (decimal?)Get(nodes[i], "Value"));
            Assert.Equal(evaluation.Results[i].Band?.Label.Indonesian, Get(nodes[i], "Band"));
        }
    }

    [Fact]
    public void ToDump_EvaluationResult_ShowsTheDecidingTotalGradeAndComponents()
    {
        foreach (var result in Values.Value.Evaluations.Where(r => r.IsComplete))
        {
            var view = Dump(result);

            Assert.Equal(result.DecidingScore, (decimal?)Get(view, "Total"));
            Assert.True(((decimal)Get(view, "Total")!).Scale <= (result.Evaluation.Scheme.Grades.Deciding?.Decimals ?? DumpView.DisplayDecimals));
            Assert.Equal(result.Grade!.Code, Get(view, "Grade"));
            Assert.Equal(result.Explain(Language.Indonesian), Get(view, "Sentence"));
            Assert.Equal(result.Components.Count, ((IEnumerable)Get(view, "Components")!).Cast<object>().Count());
        }
    }

    [Fact]
    public void ToDump_GradeRoad_ShowsStepsAndTheRoadSentence()
    {
        var road = Values.Value.Roads.First(r => r.Steps.Count > 0);

        var view = Dump(road);

        Assert.Equal(road.Current.Grade!.Code, Get(view, "From"));
        Assert.Equal(road.Target.Code, Get(view, "Target"));
        Assert.Equal(road.Steps.Count, ((IEnumerable)Get(view, "Steps")!).Cast<object>().Count());
        Assert.Equal(road.Explain(Language.Indonesian), Get(view, "Sentence"));
    }

    [Fact]
    public void ToDump_ReviewReport_ShowsCountsAndFindingRows()
    {
        var report = Values.Value.Review;

        var view = Dump(report);

        Assert.Equal(report.ErrorCount, Get(view, "Errors"));
        Assert.Equal(report.WarningCount, Get(view, "Warnings"));
        var first = ((IEnumerable)Get(view, "Findings")!).Cast<object>().First();
        Assert.Equal(report.Findings[0].RuleId, Get(first, "Rule"));
        Assert.Equal(report.Findings[0].Reason.Code, Get(first, "Code"));
        Assert.Equal(report.Findings[0].Reason.Message.Indonesian, Get(first, "Message"));
    }

    private static object? Dump(object value)
    {
        var method = value.GetType().GetMethod("ToDump", Declared, Type.EmptyTypes);
        Assert.NotNull(method);
        return method.Invoke(value, null);
    }

    private static object? Get(object? view, string property)
    {
        Assert.NotNull(view);
        var info = view.GetType().GetProperty(property);
        Assert.True(info is not null, $"{view.GetType().Name} has no {property}");
        return info.GetValue(view);
    }

    /// <summary>Walks a view as LINQPad does: a value with a view is shown by its view; collections by their items;
    /// other objects by their public properties, three levels deep.</summary>
    private static void Walk(object? value, int depth, string path, List<(string, decimal)> figures)
    {
        if (value is null || depth > 3)
        {
            return;
        }

        if (value.GetType().GetMethod("ToDump", Declared, Type.EmptyTypes) is not null)
        {
            value = Dump(value);
            if (value is null)
            {
                return;
            }
        }

        switch (value)
        {
            case decimal figure:
                figures.Add((path, figure));
                return;
            case string or Enum or bool or int or long:
                return;
            case IEnumerable items:
                var index = 0;
                foreach (var item in items)
                {
                    Walk(item, depth, $"{path}[{index++}]", figures);
                }

                return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Walk(property.GetValue(value), depth + 1, $"{path}.{property.Name}", figures);
        }
    }

    /// <summary>Real values of every type with a view: the review fixture's document with realisations for every
    /// target (measured, reviewed, as a tree), the tree fixture, complete and incomplete evaluations of every built-in
    /// scheme by every method it allows, and their roads to the next grade.</summary>
    private sealed class Samples
    {
        public Samples()
        {
            var builder = ReviewFixtures.Builder();
            var targets = builder.PerjanjianKinerja.SelectMany(pk => pk.Targets).DistinctBy(t => t.IndicatorId).ToArray();
            for (var i = 0; i < targets.Length; i++)
            {
                // Uneven realisations, so that capaian have more decimals than presented; one left unreported.
                if (i != 1)
                {
                    builder.Realisations.Add(new IndicatorRealisation(targets[i].IndicatorId, ReportingPeriod.OfYear(ReviewFixtures.PkYear), decimal.Round(targets[i].Target.Lower * (0.87m + (i * 0.031m)) + 0.13m, 2)));
                }
            }

            Document = builder.Build().GetValueOrThrow();
            Report = new PerformanceMeasurement(RuleSets.Default).Measure(Document, ReviewFixtures.PkYear).GetValueOrThrow();
            Review = AlignmentReview.Default.Run(ReviewFixtures.With(b => b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = Target.Point(t.Target.Lower + 7.777m) }) })));
            Assert.NotEmpty(Review.Findings);
            Tree = TreeEvaluator.Default.Evaluate(PerformanceTreeFactory.FromDocument(Document, ReviewFixtures.PkYear).GetValueOrThrow());
            Evaluations =
            [
                .. EvaluationSchemes.All.SelectMany(scheme => EvaluationGenerators.CompleteEvaluations(scheme).Sample(10, 3)
                    .Concat(EvaluationGenerators.Evaluations(scheme).Sample(10, 3))
                    .Select(e => e.Score())),
            ];
            Roads = [.. Evaluations.Where(r => r.IsComplete).Select(r => GradeRoad.Find(r).GetValueOrThrow())];
        }

        public SakipDocument Document { get; }

        public MeasurementReport Report { get; }

        public ReviewReport Review { get; }

        public TreeEvaluation Tree { get; }

        public EvaluationResult[] Evaluations { get; }

        public GradeRoad[] Roads { get; }

        public object[] Of(Type type)
        {
            var achievements = new[]
            {
                Calculator.Calculate(12m, 10.4m, Polarity.Negative),
                Calculator.Calculate(3m, 1m),
                Calculator.Calculate(88m, null),
                Calculator.Calculate(0m, 5m),
                Calculator.Calculate(10m, -3m),
            };
            var failed = Percentage.TryParse("dua belas", Cultures.Indonesian);
            var agreements = Report.Agreements.ToArray();
            var sasaran = agreements.SelectMany(a => a.Sasaran).ToArray();
            object[] all =
            [
                .. achievements, .. achievements.Select(a => a.Explanation), failed, Percentage.TryParse("12,5", Cultures.Indonesian), Result<MeasurementReport>.Success(Report),
                failed.Problems[0], failed.Problems[0].Reason, failed.Problems[0].Reason.Message, new Percentage(113.3333333333333333m), new Measure(10.4m),
                Target.Range(80m, 90m), Report, .. agreements, .. sasaran, .. sasaran.Select(s => s.Aggregate), .. sasaran.SelectMany(s => s.Indicators),
                Tree, TreeEvaluator.Default.Evaluate(TreeFixtures.Region()), .. Tree.Results, .. Evaluations, .. Evaluations.SelectMany(e => e.Components),
                .. Evaluations.SelectMany(e => e.SubComponents), .. Roads, Review, .. Review.Findings,
            ];
            return [.. all.Where(v => v.GetType() == type || (type.IsGenericTypeDefinition && v.GetType().IsGenericType && v.GetType().GetGenericTypeDefinition() == type))];
        }
    }
}
