using System.Globalization;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Text;

public class CulturesTests
{
    [Fact]
    public void Indonesian_NumberFormat_UsesDecimalCommaThousandsDotAndHyphenMinus()
    {
        var numbers = Cultures.Indonesian.NumberFormat;

        Assert.Equal(",", numbers.NumberDecimalSeparator);
        Assert.Equal(".", numbers.NumberGroupSeparator);
        Assert.Equal("-", numbers.NegativeSign);
        Assert.True(numbers.IsReadOnly);
        Assert.Equal("6.149.428.000,50", 6149428000.50m.ToString("N2", Cultures.Indonesian));
        Assert.Equal("-1,41", (-1.41m).ToString(Cultures.Indonesian));
    }

    [Fact]
    public void Indonesian_Name_IsIdIdWhereCultureDataExists()
    {
        // Without ICU data (DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1) the culture is the invariant one with the
        // Indonesian number format; its numbers are the same either way.
        Assert.Contains(Cultures.Indonesian.Name, new[] { "id-ID", "" });
    }

    [Fact]
    public void Indonesian_ReadsAndWritesNegativeNumbers_AsTheInvariantCultureDoesWithAComma()
    {
        var measure = Measure.Parse("-1,41", Cultures.Indonesian);

        Assert.Equal(-1.41m, measure.Value);
        Assert.Equal("-1,41", measure.ToString(null, Cultures.Indonesian));
        Assert.Equal("-1.41", measure.ToString(null, Cultures.Invariant));
        Assert.Equal("-70,50 %", new Percentage(-70.50m).ToString(null, Cultures.Indonesian));
    }

    [Fact]
    public void For_Language_PicksCulture()
    {
        Assert.Same(Cultures.Indonesian, Cultures.For(Language.Indonesian));
        Assert.Same(CultureInfo.InvariantCulture, Cultures.For(Language.English));
        Assert.Same(CultureInfo.InvariantCulture, Cultures.Invariant);
    }

    [Fact]
    public void Indonesian_PercentAndCurrency_UseThousandsDotDecimalCommaAndRupiah()
    {
        Assert.Equal("123.450,00 %", 1234.5m.ToString("P", Cultures.Indonesian));
        Assert.Equal("Rp1.234.567,50", 1234567.5m.ToString("C", Cultures.Indonesian));
        Assert.Equal("1.234.567,50", 1234567.5m.ToString("N", Cultures.Indonesian));
    }

    [Fact]
    public void Indonesian_PositiveSign_IsPlus()
    {
        Assert.Equal("1,23E+003", 1234m.ToString("E2", Cultures.Indonesian));
        Assert.Equal("+", Cultures.Indonesian.NumberFormat.PositiveSign);
    }

    [Fact]
    public void Indonesian_Name_IsIdIdExactlyWhenTheRuntimeHasItsData()
    {
        string expected;
        try
        {
            expected = CultureInfo.GetCultureInfo("id-ID").Name;
        }
        catch (CultureNotFoundException)
        {
            expected = "";
        }

        Assert.Equal(expected, Cultures.Indonesian.Name);
    }
}
