using System.Globalization;
using System.Reflection;
using System.Text;
using Sakip.Domain.Achievement;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Planning;

/// <summary>The capaian table of a document (<see cref="PerformanceMeasurement"/>): which year and as-of period it
/// accepts, which agreement, agency and sasaran each row belongs to, and which realisation measures each target —
/// the agency's own over the region-wide one, the annual one for the whole year, else the periods up to the as-of
/// period, against the Rencana Aksi's period targets before the year's end or against the annual target. Each row is
/// compared with the calculator called directly on the inputs the rule names, so the test is the rule, not a copy of
/// the code. On the review's clean region (agreements for 2023: Dinkes, Disdik, the Bupati).</summary>
public class PerformanceMeasurementTests
{
    private static readonly PerformanceMeasurement Measurement = new(RuleSets.Default);
    private static readonly AchievementCalculator Calculator = new(RuleSets.Default);

    // Dinkes's agreement targets DINKES-SS1 (angka kematian bayi, negative, a level indicator) at 10.4 in 2023.
    private static readonly Target DinkesTarget = Target.Point(10.4m);

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void Measure_YearOutOfRange_IsAProblemOnTheYear(int year)
    {
        var problem = Assert.Single(Measurement.Measure(Clean(), year).Problems);

        Assert.Equal(("year", "year-out-of-range"), (problem.Path, problem.Reason.Code));
        Assert.Equal("the year must be between 1900 and 2200", problem.Reason.Message.English);
    }

    [Theory]
    [InlineData(1900)]
    [InlineData(2200)]
    [InlineData(2024)]
    public void Measure_YearWithoutAgreement_SaysSo(int year)
    {
        var problem = Assert.Single(Measurement.Measure(Clean(), year).Problems);

        Assert.Equal(("year", "no-agreement"), (problem.Path, problem.Reason.Code));
        Assert.Equal($"the document has no perjanjian kinerja for {year}", problem.Reason.Message.English);
        Assert.Equal($"dokumen tidak memiliki perjanjian kinerja tahun {year}", problem.Reason.Message.Indonesian);
    }

    [Fact]
    public void Measure_AsOfAnotherYear_IsAProblemOnAsOf()
    {
        var problem = Assert.Single(Measurement.Measure(Clean(), PkYear, ReportingPeriod.OfQuarter(PkYear + 1, 1)).Problems);

        Assert.Equal(("asOf", "as-of-outside-year"), (problem.Path, problem.Reason.Code));
        Assert.Equal($"as-of period {PkYear + 1}-Q1 is not in the plan's year {PkYear}", problem.Reason.Message.English);
    }

    [Fact]
    public void Measure_WithoutAsOf_MeasuresTheWholeYear()
    {
        var report = Measurement.Measure(Clean(), PkYear).GetValueOrThrow();

        Assert.Equal(PkYear, report.Year);
        Assert.Equal(ReportingPeriod.OfYear(PkYear), report.AsOf);
        Assert.Equal((RuleSets.Default.Id, RuleSets.Default.Version), (report.RuleSetId, report.RuleSetVersion));
    }

    [Fact]
    public void Measure_AsOfAQuarter_IsKept() =>
        Assert.Equal(ReportingPeriod.OfQuarter(PkYear, 2), Measurement.Measure(Clean(), PkYear, ReportingPeriod.OfQuarter(PkYear, 2)).GetValueOrThrow().AsOf);

    [Fact]
    public void Guards_NullArguments_Throw()
    {
        Assert.Equal("rules", Assert.Throws<ArgumentNullException>(() => new PerformanceMeasurement(null!)).ParamName);
        Assert.Equal("document", Assert.Throws<ArgumentNullException>(() => Measurement.Measure(null!, PkYear)).ParamName);
    }

