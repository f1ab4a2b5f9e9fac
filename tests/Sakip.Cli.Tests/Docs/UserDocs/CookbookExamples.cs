#pragma warning disable IDE0005
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Sakip.Domain;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Bands;
using Sakip.Domain.Catalogues;
using Sakip.Domain.DependencyInjection;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Plugins;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;
#pragma warning restore IDE0005

namespace Sakip.Cli.Tests.Docs.UserDocs;

/// <summary>docs/cookbook.md's code, verbatim between the markers (checked and run by <see cref="UserDocsTests"/>).</summary>
internal static class CookbookExamples
{
    [DocExample("cb-polarity")]
    public static void Polarities()
    {
        // begin-example: cb-polarity
        var calculator = new AchievementCalculator(RuleSets.Default);

        // Positive: higher is better, R / T × 100.
        Console.WriteLine(calculator.Calculate(Target.Point(80m), new Measure(72m), Polarity.Positive).Presented?.ToString(null, Cultures.Invariant));
        // Negative: lower is better; the default rule set reflects, (2T − R) / T × 100.
        Console.WriteLine(calculator.Calculate(Target.Point(12m), new Measure(15m), Polarity.Negative).Presented?.ToString(null, Cultures.Invariant));
        // A range target (inflation 2.5–3.5 %, lower is better): inside the range is 100 %; outside, the nearer bound is
        // the target of the polarity's formula.
        Target inflation = Target.Parse("2.5..3.5", CultureInfo.InvariantCulture);
        Console.WriteLine(calculator.Calculate(inflation, new Measure(3.1m), Polarity.Negative).Presented?.ToString(null, Cultures.Invariant));
        Console.WriteLine(calculator.Calculate(inflation, new Measure(4.2m), Polarity.Negative).ToSentence(Language.English));
        // Values that can be negative (growth, inflation) need CalculateSigned; Calculate refuses them.
        Console.WriteLine(calculator.Calculate(2m, new Measure(-1.41m)).Status);
        Console.WriteLine(calculator.CalculateSigned(2m, new Measure(-1.41m)).Presented?.ToString(null, Cultures.Invariant));
        // end-example: cb-polarity
    }

    [DocExample("cb-rule-sets")]
    public static void RuleSetChoice()
    {
        // begin-example: cb-rule-sets
        // Infant mortality: target 32, realisation 4.88; the presets differ in the negative formula.
        foreach (RuleSet preset in RuleSets.All)
        {
            AchievementResult result = new AchievementCalculator(preset).Calculate(32m, new Measure(4.88m), Polarity.Negative);
            Console.WriteLine($"{preset.Id}: {result.Presented} ({preset.NegativeFormulaId})");
        }

        // A region's own choice: derive from a preset, give it its own id and its legal basis.
        RuleSet kabContoh = RuleSets.Inverse with { Id = "kab-contoh-2025", Name = "Kabupaten Contoh 2025", LegalBasis = "Perbup Contoh 12/2025", Cap = 120m };
        Console.WriteLine(new AchievementCalculator(kabContoh).Calculate(32m, new Measure(4.88m), Polarity.Negative).ToSentence(Language.English));
        // end-example: cb-rule-sets
    }

    [DocExample("cb-rule-file")]
    public static void RuleFile(string folder)
    {
        // begin-example: cb-rule-file
        BandSet bands = BandSetJson.Read(File.ReadAllText(Path.Combine(folder, "kab-contoh-3.json"))).GetValueOrThrow();
        RuleCatalogue catalogue = RuleCatalogue.BuiltIn.ToBuilder().Add(bands).Build().GetValueOrThrow();
        Result<RuleSet> read = RuleSetJson.Read(File.ReadAllText(Path.Combine(folder, "kab-contoh-2025.json")), catalogue);
        RuleSet rules = read.GetValueOrThrow();           // read.Problems: every problem, with its line and path
        catalogue = catalogue.ToBuilder().Add(rules).Build().GetValueOrThrow();

        var calculator = new AchievementCalculator(catalogue.RuleSets.Get("kab-contoh-2025"), catalogue.Formulas);
        foreach (decimal realisation in new[] { 4.88m, 30m, 40m })
        {
            AchievementResult result = calculator.Calculate(32m, new Measure(realisation), Polarity.Negative);
            Console.WriteLine($"{result.Presented} {result.Band!.Label.Indonesian}");
        }
        // end-example: cb-rule-file
    }

