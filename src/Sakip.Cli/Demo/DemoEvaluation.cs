using Sakip.Domain.Evaluations;

namespace Sakip.Cli.Demo;

/// <summary>
/// The demo region's AKIP evaluations under PermenPAN-RB 88/2021 (fictional), graded the official way, one grade per
/// sub-component on the eight-level scale: 2024 (the evaluator's final grades) and 2025 (the self-assessment's
/// proposed grades and the evaluator's final grades, with evidence). In 2025 the self-assessment also graded the
/// criteria of 1b Kualitas, and its grade of 1b (BB) is above what those criteria point to (B), which the logic check
/// reports. The evaluator's grades give 58.35 (CC) for 2024 and 66.45 (B) for 2025; 66.45 is the 2025 realisation of
/// IKU-15 "Nilai evaluasi SAKIP" in <see cref="DemoRegion"/>.
/// </summary>
internal static class DemoEvaluation
{
    /// <summary>The subject evaluated.</summary>
    public const string Subject = "Kabupaten Contoh";

    // One row per sub-component: the evaluator's 2024 grade, the self-assessment's 2025 grade, the evaluator's 2025 grade.
    private static readonly (string SubComponent, string Final2024, string Proposed2025, string Final2025)[] Grades =
    [
        ("1a", "B", "A", "BB"),
        ("1b", "CC", "BB", "B"),
        ("1c", "CC", "B", "B"),
        ("2a", "BB", "BB", "BB"),
        ("2b", "CC", "BB", "B"),
        ("2c", "C", "B", "CC"),
        ("3a", "B", "A", "BB"),
        ("3b", "CC", "BB", "BB"),
        ("3c", "C", "B", "CC"),
        ("4a", "B", "BB", "B"),
        ("4b", "C", "B", "CC"),
        ("4c", "C", "B", "C"),
    ];

    // The self-assessment's grades of the 11 criteria of 1b in 2025: their mean is 70 %, which is B, not BB.
    private static readonly string[] Proposed1bCriteria = ["BB", "B", "B", "B", "B", "A", "B", "C", "B", "B", "CC"];

    /// <summary>The 2024 evaluation (final grades).</summary>
    /// <returns>The evaluation.</returns>
    public static Evaluation Of2024() => Build(2024, g => new SubComponentAnswer(g.SubComponent, null, g.Final2024), []);

    /// <summary>The 2025 evaluation: proposed and final grades, with evidence on the keberadaan sub-components, and the
    /// self-assessment's criterion grades of 1b.</summary>
    /// <returns>The evaluation.</returns>
    public static Evaluation Of2025() => Build(
        2025,
        g => new SubComponentAnswer(g.SubComponent, g.Proposed2025, g.Final2025)
        {
            Evidence = g.SubComponent.EndsWith('a') ? [$"Dokumen {g.SubComponent} Keberadaan (unggahan e-SAKIP 2025)"] : [],
            Note = g.Proposed2025 != g.Final2025 ? "Nilai evaluator berbeda dari penilaian mandiri; lihat catatan hasil evaluasi." : null,
        },
        Proposed1bCriteria.Select((code, i) => new CriterionAnswer($"1b.{i + 1}", code, null)));

    private static Evaluation Build(int year, Func<(string SubComponent, string Final2024, string Proposed2025, string Final2025), SubComponentAnswer> grade, IEnumerable<CriterionAnswer> criteria)
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var built = Evaluation.Create(scheme, Subject, year, EvaluationMethod.SubComponentGrades, criteria, Grades.Select(grade));
        return built.IsSuccess ? built.GetValueOrThrow() : throw new InvalidOperationException("The demo evaluation does not build: " + string.Join("; ", built.Problems));
    }
}
