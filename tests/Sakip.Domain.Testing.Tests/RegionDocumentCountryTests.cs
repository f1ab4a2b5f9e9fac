using System.Runtime.CompilerServices;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Testing.Tests;

public class RegionDocumentCountryTests
{
    [Fact]
    public void RegenciesByProvince_Has38ProvincesAnd514RegenciesAndCities()
    {
        var table = RegionDocumentGenerator.RegenciesByProvince;

        Assert.Equal(38, table.Count);
        Assert.Equal(514, table.Values.Sum());
        Assert.Equal(552, table.Count + table.Values.Sum());
        Assert.Equal(table.Keys.Order(), table.Keys);
        Assert.Equal(27, table[32]);
        Assert.Equal(38, table[35]);
    }

    /// <summary>The whole country with the tiny shape: every region is generated as it is reached and dropped after
    /// it is counted (the test keeps counts, never regions).</summary>
    [Fact]
    public void Country_TinyShape_Enumerates552RegionsProvinceByProvince()
    {
        var perProvince = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var (provinces, regencies, cities, problems) = (0, 0, 0, 0);
        string? currentProvince = null;
        foreach (var region in RegionDocumentGenerator.Country(2026, DocumentShape.Tiny))
        {
            Assert.True(codes.Add(region.Code), region.Code);
            Assert.Equal(region.Code, region.Document.Region.Code);
            Assert.Equal(region.Kind, region.Document.Region.Kind);
            problems += region.Problems.Count;
            switch (region.Kind)
            {
                case RegionKind.Province:
                    provinces++;
                    Assert.Equal(region.ProvinceCode, region.Code);
                    Assert.Equal("Provinsi Contoh " + region.Code, region.Name);
                    currentProvince = region.Code;
                    perProvince[region.Code] = 0;
                    break;
                default:
                    Assert.Equal(currentProvince, region.ProvinceCode);
                    Assert.StartsWith(region.ProvinceCode + ".", region.Code, StringComparison.Ordinal);
                    Assert.Equal((region.Kind == RegionKind.City ? "Kota Contoh " : "Kabupaten Contoh ") + region.Code, region.Name);
                    _ = region.Kind == RegionKind.City ? cities++ : regencies++;
                    perProvince[region.ProvinceCode]++;
                    break;
            }
        }

        Assert.Equal(38, provinces);
        Assert.Equal(514, regencies + cities);
        Assert.InRange(cities, 80, 110);
        Assert.Equal(0, problems);
        Assert.Equal(
            RegionDocumentGenerator.RegenciesByProvince.Select(p => (p.Key.ToString("00", System.Globalization.CultureInfo.InvariantCulture), p.Value)),
            perProvince.Select(p => (p.Key, p.Value)));
    }

    [Fact]
    public void Country_IsLazyAndEachRegionIsTheOneRegionOfGives()
    {
        var country = RegionDocumentGenerator.Country(7, DocumentShape.Tiny);

        var third = country.Skip(2).First();

        Assert.Equal("11.02", third.Code);
        Assert.Equal(RegionDocumentGenerator.RegionOf(7, 11, 2, DocumentShape.Tiny), third);
        Assert.Equal(RegionDocumentGenerator.RegionOf(7, 11, 2, DocumentShape.Tiny), country.Skip(2).First());
        Assert.NotEqual(RegionDocumentGenerator.RegionOf(8, 11, 2, DocumentShape.Tiny).Document, third.Document);
        Assert.Equal(["32", "32.01"], RegionDocumentGenerator.ProvinceWithRegencies(7, 32, DocumentShape.Tiny).Take(2).Select(r => r.Code));
        Assert.Equal(28, RegionDocumentGenerator.ProvinceWithRegencies(7, 32, DocumentShape.Tiny).Count());
        Assert.Equal("32.75", RegionDocumentGenerator.ProvinceWithRegencies(7, 32, DocumentShape.Tiny).Last().Code);
    }

    [Fact]
    public void Country_KeepsNoRegionItHasAlreadyGiven()
    {
        using var regions = RegionDocumentGenerator.Country(3, DocumentShape.Tiny).GetEnumerator();
        var first = FirstDocument(regions);
        for (var i = 0; i < 3; i++)
        {
            Assert.True(regions.MoveNext());
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(first.IsAlive);
        Assert.Equal("11.03", regions.Current.Code);
    }

    [Property(MaxTest = 40)]
    public Property AnySeedAndSmallShape_BuildsAndTheReviewsErrorsAreTheRecordedProblems() =>
        Prop.ForAll(Shapes.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (shape, seed) =>
        {
            var region = RegionDocumentGenerator.RegionOf(seed, 73, 1 + (seed % 24), shape);
            var errors = AlignmentReview.Default.Run(region.Document).Findings
                .Where(f => f.Severity == Severity.Error)
                .Select(f => (f.RuleId, f.Path))
                .Distinct()
                .Order()
                .ToList();
            var recorded = region.Problems.Select(p => (p.RuleId, p.Path)).Distinct().Order().ToList();
            var treesClean = shape.ProblemRate > 0m || region.Document.Rpjmd!.Period.Years.All(year =>
                PerformanceTreeFactory.FromDocument(region.Document, year).TryGetValue(out var tree) && tree.Check().Count == 0);
            return (errors.SequenceEqual(recorded) && treesClean && (shape.ProblemRate > 0m || recorded.Count == 0))
                .Classify(shape.ProblemRate == 0m, "valid")
                .Classify(recorded.Count > 0, "with problems");
        });

    private static Gen<DocumentShape> Shapes =>
        from agencies in Gen.Choose(1, 3)
        from rpjmdSasaran in Gen.Choose(1, 7)
        from sasaran in Gen.Choose(1, 3)
        from programs in Gen.Choose(1, 3)
        from kegiatan in Gen.Choose(1, 3)
        from sub in Gen.Choose(1, 4)
        from indicators in Gen.Choose(1, 3)
        from planYears in Gen.Choose(1, 6)
        from measured in Gen.Choose(0, planYears)
        from quarterly in Gen.Choose(0, 100)
        from notReported in Gen.Choose(0, 100)
        from evaluations in Gen.Elements(true, false)
        from problems in Gen.Frequency((1, Gen.Constant(0)), (1, Gen.Choose(1, 100)))
        select new DocumentShape
        {
            Agencies = agencies,
            RpjmdSasaran = rpjmdSasaran,
            SasaranPerAgency = sasaran,
            ProgramsPerSasaran = programs,
            KegiatanPerProgram = kegiatan,
            SubKegiatanPerKegiatan = sub,
            IndicatorsPerItem = indicators,
            FirstYear = 2021,
            PlanYears = planYears,
            MeasuredYears = measured,
            QuarterlyShare = quarterly / 100m,
            NotReportedShare = notReported / 100m,
            Evaluations = evaluations,
            ProblemRate = problems / 100m,
        };

    /// <summary>Takes the first region and keeps only a weak reference to its document (in its own frame, so that no
    /// local of the test holds it).</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference FirstDocument(IEnumerator<GeneratedRegion> regions)
    {
        Assert.True(regions.MoveNext());
        return new WeakReference(regions.Current.Document);
    }
}
