using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Aggregation;

/// <summary>A user's own <see cref="IRollUpStrategy"/> aggregates a sasaran as the built-ins do.</summary>
public class CustomStrategyTests
{
    private static AggregationItem Item(string key, decimal target, decimal? realisation, decimal weight = 1m) =>
        new(key, AchievementCalculator.Default.Calculate(target, realisation)) { Weight = weight };

    [Fact]
    public void Aggregate_UserStrategy_CombinesTheItems()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 100m, 80m), Item("b", 100m, 60m), Item("c", 100m, 120m)], Best.Instance);

        var value = result.AsValue!;
        Assert.Equal(120m, value.Value.Value);
        Assert.Same(Best.Instance, value.Strategy);
        Assert.Contains("best", result.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_UserStrategyInTheRuleSet_IsTheDefault()
    {
        var rules = RuleSets.Default with { Id = "best", Aggregation = Best.Instance };

        var result = new AchievementAggregator(rules).Aggregate([Item("a", 100m, 80m), Item("b", 100m, 60m)]);

        Assert.Equal(80m, result.AsValue!.Value.Value);
        Assert.Same(Best.Instance, result.AsValue!.Strategy);
    }

    [Fact]
    public void Aggregate_UserStrategy_GetsValuesWeightsAndAmountsAsTheTreeFormsThem()
    {
        var recorder = new Recorder();

        var result = AchievementAggregator.Default.Aggregate(
            [Item("a", 200m, 50m, 2m), Item("b", 10m, null, 3m), new AggregationItem("c", AchievementCalculator.Default.Calculate(32m, 4.88m, Polarity.Negative))],
            recorder,
            MissingItemPolicy.CountAsZero);

        Assert.Equal(3m, result.AsValue!.Value.Value);
        Assert.Equal(new RollUpItem(25m, 2m, 50m, 200m), recorder.Items[0]);
        Assert.Equal(new RollUpItem(0m, 3m, 0m, 0m), recorder.Items[1]);
        Assert.Equal((1m, 0m, 0m), (recorder.Items[2].Weight, recorder.Items[2].Numerator, recorder.Items[2].Denominator));
        Assert.Equal(new[] { 2m, 3m, 1m }, result.AsValue!.Included.Select(i => i.Weight));
    }

    [Fact]
    public void Aggregate_UserStrategyGivingNoFigure_IsNotAvailable()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 100m, 80m)], Nothing.Instance);

        Assert.Equal("no-figure", result.AsNotAvailable!.Reason.Code);
    }

    [Fact]
    public void Aggregate_UserStrategyWithNegativeWeight_IsInvalidWithPath()
    {
        var problems = AchievementAggregator.Default.Aggregate([Item("a", 100m, 80m), Item("b", 100m, 90m, -1m)], Best.Instance).AsInvalid!.Problems;

        Assert.Equal("items[1].weight", Assert.Single(problems).Path);
    }

    [Fact]
    public void Combine_UserStrategy_CombinesTheValues()
    {
        Assert.Equal(96.54m, AchievementAggregator.Combine(Best.Instance, new[] { (87.10m, 1m), (96.54m, 1m), (72.52m, 1m) }));
        Assert.Throws<ArgumentException>(() => AchievementAggregator.Combine(Nothing.Instance, new[] { (1m, 1m) }));
        Assert.Throws<ArgumentNullException>(() => AchievementAggregator.Combine(null!, new[] { (1m, 1m) }));
    }

    /// <summary>The best (highest) item.</summary>
    private sealed class Best : IRollUpStrategy
    {
        public static Best Instance { get; } = new();

        public string Id => "best";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items)
        {
            decimal? best = null;
            foreach (var item in items)
            {
                best = best is { } b && b >= item.Value ? b : item.Value;
            }

            return best;
        }
    }

    /// <summary>Never gives a figure.</summary>
    private sealed class Nothing : IRollUpStrategy
    {
        public static Nothing Instance { get; } = new();

        public string Id => "nothing";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items) => null;
    }

    /// <summary>Records the items it is given; gives their count.</summary>
    private sealed class Recorder : IRollUpStrategy
    {
        public List<RollUpItem> Items { get; } = [];

        public string Id => "recorder";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items)
        {
            Items.AddRange(items.ToArray());
            return items.Length;
        }
    }
}
