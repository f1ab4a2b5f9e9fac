namespace Sakip.Domain.Testing;

/// <content>The words of generated documents.</content>
internal sealed partial class RegionDocumentWriter
{
    /// <summary>Names and texts drawn into generated documents, in the language of the plans.</summary>
    private static class Names
    {
        public static readonly string[] Agencies =
        [
            "Dinas Pendidikan", "Dinas Kesehatan", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas Perumahan dan Kawasan Permukiman",
            "Satuan Polisi Pamong Praja", "Dinas Sosial", "Dinas Tenaga Kerja", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
            "Dinas Ketahanan Pangan", "Dinas Lingkungan Hidup", "Dinas Kependudukan dan Pencatatan Sipil", "Dinas Pemberdayaan Masyarakat dan Desa",
            "Dinas Pengendalian Penduduk dan Keluarga Berencana", "Dinas Perhubungan", "Dinas Komunikasi dan Informatika", "Dinas Koperasi dan Usaha Mikro",
            "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Dinas Kepemudaan dan Olahraga", "Dinas Perpustakaan dan Kearsipan", "Dinas Perikanan",
            "Dinas Pariwisata dan Kebudayaan", "Dinas Pertanian", "Dinas Perdagangan", "Dinas Perindustrian",
            "Badan Perencanaan Pembangunan Daerah", "Badan Pengelolaan Keuangan dan Aset Daerah", "Badan Pendapatan Daerah", "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
            "Badan Penanggulangan Bencana Daerah", "Badan Kesatuan Bangsa dan Politik", "Inspektorat Daerah", "Sekretariat Daerah",
            "Sekretariat DPRD", "Rumah Sakit Umum Daerah", "Dinas Pemadam Kebakaran dan Penyelamatan", "Dinas Energi dan Sumber Daya Mineral",
            "Dinas Kehutanan", "Dinas Kelautan", "Dinas Peternakan dan Kesehatan Hewan", "Badan Riset dan Inovasi Daerah",
        ];

        public static readonly string[] Officials =
        [
            "Drs. Bambang Sutrisno, M.Si.", "dr. Ratna Wulandari, M.Kes.", "Ir. Hendra Gunawan, M.T.", "Sri Rahayu, S.E., M.M.",
            "H. Ahmad Fauzi, S.Sos.", "Dewi Lestari, S.H., M.H.", "Agus Salim, S.Pd., M.Pd.", "Yohanes Kurniawan, S.T.",
            "Nur Aini, S.Kom., M.T.", "I Made Suarjana, S.P., M.Si.", "Siti Nurhaliza, S.Psi.", "Rudi Hartono, S.STP., M.AP.",
        ];

        public static readonly string[] Misi =
        [
            "Meningkatkan kualitas sumber daya manusia yang sehat, cerdas, dan berbudaya",
            "Mewujudkan infrastruktur wilayah yang merata, berkualitas, dan berwawasan lingkungan",
            "Mewujudkan perekonomian daerah yang tangguh dan berdaya saing",
            "Mewujudkan tata kelola pemerintahan yang bersih, efektif, dan melayani",
            "Mewujudkan masyarakat yang aman, rukun, dan sejahtera",
        ];

        public static readonly string[] Tujuan =
        [
            "Meningkatnya kualitas sumber daya manusia", "Meningkatnya pertumbuhan ekonomi yang inklusif",
            "Meningkatnya kualitas infrastruktur wilayah", "Terwujudnya tata kelola pemerintahan yang baik",
            "Meningkatnya kualitas lingkungan hidup", "Menurunnya kemiskinan dan ketimpangan",
        ];

        public static readonly string[] Sasaran =
        [
            "Meningkatnya derajat kesehatan masyarakat", "Meningkatnya kualitas pendidikan",
            "Meningkatnya daya saing usaha mikro, kecil dan menengah", "Meningkatnya kemantapan jalan",
            "Meningkatnya akuntabilitas kinerja", "Meningkatnya ketahanan pangan", "Menurunnya angka pengangguran",
            "Meningkatnya kualitas air dan udara",
        ];

        public static readonly string[] AgencySasaran =
        [
            "Meningkatnya cakupan pelayanan kesehatan dasar", "Meningkatnya angka partisipasi sekolah",
            "Meningkatnya kondisi jalan yang mantap", "Meningkatnya nilai SAKIP perangkat daerah",
            "Meningkatnya produksi pertanian", "Meningkatnya kesempatan kerja", "Meningkatnya kualitas pelayanan publik",
        ];

