using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Cli.Demo;

/// <summary>
/// The embedded demo region: Kabupaten Contoh (a fictional regency, code 33.99) with its RPJMD 2021–2026, the
/// Renstra 2021–2026 of six agencies down to sub kegiatan, the Perjanjian Kinerja 2025 of the Bupati and of each
/// agency head, their quarterly Rencana Aksi, the 2025 realisations (indicators and budgets) and the AKIP
/// evaluations 2024 and 2025 (<see cref="DemoEvaluation"/>).
/// </summary>
/// <remarks>
/// <para>The region is a SAKIP document embedded in this assembly (<see cref="DemoResources.Document"/>, the file
/// <c>Demo/kabupaten-contoh.sakip.json</c>) and read through the public reader,
/// <see cref="SakipDocumentJson.Read(Stream)"/>; to change the demo, edit that file (a test keeps it canonical: read
/// and written again it gives the same bytes).</para>
/// <para>The Bupati's targets and realisations are the figures of the small demo
/// (<c>kabupaten-contoh-2025.csv</c>), and the 2025 budgets of the programs behind each sasaran add up to the
/// ceilings and spending printed there.</para>
/// <para><see cref="Create"/> holds a handful of deliberate plan problems (<see cref="DeliberateProblems"/>), one
/// per alignment rule, for the review to find; everything else is meant to be clean. <see cref="CreateCorrected"/>
/// is the same region with each of them fixed, derived from <see cref="Create"/>.</para>
/// <para>Every program, kegiatan and sub kegiatan indicator with a 2025 target has an annual 2025 realisation
/// reported by its agency, near the target, except one weak branch (Dinas Sosial's Program Rehabilitasi Sosial,
/// 1.06.04) and two sub kegiatan not reported (1.02.02.2.02.0020 and 1.01.04.2.01.0001).</para>
/// <para>Baselines are the 2020 condition; budgets are in rupiah; the other years' budgets follow one profile around
/// 2025, and kegiatan and program budgets are the sums of their parts.</para>
/// </remarks>
internal static class DemoRegion
{
    /// <summary>The year of the Perjanjian Kinerja, Rencana Aksi and realisations.</summary>
    public const int Year = 2025;

    /// <summary>The period of the RPJMD and of every Renstra (six years: a transition RPJMD).</summary>
    public static readonly YearSpan Period = new(2021, 2026);

    // The document is immutable: it is read once.
    private static readonly Lazy<SakipDocument> Document = new(Read);

    private static readonly Lazy<IReadOnlyList<(string RuleId, string Path)>> Problems = new(LocateDeliberateProblems);

    /// <summary>The deliberate problems of <see cref="Create"/>: each one's rule id and its path in the document
    /// (camelCase, as the alignment review reports it).</summary>
    public static IReadOnlyList<(string RuleId, string Path)> DeliberateProblems => Problems.Value;

    /// <summary>The demo region, with its deliberate plan problems, as read from the embedded document.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">The embedded document does not read (a bug in this assembly);
    /// the message lists its problems.</exception>
    public static SakipDocument Create() => Document.Value;