    [Fact]
    public void Rows_NameTheAgreementTheAgencyAndTheSasaran()
    {
        var report = Measurement.Measure(Clean(), PkYear).GetValueOrThrow();

        // Each agreement in document order; an agency's name from its Renstra, the head of region's from the region.
        Assert.Equal(
            [
                ("PK-2023-DINKES", (Sakip.Domain.Codes.OrganisationCode?)Dinkes, "Dinas Kesehatan", "Kepala Dinas Kesehatan"),
                ("PK-2023-DISDIK", Disdik, "Dinas Pendidikan", "Kepala Dinas Pendidikan"),
                ("PK-2023-BUPATI", null, "Kabupaten Contoh", "Bupati"),
            ],
            report.Agreements.Select(a => (a.PerjanjianKinerjaId, a.Agency, a.Name, a.Position)));

        // An agency's sasaran from its Renstra, the head of region's from the RPJMD.
        Assert.Equal(
            [
                ["DS1 Menurunnya kematian bayi"],
                ["PS1 Meningkatnya partisipasi sekolah dasar"],
                ["S1.1 Menurunnya angka kematian bayi", "S2.1 Meningkatnya partisipasi pendidikan dasar"],
            ],
            report.Agreements.Select(a => a.Sasaran.Select(s => $"{s.SasaranId} {s.Sasaran}").ToArray()));
    }

