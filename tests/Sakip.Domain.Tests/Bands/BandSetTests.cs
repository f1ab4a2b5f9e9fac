using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Bands;

public class BandSetTests
{
    [Theory]
    [InlineData("250", 1, "Sangat Tinggi")]
    [InlineData("100", 1, "Sangat Tinggi")]
    [InlineData("90.01", 1, "Sangat Tinggi")]
    [InlineData("90.0001", 1, "Sangat Tinggi")]
    [InlineData("90", 2, "Tinggi")]
    [InlineData("75.01", 2, "Tinggi")]
    [InlineData("75", 3, "Sedang")]
    [InlineData("65.01", 3, "Sedang")]
    [InlineData("65", 4, "Rendah")]
    [InlineData("50.01", 4, "Rendah")]
    [InlineData("50", 5, "Sangat Rendah")]
    [InlineData("0", 5, "Sangat Rendah")]
    [InlineData("-35.5", 5, "Sangat Rendah")]
    public void Classify_Kemendagri5_EveryEdgeIsExclusiveBelow(string capaian, int rank, string label)
    {
        var band = BandSets.Kemendagri5.Classify(TestCalc.D(capaian));

        Assert.Equal(rank, band.Rank);
        Assert.Equal(label, band.Label.Indonesian);
        Assert.Equal(label, band.ToString());
    }

    [Theory]
    [InlineData("120", 1, "Memuaskan")]
    [InlineData("85.01", 1, "Memuaskan")]
    [InlineData("85", 2, "Sangat Baik")]
    [InlineData("75.01", 2, "Sangat Baik")]
    [InlineData("75", 3, "Baik")]
    [InlineData("65.01", 3, "Baik")]
    [InlineData("65", 4, "Cukup Baik")]
    [InlineData("50.01", 4, "Cukup Baik")]
    [InlineData("50", 5, "Agak Kurang")]
    [InlineData("30.01", 5, "Agak Kurang")]
    [InlineData("30", 6, "Kurang")]
    [InlineData("-5", 6, "Kurang")]
    public void Classify_Lkjip6_EveryEdgeIsExclusiveBelow(string capaian, int rank, string label)
    {
        var band = BandSets.Lkjip6.Classify(TestCalc.D(capaian));

        Assert.Equal(rank, band.Rank);
        Assert.Equal(label, band.Label.Indonesian);
    }

    [Fact]
    public void Kemendagri5_Labels_HaveVariantsAndEnglish()
    {
        var top = BandSets.Kemendagri5.Bands[0];

        Assert.Equal("Sangat Baik", top.LabelVariant);
        Assert.Equal("Very high", top.Label.English);
        Assert.Equal(EdgeSemantics.LowerExclusive, BandSets.Kemendagri5.Edges);
        Assert.Equal("kemendagri-5 v1", BandSets.Kemendagri5.ToString());
        Assert.Equal(5, BandSets.Kemendagri5.Bands.Count);
        Assert.Equal(6, BandSets.Lkjip6.Bands.Count);
    }

    [Theory]
    [InlineData("90.004", BandBasis.PresentedValue, "Tinggi")]
    [InlineData("90.004", BandBasis.ExactValue, "Sangat Tinggi")]
    [InlineData("90.005", BandBasis.PresentedValue, "Sangat Tinggi")]
    [InlineData("90.005", BandBasis.ExactValue, "Sangat Tinggi")]
    [InlineData("75.001", BandBasis.PresentedValue, "Sedang")]
    [InlineData("75.001", BandBasis.ExactValue, "Tinggi")]
    public void Calculate_BandBasis_DecidesWhichValueIsClassified(string realisation, BandBasis basis, string label)
    {
        var rules = RuleSets.Default with { Id = "basis", BandBasis = basis };

        var result = new AchievementCalculator(rules).Calculate(100m, TestCalc.D(realisation));

        Assert.Equal(label, result.Band!.Label.Indonesian);
        Assert.Equal(label, result.Explanation.BandLabel!.Indonesian);
    }

    [Fact]
    public void Calculate_PresentedBasis_NeverShowsPrinted90AsAbove90()
    {
        var result = AchievementCalculator.Default.Calculate(100m, 90.004m);

        Assert.Equal(90.00m, result.Presented!.Value.Value);
        Assert.Equal("Tinggi", result.Band!.Label.Indonesian);
    }

