using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Domain.Json.Tests;

/// <summary>A small hand-made document of the fictional Kabupaten Contoh (the example of the format doc).</summary>
internal static class SampleDocument
{
    public static OrganisationCode Dinkes { get; } = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);

    public static SakipDocument Create()
    {
        var program = ProgramCode.Parse("1.02.02", null);
        var kegiatan = ProgramCode.Parse("1.02.02.2.01", null);
        var subKegiatan = ProgramCode.Parse("1.02.02.2.01.0001", null);
        var period = new YearSpan(2021, 2026);
        var built = new SakipDocumentBuilder
        {
            Region = new Region("33.99", "Kabupaten Contoh", RegionKind.Regency),
            Indicators =
            [
                new IndicatorDefinition
                {
                    Id = "IKU-01",
                    Name = "Angka kematian bayi",
                    Unit = "per 1.000 KH",
                    Polarity = Polarity.Negative,
                    Accumulation = AccumulationType.LastValue,
                    Type = IndicatorType.Outcome,
                    DataSource = "Profil Kesehatan",
                },
                new IndicatorDefinition
                {
                    Id = "DINKES-01",
                    Name = "Cakupan imunisasi dasar lengkap",
                    Unit = "%",
                    Polarity = Polarity.Positive,
                    Accumulation = AccumulationType.LastValue,
                    Type = IndicatorType.Output,
                    ReportingFrequency = PeriodKind.Quarter,
                    CascadedFrom = "IKU-01",
                },
            ],
            Rpjmd = new Rpjmd
            {
                Id = "RPJMD-2021-2026",
                Period = period,
                Visi = "Kabupaten Contoh yang sehat dan sejahtera",
                Misi = [new Misi("M1", "Meningkatkan kualitas sumber daya manusia")],
                Tujuan = [new RpjmdTujuan("T1", "Meningkatkan derajat kesehatan masyarakat", "M1")],
                Sasaran =
                [
                    new RpjmdSasaran("S1.1", "Menurunnya angka kematian bayi", "T1")
                    {
                        Indicators = [new PlannedIndicator("IKU-01") { Baseline = 9.2m, Targets = [new YearTarget(2025, 7.5m), new YearTarget(2026, 7m)] }],
                    },
                ],
                Programs =
                [
                    new RpjmdProgram(program, "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat")
                    {
                        SasaranIds = ["S1.1"],
                        IndicativeBudget = [new YearAmount(2025, 6_149_428_000.50m)],
                        ResponsibleAgency = Dinkes,
                    },
                ],
                Iku = ["IKU-01"],
            },
            Renstras =
            [
                new Renstra
                {
                    Id = "RENSTRA-DINKES-2021-2026",
                    Agency = new Agency(Dinkes, "Dinas Kesehatan"),
                    Period = period,
                    Tujuan = [new RenstraTujuan("RT1", "Meningkatkan derajat kesehatan masyarakat") { SupportsRpjmdTujuan = ["T1"] }],
                    Sasaran =
                    [
                        new RenstraSasaran("RS1", "Meningkatnya kualitas pelayanan kesehatan", "RT1")
                        {
                            SupportsRpjmdSasaran = ["S1.1"],
                            Indicators = [new PlannedIndicator("DINKES-01") { Targets = [new YearTarget(2025, Target.Range(80m, 90m))] }],
                        },
                    ],
                    Items =
                    [
                        new PlanItem(program, "Program Pemenuhan Upaya Kesehatan") { SasaranIds = ["RS1"] },
                        new PlanItem(kegiatan, "Penyediaan Fasilitas Pelayanan Kesehatan"),
                        new PlanItem(subKegiatan, "Pengadaan Vaksin") { Budget = [new YearAmount(2025, 1_250_000_000m)], ResponsibleUnit = "Bidang P2P" },
                    ],
                },
            ],
            PerjanjianKinerja =
            [
                new PerjanjianKinerja
                {
                    Id = "PK-2025-DINKES",
                    Year = 2025,
                    Agency = Dinkes,
                    Official = "dr. Siti Rahayu",
                    Position = "Kepala Dinas Kesehatan",
                    Level = OfficialLevel.EchelonII,
                    Targets = [new PkTarget("RS1", "DINKES-01", Target.Range(80m, 90m))],
                    Programs = [new PkProgram(program, 6_149_428_000m)],
                },
            ],
            RencanaAksi =
            [
                new RencanaAksi("PK-2025-DINKES", "DINKES-01")
                {
                    Targets = [new PeriodTarget(ReportingPeriod.OfQuarter(2025, 3), 60m), new PeriodTarget(ReportingPeriod.OfQuarter(2025, 4), Target.Range(80m, 90m))],
                },
            ],
            Realisations =
            [
                new IndicatorRealisation("IKU-01", ReportingPeriod.OfYear(2025), 4.88m),
                new IndicatorRealisation("DINKES-01", ReportingPeriod.OfQuarter(2025, 3), 61.2500m) { Agency = Dinkes },
            ],
            BudgetRealisations = [new BudgetRealisation(subKegiatan, Dinkes, ReportingPeriod.OfQuarter(2025, 3), 987_654_321.09m)],
        }.Build();
        return built.GetValueOrThrow();
    }
}
