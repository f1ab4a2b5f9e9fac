using static Sakip.Domain.Evaluations.Schemes.PermenPanRb12Of2015WorksheetCriteria;
using static Sakip.Domain.Evaluations.Schemes.SchemeTable;

namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>
/// The LKE of PermenPAN-RB 12/2015 as data (superseded by 88/2021, kept for history and trends): the regulation's
/// components and sub-components with their weights and theme-level criteria (<see cref="Definition"/>), and an
/// inspectorate's worksheet with its 92 real criteria, per-criterion scales and component E by points
/// (<see cref="Worksheet"/>).
/// </summary>
internal static class PermenPanRb12Of2015Data
{
    public const string WorksheetId = "permenpanrb-12-2015-apip";

    private static readonly AnswerScale YesNo = AnswerScales.YesNo;
    private static readonly AnswerScale Graded = AnswerScales.AToE;

    public static SchemeDefinition Definition { get; } = new(
        "permenpanrb-12-2015",
        1,
        "LKE SAKIP PermenPAN-RB 12/2015",
        "Peraturan Menteri PAN-RB Nomor 12 Tahun 2015 tentang Pedoman Evaluasi atas Implementasi SAKIP",
        [
            Component(
                "A",
                "Perencanaan Kinerja",
                30m,
                Mean(
                    "A.1a",
                    "Renstra – pemenuhan",
                    2m,
                    YesNo,
                    ("Renstra telah disusun", null),
                    ("Renstra memuat tujuan, sasaran, indikator dan target jangka menengah", null),
                    ("Renstra telah ditetapkan", null)),
                Mean(
                    "A.1b",
                    "Renstra – kualitas",
                    5m,
                    Graded,
                    ("Tujuan berorientasi hasil", "A.1a.2"),
                    ("Indikator tujuan memenuhi kriteria SMART", "A.1a.2"),
                    ("Sasaran berorientasi hasil", "A.1a.2"),
                    ("Indikator sasaran memenuhi kriteria SMART", "A.1a.2"),
                    ("Target jangka menengah ditetapkan dengan baik", "A.1a.2"),
                    ("Renstra selaras dengan RPJMD", "A.1a.1")),
                Mean(
                    "A.1c",
                    "Renstra – implementasi",
                    3m,
                    Graded,
                    ("Renstra menjadi acuan rencana kinerja tahunan", "A.1a.3"),
                    ("Target jangka menengah menjadi acuan target tahunan", "A.1a.2"),
                    ("Renstra direviu berkala", "A.1a.3")),
                Mean(
                    "A.2a",
                    "Perencanaan kinerja tahunan – pemenuhan",
                    4m,
                    YesNo,
                    ("Rencana kinerja tahunan disusun", null),
                    ("Indikator kinerja utama ditetapkan", null),
                    ("Perjanjian kinerja disusun", null)),
                Mean(
                    "A.2b",
                    "Perencanaan kinerja tahunan – kualitas",
                    10m,
                    Graded,
                    ("Sasaran tahunan berorientasi hasil", "A.2a.1"),
                    ("Indikator kinerja tahunan memenuhi kriteria SMART", "A.2a.1"),
                    ("Target tahunan selaras dengan target jangka menengah", "A.2a.1"),
                    ("IKU selaras dengan Renstra", "A.2a.2"),
                    ("Perjanjian kinerja selaras dengan rencana kinerja tahunan", "A.2a.3"),
                    ("Kegiatan dan anggaran selaras dengan sasaran", "A.2a.1")),
                Mean(
                    "A.2c",
                    "Perencanaan kinerja tahunan – implementasi",
                    6m,
                    Graded,
                    ("Rencana kinerja tahunan menjadi acuan penganggaran", "A.2a.1"),
                    ("IKU menjadi acuan pengukuran kinerja", "A.2a.2"),
                    ("Target perjanjian kinerja dipantau pencapaiannya", "A.2a.3"),
                    ("Perjanjian kinerja dijabarkan ke unit kerja dan individu", "A.2a.3"))),
            Component(
                "B",
                "Pengukuran Kinerja",
                25m,
                Mean(
                    "B.a",
                    "Pemenuhan pengukuran",
                    5m,
                    YesNo,
                    ("Indikator kinerja dan target diukur", null),
                    ("Mekanisme pengumpulan data kinerja ditetapkan", null),
                    ("Pengukuran kinerja dilakukan berkala", null)),
                Mean(
                    "B.b",
                    "Kualitas pengukuran",
                    12.5m,
                    Graded,
                    ("Indikator kinerja dapat diukur secara obyektif", "B.a.1"),
                    ("Data kinerja andal", "B.a.2"),
                    ("Pengukuran kinerja berjenjang", "B.a.3"),
                    ("Pengukuran kinerja didukung sistem informasi", "B.a.2"),
                    ("Pengukuran kinerja mengikuti definisi operasional", "B.a.1")),
                Mean(
                    "B.c",
                    "Implementasi pengukuran",
                    7.5m,
                    Graded,
                    ("Hasil pengukuran digunakan dalam penilaian kinerja", "B.a.3"),
                    ("Hasil pengukuran digunakan menyesuaikan strategi", "B.a.3"),
                    ("Hasil pengukuran dikaitkan dengan penghargaan", "B.a.3"),
                    ("Hasil pengukuran dikomunikasikan kepada pimpinan", "B.a.3"))),
            Component(
                "C",
                "Pelaporan Kinerja",
                15m,
                Mean(
                    "C.a",
                    "Pemenuhan pelaporan",
                    3m,
                    YesNo,
                    ("Laporan kinerja disusun", null),
                    ("Laporan kinerja disampaikan tepat waktu", null),
                    ("Laporan kinerja dipublikasikan", null)),
                Mean(
                    "C.b",
                    "Penyajian informasi kinerja",
                    7.5m,
                    Graded,
                    ("Laporan menyajikan capaian IKU", "C.a.1"),
                    ("Laporan membandingkan realisasi dengan target", "C.a.1"),
                    ("Laporan membandingkan dengan tahun sebelumnya", "C.a.1"),
                    ("Laporan menganalisis capaian kinerja", "C.a.1"),
                    ("Laporan menyajikan efisiensi penggunaan sumber daya", "C.a.1")),
                Mean(
                    "C.c",
                    "Pemanfaatan informasi kinerja",
                    4.5m,
                    Graded,
                    ("Informasi kinerja digunakan memperbaiki perencanaan", "C.a.1"),
                    ("Informasi kinerja digunakan meningkatkan kinerja", "C.a.1"),
                    ("Informasi kinerja digunakan menilai dan memperbaiki program", "C.a.1"))),
            Component(
                "D",
                "Evaluasi Internal",
                10m,
                Mean(
                    "D.a",
                    "Pemenuhan evaluasi",
                    2m,
                    YesNo,
                    ("Evaluasi internal dilaksanakan", null),
                    ("Evaluasi program dilaksanakan", null)),
                Mean(
                    "D.b",
                    "Kualitas evaluasi",
                    5m,
                    Graded,
                    ("Evaluasi dilaksanakan dengan pedoman yang jelas", "D.a.1"),
                    ("Evaluasi memberi rekomendasi perbaikan", "D.a.1"),
                    ("Evaluasi program menilai capaian hasil", "D.a.2")),
                Mean(
                    "D.c",
                    "Pemanfaatan evaluasi",
                    3m,
                    Graded,
                    ("Rekomendasi evaluasi ditindaklanjuti", "D.a.1"),
                    ("Hasil evaluasi digunakan memperbaiki perencanaan", "D.a.1"))),
            Component(
                "E",
                "Capaian Kinerja",
                20m,
                Mean(
                    "E.a",
                    "Kinerja output yang dilaporkan",
                    7.5m,
                    Graded,
                    ("Target kinerja output tercapai", null),
                    ("Capaian kinerja output lebih baik dari tahun sebelumnya", null),
                    ("Informasi kinerja output andal", null)),
                Mean(
                    "E.b",
                    "Kinerja outcome yang dilaporkan",
                    12.5m,
                    Graded,
                    ("Target kinerja outcome tercapai", null),
                    ("Capaian kinerja outcome lebih baik dari tahun sebelumnya", null),
                    ("Informasi kinerja outcome andal", null))),
        ],
        GradeTables.PermenPanRb12Of2015)
    {
        Assumptions = Lines(
            "Component and sub-component weights of the regulation (A 30: Renstra 2/5/3 and annual planning 4/10/6; B 25: 5/12.5/7.5; C 15: 3/7.5/4.5; D 10: 2/5/3; E 20: 7.5/12.5), confirmed by an inspectorate's worksheet (scheme permenpanrb-12-2015-apip). The ministry variant of component E (5 / 10 / 5 with a benchmark part) is not confirmed and not built in.",
            "The criteria here are themes, one per question the worksheets ask, not the regulation's wording; for the real criteria, scales and points use scheme permenpanrb-12-2015-apip. Answers: yes/no on fulfilment (pemenuhan) sub-components and A–E elsewhere, with the values that worksheet computes with (Y 1, T 0; A 1, B 0.75, C 0.5, D 0.25, E 0).",
            "What share of the condition each A–E grade means is not confirmed: the inspectorate's worksheet has one criterion-specific tooltip (A all, B > 90 %, C 75–90 %, D 20–75 %, E < 20 %), other tools used > 90 / 75–90 / 40–75 / 10–40 %. Component E can be answered from measured achievements: CapaianKinerjaAnswers maps the share of output (E.a) and outcome (E.b) indicators meeting their target, and improving on the previous year, to A–E with the thresholds A > 90 %, B > 75 %, C > 40 %, D > 10 % (an assumption; the worksheet has no such rule). Reliability (E.a.3, E.b.3) stays with the evaluator.",
            "The grade labels below A are not confirmed by a published report; the grade is decided on the total rounded to two decimals half up, edges exclusive below.")
    };

