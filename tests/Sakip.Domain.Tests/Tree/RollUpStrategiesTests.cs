using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Tree;

/// <summary>The built-in strategies take the library's one catalogue shape: All, TryGet, Get.</summary>
public class RollUpStrategiesTests
{
    [Fact]
    public void All_ListsTheBuiltInsInOrder()
    {
        Assert.Equal(new[] { "mean", "weighted-mean", "worst", "ratio-of-sums" }, RollUpStrategies.All.Select(s => s.Id));
        Assert.Same(RollUpStrategies.Mean, RollUpStrategies.All[0]);
    }

    [Theory]
    [InlineData("mean")]
    [InlineData("Weighted-Mean")]
    [InlineData("  WORST ")]
    [InlineData("ratio-of-sums")]
    public void TryGet_IdIgnoringCaseAndSpaces_FindsTheBuiltIn(string id)
    {
        Assert.True(RollUpStrategies.TryGet(id, out var strategy));
        Assert.Same(RollUpStrategies.Get(id), strategy);
        Assert.Contains(strategy, RollUpStrategies.All);
    }

    [Fact]
    public void TryGet_UnknownOrNull_IsFalse()
    {
        Assert.False(RollUpStrategies.TryGet("median", out var strategy));
        Assert.Null(strategy);
        Assert.False(RollUpStrategies.TryGet(null, out _));
    }

    [Fact]
    public void Get_Unknown_ThrowsListingTheIds()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => RollUpStrategies.Get("median"));

        Assert.Contains("mean, ratio-of-sums, weighted-mean, worst", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => RollUpStrategies.Get(null!));
    }
}
