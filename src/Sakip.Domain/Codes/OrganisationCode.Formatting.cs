namespace Sakip.Domain.Codes;

/// <content>Formatting.</content>
public readonly partial struct OrganisationCode : ISpanFormattable
{
    // "1.01.2.22.0.00.02.0000"
    private const int Length = 22;

    /// <summary>The code as text, e.g. <c>1.01.2.22.0.00.02.0000</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Length, this, static (span, code) => code.Write(span));

    /// <summary>The code as text (the format and culture are ignored: the form is the same everywhere).</summary>
    /// <param name="format">Ignored.</param>
    /// <param name="formatProvider">Ignored.</param>
    /// <returns>The text.</returns>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    /// <summary>Writes the code as text (the format and culture are ignored).</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written; 0 when the destination is too short.</param>
    /// <param name="format">Ignored.</param>
    /// <param name="provider">Ignored.</param>
    /// <returns>Whether the destination was long enough (22 characters are needed).</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CodeText.TryFormat(this, Length, static (span, code) => code.Write(span), destination, out charsWritten);

    private void Write(Span<char> destination)
    {
        CodeText.WriteUrusanBidang(destination, PrimaryUrusanValue, _primaryBidangMinusOne + 1);
        destination[4] = CodeText.Separator;
        CodeText.WriteUrusanBidang(destination[5..], _secondUrusan, _secondBidang);
        destination[9] = CodeText.Separator;
        CodeText.WriteUrusanBidang(destination[10..], _thirdUrusan, _thirdBidang);
        destination[14] = CodeText.Separator;
        CodeText.WriteDigits(destination[15..], Unit, 2);
        destination[17] = CodeText.Separator;
        CodeText.WriteDigits(destination[18..], _subUnit, 4);
    }
}
