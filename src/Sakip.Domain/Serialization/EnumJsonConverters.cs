using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sakip.Domain.Serialization;

/// <summary>Writes an enum as its camelCase name (<c>"lastValue"</c>), as the SAKIP document format does, and reads
/// only those names (never numbers).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class CamelCaseEnumJsonConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.CamelCase, allowIntegerValues: false)
    where TEnum : struct, Enum;

/// <summary>Writes an enum as its kebab-case name (<c>"half-up"</c>, <c>"lower-exclusive"</c>), as the SAKIP document
/// format does for ids, and reads only those names (never numbers).</summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class KebabCaseEnumJsonConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