    [DocExample("cb-year-to-date")]
    public static void YearToDate()
    {
        // begin-example: cb-year-to-date
        // Permits issued: annual target 100, planned per quarter 10, 20, 30, 40 (cumulative: the quarters add up).
        static ReportingPeriod Q(int quarter) => ReportingPeriod.OfQuarter(2025, quarter);
        var plan = new RencanaAksiInput(2025, 100m, Polarity.Positive, AccumulationType.Cumulative,
        [
            new PeriodValue(Q(1), Target.Point(10m), new Measure(12m)),
            new PeriodValue(Q(2), Target.Point(20m), new Measure(18m)),
            new PeriodValue(Q(3), Target.Point(30m), new Measure(27m)),
            new PeriodValue(Q(4), Target.Point(40m), null),                 // not reported yet
        ]);

        var asOf = ReportingPeriod.Parse("2025-Q3", CultureInfo.InvariantCulture); // always explicit: never the clock
        var calculator = AchievementCalculator.Default;
        Console.WriteLine(calculator.CalculateYearToDate(plan, asOf).Presented?.ToString(null, Cultures.Invariant));          // 57 of the 60 planned so far
        Console.WriteLine(calculator.CalculateAgainstAnnualTarget(plan, asOf).Presented?.ToString(null, Cultures.Invariant)); // 57 of the year's 100
        Console.WriteLine(calculator.CalculateYearToDate(plan, asOf).ToSentence(Language.English));
        // end-example: cb-year-to-date
    }

    [DocExample("cb-aggregate")]
    public static void Aggregate()
    {
        // begin-example: cb-aggregate
        var calculator = AchievementCalculator.Default;
        AggregationItem[] indicators =
        [
            new("IKU-01", calculator.Calculate(80m, new Measure(72m))) { Weight = 2m },
            new("IKU-02", calculator.Calculate(12m, new Measure(15m), Polarity.Negative)),
            new("IKU-03", calculator.Calculate(50m, null)),                  // not reported: left out, never 0
        ];

        var aggregator = new AchievementAggregator(RuleSets.Default);
        foreach (var strategy in new[] { RollUpStrategies.Mean, RollUpStrategies.WeightedMean, RollUpStrategies.Worst })
        {
            AggregateValue value = aggregator.Aggregate(indicators, strategy).AsValue!;
            Console.WriteLine($"{strategy.Id}: {value.Presented} {value.Band.Label.Indonesian} ({value.Included.Count} in, {value.Excluded.Count} left out)");
        }

        // Count what is missing as 0 instead (some regions' rule), or refuse a figure while anything is missing:
        Console.WriteLine(aggregator.Aggregate(indicators, RollUpStrategies.Mean, MissingItemPolicy.CountAsZero).AsValue!.Presented.ToString(null, Cultures.Invariant));
        Console.WriteLine(aggregator.Aggregate(indicators, RollUpStrategies.Mean, MissingItemPolicy.MarkIncomplete));
        // end-example: cb-aggregate
    }

    [DocExample("cb-bulk")]
    public static void Bulk()
    {
        // begin-example: cb-bulk
        var calculator = AchievementCalculator.Default;
        AchievementInput[] inputs =
        [
            new(Target.Point(80m), new Measure(72m)),
            new(Target.Point(12m), new Measure(15m), Polarity.Negative),
            new(Target.Point(50m), null),                                    // not reported
            new(Target.Point(0m), new Measure(3m)),                          // a target of 0: not measurable
        ];

        AchievementFigures[] figures = calculator.CalculateFigures(inputs);
        for (var i = 0; i < inputs.Length; i++)
        {
            Console.WriteLine($"{i}: {figures[i].Status} {figures[i].Presented?.ToString(null, Cultures.Invariant)} {figures[i].Band?.Label.Indonesian}");
        }

        // Why is the second one below target? Ask for that one's explanation.
        Console.WriteLine(calculator.Calculate(inputs[1]).ToSentence(Language.English));
        // end-example: cb-bulk
    }

