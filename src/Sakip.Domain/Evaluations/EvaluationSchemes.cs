using System.Diagnostics.CodeAnalysis;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations.Schemes;

namespace Sakip.Domain.Evaluations;

/// <summary>The built-in evaluation schemes: the KemenPAN-RB worksheets of PermenPAN-RB 88/2021 and 12/2015 (see
/// docs/evaluation.md).</summary>
/// <remarks>Each scheme is a scheme file (docs/evaluation-scheme.md) embedded in this assembly, e.g.
/// <c>Sakip.Domain.Evaluations.Schemes.permenpanrb-88-2021.json</c>, read when this type is first used. Thread-safe.</remarks>
public static class EvaluationSchemes
{
    /// <summary>
    /// PermenPAN-RB 88/2021 (current; the default), id <c>permenpanrb-88-2021</c>, version 2: four components weighted
    /// 30/30/15/25, each split 20/30/50 % into Keberadaan (a), Kualitas (b) and Pemanfaatan (c); the worksheet's 80
    /// criteria in its own wording (component 1 in layout A, 6/11/8) with ids like <c>1a.1</c>; every criterion and
    /// sub-component on the eight-level scale AA / A / BB / B / CC / C / D / E (<see cref="AnswerScales.EightLevel"/>);
    /// one grade per sub-component as the default method (<see cref="EvaluationMethod.SubComponentGrades"/>), a grade
    /// per criterion as the other; grades AA &gt; 90 … D.
    /// </summary>
    public static EvaluationScheme PermenPanRb88Of2021 { get; } = SchemeFile.Load("permenpanrb-88-2021");

    /// <summary>
    /// PermenPAN-RB 88/2021 with component 1 in layout B (7/10/8), id <c>permenpanrb-88-2021-layout-b</c>: criterion
    /// "Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja" is 1a.7 instead of 1b.10. Everything
    /// else is <see cref="PermenPanRb88Of2021"/>'s.
    /// </summary>
    public static EvaluationScheme PermenPanRb88Of2021LayoutB { get; } = SchemeFile.Load("permenpanrb-88-2021-layout-b");

    /// <summary>
    /// PermenPAN-RB 12/2015 (superseded; for history and trends), id <c>permenpanrb-12-2015</c>: five components
    /// A–E weighted 30/25/15/10/20 with their sub-components; component E (capaian kinerja) can be answered from
    /// measured achievements with <c>CapaianKinerjaAnswers</c>.
    /// </summary>
    public static EvaluationScheme PermenPanRb12Of2015 { get; } = SchemeFile.Load("permenpanrb-12-2015");

    /// <summary>
    /// An inspectorate's PermenPAN-RB 12/2015 worksheet for agencies, id <c>permenpanrb-12-2015-apip</c>: the
    /// regulation's weights with the worksheet's 92 criteria in its own wording, each on its own scale (yes/no, A–E,
    /// A–C, A–D), component E by points (3 / 1.5 / 3 of 7.5; 5 / 2.5 / 5 of 12.5), graded per criterion.
    /// </summary>
    public static EvaluationScheme PermenPanRb12Of2015Worksheet { get; } = SchemeFile.Load("permenpanrb-12-2015-apip");

    /// <summary>The default scheme: <see cref="PermenPanRb88Of2021"/>.</summary>
    public static EvaluationScheme Default => PermenPanRb88Of2021;

    private static readonly Catalogue<EvaluationScheme> Entries = new("evaluation scheme", static s => s.Id, PermenPanRb88Of2021, PermenPanRb88Of2021LayoutB, PermenPanRb12Of2015, PermenPanRb12Of2015Worksheet);

    /// <summary>Every built-in scheme, newest first.</summary>
    public static IReadOnlyList<EvaluationScheme> All => Entries.All;

    /// <summary>Finds a built-in scheme by id.</summary>
    /// <param name="id">The id, e.g. <c>permenpanrb-88-2021</c> or <c>permenpanrb-12-2015</c>; white space around it
    /// and letter case are ignored.</param>
    /// <param name="scheme">The scheme, when found.</param>
    /// <returns>Whether a built-in scheme has that id (<see langword="false"/> for a <see langword="null"/> id).</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out EvaluationScheme? scheme) => Entries.TryGet(id, out scheme);

    /// <summary>The built-in scheme with an id the caller knows is there.</summary>
    /// <param name="id">The id, e.g. <c>permenpanrb-88-2021</c>; white space around it and letter case are
    /// ignored.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in scheme has that id; the message lists the ids there are.</exception>
    public static EvaluationScheme Get(string id) => Entries.Get(id);
}
