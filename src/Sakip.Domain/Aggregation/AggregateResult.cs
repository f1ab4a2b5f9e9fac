using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Aggregation;

/// <summary>One item's part in an aggregate.</summary>
/// <param name="Key">The item's key.</param>
/// <param name="Value">The achievement used (0 for a missing item counted as zero).</param>
/// <param name="Weight">The weight used (1 for the built-in strategies that ignore weights: mean, worst, ratio of sums).</param>
public sealed record AggregateContribution(string Key, decimal Value, decimal Weight);

/// <summary>An item left out of an aggregate, with its status.</summary>
/// <param name="Key">The item's key.</param>
/// <param name="Status">Why it has no achievement.</param>
public sealed record ExcludedItem(string Key, AchievementStatus Status);

/// <summary>An aggregate achievement.</summary>
/// <param name="Value">The exact aggregate.</param>
/// <param name="Presented">The aggregate rounded as the rule set presents it.</param>
/// <param name="Band">The band.</param>
/// <param name="Strategy">The strategy used (its <see cref="IRollUpStrategy.Id"/> names it).</param>
/// <param name="Policy">The missing-item policy in force.</param>
/// <param name="Included">The items that contributed, with value and weight.</param>
/// <param name="Excluded">The items without achievement: left out (under <see cref="MissingItemPolicy.Skip"/>) or
/// counted as zero (under <see cref="MissingItemPolicy.CountAsZero"/>).</param>
public sealed record AggregateValue(
    Percentage Value,
    Percentage Presented,
    Band Band,
    IRollUpStrategy Strategy,
    MissingItemPolicy Policy,
    IReadOnlyList<AggregateContribution> Included,
    IReadOnlyList<ExcludedItem> Excluded);

/// <summary>No aggregate exists: no item has an achievement, or the policy requires all.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Excluded">The items without achievement.</param>
public sealed record AggregateNotAvailable(Reason Reason, IReadOnlyList<ExcludedItem> Excluded);

/// <summary>The aggregation request is invalid (no items, bad weights, ratio of sums over unsuitable items).</summary>
/// <param name="Problems">Every problem, with its path.</param>
public sealed record InvalidAggregation(IReadOnlyList<Problem> Problems);

/// <summary>The result of an aggregation: a value, not available, or invalid.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class AggregateResult : OneOfBase<AggregateValue, AggregateNotAvailable, InvalidAggregation>
{
    private AggregateResult(OneOf<AggregateValue, AggregateNotAvailable, InvalidAggregation> input)
        : base(input)
    {
    }

    /// <summary>The exact aggregate, or <see langword="null"/>.</summary>
    public Percentage? Percent => IsT0 ? AsT0.Value : null;

    /// <summary>Creates a result.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The result.</returns>
    public static AggregateResult From(AggregateValue value) => new(Guard.Against.Null(value));

    /// <summary>Creates a result.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The result.</returns>
    public static AggregateResult From(AggregateNotAvailable value) => new(Guard.Against.Null(value));

    /// <summary>Creates a result.</summary>
    /// <param name="value">The case.</param>
    /// <returns>The result.</returns>
    public static AggregateResult From(InvalidAggregation value) => new(Guard.Against.Null(value));

    /// <inheritdoc />
    public override string ToString() => Match(
        v => $"{v.Presented} ({v.Band.Label}, {v.Strategy.Id}, {v.Included.Count} included, {v.Excluded.Count} excluded)",
        n => $"not available: {n.Reason.English}",
        i => $"invalid: {string.Join("; ", i.Problems)}");
}