    /// <summary>The demo region with every deliberate problem fixed, derived from <see cref="Create"/>.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">The embedded document does not read, or the corrections do not
    /// build (a bug in this assembly).</exception>
    public static SakipDocument CreateCorrected()
    {
        var builder = Create().ToBuilder();

        // ALN-001: Dinas Sosial's sasaran on social empowerment serves RPJMD sasaran S6.
        EditRenstra(builder, "DINSOS", r => r with
        {
            Sasaran = [.. r.Sasaran.Select(s => s.Id == "SS2" ? s with { SupportsRpjmdSasaran = ["S6"] } : s)],
        });

        // ALN-002: Bappeda's planning sasaran also serves economic growth (S4), as its program does in the RPJMD.
        EditRenstra(builder, "BAPPEDA", r => r with
        {
            Sasaran = [.. r.Sasaran.Select(s => s.Id == "SS1" ? s with { SupportsRpjmdSasaran = ["S4", "S5"] } : s)],
        });

        // ALN-004: Dinas Sosial's agreed target records why it is below the Renstra's.
        var pk = builder.PerjanjianKinerja.FindIndex(p => p.Id == "PK-2025-DINSOS");
        builder.PerjanjianKinerja[pk] = builder.PerjanjianKinerja[pk] with
        {
            Targets = [.. builder.PerjanjianKinerja[pk].Targets.Select(t => t.IndicatorId == "DINSOS-SS1-01"
                ? t with { DeviationReason = "Pagu Program Rehabilitasi Sosial dikurangi pada APBD Perubahan 2025 (refocusing), sehingga target disesuaikan." }
                : t)],
        };

        // ALN-006: the BOS indicator of a sub kegiatan is an output.
        Redefine(builder, Ik("1.01.02.2.02.0024"), d => d with { Type = IndicatorType.Output });

        // ALN-007: the 2026 flood target was mistyped (8,6 instead of 8,0); the end-of-period target follows it.
        EditRenstra(builder, "PUPR", r => r with
        {
            Sasaran = [.. r.Sasaran.Select(s => s with
            {
                Indicators = [.. s.Indicators.Select(i => i.IndicatorId == "PUPR-SS2-03" ? WithTargets(i, AccumulationType.LastValue, 2026, 8.0m) : i)],
            })],
        });

        // ALN-009: maternal deaths in cases support the maternal mortality rate indirectly; they are not a direct cascade.
        Redefine(builder, "DINKES-SS1-03", d => d with { CascadedFrom = null });

        // ALN-010: the irrigation rehabilitation sub kegiatan is back to the amount its kegiatan was totalled with.
        EditRenstra(builder, "PUPR", r => r with { Items = [.. RebalanceSubKegiatan(r, "1.03.03.2.02.0003", Year)] });

        // ALN-014: the end-of-period road length is the sum of the years (a flow), not the final year.
        EditRenstra(builder, "PUPR", r => r with
        {
            Items = [.. r.Items.Select(it => it.Code.ToString() == "1.03.10.2.01"
                ? it with { Indicators = [.. it.Indicators.Select(i => i with { DeclaredEndTarget = PlanMath.EndOfPeriodTarget(i, AccumulationType.Cumulative) })] }
                : it)],
        });

        return Build(builder);
    }

    private static SakipDocument Read()
    {
        using var stream = DemoResources.Open(DemoResources.Document);
        var read = SakipDocumentJson.Read(stream);
        return read.TryGetValue(out var document)
            ? document
            : throw new InvalidOperationException($"The embedded demo region ({DemoResources.Document}) does not read: " + string.Join("; ", read.Problems));
    }

    private static SakipDocument Build(SakipDocumentBuilder builder)
    {
        var result = builder.Build();
        return result.IsSuccess
            ? result.GetValueOrThrow()
            : throw new InvalidOperationException("The corrected demo region does not build: " + string.Join("; ", result.Problems));
    }

    #region Deliberate problems

