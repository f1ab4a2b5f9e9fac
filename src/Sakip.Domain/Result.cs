using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain;

/// <summary>
/// What every build, read and parse in the library returns: the value, or every <see cref="Problem"/> found (never
/// both, and a failure always has at least one problem). Bad input never throws through this type: ask
/// <see cref="IsSuccess"/>, <see cref="TryGetValue"/>, or <see cref="Match{TResult}"/> / <see cref="Switch"/> on
/// both cases. <see cref="GetValueOrThrow"/> is for callers that know the input is good (e.g. built-in data).
/// </summary>
/// <typeparam name="T">The type of the value.</typeparam>
/// <remarks>Immutable and thread-safe. Two results are equal when both hold equal values, or both list equal
/// problems in the same order.</remarks>
public sealed class Result<T> : IEquatable<Result<T>>
{
    [DebuggerBrowsable(DebuggerBrowsableState.Never)]
    private readonly OneOf<T, ValueList<Problem>> _state;

    private Result(OneOf<T, ValueList<Problem>> state) => _state = state;

    /// <summary>Whether there is a value (and no problem).</summary>
    public bool IsSuccess => _state.IsT0;

    /// <summary>Every problem, in the order found; empty when there is a value.</summary>
    public ValueList<Problem> Problems => _state.IsT1 ? _state.AsT1 : ValueList<Problem>.Empty;

    /// <summary>A result with a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public static Result<T> Success(T value) => new(Guard.Against.Null(value));

    /// <summary>A failed result.</summary>
    /// <param name="problems">Every problem; at least one.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null or holds a null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public static Result<T> Failure(IEnumerable<Problem> problems)
    {
        var list = new ValueList<Problem>(Guard.Against.Null(problems));
        Guard.Against.Zero(list.Count, nameof(problems));
        foreach (var problem in list)
        {
            Guard.Against.Null(problem, nameof(problems));
        }

        return new(list);
    }

    /// <summary>A failed result with one problem.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="problem"/> is null.</exception>
    public static Result<T> Failure(Problem problem) => Failure([Guard.Against.Null(problem)]);

    /// <summary>The value, when there is one.</summary>
    /// <param name="value">The value; <see langword="default"/> when the result failed.</param>
    /// <returns>Whether there is a value.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = _state.IsT0 ? _state.AsT0 : default;
        return _state.IsT0;
    }

    /// <summary>The value of a result the caller knows succeeded.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The result failed; the message lists every problem.</exception>
    public T GetValueOrThrow() => _state.IsT0
        ? _state.AsT0
        : throw new InvalidOperationException($"There is no {typeof(T).Name}: " + string.Join("; ", _state.AsT1));

    /// <summary>Maps both cases to one value.</summary>
    /// <typeparam name="TResult">What both cases map to.</typeparam>
    /// <param name="success">Called with the value.</param>
    /// <param name="failure">Called with the problems (at least one).</param>
    /// <returns>What the called function returned.</returns>
    public TResult Match<TResult>(Func<T, TResult> success, Func<ValueList<Problem>, TResult> failure)
    {
        Guard.Against.Null(success);
        Guard.Against.Null(failure);
        return _state.Match(success, failure);
    }

    /// <summary>Runs one action for the case at hand.</summary>
    /// <param name="success">Run with the value.</param>
    /// <param name="failure">Run with the problems (at least one).</param>
    public void Switch(Action<T> success, Action<ValueList<Problem>> failure)
    {
        Guard.Against.Null(success);
        Guard.Against.Null(failure);
        _state.Switch(success, failure);
    }

    /// <summary>Converts the value, keeping a failure's problems as they are.</summary>
    /// <typeparam name="TOut">The type converted to.</typeparam>
    /// <param name="map">The conversion.</param>
    /// <returns>The converted result.</returns>
    public Result<TOut> Select<TOut>(Func<T, TOut> map)
    {
        Guard.Against.Null(map);
        return _state.IsT0 ? Result<TOut>.Success(map(_state.AsT0)) : Result<TOut>.Failure(_state.AsT1);
    }

    /// <summary>The result as a OneOf union (value or problems), for code written against OneOf.</summary>
    /// <returns>The union.</returns>
    public OneOf<T, ValueList<Problem>> ToOneOf() => _state;

    /// <summary>Whether two results are equal.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Result<T>? left, Result<T>? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two results differ.</summary>
    /// <param name="left">The first.</param>
    /// <param name="right">The second.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Result<T>? left, Result<T>? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Result<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || (_state.IsT0
            ? other._state.IsT0 && EqualityComparer<T>.Default.Equals(_state.AsT0, other._state.AsT0)
            : other._state.IsT1 && _state.AsT1.Equals(other._state.AsT1)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Result<T>);

    /// <inheritdoc />
    public override int GetHashCode() => _state.IsT0 ? HashCode.Combine(0, _state.AsT0) : HashCode.Combine(1, _state.AsT1);

    /// <summary>The value, or the problems, in one line of English.</summary>
    /// <returns><c>Success(…)</c> or <c>Failure(…)</c>.</returns>
    public override string ToString() => _state.IsT0 ? $"Success({_state.AsT0})" : $"Failure({string.Join("; ", _state.AsT1)})";

    /// <summary>What LINQPad shows for the result (it calls <c>ToDump</c> by name): the value, or every problem as path,
    /// code and message, instead of the union's internals.</summary>
    private object ToDump() => _state.IsT0
        ? new { IsSuccess = true, Value = (object?)_state.AsT0, Problems = (object[]?)null }
        : new { IsSuccess = false, Value = (object?)null, Problems = DumpView.Rows(_state.AsT1) };
}