        public static readonly string[] Strategi =
        [
            "Peningkatan akses dan mutu pelayanan dasar", "Penguatan kapasitas kelembagaan dan sumber daya aparatur",
            "Pemerataan pembangunan infrastruktur antarwilayah", "Peningkatan kemitraan dengan dunia usaha",
        ];

        public static readonly string[] ArahKebijakan =
        [
            "Pemenuhan standar pelayanan minimal", "Penguatan perencanaan dan penganggaran berbasis kinerja",
            "Percepatan pembangunan di wilayah tertinggal", "Digitalisasi layanan pemerintahan",
        ];

        public static readonly string[] Programs =
        [
            "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat", "Program Pengelolaan Pendidikan",
            "Program Penyelenggaraan Jalan", "Program Peningkatan Daya Saing Tenaga Kerja",
            "Program Penyediaan dan Pengembangan Prasarana Pertanian", "Program Pengelolaan Sumber Daya Air",
            "Program Pemberdayaan Usaha Menengah, Usaha Kecil, dan Usaha Mikro", "Program Penanggulangan Bencana",
        ];

        public static readonly string[] Kegiatan =
        [
            "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah", "Penyediaan Fasilitas Pelayanan Kesehatan",
            "Pengelolaan Pendidikan Sekolah Dasar", "Penyelenggaraan Jalan", "Pelatihan Kerja dan Produktivitas Tenaga Kerja",
            "Pengawasan Penggunaan Sarana Pertanian", "Administrasi Keuangan Perangkat Daerah",
        ];

        public static readonly string[] SubKegiatan =
        [
            "Penyusunan Dokumen Perencanaan Perangkat Daerah", "Evaluasi Kinerja Perangkat Daerah", "Pengadaan Alat Kesehatan",
            "Rehabilitasi Ruang Kelas", "Pemeliharaan Rutin Jalan", "Pelatihan Berbasis Kompetensi", "Penyediaan Benih Tanaman",
            "Koordinasi dan Sinkronisasi Pelaksanaan Program", "Monitoring dan Evaluasi Pelaksanaan Kegiatan",
            "Pembangunan Jaringan Irigasi", "Penyediaan Gaji dan Tunjangan ASN",
        ];

        public static readonly string[] ImpactIndicators =
        [
            "Indeks Pembangunan Manusia", "Persentase penduduk miskin", "Laju pertumbuhan ekonomi", "Indeks Reformasi Birokrasi",
            "Indeks kualitas lingkungan hidup",
        ];

        public static readonly string[] OutcomeIndicators =
        [
            "Angka harapan lama sekolah", "Persentase balita stunting", "Tingkat pengangguran terbuka",
            "Persentase jalan dalam kondisi mantap", "Nilai SAKIP", "Indeks kualitas air", "Skor pola pangan harapan",
        ];

        public static readonly string[] AgencyOutcomeIndicators =
        [
            "Cakupan pelayanan kesehatan dasar", "Angka partisipasi murni", "Persentase jalan kabupaten mantap",
            "Nilai evaluasi SAKIP perangkat daerah", "Produktivitas padi", "Persentase lulusan pelatihan yang bekerja",
            "Indeks kepuasan masyarakat",
        ];

        public static readonly string[] ProgramIndicators =
        [
            "Persentase capaian standar pelayanan minimal", "Persentase sekolah terakreditasi minimal B",
            "Persentase panjang jalan dalam kondisi baik", "Persentase dokumen perencanaan tepat waktu",
            "Persentase layanan yang memenuhi standar",
        ];

        public static readonly string[] OutputIndicators =
        [
            "Jumlah dokumen perencanaan yang disusun", "Jumlah tenaga kerja yang dilatih", "Jumlah alat kesehatan yang diadakan",
            "Panjang jalan yang dipelihara", "Persentase kegiatan yang dievaluasi", "Jumlah paket benih yang disalurkan",
            "Jumlah ruang kelas yang direhabilitasi", "Jumlah laporan keuangan yang disusun",
        ];

        /// <summary>Units a deliberate mismatch takes: the first that differs from the parent's.</summary>
        public static readonly string[] MismatchUnits = ["orang", "dokumen", "unit", "paket", "km", "kegiatan", "laporan", "%"];
    }
}
