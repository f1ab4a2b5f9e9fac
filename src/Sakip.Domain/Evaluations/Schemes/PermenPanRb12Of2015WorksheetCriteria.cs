namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>
/// The criteria of an inspectorate's PermenPAN-RB 12/2015 evaluation worksheet (LKE) for agencies, as the public
/// repository <c>dwirandyh/e-sakip</c> encodes it in <c>resources/views/penilaian/input_a.blade.php</c> …
/// <c>input_e.blade.php</c> (criterion ids 1–92, unchanged across the commits read, 1e8e785, 76d0d90 and, for
/// <c>input_a</c>, 3dcbbbc, and in the evaluator copies under <c>resources/views/evaluator/penilaian/</c>), with the
/// answer sets of <c>resources/views/components/row_penilian_input.blade.php</c> and <c>config/custom.php</c> and
/// the answer values of <c>public/js/form_penilaian.js</c>. Listed per sub-component in worksheet order, each with the scale it is
/// answered on: <c>Y/T</c> (Y 1, T 0), <c>A-E</c> (1 / 0.75 / 0.5 / 0.25 / 0), <c>A-C</c> (1 / 0.5 / 0),
/// <c>A-D</c> (1 / 0.67 / 0.33 / 0) and, for component E output only, <c>A-E6</c> (A–E worth 6/6, 4/6, 2/6, 1/6 and
/// 0 of the criterion's points). Titles are the source's wording with whitespace normalised, the source's asterisks
/// and its repeated A.2c criterion kept as found.
/// </summary>
internal static class PermenPanRb12Of2015WorksheetCriteria
{
    /// <summary>A.1a Renstra – pemenuhan (9 criteria).</summary>
    public static readonly (string Title, string Scale)[] A1a =
    [
        ("Renstra telah disusun", "Y/T"),
        ("Renstra telah memuat Tujuan", "Y/T"),
        ("Tujuan yang ditetapkan telah dilengkapi dengan ukuran keberhasilan (indikator)", "A-E"),
        ("Tujuan telah disertai target keberhasilannya", "A-E"),
        ("Dokumen Renstra telah memuat Sasaran", "A-E"),
        ("Dokumen Renstra telah memuat indikator kinerja Sasaran", "A-E"),
        ("Dokumen Renstra telah memuat target tahunan", "A-E"),
        ("Renstra telah menyajikan IKU", "A-E"),
        ("Renstra telah dipublikasikan", "Y/T"),
    ];

    /// <summary>A.1b Renstra – kualitas (8 criteria).</summary>
    public static readonly (string Title, string Scale)[] A1b =
    [
        ("Tujuan telah berorientasi hasil", "A-E"),
        ("Ukuran keberhasilan (indikator) Tujuan (outcome) telah memenuhi kriteria ukuran keberhasilan yang baik", "A-E"),
        ("Sasaran telah berorientasi hasil", "A-E"),
        ("Indikator kinerja Sasaran (outcome dan output) telah memenuhi kriteria indikator kinerja yang baik", "A-E"),
        ("Target kinerja ditetapkan dengan baik", "A-E"),
        ("Program/kegiatan merupakan cara untuk mencapai Tujuan/Sasaran/hasil program/hasil kegiatan", "A-E"),
        ("Dokumen Renstra telah selaras dengan Dokumen Renstra Satker diatasnya", "A-E"),
        ("Dokumen Renstra telah menetapkan hal-hal yang seharusnya ditetapkan", "A-E"),
    ];

    /// <summary>A.1c Renstra – implementasi (3 criteria).</summary>
    public static readonly (string Title, string Scale)[] A1c =
    [
        ("Dokumen Renstra digunakan sebagai acuan penyusunan Dokumen Rencana Kerja dan Anggaran", "A-E"),
        ("Target jangka menengah dalam Renstra telah dimonitor pencapaiannya sampai dengan tahun berjalan", "A-E"),
        ("Dokumen Renstra telah direviu secara berkala", "A-E"),
    ];

    /// <summary>A.2a Perencanaan kinerja tahunan – pemenuhan (4 criteria).</summary>
    public static readonly (string Title, string Scale)[] A2a =
    [
        ("Dokumen perencanaan kinerja tahunan telah disusun", "A-E"),
        ("Perjanjian Kinerja (PK) telah disusun", "Y/T"),
        ("PK telah menyajikan IKU", "A-E"),
        ("PK telah dipublikasikan", "Y/T"),
    ];

