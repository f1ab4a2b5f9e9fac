using Sakip.Domain.Evaluations.Schemes;

namespace Sakip.Domain.Evaluations;

/// <summary>The built-in evaluation schemes (sakip-reference §2).</summary>
public static class EvaluationSchemes
{
    /// <summary>
    /// PermenPAN-RB 88/2021 (current; the default), id <c>permenpanrb-88-2021</c>: four components weighted
    /// 30/30/15/25, each split 20/30/50 % into Keberadaan (a), Kualitas (b) and Pemanfaatan (c), 80 criteria (the reference's per-sub-component counts; its total row says 85, see the assumptions) with ids
    /// like <c>1a.1</c>, mean scoring, grades AA &gt; 90 … D. Which criteria are yes/no is open in the sources: the
    /// assumption is listed in <see cref="EvaluationScheme.Assumptions"/> and can be changed with
    /// <see cref="EvaluationScheme.WithScale(AnswerScale, string[])"/>.
    /// </summary>
    public static EvaluationScheme PermenPanRb88Of2021 { get; } = EvaluationScheme.Create(PermenPanRb88Of2021Data.Definition).Model;

    /// <summary>
    /// PermenPAN-RB 12/2015 (superseded; for history and trends), id <c>permenpanrb-12-2015</c>: five components
    /// A–E weighted 30/25/15/10/20 with their sub-components; component E (capaian kinerja) can be answered from
    /// measured achievements with <c>CapaianKinerjaAnswers</c>.
    /// </summary>
    public static EvaluationScheme PermenPanRb12Of2015 { get; } = EvaluationScheme.Create(PermenPanRb12Of2015Data.Definition).Model;

    /// <summary>The default scheme: <see cref="PermenPanRb88Of2021"/>.</summary>
    public static EvaluationScheme Default => PermenPanRb88Of2021;

    /// <summary>Every built-in scheme, newest first.</summary>
    public static IReadOnlyList<EvaluationScheme> All { get; } = [PermenPanRb88Of2021, PermenPanRb12Of2015];

    /// <summary>Finds a built-in scheme by id, ignoring case.</summary>
    /// <param name="id">The id: <c>permenpanrb-88-2021</c> or <c>permenpanrb-12-2015</c>.</param>
    /// <returns>The scheme, or <see langword="null"/>.</returns>
    public static EvaluationScheme? Find(string? id) => All.FirstOrDefault(s => string.Equals(s.Id, id?.Trim(), StringComparison.OrdinalIgnoreCase));
}
