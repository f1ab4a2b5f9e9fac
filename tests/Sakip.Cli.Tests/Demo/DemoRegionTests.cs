using System.Text;
using Sakip.Cli.Demo;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;

namespace Sakip.Cli.Tests.Demo;

public sealed class DemoRegionTests
{
    private static readonly SakipDocument Demo = DemoRegion.Create();
    private static readonly SakipDocument Corrected = DemoRegion.CreateCorrected();

    [Fact]
    public void Create_Builds_TheRegencyWithItsRpjmd()
    {
        Assert.Equal("Kabupaten Contoh", Demo.Region.Name);
        Assert.Equal(RegionKind.Regency, Demo.Region.Kind);
        Assert.NotNull(Demo.Rpjmd);
        Assert.Equal(DemoRegion.Period, Demo.Rpjmd.Period);
        Assert.InRange(Demo.Rpjmd.Misi.Count, 3, 4);
        Assert.NotEmpty(Demo.Rpjmd.Iku);
    }

    [Fact]
    public void CreateCorrected_Builds_TheSameRegion()
    {
        Assert.Equal(Demo.Region, Corrected.Region);
        Assert.Equal(Demo.Renstras.Count, Corrected.Renstras.Count);
        Assert.Equal(Demo.Indicators.Count, Corrected.Indicators.Count);
        Assert.NotEqual(Demo, Corrected);
    }

    [Fact]
    public void Create_HasSixOrMoreAgencies_EachWithAnAgreement()
    {
        Assert.True(Demo.Renstras.Count >= 6);
        Assert.Equal(Demo.Renstras.Count, Demo.Renstras.Select(r => r.Agency.Code).Distinct().Count());
        foreach (var renstra in Demo.Renstras)
        {
            Assert.Contains(Demo.PerjanjianKinerja, pk => pk.Agency == renstra.Agency.Code && pk.Year == DemoRegion.Year && pk.Level == OfficialLevel.EchelonII);
        }

        Assert.Contains(Demo.PerjanjianKinerja, pk => pk.Agency is null && pk.Level == OfficialLevel.HeadOfRegion);
    }

    [Fact]
    public void Create_EveryRenstra_ReachesSubKegiatanWithFourDigitCodes()
    {
        foreach (var renstra in Demo.Renstras)
        {
            Assert.NotEmpty(renstra.Programs);
            Assert.NotEmpty(renstra.Kegiatan);
            Assert.NotEmpty(renstra.SubKegiatan);
            Assert.All(renstra.SubKegiatan, s => Assert.Equal(4, s.Code.SubKegiatanDigits));
            Assert.All(renstra.Kegiatan, k => Assert.Equal(Authority.RegencyCity, k.Code.Authority));
            Assert.All(renstra.Items, i => Assert.Contains(i.Code.AtLevel(CodeLevel.Bidang), renstra.Agency.Code.AllBidang));
        }
    }

    [Fact]
    public void Create_HasPositiveNegativeRangeAndGrowthIndicators()
    {
        Assert.Contains(Demo.Indicators, i => i.Polarity == Polarity.Positive);
        Assert.Contains(Demo.Indicators, i => i.Polarity == Polarity.Negative);
        Assert.Contains(Demo.Indicators, i => i.AllowsNegativeValues);
        var planned = AllPlanned(Demo).ToList();
        Assert.Contains(planned, p => p.Targets.Any(t => t.Target.IsRange) && Demo.Indicator(p.IndicatorId)!.Polarity == Polarity.Positive);
        Assert.Contains(planned, p => p.Targets.Any(t => t.Target.IsRange) && Demo.Indicator(p.IndicatorId)!.Polarity == Polarity.Negative);
        Assert.Contains(Demo.Indicators, i => i.Accumulation == AccumulationType.Cumulative);
        Assert.Contains(Demo.Indicators, i => i.Accumulation == AccumulationType.LastValue);
        Assert.Contains(Demo.Indicators, i => i.Accumulation == AccumulationType.Average);
    }

    [Fact]
    public void Create_Realisations2025_QuarterlyAnnualAndOneNotReported()
    {
        Assert.All(Demo.Realisations, r => Assert.Equal(DemoRegion.Year, r.Period.Year));
        Assert.Contains(Demo.Realisations, r => r.Period.Kind == PeriodKind.Quarter);
        Assert.Contains(Demo.Realisations, r => r.Period.Kind == PeriodKind.Year);
        Assert.Contains(Demo.Realisations, r => r.Value.IsNegative);

        var agreed = Demo.PerjanjianKinerja.SelectMany(pk => pk.Targets).Select(t => t.IndicatorId).Distinct().ToList();
        var reported = Demo.Realisations.Select(r => r.IndicatorId).ToHashSet(StringComparer.Ordinal);
        Assert.Contains(agreed, id => !reported.Contains(id));
        Assert.True(agreed.Count(reported.Contains) > agreed.Count / 2);

        Assert.NotEmpty(Demo.BudgetRealisations);
        Assert.All(Demo.Renstras.SelectMany(r => r.Programs.Select(p => (r.Agency.Code, p.Code))), p =>
            Assert.Contains(Demo.BudgetRealisations, b => b.Agency == p.Item1 && b.Code == p.Item2 && b.Period == ReportingPeriod.OfYear(DemoRegion.Year)));
    }

