using System.Diagnostics;
using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
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
    ValueList<AggregateContribution> Included,
    ValueList<ExcludedItem> Excluded);

/// <summary>No aggregate exists: no item has an achievement, or the policy requires all.</summary>
/// <param name="Reason">Why.</param>
/// <param name="Excluded">The items without achievement.</param>
public sealed record AggregateNotAvailable(Reason Reason, ValueList<ExcludedItem> Excluded);

/// <summary>The aggregation request is invalid (no items, bad weights, ratio of sums over unsuitable items).</summary>
/// <param name="Problems">Every problem, with its path.</param>
public sealed record InvalidAggregation(ValueList<Problem> Problems);

/// <summary>The result of an aggregation: a value, not available, or invalid.</summary>
/// <remarks>Immutable and thread-safe. Use <see cref="Match{TResult}"/> / <see cref="Switch"/> on every case or the
/// case members (<see cref="AsValue"/> …, null for the other cases); none of them throws. Two results are equal when
/// they are the same case with equal contents.</remarks>
public sealed class AggregateResult : IEquatable<AggregateResult>
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly OneOf<AggregateValue, AggregateNotAvailable, InvalidAggregation> _state;

    private AggregateResult(OneOf<AggregateValue, AggregateNotAvailable, InvalidAggregation> state) => _state = state;

    /// <summary>The aggregate, when there is one, otherwise <see langword="null"/>.</summary>
    public AggregateValue? AsValue => _state.IsT0 ? _state.AsT0 : null;

    /// <summary>Why there is no aggregate, when there is none, otherwise <see langword="null"/>.</summary>
    public AggregateNotAvailable? AsNotAvailable => _state.IsT1 ? _state.AsT1 : null;

    /// <summary>The problems, when the request is invalid, otherwise <see langword="null"/>.</summary>
    public InvalidAggregation? AsInvalid => _state.IsT2 ? _state.AsT2 : null;

    /// <summary>The exact aggregate, or <see langword="null"/>.</summary>
    public Percentage? Percent => _state.IsT0 ? _state.AsT0.Value : null;

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

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(AggregateResult? left, AggregateResult? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(AggregateResult? left, AggregateResult? right) => !(left == right);

    /// <summary>Maps every case to one value.</summary>
    /// <typeparam name="TResult">What the cases map to.</typeparam>
    /// <param name="value">Called with the aggregate.</param>
    /// <param name="notAvailable">Called when there is no aggregate.</param>
    /// <param name="invalid">Called when the request is invalid.</param>
    /// <returns>What the called function returned.</returns>
    public TResult Match<TResult>(Func<AggregateValue, TResult> value, Func<AggregateNotAvailable, TResult> notAvailable, Func<InvalidAggregation, TResult> invalid)
    {
        Guard.Against.Null(value);
        Guard.Against.Null(notAvailable);
        Guard.Against.Null(invalid);
        return _state.Match(value, notAvailable, invalid);
    }

    /// <summary>Runs one action for the case at hand.</summary>
    /// <param name="value">Run with the aggregate.</param>
    /// <param name="notAvailable">Run when there is no aggregate.</param>
    /// <param name="invalid">Run when the request is invalid.</param>
    public void Switch(Action<AggregateValue> value, Action<AggregateNotAvailable> notAvailable, Action<InvalidAggregation> invalid)
    {
        Guard.Against.Null(value);
        Guard.Against.Null(notAvailable);
        Guard.Against.Null(invalid);
        _state.Switch(value, notAvailable, invalid);
    }

    /// <summary>The result as a OneOf union, for code written against OneOf.</summary>
    /// <returns>The union.</returns>
    public OneOf<AggregateValue, AggregateNotAvailable, InvalidAggregation> ToOneOf() => _state;

    /// <inheritdoc />
    public bool Equals(AggregateResult? other) => other is not null && _state.Index == other._state.Index && Equals(_state.Value, other._state.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as AggregateResult);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_state.Index, _state.Value);

    /// <inheritdoc />
    public override string ToString() => Match(
        v => $"{v.Presented} ({v.Band.Label.English}, {v.Strategy.Id}, {v.Included.Count} included, {v.Excluded.Count} excluded)",
        n => $"not available: {n.Reason.Message.English}",
        i => $"invalid: {string.Join("; ", i.Problems)}");

    /// <summary>What LINQPad shows for the aggregate (it calls <c>ToDump</c> by name): the presented figure, band,
    /// strategy and counts, or why there is none, instead of the union's internals.</summary>
    private object ToDump() => new
    {
        Achievement = DumpView.Presented(AsValue?.Presented.Value),
        Band = DumpView.Label(AsValue?.Band),
        Strategy = AsValue?.Strategy.Id,
        Included = AsValue?.Included.Count,
        Excluded = AsValue?.Excluded.Count ?? AsNotAvailable?.Excluded.Count,
        Reason = AsNotAvailable?.Reason.Message.Indonesian,
        Problems = AsInvalid is { } invalid ? DumpView.Rows(invalid.Problems) : null,
    };
}
