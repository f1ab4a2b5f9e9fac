using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Text;

public class CulturesTests
{
    [Fact]
    public void Indonesian_NumberFormat_UsesDecimalCommaAndThousandsDot()
    {
        Assert.Equal("id-ID", Cultures.Indonesian.Name);
        Assert.Equal(",", Cultures.Indonesian.NumberFormat.NumberDecimalSeparator);
        Assert.Equal(".", Cultures.Indonesian.NumberFormat.NumberGroupSeparator);
    }

    [Fact]
    public void For_Language_PicksCulture()
    {
        Assert.Same(Cultures.Indonesian, Cultures.For(Language.Indonesian));
        Assert.Same(CultureInfo.InvariantCulture, Cultures.For(Language.English));
        Assert.Same(CultureInfo.InvariantCulture, Cultures.Invariant);
    }
}
