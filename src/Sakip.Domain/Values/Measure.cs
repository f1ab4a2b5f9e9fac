using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Values;

/// <summary>
/// A measured value of an indicator (a realisation, <i>realisasi</i>, or one bound of a target) in the
/// indicator's own unit (percent, cases per 1,000, rupiah, kilometres …), held exactly as a <see cref="decimal"/>.
/// </summary>
/// <remarks>
/// <para><c>default(Measure)</c> is zero. A value that was not reported is not a zero <see cref="Measure"/>:
/// it is represented by a <see langword="null"/> <c>Measure?</c>.</para>
/// <para>Formatting uses the general decimal format (no thousands separators, every significant digit), so
/// <c>Parse(ToString(c), c)</c> returns the same value for any culture <c>c</c>. Parsing accepts the
/// culture's thousands separator only in well-formed groups of three digits. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(MeasureJsonConverter))]
[TypeConverter(typeof(TextTypeConverter<Measure>))]
public readonly struct Measure :
    IEquatable<Measure>,
    IComparable<Measure>,
    IComparable,
    ISpanFormattable,
    ISpanParsable<Measure>
{
    /// <summary>Creates a measured value.</summary>
    /// <param name="value">The exact value.</param>
    public Measure(decimal value) => Value = value;

    /// <summary>The zero value.</summary>
    public static Measure Zero => default;

    /// <summary>The exact value.</summary>
    public decimal Value { get; }

    /// <summary>Whether the value is below zero (only some indicators, such as growth rates, allow that).</summary>
    public bool IsNegative => decimal.Sign(Value) < 0;

    /// <summary>Converts a <see cref="decimal"/> to a <see cref="Measure"/>.</summary>
    /// <param name="value">The value.</param>
    public static implicit operator Measure(decimal value) => new(value);

    /// <summary>Converts a <see cref="Measure"/> to its <see cref="decimal"/> value.</summary>
    /// <param name="measure">The measure.</param>
    public static explicit operator decimal(Measure measure) => measure.Value;

    /// <summary>Equality of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the values are equal.</returns>
    public static bool operator ==(Measure left, Measure right) => left.Equals(right);

    /// <summary>Inequality of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether the values differ.</returns>
    public static bool operator !=(Measure left, Measure right) => !left.Equals(right);

    /// <summary>Ordering of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is less.</returns>
    public static bool operator <(Measure left, Measure right) => left.Value < right.Value;

    /// <summary>Ordering of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is greater.</returns>
    public static bool operator >(Measure left, Measure right) => left.Value > right.Value;

    /// <summary>Ordering of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is less or equal.</returns>
    public static bool operator <=(Measure left, Measure right) => left.Value <= right.Value;

    /// <summary>Ordering of values.</summary>
    /// <param name="left">The left operand.</param>
    /// <param name="right">The right operand.</param>
    /// <returns>Whether <paramref name="left"/> is greater or equal.</returns>
    public static bool operator >=(Measure left, Measure right) => left.Value >= right.Value;

    /// <summary>Creates a measure from a <see cref="double"/> (its shortest round-trip text, read exactly),
    /// rejecting NaN, infinity, values beyond decimal's range and values with more precision than decimal holds
    /// with a reason.</summary>
    /// <param name="value">The value, as from a spreadsheet or a notebook.</param>
    /// <returns>The measure, or the reason it cannot be one.</returns>
    public static Result<Measure> FromDouble(double value)
    {
        var text = value.ToString("R", Cultures.Invariant);
        if (!double.IsFinite(value))
        {
            return Results.ParseFailed<Measure>(Messages.NotFinite);
        }

        // The shortest text that round-trips the double, read exactly: 1e-29 is refused, never rounded to 0.
        return DecimalReader.TryParseScientific(text).Select(v => new Measure(v));
    }

    /// <summary>
    /// Parses a measured value written in <paramref name="provider"/>'s number format, never throwing:
    /// <c>4,88</c> and <c>6.149.428.000</c> in <c>id-ID</c>, <c>4.88</c> in the invariant culture.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="provider">The culture; <see langword="null"/> means invariant.</param>
    /// <returns>The value, or the reason it could not be read.</returns>
    public static Result<Measure> TryParse(string? text, IFormatProvider? provider) =>
        DecimalText.Parse(text, provider, allowPercent: false, v => new Measure(v));

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a number in the culture's format.</exception>
    public static Measure Parse(string s, IFormatProvider? provider)
    {
        return Results.ValueOrFormatError(s, TryParse(s, provider));
    }

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out Measure result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a number in the culture's format.</exception>
    public static Measure Parse(ReadOnlySpan<char> s, IFormatProvider? provider) =>
        TryParse(s, provider, out var result) ? result : Results.ValueOrFormatError(s.ToString(), TryParse(s.ToString(), provider));

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out Measure result)
    {
        var ok = DecimalText.TryParse(s, provider, allowPercent: false, out var value, out _);
        result = new Measure(value);
        return ok;
    }

    /// <inheritdoc />
    public bool Equals(Measure other) => Value == other.Value;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Measure other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value.GetHashCode();

    /// <inheritdoc />
    public int CompareTo(Measure other) => Value.CompareTo(other.Value);

    /// <inheritdoc />
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a <see cref="Measure"/>.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        Measure other => CompareTo(other),
        _ => throw new ArgumentException($"Object must be of type {nameof(Measure)}.", nameof(obj)),
    };

    /// <summary>Formats the value in the invariant culture with every significant digit.</summary>
    /// <returns>The text, e.g. <c>4.88</c>.</returns>
    public override string ToString() => ToString(null, null);

    /// <inheritdoc />
    public string ToString(string? format, IFormatProvider? formatProvider) => DecimalText.Format(Value, format, formatProvider);

    /// <summary>Formats the value with <paramref name="format"/> in the invariant culture.</summary>
    /// <param name="format">A decimal format string such as <c>0.00</c>; <see langword="null"/> means every significant digit.</param>
    /// <returns>The text, e.g. <c>4.88</c>.</returns>
    public string ToString(string? format) => ToString(format, null);

    /// <summary>The value rounded by a rule.</summary>
    /// <param name="rule">The rounding rule.</param>
    /// <returns>The rounded value, carrying exactly the rule's decimals.</returns>
    public Measure Round(Sakip.Domain.Rules.RoundingRule rule) => new(rule.Apply(Value));

    /// <inheritdoc />
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        DecimalText.TryFormat(Value, destination, out charsWritten, format, provider);

    /// <summary>What LINQPad shows for the measure (it calls <c>ToDump</c> by name): its invariant text, instead of
    /// its properties.</summary>
    private string ToDump() => ToString();
}
