using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Cli.Demo;

/// <summary>
/// The embedded demo region: Kabupaten Contoh (a fictional regency, code 33.99) with its RPJMD 2021–2026, the
/// Renstra 2021–2026 of six agencies down to sub kegiatan, the Perjanjian Kinerja 2025 of the Bupati and of each
/// agency head, their quarterly Rencana Aksi, and the 2025 realisations (indicators and budgets).
/// </summary>
/// <remarks>
/// <para>The Bupati's targets and realisations are the figures of the small demo
/// (<c>kabupaten-contoh-2025.csv</c>), and the 2025 budgets of the programs behind each sasaran add up to the
/// ceilings and spending printed there.</para>
/// <para><see cref="Create"/> holds a handful of deliberate plan problems (<see cref="DeliberateProblems"/>), one
/// per alignment rule, for the review to find; everything else is meant to be clean. <see cref="CreateCorrected"/>
/// is the same region with each of them fixed, derived from <see cref="Create"/>.</para>
/// <para>Every program, kegiatan and sub kegiatan indicator with a 2025 target has an annual 2025 realisation
/// reported by its agency, generated deterministically near the target (see <see cref="ItemRealisations"/>),
/// except one weak branch (Dinas Sosial's Program Rehabilitasi Sosial) and two sub kegiatan not reported.</para>
/// <para>Baselines are the 2020 condition; budgets are in rupiah; the sub kegiatan budgets are given for 2025 and
/// the other years follow one budget profile, and kegiatan and program budgets are the sums of their parts.</para>
/// </remarks>
internal static class DemoRegion
{
    /// <summary>The year of the Perjanjian Kinerja, Rencana Aksi and realisations.</summary>
    public const int Year = 2025;

    private const decimal Million = 1_000_000m;

    // The weak branch of the 2025 item realisations: Dinas Sosial's Program Rehabilitasi Sosial and everything under it.
    private const string WeakProgram = "1.06.04";

    /// <summary>The period of the RPJMD and of every Renstra (six years: a transition RPJMD).</summary>
    public static readonly YearSpan Period = new(2021, 2026);

    // The other years' budgets as a share of 2025 (2021 still under the pandemic refocusing).
    private static readonly (int Year, decimal Factor)[] BudgetProfile =
        [(2021, 0.82m), (2022, 0.88m), (2023, 0.93m), (2024, 0.97m), (2025, 1m), (2026, 1.04m)];

    // The sub kegiatan whose 2025 realisation was not reported: Dinas Kesehatan's surveillance documents and Dinas
    // Pendidikan's teacher mapping document.
    private static readonly string[] UnreportedItems = ["1.02.02.2.02.0020", "1.01.04.2.01.0001"];

    private static readonly Lazy<IReadOnlyList<(string RuleId, string Path)>> Problems = new(LocateDeliberateProblems);

    /// <summary>The deliberate problems of <see cref="Create"/>: each one's rule id and its path in the document
    /// (camelCase, as the alignment review reports it).</summary>
    public static IReadOnlyList<(string RuleId, string Path)> DeliberateProblems => Problems.Value;

    /// <summary>The demo region, with its deliberate plan problems.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">The embedded data does not build (a bug in this file).</exception>
    public static SakipDocument Create() => Build(Write());

    /// <summary>The demo region with every deliberate problem fixed, derived from <see cref="Create"/>.</summary>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidOperationException">The embedded data does not build (a bug in this file).</exception>
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

    private static SakipDocument Build(SakipDocumentBuilder builder)
    {
        var result = builder.Build();
        return result.IsSuccess
            ? result.GetValueOrThrow()
            : throw new InvalidOperationException("The embedded demo region does not build: " + string.Join("; ", result.Problems));
    }

    private static SakipDocumentBuilder Write()
    {
        var d = new Draft();
        var rpjmd = RpjmdSasaranAndTujuan(d);
        d.Renstras.Add(DinasKesehatan(d));
        d.Renstras.Add(DinasPendidikan(d));
        d.Renstras.Add(DinasPupr(d));
        d.Renstras.Add(DinasSosial(d));
        d.Renstras.Add(Bappeda(d));
        d.Renstras.Add(Inspektorat(d));
        rpjmd = rpjmd with { Programs = [.. d.RpjmdPrograms] };

        var builder = new SakipDocumentBuilder
        {
            Region = new Region("33.99", "Kabupaten Contoh", RegionKind.Regency),
            Rpjmd = rpjmd,
        };
        builder.Renstras.AddRange(d.Renstras);
        BupatiAgreement(d, rpjmd);
        AgencyAgreements(d);
        ItemRealisations(d);
        builder.Indicators.AddRange(d.Indicators);
        builder.PerjanjianKinerja.AddRange(d.Agreements);
        builder.RencanaAksi.AddRange(d.ActionPlans);
        builder.Realisations.AddRange(d.Realisations);
        builder.BudgetRealisations.AddRange(BudgetRealisations(d));
        builder.Evaluations.Add(DemoEvaluation.Of2024());
        builder.Evaluations.Add(DemoEvaluation.Of2025());
        return builder;
    }

    #region RPJMD 2021–2026

    private static Rpjmd RpjmdSasaranAndTujuan(Draft d) => new()
    {
        Id = "RPJMD-2021-2026",
        Period = Period,
        Visi = "Terwujudnya Kabupaten Contoh yang Sehat, Cerdas, Sejahtera, dan Berdaya Saing",
        Misi =
        [
            new("M1", "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas, dan berbudaya"),
            new("M2", "Mewujudkan infrastruktur wilayah yang merata, berkualitas, dan berwawasan lingkungan"),
            new("M3", "Meningkatkan perekonomian daerah dan kesejahteraan sosial masyarakat"),
            new("M4", "Mewujudkan tata kelola pemerintahan yang bersih, akuntabel, dan melayani"),
        ],
        Tujuan =
        [
            new("T1", "Meningkatkan kualitas hidup manusia", "M1")
            {
                Indicators = [d.Plan(Impact("IKT-01", "Indeks Pembangunan Manusia", "nilai"), baseline: 69.85m, 70.10m, 70.45m, 70.85m, 71.25m, 71.65m, 72.05m)],
            },
            new("T2", "Meningkatkan kualitas dan pemerataan infrastruktur wilayah", "M2")
            {
                Indicators = [d.Plan(Impact("IKT-02", "Indeks infrastruktur wilayah", "nilai"), baseline: 62.40m, 63.50m, 64.60m, 65.80m, 67.00m, 68.20m, 69.50m)],
            },
            new("T3", "Meningkatkan kesejahteraan masyarakat", "M3")
            {
                Indicators = [d.Plan(Impact("IKT-03", "Persentase penduduk miskin", "%", Polarity.Negative), baseline: 10.84m, 10.60m, 10.30m, 9.95m, 9.60m, 9.25m, 8.90m)],
            },
            new("T4", "Meningkatkan kualitas tata kelola pemerintahan", "M4")
            {
                Indicators = [d.Plan(Impact("IKT-04", "Indeks Reformasi Birokrasi", "nilai"), baseline: 58.20m, 60m, 62m, 64m, 66m, 68m, 70m)],
            },
        ],
        Sasaran =
        [
            new("S1", "Meningkatnya derajat kesehatan masyarakat", "T1")
            {
                Indicators =
                [
                    d.Plan(Iku("IKU-01", "Angka kematian bayi", "per 1.000 KH", Polarity.Negative, "Dinas Kesehatan", "Jumlah kematian bayi usia di bawah 1 tahun / jumlah kelahiran hidup × 1.000"), baseline: 14.2m, 13.8m, 13.4m, 13.0m, 12.5m, 12m, 11.5m),
                    d.Plan(Iku("IKU-02", "Angka kematian ibu", "per 100.000 KH", Polarity.Negative, "Dinas Kesehatan", "Jumlah kematian ibu karena kehamilan, persalinan dan nifas / jumlah kelahiran hidup × 100.000"), baseline: 118m, 114m, 110m, 106m, 102m, 98m, 94m),
                    d.Plan(Iku("IKU-03", "Prevalensi stunting pada balita", "%", Polarity.Negative, "Dinas Kesehatan (e-PPGBM)", "Jumlah balita pendek dan sangat pendek / jumlah balita diukur × 100"), baseline: 24.6m, 22m, 20m, 18m, 16m, 14m, 12m),
                    d.Plan(Iku("IKU-04", "Insidensi demam berdarah dengue", "per 100.000 penduduk", Polarity.Negative, "Dinas Kesehatan", "Jumlah kasus DBD / jumlah penduduk × 100.000"), baseline: 58m, 56m, 55m, 53m, 51m, 49m, 47m),
                ],
            },
            new("S2", "Meningkatnya kualitas pendidikan", "T1")
            {
                Indicators =
                [
                    d.Plan(Iku("IKU-05", "Angka partisipasi murni SMP/MTs", "%", Polarity.Positive, "Dapodik dan EMIS", "Jumlah siswa SMP/MTs usia 13–15 tahun / jumlah penduduk usia 13–15 tahun × 100"), baseline: 78.4m, 79m, 79.8m, 80.6m, 81.5m, 82.5m, 83.5m),
                    d.Plan(Iku("IKU-06", "Rata-rata lama sekolah", "tahun", Polarity.Positive, "BPS Kabupaten Contoh", null), baseline: 7.62m, 7.72m, 7.83m, 7.95m, 8.07m, 8.2m, 8.33m),
                    d.Plan(Iku("IKU-07", "Angka putus sekolah SD", "%", Polarity.Negative, "Dapodik", "Jumlah siswa SD putus sekolah / jumlah siswa SD × 100"), baseline: 0.12m, 0.10m, 0.08m, 0.05m, 0.02m, 0m, 0m),
                ],
            },
            new("S3", "Meningkatnya kualitas infrastruktur wilayah", "T2")
            {
                Indicators =
                [
                    d.Plan(Iku("IKU-08", "Jalan kabupaten dalam kondisi mantap", "%", Polarity.Positive, "Dinas Pekerjaan Umum dan Penataan Ruang", "Panjang jalan kabupaten kondisi baik dan sedang / panjang jalan kabupaten × 100"), baseline: 62.5m, 65m, 67.5m, 70m, 72.5m, 75m, 77.5m),
                    d.Plan(Iku("IKU-09", "Rumah tangga dengan akses air minum layak", "%", Polarity.Positive, "BPS (Susenas)", null), baseline: 80.2m, 82m, 83.5m, 85m, 86.5m, 88m, 89.5m),
                ],
            },
            new("S4", "Meningkatnya pertumbuhan ekonomi daerah", "T3")
            {
                Indicators =
                [
                    d.Plan(Iku("IKU-10", "Laju pertumbuhan ekonomi", "%", Polarity.Positive, "BPS Kabupaten Contoh", "(PDRB ADHK tahun t − PDRB ADHK tahun t−1) / PDRB ADHK tahun t−1 × 100") with { AllowsNegativeValues = true }, baseline: -1.52m, 3.5m, 4.2m, 4.6m, 4.9m, 5.1m, 5.3m),
                    d.Plan(Iku("IKU-11", "Tingkat pengangguran terbuka", "%", Polarity.Negative, "BPS (Sakernas)", "Jumlah penganggur / jumlah angkatan kerja × 100"), baseline: 6.48m, 6.3m, 6m, 5.75m, 5.45m, 5.2m, 4.95m),
                ],
            },
            new("S5", "Meningkatnya kualitas pelayanan publik dan akuntabilitas", "T4")
            {
                Indicators =
                [
                    d.Plan(Iku("IKU-12", "Indeks kepuasan masyarakat", "nilai", Polarity.Positive, "Survei kepuasan masyarakat (PermenPAN-RB 14/2017)", null), baseline: 62m, 62.5m, 63m, 63.5m, 64m, 65m, 66m),
                    d.Plan(Iku("IKU-13", "Pengaduan masyarakat yang diselesaikan", "%", Polarity.Positive, "SP4N-LAPOR!", "Jumlah pengaduan yang diselesaikan / jumlah pengaduan yang diterima × 100"), baseline: 72m, Range(75, 85), Range(75, 85), Range(78, 88), Range(80, 90), Range(80, 90), Range(80, 90)),
                    d.Plan(Iku("IKU-14", "Waktu penyelesaian perizinan", "bulan", Polarity.Negative, "Sistem OSS dan DPMPTSP", null), baseline: 10m, Range(9, 10), Range(8, 9), Range(8, 9), Range(7, 8), Range(7, 8), Range(7, 8)),
                    d.Plan(Iku("IKU-15", "Nilai evaluasi SAKIP", "nilai", Polarity.Positive, "LHE AKIP KemenPAN-RB", null), baseline: 58.10m, 60m, 62m, 64m, 67m, 70m, 72m),
                ],
            },
            new("S6", "Meningkatnya perlindungan dan kesejahteraan sosial masyarakat", "T3")
            {
                Indicators =
                [
                    d.Plan(Iku("IKU-16", "Persentase penyandang masalah kesejahteraan sosial yang tertangani", "%", Polarity.Positive, "Dinas Sosial (DTKS)", "Jumlah PMKS yang tertangani / jumlah PMKS × 100"), baseline: 58m, 60m, 63m, 66m, 69m, 72m, 75m),
                ],
            },
        ],
        Strategi =
        [
            new("ST1", "Peningkatan akses dan mutu pelayanan kesehatan ibu, anak, dan gizi masyarakat", "S1"),
            new("ST2", "Pemerataan akses dan peningkatan mutu pendidikan dasar", "S2"),
            new("ST3", "Peningkatan kemantapan jalan dan layanan sumber daya air", "S3"),
            new("ST4", "Peningkatan iklim investasi dan daya saing ekonomi lokal", "S4"),
            new("ST5", "Penguatan reformasi birokrasi, pelayanan publik, dan pengawasan intern", "S5"),
            new("ST6", "Perluasan jangkauan rehabilitasi dan perlindungan sosial", "S6"),
        ],
        ArahKebijakan =
        [
            new("AK1.1", "Penguatan pelayanan kesehatan ibu hamil, bersalin, dan balita sesuai standar pelayanan minimal", "ST1"),
            new("AK1.2", "Percepatan penurunan stunting melalui intervensi gizi spesifik dan sensitif secara konvergen", "ST1"),
            new("AK2.1", "Penyediaan ruang kelas dan sarana pendidikan dasar sesuai standar nasional pendidikan", "ST2"),
            new("AK2.2", "Peningkatan kualifikasi dan kompetensi pendidik dan tenaga kependidikan", "ST2"),
            new("AK3.1", "Rekonstruksi dan rehabilitasi ruas jalan kabupaten penghubung pusat pertumbuhan", "ST3"),
            new("AK3.2", "Rehabilitasi jaringan irigasi dan pengendalian banjir di kawasan permukiman", "ST3"),
            new("AK4.1", "Percepatan pelayanan perizinan berusaha dan pengembangan usaha mikro, kecil, dan menengah", "ST4"),
            new("AK5.1", "Penerapan sistem akuntabilitas kinerja dan manajemen risiko di seluruh perangkat daerah", "ST5"),
            new("AK5.2", "Percepatan penanganan pengaduan masyarakat dan digitalisasi layanan publik", "ST5"),
            new("AK6.1", "Pemutakhiran data terpadu kesejahteraan sosial dan rehabilitasi sosial dasar berbasis keluarga", "ST6"),
        ],
        Iku = [.. Enumerable.Range(1, 16).Select(i => string.Create(CultureInfo.InvariantCulture, $"IKU-{i:00}"))],
    };

