using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Sakip.Domain.Rules;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Values;

/// <summary>
/// A percentage held exactly as a <see cref="decimal"/> number of percent (<c>85.38</c> means 85.38 %):
/// an achievement (<i>capaian</i>), a budget absorption (<i>serapan</i>) or an efficiency.
/// </summary>
/// <remarks>
/// <para><c>default(Percentage)</c> is 0 %. Values may exceed 100 (published capaian such as 184.75 % are not
/// capped) and may be negative (the reflected negative formula goes below zero once R &gt; 2T).</para>
/// <para>Formatting writes the number in the general decimal format followed by <c> %</c>; parsing accepts the
/// number with or without a trailing percent sign (<c>85,38 %</c> in <c>id-ID</c>), so
/// <c>Parse(ToString(c), c)</c> returns the same value for any culture <c>c</c>. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(PercentageJsonConverter))]
[TypeConverter(typeof(TextTypeConverter<Percentage>))]
public readonly struct Percentage :
    IEquatable<Percentage>,
    IComparable<Percentage>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<Percentage>
{
    private const string Suffix = " %";

    /// <summary>Creates a percentage.</summary>
    /// <param name="value">The number of percent, e.g. <c>85.38</c>.</param>
    public Percentage(decimal value) => Value = value;

    /// <summary>The zero value.</summary>
    public static Percentage Zero => default;

    /// <summary>The exact value.</summary>
    public decimal Value { get; }

    /// <summary>One hundred percent: the achievement of a realisation exactly on target.</summary>
    public static Percentage Hundred => new(100m);

    /// <summary>Rounds the value for presentation.</summary>
    /// <param name="rule">The rounding mode and number of decimals.</param>
    /// <returns>The rounded percentage.</returns>
    public Percentage Round(RoundingRule rule) => new(rule.Apply(Value));

    /// <summary>Converts a <see cref="Percentage"/> to its <see cref="decimal"/> number of percent.</summary>
    /// <param name="percentage">The percentage.</param>
    public static explicit operator decimal(Percentage percentage) => percentage.Value;

    /// <summary>Equality of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(Percentage left, Percentage right) => left.Equals(right);

    /// <summary>Inequality of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(Percentage left, Percentage right) => !left.Equals(right);

    /// <summary>Ordering of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is less.</returns>
    public static bool operator <(Percentage left, Percentage right) => left.Value < right.Value;

    /// <summary>Ordering of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is greater.</returns>
    public static bool operator >(Percentage left, Percentage right) => left.Value > right.Value;

    /// <summary>Ordering of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Percentage left, Percentage right) => left.Value <= right.Value;

    /// <summary>Ordering of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Percentage left, Percentage right) => left.Value >= right.Value;

    /// <summary>
    /// Parses a percentage written in <paramref name="provider"/>'s number format, with or without a trailing
    /// percent sign, never throwing: <c>85,38 %</c> in <c>id-ID</c>, <c>85.38</c> in the invariant culture.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="provider">The culture; <see langword="null"/> means invariant.</param>
    /// <returns>The value, or the reason it could not be read.</returns>
    public static Result<Percentage> TryParse(string? text, IFormatProvider? provider) =>
        DecimalText.Parse(text, provider, allowPercent: true, v => new Percentage(v));

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a number in the culture's format.</exception>
    public static Percentage Parse(string s, IFormatProvider? provider)
    {
        return Results.ValueOrFormatError(s, TryParse(s, provider));
    }

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Percentage result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a number in the culture's format.</exception>
    public static Percentage Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result : Results.ValueOrFormatError(s.ToString(), TryParse(s.ToString(), provider));

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Percentage result)
    {
        var ok = DecimalText.TryParse(s, provider, allowPercent: true, out var value, out _);
        result = new Percentage(value);
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(Percentage other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Percentage other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Percentage other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Percentage"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Percentage other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Percentage)}.", nameof(obj)),
    };

    /// <summary>Formats the value in the invariant culture with every significant digit and a percent sign.</summary>
    /// <returns>The text, e.g. <c>85.38 %</c>.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>Formats the number with <paramref name="format"/> (a decimal format string) followed by <c> %</c>.</summary>
    /// <param name="format">A decimal format string; <see langword="null"/> means every significant digit.</param>
    /// <param name="formatProvider">The culture; <see langword="null"/> means invariant.</param>
    /// <returns>The text, e.g. <c>85,38 %</c> in <c>id-ID</c>.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => DecimalText.Format(Value, format, formatProvider) + Suffix;

    /// <summary>Formats the number with <paramref name="format"/> in the invariant culture, followed by <c> %</c>.</summary>
    /// <param name="format">A decimal format string such as <c>0.00</c>; <see langword="null"/> means every significant digit.</param>
    /// <returns>The text, e.g. <c>85.38 %</c>.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (DecimalText.TryFormat(Value, destination, out charsWritten, format, provider) && Suffix.AsSpan().TryCopyTo(destination[charsWritten..]))
        {
            charsWritten += Suffix.Length;
            return true;
        }

        charsWritten = 0;
        return false;
    }

    /// <summary>What LINQPad shows for the percentage (it calls <c>ToDump</c> by name): its invariant text, instead of
    /// its properties.</summary>
    private string ToDump() => ToString();
}
