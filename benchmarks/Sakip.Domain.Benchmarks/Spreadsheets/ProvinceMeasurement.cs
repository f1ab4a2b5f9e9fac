using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Benchmarks.Spreadsheets;

/// <summary>A province's measured Perjanjian Kinerja: <c>agencies</c> agencies, each with <c>sasaran</c> sasaran of
/// <c>indicators</c> indicators (40 × 25 × 25 = 25,000 indicator rows by default), positive and negative polarity,
/// point and range targets, realisations with up to three decimals around the targets and one in twenty not
/// reported. Repeatable from the seed.</summary>
internal static class ProvinceMeasurement
{
    public static MeasurementReport Create(int seed = 7, int agencies = 40, int sasaran = 25, int indicators = 25)
    {
        var random = new Random(seed);
        var builder = new SakipDocumentBuilder { Region = new Region("18", "Provinsi Contoh", RegionKind.Province) };
        var bidang = ProgramCode.Parse("1.02", CultureInfo.InvariantCulture);
        for (var a = 1; a <= agencies; a++)
        {
            var code = OrganisationCode.Create(bidang, null, null, a);
            var agency = new Agency(code, $"Dinas Contoh {a}");
            var sasaranList = new List<RenstraSasaran>();
            var targets = new List<PkTarget>();
            for (var s = 1; s <= sasaran; s++)
            {
                var sasaranId = $"D{a:D2}-S{s:D2}";
                sasaranList.Add(new RenstraSasaran(sasaranId, $"Meningkatnya kinerja urusan {s} Dinas Contoh {a}", $"D{a:D2}-T1"));
                for (var i = 1; i <= indicators; i++)
                {
                    var id = $"D{a:D2}-S{s:D2}-I{i:D2}";
                    var negative = random.Next(4) == 0;
                    builder.Indicators.Add(new IndicatorDefinition
                    {
                        Id = id,
                        Name = $"Persentase capaian layanan {i} sasaran {s} Dinas Contoh {a}",
                        Unit = random.Next(3) == 0 ? "per 1.000 penduduk" : "%",
                        Polarity = negative ? Polarity.Negative : Polarity.Positive,
                    });
                    var value = Math.Round((decimal)(random.NextDouble() * 90) + 5, random.Next(3));
                    Target target = random.Next(10) == 0 ? Target.Range(value, value + 10) : Target.Point(value);
                    targets.Add(new PkTarget(sasaranId, id, target));
                    if (random.Next(20) != 0)
                    {
                        var realised = Math.Round(value * (decimal)(0.6 + (random.NextDouble() * 0.6)), 3);
                        builder.Realisations.Add(new IndicatorRealisation(id, ReportingPeriod.OfYear(2025), realised) { Agency = code });
                    }
                }
            }

            builder.Renstras.Add(new Renstra
            {
                Id = $"RENSTRA-{a:D2}",
                Agency = agency,
                Period = new YearSpan(2025, 2029),
                Tujuan = [new RenstraTujuan($"D{a:D2}-T1", $"Tujuan Dinas Contoh {a}")],
                Sasaran = [.. sasaranList],
            });
            builder.PerjanjianKinerja.Add(new PerjanjianKinerja
            {
                Id = $"PK-2025-D{a:D2}",
                Year = 2025,
                Agency = code,
                Official = $"Kepala Dinas {a}",
                Position = $"Kepala Dinas Contoh {a}",
                Targets = [.. targets],
            });
        }

        var document = builder.Build().GetValueOrThrow();
        return new PerformanceMeasurement(RuleSets.Default).Measure(document, 2025).GetValueOrThrow();
    }
}
