using System.Globalization;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

/// <summary>Negative numbers are written with the hyphen-minus and read with it or with the typographic minus
/// U+2212, as copied from a typeset report (docs/rules.md, "Negative values").</summary>
public class MinusSignTests
{
    [Theory]
    [InlineData("−1.41", "-1.41")]
    [InlineData("-1.41", "-1.41")]
    [InlineData(" −0.5 ", "-0.5")]
    [InlineData("−1,234.5", "-1234.5")]
    public void Measure_TypographicOrHyphenMinus_ReadsTheNegativeNumber(string text, string expected)
    {
        Assert.Equal(TestCalc.D(expected), Measure.Parse(text, CultureInfo.InvariantCulture).Value);
    }

    [Theory]
    [InlineData("−1,41", "-1.41")]
    [InlineData("−6.149.428.000,5", "-6149428000.5")]
    public void Measure_TypographicMinusIndonesian_ReadsTheNegativeNumber(string text, string expected)
    {
        Assert.Equal(TestCalc.D(expected), Measure.Parse(text, Cultures.Indonesian).Value);
    }

    [Fact]
    public void Percentage_TypographicMinusWithPercentSign_Reads()
    {
        Assert.Equal(-70.50m, Percentage.Parse("−70,50 %", Cultures.Indonesian).Value);
    }

    [Fact]
    public void Target_TypographicMinusInRange_ReadsBothBounds()
    {
        var target = Target.Parse("−2..−0.5", CultureInfo.InvariantCulture);

        Assert.Equal(-2m, target.Lower);
        Assert.Equal(-0.5m, target.Upper);
    }

    [Theory]
    [InlineData("−")]
    [InlineData("−−1")]
    [InlineData("1−")]
    [InlineData("−NaN")]
    public void Measure_MisplacedTypographicMinus_FailsWithAReason(string text)
    {
        var result = Measure.TryParse(text, CultureInfo.InvariantCulture);

        Assert.False(result.IsSuccess);
        Assert.NotNull(result.Problems[0].Reason);
    }

    [Fact]
    public void Measure_NegativeValue_IsWrittenWithTheHyphenMinusInBothCultures()
    {
        var measure = new Measure(-1.41m);

        Assert.Equal("-1.41", measure.ToString());
        Assert.Equal("-1,41", measure.ToString(null, Cultures.Indonesian));
        Assert.Equal(measure, Measure.Parse(measure.ToString(null, Cultures.Indonesian), Cultures.Indonesian));
    }
}
