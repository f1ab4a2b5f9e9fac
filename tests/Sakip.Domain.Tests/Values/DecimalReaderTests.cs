using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

/// <summary>The one number reader (issue 10): exact or refused, never rounded; one grouping rule; spaces only as the
/// culture defines them.</summary>
public class DecimalReaderTests
{
    [Theory]
    [InlineData("0.00000000000000000000000000001")] // 29 decimal places
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("12345678901234567890123456789.5")] // in range, but needs 30 significant digits
    [InlineData("-0.00000000000000000000000000001")]
    public void TryParse_MorePrecisionThanDecimalHolds_FailsPrecisionExceeded(string text)
    {
        var result = DecimalReader.TryParse(text, Cultures.Invariant);

        Assert.Equal("precision-exceeded", result.Problems[0].Reason.Code);
        Assert.Contains(text, result.Problems[0].Reason.Message.English, StringComparison.Ordinal);
        Assert.Equal("precision-exceeded", Measure.TryParse(text, null).Problems[0].Reason.Code);
        Assert.Equal("precision-exceeded", Target.TryParse(text, null).Problems[0].Reason.Code);
    }

    [Fact]
    public void TryParse_IndonesianTextWithTooManyDecimals_FailsPrecisionExceeded() =>
        Assert.Equal("precision-exceeded", DecimalReader.TryParse("0,00000000000000000000000000001", Cultures.Indonesian).Problems[0].Reason.Code);

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("79228162514264337593543950335.5")]
    [InlineData("-79.228.162.514.264.337.593.543.950.336")]
    public void TryParse_BeyondDecimalRange_FailsOutOfRange(string text)
    {
        var culture = text.Contains('.', StringComparison.Ordinal) && text.Count(c => c == '.') > 1 ? Cultures.Indonesian : Cultures.Invariant;

        Assert.Equal("out-of-range", DecimalReader.TryParse(text, culture).Problems[0].Reason.Code);
    }

    [Theory]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001", "0.0000000000000000000000000001")]
    [InlineData("1.0000000000000000000000000000000000000000", "1")] // trailing zeros are not precision
    [InlineData("7922816251426433759354395033.5", "7922816251426433759354395033.5")]
    public void TryParse_ExactlyHeld_ReadsTheExactValue(string text, string expected)
    {
        var result = DecimalReader.TryParse(text, null);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), result.GetValueOrThrow());
    }

    [Theory]
    [InlineData("1e-29", "precision-exceeded")]
    [InlineData("1e-400", "precision-exceeded")]
    [InlineData("-1E-999999999999999999999", "precision-exceeded")]
    [InlineData("1e29", "out-of-range")]
    [InlineData("1e400", "out-of-range")]
    [InlineData("1.5", null)]
    [InlineData("1e-28", null)]
    [InlineData("2.5E+3", null)]
    [InlineData("0e-999999", null)]
    [InlineData("12e-30", "precision-exceeded")]
    [InlineData("1,5", "not-a-number")]
    [InlineData("1.", "not-a-number")]
    [InlineData(".5", "not-a-number")]
    [InlineData("NaN", "not-finite")]
    [InlineData("", "empty")]
    public void TryParseScientific_JsonNumbers_ExactOrRefused(string text, string? code)
    {
        var result = DecimalReader.TryParseScientific(text);

        Assert.Equal(code, result.Problems is [var problem, ..] ? problem.Reason.Code : null);
        if (code is null)
        {
            Assert.Equal(decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture), result.GetValueOrThrow());
        }
    }

    [Theory]
    [InlineData("9,0")]
    [InlineData("1,0,0")]
    [InlineData("4,88")]
    public void TryParse_InvariantGroupSeparatorOutOfPlace_FailsLikeEveryReader(string text) =>
        Assert.Equal("misplaced-group-separator", DecimalReader.TryParse(text, null).Problems[0].Reason.Code);

    [Fact]
    public void TryParse_PlainSpaceWhereTheCultureUsesANoBreakSpace_IsRefused()
    {
        var culture = NoBreakSpaceCulture();

        Assert.Equal("misplaced-group-separator", DecimalReader.TryParse("4 88", culture).Problems[0].Reason.Code);
        Assert.Equal("misplaced-group-separator", DecimalReader.TryParse("4 880", culture).Problems[0].Reason.Code);
        Assert.Equal(4880m, DecimalReader.TryParse("4\u00A0880", culture).GetValueOrThrow());
        Assert.Equal("misplaced-group-separator", DecimalReader.TryParse("4\u00A088", culture).Problems[0].Reason.Code);
    }

    [Theory]
    [InlineData("4 880")]
    [InlineData("4\u00A0880")]
    [InlineData("4\t880")]
    public void TryParse_AnySpaceInsideANumberWhereTheCultureHasNoSpaceSeparator_IsRefused(string text)
    {
        Assert.False(DecimalReader.TryParse(text, Cultures.Indonesian).IsSuccess);
        Assert.False(DecimalReader.TryParse(text, Cultures.Invariant).IsSuccess);
    }

    [Fact]
    public void FromDouble_TooSmallForDecimal_IsRefusedNotRoundedToZero() =>
        Assert.Equal("precision-exceeded", Measure.FromDouble(1e-29).Problems[0].Reason.Code);

    [Fact]
    public void FromDouble_OrdinaryValue_ReadsItsShortestText() =>
        Assert.Equal(0.1m, Measure.FromDouble(0.1).GetValueOrThrow().Value);

    [Fact]
    public void TryParse_HugeTexts_AnswerWithoutQuadraticWork()
    {
        var zeros = new string('0', 2_000_000);

        Assert.Equal(1m, DecimalReader.TryParse("1." + zeros, null).GetValueOrThrow());
        Assert.Equal("precision-exceeded", DecimalReader.TryParse("0." + zeros + "1", null).Problems[0].Reason.Code);
        Assert.Equal("out-of-range", DecimalReader.TryParseScientific("1" + zeros).Problems[0].Reason.Code);
        Assert.Equal("precision-exceeded", DecimalReader.TryParseScientific("1e-" + new string('9', 2_000_000)).Problems[0].Reason.Code);
        Assert.Equal(0.1m, DecimalReader.TryParseScientific("1e-" + zeros + "1").GetValueOrThrow());
    }

    [Property]
    public Property FormatThenParse_EveryCulture_ReturnsSameValue() =>
        Prop.ForAll(Generators.AnyDecimal.ToArbitrary(), Gen.Elements(SupportedCultures()).ToArbitrary(), (value, culture) =>
        {
            var text = value.ToString("N" + value.Scale.ToString(CultureInfo.InvariantCulture), culture);
            var parsed = DecimalReader.TryParse(text, culture);
            return (parsed.IsSuccess && parsed.GetValueOrThrow() == value).Label($"{culture.Name}: '{text}' → {parsed}");
        });

    [Property]
    public Property MoreThan28DecimalPlaces_NonZeroLastDigit_IsRefusedNeverRounded() =>
        Prop.ForAll(Generators.AnyDecimal.ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), Gen.Choose(29, 60).ToArbitrary(), (value, last, places) =>
        {
            var fraction = value.ToString("0.############################", CultureInfo.InvariantCulture);
            var text = fraction.Contains('.', StringComparison.Ordinal) ? fraction : fraction + ".";
            var digits = text.Length - text.IndexOf('.', StringComparison.Ordinal) - 1;
            text += new string('0', places - digits - 1) + last.ToString(CultureInfo.InvariantCulture);
            var culture = DecimalReader.TryParse(text, null);
            var scientific = DecimalReader.TryParseScientific(text);
            return (culture.Problems[0].Reason.Code == "precision-exceeded" && scientific.Problems[0].Reason.Code == "precision-exceeded").Label(text);
        });

    [Property]
    public Property ScientificText_OfAnyDecimal_ReadsExactly() =>
        Prop.ForAll(Generators.AnyDecimal.ToArbitrary(), value =>
        {
            var text = value.ToString("E27", CultureInfo.InvariantCulture);
            var parsed = DecimalReader.TryParseScientific(text);
            return (parsed.IsSuccess && parsed.GetValueOrThrow() == value).Label($"'{text}' → {parsed}");
        });

    /// <summary>The cultures a number is read in: invariant and Indonesian always, the OS's cultures where it has
    /// them (none under invariant globalization).</summary>
    private static CultureInfo[] SupportedCultures()
    {
        var cultures = new List<CultureInfo> { Cultures.Invariant, Cultures.Indonesian, NoBreakSpaceCulture() };
        foreach (var name in new[] { "en-US", "de-DE", "fr-FR", "ru-RU", "de-CH" })
        {
            try
            {
                cultures.Add(CultureInfo.GetCultureInfo(name, predefinedOnly: true));
            }
            catch (CultureNotFoundException)
            {
            }
        }

        return [.. cultures];
    }

    /// <summary>A culture that separates thousands with a no-break space, as <c>ru-RU</c> does, without OS data.</summary>
    private static CultureInfo NoBreakSpaceCulture()
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberGroupSeparator = "\u00A0";
        culture.NumberFormat.NumberDecimalSeparator = ",";
        return CultureInfo.ReadOnly(culture);
    }
}