    /// <summary>A.2b Perencanaan kinerja tahunan – kualitas (10 criteria).</summary>
    public static readonly (string Title, string Scale)[] A2b =
    [
        ("Sasaran telah berorientasi hasil", "A-E"),
        ("Indikator kinerja Sasaran dan hasil program (outcome) telah memenuhi kriteria indikator kinerja yang baik", "A-E"),
        ("Target kinerja ditetapkan dengan baik", "A-E"),
        ("Kegiatan merupakan cara untuk mencapai Sasaran", "A-E"),
        ("Kegiatan dalam rangka mencapai sasaran telah didukung oleh anggaran yang memadai", "A-E"),
        ("Dokumen PK telah selaras dengan Renstra Instansi/RPJMD", "A-E"),
        ("Dokumen PK telah menetapkan hal-hal yang seharusnya ditetapkan (dalam kontrak kinerja/tugas fungsi)", "A-E"),
        ("Rencana Aksi atas Kinerja sudah ada", "Y/T"),
        ("Rencana Aksi atas Kinerja telah mencantumkan target secara periodik atas kinerja", "A-E"),
        ("Rencana Aksi atas Kinerja telah mencantumkan sub kegiatan/ komponen rinci setiap periode yang akan dilakukan dalam rangka mencapai kinerja", "Y/T"),
    ];

    /// <summary>A.2c Perencanaan kinerja tahunan – implementasi (5 criteria; the 3rd and 4th carry the same wording in the source).</summary>
    public static readonly (string Title, string Scale)[] A2c =
    [
        ("Rencana kinerja tahunan dimanfaatkan dalam penyusunan anggaran", "A-E"),
        ("Target kinerja yang diperjanjikan telah digunakan untuk mengukur keberhasilan", "A-E"),
        ("Rencana Aksi atas Kinerja telah dimonitor pencapaiannya secara berkala", "A-E"),
        ("Rencana Aksi atas Kinerja telah dimonitor pencapaiannya secara berkala", "A-E"),
        ("Perjanjian Kinerja telah dimanfaatkan untuk penyusunan (identifikasi) kinerja sampai kepada tingkat eselon III dan IV", "A-E"),
    ];

    /// <summary>B.a Pemenuhan pengukuran (4 criteria).</summary>
    public static readonly (string Title, string Scale)[] Ba =
    [
        ("Telah terdapat indikator kinerja utama (IKU) sebagai ukuran kinerja secara formal", "Y/T"),
        ("Telah terdapat ukuran kinerja tingkat eselon III dan IV sebagai turunan kinerja atasannya", "A-E"),
        ("Terdapat mekanisme pengumpulan data kinerja", "A-E"),
        ("Indikator Kinerja Utama telah dipublikasikan", "Y/T"),
    ];

    /// <summary>B.b Kualitas pengukuran (10 criteria).</summary>
    public static readonly (string Title, string Scale)[] Bb =
    [
        ("IKU telah memenuhi kriteria indikator yang baik", "A-E"),
        ("IKU telah cukup untuk mengukur kinerja", "A-E"),
        ("IKU unit kerja telah selaras dengan IKU IP*", "A-E"),
        ("Ukuran (Indikator) kinerja eselon III dan IV telah memenuhi kriteria indikator kinerja yang baik", "A-E"),
        ("Indikator kinerja eselon III dan IV telah selaras dengan indikator kinerja atasannya", "A-E"),
        ("Sudah terdapat ukuran (indikator) kinerja individu yang mengacu pada IKU unit kerja organisasi/atasannya", "A-E"),
        ("Pengukuran kinerja sudah dilakukan secara berjenjang", "A-E"),
        ("Pengumpulan data kinerja dapat diandalkan*", "A-E"),
        ("Pengumpulan data kinerja atas Rencana Aksi dilakukan secara berkala (bulanan/triwulanan/semester)*", "Y/T"),
        ("Pengukuran kinerja sudah dikembangkan menggunakan teknologi informasi*", "Y/T"),
    ];

    /// <summary>B.c Implementasi pengukuran (6 criteria).</summary>
    public static readonly (string Title, string Scale)[] Bc =
    [
        ("IKU telah dimanfaatkan dalam dokumen-dokumen perencanaan dan penganggaran", "A-E"),
        ("IKU telah dimanfaatkan untuk penilaian kinerja", "A-C"),
        ("Target kinerja eselon III dan IV telah dimonitor pencapaiannya", "A-C"),
        ("Hasil pengukuran (capaian) kinerja mulai dari setingkat eselon IV keatas telah dikaitkan dengan (dimanfaatkan sebagai dasar pemberian) reward & punishment", "A-E"),
        ("IKU telah direviu secara berkala", "A-E"),
        ("Pengukuran kinerja atas Rencana Aksi digunakan untuk pengendalian dan pemantauan kinerja secara berkala", "A-C"),
    ];

    /// <summary>C.a Pemenuhan pelaporan (4 criteria).</summary>
    public static readonly (string Title, string Scale)[] Ca =
    [
        ("Laporan Kinerja telah disusun", "Y/T"),
        ("Laporan Kinerja telah disampaikan tepat waktu", "Y/T"),
        ("Laporan Kinerja telah di upload kedalam website", "Y/T"),
        ("Laporan Kinerja menyajikan informasi mengenai pencapaian IKU", "A-E"),
    ];

