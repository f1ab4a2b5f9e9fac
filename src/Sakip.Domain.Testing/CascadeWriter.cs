using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Testing;

/// <summary>Writes regions' cascades into one builder, drawing every choice from one seeded <see cref="Random"/>.</summary>
internal sealed class CascadeWriter
{
    private static readonly string[] TujuanNames =
    [
        "Meningkatnya kualitas sumber daya manusia",
        "Meningkatnya pertumbuhan ekonomi yang inklusif",
        "Meningkatnya kualitas infrastruktur wilayah",
        "Terwujudnya tata kelola pemerintahan yang baik",
        "Meningkatnya kualitas lingkungan hidup",
        "Menurunnya kemiskinan dan ketimpangan",
    ];

    private static readonly string[] SasaranNames =
    [
        "Meningkatnya derajat kesehatan masyarakat",
        "Meningkatnya kualitas pendidikan",
        "Meningkatnya daya saing usaha mikro, kecil dan menengah",
        "Meningkatnya kemantapan jalan",
        "Meningkatnya akuntabilitas kinerja",
        "Meningkatnya ketahanan pangan",
        "Menurunnya angka pengangguran",
        "Meningkatnya kualitas air dan udara",
    ];

    private static readonly string[] AgencySasaranNames =
    [
        "Meningkatnya cakupan pelayanan kesehatan dasar",
        "Meningkatnya angka partisipasi sekolah",
        "Meningkatnya kondisi jalan provinsi yang mantap",
        "Meningkatnya nilai SAKIP perangkat daerah",
        "Meningkatnya produksi pertanian",
        "Meningkatnya kesempatan kerja",
    ];

    private static readonly string[] ProgramNames =
    [
        "Program Penunjang Urusan Pemerintahan Daerah",
        "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
        "Program Pengelolaan Pendidikan",
        "Program Penyelenggaraan Jalan",
        "Program Peningkatan Daya Saing Tenaga Kerja",
        "Program Penyediaan dan Pengembangan Prasarana Pertanian",
    ];

    private static readonly string[] KegiatanNames =
    [
        "Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah",
        "Penyediaan Fasilitas Pelayanan Kesehatan",
        "Pengelolaan Pendidikan Sekolah Menengah Atas",
        "Penyelenggaraan Jalan Provinsi",
        "Pelatihan Kerja dan Produktivitas Tenaga Kerja",
        "Pengawasan Penggunaan Sarana Pertanian",
    ];

    private static readonly string[] SubKegiatanNames =
    [
        "Penyusunan Dokumen Perencanaan Perangkat Daerah",
        "Evaluasi Kinerja Perangkat Daerah",
        "Pengadaan Alat Kesehatan",
        "Rehabilitasi Ruang Kelas",
        "Pemeliharaan Rutin Jalan",
        "Pelatihan Berbasis Kompetensi",
        "Penyediaan Benih Tanaman",
        "Koordinasi dan Sinkronisasi Pelaksanaan Program",
        "Monitoring dan Evaluasi Pelaksanaan Kegiatan",
        "Pembangunan Jaringan Irigasi",
    ];

    private static readonly string[] OutcomeIndicatorNames =
    [
        "Indeks Pembangunan Manusia",
        "Angka kematian bayi per 1.000 kelahiran hidup",
        "Persentase penduduk miskin",
        "Tingkat pengangguran terbuka",
        "Persentase jalan dalam kondisi mantap",
        "Nilai SAKIP",
        "Indeks kualitas lingkungan hidup",
    ];

    private static readonly string[] OutputIndicatorNames =
    [
        "Jumlah dokumen perencanaan yang disusun",
        "Jumlah tenaga kerja yang dilatih",
        "Jumlah alat kesehatan yang diadakan",
        "Panjang jalan yang dipelihara",
        "Persentase kegiatan yang dievaluasi",
        "Jumlah paket benih yang disalurkan",
        "Jumlah ruang kelas yang direhabilitasi",
    ];

    private static readonly string[] OutcomeUnits = ["%", "indeks", "poin"];

    private static readonly string[] OutputUnits = ["dokumen", "orang", "unit", "paket", "km", "%", "kegiatan"];

    private readonly Random _random;

    public CascadeWriter(int seed, int capacity)
    {
        _random = new Random(seed);
        Builder = new PerformanceTreeBuilder { Nodes = new(capacity), Links = new(capacity + (capacity / 20)) };
    }

    public PerformanceTreeBuilder Builder { get; }

