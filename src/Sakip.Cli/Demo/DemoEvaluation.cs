using Sakip.Domain.Evaluations;

namespace Sakip.Cli.Demo;

/// <summary>
/// The demo region's AKIP evaluations under PermenPAN-RB 88/2021 (fictional): 2024 (evaluator's final answers) and
/// 2025 (the self-assessment's proposed answers and the evaluator's final answers, with evidence). The 2025
/// self-assessment claims a quality criterion above its existence criterion (1b.9 individual plans aligned while 1a.7
/// says individual plans do not exist), which the logic check flags. The evaluator's answers give 58.16 (CC) for 2024
/// and 66.45 (B) for 2025, three answers short of BB; 66.45 is the 2025 realisation of IKU-15 "Nilai evaluasi SAKIP"
/// in <see cref="DemoRegion"/>.
/// </summary>
internal static class DemoEvaluation
{
    /// <summary>The subject evaluated.</summary>
    public const string Subject = "Kabupaten Contoh";

    // One string per sub-component, one answer code per criterion in worksheet order (Y/T for existence, A–E
    // otherwise).
    private static readonly (string SubComponent, string Final2024, string Proposed2025, string Final2025)[] Answers =
    [
        ("1a", "YYYYYYT", "YYYYYYT", "YYYYYYT"),
        ("1b", "BBBCBCBCEE", "ABBBBBBBBE", "BBBBBCBCEE"),
        ("1c", "BCBBCCBE", "BBBBBBBE", "BBBBCBBE"),
        ("2a", "YYY", "YYY", "YYY"),
        ("2b", "BBCBCCB", "BBBBBBB", "BBBBCBB"),
        ("2c", "CCCDCCCCDC", "BBCCBBCCCB", "BCCCBCCCDC"),
        ("3a", "YYYYYT", "YYYYYY", "YYYYYY"),
        ("3b", "BBBCCBCCB", "ABBBBBBBB", "BBBCCBCBB"),
        ("3c", "CCBCCCE", "BBBBBCC", "BBBCCCC"),
        ("4a", "YYT", "YYY", "YYY"),
        ("4b", "BCBBE", "BBBBB", "BCBBC"),
        ("4c", "CCCEC", "BBBCB", "CCCCC"),
    ];

    /// <summary>The 2024 evaluation (final answers).</summary>
    /// <returns>The evaluation.</returns>
    public static Evaluation Of2024() => Build(2024, a => new CriterionAnswer(a.Id, null, a.Final2024));

    /// <summary>The 2025 evaluation: proposed and final answers, with evidence on the existence criteria.</summary>
    /// <returns>The evaluation.</returns>
    public static Evaluation Of2025() => Build(2025, a => new CriterionAnswer(a.Id, a.Proposed2025, a.Final2025)
    {
        Evidence = a.Id.Split('.')[0].EndsWith('a') && a.Final2025 == "Y" ? [$"Dokumen {a.Id} (unggahan e-SAKIP 2025)"] : [],
        Note = a.Proposed2025 != a.Final2025 ? "Nilai evaluator berbeda dari penilaian mandiri; lihat catatan hasil evaluasi." : null,
    });

    private static Evaluation Build(int year, Func<(string Id, string Final2024, string Proposed2025, string Final2025), CriterionAnswer> answer)
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var answers = Answers.SelectMany(row => row.Final2024.Select((_, i) => answer(($"{row.SubComponent}.{i + 1}", row.Final2024[i].ToString(), row.Proposed2025[i].ToString(), row.Final2025[i].ToString()))));
        var built = Evaluation.Create(scheme, Subject, year, answers);
        return built.Success ? built.Model : throw new InvalidOperationException("The demo evaluation does not build: " + string.Join("; ", built.Problems));
    }
}
