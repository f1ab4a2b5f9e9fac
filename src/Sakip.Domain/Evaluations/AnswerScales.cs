using System.Diagnostics.CodeAnalysis;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations;

/// <summary>The answer scales of the LKE worksheets.</summary>
public static class AnswerScales
{
    /// <summary>
    /// The eight-level scale of the PermenPAN-RB 88/2021 worksheet for kualitas (quality) and pemanfaatan (use):
    /// AA = 1, A = 0.9, BB = 0.8, B = 0.7, CC = 0.6, C = 0.5, D = 0.3, E = 0. AA, A and BB all mean every criterion is
    /// met (AA: with an innovation worth a national model; A: with efforts worth commending); B to D grade the share
    /// met; E is no effort at all. Keberadaan (existence) takes the same values with its own meaning of AA and A:
    /// <see cref="EightLevelExistence"/>. The meanings (<see cref="AnswerOption.Label"/>: the Indonesian as the
    /// worksheet's guidance prints it, with an English rendering) are the evaluators' guidance
    /// that public e-SAKIP worksheets reproduce (see docs/evaluation.md).
    /// </summary>
    public static AnswerScale EightLevel { get; } = AkipScale(
        "aa-e",
        "AA / A / BB / B / CC / C / D / E",
        ("Kualitas seluruh kriteria telah terpenuhi (100%) dan terdapat upaya inovatif serta layak menjadi percontohan secara nasional.", "The quality of every criterion is met (100 %), with innovative efforts worth a national model."),
        ("Kualitas seluruh kriteria telah terpenuhi (100%) dan terdapat beberapa upaya yang bisa dihargai dari pemenuhan kriteria tersebut.", "The quality of every criterion is met (100 %), with some efforts in meeting them worth commending."));

    /// <summary>
    /// The eight-level scale of the PermenPAN-RB 88/2021 worksheet for keberadaan (existence): the values of
    /// <see cref="EightLevel"/> (AA = 1 … E = 0), with AA meaning every criterion met and kept for at least the last
    /// five years, A kept for at least the last year.
    /// </summary>
    public static AnswerScale EightLevelExistence { get; } = AkipScale(
        "aa-e-keberadaan",
        "AA / A / BB / B / CC / C / D / E (keberadaan)",
        ("Seluruh kriteria telah terpenuhi (100%) dan telah dipertahankan dalam setidaknya 5 tahun terakhir.", "Every criterion is met (100 %) and has been kept for at least the last five years."),
        ("Seluruh kriteria telah terpenuhi (100%) dan telah dipertahankan dalam setidaknya 1 tahun terakhir.", "Every criterion is met (100 %) and has been kept for at least the last year."));

    /// <summary>Yes/no: <c>Y</c> (ya) = 1, <c>T</c> (tidak) = 0, as the PermenPAN-RB 12/2015 worksheets answer their
    /// fulfilment (pemenuhan) questions.</summary>
    public static AnswerScale YesNo { get; } = new(
        "yes-no",
        "Ya / Tidak",
        [new AnswerOption("Y", 1m, new("Yes", "Ya")), new AnswerOption("T", 0m, new("No", "Tidak"))]);

    /// <summary>
    /// The graded A–E scale of the PermenPAN-RB 12/2015 worksheets: A = 1, B = 0.75, C = 0.5, D = 0.25, E = 0 (the
    /// values an inspectorate's worksheet computes with). What share of the condition each grade means is not
    /// confirmed by a regulation's text: the labels give the reading of that worksheet's tooltip (A 100 %, B &gt; 90 %,
    /// C 75–90 %, D 20–75 %, E &lt; 20 %); other tools used &gt; 90 / 75–90 / 40–75 / 10–40 %.
    /// </summary>
    public static AnswerScale AToE { get; } = new(
        "a-e",
        "A / B / C / D / E",
        [
            new AnswerOption("A", 1m, new("Fully met (100 %)", "Terpenuhi seluruhnya (100 %)")),
            new AnswerOption("B", 0.75m, new("Mostly met (> 90 %)", "Sebagian besar terpenuhi (> 90 %)")),
            new AnswerOption("C", 0.5m, new("Partly met (75–90 %)", "Terpenuhi sebagian (75–90 %)")),
            new AnswerOption("D", 0.25m, new("A small part met (20–75 %)", "Sebagian kecil terpenuhi (20–75 %)")),
            new AnswerOption("E", 0m, new("Not met (< 20 %)", "Tidak terpenuhi (< 20 %)")),
        ]);

    /// <summary>
    /// The three-level scale a few PermenPAN-RB 12/2015 worksheet items use: A = 1, B = 0.5, C = 0.
    /// </summary>
    public static AnswerScale ThreeLevel { get; } = new(
        "a-c",
        "A / B / C",
        [
            new AnswerOption("A", 1m, new("Met", "Terpenuhi")),
            new AnswerOption("B", 0.5m, new("Partly met", "Terpenuhi sebagian")),
            new AnswerOption("C", 0m, new("Not met", "Tidak terpenuhi")),
        ]);

