#pragma warning disable IDE0005
using Sakip.Domain;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
#pragma warning restore IDE0005

namespace Sakip.Cli.Tests.Docs.UserDocs;

/// <summary>The README's end-to-end example, verbatim between the markers (checked and run by <see cref="UserDocsTests"/>).</summary>
internal static class ReadmeExamples
{
    [DocExample("readme-end-to-end")]
    public static void EndToEnd(string documentPath)
    {
        // begin-example: readme-end-to-end
        // 1. Read a region's document (RPJMD, Renstras, Perjanjian Kinerja, Rencana Aksi, realisations, LKE answers).
        Result<SakipDocument> read = SakipDocumentJson.Read(File.ReadAllText(documentPath)); // kabupaten-contoh.sakip.json
        SakipDocument document = read.GetValueOrThrow(); // on bad input, read.Problems lists every problem with its line

        // 2. Review the plans: does the cascade hold together?
        ReviewReport review = AlignmentReview.Default.Run(document);
        Console.WriteLine($"Review: {review.ErrorCount} errors, {review.WarningCount} warnings");

        // 3. Measure the 2025 agreements (pass an as-of period such as ReportingPeriod.OfQuarter(2025, 3) for year to date).
        MeasurementReport report = new PerformanceMeasurement(RuleSets.Default).Measure(document, 2025).GetValueOrThrow();
        SasaranMeasurement sasaran = report.Agreements[0].Sasaran[0];
        Console.WriteLine($"{sasaran.Sasaran}: {sasaran.Aggregate.AsValue?.Presented.ToString(null, Cultures.Indonesian)}");

        // 4. Roll the agencies' figures up the performance tree (pohon kinerja).
        PerformanceTree tree = PerformanceTreeFactory.FromDocument(document, 2025).GetValueOrThrow();
        TreeEvaluation rolled = new TreeEvaluator(new RollUpOptions { Rules = RuleSets.Default }).Evaluate(tree);
        TreeNode goal = tree.Roots.First();
        Console.WriteLine($"{goal.Name}: {rolled[goal.Id].Presented?.ToString(null, Cultures.Indonesian)}");

        // 5. Score the AKIP evaluation (LKE) and find the road to the next grade.
        EvaluationResult lke = document.Evaluations.Single(e => e.Year == 2025).Score();
        Console.WriteLine(lke.Explain(Language.Indonesian));
        Console.WriteLine(GradeRoad.Find(lke).GetValueOrThrow().Explain(Language.Indonesian));
        // end-example: readme-end-to-end
    }
}
