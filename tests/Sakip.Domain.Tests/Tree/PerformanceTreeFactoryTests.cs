using Sakip.Domain.Achievement;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Tree;

/// <summary>The tree of a document: which years have one, which target each node indicator carries (the agreement's
/// over the plan's), which realisation it is measured by (the agency's own, else the region-wide one; the annual one,
/// else the periods up to the as-of period, accumulated), and which links are direct cascades. On the review's clean
/// region (RPJMD and Renstras 2021–2025, agreements for 2023).</summary>
public class PerformanceTreeFactoryTests
{
    private static readonly string DinkesSasaran = $"{Dinkes}/DS1";
    private static readonly string DinkesSub1 = $"{Dinkes}/{Sakip.Domain.Tests.Review.ReviewFixtures.DinkesSub1}";
    private static readonly string RpjmdSasaran = PerformanceTreeFactory.RegionPrefix + "S1.1";

    [Theory]
    [InlineData(1899, "year-out-of-range")]
    [InlineData(2201, "year-out-of-range")]
    [InlineData(1900, "no-plan-for-year")]
    [InlineData(2200, "no-plan-for-year")]
    [InlineData(2026, "no-plan-for-year")]
    public void FromDocument_YearWithoutATree_IsAProblemOnTheYear(int year, string code)
    {
        var problem = Assert.Single(PerformanceTreeFactory.FromDocument(Clean(), year).Problems);

        Assert.Equal(("year", code), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void FromDocument_YearOfTheRpjmdWithoutAgreement_HasATree() =>
        Assert.True(PerformanceTreeFactory.FromDocument(Clean(), 2021).IsSuccess);

    [Fact]
    public void FromDocument_YearOfARenstraOnly_HasATree()
    {
        var withoutRpjmd = WithoutRpjmd().Build().GetValueOrThrow();
        var shifted = Builder(disdikFirstYear: 2022).Build().GetValueOrThrow(); // Disdik 2022–2026 beyond the RPJMD

        Assert.True(PerformanceTreeFactory.FromDocument(withoutRpjmd, 2022).IsSuccess);
        Assert.True(PerformanceTreeFactory.FromDocument(shifted, 2026).IsSuccess);
    }

    [Fact]
    public void FromDocument_YearOfAnAgreementOnly_HasATree()
    {
        var document = With(b => b.Pk(2, pk => pk with { Year = 2026, Targets = [] }));

        Assert.True(PerformanceTreeFactory.FromDocument(document, 2026).IsSuccess);
    }

    [Fact]
    public void FromDocument_AsOfAnotherYear_IsAProblemOnAsOf()
    {
        var problem = Assert.Single(PerformanceTreeFactory.FromDocument(Clean(), 2023, ReportingPeriod.OfQuarter(2024, 1)).Problems);

        Assert.Equal(("asOf", "as-of-outside-year"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void FromDocument_NullDocument_Throws() =>
        Assert.Throws<ArgumentNullException>(() => PerformanceTreeFactory.FromDocument(null!, 2023));

    [Fact]
    public void Targets_OfTheYearsAgreement_ComeBeforeThePlans()
    {
        // The plan targets DINKES-SS1 at 10.4 in 2023 and 9.9 in 2024; the 2023 agreement says 10, a 2024 one 9.
        var document = With(b =>
        {
            b.Pk(0, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = 10m }) });
            b.PerjanjianKinerja.Add(b.PerjanjianKinerja[0] with { Id = "PK-2024-DINKES", Year = 2024, Targets = [new PkTarget("DS1", "DINKES-SS1", 9m)] });
        });

        Assert.Equal(Target.Point(10m), Indicator(document, DinkesSasaran, 2023).Input.Target);
        Assert.Equal(Target.Point(9m), Indicator(document, DinkesSasaran, 2024).Input.Target);
        Assert.Equal(Target.Point(9.4m), Indicator(document, DinkesSasaran, 2025).Input.Target); // no 2025 agreement
    }

    [Fact]
    public void Targets_OfTheHeadOfRegionsAgreement_AreTheRpjmdNodes()
    {
        // IKU-AKB: RPJMD 10.5 in 2023; the Bupati's agreement says 10.2; Dinkes's agreement does not carry IKU-AKB.
        var document = With(b => b.Pk(2, pk => pk with { Targets = pk.Targets.Replace(0, t => t with { Target = 10.2m }) }));

        Assert.Equal(Target.Point(10.2m), Indicator(document, RpjmdSasaran, 2023).Input.Target);
        Assert.Equal(Target.Point(10.4m), Indicator(document, DinkesSasaran, 2023).Input.Target);
    }

    [Fact]
    public void Realisation_AnnualOfTheYear_MeasuresTheIndicator()
    {
        var document = WithRealisations(
            new IndicatorRealisation("DINKES-SS1", ReportingPeriod.OfYear(2022), 11m),
            new IndicatorRealisation("DINKES-SS1", ReportingPeriod.OfYear(2023), 10m),
            new IndicatorRealisation("DINKES-P1", ReportingPeriod.OfYear(2023), 80m));

        Assert.Equal(10m, Realisation(document, DinkesSasaran));
        Assert.Equal(11m, Realisation(document, DinkesSasaran, 2022));
    }

    [Fact]
    public void Realisation_TheAgencysOwn_ComesBeforeTheRegionWide()
    {
        // IKU-AKB is reported region-wide (9.8) and by Dinkes (10.1); the RPJMD node takes the region-wide one.
        var document = WithRealisations(
            new IndicatorRealisation("DINKES-SS1", ReportingPeriod.OfYear(2023), 9.8m),
            new IndicatorRealisation("DINKES-SS1", ReportingPeriod.OfYear(2023), 10.1m) { Agency = Dinkes },
            new IndicatorRealisation("IKU-AKB", ReportingPeriod.OfYear(2023), 9.9m),
            new IndicatorRealisation("IKU-AKB", ReportingPeriod.OfYear(2023), 10.3m) { Agency = Dinkes });

        Assert.Equal(10.1m, Realisation(document, DinkesSasaran));
        Assert.Equal(9.9m, Realisation(document, RpjmdSasaran));
    }

    [Fact]
    public void Realisation_OnlyRegionWide_MeasuresTheAgencysIndicator()
    {
        var document = WithRealisations(new IndicatorRealisation("DINKES-SS1", ReportingPeriod.OfYear(2023), 9.8m));

        Assert.Equal(9.8m, Realisation(document, DinkesSasaran));
    }

    [Fact]
    public void Realisation_OfAnotherAgencyOnly_IsNotReported()
    {
        var document = WithRealisations(new IndicatorRealisation("DINKES-SS1", ReportingPeriod.OfYear(2023), 9.8m) { Agency = Disdik });

        Assert.Null(Realisation(document, DinkesSasaran));
    }

    [Fact]
    public void Realisation_AsOfAQuarter_AccumulatesThePeriodsUpToItAndIgnoresTheAnnual()
    {
        // DINKES-SK1 is cumulative, DINKES-SS1 a level (last value): Q1 and Q2 count as of Q2, Q3 does not.
        var document = WithRealisations(
            Quarter("DINKES-SK1", 1, 200m),
            Quarter("DINKES-SK1", 2, 250m),
            Quarter("DINKES-SK1", 3, 300m),
            new IndicatorRealisation("DINKES-SK1", ReportingPeriod.OfYear(2023), 1_000m),
            Quarter("DINKES-SS1", 2, 10.9m),
            Quarter("DINKES-SS1", 1, 11.2m),
            Quarter("DINKES-SS1", 3, 10.5m));
        var q2 = ReportingPeriod.OfQuarter(2023, 2);

        Assert.Equal(450m, Realisation(document, DinkesSub1, asOf: q2));
        Assert.Equal(10.9m, Realisation(document, DinkesSasaran, asOf: q2));
        Assert.Equal(1_000m, Realisation(document, DinkesSub1));
    }

    [Fact]
    public void Realisation_CumulativeWithAMissingQuarter_IsNotReported_ALevelTakesTheLatest()
    {
        var document = WithRealisations(Quarter("DINKES-SK1", 2, 250m), Quarter("DINKES-SS1", 2, 10.9m));
        var q2 = ReportingPeriod.OfQuarter(2023, 2);

        Assert.Null(Realisation(document, DinkesSub1, asOf: q2));
        Assert.Equal(10.9m, Realisation(document, DinkesSasaran, asOf: q2));
    }

    [Fact]
    public void Realisation_CumulativeAsOfQ3WithQ3Missing_IsNotReported()
    {
        // Three quarters are due by Q3; two reported are not the cumulative figure.
        var document = WithRealisations(Quarter("DINKES-SK1", 1, 200m), Quarter("DINKES-SK1", 2, 250m));

        Assert.Null(Realisation(document, DinkesSub1, asOf: ReportingPeriod.OfQuarter(2023, 3)));
    }

    [Fact]
    public void Realisation_AllQuartersWithoutAnnual_AccumulatesForTheYear()
    {
        var document = WithRealisations(Quarter("DINKES-SK1", 1, 1m), Quarter("DINKES-SK1", 2, 2m), Quarter("DINKES-SK1", 3, 3m), Quarter("DINKES-SK1", 4, 4m));

        Assert.Equal(10m, Realisation(document, DinkesSub1));
    }

    [Fact]
    public void Realisation_QuartersAndMonthsMixed_IsNotReported()
    {
        var document = WithRealisations(Quarter("DINKES-SS1", 1, 11m), new IndicatorRealisation("DINKES-SS1", ReportingPeriod.OfMonth(2023, 4), 10.8m));

        Assert.Null(Realisation(document, DinkesSasaran, asOf: ReportingPeriod.OfMonth(2023, 4)));
    }

    [Fact]
    public void Realisation_SumBeyondDecimal_IsNotReported()
    {
        var half = decimal.MaxValue / 2m;
        var document = WithRealisations(Quarter("DINKES-SK1", 1, half), Quarter("DINKES-SK1", 2, half), Quarter("DINKES-SK1", 3, half), Quarter("DINKES-SK1", 4, half));

        Assert.Null(Realisation(document, DinkesSub1));
    }

    [Fact]
    public void Links_CascadedFromOneOfTheParentsIndicators_AreDirect()
    {
        // DS1 gets a second indicator; DINKES-SS1 still cascades from S1.1's IKU-AKB, so S1.1 → DS1 stays direct, and
        // each indicator carries what it is cascaded from.
        var document = With(b =>
        {
            b.Indicators.Add(new IndicatorDefinition { Id = "IKU-STUNTING", Name = "Prevalensi stunting", Unit = "%", Type = IndicatorType.Outcome, Polarity = Polarity.Negative });
            b.Rpjmd(r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { Indicators = s.Indicators.Plus(Planned("IKU-STUNTING", FirstYear, 20m, -1m)) }) });
        });
        var tree = PerformanceTreeFactory.FromDocument(document, PkYear).GetValueOrThrow();

        Assert.Equal(CascadeMethod.Direct, Assert.Single(tree.ChildLinks(RpjmdSasaran)).Method);
        Assert.Equal("IKU-AKB", tree[DinkesSasaran].Indicators[0].CascadedFrom);
        Assert.Equal(CascadeMethod.Indirect, Assert.Single(tree.ChildLinks(DinkesSasaran)).Method); // DINKES-P1 names no parent
    }

    private static SakipDocument WithRealisations(params IndicatorRealisation[] realisations) => With(b => b.Realisations.AddRange(realisations));

    private static IndicatorRealisation Quarter(string indicator, int quarter, decimal value) => new(indicator, ReportingPeriod.OfQuarter(PkYear, quarter), value);

    private static NodeIndicator Indicator(SakipDocument document, string node, int year) =>
        PerformanceTreeFactory.FromDocument(document, year).GetValueOrThrow()[node].Indicators[0];

    private static decimal? Realisation(SakipDocument document, string node, int year = PkYear, ReportingPeriod? asOf = null) =>
        PerformanceTreeFactory.FromDocument(document, year, asOf).GetValueOrThrow()[node].Indicators[0].Input.Realisation?.Value;
}
