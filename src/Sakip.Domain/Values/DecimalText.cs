using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Values;

/// <summary>
/// Shared number parsing for every value type: invariant or culture-formatted decimals,
/// with an optional trailing percent sign, never throwing. A leading minus sign may be the hyphen-minus
/// (<c>-1.41</c>) or the typographic minus U+2212 (<c>−1.41</c>, as copied from a typeset report); the library's
/// <see cref="Cultures"/> write the hyphen-minus.
/// </summary>
internal static class DecimalText
{
    private const NumberStyles Styles = NumberStyles.Number;

    private const string TypographicMinus = "\u2212";

    public static bool TryParse(ReadOnlySpan<char> text, IFormatProvider? provider, bool allowPercent, out decimal value, out Reason? reason)
    {
        value = 0m;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            reason = Messages.EmptyNumber;
            return false;
        }

        if (allowPercent && trimmed[^1] == '%')
        {
            trimmed = trimmed[..^1].TrimEnd();
        }

        if (IsNotFinite(trimmed, provider))
        {
            reason = Messages.NotFinite;
            return false;
        }

        var info = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        if (trimmed.StartsWith(TypographicMinus, StringComparison.Ordinal) && info.NegativeSign != TypographicMinus)
        {
            return TryParse(string.Concat(info.NegativeSign, trimmed[TypographicMinus.Length..]), provider, allowPercent: false, out value, out reason);
        }

        if (!HasOnlyCultureSpaces(trimmed, info))
        {
            reason = Messages.SpaceNotGroupSeparator(info);
            return false;
        }

        if (!HasWellFormedGroups(trimmed, info))
        {
            reason = Messages.MisplacedGroupSeparator(info);
            return false;
        }

        var parsed = decimal.TryParse(trimmed, Styles, info, out value);
        if (parsed || LooksNumeric(trimmed))
        {
            var exactness = Check(trimmed, info.NumberDecimalSeparator, allowExponent: false);
            if (exactness != Exactness.Exact)
            {
                value = 0m;
                reason = Refusal(exactness, trimmed);
                return false;
            }
        }

        if (parsed)
        {
            reason = null;
            return true;
        }

