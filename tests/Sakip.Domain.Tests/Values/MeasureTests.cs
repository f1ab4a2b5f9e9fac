using System.Globalization;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

public class MeasureTests
{
    [Theory]
    [InlineData("4,88", "4.88")]
    [InlineData("6.149.428.000", "6149428000")]
    [InlineData("6.149.428.000,5", "6149428000.5")]
    [InlineData("-12,5", "-12.5")]
    [InlineData(" 85,38 ", "85.38")]
    [InlineData("1.000", "1000")]
    public void TryParse_IndonesianText_ReadsDecimalCommaAndThousandsDot(string text, string expected)
    {
        var result = Measure.TryParse(text, Cultures.Indonesian);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(TestCalc.D(expected), result.GetValueOrThrow().Value);
    }

    [Theory]
    [InlineData("4.88", "4.88")]
    [InlineData("6149428000", "6149428000")]
    [InlineData("6,149,428,000", "6149428000")]
    [InlineData("-0.5", "-0.5")]
    public void TryParse_InvariantText_ReadsDecimalPoint(string text, string expected)
    {
        var result = Measure.TryParse(text, CultureInfo.InvariantCulture);

        Assert.True(result.IsSuccess, result.ToString());
        Assert.Equal(TestCalc.D(expected), result.GetValueOrThrow().Value);
    }

    [Fact]
    public void TryParse_NullProvider_MeansInvariant()
    {
        Assert.Equal(4.88m, Measure.TryParse("4.88", null).GetValueOrThrow().Value);
        Assert.False(Measure.TryParse("4,88", null).IsSuccess);
    }

