using Sakip.Domain.Bands;

namespace Sakip.Domain.Tests.Bands;

/// <summary>The built-in band sets exactly as documented (docs/rules.md, "Bands"): every band's edge and its labels in
/// Indonesian (with the variant some reports print) and English, so a changed label or edge is a deliberate change
/// with a new version, never a drift.</summary>
public class BuiltInBandSetTableTests
{
    [Fact]
    public void Kemendagri5_IsTheFiveLevelScale()
    {
        var set = BandSets.Kemendagri5;

        Assert.Equal(("kemendagri-5", 1, "Skala Kemendagri lima tingkat", EdgeSemantics.LowerExclusive), (set.Id, set.Version, set.Name, set.Edges));
        Assert.StartsWith("Permendagri 86/2017", set.Basis, StringComparison.Ordinal);
        Assert.Equal(
            [
                (1, 90m, "Sangat Tinggi", "Sangat Baik", "Very high"),
                (2, 75m, "Tinggi", "Baik", "High"),
                (3, 65m, "Sedang", "Cukup", "Moderate"),
                (4, 50m, "Rendah", "Kurang", "Low"),
                (5, (decimal?)null, "Sangat Rendah", "Sangat Kurang", "Very low"),
            ],
            set.Bands.Select(b => (b.Rank, b.LowerEdge, b.Label.Indonesian, b.LabelVariant, b.Label.English)));
    }

    [Fact]
    public void Lkjip6_IsTheSixLevelScale()
    {
        var set = BandSets.Lkjip6;

        Assert.Equal(("lkjip-6", 1, "Skala enam tingkat (varian LKjIP)", EdgeSemantics.LowerExclusive), (set.Id, set.Version, set.Name, set.Edges));
        Assert.StartsWith("Six-level scale printed in some LKjIPs", set.Basis, StringComparison.Ordinal);
        Assert.Equal(
            [
                (1, 85m, "Memuaskan", (string?)null, "Satisfying"),
                (2, 75m, "Sangat Baik", null, "Very good"),
                (3, 65m, "Baik", null, "Good"),
                (4, 50m, "Cukup Baik", null, "Fairly good"),
                (5, 30m, "Agak Kurang", null, "Somewhat poor"),
                (6, (decimal?)null, "Kurang", null, "Poor"),
            ],
            set.Bands.Select(b => (b.Rank, b.LowerEdge, b.Label.Indonesian, b.LabelVariant, b.Label.English)));
    }

    [Fact]
    public void Create_BadLadder_SaysWhatIsWrong()
    {
        Band B(int rank, decimal? edge) => new(rank, edge, new("L", "L"), null);

        Assert.Contains("ranks must be 1, 2, 3", Assert.Throws<ArgumentException>(() => BandSet.Create("x", 1, "x", "", EdgeSemantics.LowerExclusive, [B(2, 50m), B(1, null)])).Message, StringComparison.Ordinal);
        Assert.Contains("Every band but the last must have a lower edge", Assert.Throws<ArgumentException>(() => BandSet.Create("x", 1, "x", "", EdgeSemantics.LowerExclusive, [B(1, null), B(2, null)])).Message, StringComparison.Ordinal);
        Assert.Contains("Every band but the last must have a lower edge", Assert.Throws<ArgumentException>(() => BandSet.Create("x", 1, "x", "", EdgeSemantics.LowerExclusive, [B(1, 50m), B(2, 20m)])).Message, StringComparison.Ordinal);
        Assert.Contains("Lower edges must strictly decrease", Assert.Throws<ArgumentException>(() => BandSet.Create("x", 1, "x", "", EdgeSemantics.LowerExclusive, [B(1, 50m), B(2, 50m), B(3, null)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => BandSet.Create("x", 1, "x", "", EdgeSemantics.LowerExclusive, []));
    }
}
