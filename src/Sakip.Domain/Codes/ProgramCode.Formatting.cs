namespace Sakip.Domain.Codes;

/// <content>Formatting.</content>
public readonly partial struct ProgramCode : ISpanFormattable
{
    private int Length => Level switch
    {
        CodeLevel.Urusan => 1,
        CodeLevel.Bidang => 4,
        CodeLevel.Program => 7,
        CodeLevel.Kegiatan => 12,
        _ => 13 + _subKegiatanDigits,
    };

    /// <summary>The code as text, exactly as it is written in planning documents: <c>1.02.02.2.01.0001</c>, with
    /// the sub kegiatan in the width it was parsed or created with (<c>1.02.02.2.01.01</c>).</summary>
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
    /// <returns>Whether the destination was long enough (at most 17 characters are needed).</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider) =>
        CodeText.TryFormat(this, Length, static (span, code) => code.Write(span), destination, out charsWritten);

    private void Write(Span<char> destination)
    {
        if (Level == CodeLevel.Urusan)
        {
            destination[0] = CodeText.UrusanChar(UrusanValue);
            return;
        }

        CodeText.WriteUrusanBidang(destination, UrusanValue, _bidang);
        if (Level == CodeLevel.Bidang)
        {
            return;
        }

        destination[4] = CodeText.Separator;
        CodeText.WriteDigits(destination[5..], _program, 2);
        if (Level == CodeLevel.Program)
        {
            return;
        }

        destination[7] = CodeText.Separator;
        destination[8] = (char)('0' + _authority);
        destination[9] = CodeText.Separator;
        CodeText.WriteDigits(destination[10..], _kegiatan, 2);
        if (Level == CodeLevel.Kegiatan)
        {
            return;
        }

        destination[12] = CodeText.Separator;
        CodeText.WriteDigits(destination[13..], _subKegiatan, _subKegiatanDigits);
    }
}
