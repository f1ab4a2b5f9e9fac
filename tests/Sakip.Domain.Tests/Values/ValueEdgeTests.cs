using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

/// <summary>Edges the value types' own tests left open (found by mutation testing): a percent sign is only a
/// percentage's, NaN and infinity are refused for their own reason, a missing text is "empty", and two range targets
/// are equal only when both bounds are.</summary>
public class ValueEdgeTests
{
    [Theory]
    [InlineData("5%")]
    [InlineData("4.88 %")]
    public void PercentSign_IsRefusedWhereAPlainNumberBelongs(string text)
    {
        Assert.False(DecimalReader.TryParse(text, null).IsSuccess);
        Assert.False(Measure.TryParse(text, null).IsSuccess);
        Assert.False(Measure.TryParse(text.AsSpan(), null, out _));
        Assert.False(Target.TryParse(text, null).IsSuccess);
        Assert.True(Percentage.TryParse(text.AsSpan(), null, out _));
    }

    [Theory]
    [InlineData("80%..90")]
    [InlineData("80..90%")]
    [InlineData("80%-90")]
    public void PercentSign_IsRefusedOnEitherBoundOfARangeTarget(string text) =>
        Assert.False(Target.TryParse(text, null).IsSuccess);

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Measure_FromDouble_NotFinite_SaysSo(double value)
    {
        var reason = Assert.Single(Measure.FromDouble(value).Problems).Reason;

        Assert.Equal(("not-finite", "NaN and infinity are not measured values", "NaN dan tak hingga bukan nilai terukur"), (reason.Code, reason.Message.English, reason.Message.Indonesian));
    }

    [Fact]
    public void Target_TryParse_Null_IsEmpty() =>
        Assert.Equal(("empty", "no number was given"), Assert.Single(Target.TryParse(null, null).Problems) is var p ? (p.Reason.Code, p.Reason.Message.English) : default);

    [Fact]
    public void Percentage_TryParse_NullText_IsFalseWithTheDefault()
    {
        Assert.False(Percentage.TryParse((string?)null, Cultures.Indonesian, out var result));
        Assert.Equal(default, result);
        Assert.True(Percentage.TryParse("12,5%", Cultures.Indonesian, out var read));
        Assert.Equal(12.5m, read.Value);
    }

    [Theory]
    [InlineData(80, 90, 80, 95)]
    [InlineData(80, 90, 75, 90)]
    public void Target_Ranges_AreEqualOnlyWhenBothBoundsAre(int lower, int upper, int otherLower, int otherUpper)
    {
        var a = Target.Range(lower, upper);
        var b = Target.Range(otherLower, otherUpper);

        Assert.NotEqual(a, b);
        Assert.False(a.Equals((object)b));
        Assert.Equal(Target.Range(lower, upper), a);
    }
}