    [DocExample("cb-read-problems")]
    public static void ReadProblems()
    {
        // begin-example: cb-read-problems
        string json = """
            {
              "formatVersion": 1,
              "region": { "code": "33.99", "name": "Kabupaten Contoh", "kind": "kabupaten" },
              "indicators": [
                { "id": "IKU-01", "name": "Angka kematian bayi", "unit": "per 1.000 KH",
                  "polarity": "negative", "accumulation": "lastValue", "type": "outcome", "target": 7.5 }
              ],
              "realisations": [
                { "indicatorId": "IKU-02", "period": "2025-Q5", "value": "4,88" }
              ]
            }
            """;
        Result<SakipDocument> read = SakipDocumentJson.Read(json);
        Console.WriteLine(read.IsSuccess);
        foreach (Problem problem in read.Problems)
        {
            Console.WriteLine(problem.ToString(Language.Indonesian));
        }
        // end-example: cb-read-problems
    }

    [DocExample("cb-review")]
    public static void ReviewFindings(SakipDocument document)
    {
        // begin-example: cb-review
        ReviewReport report = AlignmentReview.Default.Run(document);

        // The rules that found something, with how many:
        foreach (RuleRun rule in report.Rules.Where(r => r.FindingCount > 0))
        {
            Console.WriteLine($"{rule.Id} {rule.Severity} ×{rule.FindingCount}: {rule.Title.English}");
        }

        // Only the errors, in English; or only one rule's findings:
        foreach (ReviewFinding error in report.Findings.Where(f => f.Severity == Severity.Error))
        {
            Console.WriteLine($"{error.Path}: {error.Reason.In(Language.English)}");
        }

        Console.WriteLine(report.FindingsOf("ALN-009").Single().Subject);

        // A review without a rule you do not apply (plugins add their own with .With(rule)):
        ReviewReport without = AlignmentReview.Default.Without("ALN-010").Run(document);
        Console.WriteLine($"{report.ErrorCount} errors with ALN-010, {without.ErrorCount} without");
        // end-example: cb-review
    }

    [DocExample("cb-tree")]
    public static void TreeChange(SakipDocument document)
    {
        // begin-example: cb-tree
        var evaluator = new TreeEvaluator(new RollUpOptions { Rules = RuleSets.Default });
        PerformanceTree tree = PerformanceTreeFactory.FromDocument(document, 2025).GetValueOrThrow();
        TreeEvaluation before = evaluator.Evaluate(tree);

        // What if the Bupati's IKU-01 had been reported at 14? The tree is immutable: WithRealisation returns a new one.
        TreeEvaluation after = evaluator.Evaluate(tree.WithRealisation("IKU-01", new Measure(14m)));
        string Show(Percentage? value) => value?.ToString(null, Cultures.Indonesian) ?? "-";
        foreach (NodeChange change in TreeEvaluation.Compare(before, after))
        {
            string band = change.BandChanged ? $" ({change.BandBefore?.Label.Indonesian} → {change.BandAfter?.Label.Indonesian})" : "";
            Console.WriteLine($"{change.Name}: {Show(change.PresentedBefore)} → {Show(change.PresentedAfter)}{band}");
        }
        // end-example: cb-tree
    }