    [Theory]
    [InlineData("NaN", "invariant", "not-finite")]
    [InlineData("-nan", "invariant", "not-finite")]
    [InlineData("Infinity", "invariant", "not-finite")]
    [InlineData("-Infinity", "invariant", "not-finite")]
    [InlineData("∞", "id-ID", "not-finite")]
    [InlineData("NaN", "id-ID", "not-finite")]
    [InlineData("abc", "invariant", "not-a-number")]
    [InlineData("abc", "id-ID", "not-a-number")]
    [InlineData("12abc", "invariant", "not-a-number")]
    [InlineData("", "invariant", "empty")]
    [InlineData("   ", "id-ID", "empty")]
    [InlineData("4.88", "id-ID", "misplaced-group-separator")]
    [InlineData("4,88", "invariant", "misplaced-group-separator")]
    [InlineData("1,00,000", "invariant", "misplaced-group-separator")]
    [InlineData("6.149.42.000", "id-ID", "misplaced-group-separator")]
    [InlineData("99999999999999999999999999999999", "invariant", "out-of-range")]
    public void TryParse_BadText_FailsWithReasonCode(string text, string culture, string code)
    {
        var provider = culture == "id-ID" ? Cultures.Indonesian : CultureInfo.InvariantCulture;

        var result = Measure.TryParse(text, provider);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Problems[0].Reason.Code);
        Assert.Equal("", result.Problems[0].Path);
        Assert.False(Measure.TryParse(text, provider, out _));
    }

    [Fact]
    public void TryParse_InvariantCommaText_IsNeverReadAs488()
    {
        var result = Measure.TryParse("4,88", CultureInfo.InvariantCulture);

        Assert.False(result.IsSuccess);
        Assert.False(Measure.TryParse("4,88", CultureInfo.InvariantCulture, out var value));
        Assert.NotEqual(488m, value.Value);
    }

    [Fact]
    public void TryParse_MisplacedGroupSeparator_MessageNamesBothSeparators()
    {
        var reason = Measure.TryParse("4.88", Cultures.Indonesian).Problems[0].Reason;

        Assert.Contains("'.'", reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("','", reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("pemisah ribuan", reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_NullText_FailsAsEmpty()
    {
        var result = Measure.TryParse(null, Cultures.Indonesian);

        Assert.Equal("empty", result.Problems[0].Reason.Code);
        Assert.False(Measure.TryParse((string?)null, Cultures.Indonesian, out _));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("4,88")]
    [InlineData("NaN")]
    [InlineData("")]
    public void Parse_BadText_ThrowsFormatException(string text)
    {
        Assert.Throws<FormatException>(() => Measure.Parse(text, CultureInfo.InvariantCulture));
        Assert.Throws<FormatException>(() => Measure.Parse(text.AsSpan(), CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Parse_GoodText_ReturnsValue()
    {
        Assert.Equal(new Measure(4.88m), Measure.Parse("4,88", Cultures.Indonesian));
        Assert.Equal(new Measure(4.88m), Measure.Parse("4.88".AsSpan(), CultureInfo.InvariantCulture));
        Assert.True(Measure.TryParse("4,88".AsSpan(), Cultures.Indonesian, out var value));
        Assert.Equal(4.88m, value.Value);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromDouble_NotFinite_FailsWithReason(double value)
    {
        var result = Measure.FromDouble(value);

        Assert.Equal("not-finite", result.Problems[0].Reason.Code);
    }

    [Fact]
    public void FromDouble_TooLarge_FailsOutOfRange()
    {
        Assert.Equal("out-of-range", Measure.FromDouble(1e30).Problems[0].Reason.Code);
        Assert.Equal("out-of-range", Measure.FromDouble(-1e30).Problems[0].Reason.Code);
    }

    [Fact]
    public void FromDouble_DecimalRangeEdgeAsDouble_FailsOutOfRangeNotAThrow()
    {
        Assert.Equal("out-of-range", Measure.FromDouble((double)decimal.MaxValue).Problems[0].Reason.Code);
        Assert.Equal("out-of-range", Measure.FromDouble((double)decimal.MinValue).Problems[0].Reason.Code);
    }

    [Fact]
    public void FromDouble_FiniteValue_KeepsValue()
    {
        Assert.Equal(4.88m, Measure.FromDouble(4.88).GetValueOrThrow().Value);
    }

    [Fact]
    public void Default_Measure_IsZero()
    {
        Assert.Equal(0m, default(Measure).Value);
        Assert.Equal(Measure.Zero, default);
        Assert.False(Measure.Zero.IsNegative);
    }

    [Fact]
    public void IsNegative_BelowZero_IsTrue()
    {
        Assert.True(new Measure(-0.01m).IsNegative);
        Assert.False(new Measure(0.01m).IsNegative);
    }

    [Fact]
    public void Equality_SameValueDifferentScale_IsEqual()
    {
        var a = new Measure(4.8m);
        var b = new Measure(4.80m);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals("4.8"));
    }

    [Fact]
    public void Comparison_Operators_FollowValue()
    {
        Measure low = 1m;
        Measure high = 2m;

        Assert.True(low < high);
        Assert.True(high > low);
        Assert.True(low <= high && low <= 1m);
        Assert.True(high >= low && high >= 2m);
        Assert.True(low.CompareTo(high) < 0);
        Assert.True(low.CompareTo((object)high) < 0);
        Assert.Equal(1, low.CompareTo(null));
    }

    [Fact]
    public void CompareTo_OtherType_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Measure(1m).CompareTo("1"));
    }

    [Fact]
    public void Conversions_ToAndFromDecimal_KeepValue()
    {
        Measure measure = 4.88m;

        Assert.Equal(4.88m, (decimal)measure);
    }

    [Fact]
    public void ToString_EveryCulture_UsesNoThousandsSeparator()
    {
        var measure = new Measure(6149428000.5m);

        Assert.Equal("6149428000.5", measure.ToString());
        Assert.Equal("6149428000,5", measure.ToString(null, Cultures.Indonesian));
        Assert.Equal("6.149.428.000,50", measure.ToString("N2", Cultures.Indonesian));
    }

    [Fact]
    public void TryFormat_EnoughRoom_WritesText()
    {
        Span<char> buffer = stackalloc char[16];

        Assert.True(new Measure(4.88m).TryFormat(buffer, out var written, default, Cultures.Indonesian));
        Assert.Equal("4,88", buffer[..written].ToString());
    }

    [Fact]
    public void TryFormat_TooLittleRoom_ReturnsFalse()
    {
        Span<char> buffer = stackalloc char[2];

        Assert.False(new Measure(4.88m).TryFormat(buffer, out _, default, null));
    }
}
