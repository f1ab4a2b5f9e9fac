using System.Text.Json;
using Sakip.Domain.Json.Serialization;

namespace Sakip.Domain.Json.Tests;

/// <summary>The document validator's table of enum names says what the core types' own converters write.</summary>
public class TextValuesTests
{
    public static TheoryData<Type> Enums() => [.. TextValues.EnumNames.Keys];

    [Theory]
    [MemberData(nameof(Enums))]
    public void EnumNames_AreWhatThePlainSerializerWrites(Type type)
    {
        var written = Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Deserialize<string>(JsonSerializer.Serialize(v, type))!);

        Assert.Equal(TextValues.EnumNames[type], written);
    }
}