    [Fact]
    public void Rows_OfAnIndicator_CarryItsDefinitionAndTheAgreementsTarget()
    {
        var document = With(b => b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = 10m }) }));

        var row = Row(Measurement.Measure(document, PkYear).GetValueOrThrow(), "PK-2023-DINKES", "DINKES-SS1");

        Assert.Equal(("DINKES-SS1", "Angka kematian bayi (Dinkes)", "per 1.000 KH", Polarity.Negative, Target.Point(10m)), (row.IndicatorId, row.Name, row.Unit, row.Polarity, row.Target));
    }

    [Fact]
    public void Realisation_Annual_MeasuresTheWholeYear()
    {
        var document = WithRealisations(
            Annual("DINKES-SS1", PkYear - 1, 11m), // another year
            Annual("DINKES-SS1", PkYear, 10m),
            Annual("DINKES-P1", PkYear, 9m)); // another indicator

        Assert.Equal(Calculator.Calculate(DinkesTarget, 10m, Polarity.Negative), Result(document));
    }

    [Fact]
    public void Realisation_NoneReported_IsNotReported_NeverZero()
    {
        var result = Result(WithRealisations(Annual("DINKES-SS1", PkYear - 1, 11m)));

        Assert.Equal(Calculator.Calculate(DinkesTarget, null, Polarity.Negative), result);
        Assert.Equal(AchievementStatus.NotReported, result.Status);
    }

    [Fact]
    public void Realisation_TheAgencysOwn_ComesBeforeTheRegionWide()
    {
        var document = WithRealisations(
            Annual("DINKES-SS1", PkYear, 9.8m),
            Annual("DINKES-SS1", PkYear, 10.1m) with { Agency = Dinkes },
            Annual("IKU-AKB", PkYear, 9.9m),
            Annual("IKU-AKB", PkYear, 10.3m) with { Agency = Dinkes });
        var report = Measurement.Measure(document, PkYear).GetValueOrThrow();

        Assert.Equal(Calculator.Calculate(DinkesTarget, 10.1m, Polarity.Negative), Row(report, "PK-2023-DINKES", "DINKES-SS1").Result);
        // The Bupati's agreement has no agency: it takes the region-wide figure, never an agency's.
        Assert.Equal(Calculator.Calculate(Target.Point(10.5m), 9.9m, Polarity.Negative), Row(report, "PK-2023-BUPATI", "IKU-AKB").Result);
    }

    [Fact]
    public void Realisation_OnlyRegionWide_MeasuresTheAgencysTarget() =>
        Assert.Equal(Calculator.Calculate(DinkesTarget, 9.8m, Polarity.Negative), Result(WithRealisations(Annual("DINKES-SS1", PkYear, 9.8m))));

    [Fact]
    public void Realisation_OfAnotherAgencyOnly_IsNotReported() =>
        Assert.Equal(AchievementStatus.NotReported, Result(WithRealisations(Annual("DINKES-SS1", PkYear, 9.8m) with { Agency = Disdik })).Status);

    [Fact]
    public void Realisation_AsOfAQuarter_IgnoresTheAnnualFigure_AndMeasuresThePeriodsAgainstTheAnnualTarget()
    {
        // No Rencana Aksi: the quarters up to the as-of period, accumulated, against the annual target. Q3 is after
        // the as-of period and the annual figure is not a period figure.
        var asOf = ReportingPeriod.OfQuarter(PkYear, 2);
        var document = WithRealisations(Quarter("DINKES-SS1", 1, 11m), Quarter("DINKES-SS1", 2, 10.6m), Quarter("DINKES-SS1", 3, 1m), Annual("DINKES-SS1", PkYear, 10m));

        var expected = Calculator.CalculateAgainstAnnualTarget(Plan(DinkesTarget, (1, null, 11m), (2, null, 10.6m)), asOf);

        Assert.Equal(expected, Result(document, asOf));
        Assert.Equal(10.6m, Row(Measurement.Measure(document, PkYear, asOf).GetValueOrThrow(), "PK-2023-DINKES", "DINKES-SS1").Realisation?.Value);
    }

    [Fact]
    public void Realisation_WholeYearWithoutAnAnnualFigure_AccumulatesThePeriods()
    {
        var asOf = ReportingPeriod.OfYear(PkYear);
        var document = WithRealisations(Quarter("DINKES-SS1", 1, 11m), Quarter("DINKES-SS1", 2, 10.6m), Quarter("DINKES-SS1", 3, 10.5m), Quarter("DINKES-SS1", 4, 10.2m));

        var expected = Calculator.CalculateAgainstAnnualTarget(Plan(DinkesTarget, (1, null, 11m), (2, null, 10.6m), (3, null, 10.5m), (4, null, 10.2m)), asOf);

        Assert.Equal(expected, Result(document));
        Assert.Equal(AchievementStatus.Achieved, expected.Status);
    }

    [Fact]
    public void Realisation_WholeYearWithAPlanAndPeriodsOnly_IsMeasuredAgainstTheAnnualTarget()
    {
        // At the year's end the Rencana Aksi's quarterly targets no longer decide: the year is measured against its
        // annual target from the accumulated quarters.
        var asOf = ReportingPeriod.OfYear(PkYear);
        var document = WithPlan(Quarter("DINKES-SS1", 1, 11m), Quarter("DINKES-SS1", 2, 10.6m), Quarter("DINKES-SS1", 3, 10.5m), Quarter("DINKES-SS1", 4, 10.2m));

        var expected = Calculator.CalculateAgainstAnnualTarget(Plan(DinkesTarget, (1, null, 11m), (2, null, 10.6m), (3, null, 10.5m), (4, null, 10.2m)), asOf);

        Assert.Equal(expected, Result(document));
    }

    [Fact]
    public void Realisation_WholeYearWithAPlanAndNothingReported_IsNotReported() =>
        Assert.Equal(Calculator.Calculate(DinkesTarget, null, Polarity.Negative), Result(WithPlan()));

    [Fact]
    public void Realisation_AsOfAQuarterWithAPlan_IsMeasuredYearToDateAgainstThePlansPeriodTargets()
    {
        var asOf = ReportingPeriod.OfQuarter(PkYear, 2);
        var document = WithPlan(Quarter("DINKES-SS1", 2, 10.6m), Quarter("DINKES-SS1", 1, 11m), Quarter("DINKES-SS1", 3, 1m));

        // Every period target of the plan, each with the realisation of its own period (Q3's is after the as-of).
        var expected = Calculator.CalculateYearToDate(Plan(DinkesTarget, (1, 11.2m, 11m), (2, 11m, 10.6m), (3, 10.7m, null), (4, 10.4m, null)), asOf);

        Assert.Equal(expected, Result(document, asOf));
        Assert.Equal(AchievementStatus.Achieved, expected.Status);
    }

    [Fact]
    public void Realisation_AsOfAQuarterWithAPlanAndNothingReported_IsTheYearToDateVerdict()
    {
        var asOf = ReportingPeriod.OfQuarter(PkYear, 1);

        var expected = Calculator.CalculateYearToDate(Plan(DinkesTarget, (1, 11.2m, null), (2, 11m, null), (3, 10.7m, null), (4, 10.4m, null)), asOf);

        Assert.Equal(expected, Result(WithPlan(), asOf));
    }

    [Fact]
    public void Realisation_AsOfAQuarterWithoutPlanOrPeriods_IsNotReported() =>
        Assert.Equal(Calculator.Calculate(DinkesTarget, null, Polarity.Negative), Result(WithRealisations(Annual("DINKES-SS1", PkYear, 10m)), ReportingPeriod.OfQuarter(PkYear, 4)));

    [Fact]
    public void Realisation_APlanOfAnotherIndicatorOfTheAgreement_IsNotTheTargetsPlan()
    {
        // The Bupati's Rencana Aksi for IKU-APM: IKU-APM is measured year to date against it, IKU-AKB (no plan of its
        // own) against its annual target.
        var asOf = ReportingPeriod.OfQuarter(PkYear, 1);
        var document = With(b =>
        {
            b.RencanaAksi.Add(new RencanaAksi("PK-2023-BUPATI", "IKU-APM") { Targets = [new PeriodTarget(asOf, Target.Point(95m))] });
            b.Realisations.Add(new IndicatorRealisation("IKU-APM", asOf, 96m));
            b.Realisations.Add(new IndicatorRealisation("IKU-AKB", asOf, 10m));
        });
        var report = Measurement.Measure(document, PkYear, asOf).GetValueOrThrow();

        var apm = new RencanaAksiInput(PkYear, Target.Point(96.5m), Polarity.Positive, AccumulationType.LastValue, [new PeriodValue(asOf, Target.Point(95m), new Measure(96m))]);
        var akb = new RencanaAksiInput(PkYear, Target.Point(10.5m), Polarity.Negative, AccumulationType.LastValue, [new PeriodValue(asOf, null, new Measure(10m))]);
        Assert.Equal(Calculator.CalculateYearToDate(apm, asOf), Row(report, "PK-2023-BUPATI", "IKU-APM").Result);
        Assert.Equal(Calculator.CalculateAgainstAnnualTarget(akb, asOf), Row(report, "PK-2023-BUPATI", "IKU-AKB").Result);
    }

    [Fact]
    public void Realisation_APlanOfAnotherAgreementOnTheSameIndicator_IsNotTheTargetsPlan()
    {
        // A second Dinkes agreement for the year with a Rencana Aksi on DINKES-SS1: the first agreement's target has
        // no plan and is measured against its annual target.
        var asOf = ReportingPeriod.OfQuarter(PkYear, 1);
        var document = With(b =>
        {
            b.PerjanjianKinerja.Add(b.PerjanjianKinerja[0] with { Id = "PK-2023-DINKES-B" });
            b.RencanaAksi.Add(QuarterlyPlan("PK-2023-DINKES-B", "DINKES-SS1"));
            b.Realisations.Add(Quarter("DINKES-SS1", 1, 11m));
        });

        Assert.Equal(Calculator.CalculateAgainstAnnualTarget(Plan(DinkesTarget, (1, null, 11m)), asOf), Result(document, asOf));
    }

    [Fact]
    public void Sasaran_CombinesItsRows()
    {
        var document = WithRealisations(Annual("IKU-AKB", PkYear, 10m), Annual("IKU-APM", PkYear, 96m));
        var report = Measurement.Measure(document, PkYear).GetValueOrThrow();
        var bupati = report.Agreements.Single(a => a.PerjanjianKinerjaId == "PK-2023-BUPATI");
        var aggregator = new Sakip.Domain.Aggregation.AchievementAggregator(RuleSets.Default);

        foreach (var sasaran in bupati.Sasaran)
        {
            Assert.Equal(aggregator.Aggregate(sasaran.Indicators.Select(r => new Sakip.Domain.Aggregation.AggregationItem(r.IndicatorId, r.Result))), sasaran.Aggregate);
            Assert.True(sasaran.Aggregate.AsValue is not null);
        }
    }

    [Fact]
    public void Report_WholeYear_IsApproved()
    {
        var document = WithRealisations(
            Annual("DINKES-SS1", PkYear, 10.1m) with { Agency = Dinkes },
            Annual("DISDIK-SS1", PkYear, 97m),
            Annual("IKU-AKB", PkYear, 10m));

        Approved.Check(Render(Measurement.Measure(document, PkYear).GetValueOrThrow()));
    }

    [Fact]
    public void Report_ToDump_ShowsTheRuleSetAndEveryRow()
    {
        var report = Measurement.Measure(WithRealisations(Annual("DINKES-SS1", PkYear, 10.1m)), PkYear).GetValueOrThrow();
        var dump = typeof(MeasurementReport).GetMethod("ToDump", BindingFlags.Instance | BindingFlags.NonPublic)!.Invoke(report, null)!;

        Assert.Equal($"{RuleSets.Default.Id} v{RuleSets.Default.Version}", dump.GetType().GetProperty("RuleSet")!.GetValue(dump));
    }

    private static SakipDocument WithRealisations(params IndicatorRealisation[] realisations) => With(b => b.Realisations.AddRange(realisations));

    // Dinkes's Rencana Aksi for DINKES-SS1: quarterly targets 11.2, 11, 10.7, 10.4.
    private static SakipDocument WithPlan(params IndicatorRealisation[] realisations) => With(b =>
    {
        b.RencanaAksi.Add(QuarterlyPlan("PK-2023-DINKES", "DINKES-SS1"));
        b.Realisations.AddRange(realisations);
    });

    private static RencanaAksi QuarterlyPlan(string agreement, string indicator) => new(agreement, indicator)
    {
        Targets = [.. new[] { 11.2m, 11m, 10.7m, 10.4m }.Select((t, i) => new PeriodTarget(ReportingPeriod.OfQuarter(PkYear, i + 1), Target.Point(t)))],
    };

    private static IndicatorRealisation Annual(string indicator, int year, decimal value) => new(indicator, ReportingPeriod.OfYear(year), value);

    private static IndicatorRealisation Quarter(string indicator, int quarter, decimal value) => new(indicator, ReportingPeriod.OfQuarter(PkYear, quarter), value);

    private static RencanaAksiInput Plan(Target annual, params (int Quarter, decimal? Target, decimal? Realisation)[] periods) =>
        new(PkYear, annual, Polarity.Negative, AccumulationType.LastValue,
            [.. periods.Select(p => new PeriodValue(ReportingPeriod.OfQuarter(PkYear, p.Quarter), p.Target is { } t ? Target.Point(t) : null, p.Realisation is { } r ? new Measure(r) : null))]);

    private static AchievementResult Result(SakipDocument document, ReportingPeriod? asOf = null) =>
        Row(Measurement.Measure(document, PkYear, asOf).GetValueOrThrow(), "PK-2023-DINKES", "DINKES-SS1").Result;

    private static IndicatorMeasurement Row(MeasurementReport report, string agreement, string indicator) =>
        report.Agreements.Single(a => a.PerjanjianKinerjaId == agreement).Sasaran.SelectMany(s => s.Indicators).Single(r => r.IndicatorId == indicator);

    private static string Render(MeasurementReport report)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{report.Year} as of {report.AsOf}, {report.RuleSetId} v{report.RuleSetVersion}\n");
        foreach (var agreement in report.Agreements)
        {
            text.Append(CultureInfo.InvariantCulture, $"{agreement.PerjanjianKinerjaId} | {agreement.Agency?.ToString() ?? "-"} | {agreement.Name} | {agreement.Position}\n");
            foreach (var sasaran in agreement.Sasaran)
            {
                text.Append(CultureInfo.InvariantCulture, $"  {sasaran.SasaranId} | {sasaran.Sasaran} | {sasaran.Aggregate.AsValue?.Presented.ToString() ?? sasaran.Aggregate.AsNotAvailable?.Reason.Code}\n");
                foreach (var row in sasaran.Indicators)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {row.IndicatorId} | {row.Name} | {row.Unit} | {row.Polarity} | {row.Target} | {row.Realisation?.ToString() ?? "-"} | {row.Result.Status} | {row.Result.Presented?.ToString() ?? row.Result.Reason?.Code}\n");
                }
            }
        }

        return text.ToString();
    }
}
