using Sakip.Domain.Achievement;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Aggregation;

/// <summary>One indicator's result taking part in an aggregation.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Key">Names the item in the result, e.g. the indicator's code or name.</param>
/// <param name="Result">The indicator's achievement result.</param>
public sealed record AggregationItem(string Key, AchievementResult Result)
{
    /// <summary>The weight for <see cref="RollUpStrategies.WeightedMean"/> or a user's own strategy; non-negative.
    /// Default 1.</summary>
    public decimal Weight { get; init; } = 1m;
}
