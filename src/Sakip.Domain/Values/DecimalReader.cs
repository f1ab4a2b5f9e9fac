namespace Sakip.Domain.Values;

/// <summary>
/// The library's one number reader: every value type (<see cref="Measure"/>, <see cref="Percentage"/>,
/// <see cref="Target"/>), the command-line tool and the JSON reader read numbers through it, with the same rules.
/// </summary>
/// <remarks>
/// <para>A number is read exactly or not at all: a value with more digits after the point than
/// <see cref="decimal"/> holds (more than 28 decimal places, or more significant digits than its 96-bit
/// significand) fails with the code <c>precision-exceeded</c>, and one beyond ±<see cref="decimal.MaxValue"/> with
/// <c>out-of-range</c>; neither is ever rounded. Trailing zeros after the point are not precision
/// (<c>1.000…0</c> with 40 zeros is exactly 1).</para>
/// <para>Culture-formatted text accepts the culture's thousands separator only in groups of three digits, and no
/// space between digits other than the culture's own group separator (a plain space is not the no-break space
/// of <c>ru-RU</c>). Never throws on bad text; thread-safe.</para>
/// </remarks>
public static class DecimalReader
{
    /// <summary>Reads a number written in <paramref name="provider"/>'s number format (<c>4,88</c> and
    /// <c>6.149.428.000</c> in <c>id-ID</c>, <c>4.88</c> invariant), exactly or with the reason it cannot be.</summary>
    /// <param name="text">The text.</param>
    /// <param name="provider">The culture; <see langword="null"/> means invariant.</param>
    /// <returns>The exact value, or the reason it could not be read.</returns>
    public static Result<decimal> TryParse(string? text, IFormatProvider? provider) =>
        DecimalText.Parse(text, provider, allowPercent: false, static v => v);

    /// <summary>Reads a number in the invariant scientific form of JSON numbers and spreadsheet cells
    /// (<c>-12.5</c>, <c>1e-4</c>, <c>2.5E+3</c>; no thousands separator), exactly or with the reason it cannot be:
    /// <c>1e-400</c> is <c>precision-exceeded</c>, never 0.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The exact value, or the reason it could not be read.</returns>
    public static Result<decimal> TryParseScientific(string? text)
    {
        if (text is null)
        {
            return Results.ParseFailed<decimal>(Messages.EmptyNumber);
        }

        return DecimalText.TryParseScientific(text, out var value, out var reason)
            ? Result<decimal>.Success(value)
            : Results.ParseFailed<decimal>(reason!);
    }
}
