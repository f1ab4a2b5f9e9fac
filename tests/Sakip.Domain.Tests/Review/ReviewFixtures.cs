using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Review;

/// <summary>
/// A clean small region for the alignment review: Kabupaten Contoh with an RPJMD 2021–2025 (two misi, two tujuan,
/// two sasaran, two programs) and two Renstras (Dinas Kesehatan at <c>renstras[0]</c>, Dinas Pendidikan at
/// <c>renstras[1]</c>), each with a tujuan, a sasaran supporting an RPJMD sasaran and items program → kegiatan →
/// sub kegiatan whose budgets add up; a Perjanjian Kinerja 2023 per agency (<c>perjanjianKinerja[0]</c> Dinkes,
/// <c>[1]</c> Disdik) and the head of region's (<c>[2]</c>), with targets equal to the plans'. The clean document
/// gives no finding at all; each test makes one change.
/// </summary>
internal static class ReviewFixtures
{
    public const int FirstYear = 2021;
    public const int LastYear = 2025;
    public const int PkYear = 2023;

    public static readonly OrganisationCode Dinkes = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);
    public static readonly OrganisationCode Disdik = OrganisationCode.Parse("1.01.0.00.0.00.01.0000", null);

    /// <summary>Renstra items of Dinkes: program, kegiatan, two sub kegiatan (indexes 0–3).</summary>
    public static readonly ProgramCode DinkesProgram = Code("1.02.02");
    public static readonly ProgramCode DinkesKegiatan = Code("1.02.02.2.01");
    public static readonly ProgramCode DinkesSub1 = Code("1.02.02.2.01.0001");
    public static readonly ProgramCode DinkesSub2 = Code("1.02.02.2.01.0002");

    /// <summary>Renstra items of Disdik: program, kegiatan, sub kegiatan (indexes 0–2).</summary>
    public static readonly ProgramCode DisdikProgram = Code("1.01.02");
    public static readonly ProgramCode DisdikKegiatan = Code("1.01.02.2.01");
    public static readonly ProgramCode DisdikSub1 = Code("1.01.02.2.01.0001");

    public static ProgramCode Code(string text) => ProgramCode.Parse(text, null);

    /// <summary>The clean document.</summary>
    public static SakipDocument Clean() => Builder().Build().GetValueOrThrow();

    /// <summary>The clean document with one change applied to its builder.</summary>
    public static SakipDocument With(Action<SakipDocumentBuilder> change)
    {
        var builder = Builder();
        change(builder);
        var result = builder.Build();
        Assert.True(result.IsSuccess, string.Join("; ", result.Problems));
        return result.GetValueOrThrow();
    }

    /// <summary>A builder holding the clean region; the Disdik Renstra may start in another year.</summary>
    public static SakipDocumentBuilder Builder(int disdikFirstYear = FirstYear)
    {
        var dinkes = DinkesRenstra();
        var disdik = DisdikRenstra(disdikFirstYear);
        var rpjmd = Rpjmd(dinkes, disdik);
        var builder = new SakipDocumentBuilder
        {
            Region = new Region("33.99", "Kabupaten Contoh", RegionKind.Regency),
            Indicators = [.. Indicators()],
            Rpjmd = rpjmd,
            Renstras = [dinkes, disdik],
        };
        builder.PerjanjianKinerja.Add(AgencyPk("PK-2023-DINKES", Dinkes, "Kepala Dinas Kesehatan", dinkes));
        if (disdik.Period.Contains(PkYear))
        {
            builder.PerjanjianKinerja.Add(AgencyPk("PK-2023-DISDIK", Disdik, "Kepala Dinas Pendidikan", disdik));
        }

        builder.PerjanjianKinerja.Add(new PerjanjianKinerja
        {
            Id = "PK-2023-BUPATI",
            Year = PkYear,
            Official = "Bupati Contoh",
            Position = "Bupati",
            Level = OfficialLevel.HeadOfRegion,
            Targets = [.. rpjmd.Sasaran.SelectMany(s => s.Indicators.Select(i => new PkTarget(s.Id, i.IndicatorId, i.TargetFor(PkYear)!.Value)))],
        });
        return builder;
    }

    /// <summary>A builder holding Dinas Kesehatan alone, without an RPJMD (its tujuan and sasaran support nothing), and
    /// its agreement (<c>perjanjianKinerja[0]</c>).</summary>
    public static SakipDocumentBuilder WithoutRpjmd()
    {
        var builder = Builder();
        builder.Rpjmd = null;
        builder.Renstras[0] = builder.Renstras[0] with
        {
            Tujuan = builder.Renstras[0].Tujuan.Replace(0, t => t with { SupportsRpjmdTujuan = [] }),
            Sasaran = builder.Renstras[0].Sasaran.Replace(0, s => s with { SupportsRpjmdSasaran = [] }),
        };
        builder.Renstras.RemoveAt(1);
        builder.PerjanjianKinerja.RemoveRange(1, 2);
        return builder;
    }

    public static IEnumerable<IndicatorDefinition> Indicators() =>
    [
        Def("IKU-UHH", "Usia harapan hidup", "tahun", IndicatorType.Impact),
        Def("IKU-HLS", "Harapan lama sekolah", "tahun", IndicatorType.Impact),
        Def("IKU-AKB", "Angka kematian bayi", "per 1.000 KH", IndicatorType.Outcome, Polarity.Negative),
        Def("IKU-APM", "Angka partisipasi murni SD", "%", IndicatorType.Outcome),
        Def("RP-KES", "Persentase fasilitas kesehatan terakreditasi", "%", IndicatorType.Outcome),
        Def("RP-DIK", "Persentase sekolah terakreditasi minimal B", "%", IndicatorType.Outcome),
        Def("DINKES-T1", "Indeks keluarga sehat", "indeks", IndicatorType.Outcome),
        Def("DINKES-SS1", "Angka kematian bayi (Dinkes)", "per 1.000 KH", IndicatorType.Outcome, Polarity.Negative) with { CascadedFrom = "IKU-AKB" },
        Def("DINKES-P1", "Persentase puskesmas terakreditasi", "%", IndicatorType.Outcome),
        Def("DINKES-K1", "Jumlah puskesmas yang dibina", "puskesmas", IndicatorType.Output, accumulation: AccumulationType.Cumulative),
        Def("DINKES-SK1", "Jumlah ibu hamil yang mendapat pelayanan kesehatan", "orang", IndicatorType.Output, accumulation: AccumulationType.Cumulative),
        Def("DINKES-SK2", "Jumlah bayi baru lahir yang mendapat pelayanan kesehatan", "orang", IndicatorType.Output, accumulation: AccumulationType.Cumulative),
        Def("DISDIK-T1", "Rata-rata lama sekolah", "tahun", IndicatorType.Outcome),
        Def("DISDIK-SS1", "Angka partisipasi murni SD (Disdik)", "%", IndicatorType.Outcome) with { CascadedFrom = "IKU-APM" },
        Def("DISDIK-P1", "Persentase sekolah terakreditasi", "%", IndicatorType.Outcome),
        Def("DISDIK-K1", "Jumlah sekolah yang dibina", "sekolah", IndicatorType.Output, accumulation: AccumulationType.Cumulative),
        Def("DISDIK-SK1", "Jumlah guru yang dilatih", "orang", IndicatorType.Output, accumulation: AccumulationType.Cumulative),
    ];

    public static Rpjmd Rpjmd(Renstra dinkes, Renstra disdik) => new()
    {
        Id = "RPJMD-2021-2025",
        Period = new YearSpan(FirstYear, LastYear),
        Visi = "Kabupaten Contoh yang sehat dan cerdas",
        Misi = [new Misi("M1", "Meningkatkan kesehatan masyarakat"), new Misi("M2", "Meningkatkan kualitas pendidikan")],
        Tujuan =
        [
            new RpjmdTujuan("T1", "Meningkatnya derajat kesehatan masyarakat", "M1") { Indicators = [Planned("IKU-UHH", FirstYear, 70.1m, 0.2m, declareEnd: true)] },
            new RpjmdTujuan("T2", "Meningkatnya kualitas sumber daya manusia", "M2") { Indicators = [Planned("IKU-HLS", FirstYear, 12.5m, 0.1m)] },
        ],
        Sasaran =
        [
            new RpjmdSasaran("S1.1", "Menurunnya angka kematian bayi", "T1") { Indicators = [Planned("IKU-AKB", FirstYear, 12m, -0.5m, declareEnd: true)] },
            new RpjmdSasaran("S2.1", "Meningkatnya partisipasi pendidikan dasar", "T2") { Indicators = [Planned("IKU-APM", FirstYear, 95m, 0.5m, declareEnd: true)] },
        ],
        Strategi = [new Strategi("ST1", "Penguatan pelayanan kesehatan ibu dan anak", "S1.1")],
        ArahKebijakan = [new ArahKebijakan("AK1", "Akreditasi puskesmas", "ST1")],
        Programs =
        [
            new RpjmdProgram(DinkesProgram, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat")
            {
                SasaranIds = ["S1.1"],
                Indicators = [Planned("RP-KES", FirstYear, 60m, 5m)],
                IndicativeBudget = dinkes.Programs.Single().Budget,
                ResponsibleAgency = Dinkes,
            },
            new RpjmdProgram(DisdikProgram, "Program Pengelolaan Pendidikan")
            {
                SasaranIds = ["S2.1"],
                Indicators = [Planned("RP-DIK", FirstYear, 70m, 2m)],
                IndicativeBudget = [.. Years(FirstYear).Select(y => new YearAmount(y, 300_000_000m))],
                ResponsibleAgency = Disdik,
            },
        ],
        Iku = ["IKU-AKB", "IKU-APM"],
    };

    public static Renstra DinkesRenstra()
    {
        const int First = FirstYear;
        return new Renstra
        {
            Id = "RENSTRA-DINKES-2021-2025",
            Agency = new Agency(Dinkes, "Dinas Kesehatan"),
            Period = new YearSpan(First, First + 4),
            Tujuan = [new RenstraTujuan("DT1", "Meningkatkan derajat kesehatan keluarga") { SupportsRpjmdTujuan = ["T1"], Indicators = [Planned("DINKES-T1", First, 0.2m, 0.05m)] }],
            Sasaran = [new RenstraSasaran("DS1", "Menurunnya kematian bayi", "DT1") { SupportsRpjmdSasaran = ["S1.1"], Indicators = [Planned("DINKES-SS1", First, 12m, -0.5m, start: 11.4m, declareEnd: true)] }],
            Items =
            [
                new PlanItem(DinkesProgram, "Program Pemenuhan Upaya Kesehatan") { SasaranIds = ["DS1"], Indicators = [Planned("DINKES-P1", First, 60m, 5m)], Budget = Budget(First, 150_000_000m, 15_000_000m) },
                new PlanItem(DinkesKegiatan, "Penyediaan Fasilitas Pelayanan Kesehatan") { Indicators = [Planned("DINKES-K1", First, 10m, 2m, start: 10m)], Budget = Budget(First, 150_000_000m, 15_000_000m) },
                new PlanItem(DinkesSub1, "Pelayanan Kesehatan Ibu Hamil") { Indicators = [Planned("DINKES-SK1", First, 1_000m, 50m, start: 1_000m)], Budget = Budget(First, 100_000_000m, 10_000_000m) },
                new PlanItem(DinkesSub2, "Pelayanan Kesehatan Bayi Baru Lahir") { Indicators = [Planned("DINKES-SK2", First, 900m, 50m, start: 900m)], Budget = Budget(First, 50_000_000m, 5_000_000m) },
            ],
        };
    }

    public static Renstra DisdikRenstra(int first = FirstYear) => new()
    {
        Id = $"RENSTRA-DISDIK-{first}-{first + 4}",
        Agency = new Agency(Disdik, "Dinas Pendidikan"),
        Period = new YearSpan(first, first + 4),
        Tujuan = [new RenstraTujuan("PT1", "Meningkatkan mutu pendidikan") { SupportsRpjmdTujuan = ["T2"], Indicators = [Planned("DISDIK-T1", first, 8m, 0.1m)] }],
        Sasaran = [new RenstraSasaran("PS1", "Meningkatnya partisipasi sekolah dasar", "PT1") { SupportsRpjmdSasaran = ["S2.1"], Indicators = [Planned("DISDIK-SS1", first, 95m, 0.5m, start: 95.6m, declareEnd: true)] }],
        Items =
        [
            new PlanItem(DisdikProgram, "Program Pengelolaan Pendidikan") { SasaranIds = ["PS1"], Indicators = [Planned("DISDIK-P1", first, 70m, 2m)], Budget = Budget(first, 300_000_000m, 0m) },
            new PlanItem(DisdikKegiatan, "Pengelolaan Pendidikan Sekolah Dasar") { Indicators = [Planned("DISDIK-K1", first, 20m, 2m, start: 20m)], Budget = Budget(first, 300_000_000m, 0m) },
            new PlanItem(DisdikSub1, "Pelatihan Guru Sekolah Dasar") { Indicators = [Planned("DISDIK-SK1", first, 200m, 20m, start: 200m)], Budget = Budget(first, 300_000_000m, 0m) },
        ],
    };

    /// <summary>A planned indicator: baseline, five yearly targets <c>start + k × step</c> (start defaults to
    /// baseline + step), and the end-of-period target when asked (the final year's: every sasaran indicator here is a
    /// level indicator).</summary>
    public static PlannedIndicator Planned(string id, int first, decimal baseline, decimal step, decimal? start = null, bool declareEnd = false)
    {
        var from = start ?? baseline + step;
        var targets = Years(first).Select((y, k) => new YearTarget(y, Target.Point(from + (k * step)))).ToArray();
        return new PlannedIndicator(id)
        {
            Baseline = baseline,
            Targets = targets,
            DeclaredEndTarget = declareEnd ? targets[^1].Target : null,
        };
    }

    public static ValueList<YearAmount> Budget(int first, decimal amount, decimal step) =>
        [.. Years(first).Select((y, k) => new YearAmount(y, amount + (k * step)))];

    public static IEnumerable<int> Years(int first) => Enumerable.Range(first, 5);

    /// <summary>Every field of a finding, one per line, for an approved output: rule, severity, path, subject,
    /// reason code, both wordings and the figures.</summary>
    public static string Render(ReviewFinding finding) => string.Join('\n',
        $"{finding.RuleId} {finding.Severity} {finding.Path}",
        $"subject: {finding.Subject}",
        $"reason: {finding.Reason.Code}",
        $"en: {finding.Reason.Message.English}",
        $"id: {finding.Reason.Message.Indonesian}",
        finding.Figures.Count == 0 ? "figures: none" : $"figures: {string.Join("; ", finding.Figures.Select(f => $"{f.Name}={f.Value.ToString(CultureInfo.InvariantCulture)}"))}");

    /// <summary>Every finding of a report, rendered and separated by blank lines.</summary>
    public static string Render(IEnumerable<ReviewFinding> findings) => string.Join("\n\n", findings.Select(Render));

    // Changing documents

    public static void Renstra(this SakipDocumentBuilder builder, int index, Func<Renstra, Renstra> change) =>
        builder.Renstras[index] = change(builder.Renstras[index]);

    public static void Rpjmd(this SakipDocumentBuilder builder, Func<Rpjmd, Rpjmd> change) =>
        builder.Rpjmd = change(builder.Rpjmd!);

    public static void Indicator(this SakipDocumentBuilder builder, string id, Func<IndicatorDefinition, IndicatorDefinition> change)
    {
        var index = builder.Indicators.FindIndex(i => i.Id == id);
        builder.Indicators[index] = change(builder.Indicators[index]);
    }

    public static void Pk(this SakipDocumentBuilder builder, int index, Func<PerjanjianKinerja, PerjanjianKinerja> change) =>
        builder.PerjanjianKinerja[index] = change(builder.PerjanjianKinerja[index]);

    public static ValueList<T> Replace<T>(this ValueList<T> list, int index, Func<T, T> change) =>
        [.. list.Select((item, i) => i == index ? change(item) : item)];

    public static ValueList<T> Plus<T>(this ValueList<T> list, T item) => [.. list, item];

    public static ValueList<T> Without<T>(this ValueList<T> list, int index) => [.. list.Where((_, i) => i != index)];

    /// <summary>Changes the yearly target of one year.</summary>
    public static PlannedIndicator WithTarget(this PlannedIndicator planned, int year, Target target) =>
        planned with { Targets = [.. planned.Targets.Select(t => t.Year == year ? t with { Target = target } : t)] };

    private static IndicatorDefinition Def(string id, string name, string unit, IndicatorType type, Polarity polarity = Polarity.Positive, AccumulationType accumulation = AccumulationType.LastValue) =>
        new() { Id = id, Name = name, Unit = unit, Type = type, Polarity = polarity, Accumulation = accumulation };

    private static PerjanjianKinerja AgencyPk(string id, OrganisationCode agency, string position, Renstra renstra) => new()
    {
        Id = id,
        Year = PkYear,
        Agency = agency,
        Official = "Pejabat Contoh",
        Position = position,
        Level = OfficialLevel.EchelonII,
        Targets = [.. renstra.Sasaran.SelectMany(s => s.Indicators.Select(i => new PkTarget(s.Id, i.IndicatorId, i.TargetFor(PkYear)!.Value)))],
        Programs = [.. renstra.Programs.Select(p => new PkProgram(p.Code, PlanMath.AmountFor(p.Budget, PkYear)!.Value))],
    };
}
