using System.Buffers;

namespace Sakip.Domain.Codes;

/// <summary>Segment reading and writing shared by <see cref="ProgramCode"/> and <see cref="OrganisationCode"/>.</summary>
internal static class CodeText
{
    /// <summary>The stored value of urusan <c>X</c>, which sorts after the digits 1 to 9.</summary>
    public const int CrossUrusan = 10;

    /// <summary>The stored value of urusan <c>0</c> (no urusan) in an organisation code's second or third pair.</summary>
    public const int NoUrusan = 0;

    public const char Separator = '.';

    public static int CountSegments(ReadOnlySpan<char> text) => text.Count(Separator) + 1;

    public static bool HasEmptySegment(ReadOnlySpan<char> text) =>
        text.IsEmpty || text[0] == Separator || text[^1] == Separator || text.Contains("..", StringComparison.Ordinal);

    /// <summary>Exactly <paramref name="width"/> ASCII digits (no sign, no white space).</summary>
    public static bool TryDigits(ReadOnlySpan<char> text, int width, out int value)
    {
        value = 0;
        if (text.Length != width)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                value = 0;
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>Exactly <paramref name="width"/> ASCII digits with a value of at least 1.</summary>
    public static bool TryNumber(ReadOnlySpan<char> text, int width, out int value) =>
        TryDigits(text, width, out value) && value >= 1;

    /// <summary>An urusan: <c>1</c>–<c>9</c>, <c>X</c> (or <c>x</c>), and <c>0</c> only when <paramref name="allowNone"/>.</summary>
    public static bool TryUrusan(ReadOnlySpan<char> text, bool allowNone, out int urusan)
    {
        urusan = text switch
        {
            ['X' or 'x'] => CrossUrusan,
            [var c] when c is >= '1' and <= '9' => c - '0',
            ['0'] when allowNone => NoUrusan,
            _ => -1,
        };
        return urusan >= 0;
    }

    /// <summary>
    /// A bidang after <paramref name="urusan"/>: <c>XX</c> after urusan X, <c>00</c> after no urusan (both stored
    /// as 0), otherwise <c>01</c>–<c>99</c>.
    /// </summary>
    public static bool TryBidang(ReadOnlySpan<char> text, int urusan, out int bidang)
    {
        bidang = 0;
        return urusan switch
        {
            CrossUrusan => text is ['X' or 'x', 'X' or 'x'],
            NoUrusan => text is ['0', '0'],
            _ => TryNumber(text, 2, out bidang),
        };
    }

    public static char UrusanChar(int urusan) => urusan == CrossUrusan ? 'X' : (char)('0' + urusan);

    /// <summary>Writes <paramref name="value"/> as exactly <paramref name="width"/> digits, zero-padded.</summary>
    public static void WriteDigits(Span<char> destination, int value, int width)
    {
        for (var i = width - 1; i >= 0; i--)
        {
            destination[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    /// <summary>Writes an urusan and its bidang, <c>U.BB</c> (4 characters).</summary>
    public static void WriteUrusanBidang(Span<char> destination, int urusan, int bidang)
    {
        destination[0] = UrusanChar(urusan);
        destination[1] = Separator;
        if (urusan == CrossUrusan)
        {
            destination[2] = 'X';
            destination[3] = 'X';
        }
        else
        {
            WriteDigits(destination[2..], bidang, 2);
        }
    }

    /// <summary>
    /// <see cref="ISpanFormattable.TryFormat"/> for a code of <paramref name="length"/> characters: writes it with
    /// <paramref name="write"/> when <paramref name="destination"/> is long enough, otherwise writes nothing.
    /// </summary>
    public static bool TryFormat<T>(T code, int length, SpanAction<char, T> write, Span<char> destination, out int charsWritten)
    {
        if (destination.Length < length)
        {
            charsWritten = 0;
            return false;
        }

        write(destination[..length], code);
        charsWritten = length;
        return true;
    }
}
