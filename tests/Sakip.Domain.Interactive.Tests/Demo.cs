using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests;
using Sakip.Domain.Tree;

// The formatters read one process-wide language: tests that switch it must not run beside the others.
[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace Sakip.Domain.Interactive.Tests;

/// <summary>The demo region's files as the sample notebooks read them (src/Sakip.Cli/Demo), and what they compute.</summary>
internal static class Demo
{
    public const int Year = 2025;

    public static string DocumentText { get; } = File.ReadAllText(PathOf("kabupaten-contoh.sakip.json"));

    public static SakipDocument Document { get; } = Read(DocumentText);

    public static MeasurementReport Report { get; } = Measure(Document);

    public static ReviewReport Review { get; } = AlignmentReview.Default.Run(Document);

    public static TreeEvaluation Tree { get; } = Evaluate(Document);

    public static EvaluationResult Lke2024 { get; } = Lke("kabupaten-contoh-lke-2024.json");

    public static EvaluationResult Lke2025 { get; } = Lke("kabupaten-contoh-lke-2025.json");

    public static SakipDocument Read(string json) => SakipDocumentJson.Read(json).GetValueOrThrow();

    public static MeasurementReport Measure(SakipDocument document) => new PerformanceMeasurement(RuleSets.Default).Measure(document, Year).GetValueOrThrow();

    public static TreeEvaluation Evaluate(SakipDocument document) =>
        new TreeEvaluator(new RollUpOptions { Rules = RuleSets.Default }).Evaluate(PerformanceTreeFactory.FromDocument(document, Year).GetValueOrThrow());

    private static EvaluationResult Lke(string file) => EvaluationJson.Read(File.ReadAllText(PathOf(file))).GetValueOrThrow().Score(AnswerSource.Final);

    private static string PathOf(string file) => Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", file);
}
