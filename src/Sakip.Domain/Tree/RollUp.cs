using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Rules;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Tree;

/// <summary>One item a figure is combined from: one of a tree node's own indicators or one of its children, or one
/// of a sasaran's indicators in <see cref="Aggregation.AchievementAggregator"/>.</summary>
/// <param name="Value">The item's achievement in percent.</param>
/// <param name="Weight">Its weight (the indicator's or the link's).</param>
/// <param name="Numerator">For ratio of sums: realised amount(s) (ΣR).</param>
/// <param name="Denominator">For ratio of sums: target amount(s) (ΣT); 0 when the item has none.</param>
public readonly record struct RollUpItem(decimal Value, decimal Weight, decimal Numerator, decimal Denominator);

/// <summary>
/// How items combine into one figure: the library's one strategy type, for a tree node's roll-up
/// (<see cref="RollUpOptions.Strategy"/>) and for a sasaran's aggregate (<see cref="RuleSet.Aggregation"/>,
/// <see cref="Aggregation.AchievementAggregator.Aggregate"/>). Implement it to add a strategy; the tree's object
/// model, its compiled form and the aggregator call the same <see cref="Combine"/>, so they agree exactly. The
/// built-ins are in <see cref="RollUpStrategies"/>.
/// </summary>
/// <remarks>Implementations must be immutable, thread-safe and must not throw for finite input.</remarks>
public interface IRollUpStrategy
{
    /// <summary>Stable id, e.g. <c>mean</c>.</summary>
    string Id { get; }

    /// <summary>Combines items (at least one) in order.</summary>
    /// <param name="items">The items.</param>
    /// <returns>The node's figure, or <see langword="null"/> when the items give none (e.g. zero weights).</returns>
    decimal? Combine(ReadOnlySpan<RollUpItem> items);
}

/// <summary>
/// The built-in strategies: the catalogue shape every catalogue of built-ins shares (<see cref="All"/>,
/// <see cref="TryGet"/>, <see cref="Get"/>; ids trimmed and compared without case).
/// </summary>
/// <remarks>
/// The same strategies combine a tree node's items (<see cref="RollUpOptions.Strategy"/>) and a sasaran's indicators
/// (<see cref="Aggregation.AchievementAggregator"/>, <see cref="RuleSet.Aggregation"/>), so both give the same figure.
/// Thread-safe.
/// </remarks>
public static class RollUpStrategies
{
    /// <summary>The plain mean (the default, as LKjIPs average a sasaran's indicators: 87.10, 96.54 and 72.52 give
    /// 85.3867; docs/rules.md, "Aggregation"). Id <c>mean</c>; weights are ignored.</summary>
    public static IRollUpStrategy Mean { get; } = new MeanStrategy();

    /// <summary>The weighted mean Σ(w × v) ÷ Σw with indicator and link weights (Kemenkeu NKO, PermenPAN-RB 8/2021
    /// weighted scores). Id <c>weighted-mean</c>.</summary>
    public static IRollUpStrategy WeightedMean { get; } = new WeightedMeanStrategy();

    /// <summary>The worst (lowest) item. Id <c>worst</c>.</summary>
    public static IRollUpStrategy Worst { get; } = new WorstStrategy();

    /// <summary>ΣR ÷ ΣT × 100 over the items that carry amounts (positive point-target indicators, and children
    /// through theirs); items without amounts are ignored (the aggregator refuses them instead). Id
    /// <c>ratio-of-sums</c>.</summary>
    public static IRollUpStrategy RatioOfSums { get; } = new RatioOfSumsStrategy();

    /// <summary>Every built-in strategy, in a fixed order: mean, weighted mean, worst, ratio of sums.</summary>
    public static IReadOnlyList<IRollUpStrategy> All => Catalogue.All;

    /// <summary>Finds a built-in strategy by id.</summary>
    /// <param name="id">The id, e.g. <c>weighted-mean</c>; white space around it and letter case are ignored.</param>
    /// <param name="strategy">The strategy, when found.</param>
    /// <returns>Whether a built-in strategy has that id (<see langword="false"/> for a <see langword="null"/> id).</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out IRollUpStrategy? strategy) => Catalogue.TryGet(id, out strategy);

