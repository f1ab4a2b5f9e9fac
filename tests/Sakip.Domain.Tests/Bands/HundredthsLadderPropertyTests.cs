using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Bands;

namespace Sakip.Domain.Tests.Bands;

/// <summary><see cref="BandSet.Classify"/> places a value of at most two decimals by comparing whole hundredths
/// (<see cref="HundredthsLadder"/>). It must put every decimal, of any scale, sign and size, on the step the decimal
/// comparison (<see cref="EdgeLadder.Classify"/>) puts it on, whatever the edges and their semantics.</summary>
public class HundredthsLadderPropertyTests
{
    /// <summary>One to five strictly decreasing edges with zero to three decimals, negative ones included.</summary>
    private static readonly Gen<decimal[]> Edges =
        from count in Gen.Choose(1, 5)
        from raw in Gen.ArrayOf(Gen.Choose(-20_000, 20_000), count)
        from scale in Gen.Choose(0, 3)
        select raw.Distinct().OrderDescending().Select(e => new decimal(Math.Abs(e), 0, 0, e < 0, (byte)scale)).ToArray();

    /// <summary>Values near the edges, with every scale, and decimals made from any bits (huge, tiny, negative zero).</summary>
    private static readonly Gen<decimal> Values = Gen.Frequency(
        (4, from v in Gen.Choose(-25_000, 25_000) from scale in Gen.Choose(0, 4) select new decimal(Math.Abs(v), 0, 0, v < 0, (byte)scale)),
        (2, from lo in Gen.Choose(int.MinValue, int.MaxValue)
            from mid in Gen.Elements(0, 0, 1, -1, int.MaxValue, int.MinValue)
            from hi in Gen.Elements(0, 0, 0, 1, -1)
            from negative in Gen.Elements(false, true)
            from scale in Gen.Choose(0, 28)
            select new decimal(lo, mid, hi, negative, (byte)scale)),
        (1, Gen.Elements(decimal.MaxValue, decimal.MinValue, 0m, -0m, 0.00m, -0.00m, 92_233_720_368_547_758.07m, 922_337_203_685_477.58m, -922_337_203_685_477.58m)));

    [Property(MaxTest = 2000)]
    public Property Classify_AnyValue_IsTheDecimalLaddersStep() =>
        Prop.ForAll(
            Edges.ToArbitrary(),
            Gen.Elements(EdgeSemantics.LowerExclusive, EdgeSemantics.LowerInclusive).ToArbitrary(),
            Values.ToArbitrary(),
            (edges, semantics, value) =>
            {
                var steps = edges.Select(e => (decimal?)e).Append(null).ToArray();
                var bands = BandSet.Create("uji", 1, "Uji", "", semantics, steps.Select((e, i) => new Band(i + 1, e, new($"B{i + 1}", $"B{i + 1}"), null)));
                var reference = EdgeLadder.Classify<Band>([.. bands.Bands], static b => b.LowerEdge, semantics, value);

                return (bands.Classify(value) == reference).Label($"{value} on [{string.Join(", ", edges)}] {semantics}: {bands.Classify(value).Rank} vs {reference.Rank}");
            });

    [Theory]
    [InlineData(90.00, 0)]
    [InlineData(90.01, 0)]
    [InlineData(90.001, 0)]
    [InlineData(89.99, 1)]
    [InlineData(-0.01, 2)]
    public void IndexOf_ValuesAtAndAroundAnEdge(decimal value, int expected)
    {
        var ladder = HundredthsLadder.Create([90m, 0m, null], EdgeSemantics.LowerInclusive)!;

        Assert.Equal(value.Scale > 2 ? -1 : expected, ladder.IndexOf(value));
    }

    [Fact]
    public void Create_EdgeWithThreeDecimalsOrTooLarge_IsNoLadder()
    {
        Assert.Null(HundredthsLadder.Create([90.005m, null], EdgeSemantics.LowerInclusive));
        Assert.Null(HundredthsLadder.Create([decimal.MaxValue, null], EdgeSemantics.LowerInclusive));
        Assert.NotNull(HundredthsLadder.Create([90.500m, null], EdgeSemantics.LowerInclusive));
        Assert.Equal(-1, HundredthsLadder.Create([90m, null], EdgeSemantics.LowerExclusive)!.IndexOf(decimal.MaxValue));
        Assert.Equal(1, HundredthsLadder.Create([90m, null], EdgeSemantics.LowerExclusive)!.IndexOf(90m));
        Assert.Equal(0, HundredthsLadder.Create([90m, null], EdgeSemantics.LowerExclusive)!.IndexOf(90.01m));
    }
}
