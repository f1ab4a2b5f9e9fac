using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Periods;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Periods;

public class AccumulationTests
{
    [Theory]
    [InlineData(AccumulationType.Cumulative, "60")]
    [InlineData(AccumulationType.LastValue, "30")]
    [InlineData(AccumulationType.Average, "20")]
    public void Combine_Values_ByType(AccumulationType type, string expected)
    {
        Assert.Equal(TestCalc.D(expected), Accumulation.Combine(type, new[] { 10m, 20m, 30m }));
    }

    [Fact]
    public void Combine_Average_IsExactMean()
    {
        Assert.Equal(10m / 3m, Accumulation.Combine(AccumulationType.Average, new[] { 1m, 2m, 7m }));
    }

    [Fact]
    public void Combine_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => Accumulation.Combine(AccumulationType.Cumulative, Array.Empty<decimal>()));
        Assert.Throws<ArgumentException>(() => Accumulation.Combine(AccumulationType.Cumulative, Array.Empty<Target>()));
    }

    [Fact]
    public void Combine_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Accumulation.Combine(AccumulationType.Cumulative, new[] { decimal.MaxValue, 1m }));
    }

    [Fact]
    public void Combine_PointTargets_GivesPointTarget()
    {
        var combined = Accumulation.Combine(AccumulationType.Cumulative, new Target[] { 10m, 20m });

        Assert.Equal(Target.Point(30m), combined);
    }

    [Fact]
    public void Combine_AnyRangeTarget_GivesRangeBoundByBound()
    {
        var combined = Accumulation.Combine(AccumulationType.Cumulative, new[] { Target.Point(10m), Target.Range(15m, 25m) });

        Assert.Equal(Target.Range(25m, 35m), combined);
    }

    [Property]
    public Property Combine_SinglePeriod_IsThatValueForEveryType() =>
        Prop.ForAll(Generators.Accumulation.ToArbitrary(), Generators.AnyDecimal.ToArbitrary(), (type, value) =>
            Accumulation.Combine(type, new[] { value }) == value
            && Accumulation.Combine(type, new[] { Target.Point(value) }) == Target.Point(value));

    [Property]
    public Property Combine_SingleRangeTarget_IsThatRangeForEveryType() =>
        Prop.ForAll(Generators.Accumulation.ToArbitrary(), Generators.PositiveAmount.ToArbitrary(), Generators.PositiveAmount.ToArbitrary(), (type, a, b) =>
        {
            var range = Target.Range(Math.Min(a, b), Math.Max(a, b));
            return Accumulation.Combine(type, new[] { range }) == range;
        });

    [Property]
    public Property Combine_Values_FollowTheirDefinitions() =>
        Prop.ForAll(Generators.PositiveAmount.NonEmptyListOf().Select(l => l.ToArray()).ToArbitrary(), values =>
            Accumulation.Combine(AccumulationType.Cumulative, values) == values.Sum()
            && Accumulation.Combine(AccumulationType.LastValue, values) == values[^1]
            && Accumulation.Combine(AccumulationType.Average, values) == values.Sum() / values.Length);
    [Fact]
    public void Combine_EmptyOrNullTargets_ThrowsNamingTargets()
    {
        Assert.Equal("targets", Assert.Throws<ArgumentException>(() => Accumulation.Combine(AccumulationType.Cumulative, Array.Empty<Target>())).ParamName);
        Assert.Equal("targets", Assert.Throws<ArgumentNullException>(() => Accumulation.Combine(AccumulationType.Cumulative, (IReadOnlyList<Target>)null!)).ParamName);
    }
}
