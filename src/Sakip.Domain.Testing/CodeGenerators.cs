using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Codes;

namespace Sakip.Domain.Testing;

/// <summary>
/// FsCheck generators for program and organisation codes, for any test that needs codes. Segment numbers favour
/// the edges (1, 2 and the maximum, and program 1, the support program), and urusan X and 9 appear regularly.
/// </summary>
internal static class CodeGenerators
{
    /// <summary>Urusan-level codes: 1 to 9 and X.</summary>
    public static Gen<ProgramCode> Urusan { get; } =
        Gen.Frequency((9, Gen.Choose(1, 9).Select(ProgramCode.OfUrusan)), (1, Gen.Constant(ProgramCode.CrossUrusan)));

    /// <summary>Bidang-level codes, including <c>X.XX</c>.</summary>
    public static Gen<ProgramCode> Bidang { get; } =
        from urusan in Urusan
        from bidang in Number(99)
        select urusan.IsCrossUrusan ? ProgramCode.CrossUrusanBidang : urusan.WithBidang(bidang);

    /// <summary>Program-level codes; program 01 (the support program) is frequent.</summary>
    public static Gen<ProgramCode> Program { get; } =
        from bidang in Bidang
        from program in Number(99)
        select bidang.WithProgram(program);

    /// <summary>Kegiatan-level codes with either authority.</summary>
    public static Gen<ProgramCode> Kegiatan { get; } =
        from program in Program
        from authority in Gen.Elements(Authority.Province, Authority.RegencyCity)
        from kegiatan in Number(99)
        select program.WithKegiatan(authority, kegiatan);

    /// <summary>Sub kegiatan-level codes in both widths (2 and 4 digits).</summary>
    public static Gen<ProgramCode> SubKegiatan { get; } =
        from kegiatan in Kegiatan
        from digits in Gen.Elements(2, 4)
        from subKegiatan in Number(digits == 2 ? 99 : 9999)
        select kegiatan.WithSubKegiatan(subKegiatan, digits);

    /// <summary>Codes of every level, in equal shares.</summary>
    public static Gen<ProgramCode> AnyProgramCode { get; } = Gen.OneOf(Urusan, Bidang, Program, Kegiatan, SubKegiatan);

    /// <summary>
    /// Codes of every level from a small space (urusan 1, 2 and X; numbers 1 to 2), so that two generated codes
    /// are often equal, siblings, or ancestor and descendant.
    /// </summary>
    public static Gen<ProgramCode> CrowdedProgramCode { get; } =
        from urusan in Gen.Elements(ProgramCode.OfUrusan(1), ProgramCode.OfUrusan(2), ProgramCode.CrossUrusan)
        from level in Gen.Elements(CodeLevel.Urusan, CodeLevel.Bidang, CodeLevel.Program, CodeLevel.Kegiatan, CodeLevel.SubKegiatan)
        from bidang in Gen.Choose(1, 2)
        from program in Gen.Choose(1, 2)
        from authority in Gen.Elements(Authority.Province, Authority.RegencyCity)
        from kegiatan in Gen.Choose(1, 2)
        from subKegiatan in Gen.Choose(1, 2)
        from digits in Gen.Elements(2, 4)
        select Build(urusan, level, bidang, program, authority, kegiatan, subKegiatan, digits);

    /// <summary>
    /// Canonical program code text of every level, built from random segments without <see cref="ProgramCode"/>
    /// (an independent oracle for parse-then-format).
    /// </summary>
    public static Gen<string> ProgramCodeText { get; } =
        from urusan in Gen.Elements("1", "2", "3", "4", "5", "6", "7", "8", "9", "X")
        from segments in Gen.Elements(1, 2, 3, 5, 6)
        from bidang in Number(99)
        from program in Number(99)
        from authority in Gen.Elements("1", "2")
        from kegiatan in Number(99)
        from digits in Gen.Elements(2, 4)
        from subKegiatan in Number(digits == 2 ? 99 : 9999)
        select string.Join('.', new[]
        {
            urusan,
            urusan == "X" ? "XX" : D(bidang, 2),
            D(program, 2),
            authority,
            D(kegiatan, 2),
            D(subKegiatan, digits),
        }.Take(segments));