    [Fact]
    public void Calculate_TruncatingRules_BandsTruncatedValue()
    {
        var rules = RuleSets.Default with { Id = "trunc", Rounding = RoundingRule.TwoDecimalsTruncate };

        Assert.Equal("Tinggi", new AchievementCalculator(rules).Calculate(100m, 90.009m).Band!.Label.Indonesian);
    }

    [Fact]
    public void Calculate_Lkjip6Rules_UsesThatScale()
    {
        var rules = RuleSets.Default with { Id = "six", Bands = BandSets.Lkjip6 };

        Assert.Equal("Memuaskan", new AchievementCalculator(rules).Calculate(100m, 86m).Band!.Label.Indonesian);
    }

    [Fact]
    public void Classify_LowerInclusiveSet_EdgeBelongsToBand()
    {
        var set = BandSet.Create("pass", 1, "Lulus", "test", EdgeSemantics.LowerInclusive, [
            new Band(1, 90m, new("Pass", "Lulus"), null),
            new Band(2, null, new("Fail", "Gagal"), null),
        ]);

        Assert.Equal(1, set.Classify(90m).Rank);
        Assert.Equal(2, set.Classify(89.99m).Rank);
    }

    [Fact]
    public void Create_SingleBand_ClassifiesEverything()
    {
        var set = BandSet.Create("one", 1, "Satu", "", EdgeSemantics.LowerExclusive, [new Band(1, null, new("All", "Semua"), null)]);

        Assert.Equal(1, set.Classify(-1000m).Rank);
        Assert.Equal(1, set.Classify(1000m).Rank);
    }

    public static TheoryData<Band[]> BadBandLists => new()
    {
        Array.Empty<Band>(),
        new[] { new Band(1, 50m, new("A", "A"), null) },
        new[] { new Band(1, 50m, new("A", "A"), null), new Band(3, null, new("B", "B"), null) },
        new[] { new Band(1, null, new("A", "A"), null), new Band(2, null, new("B", "B"), null) },
        new[] { new Band(1, 50m, new("A", "A"), null), new Band(2, 60m, new("B", "B"), null), new Band(3, null, new("C", "C"), null) },
        new[] { new Band(1, 50m, new("A", "A"), null), new Band(2, 50m, new("B", "B"), null), new Band(3, null, new("C", "C"), null) },
    };

    [Theory]
    [MemberData(nameof(BadBandLists))]
    public void Create_InconsistentBands_Throws(Band[] bands)
    {
        Assert.ThrowsAny<ArgumentException>(() => BandSet.Create("bad", 1, "Bad", "test", EdgeSemantics.LowerExclusive, bands));
    }

    [Fact]
    public void Create_BadHeader_Throws()
    {
        Band[] bands = [new Band(1, null, new("A", "A"), null)];

        Assert.ThrowsAny<ArgumentException>(() => BandSet.Create(" ", 1, "n", "b", EdgeSemantics.LowerExclusive, bands));
        Assert.ThrowsAny<ArgumentException>(() => BandSet.Create("id", 0, "n", "b", EdgeSemantics.LowerExclusive, bands));
        Assert.ThrowsAny<ArgumentException>(() => BandSet.Create("id", 1, "", "b", EdgeSemantics.LowerExclusive, bands));
        Assert.ThrowsAny<ArgumentException>(() => BandSet.Create("id", 1, "n", null!, EdgeSemantics.LowerExclusive, bands));
        Assert.ThrowsAny<ArgumentException>(() => BandSet.Create("id", 1, "n", "b", (EdgeSemantics)5, bands));
        Assert.ThrowsAny<ArgumentException>(() => BandSet.Create("id", 1, "n", "b", EdgeSemantics.LowerExclusive, null!));
    }

    [Fact]
    public void Find_Id_IsCaseInsensitive()
    {
        Assert.Same(BandSets.Lkjip6, BandSets.Get("LKJIP-6"));
        Assert.True(BandSets.TryGet("kemendagri-5", out var kemendagri));
        Assert.Same(BandSets.Kemendagri5, kemendagri);
        Assert.False(BandSets.TryGet("none", out _));
        Assert.Throws<KeyNotFoundException>(() => BandSets.Get("none"));
        Assert.Equal(2, BandSets.All.Count);
    }
}