    [Fact]
    public void Create_ItemIndicators_MostReportedFor2025ByTheirAgency_SomeNot()
    {
        var year = ReportingPeriod.OfYear(DemoRegion.Year);
        var planned = ItemIndicatorsWithTarget(Demo).ToList();
        var reported = planned.Where(p => Demo.Realisations.Any(r => r.IndicatorId == p.Planned.IndicatorId && r.Agency == p.Agency && r.Period == year)).ToList();

        Assert.NotEmpty(planned);
        Assert.True(reported.Count * 10 >= planned.Count * 9, $"{reported.Count} of {planned.Count} reported");
        Assert.True(reported.Count < planned.Count, "every item indicator is reported");
        Assert.Equal(Demo.Realisations.Count, Demo.Realisations.Select(r => (r.IndicatorId, r.Agency, r.Period)).Distinct().Count());
    }

    [Fact]
    public void Create_ItemRealisations_NearTargetExceptOneWeakProgram()
    {
        var year = ReportingPeriod.OfYear(DemoRegion.Year);
        var weakAgencies = new HashSet<OrganisationCode>();
        foreach (var (agency, code, planned) in ItemIndicatorsWithTarget(Demo))
        {
            var realisation = Demo.Realisations.SingleOrDefault(r => r.IndicatorId == planned.IndicatorId && r.Agency == agency && r.Period == year);
            if (realisation is null)
            {
                continue;
            }

            var indicator = Demo.Indicator(planned.IndicatorId)!;
            var target = planned.TargetFor(DemoRegion.Year)!.Value.PointValue!.Value;
            var ratio = indicator.Polarity == Polarity.Negative ? target / realisation.Value.Value : realisation.Value.Value / target;
            if (ratio < 0.9m)
            {
                Assert.InRange(ratio, 0.6m, 0.75m);
                weakAgencies.Add(agency);
                Assert.StartsWith("1.06.04", code.ToString(), StringComparison.Ordinal);
            }
            else
            {
                Assert.InRange(ratio, 0.9m, 1.1m);
            }

            Assert.False(realisation.Value.IsNegative && !indicator.AllowsNegativeValues);
            Assert.True(indicator.Unit != "%" || realisation.Value.Value <= 100m);
        }

        Assert.Single(weakAgencies);
    }

    [Fact]
    public void Create_RencanaAksi_CoverEveryAgencyTargetByQuarter_CumulativeOnesAddUp()
    {
        foreach (var pk in Demo.PerjanjianKinerja.Where(p => p.Agency is not null))
        {
            foreach (var target in pk.Targets)
            {
                var plan = Assert.Single(Demo.RencanaAksi, ra => ra.PerjanjianKinerjaId == pk.Id && ra.IndicatorId == target.IndicatorId);
                Assert.Equal(
                    Enumerable.Range(1, 4).Select(q => ReportingPeriod.OfQuarter(DemoRegion.Year, q)),
                    plan.Targets.Select(t => t.Period));
                var indicator = Demo.Indicator(target.IndicatorId)!;
                var annual = Accumulation.Combine(indicator.Accumulation, plan.Targets.Select(t => t.Target).ToList());
                Assert.Equal(target.Target, annual);
            }
        }
    }

    [Fact]
    public void Create_BupatiBudgets_MatchTheSmallDemo()
    {
        // The non-support programs behind S1 (health) carry the small demo's ceiling and spending.
        var bupati = Demo.PerjanjianKinerja.Single(pk => pk.Agency is null);
        var health = bupati.Programs.Where(p => p.Code.Bidang == 2 && p.Code.Urusan == 1 && !p.Code.IsSupportProgram).Sum(p => p.Budget);
        Assert.Equal(48_250_000_000m, health);
        var spent = Demo.BudgetRealisations.Where(b => b.Code.Urusan == 1 && b.Code.Bidang == 2 && !b.Code.IsSupportProgram).Sum(b => b.Amount);
        Assert.Equal(45_117_300_000m, spent);
    }

    [Fact]
    public void DeliberateProblems_OnePerRule_FiveToEight()
    {
        Assert.InRange(DemoRegion.DeliberateProblems.Count, 5, 8);
        Assert.Equal(DemoRegion.DeliberateProblems.Count, DemoRegion.DeliberateProblems.Select(p => p.RuleId).Distinct().Count());
    }

