using System.ComponentModel;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Codes;

/// <summary>
/// The code of a regional government organisation (<i>perangkat daerah</i>) or one of its sub-units under
/// Permendagri 90/2019, e.g. <c>1.01.2.22.0.00.02.0000</c>: the primary urusan and bidang the organisation serves
/// (<c>1.01</c>, education), up to two more (<c>2.22</c>, culture; <c>0.00</c> when there is none), the
/// organisation number (<c>02</c>) and the sub-unit number (<c>0000</c> for the organisation itself).
/// </summary>
/// <remarks>
/// <para>Eight segments with widths 1.2.1.2.1.2.2.4. The urusan and bidang follow <see cref="ProgramCode"/>'s
/// rules (urusan 1 to 9 or <c>X</c> with bidang <c>XX</c>, bidang 01 to 99); the second and third pairs may be
/// <c>0.00</c>, but a third pair needs a second. The organisation number runs from 01 to 99 and the sub-unit
/// number from 0000 to 9999.</para>
/// <para>Equality compares every segment. Ordering is by segment (a missing pair <c>0.00</c> first, urusan
/// <c>X</c> after 9), so an organisation sorts before its sub-units.</para>
/// <para><c>default(OrganisationCode)</c> is <c>1.01.0.00.0.00.01.0000</c> (organisation 01 of bidang 1.01), so
/// every instance is a valid code. Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<OrganisationCode>))]
[TypeConverter(typeof(TextTypeConverter<OrganisationCode>))]
public readonly partial struct OrganisationCode
{
    private const int SegmentCount = 8;

    // Urusan 1–9 and X (CodeText.CrossUrusan) minus one; bidang 01–99 minus one (0 for XX); organisation number
    // minus one: so that default(OrganisationCode) is 1.01.0.00.0.00.01.0000.
    private readonly byte _primaryUrusanMinusOne;
    private readonly byte _primaryBidangMinusOne;

    // Urusan 0 (none), 1–9 or X; bidang 01–99, or 0 for 00 and XX.
    private readonly byte _secondUrusan;
    private readonly byte _secondBidang;
    private readonly byte _thirdUrusan;
    private readonly byte _thirdBidang;
    private readonly byte _unitMinusOne;
    private readonly short _subUnit;

    private OrganisationCode(int primaryUrusan, int primaryBidang, int secondUrusan, int secondBidang, int thirdUrusan, int thirdBidang, int unit, int subUnit)
    {
        _primaryUrusanMinusOne = (byte)(primaryUrusan - 1);
        _primaryBidangMinusOne = (byte)(primaryUrusan == CodeText.CrossUrusan ? 0 : primaryBidang - 1);
        _secondUrusan = (byte)secondUrusan;
        _secondBidang = (byte)secondBidang;
        _thirdUrusan = (byte)thirdUrusan;
        _thirdBidang = (byte)thirdBidang;
        _unitMinusOne = (byte)(unit - 1);
        _subUnit = (short)subUnit;
    }

    /// <summary>The primary urusan and bidang the organisation serves (segments 1 and 2), as a bidang-level
    /// program code, e.g. <c>1.01</c>.</summary>
    public ProgramCode PrimaryBidang => ToBidang(PrimaryUrusanValue, _primaryBidangMinusOne + 1);

    /// <summary>The second urusan and bidang (segments 3 and 4), or <see langword="null"/> when they are
    /// <c>0.00</c>.</summary>
    public ProgramCode? SecondBidang => _secondUrusan == CodeText.NoUrusan ? null : ToBidang(_secondUrusan, _secondBidang);

    /// <summary>The third urusan and bidang (segments 5 and 6), or <see langword="null"/> when they are
    /// <c>0.00</c>.</summary>
    public ProgramCode? ThirdBidang => _thirdUrusan == CodeText.NoUrusan ? null : ToBidang(_thirdUrusan, _thirdBidang);

    /// <summary>The other bidang the organisation serves besides <see cref="PrimaryBidang"/>: the second and third
    /// pairs that are not <c>0.00</c>, in order (empty, one or two codes). A new list on every call.</summary>
    public IReadOnlyList<ProgramCode> RelatedBidang =>
        (SecondBidang, ThirdBidang) switch
        {
            ({ } second, { } third) => [second, third],
            ({ } second, null) => [second],
            _ => [],
        };

    /// <summary>Every bidang the organisation serves: <see cref="PrimaryBidang"/> first, then
    /// <see cref="RelatedBidang"/>. A new list on every call.</summary>
    public IReadOnlyList<ProgramCode> AllBidang => [PrimaryBidang, .. RelatedBidang];

    /// <summary>The organisation number (segment 7), 1 to 99.</summary>
    public int Unit => _unitMinusOne + 1;

    /// <summary>The sub-unit number (segment 8), 1 to 9999; 0 for the organisation itself.</summary>
    public int SubUnit => _subUnit;

    /// <summary>Whether the code names a sub-unit (<see cref="SubUnit"/> is not 0) rather than the organisation
    /// itself.</summary>
    public bool IsSubUnit => _subUnit != 0;

    /// <summary>The organisation this code belongs to: this code with sub-unit <c>0000</c> (the code itself when
    /// it is not a sub-unit).</summary>
    public OrganisationCode Organisation => WithSubUnit(0);

    private int PrimaryUrusanValue => _primaryUrusanMinusOne + 1;

    /// <summary>Creates an organisation or sub-unit code.</summary>
    /// <param name="primaryBidang">The primary urusan and bidang, a bidang-level code (e.g. <c>1.01</c>).</param>
    /// <param name="secondBidang">The second urusan and bidang, a bidang-level code, or <see langword="null"/> for
    /// <c>0.00</c>.</param>
    /// <param name="thirdBidang">The third urusan and bidang, a bidang-level code, or <see langword="null"/> for
    /// <c>0.00</c>; only when there is a second.</param>
    /// <param name="unit">The organisation number, 1 to 99.</param>
    /// <param name="subUnit">The sub-unit number, 1 to 9999, or 0 (the default) for the organisation itself.</param>
    /// <returns>The code, e.g. <c>1.01.2.22.0.00.02.0000</c>.</returns>
    /// <exception cref="ArgumentException">A bidang argument is not at the bidang level, or
    /// <paramref name="thirdBidang"/> is given without <paramref name="secondBidang"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="unit"/> or <paramref name="subUnit"/> is out of
    /// range.</exception>
    public static OrganisationCode Create(ProgramCode primaryBidang, ProgramCode? secondBidang, ProgramCode? thirdBidang, int unit, int subUnit = 0)
    {
        const string NotBidang = "An organisation's urusan and bidang must be a bidang-level code such as 1.01.";
        Guard.Against.InvalidInput(primaryBidang, nameof(primaryBidang), c => c.Level == CodeLevel.Bidang, NotBidang);
        Guard.Against.InvalidInput(secondBidang, nameof(secondBidang), c => c is null || c.Value.Level == CodeLevel.Bidang, NotBidang);
        Guard.Against.InvalidInput(thirdBidang, nameof(thirdBidang), c => c is null || (c.Value.Level == CodeLevel.Bidang && secondBidang is not null), "The third urusan and bidang must be a bidang-level code, and need a second.");
        Guard.Against.OutOfRange(unit, nameof(unit), 1, 99);
        Guard.Against.OutOfRange(subUnit, nameof(subUnit), 0, 9999);
        var (secondUrusan, secondNumber) = Pair(secondBidang);
        var (thirdUrusan, thirdNumber) = Pair(thirdBidang);
        var (primaryUrusan, primaryNumber) = Pair(primaryBidang);
        return new(primaryUrusan, primaryNumber, secondUrusan, secondNumber, thirdUrusan, thirdNumber, unit, subUnit);
    }

    /// <summary>The code of a sub-unit of the same organisation (or, with 0, of the organisation itself).</summary>
    /// <param name="subUnit">The sub-unit number, 1 to 9999, or 0 for the organisation itself.</param>
    /// <returns>The code with segment 8 replaced.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="subUnit"/> is outside 0–9999.</exception>
    public OrganisationCode WithSubUnit(int subUnit)
    {
        Guard.Against.OutOfRange(subUnit, nameof(subUnit), 0, 9999);
        return new(PrimaryUrusanValue, _primaryBidangMinusOne + 1, _secondUrusan, _secondBidang, _thirdUrusan, _thirdBidang, Unit, subUnit);
    }

    private static (int Urusan, int Bidang) Pair(ProgramCode? bidang) => bidang switch
    {
        null => (CodeText.NoUrusan, 0),
        { IsCrossUrusan: true } => (CodeText.CrossUrusan, 0),
        { } code => (code.Urusan!.Value, code.Bidang!.Value),
    };

    private static ProgramCode ToBidang(int urusan, int bidang) =>
        urusan == CodeText.CrossUrusan ? ProgramCode.CrossUrusanBidang : ProgramCode.OfUrusan(urusan).WithBidang(bidang);
}
