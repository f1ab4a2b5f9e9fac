using static Sakip.Domain.Evaluations.Schemes.SchemeTable;

namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>
/// The LKE of PermenPAN-RB 12/2015 as data (sakip-reference §2.2; superseded by 88/2021, kept for history and
/// trends). Component and sub-component weights as the reference lists them; criteria are the library's reading of
/// the worksheet's themes (the reference lists no criteria).
/// </summary>
internal static class PermenPanRb12Of2015Data
{
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
            "Component and sub-component weights as sakip-reference §2.2 lists them; the ministry variant of component E (5 / 10 / 5 with a benchmark part) is open and not built in.",
            "The reference lists no criteria for 12/2015: the criteria are the library's reading of the worksheet's themes, with yes/no answers on fulfilment (pemenuhan) sub-components and A–E answers elsewhere (A > 90 %, B > 75–90 %, C > 40–75 %, D > 10–40 %, E ≤ 10 % of the condition met).",
            "Component E can be answered from measured achievements: CapaianKinerjaAnswers maps the share of output (E.a) and outcome (E.b) indicators meeting their target, and improving on the previous year, to A–E with the same thresholds. Reliability (E.a.3, E.b.3) stays with the evaluator.",
            "The grade labels below A are open in the reference; the grade is decided on the total rounded to two decimals half up, edges exclusive below.")
    };
}