    /// <summary>
    /// The four-level variant one region uses: A = 1, B = 0.66, C = 0.33, D = 0 (the 12/2015 inspectorate worksheet uses
    /// 0.67 and 0.33 instead: <see cref="AToD"/>). Not used by the built-in
    /// schemes; pass it to <see cref="EvaluationScheme.WithScale(AnswerScale, string[])"/> or name it in a scheme file.
    /// </summary>
    public static AnswerScale FourLevel { get; } = new(
        "four-level",
        "A / B / C / D (empat tingkat)",
        [
            new AnswerOption("A", 1m, new("Fully met", "Sepenuhnya terpenuhi")),
            new AnswerOption("B", 0.66m, new("Mostly met", "Sebagian besar terpenuhi")),
            new AnswerOption("C", 0.33m, new("A small part met", "Sebagian kecil terpenuhi")),
            new AnswerOption("D", 0m, new("Not met", "Tidak terpenuhi")),
        ]);

    /// <summary>
    /// The four-level scale a few PermenPAN-RB 12/2015 worksheet items use: A = 1, B = 0.67, C = 0.33, D = 0 (the
    /// inspectorate's worksheet computes with these rounded values, not with thirds).
    /// </summary>
    public static AnswerScale AToD { get; } = new(
        "a-d",
        "A / B / C / D",
        [
            new AnswerOption("A", 1m, new("Met", "Terpenuhi")),
            new AnswerOption("B", 0.67m, new("Mostly met", "Sebagian besar terpenuhi")),
            new AnswerOption("C", 0.33m, new("A small part met", "Sebagian kecil terpenuhi")),
            new AnswerOption("D", 0m, new("Not met", "Tidak terpenuhi")),
        ]);

    /// <summary>
    /// The A–E scale of the output criteria of component E in the PermenPAN-RB 12/2015 inspectorate worksheet, which
    /// earns A = all, B = two thirds, C = one third, D = one sixth and E = none of a criterion's points (3 / 2 / 1 /
    /// 0.5 / 0 of 3 points). Two thirds, one third and one sixth are held to decimal's 28 digits.
    /// </summary>
    public static AnswerScale AToESixths { get; } = new(
        "a-e-sixths",
        "A / B / C / D / E (per enam)",
        [
            new AnswerOption("A", 1m, new("All the points", "Seluruh poin")),
            new AnswerOption("B", 4m / 6m, new("Two thirds of the points", "Dua pertiga poin")),
            new AnswerOption("C", 2m / 6m, new("One third of the points", "Sepertiga poin")),
            new AnswerOption("D", 1m / 6m, new("One sixth of the points", "Seperenam poin")),
            new AnswerOption("E", 0m, new("No points", "Tanpa poin")),
        ]);

    private static readonly Catalogue<AnswerScale> Entries = new("answer scale", static s => s.Id, EightLevel, EightLevelExistence, YesNo, AToE, ThreeLevel, AToD, AToESixths, FourLevel);

    /// <summary>Every built-in scale, in a fixed order.</summary>
    public static IReadOnlyList<AnswerScale> All => Entries.All;

    /// <summary>Finds a built-in scale by id.</summary>
    /// <param name="id">The id, e.g. <c>a-e</c>; white space around it and letter case are ignored.</param>
    /// <param name="scale">The scale, when found.</param>
    /// <returns>Whether a built-in scale has that id (<see langword="false"/> for a <see langword="null"/> id).</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out AnswerScale? scale) => Entries.TryGet(id, out scale);

    /// <summary>The built-in scale with an id the caller knows is there.</summary>
    /// <param name="id">The id, e.g. <c>a-e</c>; white space around it and letter case are ignored.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in scale has that id; the message lists the ids there are.</exception>
    public static AnswerScale Get(string id) => Entries.Get(id);

    private static AnswerScale AkipScale(string id, string name, (string Id, string En) aa, (string Id, string En) a) => new(
        id,
        name,
        [
            new AnswerOption("AA", 1m, new(aa.En, aa.Id)),
            new AnswerOption("A", 0.9m, new(a.En, a.Id)),
            new AnswerOption("BB", 0.8m, new("The quality of every criterion is met (100 %) as the national policy mandates.", "Kualitas seluruh kriteria telah terpenuhi (100%) sesuai dengan mandat kebijakan nasional.")),
            new AnswerOption("B", 0.7m, new("The quality of most criteria is met (> 75–100 %).", "Kualitas sebagian besar kriteria telah terpenuhi (>75% - 100%).")),
            new AnswerOption("CC", 0.6m, new("The quality of most criteria is met (> 50–75 %).", "Kualitas sebagian besar kriteria telah terpenuhi (>50% - 75%).")),
            new AnswerOption("C", 0.5m, new("The quality of a small part of the criteria is met (> 25–50 %).", "Kualitas sebagian kecil kriteria telah terpenuhi (>25% - 50%).")),
            new AnswerOption("D", 0.3m, new("The accountability criteria have begun to be met (> 0–25 %).", "Kriteria penilaian akuntabilitas kinerja telah mulai dipenuhi (>0% - 25%).")),
            new AnswerOption("E", 0m, new("No effort at all to meet the accountability criteria.", "Sama sekali tidak ada upaya dalam pemenuhan kriteria penilaian akuntabilitas kinerja.")),
        ]);
}
