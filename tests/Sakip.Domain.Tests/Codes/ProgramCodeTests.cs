using System.ComponentModel;
using Sakip.Domain.Codes;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Codes;

public class ProgramCodeTests
{
    private static ProgramCode P(string text) => ProgramCode.Parse(text, null);

    [Fact]
    public void TryParse_SubKegiatanCode_ReadsDocumentedParts()
    {
        var result = ProgramCode.TryParse("1.02.02.2.01.0001");

        Assert.True(result.IsSuccess, result.ToString());
        var code = result.GetValueOrThrow();
        Assert.Equal(CodeLevel.SubKegiatan, code.Level);
        Assert.Equal(1, code.Urusan);
        Assert.Equal(2, code.Bidang);
        Assert.Equal(2, code.Program);
        Assert.Equal(Authority.RegencyCity, code.Authority);
        Assert.Equal(1, code.Kegiatan);
        Assert.Equal(1, code.SubKegiatan);
        Assert.Equal(4, code.SubKegiatanDigits);
        Assert.False(code.IsSupportProgram);
        Assert.False(code.IsCrossUrusan);
        Assert.False(code.IsNonStandardUrusan);
        Assert.Equal("1.02.02.2.01.0001", code.ToString());
    }

    [Fact]
    public void TryParse_TwoDigitSubKegiatan_RemembersWidthAndFormatsBack()
    {
        var code = ProgramCode.TryParse("1.02.02.2.01.01").GetValueOrThrow();

        Assert.Equal(CodeLevel.SubKegiatan, code.Level);
        Assert.Equal(1, code.SubKegiatan);
        Assert.Equal(2, code.SubKegiatanDigits);
        Assert.Equal("1.02.02.2.01.01", code.ToString());
        Assert.Equal(P("1.02.02.2.01.0001").Parent, code.Parent);
    }

    [Fact]
    public void Equals_SameNumberInTwoAndFourDigits_AreDifferentCodesTwoDigitFirst()
    {
        var twoDigits = P("1.02.02.2.01.01");
        var fourDigits = P("1.02.02.2.01.0001");

        Assert.NotEqual(twoDigits, fourDigits);
        Assert.True(twoDigits != fourDigits);
        Assert.True(twoDigits < fourDigits);
        Assert.Equal(twoDigits.SubKegiatan, fourDigits.SubKegiatan);
    }

    [Fact]
    public void TryParse_ProvinceKegiatan_ReadsAuthority()
    {
        var code = P("1.02.02.1.05");

        Assert.Equal(Authority.Province, code.Authority);
        Assert.Equal(5, code.Kegiatan);
        Assert.Null(code.SubKegiatan);
    }

    [Theory]
    [InlineData("1", CodeLevel.Urusan, 1, null, null, null, null, null)]
    [InlineData("1.02", CodeLevel.Bidang, 1, 2, null, null, null, null)]
    [InlineData("1.02.02", CodeLevel.Program, 1, 2, 2, null, null, null)]
    [InlineData("1.02.02.2.01", CodeLevel.Kegiatan, 1, 2, 2, 2, 1, null)]
    [InlineData("1.02.02.2.01.0001", CodeLevel.SubKegiatan, 1, 2, 2, 2, 1, 1)]
    [InlineData("2.07.03.2.02.0015", CodeLevel.SubKegiatan, 2, 7, 3, 2, 2, 15)]
    [InlineData("8.01.99.1.99.9999", CodeLevel.SubKegiatan, 8, 1, 99, 1, 99, 9999)]
    public void TryParse_EachLevel_ReadsSegmentsAndLeavesLowerLevelsNull(
        string text, CodeLevel level, int urusan, int? bidang, int? program, int? authority, int? kegiatan, int? subKegiatan)
    {
        var result = ProgramCode.TryParse(text);

        Assert.True(result.IsSuccess, result.ToString());
        var code = result.GetValueOrThrow();
        Assert.Equal(level, code.Level);
        Assert.Equal(urusan, code.Urusan);
        Assert.Equal(bidang, code.Bidang);
        Assert.Equal(program, code.Program);
        Assert.Equal((Authority?)authority, code.Authority);
        Assert.Equal(kegiatan, code.Kegiatan);
        Assert.Equal(subKegiatan, code.SubKegiatan);
        Assert.Equal(subKegiatan is null ? null : (int?)4, code.SubKegiatanDigits);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("X", CodeLevel.Urusan)]
    [InlineData("X.XX", CodeLevel.Bidang)]
    [InlineData("X.XX.01", CodeLevel.Program)]
    [InlineData("X.XX.01.2.01", CodeLevel.Kegiatan)]
    [InlineData("X.XX.01.2.01.0001", CodeLevel.SubKegiatan)]
    [InlineData("X.XX.01.2.01.01", CodeLevel.SubKegiatan)]
    public void TryParse_CrossUrusanSupportForms_AreReadAsNonStandard(string text, CodeLevel level)
    {
        var code = ProgramCode.TryParse(text).GetValueOrThrow();

        Assert.Equal(level, code.Level);
        Assert.True(code.IsCrossUrusan);
        Assert.True(code.IsNonStandardUrusan);
        Assert.Null(code.Urusan);
        Assert.Null(code.Bidang);
        Assert.Equal(level >= CodeLevel.Program, code.IsSupportProgram);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("9", true)]
    [InlineData("9.01.01", true)]
    [InlineData("1.01", false)]
    [InlineData("8.01.02", false)]
    public void IsNonStandardUrusan_Urusan9_IsTrueAndOneToEightFalse(string text, bool nonStandard)
    {
        var code = P(text);

        Assert.Equal(nonStandard, code.IsNonStandardUrusan);
        Assert.False(code.IsCrossUrusan);
        Assert.NotNull(code.Urusan);
    }

