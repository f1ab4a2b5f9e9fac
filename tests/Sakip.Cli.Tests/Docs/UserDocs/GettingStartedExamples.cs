#pragma warning disable IDE0005
using Sakip.Domain;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;
#pragma warning restore IDE0005

namespace Sakip.Cli.Tests.Docs.UserDocs;

/// <summary>docs/getting-started.md's code, verbatim between the markers (checked and run by <see cref="UserDocsTests"/>).
/// Each step after the first starts from the <c>document</c> the reading step read.</summary>
internal static class GettingStartedExamples
{
    [DocExample("gs-first-capaian")]
    public static void FirstCapaian()
    {
        // begin-example: gs-first-capaian
        // Poverty rate: target 9.5 %, realisation 9.12 %; lower is better, so the indicator is negative.
        var calculator = new AchievementCalculator(RuleSets.Default);
        AchievementResult result = calculator.Calculate(Target.Point(9.5m), new Measure(9.12m), Polarity.Negative);

        Console.WriteLine(result.Status);                                  // Achieved
        Console.WriteLine(result.Presented?.ToString(null, Cultures.Invariant));   // rounded as the rule set says
        Console.WriteLine(result.Band!.Label.Indonesian);
        Console.WriteLine(result.ToSentence(Language.English));            // every result explains itself
        // end-example: gs-first-capaian
    }

    [DocExample("gs-read")]
    public static void Reading(string documentPath)
    {
        // begin-example: gs-read
        Result<SakipDocument> read = SakipDocumentJson.Read(File.ReadAllText(documentPath));
        if (!read.TryGetValue(out var document))
        {
            foreach (Problem problem in read.Problems)
            {
                Console.WriteLine(problem);   // every problem at once, with its line and JSON path; never an exception
            }

            return;
        }

        Console.WriteLine($"{document.Region.Name}: RPJMD {document.Rpjmd!.Period}, {document.Renstras.Count} Renstra, "
            + $"{document.PerjanjianKinerja.Count} Perjanjian Kinerja, {document.Realisations.Count} realisations");
        // end-example: gs-read
    }

    [DocExample("gs-review")]
    public static void Reviewing(SakipDocument document)
    {
        // begin-example: gs-review
        ReviewReport review = AlignmentReview.Default.Run(document);
        Console.WriteLine($"{review.Rules.Count} rules: {review.ErrorCount} errors, {review.WarningCount} warnings, {review.InfoCount} info");
        foreach (ReviewFinding finding in review.Findings.Take(3))   // errors first, then warnings, then info
        {
            Console.WriteLine($"{finding.RuleId} {finding.Severity} {finding.Path}");
            Console.WriteLine($"  {finding.Reason.In(Language.Indonesian)}");
        }

        Console.WriteLine($"RPJMD sasaran supported: {review.Coverage.RpjmdSasaranSupported}");
        // end-example: gs-review
    }

    [DocExample("gs-measure")]
    public static void Measuring(SakipDocument document)
    {
        // begin-example: gs-measure
        var rules = RuleSets.Default;
        MeasurementReport report = new PerformanceMeasurement(rules).Measure(document, 2025).GetValueOrThrow();
        AgreementMeasurement bupati = report.Agreements[0];
        Console.WriteLine($"{bupati.Name} ({bupati.Position}), rule set {report.RuleSetId}, as of {report.AsOf}");
        foreach (IndicatorMeasurement row in bupati.Sasaran[0].Indicators)
        {
            string capaian = row.Result.Presented?.ToString(null, Cultures.Indonesian) ?? row.Result.Status.ToString();
            Console.WriteLine($"  {row.Name}: T {row.Target.ToString(null, Cultures.Indonesian)}, "
                + $"R {row.Realisation?.ToString(null, Cultures.Indonesian) ?? "-"}, capaian {capaian} {row.Result.Band?.Label.Indonesian}");
        }

        AggregateValue sasaran = bupati.Sasaran[0].Aggregate.AsValue!;
        Console.WriteLine($"  Sasaran {bupati.Sasaran[0].SasaranId}: {sasaran.Presented.ToString(null, Cultures.Indonesian)} {sasaran.Band.Label.Indonesian}");

        // Year to date: what the Rencana Aksi planned and the agencies reported up to the period; annual indicators have
        // nothing to show yet, and say so instead of showing 0.
        var q3 = new PerformanceMeasurement(rules).Measure(document, 2025, ReportingPeriod.OfQuarter(2025, 3)).GetValueOrThrow();
        foreach (AgreementMeasurement agreement in q3.Agreements.Take(3))
        {
            string figure = agreement.Sasaran[0].Aggregate.Match(
                value => value.Presented.ToString(null, Cultures.Indonesian),
                notAvailable => notAvailable.Reason.In(Language.Indonesian),
                invalid => string.Join("; ", invalid.Problems));
            Console.WriteLine($"  {q3.AsOf} {agreement.PerjanjianKinerjaId} {agreement.Sasaran[0].SasaranId}: {figure}");
        }
        // end-example: gs-measure
    }

