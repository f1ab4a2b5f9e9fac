using System.Globalization;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

public class TargetTests
{
    [Fact]
    public void Point_Value_IsBothBounds()
    {
        var target = Target.Point(90m);

        Assert.False(target.IsRange);
        Assert.Equal(90m, target.PointValue);
        Assert.Equal(90m, target.Lower);
        Assert.Equal(90m, target.Upper);
    }

    [Fact]
    public void ImplicitConversion_Decimal_IsPointTarget()
    {
        Target target = 32m;

        Assert.Equal(Target.Point(32m), target);
    }

    [Fact]
    public void Default_Target_IsPointZero()
    {
        Assert.Equal(Target.Point(0m), default);
        Assert.False(default(Target).IsRange);
    }

    [Fact]
    public void Range_Bounds_AreKept()
    {
        var target = Target.Range(80m, 90m);

        Assert.True(target.IsRange);
        Assert.Equal(80m, target.Lower);
        Assert.Equal(90m, target.Upper);
    }

    [Fact]
    public void Range_Reversed_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Target.Range(90m, 80m));
    }

    [Fact]
    public void PointValue_RangeTarget_IsNullNotAThrow()
    {
        Assert.Null(Target.Range(80m, 90m).PointValue);
        Assert.Null(Target.Range(80m, 80m).PointValue);
    }

    [Fact]
    public void PointValue_Default_IsZero()
    {
        Assert.Equal(0m, default(Target).PointValue);
    }

    [Fact]
    public void TryCreateRange_Reversed_FailsWithReason()
    {
        var result = Target.TryCreateRange(90m, 80m);

        Assert.False(result.IsSuccess);
        Assert.Equal("range-reversed", result.Problems[0].Reason.Code);
        Assert.Equal("", result.Problems[0].Path);
    }

    [Fact]
    public void TryCreateRange_Ordered_Succeeds()
    {
        Assert.Equal(Target.Range(7m, 8m), Target.TryCreateRange(7m, 8m).GetValueOrThrow());
        Assert.True(Target.TryCreateRange(8m, 8m).GetValueOrThrow().IsRange);
    }

    [Theory]
    [InlineData("80", true)]
    [InlineData("90", true)]
    [InlineData("85", true)]
    [InlineData("79.99", false)]
    [InlineData("90.01", false)]
    public void Contains_Range_IsInclusive(string value, bool expected)
    {
        Assert.Equal(expected, Target.Range(80m, 90m).Contains(TestCalc.D(value)));
    }

    [Fact]
    public void HasNegativeBound_NegativeLower_IsTrue()
    {
        Assert.True(Target.Range(-2m, 2m).HasNegativeBound);
        Assert.True(Target.Point(-1m).HasNegativeBound);
        Assert.False(Target.Range(0m, 2m).HasNegativeBound);
    }

    [Fact]
    public void Equality_PointAndRangeWithSameBounds_Differ()
    {
        Assert.True(Target.Point(5m) != Target.Range(5m, 5m));
        Assert.False(Target.Point(5m) == Target.Range(5m, 5m));
        Assert.True(Target.Range(5m, 6m) == Target.Range(5.0m, 6.00m));
        Assert.Equal(Target.Range(5m, 6m).GetHashCode(), Target.Range(5m, 6m).GetHashCode());
        Assert.False(Target.Point(5m).Equals((object)5m));
        Assert.True(Target.Point(5m).Equals((object)Target.Point(5m)));
    }

    [Theory]
    [InlineData("90", "invariant", "90", "90", false)]
    [InlineData("80..90", "invariant", "80", "90", true)]
    [InlineData("80 .. 90", "invariant", "80", "90", true)]
    [InlineData("80–90", "invariant", "80", "90", true)]
    [InlineData("7,5..8,25", "id-ID", "7.5", "8.25", true)]
    [InlineData("1.000..2.000", "id-ID", "1000", "2000", true)]
    [InlineData("-5..-3", "invariant", "-5", "-3", true)]
    [InlineData("4,88", "id-ID", "4.88", "4.88", false)]
    public void TryParse_Text_ReadsPointOrRange(string text, string culture, string lower, string upper, bool isRange)
    {
        var result = Target.TryParse(text, culture == "id-ID" ? Cultures.Indonesian : CultureInfo.InvariantCulture);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(TestCalc.D(lower), result.GetValueOrThrow().Lower);
        Assert.Equal(TestCalc.D(upper), result.GetValueOrThrow().Upper);
        Assert.Equal(isRange, result.GetValueOrThrow().IsRange);
    }

    [Theory]
    [InlineData("90..80", "range-reversed")]
    [InlineData("90–80", "range-reversed")]
    [InlineData("abc", "not-a-number")]
    [InlineData("..90", "empty")]
    [InlineData("80..", "empty")]
    [InlineData("80..abc", "not-a-number")]
    [InlineData("NaN..90", "not-finite")]
    [InlineData("80..Infinity", "not-finite")]
    [InlineData("", "empty")]
    [InlineData("4,88", "misplaced-group-separator")]
    public void TryParse_BadInvariantText_FailsWithReasonCode(string text, string code)
    {
        var result = Target.TryParse(text, CultureInfo.InvariantCulture);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Problems[0].Reason.Code);
        Assert.Equal("", result.Problems[0].Path);
        Assert.False(Target.TryParse(text, CultureInfo.InvariantCulture, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void TryParse_Null_FailsAsEmpty()
    {
        Assert.Equal("empty", Target.TryParse(null, null).Problems[0].Reason.Code);
    }

    [Fact]
    public void Parse_BadText_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => Target.Parse("90..80", null));
        Assert.Throws<FormatException>(() => Target.Parse("90..80".AsSpan(), null));
    }

    [Fact]
    public void Parse_GoodText_ReturnsTarget()
    {
        Assert.Equal(Target.Range(80m, 90m), Target.Parse("80..90", null));
        Assert.Equal(Target.Range(80m, 90m), Target.Parse("80..90".AsSpan(), null));
        Assert.True(Target.TryParse("80..90".AsSpan(), null, out var target));
        Assert.True(target.IsRange);
    }

    [Fact]
    public void ToString_Culture_WritesPointOrRange()
    {
        Assert.Equal("90", Target.Point(90m).ToString());
        Assert.Equal("80..90", Target.Range(80m, 90m).ToString());
        Assert.Equal("7,5..8,25", Target.Range(7.5m, 8.25m).ToString(null, Cultures.Indonesian));
        Assert.Equal("7,50..8,25", Target.Range(7.5m, 8.25m).ToString("0.00", Cultures.Indonesian));
    }

    [Fact]
    public void TryFormat_Room_WritesTextOrFails()
    {
        var big = new char[32];
        var small = new char[3];

        Assert.True(Target.Range(80m, 90m).TryFormat(big, out var written, default, null));
        Assert.Equal("80..90", new string(big, 0, written));
        Assert.False(Target.Range(80m, 90m).TryFormat(small, out written, default, null));
        Assert.Equal(0, written);
    }
}