    /// <summary>Writes one region's cascade: its RPJMD tujuan (under <paramref name="above"/>, when given) and
    /// sasaran, then its agencies.</summary>
    /// <returns>The region's RPJMD sasaran ids.</returns>
    public string[] Region(string prefix, Authority authority, string[] above, int agencies)
    {
        var sasaran = new List<(string Id, NodeIndicator Indicator)>();
        var tujuanCount = _random.Next(4, 7);
        for (var t = 1; t <= tujuanCount; t++)
        {
            var tujuan = prefix + ".T" + Number(t);
            AddNode(tujuan, Pick(TujuanNames), TreeLevel.HeadOfRegion, NodeKind.Tujuan, null, null, Outcome(tujuan, 1), null);
            if (above.Length > 0)
            {
                var first = Pick(above);
                Builder.Links.Add(new TreeLink(first, tujuan) { Weight = _random.Next(1, 4) });
                var second = Pick(above);
                if (_random.Next(5) == 0 && second != first)
                {
                    Builder.Links.Add(new TreeLink(second, tujuan));
                }
            }

            var sasaranCount = _random.Next(3, 5);
            for (var s = 1; s <= sasaranCount; s++)
            {
                var id = prefix + ".S" + Number(t) + "." + Number(s);
                var indicator = Outcome(id, 1);
                AddNode(id, Pick(SasaranNames), TreeLevel.HeadOfRegion, NodeKind.Sasaran, null, null, indicator, _random.Next(4) == 0 ? Outcome(id, 2) : null);
                Builder.Links.Add(new TreeLink(tujuan, id));
                sasaran.Add((id, indicator));
            }
        }

        var feeders = new List<string>[sasaran.Count];
        for (var i = 0; i < feeders.Length; i++)
        {
            feeders[i] = [];
        }

        for (var a = 1; a <= agencies; a++)
        {
            Agency(prefix + ".A" + Number(a), authority, a, sasaran, feeders);
        }

        // Every other RPJMD sasaran's first indicator is shared among (up to four of) the agencies feeding it.
        for (var i = 0; i < sasaran.Count; i += 2)
        {
            var contributors = feeders[i].Distinct().Take(4).ToArray();
            if (contributors.Length >= 2)
            {
                Builder.Shared.Add(new SharedIndicator(sasaran[i].Id, sasaran[i].Indicator.IndicatorId) { Shares = Shares(contributors) });
            }
        }

        return [.. sasaran.Select(s => s.Id)];
    }

    private void Agency(string prefix, Authority authority, int unit, List<(string Id, NodeIndicator Indicator)> sasaran, List<string>[] feeders)
    {
        var bidang = ProgramCode.OfUrusan(_random.Next(1, 6)).WithBidang(_random.Next(1, 21));
        var code = OrganisationCode.Create(bidang, null, null, unit);
        var program = 0;
        var sasaranCount = _random.Next(2, 5);
        for (var s = 1; s <= sasaranCount; s++)
        {
            var id = prefix + ".SS" + Number(s);
            AddNode(id, Pick(AgencySasaranNames), TreeLevel.EchelonII, NodeKind.AgencySasaran, code, null, Outcome(id, 1), _random.Next(3) == 0 ? Outcome(id, 2) : null);
            var first = _random.Next(sasaran.Count);
            Builder.Links.Add(new TreeLink(sasaran[first].Id, id) { Weight = _random.Next(1, 4) });
            feeders[first].Add(id);

            // Crosscutting: about one agency sasaran in eight also feeds a second RPJMD sasaran.
            var second = _random.Next(sasaran.Count);
            if (_random.Next(8) == 0 && second != first)
            {
                Builder.Links.Add(new TreeLink(sasaran[second].Id, id) { Weight = 0.5m });
                feeders[second].Add(id);
            }

            var programs = _random.Next(3, 6);
            for (var p = 0; p < programs; p++)
            {
                Program(id, prefix + ".P" + Number(++program), code, bidang.WithProgram(program), authority);
            }
        }
    }

