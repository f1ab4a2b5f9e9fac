using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Text;

/// <summary>Units compared as people write them: case and runs of white space do not matter, nothing else does, and
/// a missing unit equals only a missing unit.</summary>
public class UnitTextTests
{
    [Theory]
    [InlineData("per 1.000 KH", " per  1.000 kh ", true)]
    [InlineData("%", "%", true)]
    [InlineData("%", "persen", false)]
    [InlineData("per 1.000 KH", "per 1000 KH", false)]
    public void Equals_IgnoresCaseAndSpacesOnly(string a, string b, bool same)
    {
        Assert.Equal(same, UnitText.Comparer.Equals(a, b));
        Assert.Equal(same, UnitText.Same(a, b));
        if (same)
        {
            Assert.Equal(UnitText.Comparer.GetHashCode(a), UnitText.Comparer.GetHashCode(b));
        }
    }

    [Fact]
    public void Equals_Null_EqualsOnlyNull()
    {
        Assert.True(UnitText.Comparer.Equals(null, null));
        Assert.False(UnitText.Comparer.Equals(null, "%"));
        Assert.False(UnitText.Comparer.Equals("%", null));
        Assert.False(UnitText.Comparer.Equals(null, ""));
    }
}
