using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Codes;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Tests.Codes;

/// <summary>Laws of <see cref="ProgramCode"/>: text round trips, hierarchy, ordering and hashing.</summary>
public class ProgramCodePropertyTests
{
    private static readonly string[] KnownReasonCodes = ["empty-code", "bad-code-shape", "bad-code-segment", "bad-authority"];

    [Property]
    public Property FormatThenParse_AnyLevelAndWidth_ReturnsSameCode() =>
        Prop.ForAll(CodeGenerators.AnyProgramCode.ToArbitrary(), code =>
        {
            var text = code.ToString();
            var parsed = ProgramCode.TryParse(text);
            var viaInterface = ProgramCode.TryParse(text, null, out var other);
            return (parsed.IsSuccess && parsed.GetValueOrThrow() == code && viaInterface && other == code
                    && parsed.GetValueOrThrow().SubKegiatanDigits == code.SubKegiatanDigits)
                .Classify(code.Level == CodeLevel.SubKegiatan && code.SubKegiatanDigits == 2, "2-digit sub kegiatan")
                .Classify(code.IsCrossUrusan, "urusan X")
                .Label($"'{text}' → {parsed}");
        });

    [Property]
    public Property TryFormatThenSpanParse_AnyCode_ReturnsSameCode() =>
        Prop.ForAll(CodeGenerators.AnyProgramCode.ToArbitrary(), code =>
        {
            Span<char> buffer = stackalloc char[32];
            var formatted = code.TryFormat(buffer, out var written, default, null);
            var parsed = ProgramCode.TryParse(buffer[..written], null, out var other);
            return formatted && parsed && other == code && written == code.ToString().Length;
        });

    [Property]
    public Property ParseThenFormat_CanonicalText_ReturnsSameText() =>
        Prop.ForAll(CodeGenerators.ProgramCodeText.ToArbitrary(), text =>
        {
            var parsed = ProgramCode.TryParse(text);
            return (parsed.IsSuccess && parsed.GetValueOrThrow().ToString() == text).Label($"'{text}' → {parsed}");
        });

    [Property(MaxTest = 500)]
    public Property TryParse_TextNearValidCodes_NeverThrowsAndAcceptsOnlyCanonicalText() =>
        Prop.ForAll(CodeGenerators.NearCodeText.ToArbitrary(), text =>
        {
            var parsed = ProgramCode.TryParse(text);
            var canonical = text.Trim().ToUpperInvariant();
            var ok = parsed.IsSuccess
                ? parsed.GetValueOrThrow().ToString() == canonical
                : KnownReasonCodes.Contains(parsed.Problems[0].Reason.Code)
                    && parsed.Problems[0].Path.Length == 0
                    && parsed.Problems[0].Reason.Message.English.Length > 0
                    && parsed.Problems[0].Reason.Message.Indonesian.Length > 0
                    && !ProgramCode.TryParse(text, null, out _);
            return ok.Classify(parsed.IsSuccess, "valid").Label($"'{text}' → {parsed}");
        });

    [Property]
    public Property Parent_AnyCodeBelowUrusan_IsAncestorPrefixAndOneLevelUp() =>
        Prop.ForAll(CodeGenerators.AnyProgramCode.ToArbitrary(), code =>
        {
            if (code.Parent is not { } parent)
            {
                return (code.Level == CodeLevel.Urusan).Label("only an urusan has no parent");
            }

            return (parent.IsAncestorOf(code)
                    && parent.IsParentOf(code)
                    && !code.IsAncestorOf(parent)
                    && code.ToString().StartsWith(parent.ToString() + ".", StringComparison.Ordinal)
                    && parent.Level == code.Level - 1
                    && parent == code.AtLevel(parent.Level))
                .Label($"{parent} / {code}");
        });

    [Property]
    public Property Ancestors_AnyCode_SortBeforeItAndAreAncestors() =>
        Prop.ForAll(CodeGenerators.AnyProgramCode.ToArbitrary(), code =>
        {
            var ok = true;
            for (var ancestor = code.Parent; ancestor is { } a; ancestor = a.Parent)
            {
                ok &= a < code && code > a && a.CompareTo(code) < 0 && a.IsAncestorOf(code) && a == code.AtLevel(a.Level);
            }

            return ok && !code.IsAncestorOf(code) && code.AtLevel(code.Level) == code;
        });

    [Property(MaxTest = 500)]
    public Property IsAncestorOf_CodePairs_AgreesWithTextPrefix() =>
        Prop.ForAll(CodeGenerators.CrowdedProgramCode.ToArbitrary(), CodeGenerators.CrowdedProgramCode.ToArbitrary(), (a, b) =>
        {
            var prefix = b.ToString().StartsWith(a.ToString() + ".", StringComparison.Ordinal);
            return (a.IsAncestorOf(b) == prefix && a.IsParentOf(b) == (prefix && b.Level == a.Level + 1))
                .Classify(prefix, "ancestor")
                .Label($"{a} / {b}");
        });

