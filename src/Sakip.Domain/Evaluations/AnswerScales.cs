namespace Sakip.Domain.Evaluations;

/// <summary>The answer scales of the LKE worksheets.</summary>
public static class AnswerScales
{
    /// <summary>Yes/no: <c>Y</c> (ya) = 1, <c>T</c> (tidak) = 0. Three independent LKE tools agree [apps].</summary>
    public static AnswerScale YesNo { get; } = new(
        "yes-no",
        "Ya / Tidak",
        [new AnswerOption("Y", 1m, "Ya"), new AnswerOption("T", 0m, "Tidak")]);

    /// <summary>
    /// The graded A–E scale: A = 1, B = 0.75, C = 0.5, D = 0.25, E = 0 [apps]. Under PermenPAN-RB 12/2015 the
    /// grades read as the share of the condition met: A &gt; 90 %, B &gt; 75–90 %, C &gt; 40–75 %, D &gt; 10–40 %,
    /// E ≤ 10 %.
    /// </summary>
    public static AnswerScale AToE { get; } = new(
        "a-e",
        "A / B / C / D / E",
        [
            new AnswerOption("A", 1m, "> 90 % terpenuhi"),
            new AnswerOption("B", 0.75m, "> 75–90 % terpenuhi"),
            new AnswerOption("C", 0.5m, "> 40–75 % terpenuhi"),
            new AnswerOption("D", 0.25m, "> 10–40 % terpenuhi"),
            new AnswerOption("E", 0m, "≤ 10 % terpenuhi"),
        ]);

    /// <summary>
    /// The four-level variant one region uses: A = 1, B = 0.66, C = 0.33, D = 0 [disagree]. Not used by the built-in
    /// schemes; pass it to <see cref="EvaluationScheme.WithScale(AnswerScale, string[])"/> or name it in a scheme file.
    /// </summary>
    public static AnswerScale FourLevel { get; } = new(
        "four-level",
        "A / B / C / D (empat tingkat)",
        [
            new AnswerOption("A", 1m, "Sepenuhnya terpenuhi"),
            new AnswerOption("B", 0.66m, "Sebagian besar terpenuhi"),
            new AnswerOption("C", 0.33m, "Sebagian kecil terpenuhi"),
            new AnswerOption("D", 0m, "Tidak terpenuhi"),
        ]);

    /// <summary>Every built-in scale.</summary>
    public static IReadOnlyList<AnswerScale> All { get; } = [YesNo, AToE, FourLevel];

    /// <summary>Finds a built-in scale by id, ignoring case.</summary>
    /// <param name="id">The id, e.g. <c>a-e</c>.</param>
    /// <returns>The scale, or <see langword="null"/>.</returns>
    public static AnswerScale? Find(string? id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
}