    private void Program(string parent, string id, OrganisationCode agency, ProgramCode code, Authority authority)
    {
        var indicator = Output(id, 1, null);
        AddNode(id, Pick(ProgramNames), TreeLevel.EchelonIII, NodeKind.Program, agency, code, indicator, null);
        Builder.Links.Add(new TreeLink(parent, id) { Weight = _random.Next(5) == 0 ? 2m : 1m });
        var kegiatan = _random.Next(4, 9);
        for (var k = 1; k <= kegiatan; k++)
        {
            var kegiatanId = id + ".K" + Number(k);
            var direct = _random.Next(10) < 3;
            var kegiatanIndicator = Output(kegiatanId, 1, direct ? indicator : null);
            AddNode(kegiatanId, Pick(KegiatanNames), TreeLevel.EchelonIV, NodeKind.Kegiatan, agency, code.WithKegiatan(authority, k), kegiatanIndicator, null);
            Builder.Links.Add(new TreeLink(id, kegiatanId) { Method = direct ? CascadeMethod.Direct : CascadeMethod.Indirect });
            var subKegiatan = _random.Next(11, 22);
            var kegiatanCode = code.WithKegiatan(authority, k);
            for (var s = 1; s <= subKegiatan; s++)
            {
                var subId = kegiatanId + ".S" + Number(s);
                var subDirect = _random.Next(10) < 4;
                AddNode(subId, Pick(SubKegiatanNames), TreeLevel.Staff, NodeKind.SubKegiatan, agency, kegiatanCode.WithSubKegiatan(s), Output(subId, 1, subDirect ? kegiatanIndicator : null), null);
                Builder.Links.Add(new TreeLink(kegiatanId, subId) { Method = subDirect ? CascadeMethod.Direct : CascadeMethod.Indirect });
            }
        }
    }

    private void AddNode(string id, string name, TreeLevel level, NodeKind kind, OrganisationCode? agency, ProgramCode? code, NodeIndicator first, NodeIndicator? second) =>
        Builder.Nodes.Add(new TreeNode(id, name, level, kind)
        {
            Agency = agency,
            Code = code,
            Indicators = second is null ? [first] : [first, second],
        });

    /// <summary>An outcome indicator: mostly percentages and indices, 70 % positive, 20 % negative, 10 % range.</summary>
    private NodeIndicator Outcome(string nodeId, int number) =>
        Indicator(nodeId, number, Pick(OutcomeIndicatorNames), Pick(OutcomeUnits), null);

    /// <summary>An output indicator; under a direct cascade it takes the parent's unit and polarity.</summary>
    private NodeIndicator Output(string nodeId, int number, NodeIndicator? directParent) =>
        Indicator(nodeId, number, Pick(OutputIndicatorNames), directParent?.Unit ?? Pick(OutputUnits), directParent);

    private NodeIndicator Indicator(string nodeId, int number, string name, string unit, NodeIndicator? directParent)
    {
        var roll = _random.Next(10);
        var range = directParent is null ? roll == 9 : directParent.Input.Target.IsRange;
        var polarity = directParent?.Input.Polarity ?? (roll >= 7 && !range ? Polarity.Negative : Polarity.Positive);
        var percent = unit is "%" or "indeks" or "poin";
        Target target;
        decimal realisation;
        if (range)
        {
            var lower = _random.Next(6_000, 8_001) / 100m;
            var upper = lower + (_random.Next(5, 16) * 1m);
            target = Target.Range(lower, upper);
            realisation = _random.Next((int)(lower * 100m) - 1_000, (int)(upper * 100m) + 1_001) / 100m;
        }
        else
        {
            var t = percent ? _random.Next(5_000, 9_901) / 100m : _random.Next(1, 501);
            target = Target.Point(t);

            // Factor 0.55–1.25, most often near 0.9: a region mostly on track, some far behind or ahead.
            var factor = (_random.Next(55, 126) + _random.Next(55, 126)) / 200m;
            var r = polarity == Polarity.Positive ? t * factor : t * (2m - factor);
            realisation = Math.Round(r, percent ? 2 : 0, MidpointRounding.AwayFromZero);
        }

        // About 1.5 % not reported.
        var reported = _random.Next(200) >= 3;
        return new NodeIndicator(nodeId + "#" + number.ToString(CultureInfo.InvariantCulture), name, unit, new AchievementInput(target, reported ? realisation : null, polarity))
        {
            Weight = _random.Next(10) == 0 ? 2m : 1m,
            CascadedFrom = directParent?.IndicatorId,
        };
    }

    /// <summary>Integer shares of at least 10 % each, summing to 100 %.</summary>
    private Sakip.Domain.Collections.ValueList<ContributionShare> Shares(string[] contributors)
    {
        var shares = new ContributionShare[contributors.Length];
        var left = 100;
        for (var i = 0; i < contributors.Length; i++)
        {
            var still = contributors.Length - i - 1;
            var percent = still == 0 ? left : _random.Next(10, left - (10 * still) + 1);
            shares[i] = new ContributionShare(contributors[i], percent);
            left -= percent;
        }

        return shares;
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
