using System.Text;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Evaluations.Schemes;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The built-in schemes are scheme files embedded in the core assembly: each is canonical (the writer writes
/// it back byte for byte) and a broken one is a programmer error with a clear message.</summary>
public class SchemeResourcesTests
{
    public static TheoryData<string> SchemeIds => new() { "permenpanrb-88-2021", "permenpanrb-88-2021-layout-b", "permenpanrb-12-2015", "permenpanrb-12-2015-apip" };

    [Theory]
    [MemberData(nameof(SchemeIds))]
    public void Resource_WrittenBack_IsByteIdentical(string id)
    {
        var resource = SchemeFile.ResourceBytes(id);

        Assert.Equal(Encoding.UTF8.GetString(resource), SchemeFile.Write(EvaluationSchemes.Get(id)));
        using var stream = new MemoryStream();
        SchemeFile.Write(SchemeFile.Read(resource, id), stream);
        Assert.Equal(resource, stream.ToArray());
    }

    [Fact]
    public void Resources_AreExactlyTheBuiltInSchemes()
    {
        var names = typeof(EvaluationSchemes).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(SchemeFile.ResourcePrefix, StringComparison.Ordinal));

        Assert.Equal(EvaluationSchemes.All.Select(s => SchemeFile.ResourceName(s.Id)).Order(StringComparer.Ordinal), names.Order(StringComparer.Ordinal));
        Assert.Equal("Sakip.Domain.Evaluations.Schemes.permenpanrb-88-2021.json", SchemeFile.ResourceName("permenpanrb-88-2021"));
    }

    [Fact]
    public void Load_MissingResource_ThrowsNamingIt()
    {
        var e = Assert.Throws<InvalidOperationException>(() => SchemeFile.Load("permenpanrb-99-2030"));

        Assert.Contains("Sakip.Domain.Evaluations.Schemes.permenpanrb-99-2030.json", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_InvalidFile_ThrowsWithTheProblems()
    {
        var text = Encoding.UTF8.GetString(SchemeFile.ResourceBytes("permenpanrb-12-2015"));

        var syntax = Assert.Throws<InvalidOperationException>(() => SchemeFile.Read(Encoding.UTF8.GetBytes(text[..100]), "broken.json"));
        Assert.StartsWith("broken.json is not a valid evaluation scheme file: ", syntax.Message, StringComparison.Ordinal);

        var unknownScale = text.Replace("\"scale\": \"yes-no\"", "\"scale\": \"no-such-scale\"", StringComparison.Ordinal);
        var problems = Assert.Throws<InvalidOperationException>(() => SchemeFile.Read(Encoding.UTF8.GetBytes(unknownScale), "scale.json"));
        Assert.Contains("$.components[0].subComponents[0].criteria[0].scale: no answer scale with id 'no-such-scale'", problems.Message, StringComparison.Ordinal);

        var version = text.Replace("\"formatVersion\": 1", "\"formatVersion\": 2", StringComparison.Ordinal);
        Assert.Contains("format version 2", Assert.Throws<InvalidOperationException>(() => SchemeFile.Read(Encoding.UTF8.GetBytes(version), "v.json")).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ResourceOfAnotherId_IsRefused()
    {
        // Every resource holds the scheme of its own name; a load checks it.
        Assert.All(EvaluationSchemes.All, s => Assert.Equal(s.Id, SchemeFile.Load(s.Id).Id));
    }
}
