using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Text;

public class UnicodeTextTests
{
    [Fact]
    public void IsValid_NullOrPlainText_IsValid()
    {
        Assert.True(UnicodeText.IsValid(null));
        Assert.True(UnicodeText.IsValid(""));
        Assert.True(UnicodeText.IsValid("Capaian 85,38 %"));
    }

    [Fact]
    public void IsValid_WellFormedPairs_AreValid()
    {
        Assert.True(UnicodeText.IsValid("\uD83D\uDE00"));
        Assert.True(UnicodeText.IsValid("a\uD83D\uDE00b"));
        Assert.True(UnicodeText.IsValid("a\uD83D\uDE00"));
        Assert.True(UnicodeText.IsValid("\uD83D\uDE00\uD83D\uDE01x\uD83D\uDE02"));
    }

    [Fact]
    public void IsValid_LoneHighSurrogate_IsInvalidAnywhere()
    {
        Assert.False(UnicodeText.IsValid("\uD800"));
        Assert.False(UnicodeText.IsValid("\uD800abc"));
        Assert.False(UnicodeText.IsValid("ab\uD800c"));
        Assert.False(UnicodeText.IsValid("abc\uD800"));
        Assert.False(UnicodeText.IsValid("\uD83D\uDE00\uD800"));
        Assert.False(UnicodeText.IsValid("\uD800\uD800\uDC00"));
    }

    [Fact]
    public void IsValid_LoneLowSurrogate_IsInvalidAnywhere()
    {
        Assert.False(UnicodeText.IsValid("\uDC00"));
        Assert.False(UnicodeText.IsValid("\uDC00abc"));
        Assert.False(UnicodeText.IsValid("ab\uDC00c"));
        Assert.False(UnicodeText.IsValid("abc\uDC00"));
        Assert.False(UnicodeText.IsValid("\uDC00\uDC00"));
        Assert.False(UnicodeText.IsValid("\uDC00\uD83D\uDE00"));
        Assert.False(UnicodeText.IsValid("\uD83D\uDE00\uDE00"));
    }
}
