using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Rules;
using Sakip.Domain.Tests.Achievement;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Aggregation;

public class AchievementAggregatorTests
{
    private static AchievementResult Achieved(decimal capaian) => AchievementCalculator.Default.Calculate(100m, capaian);

    private static AggregationItem Item(string key, decimal capaian, decimal weight = 1m) => new(key, Achieved(capaian)) { Weight = weight };

    private static AggregationItem Missing(string key) => new(key, AchievementCalculator.Default.Calculate(100m, null));

    private static AggregationItem NotMeasurable(string key) => new(key, AchievementCalculator.Default.Calculate(0m, 5m));

    [Fact]
    public void Aggregate_ThreeIndicatorSasaran_IsMean85Point3867PrintedTruncated85Point38()
    {
        var rules = RuleSets.Default with { Id = "truncate", Rounding = RoundingRule.TwoDecimalsTruncate };
        var items = new[] { Item("AKI", 87.10m), Item("AKB", 96.54m), Item("gizi", 72.52m) };

        var result = new AchievementAggregator(rules).Aggregate(items);

        var value = result.AsValue!;
        Assert.Equal(256.16m / 3m, value.Value.Value);
        Assert.Equal(85.3867m, Math.Round(value.Value.Value, 4));
        Assert.Equal(85.38m, value.Presented.Value);
        Assert.Equal(RollUpStrategies.Mean, value.Strategy);
        Assert.Equal("Tinggi", value.Band.Label.Indonesian);
        Assert.Equal(85.39m, AchievementAggregator.Default.Aggregate(items).AsValue!.Presented.Value);
    }

    [Fact]
    public void Combine_ThreeIndicatorMean_Is85Point3867()
    {
        var mean = AchievementAggregator.Combine(RollUpStrategies.Mean, new[] { (87.10m, 1m), (96.54m, 1m), (72.52m, 1m) });

        Assert.Equal(85.38m, RoundingRule.TwoDecimalsTruncate.Apply(mean));
        Assert.Equal(85.3867m, Math.Round(mean, 4));
    }

