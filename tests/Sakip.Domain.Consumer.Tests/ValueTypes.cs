using Sakip.Domain.Values;

namespace Sakip.Domain.Consumer.Tests;

/// <summary>Every public value type of the Sakip.Domain assembly, found by reflection: structs, enums, and each
/// generic struct closed over the sample item type that <see cref="Samples"/> gives it.</summary>
internal static class ValueTypes
{
    /// <summary>The types, closed where generic.</summary>
    public static IReadOnlyList<Type> All { get; } =
    [
        .. typeof(Measure).Assembly.GetExportedTypes()
            .Where(t => t.IsValueType)
            .Select(t => t.IsGenericTypeDefinition ? Samples.Close(t) : t)
            .OrderBy(t => t.FullName, StringComparer.Ordinal),
    ];

    /// <summary>The types as theory data (by name, so that each is a test case of its own).</summary>
    /// <returns>The names.</returns>
    public static TheoryData<string> Names() => [.. All.Select(Name)];

    /// <summary>The type of a name from <see cref="Names"/>.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The type.</returns>
    public static Type Named(string name) => All.Single(t => Name(t) == name);

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(",", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
