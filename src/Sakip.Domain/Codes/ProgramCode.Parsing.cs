using System.Diagnostics.CodeAnalysis;
using Sakip.Domain.Text;

namespace Sakip.Domain.Codes;

/// <content>Parsing.</content>
public readonly partial struct ProgramCode : ISpanParsable<ProgramCode>, ICodeReader<ProgramCode>
{
    /// <summary>
    /// Parses a code of any level, never throwing: <c>1</c>, <c>1.02</c>, <c>1.02.02</c>, <c>1.02.02.2.01</c>,
    /// <c>1.02.02.2.01.0001</c> or <c>1.02.02.2.01.01</c>; also <c>X.XX.01…</c> and urusan 9.
    /// </summary>
    /// <remarks>
    /// White space around the code is ignored and <c>x</c> is read as <c>X</c>; otherwise the text must be the
    /// code exactly as <see cref="ToString()"/> writes it, so <c>ToString()</c> gives back every text this method
    /// accepts in that canonical form. Failures carry the reason codes <c>empty-code</c>, <c>bad-code-shape</c>
    /// (wrong number of segments, an empty segment, or an authority digit without a kegiatan number),
    /// <c>bad-code-segment</c> (the reason names the segment and what it should be) and <c>bad-authority</c>.
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns>The code, or the reason it could not be read.</returns>
    public static Result<ProgramCode> TryParse(string? text) => CodeParsing.TryParse<ProgramCode>(text);

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a program code; the message carries the reason.</exception>
    public static ProgramCode Parse(string s, IFormatProvider? provider) => CodeParsing.Parse<ProgramCode>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out ProgramCode result) =>
        CodeParsing.TryParse(s, out result);

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not a program code; the message carries the reason.</exception>
    public static ProgramCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out ProgramCode result) =>
        CodeParsing.TryParse(s, out result);

    /// <inheritdoc />
    static Reason? ICodeReader<ProgramCode>.Read(ReadOnlySpan<char> text, out ProgramCode code)
    {
        code = default;
        Span<Range> parts = stackalloc Range[MaxSegments];
        if (CodeParsing.Split(ref text, parts, 1, Messages.ProgramCodeSegmentCount, out var count) is { } shapeReason)
        {
            return shapeReason;
        }

        if (count == 4)
        {
            return Messages.AuthorityWithoutKegiatan;
        }

        var segment = text[parts[0]];
        if (!CodeText.TryUrusan(segment, allowNone: false, out var urusan))
        {
            return Messages.BadCodeSegment(CodeSegment.Urusan, 1, segment.ToString());
        }

        var (bidang, program, authority, kegiatan, subKegiatan, digits) = (0, 0, 0, 0, 0, 0);
        if (count >= 2)
        {
            segment = text[parts[1]];
            if (!CodeText.TryBidang(segment, urusan, out bidang))
            {
                return Messages.BadCodeSegment(CodeSegment.Bidang, 2, segment.ToString());
            }
        }

        if (count >= 3)
        {
            segment = text[parts[2]];
            if (!CodeText.TryNumber(segment, 2, out program))
            {
                return Messages.BadCodeSegment(CodeSegment.Program, 3, segment.ToString());
            }
        }

        if (count >= 5)
        {
            segment = text[parts[3]];
            if (segment is not ['1' or '2'])
            {
                return Messages.BadAuthority(segment.ToString());
            }

            authority = segment[0] - '0';
            segment = text[parts[4]];
            if (!CodeText.TryNumber(segment, 2, out kegiatan))
            {
                return Messages.BadCodeSegment(CodeSegment.Kegiatan, 5, segment.ToString());
            }
        }

        if (count == 6)
        {
            segment = text[parts[5]];
            digits = segment.Length;
            if (digits is not (2 or 4) || !CodeText.TryNumber(segment, digits, out subKegiatan))
            {
                return Messages.BadCodeSegment(CodeSegment.SubKegiatan, 6, segment.ToString());
            }
        }

        var level = count switch
        {
            1 => CodeLevel.Urusan,
            2 => CodeLevel.Bidang,
            3 => CodeLevel.Program,
            5 => CodeLevel.Kegiatan,
            _ => CodeLevel.SubKegiatan,
        };
        code = new ProgramCode(level, urusan, bidang, program, authority, kegiatan, subKegiatan, digits);
        return null;
    }
}