    private static IReadOnlyList<(string RuleId, string Path)> LocateDeliberateProblems()
    {
        var doc = Create();
        int RenstraOf(string key) => doc.Renstras.Select((r, i) => (r, i)).Single(x => x.r.Id == RenstraId(key)).i;
        string Sasaran(string key, string id) => $"renstras[{RenstraOf(key)}].sasaran[{doc.Renstras[RenstraOf(key)].Sasaran.Select((s, i) => (s, i)).Single(x => x.s.Id == id).i}]";
        string Item(string key, string code) => $"renstras[{RenstraOf(key)}].items[{doc.Renstras[RenstraOf(key)].Items.Select((it, i) => (it, i)).Single(x => x.it.Code.ToString() == code).i}]";
        var pk = doc.PerjanjianKinerja.Select((p, i) => (p, i)).Single(x => x.p.Id == "PK-2025-DINSOS");
        var target = pk.p.Targets.Select((t, i) => (t, i)).Single(x => x.t.IndicatorId == "DINSOS-SS1-01").i;
        var s4 = doc.Rpjmd!.Sasaran.Select((s, i) => (s, i)).Single(x => x.s.Id == "S4").i;
        var maternal = doc.Indicators.Select((ind, i) => (ind, i)).Single(x => x.ind.Id == "DINKES-SS1-03").i;
        var flood = doc.Renstras[RenstraOf("PUPR")].Sasaran.Single(s => s.Id == "SS2").Indicators.Select((p, i) => (p, i)).Single(x => x.p.IndicatorId == "PUPR-SS2-03").i;
        return
        [
            ("ALN-001", Sasaran("DINSOS", "SS2")),
            ("ALN-002", $"rpjmd.sasaran[{s4}]"),
            ("ALN-004", $"perjanjianKinerja[{pk.i}].targets[{target}]"),
            ("ALN-006", Item("DISDIKBUD", "1.01.02.2.02.0024") + ".indicators[0]"),
            ("ALN-007", Sasaran("PUPR", "SS2") + $".indicators[{flood}]"),
            ("ALN-009", $"indicators[{maternal}]"),
            ("ALN-010", Item("PUPR", "1.03.03.2.02")),
            ("ALN-014", Item("PUPR", "1.03.10.2.01") + ".indicators[0]"),
        ];
    }

    private static void EditRenstra(SakipDocumentBuilder builder, string key, Func<Renstra, Renstra> edit)
    {
        var index = builder.Renstras.FindIndex(r => r.Id == RenstraId(key));
        builder.Renstras[index] = edit(builder.Renstras[index]);
    }

    private static void Redefine(SakipDocumentBuilder builder, string indicatorId, Func<IndicatorDefinition, IndicatorDefinition> edit)
    {
        var index = builder.Indicators.FindIndex(i => i.Id == indicatorId);
        builder.Indicators[index] = edit(builder.Indicators[index]);
    }

    /// <summary>Sets one sub kegiatan's budget of a year to what its kegiatan was totalled with (the kegiatan's
    /// amount less its other sub kegiatan).</summary>
    private static IEnumerable<PlanItem> RebalanceSubKegiatan(Renstra renstra, string code, int year)
    {
        var sub = renstra.Items.Single(i => i.Code.ToString() == code);
        var kegiatan = renstra.Items.Single(i => i.Code == sub.Code.Parent);
        var others = renstra.ChildrenOf(kegiatan).Where(i => i != sub).Sum(i => PlanMath.AmountFor(i.Budget, year) ?? 0m);
        return WithBudget(renstra.Items, code, year, PlanMath.AmountFor(kegiatan.Budget, year)!.Value - others);
    }

    private static PlannedIndicator WithTargets(PlannedIndicator planned, AccumulationType accumulation, int year, Target target)
    {
        var changed = planned with { Targets = [.. planned.Targets.Select(t => t.Year == year ? t with { Target = target } : t)] };
        return changed with { DeclaredEndTarget = PlanMath.EndOfPeriodTarget(changed, accumulation) };
    }

    private static IEnumerable<PlanItem> WithBudget(IEnumerable<PlanItem> items, string code, int year, decimal amount) =>
        items.Select(i => i.Code.ToString() == code
            ? i with { Budget = [.. i.Budget.Select(a => a.Year == year ? a with { Amount = amount } : a)] }
            : i);

    /// <summary>The indicator id of a program, kegiatan or sub kegiatan: <c>IK-</c> and its code.</summary>
    private static string Ik(string code) => "IK-" + code;

    private static string RenstraId(string key) => $"RENSTRA-{key}-2021-2026";

    #endregion
}
