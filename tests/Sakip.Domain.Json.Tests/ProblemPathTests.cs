using Sakip.Domain.Json.Reading;

namespace Sakip.Domain.Json.Tests;

/// <summary>The JSON path a problem names: dotted for identifiers, bracketed and escaped for any other name.</summary>
public class ProblemPathTests
{
    [Theory]
    [InlineData("a", "$.a")]
    [InlineData("_x", "$._x")] // an underscore may start an identifier
    [InlineData("x1_", "$.x1_")]
    [InlineData("sasaranId", "$.sasaranId")]
    [InlineData("1a", "$['1a']")] // a digit may not
    [InlineData("", "$['']")]
    [InlineData("a-b", "$['a-b']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("a\\b", "$['a\\\\b']")]
    public void Child_Name_IsDottedOnlyForIdentifiers(string name, string path) =>
        Assert.Equal(path, DocumentValidator.Child("$", name));
}