    [DocExample("cb-lke")]
    public static void Lke(string lkePath, string lke2024Path, string folder)
    {
        // begin-example: cb-lke
        // A blank worksheet to fill in (what `sakip lke template` writes); it reads back with nothing graded yet.
        EvaluationScheme scheme = EvaluationSchemes.PermenPanRb88Of2021;
        File.WriteAllText(Path.Combine(folder, "lke-2026.json"), EvaluationJson.Template(scheme, "Kabupaten Contoh", 2026));
        Evaluation blank = EvaluationJson.Read(File.ReadAllText(Path.Combine(folder, "lke-2026.json"))).GetValueOrThrow();
        Console.WriteLine($"{blank.Score().IsComplete}: {blank.Score().Ungraded.Count} sub-components to grade");

        // A filled-in one: the self-assessment (proposed) against the evaluator (final).
        Evaluation lke = EvaluationJson.Read(File.ReadAllText(lkePath)).GetValueOrThrow();
        EvaluationResult final = lke.Score(AnswerSource.Final);
        Console.WriteLine(lke.Score(AnswerSource.Proposed).Explain(Language.English));
        Console.WriteLine(final.Explain(Language.English));

        // The road to a grade of your choice, not only the next one:
        GradeRoad toBb = GradeRoad.Find(final, scheme.Grades.Find("BB")).GetValueOrThrow();
        Console.WriteLine(toBb.Explain(Language.English));

        // Two years side by side:
        Evaluation lke2024 = EvaluationJson.Read(File.ReadAllText(lke2024Path)).GetValueOrThrow();
        Console.WriteLine(EvaluationComparison.Compare(lke2024.Score(AnswerSource.Final), final).Explain(Language.English));
        // end-example: cb-lke
    }

    [DocExample("cb-present")]
    public static void Present()
    {
        // begin-example: cb-present
        AchievementResult result = AchievementCalculator.Default.Calculate(32m, new Measure(4.88m), Polarity.Negative);
        foreach (Language language in new[] { Language.Indonesian, Language.English })
        {
            CultureInfo culture = Cultures.For(language);     // built in: works without the system's culture data
            Console.WriteLine($"{result.Presented!.Value.ToString("0.00", culture)} {result.Band!.Label.In(language)}");
            Console.WriteLine(result.ToSentence(language));
        }

        // Reading what people type: Indonesian thousands points and decimal comma, strictly (4,88 never becomes 488).
        Console.WriteLine(Measure.Parse("1.234,5", Cultures.Indonesian).ToString(null, Cultures.Invariant));
        Console.WriteLine(Measure.TryParse("4,8,8", Cultures.Indonesian).Problems[0].Reason.In(Language.English));
        // end-example: cb-present
    }

    [DocExample("cb-di")]
    public static void DependencyInjection()
    {
        // begin-example: cb-di
        var services = new ServiceCollection();
        services.AddSakip(sakip => sakip.Configure(rules => rules.Add(
            RuleSets.Inverse with { Id = "kota-contoh-2025", Name = "Kota Contoh 2025", LegalBasis = "Perwali Contoh 3/2025", Cap = 125m })));
        using ServiceProvider provider = services.BuildServiceProvider();

        // Check the configuration at startup without an exception (resolving RuleCatalogue throws one listing every problem):
        Result<RuleCatalogue> check = provider.GetRequiredService<SakipCatalogueProvider>().Result;
        Console.WriteLine(check.IsSuccess);

        RuleCatalogue catalogue = provider.GetRequiredService<RuleCatalogue>();
        var calculator = new AchievementCalculator(catalogue.RuleSets.Get("kota-contoh-2025"), provider.GetRequiredService<FormulaRegistry>());
        Console.WriteLine(calculator.Calculate(32m, new Measure(4.88m), Polarity.Negative).Presented?.ToString(null, Cultures.Invariant));
        // end-example: cb-di
    }

    // begin-example: cb-plugin-class
    public sealed class KabContohPlugin : ISakipPlugin
    {
        public string Name => "Kabupaten Contoh";

        public void Register(RuleCatalogueBuilder catalogue) => catalogue
            .Add(RuleSets.Inverse with { Id = "kab-contoh-2025", Name = "Kabupaten Contoh 2025", LegalBasis = "Perbup Contoh 12/2025", Cap = 120m });
    }
    // end-example: cb-plugin-class

    [DocExample("cb-plugin-use")]
    public static void Plugin()
    {
        // begin-example: cb-plugin-use
        Result<RuleCatalogue> built = RuleCatalogue.CreateBuilder().Add(new KabContohPlugin()).Build();
        RuleCatalogue catalogue = built.GetValueOrThrow();   // built.Problems: a clash or a bad rule, with the plugin named
        Console.WriteLine(string.Join(", ", catalogue.Plugins));
        Console.WriteLine(catalogue.RuleSets.Get("kab-contoh-2025").LegalBasis);
        // end-example: cb-plugin-use
    }
}
