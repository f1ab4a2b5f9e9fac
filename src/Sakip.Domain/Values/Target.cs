using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Values;

/// <summary>
/// A target (<i>target kinerja</i>): either a single value (<c>90</c>) or a range (<c>80..90</c>) for indicators
/// whose aim is to stay inside an interval ("stabilise" targets, PermenPAN-RB 8/2021).
/// </summary>
/// <remarks>
/// <para>A point target has <see cref="Lower"/> equal to <see cref="Upper"/>. <c>default(Target)</c> is the point
/// target 0 (which the positive formula reports as not measurable).</para>
/// <para>Text form: a point is written as a number, a range as <c>LO..HI</c> (an en dash <c>LO–HI</c> is read too),
/// each number in the culture's format; <c>Parse(ToString(c), c)</c> returns the same target for any culture
/// <c>c</c>. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(TargetJsonConverter))]
[TypeConverter(typeof(TextTypeConverter<Target>))]
public readonly struct Target :
    IEquatable<Target>,
    ISpanFormattable,
    ISpanParsable<Target>
{
    private const string RangeSeparator = "..";
    private const char RangeDash = '\u2013';

    private Target(decimal lower, decimal upper, bool isRange)
    {
        Lower = lower;
        Upper = upper;
        IsRange = isRange;
    }

    /// <summary>The lower bound; for a point target, the target value.</summary>
    public decimal Lower { get; }

    /// <summary>The upper bound; for a point target, the target value.</summary>
    public decimal Upper { get; }

    /// <summary>Whether this is a range target (written <c>LO..HI</c>), even one whose bounds are equal.</summary>
    public bool IsRange { get; }

    /// <summary>The target value of a point target; <see langword="null"/> for a range target (use
    /// <see cref="Lower"/> and <see cref="Upper"/>).</summary>
    public decimal? PointValue => IsRange ? null : Lower;

    /// <summary>Whether either bound is below zero.</summary>
    public bool HasNegativeBound => decimal.Sign(Lower) < 0;

    /// <summary>Equality of targets (same kind and same bounds).</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the targets are equal.</returns>
    public static bool operator ==(Target left, Target right) => left.Equals(right);

    /// <summary>Inequality of targets.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the targets differ.</returns>
    public static bool operator !=(Target left, Target right) => !left.Equals(right);

    /// <summary>Converts a number to a point target.</summary>
    /// <param name="value">The target value.</param>
    public static implicit operator Target(decimal value) => Point(value);

    /// <summary>Creates a point target.</summary>
    /// <param name="value">The target value.</param>
    /// <returns>The target.</returns>
    public static Target Point(decimal value) => new(value, value, isRange: false);

    /// <summary>Creates a range target <c>[lower, upper]</c>.</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound, not below <paramref name="lower"/>.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException"><paramref name="lower"/> is greater than <paramref name="upper"/>
    /// (use <see cref="TryCreateRange"/> for data that may be wrong).</exception>
    public static Target Range(decimal lower, decimal upper)
    {
        Guard.Against.InvalidInput(upper, nameof(upper), u => u >= lower, Messages.RangeReversed.Message.English);
        return new(lower, upper, isRange: true);
    }

    /// <summary>Creates a range target, or says why the bounds cannot form one.</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="upper">The upper bound.</param>
    /// <returns>The target, or the reason (lower bound above upper bound).</returns>
    public static Result<Target> TryCreateRange(decimal lower, decimal upper) =>
        lower <= upper
            ? Result<Target>.Success(new Target(lower, upper, isRange: true))
            : Results.ParseFailed<Target>(Messages.RangeReversed);

    /// <summary>Whether <paramref name="value"/> lies inside the target (inclusive bounds).</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when <see cref="Lower"/> ≤ value ≤ <see cref="Upper"/>.</returns>
    public bool Contains(decimal value) => value >= Lower && value <= Upper;

    /// <summary>Parses a point (<c>90</c>) or range (<c>80..90</c>) target, never throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="provider">The culture of the numbers; <see langword="null"/> means invariant.</param>
    /// <returns>The target, or the reason it could not be read.</returns>
    public static Result<Target> TryParse(string? text, IFormatProvider? provider)
    {
        if (text is null)
        {
            return Results.ParseFailed<Target>(Messages.EmptyNumber);
        }

        var span = text.AsSpan();
        var at = span.IndexOf(RangeSeparator, StringComparison.Ordinal);
        var width = RangeSeparator.Length;
        if (at < 0)
        {
            at = span.IndexOf(RangeDash);
            width = 1;
        }

        if (at < 0)
        {
            return DecimalText.TryParse(span, provider, allowPercent: false, out var point, out var reason)
                ? Result<Target>.Success(Point(point))
                : Results.ParseFailed<Target>(reason!);
        }

        if (!DecimalText.TryParse(span[..at], provider, allowPercent: false, out var lower, out var lowerReason))
        {
            return Results.ParseFailed<Target>(lowerReason!);
        }

        if (!DecimalText.TryParse(span[(at + width)..], provider, allowPercent: false, out var upper, out var upperReason))
        {
            return Results.ParseFailed<Target>(upperReason!);
        }

        return lower <= upper
            ? Result<Target>.Success(new Target(lower, upper, isRange: true))
            : Results.ParseFailed<Target>(Messages.RangeReversed);
    }

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a target in the culture's format.</exception>
    public static Target Parse(string s, IFormatProvider? provider)
    {
        return Results.ValueOrFormatError(s, TryParse(s, provider));
    }

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Target result)
    {
        return TryParse(s, provider).TryGetValue(out result);
    }

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a target in the culture's format.</exception>
    public static Target Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Target result) =>
        TryParse(s.ToString(), provider, out result);

    /// <inheritdoc />
    public bool Equals(Target other) => Lower == other.Lower && Upper == other.Upper && IsRange == other.IsRange;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Target other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, IsRange);

    /// <summary>Formats the target in the invariant culture: <c>90</c> or <c>80..90</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the target: each number with <paramref name="format"/>, a range as <c>LO..HI</c>.</summary>
    /// <param name="format">A decimal format string; <see langword="null"/> means every significant digit.</param>
    /// <param name="formatProvider">The culture; <see langword="null"/> means invariant.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => Format(Lower, Upper, IsRange, format, formatProvider);

    /// <summary>Formats the target in the invariant culture, each number with <paramref name="format"/>.</summary>
    /// <param name="format">A decimal format string such as <c>0.00</c>; <see langword="null"/> means every significant digit.</param>
    /// <returns>The text, e.g. <c>80.00..90.00</c>.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        var text = ToString(format.IsEmpty ? null : format.ToString(), provider);
        if (text.AsSpan().TryCopyTo(destination))
        {
            charsWritten = text.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    private static string Format(decimal lower, decimal upper, bool isRange, string? format, IFormatProvider? provider) =>
        isRange
            ? DecimalText.Format(lower, format, provider) + RangeSeparator + DecimalText.Format(upper, format, provider)
            : DecimalText.Format(lower, format, provider);

    /// <summary>What LINQPad shows for the target (it calls <c>ToDump</c> by name): its invariant text, instead of
    /// its properties.</summary>
    private string ToDump() => ToString();
}