        reason = Messages.NotANumber(provider);
        return false;
    }

    /// <summary>
    /// Reads a number in the invariant scientific form of JSON and spreadsheets (<c>-12.5</c>, <c>1e-4</c>,
    /// <c>2.5E+3</c>; no group separators, no percent sign), exactly or not at all.
    /// </summary>
    public static bool TryParseScientific(ReadOnlySpan<char> text, out decimal value, out Reason? reason)
    {
        value = 0m;
        var trimmed = text.Trim();
        if (trimmed.IsEmpty)
        {
            reason = Messages.EmptyNumber;
            return false;
        }

        if (!IsScientific(trimmed))
        {
            reason = IsNotFinite(trimmed, null) ? Messages.NotFinite : Messages.NotANumber(null);
            return false;
        }

        var exactness = Check(trimmed, ".", allowExponent: true);
        if (exactness != Exactness.Exact)
        {
            reason = Refusal(exactness, trimmed);
            return false;
        }

        // Exact: decimal's own parser cannot round it; a zero with a huge exponent is still zero.
        if (!decimal.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            value = 0m;
        }

        reason = null;
        return true;
    }

    /// <summary>Whether the text is an ASCII number written with a decimal point and an exponent, and nothing else.</summary>
    internal static bool IsScientific(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var integerDigits = Digits(text, ref i);
        var fractionDigits = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            fractionDigits = Digits(text, ref i);
            if (fractionDigits == 0)
            {
                return false;
            }
        }

        if (integerDigits == 0)
        {
            return false;
        }

        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            if (Digits(text, ref i) == 0)
            {
                return false;
            }
        }

        return i == text.Length;

        static int Digits(ReadOnlySpan<char> text, ref int i)
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            return i - start;
        }
    }

    /// <summary>Whether a number written with the given decimal separator (and, if allowed, an exponent) is held
    /// exactly by <see cref="decimal"/>: every ASCII digit counts, whatever separates them.</summary>
    internal static Exactness Check(ReadOnlySpan<char> text, string decimalSeparator, bool allowExponent)
    {
        var exponentAt = allowExponent ? text.IndexOfAny('e', 'E') : -1;
        var mantissa = exponentAt >= 0 ? text[..exponentAt] : text;
        var exponent = exponentAt >= 0 ? SaturatedExponent(text[(exponentAt + 1)..]) : 0L;
        var separatorAt = mantissa.IndexOf(decimalSeparator, StringComparison.Ordinal);
        var digits = new char[mantissa.Length];
        var count = 0;
        long fractionDigits = 0;
        for (var i = 0; i < mantissa.Length; i++)
        {
            if (!char.IsAsciiDigit(mantissa[i]))
            {
                continue;
            }

            if (count > 0 || mantissa[i] != '0')
            {
                digits[count++] = mantissa[i];
            }

            if (separatorAt >= 0 && i > separatorAt)
            {
                fractionDigits++;
            }
        }

        if (count == 0)
        {
            return Exactness.Exact;
        }

        // value = digits × 10^-scale
        var scale = fractionDigits - exponent;
        var length = count;
        while (scale > 0 && digits[length - 1] == '0')
        {
            length--;
            scale--;
        }

        var integerDigits = length - scale;
        if (integerDigits > 29)
        {
            return Exactness.OutOfRange;
        }

        if (scale > 28)
        {
            return Exactness.PrecisionExceeded;
        }

        var significand = System.Numerics.BigInteger.Parse(digits.AsSpan(0, length), CultureInfo.InvariantCulture);
        if (scale < 0)
        {
            significand *= System.Numerics.BigInteger.Pow(10, (int)-scale);
            scale = 0;
        }

        var max = new System.Numerics.BigInteger(decimal.MaxValue);
        if (significand > max * System.Numerics.BigInteger.Pow(10, (int)scale))
        {
            return Exactness.OutOfRange;
        }

        return significand > max ? Exactness.PrecisionExceeded : Exactness.Exact;
    }

    internal static Reason Refusal(Exactness exactness, ReadOnlySpan<char> text) =>
        exactness == Exactness.OutOfRange ? Messages.OutOfRange(Shown(text)) : Messages.PrecisionExceeded(Shown(text));

    private static string Shown(ReadOnlySpan<char> text) => text.Length <= 48 ? text.ToString() : string.Concat(text[..45], "…");

    private static long SaturatedExponent(ReadOnlySpan<char> text)
    {
        var negative = text.Length > 0 && text[0] == '-';
        long value = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                value = Math.Min(value * 10 + (c - '0'), 1_000_000_000L);
            }
        }

        return negative ? -value : value;
    }

    /// <summary>
    /// .NET accepts a plain space where a culture separates thousands with a no-break space (<c>4 88</c> reads as
    /// 488 in <c>ru-RU</c>); between two digits the only space allowed is the culture's own group separator.
    /// </summary>
    private static bool HasOnlyCultureSpaces(ReadOnlySpan<char> text, NumberFormatInfo info)
    {
        for (var i = 1; i < text.Length - 1; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])
                && !(info.NumberGroupSeparator.Length == 1 && info.NumberGroupSeparator[0] == c))
            {
                return false;
            }
        }

        return true;
    }

    public static Result<T> Parse<T>(string? text, IFormatProvider? provider, bool allowPercent, Func<decimal, T> create)
    {
        if (text is null)
        {
            return Results.ParseFailed<T>(Messages.EmptyNumber);
        }

        return TryParse(text, provider, allowPercent, out var value, out var reason)
            ? Result<T>.Success(create(value))
            : Results.ParseFailed<T>(reason!);
    }

    public static string Format(decimal value, string? format, IFormatProvider? provider) =>
        value.ToString(string.IsNullOrEmpty(format) ? "G" : format, provider ?? CultureInfo.InvariantCulture);

    public static bool TryFormat(decimal value, Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        value.TryFormat(destination, out charsWritten, format.IsEmpty ? "G" : format, provider ?? CultureInfo.InvariantCulture);

    /// <summary>
    /// .NET accepts a group separator anywhere (<c>4,88</c> reads as 488 in the invariant culture);
    /// a measured value must never change silently, so groups must be exactly three digits.
    /// </summary>
    private static bool HasWellFormedGroups(ReadOnlySpan<char> text, NumberFormatInfo info)
    {
        var separator = info.NumberGroupSeparator;
        if (string.IsNullOrEmpty(separator) || text.IndexOf(separator, StringComparison.Ordinal) < 0)
        {
            return true;
        }

        var decimalAt = text.IndexOf(info.NumberDecimalSeparator, StringComparison.Ordinal);
        var integer = decimalAt >= 0 ? text[..decimalAt] : text;
        integer = integer.TrimStart("+-").Trim();
        var first = true;
        while (true)
        {
            var at = integer.IndexOf(separator, StringComparison.Ordinal);
            var group = at >= 0 ? integer[..at] : integer;
            var ok = first ? group.Length is >= 1 and <= 3 : group.Length == 3;
            if (!ok)
            {
                return false;
            }

            foreach (var c in group)
            {
                if (!char.IsAsciiDigit(c))
                {
                    return false;
                }
            }

            if (at < 0)
            {
                return true;
            }

            integer = integer[(at + separator.Length)..];
            first = false;
        }
    }

    private static bool IsNotFinite(ReadOnlySpan<char> text, IFormatProvider? provider)
    {
        var info = NumberFormatInfo.GetInstance(provider ?? CultureInfo.InvariantCulture);
        var unsigned = text.TrimStart("+-\u2212");
        return unsigned.Equals(info.NaNSymbol, StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals("NaN", StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals(info.PositiveInfinitySymbol.TrimStart('+'), StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals("Infinity", StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals("Inf", StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals("∞", StringComparison.Ordinal);
    }

    /// <summary>Whether the text holds only digits, separators and signs, so a failed parse means out of range.</summary>
    private static bool LooksNumeric(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is '.' or ',' or ' ' or '\u00A0' or '\u202F' or '\'' or '+' or '-'))
            {
                return false;
            }
        }

        return digits > 0;
    }
}

/// <summary>Whether a written number is held exactly by <see cref="decimal"/>.</summary>
internal enum Exactness
{
    /// <summary>Held exactly.</summary>
    Exact,

    /// <summary>Within range, but with more digits after the point than decimal holds: it would be rounded.</summary>
    PrecisionExceeded,

    /// <summary>Beyond ±<see cref="decimal.MaxValue"/>.</summary>
    OutOfRange,
}
