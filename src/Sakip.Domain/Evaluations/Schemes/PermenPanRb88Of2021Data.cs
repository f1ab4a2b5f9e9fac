using static Sakip.Domain.Evaluations.Schemes.SchemeTable;

namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>
/// The LKE of PermenPAN-RB 88/2021 as data (sakip-reference §2.1). Weights: components 30/30/15/25, each split
/// 20/30/50 % into Keberadaan (a), Kualitas (b), Pemanfaatan (c) [apps, three tools agree]. Criterion counts per
/// sub-component from one tool [apps]; titles follow the reference's criterion themes.
/// </summary>
internal static class PermenPanRb88Of2021Data
{
    private static readonly AnswerScale YesNo = AnswerScales.YesNo;
    private static readonly AnswerScale Graded = AnswerScales.AToE;

    public static SchemeDefinition Definition { get; } = new(
        "permenpanrb-88-2021",
        1,
        "LKE AKIP PermenPAN-RB 88/2021",
        "Peraturan Menteri PAN-RB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah",
        [
            Component(
                "1",
                "Perencanaan Kinerja",
                30m,
                Mean(
                    "1a",
                    "Keberadaan",
                    6m,
                    YesNo,
                    ("RPJMD/Renstra tersedia", null),
                    ("Rencana kinerja tahunan (RKPD/Renja) tersedia", null),
                    ("Indikator kinerja utama (IKU) ditetapkan", null),
                    ("Perjanjian kinerja disusun", null),
                    ("Rencana aksi kinerja disusun", null),
                    ("Cascading (pohon) kinerja disusun", null),
                    ("Rencana kinerja individu disusun", null)),
                Mean(
                    "1b",
                    "Kualitas",
                    9m,
                    Graded,
                    ("Dokumen perencanaan diformalkan", "1a.1"),
                    ("Dokumen perencanaan ditetapkan dan dipublikasikan tepat waktu", "1a.2"),
                    ("Tujuan dan sasaran berorientasi hasil (outcome)", "1a.1"),
                    ("Indikator kinerja memenuhi kriteria SMART", "1a.3"),
                    ("IKU stabil antartahun", "1a.3"),
                    ("Target kinerja menantang dan realistis", "1a.4"),
                    ("Cascading kinerja logis antarlevel", "1a.6"),
                    ("Kinerja lintas sektor (crosscutting) tergambar", "1a.6"),
                    ("Rencana kinerja individu selaras dengan kinerja organisasi", "1a.7"),
                    ("Setiap pegawai memiliki rencana kinerja", "1a.7")),
                Mean(
                    "1c",
                    "Pemanfaatan",
                    15m,
                    Graded,
                    ("Anggaran dialokasikan mengikuti target kinerja", "1a.2"),
                    ("RPJMD/Renstra menjadi acuan rencana tahunan", "1a.1"),
                    ("IKU menjadi acuan perencanaan dan penganggaran", "1a.3"),
                    ("Target perjanjian kinerja menjadi acuan pelaksanaan kegiatan", "1a.4"),
                    ("Rencana aksi dipantau berkala", "1a.5"),
                    ("Rencana aksi disesuaikan dengan hasil pemantauan", "1a.5"),
                    ("Cascading kinerja menjadi dasar program dan kegiatan", "1a.6"),
                    ("Rencana kinerja individu menjadi dasar penilaian pegawai", "1a.7"))),
            Component(
                "2",
                "Pengukuran Kinerja",
                30m,
                Mean(
                    "2a",
                    "Keberadaan",
                    6m,
                    YesNo,
                    ("Pedoman pengukuran kinerja ditetapkan", null),
                    ("Definisi operasional (manual IKU) ditetapkan", null),
                    ("Mekanisme pengumpulan data kinerja ditetapkan", null)),
                Mean(
                    "2b",
                    "Kualitas",
                    9m,
                    Graded,
                    ("Pimpinan terlibat dalam pengukuran kinerja", "2a.1"),
                    ("Pengukuran kinerja dilakukan berkala", "2a.1"),
                    ("Pengukuran kinerja berjenjang hingga individu", "2a.1"),
                    ("Pengukuran mengikuti definisi operasional", "2a.2"),
                    ("Data kinerja andal dan dapat diverifikasi", "2a.3"),
                    ("Pengumpulan data kinerja tepat waktu", "2a.3"),
                    ("Pengukuran kinerja didukung teknologi informasi", "2a.3")),
                Mean(
                    "2c",
                    "Pemanfaatan",
                    15m,
                    Graded,
                    ("Hasil pengukuran menjadi dasar tunjangan kinerja", "2a.1"),
                    ("Hasil pengukuran menjadi dasar penempatan dan promosi", "2a.1"),
                    ("Hasil pengukuran menjadi dasar penghargaan dan sanksi", "2a.1"),
                    ("Hasil pengukuran menjadi dasar perubahan strategi", "2a.1"),
                    ("Hasil pengukuran menjadi dasar penyesuaian kegiatan", "2a.1"),
                    ("Hasil pengukuran menjadi dasar penyesuaian anggaran", "2a.1"),
                    ("Hasil pengukuran menjadi dasar penyesuaian target", "2a.2"),
                    ("Hasil pengukuran memperbaiki pengumpulan data", "2a.3"),
                    ("Hasil pengukuran individu menjadi dasar penilaian SKP", "2a.1"),
                    ("Hasil pengukuran dibahas dalam rapat pimpinan", "2a.1"))),
            Component(
                "3",
                "Pelaporan Kinerja",
                15m,
                Mean(
                    "3a",
                    "Keberadaan",
                    3m,
                    YesNo,
                    ("Laporan kinerja tahunan (LKjIP) disusun", null),
                    ("Laporan kinerja disampaikan kepada pihak berwenang", null),
                    ("Laporan kinerja dipublikasikan", null),
                    ("Laporan capaian kinerja berkala disusun", null),
                    ("Seluruh perangkat daerah menyusun laporan kinerja", null),
                    ("Laporan kinerja direviu APIP", null)),
                Mean(
                    "3b",
                    "Kualitas",
                    4.5m,
                    Graded,
                    ("Laporan kinerja disusun tepat waktu", "3a.1"),
                    ("Laporan menyajikan capaian IKU", "3a.1"),
                    ("Laporan membandingkan realisasi dengan target tahun ini", "3a.1"),
                    ("Laporan membandingkan dengan tahun lalu dan target jangka menengah", "3a.1"),
                    ("Laporan membandingkan dengan standar nasional", "3a.1"),
                    ("Laporan menganalisis keberhasilan, kegagalan dan solusinya", "3a.1"),
                    ("Laporan menyajikan efisiensi penggunaan sumber daya", "3a.1"),
                    ("Laporan menyajikan rencana perbaikan", "3a.1"),
                    ("Laporan berkala informatif", "3a.4")),
                Mean(
                    "3c",
                    "Pemanfaatan",
                    7.5m,
                    Graded,
                    ("Informasi kinerja digunakan memperbaiki perencanaan", "3a.1"),
                    ("Informasi kinerja digunakan memperbaiki pelaksanaan program", "3a.1"),
                    ("Informasi kinerja digunakan meningkatkan kinerja", "3a.1"),
                    ("Informasi kinerja digunakan dalam penilaian kinerja", "3a.1"),
                    ("Laporan berkala digunakan mengendalikan kinerja", "3a.4"),
                    ("Informasi kinerja dimanfaatkan masyarakat", "3a.3"),
                    ("Rekomendasi reviu APIP atas laporan ditindaklanjuti", "3a.6"))),
            Component(
                "4",
                "Evaluasi Akuntabilitas Kinerja Internal",
                25m,
                Mean(
                    "4a",
                    "Keberadaan",
                    5m,
                    YesNo,
                    ("Evaluasi akuntabilitas kinerja internal dilaksanakan", null),
                    ("Evaluasi internal mencakup seluruh perangkat daerah", null),
                    ("Evaluasi program dilaksanakan", null)),
                Mean(
                    "4b",
                    "Kualitas",
                    7.5m,
                    Graded,
                    ("Evaluasi dilaksanakan SDM yang kompeten", "4a.1"),
                    ("Evaluasi mengikuti pedoman dan metode yang jelas", "4a.1"),
                    ("Evaluasi memberi rekomendasi yang dapat dilaksanakan", "4a.1"),
                    ("Evaluasi dilaksanakan berjenjang", "4a.2"),
                    ("Evaluasi program menilai capaian outcome", "4a.3")),
                Mean(
                    "4c",
                    "Pemanfaatan",
                    12.5m,
                    Graded,
                    ("Rekomendasi evaluasi ditindaklanjuti", "4a.1"),
                    ("Tindak lanjut meningkatkan akuntabilitas kinerja", "4a.1"),
                    ("Hasil evaluasi memperbaiki perencanaan", "4a.1"),
                    ("Hasil evaluasi program memperbaiki program", "4a.3"),
                    ("Tindak lanjut dipantau dan dilaporkan", "4a.2"))),
        ],
        GradeTables.PermenPanRb88Of2021)
    {
        Assumptions = Lines(
            "Criteria per sub-component follow one tool [apps]: 7/10/8, 3/7/10, 6/9/7, 3/5/5. These add up to 80, not to the 85 the reference's total row prints; the per-sub-component counts are kept and the discrepancy is open.",
            "Which criteria are yes/no is open: the data assumes every Keberadaan (a) criterion is yes/no (Y = 1, T = 0) and every Kualitas (b) and Pemanfaatan (c) criterion is graded A–E (1, 0.75, 0.5, 0.25, 0). Change it with EvaluationScheme.WithScale or a scheme file.",
            "Each Kualitas and Pemanfaatan criterion depends on the Keberadaan criterion of its theme (e.g. 1b.4 SMART indicators on 1a.3 IKU); the logic check flags an answer valued above its dependency. The pairing is the library's reading of the criterion themes [open].",
            "Titles are short Indonesian renderings of the criterion themes in the reference, not the regulation's full wording.",
            "Sub-component score = mean of criterion values × weight; component = sum of sub-components; total = sum of components [apps]. The grade is decided on the total rounded to two decimals half up, edges exclusive below (exactly 90.00 is A).")
    };
}