    /// <summary>The built-in strategy with an id the caller knows is there.</summary>
    /// <param name="id">The id; white space around it and letter case are ignored.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in strategy has that id; the message lists the ids there are.</exception>
    public static IRollUpStrategy Get(string id) => Catalogue.Get(id);

    /// <summary>The lookup; after the strategies, which it lists, so they are created first.</summary>
    private static Catalogue<IRollUpStrategy> Catalogue { get; } = new("roll-up strategy", s => s.Id, Mean, WeightedMean, Worst, RatioOfSums);

    private sealed class MeanStrategy : IRollUpStrategy
    {
        public string Id => "mean";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items)
        {
            var sum = 0m;
            foreach (var item in items)
            {
                sum += item.Value;
            }

            return items.Length == 0 ? null : sum / items.Length;
        }
    }

    private sealed class WeightedMeanStrategy : IRollUpStrategy
    {
        public string Id => "weighted-mean";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items)
        {
            var sum = 0m;
            var weights = 0m;
            foreach (var item in items)
            {
                sum += item.Value * item.Weight;
                weights += item.Weight;
            }

            return weights == 0m ? null : sum / weights;
        }
    }

    private sealed class WorstStrategy : IRollUpStrategy
    {
        public string Id => "worst";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items)
        {
            decimal? worst = null;
            foreach (var item in items)
            {
                worst = worst is { } w && w <= item.Value ? w : item.Value;
            }

            return worst;
        }
    }

    private sealed class RatioOfSumsStrategy : IRollUpStrategy
    {
        public string Id => "ratio-of-sums";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items)
        {
            var numerator = 0m;
            var denominator = 0m;
            foreach (var item in items)
            {
                numerator += item.Numerator;
                denominator += item.Denominator;
            }

            return denominator == 0m ? null : numerator * 100m / denominator;
        }
    }
}

/// <summary>
/// What a roll-up or an aggregation does with items that have no achievement (not reported, not measurable,
/// invalid): one policy for a tree node's items (<see cref="RollUpOptions.Missing"/>) and a sasaran's indicators
/// (<see cref="Aggregation.AchievementAggregator.Aggregate"/>). The policy in force is stated in the result.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<MissingItemPolicy>))]
public enum MissingItemPolicy
{
    /// <summary>Leave them out (the default). An aggregate lists them as excluded; a tree node is still complete.</summary>
    Skip = 0,

    /// <summary>Count each as an achievement of 0, with no ratio-of-sums amounts (a deliberate, stated penalty; never
    /// the default). The aggregator refuses it with <see cref="RollUpStrategies.RatioOfSums"/>.</summary>
    CountAsZero = 1,

    /// <summary>Leave them out and mark the result incomplete. The aggregator then gives no value at all: the
    /// aggregate is not available (reason <c>incomplete</c>), naming the missing items. The tree still gives the node
    /// a figure from the items there are, but marks it (and every node it feeds) <see cref="NodeStatus.Incomplete"/>.</summary>
    MarkIncomplete = 2,
}

/// <summary>The choices a roll-up is made under, all stated in its result.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RollUpOptions
{
    private readonly RuleSet _rules = RuleSets.Default;
    private readonly IRollUpStrategy _strategy = RollUpStrategies.Mean;

    /// <summary>The default: rule set <c>sakip-reflected</c>, mean, skip missing items.</summary>
    public static RollUpOptions Default { get; } = new();

    /// <summary>The rule set for indicator achievements, presentation and bands.</summary>
    public RuleSet Rules
    {
        get => _rules;
        init => _rules = Guard.Against.Null(value);
    }

    /// <summary>How items combine.</summary>
    public IRollUpStrategy Strategy
    {
        get => _strategy;
        init => _strategy = Guard.Against.Null(value);
    }

    /// <summary>What to do with items without achievement.</summary>
    public MissingItemPolicy Missing { get; init; }
}
