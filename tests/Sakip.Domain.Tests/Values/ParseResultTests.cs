using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Values;

public class ParseResultTests
{
    private static readonly Reason Bad = new("bad", "bad", "buruk");

    [Fact]
    public void Ok_Value_IsAvailable()
    {
        var result = ParseResult<int>.Ok(5);

        Assert.True(result.Success);
        Assert.Equal(5, result.Value);
        Assert.Null(result.Failure);
        Assert.Equal("Ok(5)", result.ToString());
    }

    [Fact]
    public void Fail_Value_ThrowsWithReason()
    {
        var result = ParseResult<int>.Fail("x", Bad);

        Assert.False(result.Success);
        Assert.Equal(new ParseFailure("x", Bad), result.Failure);
        var error = Assert.Throws<InvalidOperationException>(() => result.Value);
        Assert.Contains("'x': bad", error.Message, StringComparison.Ordinal);
        Assert.Equal("Fail('x': bad)", result.ToString());
    }

    [Fact]
    public void Fail_NullReason_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => ParseResult<int>.Fail("x", null!));
    }

    [Fact]
    public void Select_Ok_MapsValue()
    {
        Assert.Equal("5", ParseResult<int>.Ok(5).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Value);
    }

    [Fact]
    public void Select_Fail_KeepsFailure()
    {
        var mapped = ParseResult<int>.Fail("x", Bad).Select(i => i * 2);

        Assert.Equal(new ParseFailure("x", Bad), mapped.Failure);
        Assert.Throws<ArgumentNullException>(() => ParseResult<int>.Ok(1).Select<int>(null!));
    }
}
