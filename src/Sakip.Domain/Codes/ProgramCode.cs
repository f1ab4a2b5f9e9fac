using System.ComponentModel;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Codes;

/// <summary>
/// A Permendagri 90/2019 classification code for a government affairs group (<i>urusan</i>), field
/// (<i>bidang</i>), program, activity (<i>kegiatan</i>) or sub-activity (<i>sub kegiatan</i>), e.g.
/// <c>1.02.02.2.01.0001</c> = urusan <c>1</c> · bidang <c>02</c> (health) · program <c>02</c> · authority digit
/// <c>2</c> (regency/city) · kegiatan <c>01</c> · sub kegiatan <c>0001</c>.
/// </summary>
/// <remarks>
/// <para>Shorter prefixes name the higher levels: <c>1</c> (urusan), <c>1.02</c> (bidang), <c>1.02.02</c>
/// (program), <c>1.02.02.2.01</c> (kegiatan), <c>1.02.02.2.01.0001</c> (sub kegiatan). The authority digit
/// belongs to the kegiatan level: <c>1.02.02.2</c> is not a code.</para>
/// <para>Segment widths: urusan 1 character, bidang 2, program 2, authority 1, kegiatan 2, sub kegiatan 4
/// (Kepmendagri 050-3708/2020 and 050-5889/2021) or 2 (the original Permendagri 90/2019). Both sub kegiatan
/// widths are read and the code remembers which one it was written with
/// (<see cref="SubKegiatanDigits"/>), so formatting gives back exactly the text that was parsed.</para>
/// <para>Urusan 1 to 8 are the groups the regulation defines (1 mandatory basic services, 2 mandatory non-basic,
/// 3 optional, 4 supporting, 5 support elements, 6 supervision, 7 territorial, 8 general government). Some systems
/// also use urusan 9, and urusan <c>X</c> with bidang <c>XX</c> for the support programs shared by all urusan
/// (<c>X.XX.01</c>); both are read, and <see cref="IsNonStandardUrusan"/> says so.</para>
/// <para>Equality compares every segment and the sub kegiatan width: <c>1.02.02.2.01.01</c> and
/// <c>1.02.02.2.01.0001</c> are different codes (the two numberings are not the same list). Ordering is by
/// segment, a parent before its children (urusan <c>X</c> after 9), then by sub kegiatan width (2 before 4);
/// it agrees with equality.</para>
/// <para><c>default(ProgramCode)</c> is the urusan-level code <c>1</c>, so every instance is a valid code.
/// Immutable and thread-safe.</para>
/// </remarks>
[JsonConverter(typeof(TextJsonConverter<ProgramCode>))]
[TypeConverter(typeof(TextTypeConverter<ProgramCode>))]
public readonly partial struct ProgramCode
{
    private const int MaxSegments = 6;

    // Urusan 1–9 and X (CodeText.CrossUrusan) are stored minus one, so that default(ProgramCode) is urusan 1.
    private readonly byte _urusanMinusOne;

    // 01–99; 0 for bidang XX (after urusan X) and above the bidang level.
    private readonly byte _bidang;
    private readonly byte _program;
    private readonly byte _authority;
    private readonly byte _kegiatan;
    private readonly short _subKegiatan;
    private readonly byte _subKegiatanDigits;

    private ProgramCode(CodeLevel level, int urusan, int bidang, int program, int authority, int kegiatan, int subKegiatan, int subKegiatanDigits)
    {
        Level = level;
        _urusanMinusOne = (byte)(urusan - 1);
        _bidang = (byte)bidang;
        _program = (byte)program;
        _authority = (byte)authority;
        _kegiatan = (byte)kegiatan;
        _subKegiatan = (short)subKegiatan;
        _subKegiatanDigits = (byte)subKegiatanDigits;
    }

    /// <summary>The urusan-level code <c>X</c>: the cross-urusan group of some systems (see
    /// <see cref="IsNonStandardUrusan"/>). Its only child is <see cref="CrossUrusanBidang"/>.</summary>
    public static ProgramCode CrossUrusan => new(CodeLevel.Urusan, CodeText.CrossUrusan, 0, 0, 0, 0, 0, 0);

    /// <summary>The bidang-level code <c>X.XX</c>, under which some systems number the support programs shared by
    /// every urusan (<c>X.XX.01</c>).</summary>
    public static ProgramCode CrossUrusanBidang => new(CodeLevel.Bidang, CodeText.CrossUrusan, 0, 0, 0, 0, 0, 0);

    /// <summary>The level the code names.</summary>
    public CodeLevel Level { get; }

    /// <summary>The urusan number, 1 to 9; <see langword="null"/> for urusan <c>X</c>
    /// (see <see cref="IsCrossUrusan"/>).</summary>
    public int? Urusan => IsCrossUrusan ? null : UrusanValue;

    /// <summary>Whether the urusan is <c>X</c> (and so the bidang, if any, is <c>XX</c>).</summary>
    public bool IsCrossUrusan => UrusanValue == CodeText.CrossUrusan;

    /// <summary>Whether the urusan is one that Permendagri 90/2019 does not define: <c>9</c> or <c>X</c>
    /// (used by some systems for cross-urusan support programs).</summary>
    public bool IsNonStandardUrusan => UrusanValue > 8;

    /// <summary>The bidang number, 1 to 99; <see langword="null"/> at the urusan level and for bidang
    /// <c>XX</c>.</summary>
    public int? Bidang => Level >= CodeLevel.Bidang && !IsCrossUrusan ? _bidang : null;

    /// <summary>The program number, 1 to 99; <see langword="null"/> above the program level.</summary>
    public int? Program => Level >= CodeLevel.Program ? _program : null;

    /// <summary>The authority the kegiatan belongs to (the digit before the kegiatan number);
    /// <see langword="null"/> above the kegiatan level.</summary>
    public Authority? Authority => Level >= CodeLevel.Kegiatan ? (Authority)_authority : null;

    /// <summary>The kegiatan number, 1 to 99; <see langword="null"/> above the kegiatan level.</summary>
    public int? Kegiatan => Level >= CodeLevel.Kegiatan ? _kegiatan : null;

    /// <summary>The sub kegiatan number, 1 to 9999 (1 to 99 when written with two digits);
    /// <see langword="null"/> above the sub kegiatan level.</summary>
    public int? SubKegiatan => Level == CodeLevel.SubKegiatan ? _subKegiatan : null;

    /// <summary>How many digits the sub kegiatan number is written with: 4 (Kepmendagri 050-3708/2020 and
    /// 050-5889/2021) or 2 (the original Permendagri 90/2019); <see langword="null"/> above the sub kegiatan
    /// level.</summary>
    public int? SubKegiatanDigits => Level == CodeLevel.SubKegiatan ? _subKegiatanDigits : null;

    /// <summary>Whether the code is the support program (<i>program penunjang</i>, program <c>01</c> of its bidang)
    /// or a kegiatan or sub kegiatan of it; <see langword="false"/> above the program level.</summary>
    public bool IsSupportProgram => Level >= CodeLevel.Program && _program == 1;

    /// <summary>The code one level up (the prefix without the last level's segments), or
    /// <see langword="null"/> for an urusan.</summary>
    public ProgramCode? Parent => Level == CodeLevel.Urusan ? null : Truncate(Level - 1);

    private int UrusanValue => _urusanMinusOne + 1;

    /// <summary>An urusan-level code.</summary>
    /// <param name="urusan">The urusan, 1 to 9 (1–8 are the groups Permendagri 90/2019 defines); use
    /// <see cref="CrossUrusan"/> for <c>X</c>.</param>
    /// <returns>The code, e.g. <c>1</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="urusan"/> is outside 1–9.</exception>
    public static ProgramCode OfUrusan(int urusan)
    {
        Guard.Against.OutOfRange(urusan, nameof(urusan), 1, 9);
        return new(CodeLevel.Urusan, urusan, 0, 0, 0, 0, 0, 0);
    }

    /// <summary>The bidang-level child of this urusan.</summary>
    /// <param name="bidang">The bidang number, 1 to 99.</param>
    /// <returns>The code, e.g. <c>1.02</c> for bidang 2 of urusan 1.</returns>
    /// <exception cref="InvalidOperationException">This code is not an urusan, or it is urusan <c>X</c> (whose
    /// only bidang is <see cref="CrossUrusanBidang"/>).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="bidang"/> is outside 1–99.</exception>
    public ProgramCode WithBidang(int bidang)
    {
        RequireLevel(CodeLevel.Urusan);
        if (IsCrossUrusan)
        {
            throw new InvalidOperationException($"Urusan X has only bidang XX: use {nameof(ProgramCode)}.{nameof(CrossUrusanBidang)}.");
        }

        Guard.Against.OutOfRange(bidang, nameof(bidang), 1, 99);
        return new(CodeLevel.Bidang, UrusanValue, bidang, 0, 0, 0, 0, 0);
    }

    /// <summary>The program-level child of this bidang.</summary>
    /// <param name="program">The program number, 1 to 99 (1 is the support program).</param>
    /// <returns>The code, e.g. <c>1.02.02</c> for program 2 of bidang <c>1.02</c>.</returns>
    /// <exception cref="InvalidOperationException">This code is not a bidang.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="program"/> is outside 1–99.</exception>
    public ProgramCode WithProgram(int program)
    {
        RequireLevel(CodeLevel.Bidang);
        Guard.Against.OutOfRange(program, nameof(program), 1, 99);
        return new(CodeLevel.Program, UrusanValue, _bidang, program, 0, 0, 0, 0);
    }

    /// <summary>The kegiatan-level child of this program.</summary>
    /// <param name="authority">Whose authority the kegiatan belongs to (the digit before the kegiatan number).</param>
    /// <param name="kegiatan">The kegiatan number, 1 to 99.</param>
    /// <returns>The code, e.g. <c>1.02.02.2.01</c> for regency/city kegiatan 1 of program <c>1.02.02</c>.</returns>
    /// <exception cref="InvalidOperationException">This code is not a program.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="authority"/> is not a
    /// defined <see cref="Codes.Authority"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kegiatan"/> is outside 1–99.</exception>
    public ProgramCode WithKegiatan(Authority authority, int kegiatan)
    {
        RequireLevel(CodeLevel.Program);
        Guard.Against.EnumOutOfRange(authority);
        Guard.Against.OutOfRange(kegiatan, nameof(kegiatan), 1, 99);
        return new(CodeLevel.Kegiatan, UrusanValue, _bidang, _program, (int)authority, kegiatan, 0, 0);
    }

    /// <summary>The sub kegiatan-level child of this kegiatan.</summary>
    /// <param name="subKegiatan">The sub kegiatan number: 1 to 9999 with four digits, 1 to 99 with two.</param>
    /// <param name="digits">The width to write the number with: 4 (the current numbering, the default) or 2 (the
    /// original Permendagri 90/2019 numbering).</param>
    /// <returns>The code, e.g. <c>1.02.02.2.01.0001</c>.</returns>
    /// <exception cref="InvalidOperationException">This code is not a kegiatan.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="digits"/> is not 2 or 4, or
    /// <paramref name="subKegiatan"/> does not fit in it (or is below 1).</exception>
    public ProgramCode WithSubKegiatan(int subKegiatan, int digits = 4)
    {
        RequireLevel(CodeLevel.Kegiatan);
        Guard.Against.InvalidInput(digits, nameof(digits), d => d is 2 or 4, exceptionCreator: () => new ArgumentOutOfRangeException(nameof(digits), digits, "The sub kegiatan width must be 2 or 4 digits."));
        Guard.Against.OutOfRange(subKegiatan, nameof(subKegiatan), 1, digits == 2 ? 99 : 9999);
        return new(CodeLevel.SubKegiatan, UrusanValue, _bidang, _program, _authority, _kegiatan, subKegiatan, digits);
    }

    /// <summary>This code or its ancestor at <paramref name="level"/> (the prefix that names that level).</summary>
    /// <param name="level">The level, not more detailed than this code's <see cref="Level"/>.</param>
    /// <returns>The code at that level, e.g. <c>1.02</c> for <see cref="CodeLevel.Bidang"/> of
    /// <c>1.02.02.2.01.0001</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is not a defined level, or is more
    /// detailed than <see cref="Level"/>.</exception>
    public ProgramCode AtLevel(CodeLevel level)
    {
        Guard.Against.OutOfRange((int)level, nameof(level), (int)CodeLevel.Urusan, (int)Level);
        return Truncate(level);
    }

    /// <summary>Whether this code is a proper prefix of <paramref name="other"/> (its parent, grandparent …). A code
    /// is not its own ancestor. The sub kegiatan width of <paramref name="other"/> does not matter.</summary>
    /// <param name="other">The possible descendant.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> lies under this code.</returns>
    public bool IsAncestorOf(ProgramCode other) => other.Level > Level && other.Truncate(Level).Equals(this);

    /// <summary>Whether this code is the <see cref="Parent"/> of <paramref name="other"/> (one level up and a
    /// prefix of it). The sub kegiatan width of <paramref name="other"/> does not matter.</summary>
    /// <param name="other">The possible child.</param>
    /// <returns><see langword="true"/> when <paramref name="other"/> is a direct child of this code.</returns>
    public bool IsParentOf(ProgramCode other) => other.Level == Level + 1 && IsAncestorOf(other);

    private ProgramCode Truncate(CodeLevel level) => level == Level
        ? this
        : new(
            level,
            UrusanValue,
            level >= CodeLevel.Bidang ? _bidang : 0,
            level >= CodeLevel.Program ? _program : 0,
            level >= CodeLevel.Kegiatan ? _authority : 0,
            level >= CodeLevel.Kegiatan ? _kegiatan : 0,
            0,
            0);

    private void RequireLevel(CodeLevel level)
    {
        if (Level != level)
        {
            throw new InvalidOperationException($"Only a code at the {level} level has this kind of child; {this} is at the {Level} level.");
        }
    }
}
