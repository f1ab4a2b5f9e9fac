using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Json.Tests;

/// <summary>A small answer file shared by the readers' and the command-line tool's hostile-text tests.</summary>
internal static class SampleAnswers
{
    /// <summary>An answer document with one grade (1a) and one criterion answer (1a.1), both with final code A.</summary>
    public static readonly string OneGradeA = EvaluationJson.Write(Evaluation.Create(
        EvaluationSchemes.PermenPanRb88Of2021,
        "Kabupaten Contoh",
        2025,
        EvaluationMethod.SubComponentGrades,
        [new CriterionAnswer("1a.1", "AA", "A")],
        [new SubComponentAnswer("1a", "AA", "A")]).GetValueOrThrow());
}
