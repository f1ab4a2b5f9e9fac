namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>The criteria of the PermenPAN-RB 88/2021 worksheet (Lampiran, LKE AKIP), in the worksheet's own Indonesian wording, per sub-component in worksheet order.
/// Wording checked against two public e-SAKIP worksheets: BILLY-gif-star/esakip-web-fresh (database/seeders/LkeAkipSeeder.php and LkeKriteriaSeeder.php, layout A: 6/11/8 in component 1)
/// and workspacericky-dot/t-SEMAR (src/lib/data/criteria.ts, generated from a Mahkamah Agung RI criteria table, layout B: 7/10/8); components 2 to 4 are 3/7/10, 6/9/7 and 3/5/5 in both.</summary>
internal static class PermenPanRb88Of2021Criteria
{
    /// <summary>1a Keberadaan, layout A (6 criteria).</summary>
    public static readonly string[] C1aLayoutA =
    [
        "Terdapat pedoman teknis perencanaan kinerja.",
        "Terdapat dokumen perencanaan kinerja jangka panjang.",
        "Terdapat dokumen perencanaan kinerja jangka menengah.",
        "Terdapat dokumen perencanaan kinerja jangka pendek.",
        "Terdapat dokumen perencanaan aktivitas yang mendukung kinerja.",
        "Terdapat dokumen perencanaan anggaran yang mendukung kinerja.",
    ];

    /// <summary>1b Kualitas, layout A (11 criteria).</summary>
    public static readonly string[] C1bLayoutA =
    [
        "Dokumen Perencanaan Kinerja telah diformalkan.",
        "Dokumen Perencanaan Kinerja telah dipublikasikan tepat waktu.",
        "Dokumen Perencanaan Kinerja telah menggambarkan Kebutuhan atas Kinerja sebenarnya yang perlu dicapai.",
        "Kualitas Rumusan Hasil (Tujuan/Sasaran) telah jelas menggambarkan kondisi kinerja yang akan dicapai.",
        "Ukuran Keberhasilan (Indikator Kinerja) telah memenuhi kriteria SMART.",
        "Indikator Kinerja Utama (IKU) telah menggambarkan kondisi Kinerja Utama yang harus dicapai, tertuang secara berkelanjutan (sustainable - tidak sering diganti dalam 1 periode Perencanaan Strategis).",
        "Target yang ditetapkan dalam Perencanaan Kinerja dapat dicapai (achievable), menantang, dan realistis.",
        "Setiap Dokumen Perencanaan Kinerja menggambarkan hubungan yang berkesinambungan, serta selaras antara Kondisi/Hasil yang akan dicapai di setiap level jabatan (Cascading).",
        "Perencanaan kinerja dapat memberikan informasi tentang hubungan kinerja, strategi, kebijakan, bahkan aktivitas antar bidang/dengan tugas dan fungsi lain yang berkaitan (Crosscutting).",
        "Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja.",
        "Setiap pegawai merumuskan dan menetapkan Perencanaan Kinerja.",
    ];

    /// <summary>1a Keberadaan, layout B (7 criteria).</summary>
    public static readonly string[] C1aLayoutB =
    [
        "Terdapat pedoman teknis perencanaan kinerja.",
        "Terdapat dokumen perencanaan kinerja jangka panjang.",
        "Terdapat dokumen perencanaan kinerja jangka menengah.",
        "Terdapat dokumen perencanaan kinerja jangka pendek.",
        "Terdapat dokumen perencanaan aktivitas yang mendukung kinerja.",
        "Terdapat dokumen perencanaan anggaran yang mendukung kinerja.",
        "Setiap unit/satuan kerja merumuskan dan menetapkan Perencanaan Kinerja.",
    ];

