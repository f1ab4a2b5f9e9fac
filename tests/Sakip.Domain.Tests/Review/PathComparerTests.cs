using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Review;

namespace Sakip.Domain.Tests.Review;

/// <summary>The order of finding paths: indexes as numbers, everything else ordinal, a total order.</summary>
public class PathComparerTests
{
    [Theory]
    [InlineData("items[2]", "items[10]")] // numbers, not text
    [InlineData("renstras[9].y", "renstras[10].x")]
    [InlineData("a12b", "a13a")] // equal lengths: digit by digit, before the text after them
    [InlineData("a1b", "a1c")] // equal numbers: the text after them decides
    [InlineData("b9", "b10")]
    [InlineData("a9", "b1")] // text before numbers decides first
    [InlineData("a1", "ab")] // a digit against a letter: by character
    [InlineData("a", "a.b")] // a prefix first
    [InlineData("a[1]", "a[1].x")]
    [InlineData("a1", "a01x")] // equal numbers, the shorter rest first
    [InlineData("items[02]", "items[2]")] // equal numbers written differently: ordinal, never equal
    [InlineData("0", "00")]
    [InlineData("ab", "ac")]
    [InlineData(null, "a")]
    public void Compare_OrderedPair_IsStrictlyOrderedBothWays(string? lower, string higher)
    {
        Assert.True(PathComparer.Instance.Compare(lower, higher) < 0, $"{lower} before {higher}");
        Assert.True(PathComparer.Instance.Compare(higher, lower) > 0, $"{higher} after {lower}");
    }

    [Fact]
    public void Compare_EqualTexts_AreEqual()
    {
        Assert.Equal(0, PathComparer.Instance.Compare(null, null));
        Assert.Equal(0, PathComparer.Instance.Compare("renstras[1].items[10]", new string("renstras[1].items[10]".AsSpan())));
        Assert.Equal(0, PathComparer.Instance.Compare("a1", new string("a1".AsSpan())));
    }

    [Property(MaxTest = 300)]
    public Property Compare_AnyTwoPaths_IsAntisymmetricAndZeroOnlyForEqualTexts() =>
        Prop.ForAll(Paths.ToArbitrary(), Paths.ToArbitrary(), (x, y) =>
        {
            var xy = Math.Sign(PathComparer.Instance.Compare(x, y));
            var yx = Math.Sign(PathComparer.Instance.Compare(y, x));
            return xy == -yx && (xy == 0) == string.Equals(x, y, StringComparison.Ordinal);
        });

    [Property(MaxTest = 200)]
    public Property Compare_ThreePaths_IsTransitive() =>
        Prop.ForAll(Paths.ToArbitrary(), Paths.ToArbitrary(), Paths.ToArbitrary(), (x, y, z) =>
        {
            var sorted = new[] { x, y, z }.Order(PathComparer.Instance).ToArray();
            return PathComparer.Instance.Compare(sorted[0], sorted[1]) <= 0
                && PathComparer.Instance.Compare(sorted[1], sorted[2]) <= 0
                && PathComparer.Instance.Compare(sorted[0], sorted[2]) <= 0;
        });

    // Paths from a small alphabet, so that equal prefixes, numbers with leading zeros and prefixes of each other
    // come up often.
    private static Gen<string> Paths { get; } =
        Gen.Elements('a', 'b', '.', '[', ']', '0', '1', '2', '9').ArrayOf().Select(chars => new string(chars));
}