    [DocExample("gs-tree")]
    public static void Rolling(SakipDocument document)
    {
        // begin-example: gs-tree
        PerformanceTree tree = PerformanceTreeFactory.FromDocument(document, 2025).GetValueOrThrow();
        TreeEvaluation evaluation = new TreeEvaluator(new RollUpOptions { Rules = RuleSets.Default }).Evaluate(tree);
        Console.WriteLine($"{tree.Nodes.Count} nodes");
        foreach (TreeNode goal in tree.Roots)
        {
            NodeResult result = evaluation[goal.Id];
            Console.WriteLine($"{goal.Name}: {result.Presented?.ToString(null, Cultures.Indonesian)} {result.Band?.Label.Indonesian}");
            foreach (TreeNode sasaran in tree.Children(goal.Id))
            {
                Console.WriteLine($"  {sasaran.Name}: {evaluation[sasaran.Id].Presented?.ToString(null, Cultures.Indonesian)}");
            }
        }
        // end-example: gs-tree
    }

    [DocExample("gs-lke")]
    public static void Lke(string lkePath, string lke2024Path)
    {
        // begin-example: gs-lke
        Evaluation lke2025 = EvaluationJson.Read(File.ReadAllText(lkePath)).GetValueOrThrow();       // kabupaten-contoh-lke-2025.json
        Evaluation lke2024 = EvaluationJson.Read(File.ReadAllText(lke2024Path)).GetValueOrThrow();   // kabupaten-contoh-lke-2024.json

        EvaluationResult score = lke2025.Score(AnswerSource.Final);        // the evaluator's grades
        Console.WriteLine(score.Explain(Language.Indonesian));
        foreach (ComponentScore component in score.Components)
        {
            Console.WriteLine("  " + component.Explain(Language.Indonesian));
        }

        GradeRoad road = GradeRoad.Find(score).GetValueOrThrow();           // the fewest improvements to the next grade
        Console.WriteLine(road.Explain(Language.Indonesian));

        EvaluationComparison change = EvaluationComparison.Compare(lke2024.Score(AnswerSource.Final), score);
        Console.WriteLine(change.Explain(Language.Indonesian));
        // end-example: gs-lke
    }

    [DocExample("gs-present")]
    public static void Present()
    {
        // begin-example: gs-present
        AchievementResult result = AchievementCalculator.Default.Calculate(Target.Point(65m), Measure.Parse("90,83", Cultures.Indonesian));
        Percentage capaian = result.Presented!.Value;

        Console.WriteLine(capaian.ToString(null, Cultures.Indonesian));       // Indonesian reports: decimal comma
        Console.WriteLine(capaian.ToString(null, Cultures.Invariant));        // data exchange and English text
        Console.WriteLine(capaian.ToString("0.0", Cultures.Indonesian));      // a format of your own
        Console.WriteLine(result.ToSentence(Language.Indonesian));
        Console.WriteLine(result.ToSentence(Language.English));
        // end-example: gs-present
    }
}
