using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Codes;
using Sakip.Domain.Testing;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Codes;

public class OrganisationCodeTests
{
    private static readonly string[] KnownReasonCodes = ["empty-code", "bad-code-shape", "bad-code-segment"];

    private static OrganisationCode O(string text) => OrganisationCode.Parse(text, null);

    private static ProgramCode P(string text) => ProgramCode.Parse(text, null);

    [Fact]
    public void TryParse_OrganisationWithSecondBidang_ReadsDocumentedParts()
    {
        var result = OrganisationCode.TryParse("1.01.2.22.0.00.02.0000");

        Assert.True(result.IsSuccess, result.ToString());
        var code = result.GetValueOrThrow();
        Assert.Equal(P("1.01"), code.PrimaryBidang);
        Assert.Equal(CodeLevel.Bidang, code.PrimaryBidang.Level);
        Assert.Equal(P("2.22"), code.SecondBidang);
        Assert.Null(code.ThirdBidang);
        Assert.Equal([P("2.22")], code.RelatedBidang);
        Assert.Equal([P("1.01"), P("2.22")], code.AllBidang);
        Assert.Equal(2, code.Unit);
        Assert.Equal(0, code.SubUnit);
        Assert.False(code.IsSubUnit);
        Assert.Equal(code, code.Organisation);
        Assert.Equal("1.01.2.22.0.00.02.0000", code.ToString());
    }

    [Fact]
    public void TryParse_ThreeBidang_ListsBothRelatedInOrder()
    {
        var code = O("1.03.1.04.2.10.01.0000");

        Assert.Equal(P("1.03"), code.PrimaryBidang);
        Assert.Equal([P("1.04"), P("2.10")], code.RelatedBidang);
        Assert.Equal([P("1.03"), P("1.04"), P("2.10")], code.AllBidang);
    }

    [Theory]
    [InlineData("4.01.0.00.0.00.01.0000", "4.01", 1, 0)]
    [InlineData("5.01.5.05.0.00.01.0000", "5.01", 1, 0)]
    [InlineData("6.01.0.00.0.00.01.0000", "6.01", 1, 0)]
    [InlineData("7.01.0.00.0.00.12.0000", "7.01", 12, 0)]
    [InlineData("1.02.0.00.0.00.01.0001", "1.02", 1, 1)]
    [InlineData("9.99.X.XX.0.00.99.9999", "9.99", 99, 9999)]
    [InlineData("X.XX.0.00.0.00.01.0000", "X.XX", 1, 0)]
    public void TryParse_ValidCodes_ReadSegmentsAndFormatBack(string text, string primary, int unit, int subUnit)
    {
        var result = OrganisationCode.TryParse(text);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(P(primary), result.GetValueOrThrow().PrimaryBidang);
        Assert.Equal(unit, result.GetValueOrThrow().Unit);
        Assert.Equal(subUnit, result.GetValueOrThrow().SubUnit);
        Assert.Equal(subUnit != 0, result.GetValueOrThrow().IsSubUnit);
        Assert.Equal(text, result.GetValueOrThrow().ToString());
    }

    [Fact]
    public void TryParse_NoRelatedBidang_ListsOnlyPrimary()
    {
        var code = O("4.01.0.00.0.00.01.0000");

        Assert.Null(code.SecondBidang);
        Assert.Null(code.ThirdBidang);
        Assert.Empty(code.RelatedBidang);
        Assert.Equal([P("4.01")], code.AllBidang);
    }

    [Fact]
    public void Organisation_SubUnit_IsCodeWithSubUnitZero()
    {
        var subUnit = O("1.02.0.00.0.00.01.0003");

        Assert.True(subUnit.IsSubUnit);
        Assert.Equal(3, subUnit.SubUnit);
        Assert.Equal(O("1.02.0.00.0.00.01.0000"), subUnit.Organisation);
        Assert.True(subUnit.Organisation < subUnit);
        Assert.Equal(subUnit, subUnit.Organisation.WithSubUnit(3));
    }

