using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Rules;

public class RoundingRuleTests
{
    [Theory]
    [InlineData(RoundingMode.Truncate, 2, "85.3867", "85.38")]
    [InlineData(RoundingMode.Truncate, 2, "139.738", "139.73")]
    [InlineData(RoundingMode.Truncate, 2, "-1.239", "-1.23")]
    [InlineData(RoundingMode.HalfUp, 2, "85.385", "85.39")]
    [InlineData(RoundingMode.HalfUp, 2, "139.738", "139.74")]
    [InlineData(RoundingMode.HalfUp, 2, "-85.385", "-85.39")]
    [InlineData(RoundingMode.HalfEven, 2, "85.385", "85.38")]
    [InlineData(RoundingMode.HalfEven, 2, "85.375", "85.38")]
    [InlineData(RoundingMode.HalfEven, 2, "85.3851", "85.39")]
    [InlineData(RoundingMode.HalfUp, 0, "2.5", "3")]
    [InlineData(RoundingMode.HalfEven, 0, "2.5", "2")]
    [InlineData(RoundingMode.Truncate, 0, "2.99", "2")]
    [InlineData(RoundingMode.HalfUp, 4, "85.38666666", "85.3867")]
    public void Apply_Mode_RoundsAsDocumented(RoundingMode mode, int decimals, string value, string expected)
    {
        Assert.Equal(TestCalc.D(expected), new RoundingRule(mode, decimals).Apply(TestCalc.D(value)));
    }

    [Theory]
    [InlineData(RoundingMode.HalfUp, 2, "87.5", "87.50")]
    [InlineData(RoundingMode.Truncate, 2, "100", "100.00")]
    [InlineData(RoundingMode.HalfEven, 3, "0.1", "0.100")]
    [InlineData(RoundingMode.HalfUp, 0, "87.5000", "88")]
    public void Apply_Result_PrintsTheStatedDecimals(RoundingMode mode, int decimals, string value, string printed)
    {
        var rounded = new RoundingRule(mode, decimals).Apply(TestCalc.D(value));

        Assert.Equal(printed, rounded.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Default_Struct_IsHalfUpToZeroDecimals()
    {
        var rule = default(RoundingRule);

        Assert.Equal(RoundingMode.HalfUp, rule.Mode);
        Assert.Equal(0, rule.Decimals);
        Assert.Equal(3m, rule.Apply(2.5m));
    }

    [Fact]
    public void Presets_BuiltIn_AreTwoDecimals()
    {
        Assert.Equal(new RoundingRule(RoundingMode.HalfUp, 2), RoundingRule.TwoDecimalsHalfUp);
        Assert.Equal(new RoundingRule(RoundingMode.Truncate, 2), RoundingRule.TwoDecimalsTruncate);
        Assert.True(RoundingRule.TwoDecimalsHalfUp != RoundingRule.TwoDecimalsTruncate);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Constructor_DecimalsOutOfRange_Throws(int decimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RoundingRule(RoundingMode.HalfUp, decimals));
    }

    [Fact]
    public void Constructor_UnknownMode_Throws()
    {
        Assert.ThrowsAny<ArgumentException>(() => new RoundingRule((RoundingMode)7, 2));
    }

    [Theory]
    [InlineData(RoundingMode.HalfUp, "half-up")]
    [InlineData(RoundingMode.Truncate, "truncate")]
    [InlineData(RoundingMode.HalfEven, "half-even")]
    public void IdOf_Mode_IsStableText(RoundingMode mode, string id)
    {
        Assert.Equal(id, RoundingRule.IdOf(mode));
    }

    [Fact]
    public void ToString_Rule_DescribesModeAndDecimals()
    {
        Assert.Equal("truncate, 2 decimals", RoundingRule.TwoDecimalsTruncate.ToString());
    }
}
