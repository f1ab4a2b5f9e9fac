using System.Globalization;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Tests.Planning;

/// <summary>
/// The smallest document that uses every part the <see cref="SakipDocumentBuilder"/> checks, valid as it is: Kabupaten
/// Contoh, five indicators, an RPJMD 2021–2025 with one of each element (misi M1, tujuan T1, sasaran S1, strategi ST1,
/// arah kebijakan AK1, program 1.02.02, IKU IKU-2), the Renstra of Dinas Kesehatan 2021–2025 at <c>renstras[0]</c>
/// (tujuan DT1, sasaran DS1, strategi DST1, arah DAK1; items program → kegiatan → sub kegiatan), two agreements of 2023
/// (<c>perjanjianKinerja[0]</c> Dinkes's, <c>[1]</c> the head of region's), one Rencana Aksi by quarter, two indicator
/// realisations, one budget realisation and one evaluation. Each test breaks one thing and renders the problems.
/// </summary>
/// <remarks>The approved outputs pin every word: each kind of plan element a problem names is worded in each language
/// ("tidak ada indikator", "Renstra perangkat daerah", "tujuan RPJMD", "tingkat program").</remarks>
internal static class BuilderFixture
{
    public const int PkYear = 2023;

    public static readonly OrganisationCode Dinkes = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);
    public static readonly OrganisationCode Disdik = OrganisationCode.Parse("1.01.0.00.0.00.01.0000", null);
    public static readonly ProgramCode Program = ProgramCode.Parse("1.02.02", null);
    public static readonly ProgramCode Kegiatan = ProgramCode.Parse("1.02.02.2.01", null);
    public static readonly ProgramCode SubKegiatan = ProgramCode.Parse("1.02.02.2.01.0001", null);

    /// <summary>The valid document's builder (a new one each call).</summary>
    public static SakipDocumentBuilder Valid() => new()
    {
        Region = new Region("33.99", "Kabupaten Contoh", RegionKind.Regency),
        Indicators =
        [
            Indicator("IKU-1", "Usia harapan hidup"),
            Indicator("IKU-2", "Angka kematian bayi"),
            Indicator("RP-1", "Persentase puskesmas terakreditasi"),
            Indicator("DK-T1", "Indeks keluarga sehat"),
            Indicator("DK-S1", "Angka kematian bayi (Dinkes)") with { CascadedFrom = "IKU-2" },
        ],
        Rpjmd = new Rpjmd
        {
            Id = "RPJMD-2021-2025",
            Period = new YearSpan(2021, 2025),
            Visi = "Kabupaten Contoh yang sehat",
            Misi = [new Misi("M1", "Meningkatkan kesehatan")],
            Tujuan = [new RpjmdTujuan("T1", "Meningkatnya derajat kesehatan", "M1") { Indicators = [Planned("IKU-1")] }],
            Sasaran = [new RpjmdSasaran("S1", "Menurunnya kematian bayi", "T1") { Indicators = [Planned("IKU-2")] }],
            Strategi = [new Strategi("ST1", "Penguatan pelayanan ibu dan anak", "S1")],
            ArahKebijakan = [new ArahKebijakan("AK1", "Akreditasi puskesmas", "ST1")],
            Programs =
            [
                new RpjmdProgram(Program, "Program Upaya Kesehatan")
                {
                    SasaranIds = ["S1"],
                    Indicators = [Planned("RP-1")],
                    IndicativeBudget = [new YearAmount(2021, 100m), new YearAmount(2025, 0m)],
                },
            ],
            Iku = ["IKU-2"],
        },
        Renstras = [Renstra()],
        PerjanjianKinerja =
        [
            new PerjanjianKinerja
            {
                Id = "PK-DINKES",
                Year = PkYear,
                Agency = Dinkes,
                Official = "Pejabat Contoh",
                Position = "Kepala Dinas Kesehatan",
                Level = OfficialLevel.EchelonII,
                Targets = [new PkTarget("DS1", "DK-S1", 10m)],
                Programs = [new PkProgram(Program, 100m)],
            },
            new PerjanjianKinerja
            {
                Id = "PK-BUPATI",
                Year = PkYear,
                Official = "Bupati Contoh",
                Position = "Bupati",
                Level = OfficialLevel.HeadOfRegion,
                Targets = [new PkTarget("S1", "IKU-2", 10m)],
            },
        ],
        RencanaAksi =
        [
            new RencanaAksi("PK-DINKES", "DK-S1")
            {
                Targets = [.. Enumerable.Range(1, 4).Select(q => new PeriodTarget(ReportingPeriod.OfQuarter(PkYear, q), 10m))],
            },
        ],
        Realisations =
        [
            new IndicatorRealisation("DK-S1", ReportingPeriod.OfYear(PkYear), 9m) { Agency = Dinkes },
            new IndicatorRealisation("IKU-2", ReportingPeriod.OfYear(PkYear), 9m),
        ],
        BudgetRealisations = [new BudgetRealisation(Program, Dinkes, ReportingPeriod.OfYear(PkYear), 90m)],
        Evaluations = [Evaluation(EvaluationSchemes.PermenPanRb88Of2021, "Kabupaten Contoh", PkYear)],
    };

    /// <summary>The Renstra of Dinas Kesehatan 2021–2025.</summary>
    public static Renstra Renstra() => new()
    {
        Id = "RENSTRA-DINKES",
        Agency = new Agency(Dinkes, "Dinas Kesehatan"),
        Period = new YearSpan(2021, 2025),
        Tujuan = [new RenstraTujuan("DT1", "Meningkatkan kesehatan keluarga") { SupportsRpjmdTujuan = ["T1"], Indicators = [Planned("DK-T1")] }],
        Sasaran = [new RenstraSasaran("DS1", "Menurunnya kematian bayi", "DT1") { SupportsRpjmdSasaran = ["S1"], Indicators = [Planned("DK-S1")] }],
        Strategi = [new Strategi("DST1", "Pelayanan ibu hamil", "DS1")],
        ArahKebijakan = [new ArahKebijakan("DAK1", "Kunjungan rumah", "DST1")],
        Items =
        [
            new PlanItem(Program, "Program Upaya Kesehatan") { SasaranIds = ["DS1"], Indicators = [Planned("RP-1")], Budget = [new YearAmount(2021, 100m), new YearAmount(2025, 0m)] },
            new PlanItem(Kegiatan, "Penyediaan Fasilitas Kesehatan") { Budget = [new YearAmount(2021, 100m)] },
            new PlanItem(SubKegiatan, "Pelayanan Ibu Hamil") { ResponsibleUnit = "Seksi Kesehatan Keluarga", Budget = [new YearAmount(2021, 100m)] },
        ],
    };

    /// <summary>A planned indicator with targets in the first and the last year of 2021–2025.</summary>
    public static PlannedIndicator Planned(string id) => new(id) { Targets = [new YearTarget(2021, 10m), new YearTarget(2025, 12m)] };

    public static IndicatorDefinition Indicator(string id, string name) => new() { Id = id, Name = name, Unit = "%" };

    public static Evaluation Evaluation(EvaluationScheme scheme, string subject, int year) =>
        Sakip.Domain.Evaluations.Evaluation.Create(scheme, subject, year, []).GetValueOrThrow();

    /// <summary>A text that is not Unicode: a lone high surrogate.</summary>
    public const string LoneSurrogate = "ab\uD800";

    /// <summary>The valid document with <paramref name="change"/> applied, built, and its problems rendered one per line
    /// (<c>path | code | English | Indonesian</c>), or <c>valid</c> when it builds.</summary>
    public static string Problems(Action<SakipDocumentBuilder> change)
    {
        var builder = Valid();
        change(builder);
        var result = builder.Build();
        return result.IsSuccess ? "valid" : Render(result.Problems);
    }

    /// <summary>Several changes, each applied to its own valid document: <c>## name</c> and its problems.</summary>
    public static string Cases(params (string Name, Action<SakipDocumentBuilder> Change)[] cases) =>
        string.Join("\n", cases.Select(c => $"## {c.Name}\n{Problems(c.Change)}"));

    /// <summary>Problems one per line; a surrogate (none here is in a pair) is written as <c>\uD800</c> so that the approved
    /// file stays valid UTF-8.</summary>
    public static string Render(IEnumerable<Problem> problems) =>
        Escape(string.Join('\n', problems.Select(p => $"{p.Path} | {p.Reason.Code} | {p.Reason.Message.English} | {p.Reason.Message.Indonesian}")));

    private static string Escape(string text) =>
        string.Concat(text.Select(c => char.IsSurrogate(c) ? "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture) : c.ToString()));

    /// <summary>Asserts the valid document with <paramref name="change"/> applied still builds.</summary>
    public static void AssertValid(Action<SakipDocumentBuilder> change) => Assert.Equal("valid", Problems(change));

    // Changing documents

    public static void Rpjmd(this SakipDocumentBuilder builder, Func<Rpjmd, Rpjmd> change) => builder.Rpjmd = change(builder.Rpjmd!);

    public static void Renstra(this SakipDocumentBuilder builder, Func<Renstra, Renstra> change) => builder.Renstras[0] = change(builder.Renstras[0]);

    public static void Pk(this SakipDocumentBuilder builder, int index, Func<PerjanjianKinerja, PerjanjianKinerja> change) =>
        builder.PerjanjianKinerja[index] = change(builder.PerjanjianKinerja[index]);

    public static void Indicator(this SakipDocumentBuilder builder, int index, Func<IndicatorDefinition, IndicatorDefinition> change) =>
        builder.Indicators[index] = change(builder.Indicators[index]);

    public static ValueList<T> Replace<T>(this ValueList<T> list, int index, Func<T, T> change) =>
        [.. list.Select((item, i) => i == index ? change(item) : item)];

    public static ValueList<T> Plus<T>(this ValueList<T> list, T item) => [.. list, item];
}
