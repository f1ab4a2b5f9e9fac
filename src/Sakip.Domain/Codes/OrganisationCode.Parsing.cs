using System.Diagnostics.CodeAnalysis;
using Sakip.Domain.Text;

namespace Sakip.Domain.Codes;

/// <content>Parsing.</content>
public readonly partial struct OrganisationCode : ISpanParsable<OrganisationCode>, ICodeReader<OrganisationCode>
{
    /// <summary>Parses an organisation code such as <c>1.01.2.22.0.00.02.0000</c>, never throwing.</summary>
    /// <remarks>
    /// White space around the code is ignored and <c>x</c> is read as <c>X</c>; otherwise the text must be the
    /// code exactly as <see cref="ToString()"/> writes it. Failures carry the reason codes <c>empty-code</c>,
    /// <c>bad-code-shape</c> (not 8 segments, or an empty segment) and <c>bad-code-segment</c> (the reason names
    /// the segment and what it should be, or says that a third urusan and bidang follow an empty second).
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns>The code, or the reason it could not be read.</returns>
    public static Result<OrganisationCode> TryParse(string? text) => CodeParsing.TryParse<OrganisationCode>(text);

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not an organisation code; the message carries the
    /// reason.</exception>
    public static OrganisationCode Parse(string s, IFormatProvider? provider) => CodeParsing.Parse<OrganisationCode>(s);

    /// <inheritdoc />
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out OrganisationCode result) =>
        CodeParsing.TryParse(s, out result);

    /// <inheritdoc />
    /// <exception cref="FormatException">The text is not an organisation code; the message carries the
    /// reason.</exception>
    public static OrganisationCode Parse(ReadOnlySpan<char> s, IFormatProvider? provider) => Parse(s.ToString(), provider);

    /// <inheritdoc />
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out OrganisationCode result) =>
        CodeParsing.TryParse(s, out result);

    /// <inheritdoc />
    static Reason? ICodeReader<OrganisationCode>.Read(ReadOnlySpan<char> text, out OrganisationCode code)
    {
        code = default;
        Span<Range> parts = stackalloc Range[SegmentCount];
        if (CodeParsing.Split(ref text, parts, SegmentCount, Messages.OrganisationCodeSegmentCount, out _) is { } shapeReason)
        {
            return shapeReason;
        }

        if (ReadPair(text[parts[0]], text[parts[1]], 1, CodeSegment.PrimaryUrusan, CodeSegment.PrimaryBidang, out var primaryUrusan, out var primaryBidang) is { } primaryReason)
        {
            return primaryReason;
        }

        if (ReadPair(text[parts[2]], text[parts[3]], 3, CodeSegment.SecondUrusan, CodeSegment.SecondBidang, out var secondUrusan, out var secondBidang) is { } secondReason)
        {
            return secondReason;
        }

        if (ReadPair(text[parts[4]], text[parts[5]], 5, CodeSegment.ThirdUrusan, CodeSegment.ThirdBidang, out var thirdUrusan, out var thirdBidang) is { } thirdReason)
        {
            return thirdReason;
        }

        if (secondUrusan == CodeText.NoUrusan && thirdUrusan != CodeText.NoUrusan)
        {
            return Messages.OrganisationBidangOutOfOrder;
        }

        var segment = text[parts[6]];
        if (!CodeText.TryNumber(segment, 2, out var unit))
        {
            return Messages.BadCodeSegment(CodeSegment.Unit, 7, segment.ToString());
        }

        segment = text[parts[7]];
        if (!CodeText.TryDigits(segment, 4, out var subUnit))
        {
            return Messages.BadCodeSegment(CodeSegment.SubUnit, 8, segment.ToString());
        }

        code = new OrganisationCode(primaryUrusan, primaryBidang, secondUrusan, secondBidang, thirdUrusan, thirdBidang, unit, subUnit);
        return null;
    }

    private static Reason? ReadPair(
        ReadOnlySpan<char> urusanText,
        ReadOnlySpan<char> bidangText,
        int position,
        CodeSegment urusanSegment,
        CodeSegment bidangSegment,
        out int urusan,
        out int bidang)
    {
        bidang = 0;
        if (!CodeText.TryUrusan(urusanText, allowNone: urusanSegment != CodeSegment.PrimaryUrusan, out urusan))
        {
            return Messages.BadCodeSegment(urusanSegment, position, urusanText.ToString());
        }

        return CodeText.TryBidang(bidangText, urusan, out bidang)
            ? null
            : Messages.BadCodeSegment(bidangSegment, position + 1, bidangText.ToString());
    }
}