    /// <summary>C.b Penyajian informasi kinerja (7 criteria).</summary>
    public static readonly (string Title, string Scale)[] Cb =
    [
        ("Laporan Kinerja menyajikan informasi pencapaian Sasaran yang berorientasi outcome", "A-E"),
        ("Laporan Kinerja menyajikan informasi mengenai kinerja yang telah diperjanjikan", "A-E"),
        ("Laporan Kinerja menyajikan evaluasi dan analisis mengenai capaian kinerja", "A-E"),
        ("Laporan Kinerja menyajikan pembandingan data kinerja yang memadai antara realisasi tahun ini dengan realisasi tahun sebelumnya", "A-E"),
        ("Laporan Kinerja menyajikan informasi tentang analisis efisiensi penggunaan sumber daya", "A-D"),
        ("Laporan Kinerja menyajikan informasi keuangan yang terkait dengan pencapaian sasaran kinerja instansi", "A-E"),
        ("Informasi kinerja dalam Laporan Kinerja dapat diandalkan", "A-E"),
    ];

    /// <summary>C.c Pemanfaatan informasi kinerja (4 criteria).</summary>
    public static readonly (string Title, string Scale)[] Cc =
    [
        ("Informasi yang disajikan telah digunakan dalam perbaikan perencanaan", "A-E"),
        ("Informasi yang disajikan telah digunakan untuk menilai dan memperbaiki pelaksanaan program dan kegiatan organisasi", "A-E"),
        ("Informasi yang disajikan telah digunakan untuk peningkatan kinerja", "A-E"),
        ("Informasi yang disajikan telah digunakan untuk penilaian kinerja", "A-E"),
    ];

    /// <summary>D.a Pemenuhan evaluasi (4 criteria).</summary>
    public static readonly (string Title, string Scale)[] Da =
    [
        ("Terdapat pemantauan mengenai kemajuan pencapaian kinerja beserta hambatannya", "Y/T"),
        ("Evaluasi program telah dilakukan", "Y/T"),
        ("Evaluasi atas pelaksanaan Rencana Aksi telah dilakukan", "A-D"),
        ("Hasil evaluasi telah disampaikan dan dikomunikasikan kepada pihak-pihak yang berkepentingan", "A-E"),
    ];

    /// <summary>D.b Kualitas evaluasi (6 criteria).</summary>
    public static readonly (string Title, string Scale)[] Db =
    [
        ("Evaluasi program/kegiatan dilaksanakan dalam rangka menilai keberhasilan program/kegiatan", "A-E"),
        ("Evaluasi program/kegiatan telah memberikan rekomendasi-rekomendasi perbaikan perencanaan kinerja yang dapat dilaksanakan", "A-E"),
        ("Evaluasi program/kegiatan telah memberikan rekomendasi-rekomendasi peningkatan kinerja yang dapat dilaksanakan", "A-E"),
        ("Pemantauan Rencana Aksi dilaksanakan dalam rangka mengendalikan kinerja", "A-E"),
        ("Pemantauan Rencana Aksi telah memberikan alternatif perbaikan yang dapat dilaksanakan", "A-E"),
        ("Hasil evaluasi Rencana Aksi telah menunjukkan perbaikan setiap periode", "A-D"),
    ];

    /// <summary>D.c Pemanfaatan evaluasi (2 criteria).</summary>
    public static readonly (string Title, string Scale)[] Dc =
    [
        ("Hasil evaluasi program/kegiatan telah ditindaklanjuti untuk perbaikan pelaksanaan program di masa yang akan datang", "A-E"),
        ("Hasil evaluasi Rencana Aksi telah ditindaklanjuti dalam bentuk langkah-langkah nyata", "A-E"),
    ];

    /// <summary>E.a Kinerja yang dilaporkan (output) (3 criteria, points summed to at most 7.5; A–E worth 6/6, 4/6, 2/6, 1/6, 0 of the points).</summary>
    public static readonly (string Title, string Scale, decimal Points)[] Ea =
    [
        ("Target dapat dicapai", "A-E6", 3m),
        ("Capaian kinerja lebih baik dari tahun sebelumnya", "A-E6", 1.5m),
        ("Informasi mengenai kinerja dapat diandalkan", "A-E6", 3m),
    ];

    /// <summary>E.b Kinerja yang dilaporkan (outcome) (3 criteria, points summed to at most 12.5; A–E worth 1, 0.75, 0.5, 0.25, 0 of the points).</summary>
    public static readonly (string Title, string Scale, decimal Points)[] Eb =
    [
        ("Target dapat dicapai", "A-E", 5m),
        ("Capaian kinerja lebih baik dari tahun sebelumnya", "A-E", 2.5m),
        ("Informasi mengenai kinerja dapat diandalkan", "A-E", 5m),
    ];
}