    /// <summary>Urusan and bidang text, <c>U.BB</c>, including <c>X.XX</c> (declared before its users: static
    /// initialisers run in order).</summary>
    public static Gen<string> UrusanBidangText { get; } =
        from urusan in Gen.Choose(1, 10)
        from bidang in Number(99)
        select urusan == 10 ? "X.XX" : $"{urusan}.{D(bidang, 2)}";

    /// <summary>Organisation codes with zero, one or two related bidang, and sub-units.</summary>
    public static Gen<OrganisationCode> Organisation { get; } =
        from primary in Bidang
        from related in Gen.Choose(0, 2)
        from second in Bidang
        from third in Bidang
        from unit in Number(99)
        from subUnit in Gen.Frequency((1, Gen.Constant(0)), (2, Number(9999)))
        select OrganisationCode.Create(
            primary,
            related >= 1 ? second : null,
            related == 2 ? third : null,
            unit,
            subUnit);

    /// <summary>Organisation codes from a small space, so that two generated codes often share segments.</summary>
    public static Gen<OrganisationCode> CrowdedOrganisation { get; } =
        from primary in Gen.Elements("1.01", "1.02", "X.XX")
        from second in Gen.Elements<string?>(null, "1.01", "2.22")
        from third in Gen.Elements<string?>(null, "2.22")
        from unit in Gen.Choose(1, 2)
        from subUnit in Gen.Choose(0, 1)
        select OrganisationCode.Create(
            ProgramCode.Parse(primary, null),
            second is null ? null : ProgramCode.Parse(second, null),
            second is null || third is null ? null : ProgramCode.Parse(third, null),
            unit,
            subUnit);

    /// <summary>
    /// Canonical organisation code text built from random segments without <see cref="OrganisationCode"/>.
    /// </summary>
    public static Gen<string> OrganisationCodeText { get; } =
        from primary in UrusanBidangText
        from related in Gen.Choose(0, 2)
        from second in UrusanBidangText
        from third in UrusanBidangText
        from unit in Number(99)
        from subUnit in Gen.Frequency((1, Gen.Constant(0)), (2, Number(9999)))
        select string.Join('.', primary, related >= 1 ? second : "0.00", related == 2 ? third : "0.00", D(unit, 2), D(subUnit, 4));

    /// <summary>
    /// Text near valid codes: a valid program or organisation code with one character replaced, inserted or
    /// removed, so it is sometimes valid and often wrong in exactly one place.
    /// </summary>
    public static Gen<string> NearCodeText { get; } =
        from text in Gen.OneOf(ProgramCodeText, OrganisationCodeText)
        from edit in Gen.Elements(0, 1, 2, 3)
        from at in Gen.Choose(0, text.Length)
        from c in Gen.Elements('0', '1', '2', '9', 'X', 'x', 'A', '.', ' ', '-', '\u0661')
        select edit switch
        {
            0 => text,
            1 => text.Insert(at, c.ToString()),
            2 when at < text.Length => text.Remove(at, 1),
            _ when at < text.Length => string.Concat(text.AsSpan(0, at), c.ToString(), text.AsSpan(at + 1)),
            _ => text + c,
        };

    /// <summary>A number from 1 to <paramref name="max"/>, with 1, 2 and <paramref name="max"/> frequent.</summary>
    public static Gen<int> Number(int max) =>
        Gen.Frequency((1, Gen.Elements(1, 2, max)), (3, Gen.Choose(1, max)));

    private static ProgramCode Build(ProgramCode urusan, CodeLevel level, int bidang, int program, Authority authority, int kegiatan, int subKegiatan, int digits)
    {
        if (level == CodeLevel.Urusan)
        {
            return urusan;
        }

        var code = urusan.IsCrossUrusan ? ProgramCode.CrossUrusanBidang : urusan.WithBidang(bidang);
        code = level >= CodeLevel.Program ? code.WithProgram(program) : code;
        code = level >= CodeLevel.Kegiatan ? code.WithKegiatan(authority, kegiatan) : code;
        return level >= CodeLevel.SubKegiatan ? code.WithSubKegiatan(subKegiatan, digits) : code;
    }

    private static string D(int value, int width) => value.ToString(new string('0', width), CultureInfo.InvariantCulture);
}
