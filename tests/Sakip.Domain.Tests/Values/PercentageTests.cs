using System.Globalization;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

public class PercentageTests
{
    [Theory]
    [InlineData("85,38 %", "85.38")]
    [InlineData("85,38%", "85.38")]
    [InlineData("85,38", "85.38")]
    [InlineData("184,75 %", "184.75")]
    [InlineData("-12,5 %", "-12.5")]
    [InlineData("1.234,5 %", "1234.5")]
    public void TryParse_IndonesianText_ReadsPercent(string text, string expected)
    {
        var result = Percentage.TryParse(text, Cultures.Indonesian);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(TestCalc.D(expected), result.GetValueOrThrow().Value);
    }

    [Theory]
    [InlineData("85.38 %", "85.38")]
    [InlineData("85.38", "85.38")]
    public void TryParse_InvariantText_ReadsPercent(string text, string expected)
    {
        Assert.Equal(TestCalc.D(expected), Percentage.TryParse(text, CultureInfo.InvariantCulture).GetValueOrThrow().Value);
    }

    [Theory]
    [InlineData("NaN %", "not-finite")]
    [InlineData("Infinity", "not-finite")]
    [InlineData("abc %", "not-a-number")]
    [InlineData("%", "not-a-number")]
    [InlineData("", "empty")]
    [InlineData("85,38 %", "misplaced-group-separator")]
    [InlineData("85 %%", "not-a-number")]
    public void TryParse_BadInvariantText_FailsWithReasonCode(string text, string code)
    {
        var result = Percentage.TryParse(text, CultureInfo.InvariantCulture);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Problems[0].Reason.Code);
        Assert.False(Percentage.TryParse(text, CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public void TryParse_IndonesianPointDecimal_FailsAsMisplacedGroupSeparator()
    {
        Assert.Equal("misplaced-group-separator", Percentage.TryParse("85.38 %", Cultures.Indonesian).Problems[0].Reason.Code);
    }

    [Fact]
    public void Parse_BadText_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => Percentage.Parse("abc", CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => Percentage.Parse("abc".AsSpan(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_GoodText_ReturnsValue()
    {
        Assert.Equal(new Percentage(85.38m), Percentage.Parse("85,38 %", Cultures.Indonesian));
        Assert.Equal(new Percentage(85.38m), Percentage.Parse("85.38 %".AsSpan(), null));
    }

    [Fact]
    public void ToString_Culture_WritesNumberAndPercentSign()
    {
        var percentage = new Percentage(85.38m);

        Assert.Equal("85.38 %", percentage.ToString());
        Assert.Equal("85,38 %", percentage.ToString(null, Cultures.Indonesian));
        Assert.Equal("85,4 %", percentage.ToString("0.0", Cultures.Indonesian));
    }

    [Fact]
    public void TryFormat_EnoughRoom_WritesSuffix()
    {
        Span<char> buffer = stackalloc char[16];

        Assert.True(new Percentage(85.38m).TryFormat(buffer, out var written, default, Cultures.Indonesian));
        Assert.Equal("85,38 %", buffer[..written].ToString());
    }

    [Theory]
    [InlineData(4)]
    [InlineData(6)]
    public void TryFormat_NoRoomForNumberOrSuffix_ReturnsFalse(int size)
    {
        var buffer = new char[size];

        Assert.False(new Percentage(85.38m).TryFormat(buffer, out var written, default, null));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Round_Rule_RoundsValue()
    {
        var percentage = new Percentage(85.3867m);

        Assert.Equal(85.38m, percentage.Round(RoundingRule.TwoDecimalsTruncate).Value);
        Assert.Equal(85.39m, percentage.Round(RoundingRule.TwoDecimalsHalfUp).Value);
    }

    [Fact]
    public void Constants_ZeroAndHundred_HaveTheirValues()
    {
        Assert.Equal(0m, Percentage.Zero.Value);
        Assert.Equal(0m, default(Percentage).Value);
        Assert.Equal(100m, Percentage.Hundred.Value);
        Assert.Equal(85.38m, (decimal)new Percentage(85.38m));
    }

    [Fact]
    public void Comparison_Operators_FollowValue()
    {
        var low = new Percentage(50m);
        var high = new Percentage(100m);

        Assert.True(low < high);
        Assert.True(high > low);
        Assert.True(low <= high);
        Assert.True(high >= low);
        Assert.True(low != high);
        Assert.True(low == new Percentage(50.00m));
        Assert.True(low.CompareTo((object)high) < 0);
        Assert.Equal(1, low.CompareTo(null));
        Assert.Throws<ArgumentException>(() => low.CompareTo((object)50m));
        Assert.Equal(low.GetHashCode(), new Percentage(50.00m).GetHashCode());
        Assert.False(low.Equals((object)50m));
    }
}
