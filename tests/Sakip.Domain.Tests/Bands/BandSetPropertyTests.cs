using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Bands;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Bands;

/// <summary>Band classification never rewards a lower capaian (docs/rules.md, "Bands").</summary>
public class BandSetPropertyTests
{
    private static readonly Gen<BandSet> AnyBandSet = Gen.Elements(BandSets.Kemendagri5, BandSets.Lkjip6);

    /// <summary>Capaian anywhere, with the band edges and their neighbours made frequent.</summary>
    private static readonly Gen<decimal> Capaian = Gen.Frequency(
        (3, Generators.Capaian),
        (2, from edge in Gen.Elements(30m, 50m, 65m, 75m, 85m, 90m)
            from offset in Gen.Choose(-2, 2)
            select edge + (offset / 100m)));

    [Property]
    public Property Classify_HigherCapaian_NeverGetsWorseRank() =>
        Prop.ForAll(AnyBandSet.ToArbitrary(), Capaian.ToArbitrary(), Capaian.ToArbitrary(), (set, a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var lowBand = set.Classify(low);
            var highBand = set.Classify(high);
            return (highBand.Rank <= lowBand.Rank).Label($"{set.Id}: {low} → {lowBand}, {high} → {highBand}");
        });

    [Property]
    public Property Classify_AnyValue_GivesBandOfThatSet() =>
        Prop.ForAll(AnyBandSet.ToArbitrary(), Capaian.ToArbitrary(), (set, c) =>
        {
            var band = set.Classify(c);
            var edgeHolds = band.LowerEdge is not { } edge || c > edge;
            var notHigher = band.Rank == 1 || c <= set.Bands[band.Rank - 2].LowerEdge!.Value;
            return set.Bands.Contains(band) && edgeHolds && notHigher;
        });

    [Property]
    public Property BandOf_BothBases_AreMonotone() =>
        Prop.ForAll(Gen.Elements(BandBasis.PresentedValue, BandBasis.ExactValue).ToArbitrary(), Capaian.ToArbitrary(), Capaian.ToArbitrary(), (basis, a, b) =>
        {
            var rules = RuleSets.Default with { Id = "basis", BandBasis = basis };
            var (low, high) = a <= b ? (a, b) : (b, a);
            return rules.BandOf(high).Rank <= rules.BandOf(low).Rank;
        });
}
