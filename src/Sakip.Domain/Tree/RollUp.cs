using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Rules;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Tree;

/// <summary>One item a node's figure is combined from: one of its own indicators, or one of its children.</summary>
/// <param name="Value">The item's achievement in percent.</param>
/// <param name="Weight">Its weight (the indicator's or the link's).</param>
/// <param name="Numerator">For ratio of sums: realised amount(s) (ΣR).</param>
/// <param name="Denominator">For ratio of sums: target amount(s) (ΣT); 0 when the item has none.</param>
public readonly record struct RollUpItem(decimal Value, decimal Weight, decimal Numerator, decimal Denominator);

/// <summary>
/// How a node's items combine into its figure. Implement it to add a strategy; the object model and the compiled
/// form call the same <see cref="Combine"/>, so they agree exactly.
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

/// <summary>The built-in roll-up strategies.</summary>
public static class RollUpStrategies
{
    /// <summary>The plain mean (the default, as LKjIPs average a sasaran's indicators).</summary>
    public static IRollUpStrategy Mean { get; } = new MeanStrategy();

    /// <summary>The weighted mean Σ(w × v) ÷ Σw with indicator and link weights.</summary>
    public static IRollUpStrategy WeightedMean { get; } = new WeightedMeanStrategy();

    /// <summary>The worst (lowest) item.</summary>
    public static IRollUpStrategy Worst { get; } = new WorstStrategy();

    /// <summary>ΣR ÷ ΣT × 100 over the items that carry amounts (positive point-target indicators, and children
    /// through theirs); items without amounts are ignored.</summary>
    public static IRollUpStrategy RatioOfSums { get; } = new RatioOfSumsStrategy();

    /// <summary>Every built-in strategy.</summary>
    public static IReadOnlyList<IRollUpStrategy> All { get; } = [Mean, WeightedMean, Worst, RatioOfSums];

    /// <summary>Finds a built-in strategy by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The strategy, or <see langword="null"/>.</returns>
    public static IRollUpStrategy? Find(string id) => All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

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

/// <summary>What a roll-up does with items that have no achievement.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<MissingChildPolicy>))]
public enum MissingChildPolicy
{
    /// <summary>Leave them out (the default); the node is still complete.</summary>
    Skip = 0,

    /// <summary>Count each as an achievement of 0 (a deliberate penalty).</summary>
    CountAsZero = 1,

    /// <summary>Leave them out and mark the node (and every node it feeds) incomplete.</summary>
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
    public MissingChildPolicy Missing { get; init; }
}