    /// <summary>1b Kualitas, layout B (10 criteria).</summary>
    public static readonly string[] C1bLayoutB =
    [
        "Dokumen Perencanaan Kinerja telah diformalkan.",
        "Dokumen Perencanaan Kinerja telah dipublikasikan tepat waktu.",
        "Dokumen Perencanaan Kinerja telah menggambarkan Kebutuhan atas Kinerja sebenarnya yang perlu dicapai.",
        "Kualitas Rumusan Hasil (Tujuan/Sasaran) telah jelas menggambarkan kondisi kinerja yang akan dicapai.",
        "Ukuran Keberhasilan (Indikator Kinerja) telah memenuhi kriteria SMART.",
        "Indikator Kinerja Utama (IKU) telah menggambarkan kondisi Kinerja Utama yang harus dicapai, tertuang secara berkelanjutan (sustainable - tidak sering diganti dalam 1 periode Perencanaan Strategis).",
        "Target yang ditetapkan dalam Perencanaan Kinerja dapat dicapai (achievable), menantang, dan realistis.",
        "Setiap Dokumen Perencanaan Kinerja menggambarkan hubungan yang berkesinambungan, serta selaras antara Kondisi/Hasil yang akan dicapai di setiap level jabatan (Cascading).",
        "Perencanaan kinerja dapat memberikan informasi tentang hubungan kinerja, strategi, kebijakan, bahkan aktivitas antar bidang/dengan tugas dan fungsi lain yang berkaitan (Crosscutting).",
        "Setiap pegawai merumuskan dan menetapkan Perencanaan Kinerja.",
    ];

    /// <summary>1c Pemanfaatan (8 criteria), the same in both layouts.</summary>
    public static readonly string[] C1c =
    [
        "Anggaran yang ditetapkan telah mengacu pada Kinerja yang ingin dicapai.",
        "Aktivitas yang dilaksanakan telah mendukung Kinerja yang ingin dicapai.",
        "Target yang ditetapkan dalam Perencanaan Kinerja telah dicapai dengan baik, atau setidaknya masih on the right track.",
        "Rencana aksi kinerja dapat berjalan dinamis karena capaian kinerja selalu dipantau secara berkala.",
        "Terdapat perbaikan/penyempurnaan Dokumen Perencanaan Kinerja yang ditetapkan dari hasil analisis perbaikan kinerja sebelumnya.",
        "Terdapat perbaikan/penyempurnaan Dokumen Perencanaan Kinerja dalam mewujudkan kondisi/hasil yang lebih baik.",
        "Setiap unit/satuan kerja memahami dan peduli, serta berkomitmen dalam mencapai kinerja yang telah direncanakan.",
        "Setiap Pegawai memahami dan peduli, serta berkomitmen dalam mencapai kinerja yang telah direncanakan.",
    ];

    /// <summary>2a Keberadaan (3 criteria).</summary>
    public static readonly string[] C2a =
    [
        "Terdapat pedoman teknis pengukuran kinerja dan pengumpulan data kinerja.",
        "Terdapat Definisi Operasional yang jelas atas kinerja dan cara mengukur indikator kinerja.",
        "Terdapat mekanisme yang jelas terhadap pengumpulan data kinerja yang dapat diandalkan.",
    ];

    /// <summary>2b Kualitas (7 criteria).</summary>
    public static readonly string[] C2b =
    [
        "Pimpinan selalu terlibat sebagai pengambil keputusan (Decision Maker) dalam mengukur capaian kinerja.",
        "Data kinerja yang dikumpulkan telah relevan untuk mengukur capaian kinerja yang diharapkan.",
        "Data kinerja yang dikumpulkan telah mendukung capaian kinerja yang diharapkan.",
        "Pengukuran kinerja telah dilakukan secara berkala.",
        "Setiap level organisasi melakukan pemantauan atas pengukuran capaian kinerja unit dibawahnya secara berjenjang.",
        "Pengumpulan data kinerja telah memanfaatkan Teknologi Informasi (Aplikasi).",
        "Pengukuran capaian kinerja telah memanfaatkan Teknologi Informasi (Aplikasi).",
    ];

    /// <summary>2c Pemanfaatan (10 criteria).</summary>
    public static readonly string[] C2c =
    [
        "Pengukuran Kinerja telah menjadi dasar dalam penyesuaian (pemberian/pengurangan) tunjangan kinerja/penghasilan.",
        "Pengukuran Kinerja telah menjadi dasar dalam penempatan/penghapusan Jabatan baik struktural maupun fungsional.",
        "Pengukuran kinerja telah mempengaruhi penyesuaian (Refocusing) Organisasi.",
        "Pengukuran kinerja telah mempengaruhi penyesuaian Strategi dalam mencapai kinerja.",
        "Pengukuran kinerja telah mempengaruhi penyesuaian Kebijakan dalam mencapai kinerja.",
        "Pengukuran kinerja telah mempengaruhi penyesuaian Aktivitas dalam mencapai kinerja.",
        "Pengukuran kinerja telah mempengaruhi penyesuaian Anggaran dalam mencapai kinerja.",
        "Terdapat efisiensi atas penggunaan anggaran dalam mencapai kinerja.",
        "Setiap unit/satuan kerja memahami dan peduli atas hasil pengukuran kinerja.",
        "Setiap pegawai memahami dan peduli atas hasil pengukuran kinerja.",
    ];

