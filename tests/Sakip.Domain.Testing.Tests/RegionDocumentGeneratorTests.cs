using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Testing.Tests;

public class RegionDocumentGeneratorTests
{
    /// <summary>Small but with every feature: three agencies, several programs, kegiatan and sub kegiatan, two
    /// measured years, every fourth indicator reported by quarter.</summary>
    internal static readonly DocumentShape Small = new()
    {
        Agencies = 3,
        RpjmdSasaran = 5,
        SasaranPerAgency = 2,
        ProgramsPerSasaran = 2,
        KegiatanPerProgram = 3,
        SubKegiatanPerKegiatan = 3,
        PlanYears = 5,
        MeasuredYears = 2,
    };

    [Fact]
    public void Regency_SameSeed_GivesEqualDocuments()
    {
        var (first, second) = (RegionDocumentGenerator.Regency(5, Small), RegionDocumentGenerator.Regency(5, Small));

        Assert.Equal(first, second);
        Assert.Equal(first.Indicators, second.Indicators);
        Assert.Equal(first.Realisations, second.Realisations);
    }

    [Fact]
    public void Regency_DifferentSeeds_GiveDifferentDocuments()
    {
        var (first, other) = (RegionDocumentGenerator.Regency(5, Small), RegionDocumentGenerator.Regency(6, Small));

        Assert.NotEqual(first, other);
        Assert.NotEqual(first.Renstras, other.Renstras);
        Assert.NotEqual(first.Realisations, other.Realisations);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Regency_ProblemRateZero_HasNoErrorFindingAndItsTreesCheckClean(int seed)
    {
        var document = RegionDocumentGenerator.Regency(seed, Small);

        var report = AlignmentReview.Default.Run(document);

        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        foreach (var year in document.Rpjmd!.Period.Years)
        {
            var tree = PerformanceTreeFactory.FromDocument(document, year).GetValueOrThrow();
            Assert.Empty(tree.Check());
        }
    }

    [Fact]
    public void Regency_TenPlanYearsAllMeasured_HasNoErrorOrWarningFinding()
    {
        var document = RegionDocumentGenerator.Regency(12, Small with { FirstYear = 2021, PlanYears = 10, MeasuredYears = 10 });

        var report = AlignmentReview.Default.Run(document);

        Assert.Equal(new YearSpan(2021, 2030), document.Rpjmd!.Period);
        Assert.Equal(10, document.Evaluations.Count);
        Assert.DoesNotContain(report.Findings, f => f.Severity is Severity.Error or Severity.Warning);
    }

    [Fact]
    public void Province_ProblemRateZero_HasNoErrorFindingAndUsesProvincialKegiatanCodes()
    {
        var document = RegionDocumentGenerator.Province(8, Small);

        var report = AlignmentReview.Default.Run(document);

        Assert.Equal(RegionKind.Province, document.Region.Kind);
        Assert.DoesNotContain(report.Findings, f => f.Severity == Severity.Error);
        Assert.All(document.Renstras.SelectMany(r => r.Kegiatan), k => Assert.Equal(Authority.Province, k.Code.Authority));
        Assert.All(RegionDocumentGenerator.Regency(8, Small).Renstras.SelectMany(r => r.Kegiatan), k => Assert.Equal(Authority.RegencyCity, k.Code.Authority));
    }

    [Fact]
    public void Regency_ProblemRateZero_IsCleanEvenOfWarningsItCouldAvoid()
    {
        var report = AlignmentReview.Default.Run(RegionDocumentGenerator.Regency(11, Small));

        // Every rule runs, and none of the plan-consistency warnings fires on a valid generated document.
        Assert.DoesNotContain(report.Findings, f => f.RuleId is "ALN-002" or "ALN-005" or "ALN-006" or "ALN-007" or "ALN-008" or "ALN-012" or "ALN-014" or "ALN-015" or "ALN-016" or "ALN-017");
    }

    [Theory]
    [InlineData(21, 300)]
    [InlineData(22, 50)]
    [InlineData(23, 1_000)]
    public void Regency_WithProblems_TheReviewsErrorsAreExactlyTheRecordedProblems(int seed, int perMille)
    {
        var region = RegionDocumentGenerator.RegionOf(seed, 32, 5, Small with { ProblemRate = perMille / 1_000m });

        var errors = AlignmentReview.Default.Run(region.Document).Findings.Where(f => f.Severity == Severity.Error);

        Assert.NotEmpty(region.Problems);
        Assert.Equal(
            region.Problems.Select(p => (p.RuleId, p.Path)).Distinct().Order(),
            errors.Select(f => (f.RuleId, f.Path)).Distinct().Order());
    }

    [Fact]
    public void Regency_ProblemRateOne_PutsEveryKindAtEveryCandidate()
    {
        var region = RegionDocumentGenerator.RegionOf(3, 11, 1, Small with { ProblemRate = 1m });
        var document = region.Document;
        var kinds = region.Problems.GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(Enum.GetValues<DeliberateProblemKind>(), kinds.Keys.Order());
        Assert.Equal(document.Renstras.Sum(r => r.Programs.Count()), kinds[DeliberateProblemKind.ProgramWithoutIndicator]);
        Assert.Equal(document.Renstras.Sum(r => r.SubKegiatan.Count()), kinds[DeliberateProblemKind.BudgetNotSumOfParts]);
        Assert.Equal(document.Renstras.Sum(r => r.Sasaran.Count), kinds[DeliberateProblemKind.AgencySasaranUnsupported]);
        Assert.Equal(document.PerjanjianKinerja.Where(pk => pk.Agency is not null).Sum(pk => pk.Targets.Count), kinds[DeliberateProblemKind.PkTargetDiffersFromRenstra]);
        Assert.All(region.Problems, p => Assert.False(string.IsNullOrWhiteSpace(p.Detail)));
    }

    [Fact]
    public void Regency_WithProblems_DiffersFromTheValidDocumentOnlyWhereAProblemWasPut()
    {
        var valid = RegionDocumentGenerator.RegionOf(4, 33, 2, Small);
        var faulty = RegionDocumentGenerator.RegionOf(4, 33, 2, Small with { ProblemRate = 0.2m });

        Assert.Empty(valid.Problems);
        Assert.NotEmpty(faulty.Problems);
        Assert.Equal(valid.Document.Realisations, faulty.Document.Realisations);
        Assert.Equal(valid.Document.Rpjmd, faulty.Document.Rpjmd);
        Assert.Equal(valid.Document.Indicators.Select(i => i.Id), faulty.Document.Indicators.Select(i => i.Id));
        var changedUnits = valid.Document.Indicators.Zip(faulty.Document.Indicators).Count(p => p.First.Unit != p.Second.Unit);
        Assert.Equal(faulty.Problems.Count(p => p.Kind == DeliberateProblemKind.CascadedUnitMismatch), changedUnits);
    }

    [Fact]
    public void Regency_SmallShape_HasTheShapesOfARealDocument()
    {
        var shape = Small with { Agencies = 6, QuarterlyShare = 0.3m, NotReportedShare = 0.05m };
        var document = RegionDocumentGenerator.Regency(31, shape);
        var indicators = document.Indicators;
        var renstra = document.Renstras[0];

        Assert.Equal(6, document.Renstras.Count);
        Assert.Equal((1 + 6) * 2, document.PerjanjianKinerja.Count);
        Assert.Equal(2, document.Evaluations.Count);
        Assert.Equal(document.PerjanjianKinerja.Sum(pk => pk.Targets.Count), document.RencanaAksi.Count);
        Assert.All(document.RencanaAksi, ra => Assert.Equal(4, ra.Targets.Count));
        Assert.NotEmpty(renstra.Programs);
        Assert.NotEmpty(renstra.Kegiatan);
        Assert.NotEmpty(renstra.SubKegiatan);
        Assert.All(renstra.SubKegiatan, s => Assert.Equal(CodeLevel.SubKegiatan, s.Code.Level));
        Assert.Equal(document.Renstras.Sum(r => r.Programs.Count()), document.Rpjmd!.Programs.Count);
        Assert.Contains(indicators, i => i.Polarity == Polarity.Negative);
        Assert.Contains(indicators, i => i.CascadedFrom is not null);
        Assert.Contains(AllPlanned(document), p => p.TargetFor(2025)?.IsRange == true);
        Assert.Contains(document.Realisations, r => r.Period.Kind == Periods.PeriodKind.Quarter);
        Assert.Contains(document.Realisations, r => r.Period.Kind == Periods.PeriodKind.Year);
        Assert.Contains(document.Renstras.SelectMany(r => r.Sasaran), s => s.SupportsRpjmdSasaran.Count == 2);
        Assert.NotEmpty(document.BudgetRealisations);
        var reportable = document.Indicators.Count * 2;
        var reported = document.Realisations.Select(r => (r.IndicatorId, r.Period.Year)).Distinct().Count();
        Assert.InRange(reported, reportable * 80 / 100, reportable - 1);
    }

    [Fact]
    public void Regency_Measured_GivesACapaianForReportedTargets()
    {
        var document = RegionDocumentGenerator.Regency(41, Small);

        var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, 2025).GetValueOrThrow();

        Assert.Equal(document.PerjanjianKinerja.Count(pk => pk.Year == 2025), report.Agreements.Count);
        var rows = report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).ToList();
        Assert.Contains(rows, r => r.Result.Presented is not null);
    }

    [Fact]
    public void Regency_WrittenAsJson_ReadsBackEqual()
    {
        var document = RegionDocumentGenerator.RegionOf(9, 52, 3, Small with { ProblemRate = 0.1m }).Document;

        var read = Json.SakipDocumentJson.Read(Json.SakipDocumentJson.Write(document)).GetValueOrThrow();

        Assert.Equal(document, read);
    }

    [Fact]
    public void DefaultShape_HasAbout1240PlanElementsPerAgency()
    {
        var (builder, _) = RegionDocumentGenerator.Contents(2026, new Region("33.99", "Kabupaten Contoh 33.99", RegionKind.Regency), DocumentShape.Regency with { Agencies = 4, MeasuredYears = 0, Evaluations = false });

        var elements = builder.Renstras.Sum(r => r.Sasaran.Count + r.Items.Count) / 4m;

        Assert.InRange(elements, 900m, 1_600m);
    }

    [Fact]
    public void Shape_OutOfRangeValues_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentShape { Agencies = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentShape { Agencies = 100 });
        Assert.Throws<ArgumentOutOfRangeException>(() => DocumentShape.Regency with { ProgramsPerSasaran = 7 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentShape { ProblemRate = 1.01m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentShape { NotReportedShare = -0.1m });
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentShape { PlanYears = 0 });
        Assert.Throws<ArgumentException>(() => RegionDocumentGenerator.Regency(1, DocumentShape.Tiny with { PlanYears = 2, MeasuredYears = 3 }));
        Assert.Throws<ArgumentException>(() => RegionDocumentGenerator.Country(1, DocumentShape.Tiny with { PlanYears = 2, MeasuredYears = 3 }));
        Assert.Throws<ArgumentException>(() => RegionDocumentGenerator.Regency(1, DocumentShape.Tiny with { FirstYear = 2100 }));
    }

    [Fact]
    public void RegionOf_UnknownProvinceOrNumber_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionDocumentGenerator.RegionOf(1, 20, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionDocumentGenerator.RegionOf(1, 32, 28));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionDocumentGenerator.RegionOf(1, 32, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionDocumentGenerator.ProvinceWithRegencies(1, 99));
    }

    /// <summary>Every planned indicator of the RPJMD and the Renstras.</summary>
    internal static IEnumerable<PlannedIndicator> AllPlanned(SakipDocument document) =>
        document.Rpjmd!.Tujuan.SelectMany(t => t.Indicators)
            .Concat(document.Rpjmd.Sasaran.SelectMany(s => s.Indicators))
            .Concat(document.Rpjmd.Programs.SelectMany(p => p.Indicators))
            .Concat(document.Renstras.SelectMany(r => r.Tujuan.SelectMany(t => t.Indicators)))
            .Concat(document.Renstras.SelectMany(r => r.Sasaran.SelectMany(s => s.Indicators)))
            .Concat(document.Renstras.SelectMany(r => r.Items.SelectMany(i => i.Indicators)));
}