    [Theory]
    [InlineData(" 1.02.02 ", "1.02.02")]
    [InlineData("\t1.02\n", "1.02")]
    [InlineData("x.xx.01", "X.XX.01")]
    [InlineData("x", "X")]
    public void TryParse_SurroundingSpaceOrLowercaseX_ReadsCanonicalCode(string text, string canonical)
    {
        Assert.Equal(canonical, ProgramCode.TryParse(text).GetValueOrThrow().ToString());
    }

    [Theory]
    [InlineData("", "empty-code")]
    [InlineData("   ", "empty-code")]
    [InlineData("1.2.02", "bad-code-segment")]
    [InlineData("1.02.02.3.01", "bad-authority")]
    [InlineData("1.02.02.0.01", "bad-authority")]
    [InlineData("1.02.02.12.01", "bad-authority")]
    [InlineData("1.02.02.A.01", "bad-authority")]
    [InlineData("1.02.00", "bad-code-segment")]
    [InlineData("1.02.02.2", "bad-code-shape")]
    [InlineData("A.02", "bad-code-segment")]
    [InlineData("0.01", "bad-code-segment")]
    [InlineData("10.01", "bad-code-segment")]
    [InlineData("+1.02", "bad-code-segment")]
    [InlineData("1.00", "bad-code-segment")]
    [InlineData("1.100", "bad-code-segment")]
    [InlineData("X.02", "bad-code-segment")]
    [InlineData("1.XX", "bad-code-segment")]
    [InlineData("X.X", "bad-code-segment")]
    [InlineData("1.02.1", "bad-code-segment")]
    [InlineData("1.02.02.2.00", "bad-code-segment")]
    [InlineData("1.02.02.2.1", "bad-code-segment")]
    [InlineData("1.02.02.2.01.001", "bad-code-segment")]
    [InlineData("1.02.02.2.01.00001", "bad-code-segment")]
    [InlineData("1.02.02.2.01.0", "bad-code-segment")]
    [InlineData("1.02.02.2.01.00", "bad-code-segment")]
    [InlineData("1.02.02.2.01.0000", "bad-code-segment")]
    [InlineData("1.02.02.2.01.00a1", "bad-code-segment")]
    [InlineData("1.0\u0662", "bad-code-segment")]
    [InlineData("1. 02", "bad-code-segment")]
    [InlineData("1,02,02", "bad-code-segment")]
    [InlineData("1.02.", "bad-code-shape")]
    [InlineData(".1.02", "bad-code-shape")]
    [InlineData("1..02", "bad-code-shape")]
    [InlineData(".", "bad-code-shape")]
    [InlineData("1.02.02.2.01.0001.01", "bad-code-shape")]
    [InlineData("1.02.02.2.01.0001.", "bad-code-shape")]
    [InlineData("1.01.2.22.0.00.02.0000", "bad-code-shape")]
    public void TryParse_BadText_FailsWithReasonNeverThrows(string text, string reasonCode)
    {
        var result = ProgramCode.TryParse(text);

        Assert.False(result.IsSuccess);
        var failure = Assert.Single(result.Problems);
        Assert.Equal(reasonCode, failure.Reason.Code);
        Assert.Equal("", failure.Path);
        Assert.NotEmpty(failure.Reason.Message.English);
        Assert.NotEmpty(failure.Reason.Message.Indonesian);
        Assert.NotEqual(failure.Reason.Message.English, failure.Reason.Message.Indonesian);
        Assert.False(ProgramCode.TryParse(text, null, out var viaInterface));
        Assert.Equal(default, viaInterface);
        Assert.False(ProgramCode.TryParse(text.AsSpan(), null, out _));
    }

