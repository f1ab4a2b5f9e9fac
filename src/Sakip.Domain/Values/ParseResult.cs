using Ardalis.GuardClauses;
using OneOf;
using Sakip.Domain.Text;

namespace Sakip.Domain.Values;

/// <summary>The reason a text could not be parsed, with the text itself.</summary>
/// <param name="Input">The text that was parsed (may be <see langword="null"/>).</param>
/// <param name="Reason">Why it could not be parsed.</param>
public sealed record ParseFailure(string? Input, Reason Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"'{Input}': {Reason.English}";
}

/// <summary>
/// The result of parsing text into a <typeparamref name="T"/>: either the value or a
/// <see cref="ParseFailure"/> that says why. Parsing through this type never throws on bad text.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class ParseResult<T> : OneOfBase<T, ParseFailure>
{
    private ParseResult(OneOf<T, ParseFailure> input)
        : base(input)
    {
    }

    /// <summary>Whether parsing succeeded.</summary>
    public bool Success => IsT0;

    /// <summary>The parsed value.</summary>
    /// <exception cref="InvalidOperationException">Parsing failed; the message carries the reason.</exception>
    public new T Value => IsT0 ? AsT0 : throw new InvalidOperationException(AsT1.ToString());

    /// <summary>The failure, or <see langword="null"/> when parsing succeeded.</summary>
    public ParseFailure? Failure => IsT1 ? AsT1 : null;

    /// <summary>Creates a successful result.</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>A successful result.</returns>
    public static ParseResult<T> Ok(T value) => new(value);

    /// <summary>Creates a failed result.</summary>
    /// <param name="input">The text that failed to parse.</param>
    /// <param name="reason">Why it failed.</param>
    /// <returns>A failed result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> is null.</exception>
    public static ParseResult<T> Fail(string? input, Reason reason)
    {
        Guard.Against.Null(reason);
        return new(new ParseFailure(input, reason));
    }

    /// <summary>Converts a successful result to another type, keeping a failure as it is.</summary>
    /// <typeparam name="TOut">The target type.</typeparam>
    /// <param name="map">The conversion.</param>
    /// <returns>The converted result.</returns>
    public ParseResult<TOut> Select<TOut>(Func<T, TOut> map)
    {
        Guard.Against.Null(map);
        return IsT0 ? ParseResult<TOut>.Ok(map(AsT0)) : ParseResult<TOut>.Fail(AsT1.Input, AsT1.Reason);
    }

    /// <inheritdoc />
    public override string ToString() => IsT0 ? $"Ok({AsT0})" : $"Fail({AsT1})";
}
