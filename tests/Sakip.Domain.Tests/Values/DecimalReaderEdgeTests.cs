using System.Globalization;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

/// <summary>The edges of the one number reader, case by case: signs and exponents of the scientific form, the
/// bounds of exactness, where group separators may stand, and how a long refused number is shown.</summary>
public class DecimalReaderEdgeTests
{
    [Theory]
    [InlineData("+1.5", "1.5")]
    [InlineData("-1.5e+3", "-1500")]
    [InlineData("1E5", "100000")]
    [InlineData("1.5e-3", "0.0015")]
    [InlineData("12.50e1", "125")]
    [InlineData("1000e-3", "1")] // trailing zeros of the digits pay for the exponent
    [InlineData("100e-30", "0.0000000000000000000000000001")]
    [InlineData("0.000", "0")]
    [InlineData("-0e5", "0")]
    [InlineData("7.9228162514264337593543950335", "7.9228162514264337593543950335")] // decimal.MaxValue's digits at scale 28
    [InlineData("12345678901234567890123456789", "12345678901234567890123456789")] // 29 integer digits
    public void TryParseScientific_Exact_ReadsTheValue(string text, string expected)
    {
        var value = DecimalReader.TryParseScientific(text).GetValueOrThrow();

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("1e", "not-a-number")]
    [InlineData("1e+", "not-a-number")]
    [InlineData("e5", "not-a-number")]
    [InlineData("--1", "not-a-number")]
    [InlineData("1.5.5", "not-a-number")]
    [InlineData("1e5x", "not-a-number")]
    [InlineData("+", "not-a-number")]
    [InlineData("1E999999999999999999999", "out-of-range")]
    [InlineData("100000000000000000000000000000", "out-of-range")] // 30 integer digits
    [InlineData("99999999999999999999999999999", "out-of-range")] // 29 digits, above decimal.MaxValue
    [InlineData("7.92281625142643375935439503355", "precision-exceeded")] // one digit more than the significand
    [InlineData("-Infinity", "not-finite")]
    [InlineData("   ", "empty")]
    public void TryParseScientific_Refused_SaysWhy(string text, string code)
    {
        var result = DecimalReader.TryParseScientific(text);

        Assert.Equal(code, Assert.Single(result.Problems).Reason.Code);
    }

    [Fact]
    public void TryParseScientific_Null_IsEmpty() =>
        Assert.Equal("empty", Assert.Single(DecimalReader.TryParseScientific(null).Problems).Reason.Code);

    [Theory]
    [InlineData("1,000", "1000")]
    [InlineData("-1,000", "-1000")]
    [InlineData("+1,000,000.25", "1000000.25")]
    [InlineData("999", "999")]
    [InlineData("\u22125", "-5")] // the typographic minus sign
    [InlineData("  12.5  ", "12.5")]
    public void TryParse_Invariant_ReadsWellFormedNumbers(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), DecimalReader.TryParse(text, CultureInfo.InvariantCulture).GetValueOrThrow());

    [Theory]
    [InlineData("1,00", "misplaced-group-separator")]
    [InlineData(",100", "misplaced-group-separator")]
    [InlineData("1000,000", "misplaced-group-separator")]
    [InlineData("1,0000", "misplaced-group-separator")]
    [InlineData("1,00a", "misplaced-group-separator")]
    [InlineData("1,000,00", "misplaced-group-separator")]
    [InlineData("-", "not-a-number")]
    [InlineData("1e5", "not-a-number")]
    [InlineData("Inf", "not-finite")]
    [InlineData("-\u221E", "not-finite")]
    [InlineData("+NaN", "not-finite")]
    [InlineData("Infinity", "not-finite")]
    [InlineData("", "empty")]
    public void TryParse_Invariant_RefusesWithTheReason(string text, string code) =>
        Assert.Equal(code, Assert.Single(DecimalReader.TryParse(text, CultureInfo.InvariantCulture).Problems).Reason.Code);

    [Theory]
    [InlineData("6.149.428.000", "6149428000")]
    [InlineData("1.000,5", "1000.5")]
    [InlineData("-4,88", "-4.88")]
    public void TryParse_Indonesian_ReadsItsGroupsAndDecimalComma(string text, string expected) =>
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), DecimalReader.TryParse(text, Cultures.Indonesian).GetValueOrThrow());

    [Theory]
    [InlineData("1.00,5")]
    [InlineData("1.0000")]
    public void TryParse_IndonesianGroupsOutOfPlace_AreRefusedNamingTheSeparators(string text)
    {
        var reason = Assert.Single(DecimalReader.TryParse(text, Cultures.Indonesian).Problems).Reason;

        Assert.Equal("misplaced-group-separator", reason.Code);
        Assert.Equal("'.' separates thousands in this culture and must be followed by groups of three digits; the decimal separator is ','", reason.Message.English);
    }

    [Fact]
    public void Refusal_OfALongNumber_ShowsItsFirst45CharactersAndAnEllipsis()
    {
        var text = new string('9', 60);

        var reason = Assert.Single(DecimalReader.TryParseScientific(text).Problems).Reason;

        Assert.Equal("out-of-range", reason.Code);
        Assert.StartsWith($"'{new string('9', 45)}…'", reason.Message.English, StringComparison.Ordinal);
        Assert.StartsWith($"'{new string('9', 45)}…'", reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Refusal_OfANumberOf48Characters_ShowsItWhole()
    {
        var text = "0." + new string('0', 45) + "1"; // 48 characters, 46 decimal places

        var reason = Assert.Single(DecimalReader.TryParseScientific(text).Problems).Reason;

        Assert.Equal("precision-exceeded", reason.Code);
        Assert.StartsWith($"'{text}' has more precision", reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void NotANumber_GivesAnExampleInTheCulturesFormat()
    {
        var invariant = Assert.Single(DecimalReader.TryParse("abc", CultureInfo.InvariantCulture).Problems).Reason;
        var indonesian = Assert.Single(DecimalReader.TryParse("abc", Cultures.Indonesian).Problems).Reason;

        Assert.Equal("not a number in this culture's format (e.g. 1,234.5)", invariant.Message.English);
        Assert.Equal("bukan angka dalam format budaya ini (mis. 1.234,5)", indonesian.Message.Indonesian);
    }
}