    [Fact]
    public void TryParse_Null_FailsWithEmptyCode()
    {
        var result = ProgramCode.TryParse(null);

        Assert.Equal("empty-code", result.Problems[0].Reason.Code);
        Assert.False(ProgramCode.TryParse((string?)null, null, out _));
    }

    [Theory]
    [InlineData("1.2.02", "segment 2 (bidang)", "'2'", "segmen 2 (bidang)")]
    [InlineData("1.02.00", "segment 3 (program)", "01 to 99", "segmen 3 (program)")]
    [InlineData("A.02", "segment 1 (urusan)", "'A'", "segmen 1 (urusan)")]
    [InlineData("1.02.02.2.01.001", "segment 6 (sub kegiatan)", "0001 to 9999", "segmen 6 (sub kegiatan)")]
    [InlineData("1.02.02.2.00", "segment 5 (kegiatan)", "'00'", "segmen 5 (kegiatan)")]
    [InlineData("1.02.02.3.01", "segment 4 (kegiatan authority)", "2 (regency/city)", "kabupaten/kota")]
    [InlineData("X.02", "segment 2 (bidang)", "XX after urusan X", "XX setelah urusan X")]
    [InlineData("1.02.02.2", "authority digit", "kegiatan number", "nomor kegiatan")]
    [InlineData("1.02.02.2.01.0001.01", "1 to 6 segments", "not 7", "bukan 7")]
    public void TryParse_BadSegment_ReasonNamesSegmentAndExpectationInBothLanguages(string text, string english, string expected, string indonesian)
    {
        var reason = ProgramCode.TryParse(text).Problems[0].Reason;

        Assert.Contains(english, reason.Message.English, StringComparison.Ordinal);
        Assert.Contains(expected, reason.Message.English + reason.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains(indonesian, reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("1.02.02.2")]
    [InlineData("1.02.02.3.01")]
    public void Parse_BadText_ThrowsFormatExceptionWithReason(string text)
    {
        var error = Assert.Throws<FormatException>(() => ProgramCode.Parse(text, null));
        Assert.Contains(ProgramCode.TryParse(text).Problems[0].Reason.Message.English, error.Message, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => ProgramCode.Parse(text.AsSpan(), null));
        Assert.Throws<FormatException>(() => ParseVia<ProgramCode>(text));
    }

    [Fact]
    public void Parse_ValidText_ReturnsCodeThroughEveryEntryPoint()
    {
        var expected = ProgramCode.OfUrusan(1).WithBidang(2).WithProgram(2).WithKegiatan(Authority.RegencyCity, 1).WithSubKegiatan(1);

        Assert.Equal(expected, ProgramCode.Parse("1.02.02.2.01.0001", null));
        Assert.Equal(expected, ProgramCode.Parse("1.02.02.2.01.0001".AsSpan(), null));
        Assert.Equal(expected, ParseVia<ProgramCode>("1.02.02.2.01.0001"));
        Assert.True(ProgramCode.TryParse("1.02.02.2.01.0001".AsSpan(), null, out var viaSpan));
        Assert.Equal(expected, viaSpan);
    }

    [Fact]
    public void Factories_Chain_BuildEveryLevel()
    {
        var urusan = ProgramCode.OfUrusan(1);
        var bidang = urusan.WithBidang(2);
        var program = bidang.WithProgram(2);
        var kegiatan = program.WithKegiatan(Authority.RegencyCity, 1);

        Assert.Equal("1", urusan.ToString());
        Assert.Equal("1.02", bidang.ToString());
        Assert.Equal("1.02.02", program.ToString());
        Assert.Equal("1.02.02.2.01", kegiatan.ToString());
        Assert.Equal("1.02.02.2.01.0001", kegiatan.WithSubKegiatan(1).ToString());
        Assert.Equal("1.02.02.2.01.01", kegiatan.WithSubKegiatan(1, digits: 2).ToString());
        Assert.Equal("1.02.02.2.01.9999", kegiatan.WithSubKegiatan(9999).ToString());
        Assert.Equal("X.XX.01", ProgramCode.CrossUrusanBidang.WithProgram(1).ToString());
        Assert.Equal(ProgramCode.CrossUrusan, ProgramCode.CrossUrusanBidang.Parent);
    }

    [Fact]
    public void Factories_OutOfRangeNumbers_Throw()
    {
        var kegiatan = P("1.02.02.2.01");

        Assert.Throws<ArgumentOutOfRangeException>(() => ProgramCode.OfUrusan(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ProgramCode.OfUrusan(10));
        Assert.Throws<ArgumentOutOfRangeException>(() => P("1").WithBidang(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => P("1").WithBidang(100));
        Assert.Throws<ArgumentOutOfRangeException>(() => P("1.02").WithProgram(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => P("1.02").WithProgram(100));
        Assert.Throws<ArgumentOutOfRangeException>(() => P("1.02.02").WithKegiatan(Authority.Province, 0));
        Assert.Throws<InvalidEnumArgumentException>(() => P("1.02.02").WithKegiatan((Authority)3, 1));
        Assert.Throws<InvalidEnumArgumentException>(() => P("1.02.02").WithKegiatan(default, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => kegiatan.WithSubKegiatan(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => kegiatan.WithSubKegiatan(10000));
        Assert.Throws<ArgumentOutOfRangeException>(() => kegiatan.WithSubKegiatan(100, digits: 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => kegiatan.WithSubKegiatan(1, digits: 3));
    }

    [Fact]
    public void Factories_WrongLevel_ThrowInvalidOperation()
    {
        Assert.Throws<InvalidOperationException>(() => P("1").WithProgram(1));
        Assert.Throws<InvalidOperationException>(() => P("1.02.02").WithBidang(1));
        Assert.Throws<InvalidOperationException>(() => P("1.02").WithKegiatan(Authority.Province, 1));
        Assert.Throws<InvalidOperationException>(() => P("1.02.02").WithSubKegiatan(1));
        Assert.Throws<InvalidOperationException>(() => P("1.02.02.2.01.0001").WithSubKegiatan(1));
        Assert.Throws<InvalidOperationException>(() => ProgramCode.CrossUrusan.WithBidang(1));
    }

    [Theory]
    [InlineData("1.02.02.2.01.0001", "1.02.02.2.01")]
    [InlineData("1.02.02.2.01.01", "1.02.02.2.01")]
    [InlineData("1.02.02.2.01", "1.02.02")]
    [InlineData("1.02.02", "1.02")]
    [InlineData("1.02", "1")]
    [InlineData("X.XX.01", "X.XX")]
    [InlineData("X.XX", "X")]
    public void Parent_CodeBelowUrusan_IsCodeOneLevelUp(string text, string parent)
    {
        Assert.Equal(P(parent), P(text).Parent);
    }

    [Fact]
    public void Parent_Urusan_IsNull()
    {
        Assert.Null(P("1").Parent);
        Assert.Null(ProgramCode.CrossUrusan.Parent);
    }

    [Theory]
    [InlineData("1.02.02.2.01", "1.02.02.2.01.0001", true, true)]
    [InlineData("1.02.02.2.01", "1.02.02.2.01.01", true, true)]
    [InlineData("1.02", "1.02.02.2.01", true, false)]
    [InlineData("1", "1.02.02.2.01.0001", true, false)]
    [InlineData("1.02.02", "1.02.02", false, false)]
    [InlineData("1.02.02", "1.02", false, false)]
    [InlineData("1.02.02", "1.02.03.2.01", false, false)]
    [InlineData("1.02.02.1.01", "1.02.02.2.01.0001", false, false)]
    [InlineData("1", "X.XX", false, false)]
    [InlineData("X", "X.XX", true, true)]
    [InlineData("1.02", "2.02.01", false, false)]
    public void IsAncestorOf_CodePairs_FollowsPrefixes(string ancestor, string descendant, bool isAncestor, bool isParent)
    {
        Assert.Equal(isAncestor, P(ancestor).IsAncestorOf(P(descendant)));
        Assert.Equal(isParent, P(ancestor).IsParentOf(P(descendant)));
    }

    [Theory]
    [InlineData(CodeLevel.Urusan, "1")]
    [InlineData(CodeLevel.Bidang, "1.02")]
    [InlineData(CodeLevel.Program, "1.02.02")]
    [InlineData(CodeLevel.Kegiatan, "1.02.02.2.01")]
    [InlineData(CodeLevel.SubKegiatan, "1.02.02.2.01.01")]
    public void AtLevel_SubKegiatan_ReturnsPrefixOfThatLevel(CodeLevel level, string expected)
    {
        Assert.Equal(P(expected), P("1.02.02.2.01.01").AtLevel(level));
    }

    [Fact]
    public void AtLevel_MoreDetailedThanCode_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => P("1.02").AtLevel(CodeLevel.Program));
        Assert.Throws<ArgumentOutOfRangeException>(() => P("1.02").AtLevel((CodeLevel)(-1)));
    }

    [Theory]
    [InlineData("1.02.01", true)]
    [InlineData("1.02.01.2.01", true)]
    [InlineData("1.02.01.2.01.0001", true)]
    [InlineData("X.XX.01", true)]
    [InlineData("1.02.02", false)]
    [InlineData("1.02.02.2.01.0001", false)]
    [InlineData("1.01", false)]
    [InlineData("1", false)]
    public void IsSupportProgram_ProgramOne_IsTrueForItAndItsKegiatan(string text, bool expected)
    {
        Assert.Equal(expected, P(text).IsSupportProgram);
    }

    [Fact]
    public void CompareTo_MixedCodes_SortsBySegmentParentsFirst()
    {
        string[] texts =
        [
            "X", "1.02.02.2.01.0001", "9.01", "1.10", "1", "1.02.02.2.01.01", "X.XX.01", "1.02.02",
            "1.02.02.2.01", "2", "1.02.02.1.05", "1.02", "X.XX", "1.02.03", "1.02.02.2.02",
        ];

        var sorted = texts.Select(P).Order().Select(c => c.ToString());

        Assert.Equal(
            [
                "1", "1.02", "1.02.02", "1.02.02.1.05", "1.02.02.2.01", "1.02.02.2.01.01", "1.02.02.2.01.0001",
                "1.02.02.2.02", "1.02.03", "1.10", "2", "9.01", "X", "X.XX", "X.XX.01",
            ],
            sorted);
    }

    [Fact]
    public void CompareTo_Object_NullFirstAndOtherTypesRejected()
    {
        var code = P("1.02");

        Assert.Equal(1, code.CompareTo(null));
        Assert.Equal(0, code.CompareTo((object)P("1.02")));
        Assert.Throws<ArgumentException>(() => code.CompareTo("1.02"));
    }

    [Fact]
    public void Equals_Object_ComparesCodes()
    {
        Assert.True(P("1.02").Equals((object)P("1.02")));
        Assert.False(P("1.02").Equals((object)"1.02"));
        Assert.False(P("1.02").Equals(null));
    }

    [Fact]
    public void Default_IsUrusanOne()
    {
        ProgramCode code = default;

        Assert.Equal(CodeLevel.Urusan, code.Level);
        Assert.Equal(1, code.Urusan);
        Assert.Equal("1", code.ToString());
        Assert.Equal(ProgramCode.OfUrusan(1), code);
        Assert.Null(code.Parent);
        Assert.Null(code.Bidang);
    }

    [Fact]
    public void ToString_FormatAndCulture_AreIgnored()
    {
        var code = P("1.02.02.2.01.0001");

        Assert.Equal("1.02.02.2.01.0001", code.ToString("G", Cultures.Indonesian));
        Assert.Equal("1.02.02.2.01.0001", $"{code}");
        Assert.Equal("1.02.02.2.01.0001", string.Create(Cultures.Indonesian, $"{code:N2}"));
    }

    [Fact]
    public void TryFormat_ShortDestination_WritesNothing()
    {
        Span<char> buffer = stackalloc char[16];

        Assert.False(P("1.02.02.2.01.0001").TryFormat(buffer, out var written, default, null));
        Assert.Equal(0, written);
        Assert.True(P("1.02.02.2.01.01").TryFormat(buffer, out written, default, null));
        Assert.Equal("1.02.02.2.01.01", buffer[..written].ToString());
    }

    private static T ParseVia<T>(string text)
        where T : IParsable<T> => T.Parse(text, null);
}
