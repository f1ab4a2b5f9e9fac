using Sakip.Domain.Collections;

namespace Sakip.Domain.Tests.Collections;

public class CatalogueTests
{
    [Fact]
    public void Constructor_NullIdOf_ThrowsNamingIt()
    {
        var thrown = Assert.Throws<ArgumentNullException>(() => new Catalogue<string>("thing", null!, "a"));

        Assert.Equal("idOf", thrown.ParamName);
    }

    [Fact]
    public void Constructor_NullIdOfWithoutItems_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new Catalogue<string>("thing", null!));
    }

    [Fact]
    public void Constructor_IdsEqualUnderTheLookupRule_ThrowsNamingTheId()
    {
        var thrown = Assert.Throws<ArgumentException>(() => new Catalogue<string>("thing", s => s, "a", "b", " A "));

        Assert.Equal("items", thrown.ParamName);
        Assert.Contains("Two things have the id 'A'.", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_ById_IgnoresCaseAndWhiteSpace()
    {
        var catalogue = new Catalogue<string>("thing", s => s, "a", "b");

        Assert.Equal("b", catalogue.Get(" B "));
        Assert.Equal(new[] { "a", "b" }, catalogue.All);
    }
}