    private static IndicatorDefinition Iku(string id, string name, string unit, Polarity polarity, string dataSource, string? formula) =>
        Outcome(id, name, unit, polarity) with { DataSource = dataSource, FormulaText = formula, ResponsibleUnit = "Bappeda (koordinator IKU)" };

    #endregion

    #region Dinas Kesehatan

    private static Renstra DinasKesehatan(Draft d)
    {
        var agency = Organisation("1.02.0.00.0.00.01.0000", "Dinas Kesehatan");
        var governance = Governance(d, "DINKES", agency, "1.02", new(612, 185_000_000m, 120_000_000m, 38_750_000_000m), baseline: 60.5m, 62m, 64m, 66m, 68m, 70m, 72m);
        Node[] programs =
        [
            governance.Program,
            ProgramItem(
                "1.02.02",
                "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
                "Bidang Kesehatan Masyarakat",
                ["SS1", "SS2"],
                ["S1"],
                [d.Plan(Outcome(Ik("1.02.02"), "Persentase capaian standar pelayanan minimal bidang kesehatan", "%"), baseline: 78m, 80m, 83m, 86m, 89m, 92m, 95m)],
                Kegiatan(
                    "1.02.02.2.01",
                    "Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota",
                    d.Plan(Output(Ik("1.02.02.2.01"), "Jumlah fasilitas pelayanan kesehatan yang ditingkatkan sarana dan prasarananya", "unit"), baseline: 8m, 8m, 8m, 9m, 9m, 10m, 10m),
                    SubKegiatan("1.02.02.2.01.0009", "Rehabilitasi dan Pemeliharaan Puskesmas", 6_250_000_000m, d.Plan(Output(Ik("1.02.02.2.01.0009"), "Jumlah puskesmas yang direhabilitasi dan dipelihara", "unit"), baseline: 2m, 2m, 2m, 3m, 3m, 3m, 3m)),
                    SubKegiatan("1.02.02.2.01.0014", "Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan", 4_800_000_000m, d.Plan(Output(Ik("1.02.02.2.01.0014"), "Jumlah alat kesehatan/alat penunjang medik fasilitas pelayanan kesehatan yang disediakan", "unit"), baseline: 115m, 120m, 130m, 140m, 150m, 160m, 170m))),
                Kegiatan(
                    "1.02.02.2.02",
                    "Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota",
                    d.Plan(Output(Ik("1.02.02.2.02"), "Jumlah jenis layanan SPM bidang kesehatan yang diselenggarakan", "jenis layanan", AccumulationType.LastValue), baseline: 12m, 12m, 12m, 12m, 12m, 12m, 12m),
                    SubKegiatan("1.02.02.2.02.0001", "Pengelolaan Pelayanan Kesehatan Ibu Hamil", 1_350_000_000m, d.Plan(Output(Ik("1.02.02.2.02.0001"), "Jumlah ibu hamil yang mendapatkan pelayanan kesehatan sesuai standar", "orang"), baseline: 7_420m, 7_450m, 7_480m, 7_500m, 7_520m, 7_540m, 7_560m)),
                    SubKegiatan("1.02.02.2.02.0004", "Pengelolaan Pelayanan Kesehatan Balita", 1_680_000_000m, d.Plan(Output(Ik("1.02.02.2.02.0004"), "Jumlah balita yang mendapatkan pelayanan kesehatan sesuai standar", "orang"), baseline: 28_900m, 29_000m, 29_200m, 29_400m, 29_600m, 29_800m, 30_000m)),
                    SubKegiatan("1.02.02.2.02.0015", "Pengelolaan Pelayanan Kesehatan Gizi Masyarakat", 2_150_000_000m, d.Plan(Output(Ik("1.02.02.2.02.0015"), "Jumlah balita gizi kurang dan stunting yang mendapatkan pelayanan gizi", "orang"), baseline: 1_850m, 1_900m, 1_950m, 2_000m, 2_050m, 2_100m, 2_150m)),
                    SubKegiatan("1.02.02.2.02.0020", "Pengelolaan Surveilans Kesehatan", 950_000_000m, d.Plan(Output(Ik("1.02.02.2.02.0020"), "Jumlah dokumen hasil pengelolaan surveilans kesehatan", "dokumen"), baseline: 12m, 12m, 12m, 12m, 12m, 12m, 12m)),
                    SubKegiatan("1.02.02.2.02.0025", "Pengelolaan Jaminan Kesehatan Masyarakat", 26_500_000_000m, d.Plan(Output(Ik("1.02.02.2.02.0025"), "Jumlah penduduk miskin yang didaftarkan sebagai peserta jaminan kesehatan (PBI APBD)", "jiwa", AccumulationType.LastValue), baseline: 36_500m, 37_000m, 37_500m, 38_000m, 38_500m, 39_000m, 39_500m)))),
            ProgramItem(
                "1.02.03",
                "Program Peningkatan Kapasitas Sumber Daya Manusia Kesehatan",
                "Bidang Sumber Daya Kesehatan",
                ["SS1"],
                ["S1"],
                [d.Plan(Outcome(Ik("1.02.03"), "Persentase puskesmas dengan sembilan jenis tenaga kesehatan sesuai standar", "%"), baseline: 55m, 60m, 65m, 70m, 75m, 80m, 85m)],
                Kegiatan(
                    "1.02.03.2.02",
                    "Perencanaan Kebutuhan dan Pendayagunaan Sumber Daya Manusia Kesehatan untuk UKP dan UKM di Wilayah Kabupaten/Kota",
                    d.Plan(Output(Ik("1.02.03.2.02"), "Jumlah sumber daya manusia kesehatan yang didayagunakan sesuai standar", "orang"), baseline: 80m, 85m, 90m, 95m, 100m, 105m, 110m),
                    SubKegiatan("1.02.03.2.02.0001", "Pemenuhan Kebutuhan Sumber Daya Manusia Kesehatan sesuai Standar", 3_200_000_000m, d.Plan(Output(Ik("1.02.03.2.02.0001"), "Jumlah sumber daya manusia kesehatan yang memenuhi standar di fasilitas pelayanan kesehatan", "orang"), baseline: 80m, 85m, 90m, 95m, 100m, 105m, 110m))),
                Kegiatan(
                    "1.02.03.2.03",
                    "Pengembangan Mutu dan Peningkatan Kompetensi Teknis Sumber Daya Manusia Kesehatan Tingkat Daerah Kabupaten/Kota",
                    d.Plan(Output(Ik("1.02.03.2.03"), "Jumlah sumber daya manusia kesehatan yang ditingkatkan mutu dan kompetensinya", "orang"), baseline: 150m, 160m, 170m, 180m, 190m, 200m, 210m),
                    SubKegiatan("1.02.03.2.03.0001", "Peningkatan Kompetensi dan Kualifikasi Sumber Daya Manusia Kesehatan", 1_370_000_000m, d.Plan(Output(Ik("1.02.03.2.03.0001"), "Jumlah sumber daya manusia kesehatan yang ditingkatkan kompetensi dan kualifikasinya", "orang"), baseline: 150m, 160m, 170m, 180m, 190m, 200m, 210m)))),
        ];

        return d.AddRenstra(agency, "DINKES", programs) with
        {
            Tujuan =
            [
                new("T1", "Meningkatkan derajat kesehatan masyarakat Kabupaten Contoh")
                {
                    Indicators = [d.Plan(Impact("DINKES-T1-01", "Usia harapan hidup", "tahun"), baseline: 70.45m, 70.55m, 70.65m, 70.75m, 70.85m, 70.95m, 71.05m)],
                    SupportsRpjmdTujuan = ["T1"],
                },
                governance.Tujuan,
            ],
            Sasaran =
            [
                new("SS1", "Meningkatnya kesehatan ibu, anak, dan gizi masyarakat", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("DINKES-SS1-01", "Angka kematian bayi", "per 1.000 KH", Polarity.Negative) with { CascadedFrom = "IKU-01" }, baseline: 14.2m, 13.8m, 13.4m, 13.0m, 12.5m, 12m, 11.5m),
                        d.Plan(Outcome("DINKES-SS1-02", "Prevalensi stunting pada balita", "%", Polarity.Negative) with { CascadedFrom = "IKU-03" }, baseline: 24.6m, 22m, 20m, 18m, 16m, 14m, 12m),

                        // DELIBERATE (ALN-009): maternal deaths counted in cases, declared as cascaded from the
                        // maternal mortality rate per 100.000 live births.
                        d.Plan(Outcome("DINKES-SS1-03", "Jumlah kematian ibu", "kasus", Polarity.Negative, AccumulationType.Cumulative) with { CascadedFrom = "IKU-02" }, baseline: 9m, 9m, 8m, 8m, 7m, 7m, 6m),
                    ],
                    SupportsRpjmdSasaran = ["S1"],
                },
                new("SS2", "Menurunnya angka kesakitan penyakit menular", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("DINKES-SS2-01", "Insidensi demam berdarah dengue", "per 100.000 penduduk", Polarity.Negative) with { CascadedFrom = "IKU-04" }, baseline: 58m, 56m, 55m, 53m, 51m, 49m, 47m),
                        d.Plan(Outcome("DINKES-SS2-02", "Angka keberhasilan pengobatan tuberkulosis (success rate)", "%"), baseline: 86m, 87m, 88m, 89m, 90m, 90m, 90m),
                    ],
                    SupportsRpjmdSasaran = ["S1"],
                },
                governance.Sasaran,
            ],
            Strategi =
            [
                new("ST1", "Peningkatan cakupan dan mutu pelayanan kesehatan ibu, bayi, dan balita sesuai standar", "SS1"),
                new("ST2", "Penguatan surveilans dan pengendalian penyakit menular berbasis wilayah", "SS2"),
                governance.Strategi,
            ],
            ArahKebijakan =
            [
                new("AK1.1", "Pemenuhan alat kesehatan dan tenaga kesehatan puskesmas sesuai standar", "ST1"),
                new("AK1.2", "Intervensi gizi spesifik pada 1.000 hari pertama kehidupan di desa lokus stunting", "ST1"),
                new("AK2.1", "Pemberantasan sarang nyamuk dan penemuan kasus tuberkulosis secara aktif", "ST2"),
                governance.ArahKebijakan,
            ],
        };
    }

    #endregion

    #region Dinas Pendidikan dan Kebudayaan

    private static Renstra DinasPendidikan(Draft d)
    {
        var agency = Organisation("1.01.2.22.0.00.01.0000", "Dinas Pendidikan dan Kebudayaan");
        var governance = Governance(d, "DISDIKBUD", agency, "1.01", new(2_940, 210_000_000m, 140_000_000m, 186_500_000_000m), baseline: 59.8m, 61m, 63m, 65m, 67m, 70m, 72m);
        Node[] programs =
        [
            governance.Program,
            ProgramItem(
                "1.01.02",
                "Program Pengelolaan Pendidikan",
                "Bidang Pembinaan Pendidikan Dasar",
                ["SS1"],
                ["S2"],
                [d.Plan(Outcome(Ik("1.01.02"), "Persentase satuan pendidikan dasar yang memenuhi standar nasional pendidikan", "%"), baseline: 60m, 63m, 66m, 69m, 72m, 75m, 78m)],
                Kegiatan(
                    "1.01.02.2.02",
                    "Pengelolaan Pendidikan Sekolah Dasar",
                    d.Plan(Output(Ik("1.01.02.2.02"), "Jumlah satuan pendidikan SD yang dikelola sesuai standar", "unit", AccumulationType.LastValue), baseline: 312m, 312m, 312m, 312m, 314m, 314m, 314m),
                    SubKegiatan("1.01.02.2.02.0003", "Penambahan Ruang Kelas Baru", 4_900_000_000m, d.Plan(Output(Ik("1.01.02.2.02.0003"), "Jumlah ruang kelas baru SD yang dibangun", "unit"), baseline: 9m, 10m, 10m, 12m, 12m, 14m, 14m)),
                    SubKegiatan("1.01.02.2.02.0009", "Rehabilitasi Sedang/Berat Ruang Kelas Sekolah", 7_000_000_000m, d.Plan(Output(Ik("1.01.02.2.02.0009"), "Jumlah ruang kelas SD yang direhabilitasi", "unit"), baseline: 24m, 25m, 28m, 30m, 32m, 35m, 36m)),

                    // DELIBERATE (ALN-006): the sub kegiatan's indicator is typed Outcome (see Redefine below).
                    SubKegiatan("1.01.02.2.02.0024", "Pengelolaan Dana BOS Sekolah Dasar", 26_800_000_000m, d.Plan(Output(Ik("1.01.02.2.02.0024"), "Jumlah satuan pendidikan SD yang menerima dana BOS", "unit", AccumulationType.LastValue), baseline: 312m, 312m, 312m, 312m, 314m, 314m, 314m))),
                Kegiatan(
                    "1.01.02.2.03",
                    "Pengelolaan Pendidikan Sekolah Menengah Pertama",
                    d.Plan(Output(Ik("1.01.02.2.03"), "Jumlah satuan pendidikan SMP yang dikelola sesuai standar", "unit", AccumulationType.LastValue), baseline: 64m, 64m, 64m, 65m, 65m, 66m, 66m),
                    SubKegiatan("1.01.02.2.03.0003", "Penambahan Ruang Kelas Baru", 3_200_000_000m, d.Plan(Output(Ik("1.01.02.2.03.0003"), "Jumlah ruang kelas baru SMP yang dibangun", "unit"), baseline: 6m, 6m, 6m, 8m, 8m, 8m, 10m)),
                    SubKegiatan("1.01.02.2.03.0024", "Pengelolaan Dana BOS Sekolah Menengah Pertama", 14_600_000_000m, d.Plan(Output(Ik("1.01.02.2.03.0024"), "Jumlah satuan pendidikan SMP yang menerima dana BOS", "unit", AccumulationType.LastValue), baseline: 64m, 64m, 64m, 65m, 65m, 66m, 66m)))),
            ProgramItem(
                "1.01.04",
                "Program Pendidik dan Tenaga Kependidikan",
                "Bidang Pendidik dan Tenaga Kependidikan",
                ["SS2"],
                ["S2"],
                [d.Plan(Outcome(Ik("1.01.04"), "Persentase pendidik yang memenuhi kualifikasi dan kompetensi", "%"), baseline: 85m, 87m, 89m, 91m, 93m, 95m, 96m)],
                Kegiatan(
                    "1.01.04.2.01",
                    "Pemerataan Kuantitas dan Kualitas Pendidik dan Tenaga Kependidikan bagi Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal",
                    d.Plan(Output(Ik("1.01.04.2.01"), "Jumlah pendidik dan tenaga kependidikan yang dipetakan dan ditingkatkan kompetensinya", "orang"), baseline: 380m, 400m, 420m, 440m, 460m, 480m, 500m),
                    SubKegiatan("1.01.04.2.01.0001", "Perhitungan dan Pemetaan Pendidik dan Tenaga Kependidikan Satuan Pendidikan Dasar, PAUD, dan Pendidikan Nonformal", 350_000_000m, d.Plan(Output(Ik("1.01.04.2.01.0001"), "Jumlah dokumen hasil perhitungan dan pemetaan pendidik dan tenaga kependidikan", "dokumen"), baseline: 1m, 1m, 1m, 1m, 1m, 1m, 1m)),
                    SubKegiatan("1.01.04.2.01.0003", "Peningkatan Kompetensi Pendidik dan Tenaga Kependidikan", 4_550_000_000m, d.Plan(Output(Ik("1.01.04.2.01.0003"), "Jumlah pendidik dan tenaga kependidikan yang ditingkatkan kompetensinya", "orang"), baseline: 380m, 400m, 420m, 440m, 460m, 480m, 500m)))),
        ];

        // DELIBERATE (ALN-006): a sub kegiatan indicator typed as an outcome.
        d.Redefine(Ik("1.01.02.2.02.0024"), i => i with { Type = IndicatorType.Outcome });

        return d.AddRenstra(agency, "DISDIKBUD", programs) with
        {
            Tujuan =
            [
                new("T1", "Meningkatkan akses dan mutu pendidikan dasar")
                {
                    Indicators = [d.Plan(Impact("DISDIKBUD-T1-01", "Harapan lama sekolah", "tahun"), baseline: 12.45m, 12.50m, 12.56m, 12.62m, 12.68m, 12.74m, 12.80m)],
                    SupportsRpjmdTujuan = ["T1"],
                },
                governance.Tujuan,
            ],
            Sasaran =
            [
                new("SS1", "Meningkatnya akses pendidikan dasar", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("DISDIKBUD-SS1-01", "Angka partisipasi murni SMP/MTs", "%") with { CascadedFrom = "IKU-05" }, baseline: 78.4m, 79m, 79.8m, 80.6m, 81.5m, 82.5m, 83.5m),
                        d.Plan(Outcome("DISDIKBUD-SS1-02", "Angka partisipasi murni SD/MI", "%"), baseline: 97.1m, 97.3m, 97.5m, 97.7m, 97.9m, 98.1m, 98.3m),
                        d.Plan(Outcome("DISDIKBUD-SS1-03", "Angka putus sekolah SD", "%", Polarity.Negative) with { CascadedFrom = "IKU-07" }, baseline: 0.12m, 0.10m, 0.08m, 0.05m, 0.02m, 0m, 0m),
                    ],
                    SupportsRpjmdSasaran = ["S2"],
                },
                new("SS2", "Meningkatnya mutu pendidikan dasar", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("DISDIKBUD-SS2-01", "Persentase sekolah terakreditasi minimal B", "%"), baseline: 72m, 75m, 78m, 81m, 84m, 87m, 90m),
                        d.Plan(Outcome("DISDIKBUD-SS2-02", "Persentase guru berkualifikasi S1/D-IV", "%"), baseline: 88.5m, 90m, 91.5m, 93m, 94.5m, 96m, 97.5m),
                    ],
                    SupportsRpjmdSasaran = ["S2"],
                },
                governance.Sasaran,
            ],
            Strategi =
            [
                new("ST1", "Pemenuhan daya tampung dan sarana prasarana pendidikan dasar", "SS1"),
                new("ST2", "Peningkatan mutu pembelajaran dan kualifikasi pendidik", "SS2"),
                governance.Strategi,
            ],
            ArahKebijakan =
            [
                new("AK1.1", "Pembangunan ruang kelas baru di kecamatan dengan angka partisipasi rendah", "ST1"),
                new("AK2.1", "Pendampingan akreditasi satuan pendidikan dan peningkatan kompetensi guru", "ST2"),
                governance.ArahKebijakan,
            ],
        };
    }

    #endregion

    #region Dinas Pekerjaan Umum dan Penataan Ruang

    private static Renstra DinasPupr(Draft d)
    {
        var agency = Organisation("1.03.0.00.0.00.01.0000", "Dinas Pekerjaan Umum dan Penataan Ruang");
        var governance = Governance(d, "PUPR", agency, "1.03", new(145, 160_000_000m, 95_000_000m, 9_850_000_000m), baseline: 57.2m, 59m, 61m, 63m, 65m, 68m, 70m);
        var roadsHandled = d.Plan(Output(Ik("1.03.10.2.01"), "Panjang jalan kabupaten yang ditangani", "km"), baseline: 28m, 30m, 32m, 34m, 36m, 38m, 40m);
        Node[] programs =
        [
            governance.Program,
            ProgramItem(
                "1.03.03",
                "Program Pengelolaan Sumber Daya Air (SDA)",
                "Bidang Sumber Daya Air",
                ["SS2"],
                ["S3"],
                [d.Plan(Outcome(Ik("1.03.03"), "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik", "%") with { CascadedFrom = "PUPR-SS2-02" }, baseline: 58m, 60m, 62m, 64m, 66m, 68m, 70m)],
                Kegiatan(
                    "1.03.03.2.01",
                    "Pengelolaan SDA dan Bangunan Pengaman Pantai pada Wilayah Sungai (WS) dalam 1 (satu) Daerah Kabupaten/Kota",
                    d.Plan(Output(Ik("1.03.03.2.01"), "Panjang sungai yang dinormalisasi dan dikendalikan", "km"), baseline: 3m, 3m, 3.5m, 4m, 4m, 4.5m, 5m),
                    SubKegiatan("1.03.03.2.01.0010", "Normalisasi/Restorasi Sungai", 5_400_000_000m, d.Plan(Output(Ik("1.03.03.2.01.0010"), "Panjang sungai yang dinormalisasi/direstorasi", "km"), baseline: 3m, 3m, 3.5m, 4m, 4m, 4.5m, 5m))),
                Kegiatan(
                    "1.03.03.2.02",
                    "Pengembangan dan Pengelolaan Sistem Irigasi Primer dan Sekunder pada Daerah Irigasi yang Luasnya dibawah 1000 Ha dalam 1 (satu) Daerah Kabupaten/Kota",
                    d.Plan(Output(Ik("1.03.03.2.02"), "Luas daerah irigasi yang ditingkatkan kondisinya", "ha"), baseline: 1_150m, 1_200m, 1_250m, 1_300m, 1_350m, 1_400m, 1_450m),
                    SubKegiatan("1.03.03.2.02.0003", "Rehabilitasi Jaringan Irigasi Permukaan", 9_600_000_000m, d.Plan(Output(Ik("1.03.03.2.02.0003"), "Panjang jaringan irigasi permukaan yang direhabilitasi", "km"), baseline: 6m, 6m, 6.5m, 7m, 7.5m, 8m, 8.5m)),
                    SubKegiatan("1.03.03.2.02.0006", "Operasi dan Pemeliharaan Jaringan Irigasi Permukaan", 2_000_000_000m, d.Plan(Output(Ik("1.03.03.2.02.0006"), "Luas daerah irigasi yang dioperasikan dan dipelihara", "ha", AccumulationType.LastValue), baseline: 8_200m, 8_200m, 8_200m, 8_250m, 8_250m, 8_300m, 8_300m)))),
            ProgramItem(
                "1.03.10",
                "Program Penyelenggaraan Jalan",
                "Bidang Bina Marga",
                ["SS1"],
                ["S3"],
                [d.Plan(Outcome(Ik("1.03.10"), "Persentase panjang jalan kabupaten dalam kondisi mantap", "%") with { CascadedFrom = "PUPR-SS1-01" }, baseline: 62.5m, 65m, 67.5m, 70m, 72.5m, 75m, 77.5m)],
                Kegiatan(
                    "1.03.10.2.01",
                    "Penyelenggaraan Jalan Kabupaten/Kota",

                    // DELIBERATE (ALN-014): the end-of-period road length is declared as the final year (40 km),
                    // but the kilometres handled add up over the years (210 km).
                    roadsHandled with { DeclaredEndTarget = 40m },
                    SubKegiatan("1.03.10.2.01.0004", "Rekonstruksi Jalan", 30_000_000_000m, d.Plan(Output(Ik("1.03.10.2.01.0004"), "Panjang jalan yang direkonstruksi", "km"), baseline: 7.5m, 8m, 8.5m, 9m, 9.5m, 10m, 10.5m)),
                    SubKegiatan("1.03.10.2.01.0005", "Rehabilitasi Jalan", 20_800_000_000m, d.Plan(Output(Ik("1.03.10.2.01.0005"), "Panjang jalan yang direhabilitasi", "km"), baseline: 11m, 12m, 13m, 14m, 15m, 16m, 17m)),
                    SubKegiatan("1.03.10.2.01.0006", "Pemeliharaan Berkala Jalan", 6_200_000_000m, d.Plan(Output(Ik("1.03.10.2.01.0006"), "Panjang jalan yang dipelihara secara berkala", "km"), baseline: 9.5m, 10m, 10.5m, 11m, 11.5m, 12m, 12.5m)),
                    SubKegiatan("1.03.10.2.01.0011", "Rehabilitasi Jembatan", 9_000_000_000m, d.Plan(Output(Ik("1.03.10.2.01.0011"), "Jumlah jembatan yang direhabilitasi", "unit"), baseline: 3m, 3m, 3m, 4m, 4m, 5m, 5m)))),
        ];

        var renstra = d.AddRenstra(agency, "PUPR", programs) with
        {
            Tujuan =
            [
                new("T1", "Meningkatkan kualitas infrastruktur jalan dan sumber daya air")
                {
                    Indicators = [d.Plan(Impact("PUPR-T1-01", "Persentase infrastruktur jalan dan sumber daya air dalam kondisi baik", "%"), baseline: 64m, 66m, 68m, 70m, 72m, 74m, 76m)],
                    SupportsRpjmdTujuan = ["T2"],
                },
                governance.Tujuan,
            ],
            Sasaran =
            [
                new("SS1", "Meningkatnya kemantapan jalan kabupaten", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("PUPR-SS1-01", "Persentase jalan kabupaten dalam kondisi mantap", "%") with { CascadedFrom = "IKU-08" }, baseline: 62.5m, 65m, 67.5m, 70m, 72.5m, 75m, 77.5m),
                        d.Plan(Outcome("PUPR-SS1-02", "Persentase jembatan kabupaten dalam kondisi baik", "%"), baseline: 70m, 72m, 74m, 76m, 78m, 80m, 82m),
                    ],
                    SupportsRpjmdSasaran = ["S3"],
                },
                new("SS2", "Meningkatnya layanan air minum, irigasi, dan pengendalian banjir", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("PUPR-SS2-01", "Persentase rumah tangga dengan akses air minum layak", "%") with { CascadedFrom = "IKU-09" }, baseline: 80.2m, 82m, 83.5m, 85m, 86.5m, 88m, 89.5m),
                        d.Plan(Outcome("PUPR-SS2-02", "Persentase daerah irigasi kewenangan kabupaten dalam kondisi baik", "%"), baseline: 58m, 60m, 62m, 64m, 66m, 68m, 70m),

                        // DELIBERATE (ALN-007): lower is better, but the 2026 target rises again (8,6 typed for 8,0).
                        d.Plan(Outcome("PUPR-SS2-03", "Persentase luas kawasan permukiman terdampak genangan", "%", Polarity.Negative), baseline: 9.8m, 9.5m, 9.2m, 8.9m, 8.6m, 8.3m, 8.6m),
                    ],
                    SupportsRpjmdSasaran = ["S3"],
                },
                governance.Sasaran,
            ],
            Strategi =
            [
                new("ST1", "Penanganan jalan dan jembatan kabupaten berdasarkan prioritas kondisi dan fungsi", "SS1"),
                new("ST2", "Rehabilitasi jaringan irigasi dan normalisasi sungai di kawasan rawan banjir", "SS2"),
                governance.Strategi,
            ],
            ArahKebijakan =
            [
                new("AK1.1", "Rekonstruksi dan rehabilitasi ruas jalan penghubung pusat kegiatan lokal", "ST1"),
                new("AK2.1", "Rehabilitasi jaringan irigasi permukaan dan normalisasi sungai berbasis daerah aliran sungai", "ST2"),
                governance.ArahKebijakan,
            ],
        };

        // DELIBERATE (ALN-010): the irrigation rehabilitation sub kegiatan was revised to Rp 9.850.000.000 for 2025
        // after its kegiatan had been totalled with Rp 9.600.000.000.
        return renstra with { Items = [.. WithBudget(renstra.Items, "1.03.03.2.02.0003", Year, 9_850_000_000m)] };
    }

    #endregion

    #region Dinas Sosial

    private static Renstra DinasSosial(Draft d)
    {
        var agency = Organisation("1.06.0.00.0.00.01.0000", "Dinas Sosial");
        var governance = Governance(d, "DINSOS", agency, "1.06", new(52, 120_000_000m, 85_000_000m, 3_420_000_000m), baseline: 58m, 60m, 62m, 64m, 66m, 68m, 70m);
        Node[] programs =
        [
            governance.Program,
            ProgramItem(
                "1.06.04",
                "Program Rehabilitasi Sosial",
                "Bidang Rehabilitasi Sosial",
                ["SS1"],
                ["S6"],
                [d.Plan(Outcome(Ik("1.06.04"), "Persentase PPKS yang mendapatkan rehabilitasi sosial dasar", "%"), baseline: 55m, 58m, 61m, 64m, 67m, 70m, 73m)],
                Kegiatan(
                    "1.06.04.2.02",
                    "Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial",
                    d.Plan(Output(Ik("1.06.04.2.02"), "Jumlah PPKS yang mendapatkan rehabilitasi sosial dasar di luar panti", "orang"), baseline: 460m, 470m, 500m, 530m, 560m, 590m, 620m),
                    SubKegiatan("1.06.04.2.02.0001", "Penyediaan Permakanan", 1_290_000_000m, d.Plan(Output(Ik("1.06.04.2.02.0001"), "Jumlah PPKS yang mendapatkan permakanan", "orang"), baseline: 340m, 350m, 370m, 390m, 410m, 430m, 450m)),
                    SubKegiatan("1.06.04.2.02.0004", "Pemberian Alat Bantu", 480_000_000m, d.Plan(Output(Ik("1.06.04.2.02.0004"), "Jumlah penyandang disabilitas terlantar yang mendapatkan alat bantu", "orang"), baseline: 120m, 120m, 130m, 140m, 150m, 160m, 170m))),
                Kegiatan(
                    "1.06.04.2.05",
                    "Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA di Luar Panti Sosial",
                    d.Plan(Output(Ik("1.06.04.2.05"), "Jumlah PMKS lainnya yang mendapatkan rehabilitasi sosial", "orang"), baseline: 145m, 150m, 160m, 170m, 180m, 190m, 200m),
                    SubKegiatan("1.06.04.2.05.0001", "Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial", 720_000_000m, d.Plan(Output(Ik("1.06.04.2.05.0001"), "Jumlah PMKS lainnya yang mendapatkan bimbingan fisik, mental, spiritual, dan sosial", "orang"), baseline: 145m, 150m, 160m, 170m, 180m, 190m, 200m)))),
            ProgramItem(
                "1.06.06",
                "Program Penanganan Bencana",
                "Bidang Perlindungan dan Jaminan Sosial",
                ["SS2"],
                ["S6"],
                [d.Plan(Outcome(Ik("1.06.06"), "Persentase korban bencana yang terpenuhi kebutuhan dasarnya", "%") with { CascadedFrom = "DINSOS-SS2-01" }, baseline: 90m, 100m, 100m, 100m, 100m, 100m, 100m)],
                Kegiatan(
                    "1.06.06.2.01",
                    "Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota",
                    d.Plan(Output(Ik("1.06.06.2.01"), "Jumlah korban bencana yang mendapatkan perlindungan sosial", "orang"), baseline: 480m, 500m, 500m, 500m, 500m, 500m, 500m),
                    SubKegiatan("1.06.06.2.01.0001", "Penyediaan Makanan", 450_000_000m, d.Plan(Output(Ik("1.06.06.2.01.0001"), "Jumlah korban bencana yang terpenuhi kebutuhan makanannya", "orang"), baseline: 480m, 500m, 500m, 500m, 500m, 500m, 500m)),
                    SubKegiatan("1.06.06.2.01.0002", "Penyediaan Sandang", 200_000_000m, d.Plan(Output(Ik("1.06.06.2.01.0002"), "Jumlah korban bencana yang terpenuhi kebutuhan sandangnya", "orang"), baseline: 480m, 500m, 500m, 500m, 500m, 500m, 500m)))),
        ];

        return d.AddRenstra(agency, "DINSOS", programs) with
        {
            Tujuan =
            [
                new("T1", "Meningkatkan kesejahteraan sosial penyandang masalah kesejahteraan sosial")
                {
                    Indicators = [d.Plan(Impact("DINSOS-T1-01", "Persentase PPKS yang mandiri secara sosial dan ekonomi", "%"), baseline: 40m, 42m, 44m, 46m, 48m, 50m, 52m)],
                    SupportsRpjmdTujuan = ["T3"],
                },
                governance.Tujuan,
            ],
            Sasaran =
            [
                new("SS1", "Meningkatnya penanganan PPKS melalui rehabilitasi sosial", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("DINSOS-SS1-01", "Persentase penyandang masalah kesejahteraan sosial yang tertangani", "%") with { CascadedFrom = "IKU-16" }, baseline: 58m, 60m, 63m, 66m, 69m, 72m, 75m),
                        d.Plan(Outcome("DINSOS-SS1-02", "Jumlah PPKS yang berfungsi sosial kembali setelah rehabilitasi", "orang", Polarity.Positive, AccumulationType.Cumulative), baseline: 310m, 320m, 340m, 360m, 380m, 400m, 420m),
                    ],
                    SupportsRpjmdSasaran = ["S6"],
                },

                // DELIBERATE (ALN-001): the sasaran names no RPJMD sasaran it supports.
                new("SS2", "Meningkatnya perlindungan sosial korban bencana alam dan sosial", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("DINSOS-SS2-01", "Persentase korban bencana yang terpenuhi kebutuhan dasarnya", "%"), baseline: 90m, 100m, 100m, 100m, 100m, 100m, 100m),
                    ],
                },
                governance.Sasaran,
            ],
            Strategi =
            [
                new("ST1", "Rehabilitasi sosial dasar berbasis keluarga, komunitas, dan residensial", "SS1"),
                new("ST2", "Kesiapsiagaan dan pemenuhan kebutuhan dasar korban bencana", "SS2"),
                governance.Strategi,
            ],
            ArahKebijakan =
            [
                new("AK1.1", "Pemutakhiran DTKS dan penjangkauan PPKS di setiap kecamatan", "ST1"),
                new("AK2.1", "Penyediaan logistik bencana dan pelatihan taruna siaga bencana", "ST2"),
                governance.ArahKebijakan,
            ],
        };
    }

    #endregion

    #region Badan Perencanaan Pembangunan Daerah

    private static Renstra Bappeda(Draft d)
    {
        var agency = Organisation("5.01.0.00.0.00.01.0000", "Badan Perencanaan Pembangunan Daerah");
        var governance = Governance(d, "BAPPEDA", agency, "5.01", new(61, 240_000_000m, 110_000_000m, 4_100_000_000m), baseline: 63.5m, 65m, 67m, 69m, 71m, 73m, 75m);
        Node[] programs =
        [
            governance.Program,
            ProgramItem(
                "5.01.02",
                "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
                "Bidang Perencanaan, Pengendalian dan Evaluasi Pembangunan",
                ["SS1", "SS2"],
                ["S4", "S5"],
                [d.Plan(Outcome(Ik("5.01.02"), "Persentase dokumen perencanaan pembangunan daerah yang ditetapkan tepat waktu", "%"), baseline: 80m, 85m, 90m, 95m, 100m, 100m, 100m)],
                Kegiatan(
                    "5.01.02.2.01",
                    "Penyusunan Perencanaan dan Pendanaan",
                    d.Plan(Output(Ik("5.01.02.2.01"), "Jumlah dokumen perencanaan pembangunan daerah dan laporan sinergitas yang disusun", "dokumen"), baseline: 2m, 2m, 2m, 2m, 3m, 3m, 3m),
                    SubKegiatan("5.01.02.2.01.0006", "Koordinasi Penyusunan Dokumen Perencanaan Pembangunan Daerah (RPJPD, RPJMD dan RKPD)", 1_450_000_000m, d.Plan(Output(Ik("5.01.02.2.01.0006"), "Jumlah dokumen perencanaan pembangunan daerah (RPJPD, RPJMD dan RKPD) yang disusun", "dokumen"), baseline: 1m, 1m, 1m, 1m, 2m, 2m, 2m)),
                    SubKegiatan("5.01.02.2.01.0010", "Koordinasi Pelaksanaan Sinergitas dan Harmonisasi Perencanaan Pembangunan Daerah", 400_000_000m, d.Plan(Output(Ik("5.01.02.2.01.0010"), "Jumlah laporan hasil koordinasi sinergitas dan harmonisasi perencanaan pembangunan daerah", "laporan"), baseline: 1m, 1m, 1m, 1m, 1m, 1m, 1m))),
                Kegiatan(
                    "5.01.02.2.03",
                    "Pengendalian, Evaluasi dan Pelaporan Pembangunan Daerah",
                    d.Plan(Output(Ik("5.01.02.2.03"), "Jumlah laporan pengendalian, evaluasi dan pelaporan pembangunan daerah", "laporan"), baseline: 4m, 4m, 4m, 4m, 4m, 4m, 4m),
                    SubKegiatan("5.01.02.2.03.0001", "Pengendalian, Evaluasi dan Pelaporan Pelaksanaan RPJPD, RPJMD dan RKPD", 550_000_000m, d.Plan(Output(Ik("5.01.02.2.03.0001"), "Jumlah laporan pengendalian dan evaluasi pelaksanaan RPJPD, RPJMD dan RKPD", "laporan"), baseline: 4m, 4m, 4m, 4m, 4m, 4m, 4m)))),
        ];

        return d.AddRenstra(agency, "BAPPEDA", programs) with
        {
            Tujuan =
            [
                new("T1", "Meningkatkan kualitas perencanaan pembangunan daerah")
                {
                    Indicators = [d.Plan(Impact("BAPPEDA-T1-01", "Persentase capaian sasaran RPJMD", "%"), baseline: 75m, 78m, 80m, 82m, 84m, 86m, 88m)],
                    SupportsRpjmdTujuan = ["T4"],
                },
                governance.Tujuan,
            ],
            Sasaran =
            [
                // DELIBERATE (ALN-002, with the RPJMD): no agency sasaran supports RPJMD sasaran S4 (economic growth),
                // although Bappeda's program serves it.
                new("SS1", "Meningkatnya kualitas dan konsistensi perencanaan pembangunan daerah", "T1")
                {
                    Indicators = [d.Plan(Outcome("BAPPEDA-SS1-01", "Persentase konsistensi program RKPD terhadap RPJMD", "%"), baseline: 88m, 90m, 92m, 94m, 96m, 98m, 100m)],
                    SupportsRpjmdSasaran = ["S5"],
                },
                new("SS2", "Meningkatnya kualitas pengendalian dan evaluasi pembangunan daerah", "T1")
                {
                    Indicators = [d.Plan(Outcome("BAPPEDA-SS2-01", "Persentase rekomendasi hasil pengendalian dan evaluasi yang ditindaklanjuti", "%"), baseline: 65m, 68m, 71m, 74m, 77m, 80m, 83m)],
                    SupportsRpjmdSasaran = ["S5"],
                },
                governance.Sasaran,
            ],
            Strategi =
            [
                new("ST1", "Penguatan keterpaduan perencanaan dan penganggaran berbasis kinerja", "SS1"),
                new("ST2", "Penguatan pengendalian dan evaluasi pembangunan berbasis data", "SS2"),
                governance.Strategi,
            ],
            ArahKebijakan =
            [
                new("AK1.1", "Penyelarasan program RKPD dengan RPJMD melalui sistem informasi pemerintahan daerah", "ST1"),
                new("AK2.1", "Evaluasi triwulanan capaian RKPD dan tindak lanjut rekomendasinya", "ST2"),
                governance.ArahKebijakan,
            ],
        };
    }

    #endregion

    #region Inspektorat

    private static Renstra Inspektorat(Draft d)
    {
        var agency = Organisation("6.01.0.00.0.00.01.0000", "Inspektorat Daerah");
        var governance = Governance(d, "INSPEKTORAT", agency, "6.01", new(58, 150_000_000m, 90_000_000m, 4_650_000_000m), baseline: 64m, 66m, 68m, 70m, 72m, 74m, 76m);
        Node[] programs =
        [
            governance.Program,
            ProgramItem(
                "6.01.02",
                "Program Penyelenggaraan Pengawasan",
                "Inspektur Pembantu Wilayah I–IV",
                ["SS1", "SS2"],
                ["S5"],
                [d.Plan(Outcome(Ik("6.01.02"), "Persentase obyek pemeriksaan yang diawasi sesuai PKPT", "%"), baseline: 85m, 88m, 90m, 92m, 95m, 98m, 100m)],
                Kegiatan(
                    "6.01.02.2.01",
                    "Penyelenggaraan Pengawasan Internal",
                    d.Plan(Output(Ik("6.01.02.2.01"), "Jumlah laporan hasil pengawasan internal", "laporan"), baseline: 105m, 110m, 114m, 119m, 124m, 128m, 132m),
                    SubKegiatan("6.01.02.2.01.0001", "Pengawasan Kinerja Pemerintah Daerah", 1_649_428_000m, d.Plan(Output(Ik("6.01.02.2.01.0001"), "Jumlah laporan hasil pengawasan kinerja pemerintah daerah", "laporan"), baseline: 58m, 60m, 62m, 65m, 68m, 70m, 72m)),
                    SubKegiatan("6.01.02.2.01.0002", "Pengawasan Keuangan Pemerintah Daerah", 1_300_000_000m, d.Plan(Output(Ik("6.01.02.2.01.0002"), "Jumlah laporan hasil pengawasan keuangan pemerintah daerah", "laporan"), baseline: 47m, 50m, 52m, 54m, 56m, 58m, 60m))),
                Kegiatan(
                    "6.01.02.2.02",
                    "Penyelenggaraan Pengawasan dengan Tujuan Tertentu",
                    d.Plan(Output(Ik("6.01.02.2.02"), "Jumlah laporan hasil pengawasan dengan tujuan tertentu", "laporan"), baseline: 38m, 40m, 42m, 44m, 46m, 48m, 50m),
                    SubKegiatan("6.01.02.2.02.0002", "Penanganan Pengaduan Masyarakat", 800_000_000m, d.Plan(Output(Ik("6.01.02.2.02.0002"), "Jumlah pengaduan masyarakat yang ditangani", "pengaduan"), baseline: 38m, 40m, 42m, 44m, 46m, 48m, 50m)))),
        ];

        return d.AddRenstra(agency, "INSPEKTORAT", programs) with
        {
            Tujuan =
            [
                new("T1", "Meningkatkan akuntabilitas penyelenggaraan pemerintahan daerah")
                {
                    Indicators = [d.Plan(Impact("INSPEKTORAT-T1-01", "Level maturitas SPIP", "level"), baseline: 2.85m, 3m, 3.1m, 3.2m, 3.3m, 3.4m, 3.5m)],
                    SupportsRpjmdTujuan = ["T4"],
                },
                governance.Tujuan,
            ],
            Sasaran =
            [
                new("SS1", "Meningkatnya kapabilitas pengawasan intern dan tindak lanjut hasil pemeriksaan", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("INSPEKTORAT-SS1-01", "Level kapabilitas APIP", "level"), baseline: 2m, 2m, 3m, 3m, 3m, 3m, 3m),
                        d.Plan(Outcome("INSPEKTORAT-SS1-02", "Persentase tindak lanjut rekomendasi hasil pemeriksaan", "%"), baseline: 75m, 78m, 80m, 82m, 85m, 88m, 90m),
                    ],
                    SupportsRpjmdSasaran = ["S5"],
                },
                new("SS2", "Meningkatnya kualitas penanganan pengaduan masyarakat", "T1")
                {
                    Indicators =
                    [
                        d.Plan(Outcome("INSPEKTORAT-SS2-01", "Pengaduan masyarakat yang diselesaikan", "%") with { CascadedFrom = "IKU-13" }, baseline: 72m, Range(75, 85), Range(75, 85), Range(78, 88), Range(80, 90), Range(80, 90), Range(80, 90)),
                        d.Plan(Outcome("INSPEKTORAT-SS2-02", "Rata-rata waktu tindak lanjut pengaduan masyarakat", "hari", Polarity.Negative, AccumulationType.Average), baseline: 5m, 5m, 4.5m, 4m, 3.5m, 3m, 3m),
                    ],
                    SupportsRpjmdSasaran = ["S5"],
                },
                governance.Sasaran,
            ],
            Strategi =
            [
                new("ST1", "Peningkatan kapabilitas APIP dan pengawasan berbasis risiko", "SS1"),
                new("ST2", "Percepatan penanganan dan tindak lanjut pengaduan masyarakat", "SS2"),
                governance.Strategi,
            ],
            ArahKebijakan =
            [
                new("AK1.1", "Sertifikasi auditor dan penerapan audit berbasis risiko", "ST1"),
                new("AK2.1", "Integrasi kanal pengaduan SP4N-LAPOR! dengan penanganan oleh Inspektur Pembantu", "ST2"),
                governance.ArahKebijakan,
            ],
        };
    }

    #endregion

    #region Governance (every agency): tujuan, sasaran and support program

    private sealed record SupportBudget(int Staff, decimal PlanningDocuments, decimal PerformanceReports, decimal Salaries);

    private sealed record GovernanceParts(RenstraTujuan Tujuan, RenstraSasaran Sasaran, Strategi Strategi, ArahKebijakan ArahKebijakan, Node Program);

    /// <summary>The part every Renstra shares: a tujuan and sasaran on the agency's accountability (its SAKIP score,
    /// cascaded from the region's) and the support program (program 01 of the bidang) behind it.</summary>
    private static GovernanceParts Governance(Draft d, string key, Agency agency, string bidang, SupportBudget budget, decimal baseline, params Target[] sakip)
    {
        var program = bidang + ".01";
        var planning = program + ".2.01";
        var finance = program + ".2.02";
        var staff = (decimal)budget.Staff;
        return new GovernanceParts(
            new RenstraTujuan("T2", $"Meningkatkan akuntabilitas kinerja dan tata kelola {agency.Name}") { SupportsRpjmdTujuan = ["T4"] },
            new RenstraSasaran("SS3", $"Meningkatnya akuntabilitas kinerja {agency.Name}", "T2")
            {
                Indicators = [d.Plan(Outcome($"{key}-SS3-01", $"Nilai evaluasi SAKIP {agency.Name}", "nilai") with { CascadedFrom = "IKU-15" }, baseline, sakip)],
                SupportsRpjmdSasaran = ["S5"],
            },
            new Strategi("ST3", $"Penguatan akuntabilitas kinerja dan tata kelola internal {agency.Name}", "SS3"),
            new ArahKebijakan("AK3.1", "Perencanaan, penganggaran, dan pelaporan kinerja yang terintegrasi secara elektronik", "ST3"),
            ProgramItem(
                program,
                "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
                "Sekretariat",
                ["SS3"],
                ["S5"],
                [d.Plan(Outcome(Ik(program), "Persentase pemenuhan layanan administrasi dan penunjang perangkat daerah", "%"), baseline: 90m, 92m, 94m, 95m, 96m, 97m, 98m)],
                Kegiatan(
                    planning,
                    "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
                    d.Plan(Output(Ik(planning), "Jumlah dokumen perencanaan, penganggaran, dan evaluasi kinerja perangkat daerah", "dokumen"), baseline: 6m, 6m, 6m, 6m, 6m, 6m, 6m),
                    SubKegiatan(planning + ".0001", "Penyusunan Dokumen Perencanaan Perangkat Daerah", budget.PlanningDocuments, d.Plan(Output(Ik(planning + ".0001"), "Jumlah dokumen perencanaan perangkat daerah", "dokumen"), baseline: 3m, 3m, 3m, 3m, 3m, 3m, 3m)),
                    SubKegiatan(planning + ".0006", "Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD", budget.PerformanceReports, d.Plan(Output(Ik(planning + ".0006"), "Jumlah laporan capaian kinerja dan ikhtisar realisasi kinerja SKPD", "laporan"), baseline: 3m, 3m, 3m, 3m, 3m, 3m, 3m))),
                Kegiatan(
                    finance,
                    "Administrasi Keuangan Perangkat Daerah",
                    d.Plan(Output(Ik(finance), "Jumlah orang yang menerima gaji dan tunjangan ASN", "orang/bulan", AccumulationType.LastValue), baseline: staff, staff, staff, staff, staff, staff, staff),
                    SubKegiatan(finance + ".0001", "Penyediaan Gaji dan Tunjangan ASN", budget.Salaries, d.Plan(Output(Ik(finance + ".0001"), "Jumlah orang yang menerima gaji dan tunjangan ASN", "orang/bulan", AccumulationType.LastValue), baseline: staff, staff, staff, staff, staff, staff, staff)))));
    }

    #endregion

    #region Perjanjian Kinerja 2025, Rencana Aksi and realisations

    private static void BupatiAgreement(Draft d, Rpjmd rpjmd)
    {
        d.Agreements.Add(new PerjanjianKinerja
        {
            Id = "PK-2025-BUPATI",
            Year = Year,
            Official = "H. Suryo Wibisono, S.H., M.M.",
            Position = "Bupati Contoh",
            Level = OfficialLevel.HeadOfRegion,
            Targets = [.. rpjmd.Sasaran.SelectMany(s => s.Indicators.Select(i => new PkTarget(s.Id, i.IndicatorId, i.TargetFor(Year)!.Value)))],
            Programs = [.. rpjmd.Programs.Select(p => new PkProgram(p.Code, PlanMath.AmountFor(p.IndicativeBudget, Year)!.Value))],
        });

        // The small demo's realisations (kabupaten-contoh-2025.csv); IKU-09 (air minum layak) is not reported.
        d.ReportAnnual("IKU-01", 10.4m);
        d.ReportAnnual("IKU-02", 112m);
        d.ReportAnnual("IKU-03", 15.2m);
        d.ReportAnnual("IKU-04", 56.23m);
        d.ReportAnnual("IKU-05", 80.1m);
        d.ReportAnnual("IKU-06", 8.25m);
        d.ReportAnnual("IKU-07", 0m);
        d.ReportAnnual("IKU-08", 71.3m);
        d.ReportAnnual("IKU-10", -1.2m);
        d.ReportAnnual("IKU-11", 4.9m);
        d.ReportAnnual("IKU-12", 90.83m);
        d.ReportAnnual("IKU-13", 70m);
        d.ReportAnnual("IKU-14", 9m);
        d.ReportAnnual("IKU-15", 66.45m);
        d.ReportAnnual("IKU-16", 73.4m);
    }

    private static void AgencyAgreements(Draft d)
    {
        d.AgencyAgreement(
            "DINKES",
            "dr. Ratna Wulandari, M.Kes.",
            "Kepala Dinas Kesehatan",
            Monitor("DINKES-SS1-01", [12.5m, 12.3m, 12.1m, 12m], annual: 10.4m),
            Monitor("DINKES-SS1-02", [15.5m, 15m, 14.5m, 14m], quarterly: [14.9m, 14.6m, 15m, 15.2m]),
            Monitor("DINKES-SS1-03", [2m, 2m, 2m, 1m], quarterly: [2m, 3m, 1m, 2m]),
            Monitor("DINKES-SS2-01", [49m, 49m, 49m, 49m], annual: 56.23m),
            Monitor("DINKES-SS2-02", [85m, 87m, 88m, 90m], quarterly: [86.2m, 87.9m, 88.4m, 89.1m]),
            Monitor("DINKES-SS3-01", [66m, 67m, 68m, 70m], annual: 68.12m));

        d.AgencyAgreement(
            "DISDIKBUD",
            "Drs. Bambang Hartono, M.Pd.",
            "Kepala Dinas Pendidikan dan Kebudayaan",
            Monitor("DISDIKBUD-SS1-01", [81m, 81.5m, 82m, 82.5m], annual: 80.1m),
            Monitor("DISDIKBUD-SS1-02", [97.6m, 97.8m, 98m, 98.1m], annual: 98.02m),
            Monitor("DISDIKBUD-SS1-03", [0m, 0m, 0m, 0m], annual: 0m),
            Monitor("DISDIKBUD-SS2-01", [78m, 80m, 82m, 85m], quarterly: [79m, 80.5m, 83m, 84.2m]) with
            {
                // An explained deviation (reported by ALN-004 as information only).
                Agreed = 85m,
                DeviationReason = "Visitasi akreditasi oleh BAN-PDM tahun 2025 dijadwalkan ulang sehingga sebagian sekolah baru dinilai tahun 2026.",
            },
            Monitor("DISDIKBUD-SS2-02", [94.5m, 95m, 95.5m, 96m], quarterly: [94.8m, 95.3m, 95.9m, 96.4m]),
            Monitor("DISDIKBUD-SS3-01", [66m, 67m, 68m, 70m], annual: 71.05m));

        d.AgencyAgreement(
            "PUPR",
            "Ir. Agus Setiawan, M.T.",
            "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
            Monitor("PUPR-SS1-01", [71m, 72.5m, 74m, 75m], quarterly: [69.5m, 70.2m, 70.9m, 71.3m]),
            Monitor("PUPR-SS1-02", [77m, 78m, 79m, 80m], quarterly: [77.4m, 78.6m, 79.1m, 80.3m]),

            // Not reported for the fourth quarter.
            Monitor("PUPR-SS2-01", [86m, 86.5m, 87m, 88m], quarterly: [85.6m, 86.1m, 86.9m, null]),
            Monitor("PUPR-SS2-02", [64m, 65.5m, 67m, 68m], quarterly: [64.2m, 65.9m, 66.8m, 68.4m]),
            Monitor("PUPR-SS2-03", [9m, 8.8m, 8.5m, 8.3m], quarterly: [9.1m, 8.7m, 8.6m, 8.2m]),
            Monitor("PUPR-SS3-01", [64m, 65m, 66m, 68m], annual: 65.4m));

        d.AgencyAgreement(
            "DINSOS",
            "Sri Lestari, S.Sos., M.Si.",
            "Kepala Dinas Sosial",

            // DELIBERATE (ALN-004): agreed at 70 % while the Renstra targets 72 % for 2025, with no reason recorded.
            Monitor("DINSOS-SS1-01", [25m, 45m, 60m, 70m], quarterly: [24.1m, 43.8m, 61.2m, 73.4m]) with { Agreed = 70m },
            Monitor("DINSOS-SS1-02", [80m, 100m, 110m, 110m], quarterly: [76m, 104m, 118m, 96m]),
            Monitor("DINSOS-SS2-01", [100m, 100m, 100m, 100m], quarterly: [100m, 100m, 98.5m, 100m]),
            Monitor("DINSOS-SS3-01", [64m, 65m, 66m, 68m], annual: 69.3m));

        d.AgencyAgreement(
            "BAPPEDA",
            "Dr. Hendra Gunawan, S.E., M.Si.",
            "Kepala Badan Perencanaan Pembangunan Daerah",
            Monitor("BAPPEDA-SS1-01", [90m, 94m, 96m, 98m], quarterly: [91m, 95m, 96.5m, 97.2m]),

            // Not reported at all in 2025.
            Monitor("BAPPEDA-SS2-01", [20m, 40m, 60m, 80m]),
            Monitor("BAPPEDA-SS3-01", [69m, 70m, 71m, 73m], annual: 74.18m));

        d.AgencyAgreement(
            "INSPEKTORAT",
            "Yulianto, S.H., M.H.",
            "Inspektur Daerah",
            Monitor("INSPEKTORAT-SS1-01", [3m, 3m, 3m, 3m], annual: 3m),
            Monitor("INSPEKTORAT-SS1-02", [70m, 76m, 82m, 88m], quarterly: [68.5m, 75.2m, 81m, 86.7m]),
            Monitor("INSPEKTORAT-SS2-01", [Range(80, 90), Range(80, 90), Range(80, 90), Range(80, 90)], quarterly: [62m, 66m, 68m, 70m]),
            Monitor("INSPEKTORAT-SS2-02", [3m, 3m, 3m, 3m], quarterly: [3.4m, 2.9m, 3.1m, 3m]),
            Monitor("INSPEKTORAT-SS3-01", [70m, 71m, 72m, 74m], annual: 72.9m));
    }

    /// <summary>The 2025 annual realisation of every program, kegiatan and sub kegiatan indicator with a 2025
    /// target, reported by the owning agency. Each program's and sub kegiatan's achievement is drawn from its
    /// indicator id (a stable hash, so the figures never change with the order of the plan): 90–110 % of the target,
    /// except Dinas Sosial's Program Rehabilitasi Sosial (its pagu was cut by the APBD Perubahan 2025 refocusing),
    /// which lands at 60–75 % throughout, and two sub kegiatan whose reports did not come in
    /// (<see cref="UnreportedItems"/>). A kegiatan follows its sub kegiatan where they count the same thing
    /// (<see cref="FromSubKegiatan"/>) and a program outcome the sasaran indicator it restates
    /// (<see cref="FromCascade"/>); otherwise they are drawn the same way.</summary>
    private static void ItemRealisations(Draft d)
    {
        var definitions = d.Indicators.ToDictionary(i => i.Id, StringComparer.Ordinal);
        var period = ReportingPeriod.OfYear(Year);
        foreach (var renstra in d.Renstras)
        {
            var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
            var reported = renstra.Items.Where(i => !UnreportedItems.Contains(i.Code.ToString(), StringComparer.Ordinal)).ToList();
            foreach (var item in reported.Where(i => i.Code.Level != CodeLevel.Kegiatan).Concat(reported.Where(i => i.Code.Level == CodeLevel.Kegiatan)))
            {
                var code = item.Code.ToString();
                var weak = code == WeakProgram || code.StartsWith(WeakProgram + ".", StringComparison.Ordinal);
                foreach (var planned in item.Indicators)
                {
                    if (planned.TargetFor(Year) is not { } target)
                    {
                        continue;
                    }

                    var definition = definitions[planned.IndicatorId];
                    var hash = StableHash(planned.IndicatorId);
                    var achievement = weak ? 0.60m + (hash % 14) / 100m : 0.90m + (hash % 21) / 100m;
                    var derived = item.Code.Level == CodeLevel.Kegiatan
                        ? FromSubKegiatan(renstra, item, definition, target, definitions, values)
                        : FromCascade(d, definition, definitions);
                    values[planned.IndicatorId] = Capped(definition, target, derived ?? Realised(definition, target, achievement));
                }
            }

            foreach (var planned in renstra.Items.SelectMany(i => i.Indicators))
            {
                if (values.TryGetValue(planned.IndicatorId, out var value)
                    && !d.Realisations.Any(r => r.IndicatorId == planned.IndicatorId && r.Agency == renstra.Agency.Code && r.Period == period))
                {
                    d.Realisations.Add(new IndicatorRealisation(planned.IndicatorId, period, value) { Agency = renstra.Agency.Code });
                }
            }
        }
    }

    /// <summary>A program outcome restating the sasaran indicator it is cascaded from (the same unit, both levels):
    /// that indicator's 2025 figure as the agency reported it (annual, or the fourth quarter's);
    /// <see langword="null"/> otherwise.</summary>
    private static decimal? FromCascade(Draft d, IndicatorDefinition definition, Dictionary<string, IndicatorDefinition> definitions)
    {
        if (definition.CascadedFrom is not { } from
            || !definitions.TryGetValue(from, out var source)
            || source.Unit != definition.Unit
            || source.Accumulation != AccumulationType.LastValue
            || definition.Accumulation != AccumulationType.LastValue)
        {
            return null;
        }

        var reported = d.Realisations.Where(r => r.IndicatorId == from && r.Agency is null).ToList();
        var yearEnd = reported.Find(r => r.Period == ReportingPeriod.OfYear(Year)) ?? reported.Find(r => r.Period == ReportingPeriod.OfQuarter(Year, 4));
        return yearEnd?.Value.Value;
    }

    /// <summary>A kegiatan's figure from its sub kegiatan counting in the same unit: their sum when the kegiatan's
    /// target is the sum of theirs (e.g. kilometres of road handled), the largest when each has the kegiatan's own
    /// target (the same beneficiaries served in several ways); <see langword="null"/> when neither holds or one of
    /// them is not reported.</summary>
    private static decimal? FromSubKegiatan(Renstra renstra, PlanItem kegiatan, IndicatorDefinition definition, Target target, Dictionary<string, IndicatorDefinition> definitions, Dictionary<string, decimal> values)
    {
        var same = renstra.ChildrenOf(kegiatan)
            .SelectMany(s => s.Indicators)
            .Where(p => definitions[p.IndicatorId].Unit == definition.Unit && p.TargetFor(Year) is { IsRange: false })
            .Select(p => (Target: p.TargetFor(Year)!.Value.PointValue!.Value, Reported: values.TryGetValue(p.IndicatorId, out var v) ? v : (decimal?)null))
            .ToList();
        if (same.Count == 0 || target.IsRange || same.Any(s => s.Reported is null))
        {
            return null;
        }

        return same.Sum(s => s.Target) == target.PointValue ? same.Sum(s => s.Reported!.Value)
            : same.All(s => s.Target == target.PointValue) ? same.Max(s => s.Reported!.Value)
            : null;
    }

    /// <summary>The value that achieves about <paramref name="achievement"/> of the target (of a range, its middle):
    /// beyond it for lower-is-better indicators, rounded to the unit (percentages and kilometres to one decimal,
    /// counts whole) towards the target.</summary>
    private static decimal Realised(IndicatorDefinition definition, Target target, decimal achievement)
    {
        var aim = target.PointValue ?? (target.Lower + target.Upper) / 2m;
        var raw = definition.Polarity == Polarity.Negative ? aim / achievement : aim * achievement;
        var decimals = definition.Unit is "%" or "km" ? 1 : aim == decimal.Truncate(aim) ? 0 : 2;
        var scale = decimals switch { 0 => 1m, 1 => 10m, _ => 100m };
        return (raw < aim ? decimal.Ceiling(raw * scale) : decimal.Floor(raw * scale)) / scale;
    }

    /// <summary>A realised value kept possible: at most 100 for percentages, at most the target for positive levels
    /// (schools, staff, hectares held cannot exceed what there is), and not negative unless the indicator allows it.</summary>
    private static decimal Capped(IndicatorDefinition definition, Target target, decimal value)
    {
        if (definition.Unit == "%")
        {
            value = Math.Min(value, 100m);
        }
        else if (definition.Accumulation == AccumulationType.LastValue && definition.Polarity == Polarity.Positive)
        {
            value = Math.Min(value, target.Upper);
        }

        return definition.AllowsNegativeValues ? value : Math.Max(value, 0m);
    }

    /// <summary>FNV-1a over the characters: the same number for the same id on every run and platform (unlike
    /// <see cref="string.GetHashCode()"/>).</summary>
    private static uint StableHash(string text)
    {
        var hash = 2_166_136_261u;
        foreach (var c in text)
        {
            hash = unchecked((hash ^ c) * 16_777_619u);
        }

        return hash;
    }

    private static IEnumerable<BudgetRealisation> BudgetRealisations(Draft d)
    {
        // 2025 spending per program; the non-support programs behind each Bupati sasaran add up to the small demo's
        // figures (S1 Rp 45.117.300.000, S2 Rp 57.905.120.000, S3 Rp 80.261.000.000, S5 Rp 5.731.200.000).
        (string Agency, string Program, decimal Amount)[] spent =
        [
            ("DINKES", "1.02.01", 38_214_650_000m),
            ("DINKES", "1.02.02", 40_812_300_000m),
            ("DINKES", "1.02.03", 4_305_000_000m),
            ("DISDIKBUD", "1.01.01", 183_912_400_000m),
            ("DISDIKBUD", "1.01.02", 53_245_120_000m),
            ("DISDIKBUD", "1.01.04", 4_660_000_000m),
            ("PUPR", "1.03.01", 9_884_300_000m),
            ("PUPR", "1.03.03", 16_153_000_000m),
            ("PUPR", "1.03.10", 64_108_000_000m),
            ("DINSOS", "1.06.01", 3_541_800_000m),
            ("DINSOS", "1.06.04", 2_301_450_000m),
            ("DINSOS", "1.06.06", 598_000_000m),
            ("BAPPEDA", "5.01.01", 4_327_500_000m),
            ("BAPPEDA", "5.01.02", 2_238_600_000m),
            ("INSPEKTORAT", "6.01.01", 4_768_200_000m),
            ("INSPEKTORAT", "6.01.02", 3_492_600_000m),
        ];
        return spent.Select(s => new BudgetRealisation(Code(s.Program), d.AgencyOf(s.Agency), ReportingPeriod.OfYear(Year), s.Amount));
    }

    private sealed record Monitoring(string IndicatorId, ValueList<Target> Quarters, ValueList<decimal?> Quarterly, decimal? Annual)
    {
        /// <summary>The agreed target when it differs from the Renstra's 2025 target.</summary>
        public Target? Agreed { get; init; }

        public string? DeviationReason { get; init; }
    }

    /// <summary>One agreement indicator's Rencana Aksi (quarterly targets: cumulative indicators split by quarter,
    /// level indicators as the level due by each quarter) and its 2025 realisation, either by quarter (a
    /// <see langword="null"/> quarter is not reported) or once for the year.</summary>
    private static Monitoring Monitor(string indicatorId, Target[] quarters, decimal?[]? quarterly = null, decimal? annual = null) =>
        new(indicatorId, quarters, quarterly, annual);

    #endregion

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

    #endregion

    #region Building blocks

    /// <summary>A program, kegiatan or sub kegiatan while the plan is written: budgets are given on sub kegiatan
    /// (for 2025) and added up on the way to the program.</summary>
    private sealed record Node(string Code, string Name, ValueList<PlannedIndicator> Indicators, IReadOnlyList<Node> Children)
    {
        public decimal Budget2025 { get; init; }

        public string? ResponsibleUnit { get; init; }

        public ValueList<string> SasaranIds { get; init; }

        public ValueList<string> RpjmdSasaranIds { get; init; }
    }

    private static Node ProgramItem(string code, string name, string unit, string[] sasaran, string[] rpjmdSasaran, PlannedIndicator[] indicators, params Node[] kegiatan) =>
        new(code, name, indicators, kegiatan) { ResponsibleUnit = unit, SasaranIds = sasaran, RpjmdSasaranIds = rpjmdSasaran };

    private static Node Kegiatan(string code, string name, PlannedIndicator indicator, params Node[] subKegiatan) =>
        new(code, name, [indicator], subKegiatan);

    private static Node SubKegiatan(string code, string name, decimal budget2025, PlannedIndicator indicator) =>
        new(code, name, [indicator], []) { Budget2025 = budget2025 };

    private static IndicatorDefinition Outcome(string id, string name, string unit, Polarity polarity = Polarity.Positive, AccumulationType accumulation = AccumulationType.LastValue) =>
        new() { Id = id, Name = name, Unit = unit, Polarity = polarity, Accumulation = accumulation, Type = IndicatorType.Outcome };

    private static IndicatorDefinition Impact(string id, string name, string unit, Polarity polarity = Polarity.Positive) =>
        new() { Id = id, Name = name, Unit = unit, Polarity = polarity, Accumulation = AccumulationType.LastValue, Type = IndicatorType.Impact };

    private static IndicatorDefinition Output(string id, string name, string unit, AccumulationType accumulation = AccumulationType.Cumulative) =>
        new() { Id = id, Name = name, Unit = unit, Polarity = Polarity.Positive, Accumulation = accumulation, Type = IndicatorType.Output };

    /// <summary>The indicator id of a program, kegiatan or sub kegiatan: <c>IK-</c> and its code.</summary>
    private static string Ik(string code) => "IK-" + code;

    private static string RenstraId(string key) => $"RENSTRA-{key}-2021-2026";

    private static Target Range(decimal lower, decimal upper) => Target.Range(lower, upper);

    private static ProgramCode Code(string code) => ProgramCode.Parse(code, CultureInfo.InvariantCulture);

    private static Agency Organisation(string code, string name) => new(OrganisationCode.Parse(code, CultureInfo.InvariantCulture), name);

    private static ValueList<YearAmount> Budget(decimal amount2025) =>
        new(BudgetProfile.Select(p => new YearAmount(p.Year, p.Year == Year ? amount2025 : Math.Round(amount2025 * p.Factor / Million, MidpointRounding.AwayFromZero) * Million)));

    private static IEnumerable<PlanItem> WithBudget(IEnumerable<PlanItem> items, string code, int year, decimal amount) =>
        items.Select(i => i.Code.ToString() == code
            ? i with { Budget = [.. i.Budget.Select(a => a.Year == year ? a with { Amount = amount } : a)] }
            : i);

    /// <summary>The document being written: the indicator catalogue, the RPJMD programs gathered from the Renstras,
    /// the agreements, action plans and realisations.</summary>
    private sealed class Draft
    {
        public List<IndicatorDefinition> Indicators { get; } = [];

        public List<Renstra> Renstras { get; } = [];

        public List<RpjmdProgram> RpjmdPrograms { get; } = [];

        public List<PerjanjianKinerja> Agreements { get; } = [];

        public List<RencanaAksi> ActionPlans { get; } = [];

        public List<IndicatorRealisation> Realisations { get; } = [];

        /// <summary>Adds an indicator to the catalogue and plans it over the period: baseline (2020) and the six
        /// yearly targets 2021–2026. The declared end-of-period target is derived (final year for level
        /// indicators, sum for cumulative ones); average indicators declare none.</summary>
        public PlannedIndicator Plan(IndicatorDefinition definition, decimal? baseline, params Target[] targets)
        {
            if (targets.Length != Period.Length)
            {
                throw new InvalidOperationException($"Demo indicator '{definition.Id}' needs {Period.Length} yearly targets, has {targets.Length}.");
            }

            Indicators.Add(definition);
            var planned = new PlannedIndicator(definition.Id)
            {
                Baseline = baseline,
                Targets = [.. targets.Select((t, i) => new YearTarget(Period.First + i, t))],
            };
            return definition.Accumulation == AccumulationType.Average
                ? planned
                : planned with { DeclaredEndTarget = PlanMath.EndOfPeriodTarget(planned, definition.Accumulation) };
        }

        public void Redefine(string indicatorId, Func<IndicatorDefinition, IndicatorDefinition> edit)
        {
            var index = Indicators.FindIndex(i => i.Id == indicatorId);
            Indicators[index] = edit(Indicators[index]);
        }

        /// <summary>Writes the items of a Renstra (budgets added up from the sub kegiatan) and enters its programs
        /// into the RPJMD with the same indicators and budgets; the caller adds goals, objectives and strategies.</summary>
        public Renstra AddRenstra(Agency agency, string key, IReadOnlyList<Node> programs)
        {
            var items = new List<PlanItem>();
            foreach (var program in programs)
            {
                var budget = Flatten(program, items);
                RpjmdPrograms.Add(new RpjmdProgram(Code(program.Code), program.Name)
                {
                    SasaranIds = program.RpjmdSasaranIds,
                    Indicators = program.Indicators,
                    IndicativeBudget = budget,
                    ResponsibleAgency = agency.Code,
                });
            }

            return new Renstra { Id = RenstraId(key), Agency = agency, Period = Period, Items = [.. items] };
        }

        public OrganisationCode AgencyOf(string key) => Renstras.Single(r => r.Id == RenstraId(key)).Agency.Code;

        /// <summary>The agency head's agreement: every sasaran indicator of the Renstra at its 2025 target (unless
        /// the monitoring says otherwise), the programs with their 2025 budgets, then the Rencana Aksi and
        /// realisations.</summary>
        public void AgencyAgreement(string key, string official, string position, params Monitoring[] monitoring)
        {
            var renstra = Renstras.Single(r => r.Id == RenstraId(key));
            var id = $"PK-{Year}-{key}";
            var byIndicator = monitoring.ToDictionary(m => m.IndicatorId, StringComparer.Ordinal);
            Agreements.Add(new PerjanjianKinerja
            {
                Id = id,
                Year = Year,
                Agency = renstra.Agency.Code,
                Official = official,
                Position = position,
                Level = OfficialLevel.EchelonII,
                Targets =
                [
                    .. renstra.Sasaran.SelectMany(s => s.Indicators.Select(i =>
                    {
                        var m = byIndicator[i.IndicatorId];
                        return new PkTarget(s.Id, i.IndicatorId, m.Agreed ?? i.TargetFor(Year)!.Value) { DeviationReason = m.DeviationReason };
                    })),
                ],
                Programs = [.. renstra.Programs.Select(p => new PkProgram(p.Code, PlanMath.AmountFor(p.Budget, Year)!.Value))],
            });

            foreach (var m in monitoring)
            {
                ActionPlans.Add(new RencanaAksi(id, m.IndicatorId)
                {
                    Targets = [.. m.Quarters.Select((t, q) => new PeriodTarget(ReportingPeriod.OfQuarter(Year, q + 1), t))],
                });
                for (var q = 0; q < m.Quarterly.Count; q++)
                {
                    if (m.Quarterly[q] is { } value)
                    {
                        Realisations.Add(new IndicatorRealisation(m.IndicatorId, ReportingPeriod.OfQuarter(Year, q + 1), value));
                    }
                }

                if (m.Quarterly.Count > 0)
                {
                    Redefine(m.IndicatorId, i => i with { ReportingFrequency = PeriodKind.Quarter });
                }

                if (m.Annual is { } annual)
                {
                    ReportAnnual(m.IndicatorId, annual);
                }
            }
        }

        public void ReportAnnual(string indicatorId, decimal value) =>
            Realisations.Add(new IndicatorRealisation(indicatorId, ReportingPeriod.OfYear(Year), value));

        /// <summary>Appends a node and its descendants in document order and returns its yearly budget: the sub
        /// kegiatan's own, or the sum of its children's.</summary>
        private static ValueList<YearAmount> Flatten(Node node, List<PlanItem> items)
        {
            var index = items.Count;
            items.Add(new PlanItem(Code(node.Code), node.Name) { SasaranIds = node.SasaranIds, Indicators = node.Indicators, ResponsibleUnit = node.ResponsibleUnit });
            ValueList<YearAmount> budget;
            if (node.Children.Count == 0)
            {
                budget = Budget(node.Budget2025);
            }
            else
            {
                var children = node.Children.Select(c => Flatten(c, items)).ToArray();
                budget = [.. Period.Years.Select(y => new YearAmount(y, children.Sum(c => PlanMath.AmountFor(c, y) ?? 0m)))];
            }

            items[index] = items[index] with { Budget = budget };
            return budget;
        }
    }

    #endregion
}
