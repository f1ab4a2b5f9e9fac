using System.Collections;
using System.Text.Json.Serialization.Metadata;

namespace Sakip.Domain.Serialization;

/// <summary>Contract modifiers shared by the project's own file formats (documents, answer files, scheme files).</summary>
internal static class JsonModifiers
{
    /// <summary>Leaves out every empty list of an object, so a file holds only what was given.</summary>
    /// <param name="info">The contract of one type.</param>
    public static void OmitEmptyLists(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in info.Properties)
        {
            if (typeof(ICollection).IsAssignableFrom(property.PropertyType))
            {
                property.ShouldSerialize = static (_, value) => value is ICollection { Count: > 0 };
            }
        }
    }
}
