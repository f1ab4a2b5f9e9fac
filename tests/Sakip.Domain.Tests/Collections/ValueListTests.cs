using System.Collections.Immutable;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Tests.Collections;

public class ValueListTests
{
    [Fact]
    public void Constructor_NullItems_GivesTheEmptyList()
    {
        var list = new ValueList<int>(null);

        Assert.Empty(list);
        Assert.Equal(ValueList<int>.Empty, list);
    }

    [Fact]
    public void Constructor_Items_CopiesThemInOrder()
    {
        var list = new ValueList<int>(new List<int> { 3, 1, 2 });

        Assert.Equal(new[] { 3, 1, 2 }, list);
    }

    [Fact]
    public void FromImmutableArray_Items_KeepsThem()
    {
        ValueList<int> list = ImmutableArray.Create(4, 5, 6);

        Assert.Equal(3, list.Count);
        Assert.Equal(new[] { 4, 5, 6 }, list);
    }

    [Fact]
    public void FromImmutableArray_Default_GivesTheEmptyList()
    {
        ValueList<int> list = default(ImmutableArray<int>);

        Assert.Empty(list);
        Assert.Equal(ValueList<int>.Empty, list);
    }

    [Fact]
    public void GetHashCode_DependsOnTheItems()
    {
        var hashes = Enumerable.Range(1, 8).Select(i => new ValueList<int>([i]).GetHashCode()).Distinct().Count();

        Assert.True(hashes > 1, "lists with different items should not all share one hash");
        Assert.Equal(new ValueList<int>([1, 2]).GetHashCode(), new ValueList<int>([1, 2]).GetHashCode());
    }

    [Fact]
    public void ToString_GivesTheCount()
    {
        Assert.Equal("[3 items]", new ValueList<string>(["a", "b", "c"]).ToString());
        Assert.Equal("[0 items]", ValueList<string>.Empty.ToString());
    }
}
