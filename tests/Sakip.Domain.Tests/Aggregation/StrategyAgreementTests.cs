using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Tree;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Aggregation;

/// <summary>One strategy type, two paths: a sasaran's aggregate and a tree node's roll-up over the same indicators
/// under the same strategy and missing-item policy give the same figure, exactly.</summary>
public class StrategyAgreementTests
{
    private static readonly Gen<IndicatorCase> Indicator =
        from target in Generators.PositiveAmount
        from realisation in Gen.Frequency((4, Generators.NonNegativeAmount.Select(r => (decimal?)r)), (1, Gen.Constant((decimal?)null)))
        from negative in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        from weight in Gen.Choose(1, 1_000).Select(w => w / 100m)
        select new IndicatorCase(target, realisation, negative ? Polarity.Negative : Polarity.Positive, weight);

    private static readonly Arbitrary<IndicatorCase[]> Indicators =
        Gen.Choose(1, 8).SelectMany(n => Gen.ArrayOf(Indicator, n)).ToArbitrary();

    private static readonly Arbitrary<IRollUpStrategy> Strategies =
        Gen.Elements(RollUpStrategies.All.Append(LastAmountStrategy.Instance).ToArray()).ToArbitrary();

    private static readonly Arbitrary<MissingItemPolicy> Policies =
        Gen.Elements(MissingItemPolicy.Skip, MissingItemPolicy.CountAsZero, MissingItemPolicy.MarkIncomplete).ToArbitrary();

    [Property]
    public Property AggregatorAndTree_SameStrategyAndPolicy_GiveTheSameFigure() =>
        Prop.ForAll(Strategies, Policies, Indicators, (strategy, policy, cases) =>
        {
            if (ReferenceEquals(strategy, RollUpStrategies.RatioOfSums))
            {
                // Ratio of sums: the aggregator refuses negative indicators and counting missing ones as zero.
                cases = cases.Select(c => c with { Polarity = Polarity.Positive }).ToArray();
                policy = policy == MissingItemPolicy.CountAsZero ? MissingItemPolicy.Skip : policy;
            }

            var items = cases.Select((c, i) => new AggregationItem($"IK{i}", AchievementCalculator.Default.Calculate(c.Input)) { Weight = c.Weight }).ToArray();
            var node = new TreeEvaluator(new RollUpOptions { Strategy = strategy, Missing = policy }).Evaluate(SingleNode(cases))["S"];
            var aggregate = AchievementAggregator.Default.Aggregate(items, strategy, policy);
            var anyMissing = items.Any(i => !i.Result.IsAchieved);

            // Under MarkIncomplete the aggregator gives no value while any item is missing (reason "incomplete", or
            // "nothing-achieved" when no item is left), and the tree marks the node incomplete (or has no figure):
            // both leave the missing items out, as Skip does.
            var compared = policy == MissingItemPolicy.MarkIncomplete && anyMissing
                ? AchievementAggregator.Default.Aggregate(items, strategy, MissingItemPolicy.Skip)
                : aggregate;
            var sameFigure = Identical(compared.Percent?.Value, node.Value?.Value);
            var sameStatus = policy != MissingItemPolicy.MarkIncomplete || !anyMissing
                || (aggregate.AsNotAvailable is not null && node.Status != NodeStatus.Complete
                    && aggregate.AsNotAvailable!.Reason.Code == (node.Status == NodeStatus.Incomplete ? "incomplete" : "nothing-achieved"));
            return (sameFigure && sameStatus && aggregate.AsInvalid is null)
                .Label($"{strategy.Id}/{policy}: aggregate {aggregate}, node {node.Value?.Value} {node.Status}");
        });

    private static PerformanceTree SingleNode(IndicatorCase[] cases) => new PerformanceTreeBuilder
    {
        Nodes =
        [
            new TreeNode("S", "Sasaran", TreeLevel.HeadOfRegion, NodeKind.Sasaran)
            {
                Indicators = cases.Select((c, i) => new NodeIndicator($"IK{i}", $"Indikator {i}", "%", c.Input) { Weight = c.Weight }).ToArray(),
            },
        ],
    }.Build().GetValueOrThrow();

    internal sealed record IndicatorCase(decimal Target, decimal? Realisation, Polarity Polarity, decimal Weight)
    {
        public AchievementInput Input => new(Target, Realisation, Polarity);
    }
}
