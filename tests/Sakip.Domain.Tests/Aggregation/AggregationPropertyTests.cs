using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Aggregation;

/// <summary>Laws of combining several indicators' achievements (docs/rules.md, "Aggregation").</summary>
public class AggregationPropertyTests
{
    private static readonly Arbitrary<(decimal Value, decimal Weight)[]> Values = Generators.WeightedValues.ToArbitrary();

    private static readonly Arbitrary<IRollUpStrategy> Method =
        Gen.Elements(RollUpStrategies.Mean, RollUpStrategies.WeightedMean, RollUpStrategies.Worst).ToArbitrary();

    [Property]
    public Property Combine_AnyMethod_StaysWithinMinAndMax() =>
        Prop.ForAll(Method, Values, (method, values) =>
        {
            var result = AchievementAggregator.Combine(method, values);
            return (result >= values.Min(v => v.Value) && result <= values.Max(v => v.Value))
                .Label($"{method.Id}: {result} of [{string.Join(", ", values)}]");
        });

    [Property]
    public Property Combine_EqualWeights_WeightedMeanIsMean() =>
        Prop.ForAll(Values, Gen.Choose(1, 10_000).Select(i => i / 100m).ToArbitrary(), (values, weight) =>
        {
            var equal = values.Select(v => (v.Value, weight)).ToArray();
            var weighted = AchievementAggregator.Combine(RollUpStrategies.WeightedMean, equal);
            var mean = AchievementAggregator.Combine(RollUpStrategies.Mean, values);
            return (weighted == mean).Label($"weighted {weighted}, mean {mean}");
        });

    [Property]
    public Property Combine_Worst_IsMinimum() =>
        Prop.ForAll(Values, values => AchievementAggregator.Combine(RollUpStrategies.Worst, values) == values.Min(v => v.Value));

    [Property]
    public Property Combine_Mean_IsSumOverCount() =>
        Prop.ForAll(Values, values => AchievementAggregator.Combine(RollUpStrategies.Mean, values) == values.Sum(v => v.Value) / values.Length);

    [Property]
    public Property Aggregate_AchievedItems_AgreesWithCombine() =>
        Prop.ForAll(Method, Values, (method, values) =>
        {
            var items = values
                .Select((v, i) => new AggregationItem(
                    $"i{i}",
                    AchievementCalculator.Default.Calculate(new AchievementInput(100m, v.Value) { AllowsNegativeValues = true }))
                {
                    Weight = v.Weight,
                })
                .ToArray();
            var aggregate = AchievementAggregator.Default.Aggregate(items, method).AsValue!;
            return aggregate.Value.Value == AchievementAggregator.Combine(method, values)
                && aggregate.Included.Count == values.Length
                && aggregate.Excluded.Count == 0;
        });
}