    [Fact]
    public void Review_Create_FindsEveryDeliberateProblem()
    {
        var report = AlignmentReview.Default.Run(Demo);

        foreach (var (ruleId, path) in DemoRegion.DeliberateProblems)
        {
            Assert.True(
                report.Findings.Any(f => f.RuleId == ruleId && f.Path == path),
                $"{ruleId} at {path} not found; findings: {string.Join(" | ", report.Findings)}");
        }
    }

    [Fact]
    public void Review_Create_FindsNothingElseAsErrorOrWarning()
    {
        var report = AlignmentReview.Default.Run(Demo);
        var deliberate = DemoRegion.DeliberateProblems.ToHashSet();

        var others = report.Findings.Where(f => f.Severity != Severity.Info && !deliberate.Contains((f.RuleId, f.Path))).ToList();

        Assert.True(others.Count == 0, string.Join(" | ", others));
    }

    [Fact]
    public void Review_CreateCorrected_HasNoErrorOrWarning()
    {
        var report = AlignmentReview.Default.Run(Corrected);

        var serious = report.Findings.Where(f => f.Severity != Severity.Info).ToList();
        Assert.True(serious.Count == 0, string.Join(" | ", serious));
    }

    [Fact]
    public void Tree_CreateCorrected_PassesItsOwnCheckEveryYear()
    {
        // The tree compares cascaded indicators by their cascade: the demo's indicators that only share a unit with
        // their parents' (and turn the other way) are not conflicts.
        var errors = Corrected.PerjanjianKinerja.Select(pk => pk.Year).Distinct()
            .SelectMany(year => Sakip.Domain.Tree.PerformanceTreeFactory.FromDocument(Corrected, year).GetValueOrThrow().Check())
            .Where(issue => issue.Severity == Severity.Error)
            .ToList();

        Assert.True(errors.Count == 0, string.Join(" | ", errors));
    }

    [Fact]
    public void EmbeddedDocument_IsCanonical_ReadThenWrittenGivesTheSameBytes()
    {
        var embedded = Embedded(DemoResources.Document);

        var read = SakipDocumentJson.Read(new MemoryStream(embedded));

        Assert.True(read.IsSuccess, string.Join("; ", read.Problems));
        Assert.Equal(embedded, Encoding.UTF8.GetBytes(SakipDocumentJson.Write(read.GetValueOrThrow())));
        Assert.Equal(Demo, read.GetValueOrThrow());
    }

    [Theory]
    [InlineData(DemoResources.Evaluation2024, 2024)]
    [InlineData(DemoResources.Evaluation2025, 2025)]
    public void EmbeddedEvaluations_AreCanonical_AndTheDocumentsEvaluations(string resource, int year)
    {
        var embedded = Embedded(resource);

        var read = EvaluationJson.Read(new MemoryStream(embedded));

        Assert.True(read.IsSuccess, string.Join("; ", read.Problems));
        Assert.Equal(embedded, Encoding.UTF8.GetBytes(EvaluationJson.Write(read.GetValueOrThrow())));
        Assert.Equal(year, read.GetValueOrThrow().Year);
        Assert.Equal(Demo.Evaluations.Single(e => e.Year == year), read.GetValueOrThrow());
    }

    [Fact]
    public void Review_EmbeddedDocument_ErrorsAndWarningsAreExactlyTheDeliberateProblems()
    {
        var report = AlignmentReview.Default.Run(SakipDocumentJson.Read(new MemoryStream(Embedded(DemoResources.Document))).GetValueOrThrow());

        var serious = report.Findings.Where(f => f.Severity != Severity.Info).Select(f => (f.RuleId, f.Path)).ToHashSet();

        Assert.Equal(
            ["ALN-001", "ALN-002", "ALN-004", "ALN-006", "ALN-007", "ALN-009", "ALN-010", "ALN-014"],
            DemoRegion.DeliberateProblems.Select(p => p.RuleId));
        Assert.True(serious.SetEquals(DemoRegion.DeliberateProblems), string.Join(" | ", report.Findings));
    }

    private static byte[] Embedded(string resource)
    {
        using var stream = DemoResources.Open(resource);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static IEnumerable<(OrganisationCode Agency, ProgramCode Code, PlannedIndicator Planned)> ItemIndicatorsWithTarget(SakipDocument document) =>
        document.Renstras.SelectMany(r => r.Items.SelectMany(i => i.Indicators
            .Where(p => p.TargetFor(DemoRegion.Year) is not null)
            .Select(p => (r.Agency.Code, i.Code, p))));

    private static IEnumerable<PlannedIndicator> AllPlanned(SakipDocument document) =>
        document.Rpjmd!.Tujuan.SelectMany(t => t.Indicators)
            .Concat(document.Rpjmd.Sasaran.SelectMany(s => s.Indicators))
            .Concat(document.Renstras.SelectMany(r => r.Sasaran.SelectMany(s => s.Indicators).Concat(r.Items.SelectMany(i => i.Indicators))));
}