    [Fact]
    public void Aggregate_SkipPolicy_LeavesOutMissingAndListsThem()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m), Missing("b"), Item("c", 100m), NotMeasurable("d")]);

        var value = result.AsValue!;
        Assert.Equal(90m, value.Value.Value);
        Assert.Equal(MissingItemPolicy.Skip, value.Policy);
        Assert.Equal(new[] { "a", "c" }, value.Included.Select(i => i.Key));
        Assert.Equal(
            new[] { new ExcludedItem("b", AchievementStatus.NotReported), new ExcludedItem("d", AchievementStatus.NotMeasurable) },
            value.Excluded);
        Assert.Equal(90m, result.Percent!.Value.Value);
    }

    [Fact]
    public void Aggregate_IncompletePolicyWithMissing_IsNotAvailableNamingThem()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m), Missing("b")], policy: MissingItemPolicy.MarkIncomplete);

        var notAvailable = result.AsNotAvailable!;
        Assert.Equal("incomplete", notAvailable.Reason.Code);
        Assert.Equal("b", Assert.Single(notAvailable.Excluded).Key);
        Assert.Null(result.Percent);
    }

    [Fact]
    public void Aggregate_IncompletePolicyAllPresent_IsValue()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m), Item("b", 90m)], policy: MissingItemPolicy.MarkIncomplete);

        Assert.Equal(85m, result.AsValue!.Value.Value);
    }

    [Fact]
    public void Aggregate_CountAsZeroPolicy_CountsMissingAsZero()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m), Missing("b"), Item("c", 100m)], policy: MissingItemPolicy.CountAsZero);

        var value = result.AsValue!;
        Assert.Equal(60m, value.Value.Value);
        Assert.Equal(MissingItemPolicy.CountAsZero, value.Policy);
        Assert.Contains(new AggregateContribution("b", 0m, 1m), value.Included);
        Assert.Equal("b", Assert.Single(value.Excluded).Key);
    }

    [Fact]
    public void Aggregate_NothingAchieved_IsNotAvailable()
    {
        var result = AchievementAggregator.Default.Aggregate([Missing("a"), NotMeasurable("b")]);

        Assert.Equal("nothing-achieved", result.AsNotAvailable!.Reason.Code);
        Assert.Equal(2, result.AsNotAvailable!.Excluded.Count);
    }

    [Fact]
    public void Aggregate_CountAsZeroAllMissing_IsZero()
    {
        var result = AchievementAggregator.Default.Aggregate([Missing("a")], policy: MissingItemPolicy.CountAsZero);

        Assert.Equal(0m, result.AsValue!.Value.Value);
    }

    [Fact]
    public void Aggregate_WeightedMean_UsesWeights()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m, 3m), Item("b", 100m, 1m)], RollUpStrategies.WeightedMean);

        Assert.Equal(85m, result.AsValue!.Value.Value);
        Assert.Equal(new[] { 3m, 1m }, result.AsValue!.Included.Select(i => i.Weight));
    }

    [Fact]
    public void Aggregate_UnweightedMethod_IgnoresWeights()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m, 3m), Item("b", 100m, 1m)]);

        Assert.Equal(90m, result.AsValue!.Value.Value);
        Assert.All(result.AsValue!.Included, i => Assert.Equal(1m, i.Weight));
    }

    [Fact]
    public void Aggregate_Worst_IsLowest()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m), Item("b", 60m), Item("c", 120m)], RollUpStrategies.Worst);

        Assert.Equal(60m, result.AsValue!.Value.Value);
        Assert.Equal("Rendah", result.AsValue!.Band.Label.Indonesian);
    }

    [Fact]
    public void Aggregate_RuleSetDefaultMethod_IsUsed()
    {
        var rules = RuleSets.Default with { Id = "worst", Aggregation = RollUpStrategies.Worst };

        var result = new AchievementAggregator(rules).Aggregate([Item("a", 80m), Item("b", 60m)]);

        Assert.Equal(RollUpStrategies.Worst, result.AsValue!.Strategy);
        Assert.Equal(60m, result.AsValue!.Value.Value);
    }

    [Fact]
    public void Aggregate_RatioOfSums_DividesSumOfRealisationsBySumOfTargets()
    {
        var items = new[]
        {
            new AggregationItem("a", AchievementCalculator.Default.Calculate(100m, 80m)),
            new AggregationItem("b", AchievementCalculator.Default.Calculate(300m, 300m)),
        };

        var result = AchievementAggregator.Default.Aggregate(items, RollUpStrategies.RatioOfSums);

        Assert.Equal(95m, result.AsValue!.Value.Value);
        Assert.Equal(90m, AchievementAggregator.Default.Aggregate(items).AsValue!.Value.Value);
    }

    [Fact]
    public void Aggregate_RatioOfSumsWithMissingItem_SkipsIt()
    {
        var items = new[] { new AggregationItem("a", AchievementCalculator.Default.Calculate(100m, 80m)), Missing("b") };

        var result = AchievementAggregator.Default.Aggregate(items, RollUpStrategies.RatioOfSums);

        Assert.Equal(80m, result.AsValue!.Value.Value);
        Assert.Single(result.AsValue!.Excluded);
    }

    [Fact]
    public void Aggregate_RatioOfSumsOverNegativeOrRangeItems_IsInvalid()
    {
        var items = new[]
        {
            new AggregationItem("a", AchievementCalculator.Default.Calculate(100m, 80m)),
            new AggregationItem("b", AchievementCalculator.Default.Calculate(32m, 4.88m, Polarity.Negative)),
            new AggregationItem("c", AchievementCalculator.Default.Calculate(Sakip.Domain.Values.Target.Range(80m, 90m), 70m)),
        };

        var problems = AchievementAggregator.Default.Aggregate(items, RollUpStrategies.RatioOfSums).AsInvalid!.Problems;

        Assert.Equal(new[] { "items[1]", "items[2]" }, problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal("not-ratio-indicator", p.Reason.Code));
    }

    [Fact]
    public void Aggregate_RatioOfSumsCountingZero_IsInvalidPolicy()
    {
        var problems = AchievementAggregator.Default.Aggregate([Item("a", 80m)], RollUpStrategies.RatioOfSums, MissingItemPolicy.CountAsZero).AsInvalid!.Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("policy", problem.Path);
        Assert.Equal("ratio-count-zero", problem.Reason.Code);
    }

    [Fact]
    public void Aggregate_NegativeWeight_IsInvalidWithPath()
    {
        var problems = AchievementAggregator.Default.Aggregate([Item("a", 80m, 1m), Item("b", 90m, -1m)], RollUpStrategies.WeightedMean).AsInvalid!.Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("items[1].weight", problem.Path);
        Assert.Equal("negative-weight", problem.Reason.Code);
    }

    [Fact]
    public void Aggregate_WeightsSumToZero_IsInvalid()
    {
        var problems = AchievementAggregator.Default.Aggregate([Item("a", 80m, 0m), Item("b", 90m, 0m)], RollUpStrategies.WeightedMean).AsInvalid!.Problems;

        Assert.Equal("weights-zero", Assert.Single(problems).Reason.Code);
    }

    [Fact]
    public void Aggregate_OnlyZeroWeightItemAchieved_IsInvalid()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m, 0m), Missing("b") with { Weight = 5m }], RollUpStrategies.WeightedMean);

        Assert.Equal("weights-zero", Assert.Single(result.AsInvalid!.Problems).Reason.Code);
    }

    [Fact]
    public void Aggregate_EmptyList_IsInvalid()
    {
        var problems = AchievementAggregator.Default.Aggregate([]).AsInvalid!.Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("items", problem.Path);
        Assert.Equal("no-items", problem.Reason.Code);
    }

    [Fact]
    public void Aggregate_NullItemOrResult_IsInvalidWithPath()
    {
        var problems = AchievementAggregator.Default.Aggregate([Item("a", 80m), null!, new AggregationItem("c", null!)]).AsInvalid!.Problems;

        Assert.Equal(new[] { "items[1]", "items[2]" }, problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal("missing-item", p.Reason.Code));
    }

    [Fact]
    public void Aggregate_UnknownPolicy_IsInvalid()
    {
        var problems = AchievementAggregator.Default.Aggregate([Item("a", 80m)], RollUpStrategies.Mean, (MissingItemPolicy)9).AsInvalid!.Problems;

        Assert.Equal(new[] { "policy" }, problems.Select(p => p.Path));
    }

    [Fact]
    public void Aggregate_Overflow_IsInvalidNotAThrow()
    {
        var huge = AchievementCalculator.Default.Calculate(1m, 700_000_000_000_000_000_000_000_000m);

        var result = AchievementAggregator.Default.Aggregate([new AggregationItem("a", huge), new AggregationItem("b", huge)]);

        Assert.Equal("overflow", Assert.Single(result.AsInvalid!.Problems).Reason.Code);
    }

    [Fact]
    public void Aggregate_NullItems_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AchievementAggregator.Default.Aggregate(null!));
        Assert.Throws<ArgumentNullException>(() => new AchievementAggregator(null!));
    }

    [Fact]
    public void Combine_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => AchievementAggregator.Combine(RollUpStrategies.Mean, Array.Empty<(decimal, decimal)>()));
        Assert.Throws<ArgumentException>(() => AchievementAggregator.Combine(RollUpStrategies.RatioOfSums, new[] { (1m, 1m) }));
        Assert.Throws<ArgumentException>(() => AchievementAggregator.Combine(RollUpStrategies.WeightedMean, new[] { (1m, -1m), (2m, 2m) }));
        Assert.Throws<ArgumentException>(() => AchievementAggregator.Combine(RollUpStrategies.WeightedMean, new[] { (1m, 0m) }));
    }

    [Fact]
    public void ToString_EachCase_Describes()
    {
        Assert.StartsWith("90", AchievementAggregator.Default.Aggregate([Item("a", 80m), Item("b", 100m)]).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("not available: ", AchievementAggregator.Default.Aggregate([Missing("a")]).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("invalid: items: ", AchievementAggregator.Default.Aggregate([]).ToString(), StringComparison.Ordinal);
    }
    [Fact]
    public void Combine_NullValues_ThrowsNamingValues()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => AchievementAggregator.Combine(RollUpStrategies.Mean, null!));

        Assert.Equal("values", thrown.ParamName);
    }

    [Fact]
    public void Combine_RatioOfSums_ThrowsSayingItNeedsTargetsAndRealisations()
    {
        var thrown = Assert.Throws<ArgumentException>(() => AchievementAggregator.Combine(RollUpStrategies.RatioOfSums, new[] { (1m, 1m) }));

        Assert.Equal("strategy", thrown.ParamName);
        Assert.Contains("Ratio of sums needs targets and realisations.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_WeightsSummingToZero_ThrowsSayingWeightsMustHaveAPositiveSum()
    {
        var thrown = Assert.Throws<ArgumentException>(() => AchievementAggregator.Combine(RollUpStrategies.WeightedMean, new[] { (1m, 0m), (2m, 0m) }));

        Assert.Equal("values", thrown.ParamName);
        Assert.Contains("Weights must be non-negative with a positive sum.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Combine_AZeroWeightBesideAPositiveOne_IsAllowed()
    {
        Assert.Equal(2m, AchievementAggregator.Combine(RollUpStrategies.WeightedMean, new[] { (1m, 0m), (2m, 2m) }));
    }

    [Fact]
    public void Combine_WeightsWhoseSumOverflows_Throws()
    {
        var values = new[] { (1m, decimal.MaxValue), (2m, decimal.MaxValue) };

        Assert.Throws<OverflowException>(() => AchievementAggregator.Combine(new FirstValueStrategy(), values));
    }

    [Fact]
    public void Combine_StrategyGivingNoFigure_ThrowsNamingTheStrategy()
    {
        var thrown = Assert.Throws<ArgumentException>(() => AchievementAggregator.Combine(new NoFigureStrategy(), new[] { (1m, 1m) }));

        Assert.Equal("values", thrown.ParamName);
        Assert.Contains("The strategy 'no-figure-test' gives no figure for these values.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Aggregate_NullItems_ThrowsNamingItems()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => AchievementAggregator.Default.Aggregate(null!));

        Assert.Equal("items", thrown.ParamName);
    }

    [Fact]
    public void Aggregate_WeightsSumToZero_IsInvalidAtItems()
    {
        var problem = Assert.Single(AchievementAggregator.Default.Aggregate([Item("a", 80m, 0m), Item("b", 90m, 0m)], RollUpStrategies.WeightedMean).AsInvalid!.Problems);

        Assert.Equal("items", problem.Path);
        Assert.Equal("weights-zero", problem.Reason.Code);
    }

    [Fact]
    public void Aggregate_WeightsWhoseSumOverflows_IsInvalidOverflowAtItems()
    {
        var items = new[] { Item("a", 80m, decimal.MaxValue), Item("b", 90m, decimal.MaxValue) };

        var result = AchievementAggregator.Default.Aggregate(items, new FirstValueStrategy());

        var problem = Assert.Single(result.AsInvalid!.Problems);
        Assert.Equal("items", problem.Path);
        Assert.Equal("overflow", problem.Reason.Code);
    }

    [Fact]
    public void Aggregate_Overflow_IsInvalidAtItems()
    {
        var huge = AchievementCalculator.Default.Calculate(1m, 700_000_000_000_000_000_000_000_000m);

        var result = AchievementAggregator.Default.Aggregate([new AggregationItem("a", huge), new AggregationItem("b", huge)]);

        var problem = Assert.Single(result.AsInvalid!.Problems);
        Assert.Equal("items", problem.Path);
        Assert.Equal("overflow", problem.Reason.Code);
    }

    [Fact]
    public void Aggregate_RatioOfSumsOverTargetsSummingToZero_IsNotAvailableZeroTargetPositive()
    {
        // A plugin formula measured from a baseline achieves a negative target, so the targets can sum to 0.
        var calculator = new AchievementCalculator(RuleSets.Default, FormulaRegistry.Default.With(new BaselineRelativeFormula(-200m)));
        var items = new[]
        {
            new AggregationItem("a", AchievementCalculator.Default.Calculate(100m, 80m)),
            new AggregationItem("b", calculator.Calculate(new AchievementInput(-100m, -50m) { FormulaId = "baseline-relative", AllowsNegativeValues = true })),
        };
        Assert.All(items, i => Assert.True(i.Result.IsAchieved));

        var result = AchievementAggregator.Default.Aggregate(items, RollUpStrategies.RatioOfSums);

        Assert.Equal("zero-target-positive", result.AsNotAvailable!.Reason.Code);
    }

    [Fact]
    public void Aggregate_CustomStrategyGivingNoFigure_IsNotAvailableNoFigure()
    {
        var result = AchievementAggregator.Default.Aggregate([Item("a", 80m)], new NoFigureStrategy());

        Assert.Equal("no-figure", result.AsNotAvailable!.Reason.Code);
    }

    [Fact]
    public void Aggregate_NullItemUnderAWeightedStrategy_IsInvalidWithPathNotAThrow()
    {
        var problems = AchievementAggregator.Default.Aggregate([Item("a", 80m), null!], RollUpStrategies.WeightedMean).AsInvalid!.Problems;

        var problem = Assert.Single(problems);
        Assert.Equal("items[1]", problem.Path);
        Assert.Equal("missing-item", problem.Reason.Code);
    }

    [Fact]
    public void ToString_InvalidWithTwoProblems_JoinsThemWithSemicolons()
    {
        var text = AchievementAggregator.Default.Aggregate([null!, null!]).ToString();

        Assert.Equal("invalid: items[0]: the item is missing (null); items[1]: the item is missing (null)", text);
    }

    private sealed class FirstValueStrategy : IRollUpStrategy
    {
        public string Id => "first-value-test";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items) => items.Length == 0 ? null : items[0].Value;
    }

    private sealed class NoFigureStrategy : IRollUpStrategy
    {
        public string Id => "no-figure-test";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items) => null;
    }
}