    [Theory]
    [InlineData(" 1.01.2.22.0.00.02.0000 ", "1.01.2.22.0.00.02.0000")]
    [InlineData("x.xx.1.01.0.00.02.0000", "X.XX.1.01.0.00.02.0000")]
    public void TryParse_SurroundingSpaceOrLowercaseX_ReadsCanonicalCode(string text, string canonical)
    {
        Assert.Equal(canonical, OrganisationCode.TryParse(text).GetValueOrThrow().ToString());
    }

    [Theory]
    [InlineData("", "empty-code")]
    [InlineData(" ", "empty-code")]
    [InlineData("1.01.2.22.0.00.02", "bad-code-shape")]
    [InlineData("1.01.2.22.0.00.02.0000.01", "bad-code-shape")]
    [InlineData("1.01.2.22.0.00.02.0000.", "bad-code-shape")]
    [InlineData("1.01.2.22.0.00..0000", "bad-code-shape")]
    [InlineData(".01.2.22.0.00.02.0000", "bad-code-shape")]
    [InlineData("1.02.02.2.01.0001", "bad-code-shape")]
    [InlineData("0.01.2.22.0.00.02.0000", "bad-code-segment")]
    [InlineData("A.01.2.22.0.00.02.0000", "bad-code-segment")]
    [InlineData("1.1.2.22.0.00.02.0000", "bad-code-segment")]
    [InlineData("1.00.2.22.0.00.02.0000", "bad-code-segment")]
    [InlineData("1.XX.2.22.0.00.02.0000", "bad-code-segment")]
    [InlineData("X.01.2.22.0.00.02.0000", "bad-code-segment")]
    [InlineData("1.01.2.00.0.00.02.0000", "bad-code-segment")]
    [InlineData("1.01.0.22.0.00.02.0000", "bad-code-segment")]
    [InlineData("1.01.22.2.0.00.02.0000", "bad-code-segment")]
    [InlineData("1.01.2.22.0.01.02.0000", "bad-code-segment")]
    [InlineData("1.01.2.22.3.1.02.0000", "bad-code-segment")]
    [InlineData("1.01.0.00.2.22.02.0000", "bad-code-segment")]
    [InlineData("1.01.2.22.0.00.00.0000", "bad-code-segment")]
    [InlineData("1.01.2.22.0.00.2.0000", "bad-code-segment")]
    [InlineData("1.01.2.22.0.00.02.000", "bad-code-segment")]
    [InlineData("1.01.2.22.0.00.02.00000", "bad-code-segment")]
    [InlineData("1.01.2.22.0.00.02.00O0", "bad-code-segment")]
    public void TryParse_BadText_FailsWithReasonNeverThrows(string text, string reasonCode)
    {
        var result = OrganisationCode.TryParse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(reasonCode, result.Problems[0].Reason.Code);
        Assert.Equal("", result.Problems[0].Path);
        Assert.NotEmpty(result.Problems[0].Reason.Message.English);
        Assert.NotEmpty(result.Problems[0].Reason.Message.Indonesian);
        Assert.False(OrganisationCode.TryParse(text, null, out var viaInterface));
        Assert.Equal(default, viaInterface);
        Assert.False(OrganisationCode.TryParse(text.AsSpan(), null, out _));
    }

    [Fact]
    public void TryParse_Null_FailsWithEmptyCode()
    {
        Assert.Equal("empty-code", OrganisationCode.TryParse(null).Problems[0].Reason.Code);
    }

    [Theory]
    [InlineData("1.1.2.22.0.00.02.0000", "segment 2 (primary bidang)", "segmen 2 (bidang utama)")]
    [InlineData("1.01.2.00.0.00.02.0000", "segment 4 (second bidang)", "segmen 4 (bidang kedua)")]
    [InlineData("1.01.2.22.0.01.02.0000", "segment 6 (third bidang)", "segmen 6 (bidang ketiga)")]
    [InlineData("1.01.2.22.0.00.00.0000", "segment 7 (organisation)", "segmen 7 (organisasi)")]
    [InlineData("1.01.2.22.0.00.02.000", "segment 8 (sub-unit)", "segmen 8 (sub unit)")]
    [InlineData("1.01.0.00.2.22.02.0000", "second are 0.00", "kedua 0.00")]
    [InlineData("1.01.2.22.0.00.02", "8 segments", "8 segmen")]
    public void TryParse_BadSegment_ReasonNamesSegmentInBothLanguages(string text, string english, string indonesian)
    {
        var reason = OrganisationCode.TryParse(text).Problems[0].Reason;

        Assert.Contains(english, reason.Message.English, StringComparison.Ordinal);
        Assert.Contains(indonesian, reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BadText_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => OrganisationCode.Parse("1.01.2.22", null));
        Assert.Throws<FormatException>(() => OrganisationCode.Parse("1.01.2.22".AsSpan(), null));
        Assert.Throws<FormatException>(() => ParseVia<OrganisationCode>("1.01.0.00.2.22.02.0000"));
    }