    /// <summary>An inspectorate's PermenPAN-RB 12/2015 worksheet for agencies: 92 criteria in its own wording, each on its
    /// own scale, sub-component = mean of its criteria × weight, component E by points, and the worksheet's one-to-one
    /// consistency checks as dependencies.</summary>
    public static SchemeDefinition Worksheet { get; } = BuildWorksheet();

    private static SchemeDefinition BuildWorksheet()
    {
        // The worksheet numbers its criteria 1–92 in order; its consistency checks ("kontrol kerangka") compare a
        // criterion with an earlier one. Those that compare one criterion with one other are kept, by number.
        var dependsOn = new Dictionary<int, int>();
        void On(int target, params int[] numbers)
        {
            foreach (var n in numbers)
            {
                dependsOn[n] = target;
            }
        }

        On(1, [.. Enumerable.Range(2, 19)]);
        On(21, 22);
        On(22, [23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 39]);
        On(32, 37, 38);
        On(40, [42, 43, 44, 45, 46, 49, 51, 52, 53, 54, 55, 56, 57, 58, 59]);
        On(41, 47, 48, 50);
        On(60, [.. Enumerable.Range(61, 10)]);
        On(61, 71, 72, 73, 74);
        On(35, 77);
        On(76, 79, 80, 81);
        On(77, 82, 83, 84);

        var ids = new Dictionary<int, string>();
        var number = 0;
        SubComponent Sub(string id, string name, decimal weight, (string Title, string Scale)[] rows)
        {
            var start = number;
            var criteria = rows.Select((row, i) =>
            {
                ids[start + i + 1] = $"{id}.{i + 1}";
                return (row.Title, ScaleOf(row.Scale), dependsOn.TryGetValue(start + i + 1, out var on) ? ids[on] : null);
            }).ToList();
            number += rows.Length;
            return Mixed(id, name, weight, criteria);
        }

        SubComponent PointsSub(string id, string name, decimal weight, (string Title, string Scale, decimal Points)[] rows)
        {
            number += rows.Length;
            return Points(id, name, weight, rows.Select(r => (r.Title, ScaleOf(r.Scale), r.Points)));
        }

        return new SchemeDefinition(
            WorksheetId,
            1,
            "LKE SAKIP PermenPAN-RB 12/2015 (kertas kerja inspektorat)",
            "Peraturan Menteri PAN-RB Nomor 12 Tahun 2015 tentang Pedoman Evaluasi atas Implementasi SAKIP, Lampiran (Lembar Kerja Evaluasi), as an inspectorate's worksheet for agencies encodes it",
            [
                Component(
                    "A",
                    "Perencanaan Kinerja",
                    30m,
                    Sub("A.1a", "Perencanaan strategis – pemenuhan Renstra", 2m, A1a),
                    Sub("A.1b", "Perencanaan strategis – kualitas Renstra", 5m, A1b),
                    Sub("A.1c", "Perencanaan strategis – implementasi Renstra", 3m, A1c),
                    Sub("A.2a", "Pemenuhan perencanaan kinerja tahunan", 4m, A2a),
                    Sub("A.2b", "Kualitas perencanaan kinerja tahunan", 10m, A2b),
                    Sub("A.2c", "Implementasi perencanaan kinerja tahunan", 6m, A2c)),
                Component(
                    "B",
                    "Pengukuran Kinerja",
                    25m,
                    Sub("B.a", "Pemenuhan pengukuran", 5m, Ba),
                    Sub("B.b", "Kualitas pengukuran", 12.5m, Bb),
                    Sub("B.c", "Implementasi pengukuran", 7.5m, Bc)),
                Component(
                    "C",
                    "Pelaporan Kinerja",
                    15m,
                    Sub("C.a", "Pemenuhan pelaporan", 3m, Ca),
                    Sub("C.b", "Penyajian informasi kinerja", 7.5m, Cb),
                    Sub("C.c", "Pemanfaatan informasi kinerja", 4.5m, Cc)),
                Component(
                    "D",
                    "Evaluasi Internal",
                    10m,
                    Sub("D.a", "Pemenuhan evaluasi", 2m, Da),
                    Sub("D.b", "Kualitas evaluasi", 5m, Db),
                    Sub("D.c", "Pemanfaatan evaluasi", 3m, Dc)),
                Component(
                    "E",
                    "Pencapaian Sasaran/Kinerja Organisasi",
                    20m,
                    PointsSub("E.a", "Kinerja yang dilaporkan (output)", 7.5m, Ea),
                    PointsSub("E.b", "Kinerja yang dilaporkan (outcome)", 12.5m, Eb)),
            ],
            GradeTables.PermenPanRb12Of2015)
        {
            Assumptions = Lines(
                "Criteria, scales, weights and points as the public worksheet dwirandyh/e-sakip (an inspectorate's, for agencies) encodes them: 92 criteria (A 9/8/3 and 4/10/5, B 4/10/6, C 4/7/4, D 4/6/2, E 3/3), each answered yes/no (Y 1, T 0), A–E (1 / 0.75 / 0.5 / 0.25 / 0), A–C (1 / 0.5 / 0) or A–D (1 / 0.67 / 0.33 / 0). Two criteria of A.2c carry the same wording in the worksheet and are kept as found.",
                "Sub-component = the mean of its criteria's values × its weight; component E earns points: output (E.a) A–E worth all, two thirds, one third, one sixth or none of 3 / 1.5 / 3 points; outcome (E.b) A–E worth 1 / 0.75 / 0.5 / 0.25 / 0 of 5 / 2.5 / 5 points (later versions of the worksheet type the outcome points directly).",
                "The worksheet's consistency checks that compare one criterion with one earlier criterion are dependencies here (an answer valued above its dependency is a finding); its checks against the mean of several criteria are not encoded.",
                "The worksheet prints no grade table: the regulation's grades apply (AA > 90 … D), decided on the total rounded to two decimals half up. The worksheet rounds each sub-component to two decimals before adding; this library adds exact scores and rounds only the total.")
        };
    }

    private static AnswerScale ScaleOf(string code) => code switch
    {
        "Y/T" => AnswerScales.YesNo,
        "A-E" => AnswerScales.AToE,
        "A-C" => AnswerScales.ThreeLevel,
        "A-D" => AnswerScales.AToD,
        "A-E6" => AnswerScales.AToESixths,
        _ => throw new InvalidOperationException($"Unknown scale code {code} in the worksheet data."),
    };
}
