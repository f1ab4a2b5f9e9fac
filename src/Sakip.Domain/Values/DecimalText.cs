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

        if (!HasWellFormedGroups(trimmed, info))
        {
            reason = Messages.MisplacedGroupSeparator(info);
            return false;
        }

        if (decimal.TryParse(trimmed, Styles, info, out value))
        {
            reason = null;
            return true;
        }

        reason = LooksTooLarge(trimmed) ? Messages.NumberOutOfRange : Messages.NotANumber(provider);
        return false;
    }

    public static ParseResult<T> Parse<T>(string? text, IFormatProvider? provider, bool allowPercent, Func<decimal, T> create)
    {
        if (text is null)
        {
            return ParseResult<T>.Fail(text, Messages.EmptyNumber);
        }

        return TryParse(text, provider, allowPercent, out var value, out var reason)
            ? ParseResult<T>.Ok(create(value))
            : ParseResult<T>.Fail(text, reason!);
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

    private static bool LooksTooLarge(ReadOnlySpan<char> text)
    {
        var digits = 0;
        foreach (var c in text)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (!(c is '.' or ',' or ' ' or '\u00A0' or '+' or '-'))
            {
                return false;
            }
        }

        return digits > 28;
    }
}