    /// <summary>3a Keberadaan (6 criteria).</summary>
    public static readonly string[] C3a =
    [
        "Dokumen Laporan Kinerja telah disusun.",
        "Dokumen Laporan Kinerja telah disusun secara berkala.",
        "Dokumen Laporan Kinerja telah diformalkan.",
        "Dokumen Laporan Kinerja telah direviu.",
        "Dokumen Laporan Kinerja telah dipublikasikan.",
        "Dokumen Laporan Kinerja telah disampaikan tepat waktu.",
    ];

    /// <summary>3b Kualitas (9 criteria).</summary>
    public static readonly string[] C3b =
    [
        "Dokumen Laporan Kinerja disusun secara berkualitas sesuai dengan standar.",
        "Dokumen Laporan Kinerja telah mengungkap seluruh informasi tentang pencapaian kinerja.",
        "Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan target tahunan.",
        "Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan target jangka menengah.",
        "Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan realisasi kinerja tahun-tahun sebelumnya.",
        "Dokumen Laporan Kinerja telah menginfokan perbandingan realisasi kinerja dengan realisasi kinerja di level nasional/internasional (Benchmark Kinerja).",
        "Dokumen Laporan Kinerja telah menginfokan kualitas atas capaian kinerja beserta upaya nyata dan/atau hambatannya.",
        "Dokumen Laporan Kinerja telah menginfokan efisiensi atas penggunaan sumber daya dalam mencapai kinerja.",
        "Dokumen Laporan Kinerja telah menginfokan upaya perbaikan dan penyempurnaan kinerja ke depan (Rekomendasi perbaikan kinerja).",
    ];

    /// <summary>3c Pemanfaatan (7 criteria).</summary>
    public static readonly string[] C3c =
    [
        "Informasi dalam laporan kinerja selalu menjadi perhatian utama pimpinan (Bertanggung Jawab).",
        "Penyajian informasi dalam laporan kinerja menjadi kepedulian seluruh pegawai.",
        "Informasi dalam laporan kinerja berkala telah digunakan dalam penyesuaian aktivitas untuk mencapai kinerja.",
        "Informasi dalam laporan kinerja berkala telah digunakan dalam penyesuaian penggunaan anggaran untuk mencapai kinerja.",
        "Informasi dalam laporan kinerja telah digunakan dalam evaluasi pencapaian keberhasilan kinerja.",
        "Informasi dalam laporan kinerja telah digunakan dalam penyesuaian perencanaan kinerja yang akan dihadapi berikutnya.",
        "Informasi dalam laporan kinerja selalu mempengaruhi perubahan budaya kinerja organisasi.",
    ];

    /// <summary>4a Keberadaan (3 criteria).</summary>
    public static readonly string[] C4a =
    [
        "Terdapat pedoman teknis Evaluasi Akuntabilitas Kinerja Internal.",
        "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja/perangkat daerah.",
        "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan secara berjenjang.",
    ];

    /// <summary>4b Kualitas (5 criteria).</summary>
    public static readonly string[] C4b =
    [
        "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan sesuai standar.",
        "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan oleh SDM yang memadai.",
        "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan dengan pendalaman yang memadai.",
        "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan pada seluruh unit kerja/perangkat daerah.",
        "Evaluasi Akuntabilitas Kinerja Internal telah dilaksanakan menggunakan Teknologi Informasi (Aplikasi).",
    ];

    /// <summary>4c Pemanfaatan (5 criteria).</summary>
    public static readonly string[] C4c =
    [
        "Seluruh rekomendasi atas hasil evaluasi akuntabilitas kinerja internal telah ditindaklanjuti.",
        "Telah terjadi peningkatan implementasi SAKIP dengan melaksanakan tindak lanjut atas rekomendasi hasil evaluasi akuntabilitas Kinerja internal.",
        "Hasil Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan untuk perbaikan dan peningkatan akuntabilitas kinerja.",
        "Hasil dari Evaluasi Akuntabilitas Kinerja Internal telah dimanfaatkan dalam mendukung efektifitas dan efisiensi kinerja.",
        "Telah terjadi perbaikan dan peningkatan kinerja dengan memanfaatkan hasil evaluasi akuntabilitas kinerja internal.",
    ];
}
