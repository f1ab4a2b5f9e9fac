using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Review.ReviewFixtures;

namespace Sakip.Domain.Tests.Review;

public class ReviewCoverageTests
{
    [Fact]
    public void Of_CleanFixture_EverythingCovered()
    {
        var coverage = AlignmentReview.Default.Run(Clean()).Coverage;

        Assert.Equal(new CoverageShare(2, 2), coverage.RpjmdSasaranSupported);
        Assert.Equal(new CoverageShare(2, 2), coverage.AgencySasaranAligned);
        Assert.Equal(new Percentage(100m), coverage.RpjmdSasaranSupported.Percent);
        var budget = coverage.BudgetTiedToOutcome;
        Assert.Equal(2_400_000_000m, budget.Denominator);
        Assert.Equal(budget.Denominator, budget.Numerator);
    }

    [Fact]
    public void Of_OneSupportLinkRemoved_HalvesBothAlignmentShares()
    {
        var document = With(b => b.Renstra(1, r => r with { Sasaran = r.Sasaran.Replace(0, s => s with { SupportsRpjmdSasaran = [] }) }));

        var coverage = ReviewCoverage.Of(document);

        Assert.Equal(new CoverageShare(1, 2), coverage.RpjmdSasaranSupported);
        Assert.Equal(new CoverageShare(1, 2), coverage.AgencySasaranAligned);
        Assert.Equal(new Percentage(50m), coverage.AgencySasaranAligned.Percent);
    }

    [Fact]
    public void Of_ProgramWithoutOutcomeIndicatorAndSasaranWithoutOutcome_LeavesItsBudgetUntied()
    {
        var document = With(b =>
        {
            b.Indicator("DISDIK-P1", d => d with { Type = IndicatorType.Output });
            b.Indicator("DISDIK-SS1", d => d with { Type = IndicatorType.Impact });
        });

        var budget = ReviewCoverage.Of(document).BudgetTiedToOutcome;

        Assert.Equal(new CoverageShare(900_000_000m, 2_400_000_000m), budget);
        Assert.Equal(new Percentage(37.5m), budget.Percent);
    }

    [Fact]
    public void Of_ProgramWithoutOutcomeButServingOutcomeSasaran_IsTied()
    {
        var document = With(b => b.Indicator("DISDIK-P1", d => d with { Type = IndicatorType.Output }));

        var budget = ReviewCoverage.Of(document).BudgetTiedToOutcome;

        Assert.Equal(budget.Denominator, budget.Numerator);
    }

    [Fact]
    public void Of_NoRpjmdAndNoBudget_SharesAreNotApplicableNotZero()
    {
        var builder = new SakipDocumentBuilder { Region = new Region("33.99", "Kabupaten Contoh", RegionKind.Regency) };

        var coverage = ReviewCoverage.Of(builder.Build().GetValueOrThrow());

        Assert.All(
            [coverage.RpjmdSasaranSupported, coverage.AgencySasaranAligned, coverage.BudgetTiedToOutcome],
            share =>
            {
                Assert.False(share.IsApplicable);
                Assert.Null(share.Percent);
                Assert.Equal("n/a (0/0)", share.ToString());
            });
    }

    [Fact]
    public void CoverageShare_Default_IsNotApplicable()
    {
        Assert.Null(default(CoverageShare).Percent);
        Assert.False(default(CoverageShare).IsApplicable);
    }

    [Fact]
    public void CoverageShare_PartAboveWholeOrNegative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageShare(3, 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageShare(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CoverageShare(-1, 2));
    }

    [Fact]
    public void CoverageShare_ToString_ShowsPercentAndParts()
    {
        Assert.Equal("66.67 % (2/3)", new CoverageShare(2, 3).ToString());
    }
}
