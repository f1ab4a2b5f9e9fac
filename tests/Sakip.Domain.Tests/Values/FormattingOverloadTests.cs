using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

// These tests call the one-argument ToString(format) overloads on purpose (they format invariantly, as documented).
#pragma warning disable CA1305

/// <summary>The formatting overloads an analyst reaches for: a format alone (invariant), and rounding by a rule before presenting.</summary>
public class FormattingOverloadTests
{
    [Fact]
    public void Percentage_FormatAlone_IsInvariant_RoundPresents()
    {
        var p = new Percentage(97.1728422m);

        Assert.Equal("97.17 %", p.ToString("0.00"));
        Assert.Equal("97,1728422 %", p.ToString(null, Cultures.Indonesian));
        Assert.Equal("97,17 %", p.Round(RoundingRule.TwoDecimalsHalfUp).ToString(null, Cultures.Indonesian));
        Assert.Equal(p.ToString(null, null), p.ToString((string?)null));
    }

    [Fact]
    public void Measure_FormatAlone_IsInvariant_RoundPresents_RoundCarriesTheRulesDecimals()
    {
        var m = new Measure(1234.5m);

        Assert.Equal("1234.50", m.ToString("0.00"));
        Assert.Equal("1234,5", m.ToString(null, Cultures.Indonesian));
        Assert.Equal("1234.50", m.Round(RoundingRule.TwoDecimalsHalfUp).ToString());
        Assert.Equal("1234.5", new Measure(1234.5678m).Round(new RoundingRule(RoundingMode.Truncate, 1)).ToString());
    }

    [Fact]
    public void Target_FormatAlone_IsInvariant_RoundPresents()
    {
        Assert.Equal("80.0..90.0", Target.Range(80m, 90m).ToString("0.0"));
        Assert.Equal("4,88", Target.Point(4.88m).ToString(null, Cultures.Indonesian));
    }
}