    [Property]
    public Property IsParentOf_SubKegiatanOfEitherWidth_IsChildOfItsKegiatan() =>
        Prop.ForAll(CodeGenerators.Kegiatan.ToArbitrary(), Gen.Choose(1, 99).ToArbitrary(), (kegiatan, number) =>
            kegiatan.IsParentOf(kegiatan.WithSubKegiatan(number, 2))
            && kegiatan.IsParentOf(kegiatan.WithSubKegiatan(number, 4))
            && kegiatan.WithSubKegiatan(number, 2) != kegiatan.WithSubKegiatan(number, 4)
            && kegiatan.WithSubKegiatan(number, 2).Parent == kegiatan.WithSubKegiatan(number, 4).Parent);

    [Property(MaxTest = 500)]
    public Property CompareTo_CodePairs_IsAntisymmetricAndZeroExactlyWhenEqual() =>
        Prop.ForAll(CodeGenerators.CrowdedProgramCode.ToArbitrary(), CodeGenerators.CrowdedProgramCode.ToArbitrary(), (a, b) =>
        {
            var ab = a.CompareTo(b);
            var ba = b.CompareTo(a);
            return (Math.Sign(ab) == -Math.Sign(ba)
                    && (ab == 0) == a.Equals(b)
                    && (ab == 0) == (a == b)
                    && (a < b) == (ab < 0)
                    && (a <= b) == (ab <= 0)
                    && (a > b) == (ab > 0)
                    && (a >= b) == (ab >= 0))
                .Classify(a == b, "equal")
                .Label($"{a} ? {b}: {ab}, {ba}");
        });

    [Property(MaxTest = 500)]
    public Property CompareTo_SameSubKegiatanWidth_MatchesOrdinalTextOrder() =>
        Prop.ForAll(CodeGenerators.CrowdedProgramCode.ToArbitrary(), CodeGenerators.CrowdedProgramCode.ToArbitrary(), (a, b) =>
        {
            var mixedWidths = a.SubKegiatanDigits is { } da && b.SubKegiatanDigits is { } db && da != db;
            var expected = Math.Sign(string.CompareOrdinal(a.ToString(), b.ToString()));
            return (mixedWidths || Math.Sign(a.CompareTo(b)) == expected).Label($"{a} ? {b}");
        });

    [Property(MaxTest = 500)]
    public Property CompareTo_Triples_IsTransitive() =>
        Prop.ForAll(
            CodeGenerators.CrowdedProgramCode.ToArbitrary(),
            CodeGenerators.CrowdedProgramCode.ToArbitrary(),
            CodeGenerators.CrowdedProgramCode.ToArbitrary(),
            (a, b, c) => !(a <= b && b <= c) || a <= c);

    [Property]
    public Property GetHashCode_EqualCodes_AreEqual() =>
        Prop.ForAll(CodeGenerators.AnyProgramCode.ToArbitrary(), code =>
        {
            var copy = ProgramCode.Parse(code.ToString(), null);
            return copy.Equals(code)
                && copy.Equals((object)code)
                && copy.GetHashCode() == code.GetHashCode()
                && copy.CompareTo(code) == 0;
        });

    [Property(MaxTest = 500)]
    public Property GetHashCode_CodePairs_EqualWhenCodesEqual() =>
        Prop.ForAll(CodeGenerators.CrowdedProgramCode.ToArbitrary(), CodeGenerators.CrowdedProgramCode.ToArbitrary(), (a, b) =>
            (a != b || a.GetHashCode() == b.GetHashCode()).Classify(a == b, "equal"));

    [Property]
    public Property Children_AnyParent_HaveItAsParent() =>
        Prop.ForAll(CodeGenerators.AnyProgramCode.ToArbitrary(), CodeGenerators.Number(99).ToArbitrary(), (code, number) =>
        {
            ProgramCode? child = code.Level switch
            {
                CodeLevel.Urusan => code.IsCrossUrusan ? ProgramCode.CrossUrusanBidang : code.WithBidang(number),
                CodeLevel.Bidang => code.WithProgram(number),
                CodeLevel.Program => code.WithKegiatan(Authority.RegencyCity, number),
                CodeLevel.Kegiatan => code.WithSubKegiatan(number),
                _ => null,
            };
            return child is not { } c || (c.Parent == code && code.IsParentOf(c) && code < c);
        });
}