    [Fact]
    public void Create_Segments_EqualsParsedCode()
    {
        var created = OrganisationCode.Create(P("1.01"), P("2.22"), null, 2);

        Assert.Equal(O("1.01.2.22.0.00.02.0000"), created);
        Assert.Equal(O("1.03.1.04.2.10.01.0007"), OrganisationCode.Create(P("1.03"), P("1.04"), P("2.10"), 1, 7));
        Assert.Equal(O("X.XX.X.XX.0.00.01.0000"), OrganisationCode.Create(ProgramCode.CrossUrusanBidang, ProgramCode.CrossUrusanBidang, null, 1));
    }

    [Fact]
    public void Create_BadArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => OrganisationCode.Create(P("1"), null, null, 1));
        Assert.Throws<ArgumentException>(() => OrganisationCode.Create(P("1.01.01"), null, null, 1));
        Assert.Throws<ArgumentException>(() => OrganisationCode.Create(P("1.01"), P("2"), null, 1));
        Assert.Throws<ArgumentException>(() => OrganisationCode.Create(P("1.01"), P("2.22"), P("2.22.01"), 1));
        Assert.Throws<ArgumentException>(() => OrganisationCode.Create(P("1.01"), null, P("2.22"), 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationCode.Create(P("1.01"), null, null, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationCode.Create(P("1.01"), null, null, 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationCode.Create(P("1.01"), null, null, 1, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => OrganisationCode.Create(P("1.01"), null, null, 1, 10000));
        Assert.Throws<ArgumentOutOfRangeException>(() => O("1.01.0.00.0.00.01.0000").WithSubUnit(10000));
    }

    [Fact]
    public void Default_IsFirstOrganisationOfBidangOneOne()
    {
        OrganisationCode code = default;

        Assert.Equal("1.01.0.00.0.00.01.0000", code.ToString());
        Assert.Equal(P("1.01"), code.PrimaryBidang);
        Assert.Equal(1, code.Unit);
        Assert.Equal(O("1.01.0.00.0.00.01.0000"), code);
    }

    [Fact]
    public void CompareTo_MixedCodes_SortsBySegment()
    {
        string[] texts =
        [
            "X.XX.0.00.0.00.01.0000", "1.01.2.22.0.00.02.0000", "1.01.0.00.0.00.03.0000", "1.01.2.22.0.00.02.0001",
            "1.02.0.00.0.00.01.0000", "1.01.1.02.0.00.01.0000", "9.01.0.00.0.00.01.0000",
        ];

        Assert.Equal(
            [
                "1.01.0.00.0.00.03.0000", "1.01.1.02.0.00.01.0000", "1.01.2.22.0.00.02.0000", "1.01.2.22.0.00.02.0001",
                "1.02.0.00.0.00.01.0000", "9.01.0.00.0.00.01.0000", "X.XX.0.00.0.00.01.0000",
            ],
            texts.Select(O).Order().Select(c => c.ToString()));
        Assert.Equal(1, O("1.01.0.00.0.00.03.0000").CompareTo(null));
        Assert.Throws<ArgumentException>(() => O("1.01.0.00.0.00.03.0000").CompareTo(P("1.01")));
    }

    [Fact]
    public void TryFormat_ShortDestination_WritesNothing()
    {
        Span<char> buffer = stackalloc char[21];

        Assert.False(O("1.01.2.22.0.00.02.0000").TryFormat(buffer, out var written, default, null));
        Assert.Equal(0, written);
        Assert.Equal("1.01.2.22.0.00.02.0000", O("1.01.2.22.0.00.02.0000").ToString("G", Cultures.Indonesian));
    }

    [Property]
    public Property FormatThenParse_AnyCode_ReturnsSameCode() =>
        Prop.ForAll(CodeGenerators.Organisation.ToArbitrary(), code =>
        {
            var text = code.ToString();
            var parsed = OrganisationCode.TryParse(text);
            Span<char> buffer = stackalloc char[32];
            var formatted = code.TryFormat(buffer, out var written, default, null);
            var viaSpan = OrganisationCode.TryParse(buffer[..written], null, out var other);
            return (parsed.IsSuccess && parsed.GetValueOrThrow() == code && formatted && viaSpan && other == code)
                .Classify(code.RelatedBidang.Count == 2, "three bidang")
                .Label($"'{text}' → {parsed}");
        });

    [Property]
    public Property ParseThenFormat_CanonicalText_ReturnsSameText() =>
        Prop.ForAll(CodeGenerators.OrganisationCodeText.ToArbitrary(), text =>
        {
            var parsed = OrganisationCode.TryParse(text);
            return (parsed.IsSuccess && parsed.GetValueOrThrow().ToString() == text).Label($"'{text}' → {parsed}");
        });

    [Property(MaxTest = 500)]
    public Property TryParse_TextNearValidCodes_NeverThrowsAndAcceptsOnlyCanonicalText() =>
        Prop.ForAll(CodeGenerators.NearCodeText.ToArbitrary(), text =>
        {
            var parsed = OrganisationCode.TryParse(text);
            var canonical = text.Trim().ToUpperInvariant();
            var ok = parsed.IsSuccess
                ? parsed.GetValueOrThrow().ToString() == canonical
                : KnownReasonCodes.Contains(parsed.Problems[0].Reason.Code) && !OrganisationCode.TryParse(text, null, out _);
            return ok.Classify(parsed.IsSuccess, "valid").Label($"'{text}' → {parsed}");
        });

    [Property]
    public Property AllBidang_AnyCode_IsPrimaryThenRelatedAtBidangLevel() =>
        Prop.ForAll(CodeGenerators.Organisation.ToArbitrary(), code =>
            code.AllBidang.SequenceEqual(new[] { code.PrimaryBidang }.Concat(code.RelatedBidang))
            && code.AllBidang.All(b => b.Level == CodeLevel.Bidang)
            && code.RelatedBidang.Count == (code.SecondBidang is null ? 0 : 1) + (code.ThirdBidang is null ? 0 : 1)
            && (code.SecondBidang is not null || code.ThirdBidang is null));

    [Property(MaxTest = 500)]
    public Property CompareTo_CodePairs_MatchesOrdinalTextAndEquality() =>
        Prop.ForAll(CodeGenerators.CrowdedOrganisation.ToArbitrary(), CodeGenerators.CrowdedOrganisation.ToArbitrary(), (a, b) =>
        {
            var order = a.CompareTo(b);
            return (Math.Sign(order) == Math.Sign(string.CompareOrdinal(a.ToString(), b.ToString()))
                    && Math.Sign(order) == -Math.Sign(b.CompareTo(a))
                    && (order == 0) == (a == b)
                    && (a != b) == !a.Equals(b)
                    && (a < b) == (order < 0)
                    && (a <= b) == (order <= 0)
                    && (a > b) == (order > 0)
                    && (a >= b) == (order >= 0)
                    && (a != b || a.GetHashCode() == b.GetHashCode()))
                .Classify(a == b, "equal")
                .Label($"{a} ? {b}");
        });

    [Property]
    public Property Organisation_AnyCode_SortsFirstAmongItsSubUnits() =>
        Prop.ForAll(CodeGenerators.Organisation.ToArbitrary(), code =>
            !code.Organisation.IsSubUnit
            && code.Organisation <= code
            && code.Organisation.WithSubUnit(code.SubUnit) == code
            && (code.IsSubUnit == (code.Organisation != code)));

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);
}
