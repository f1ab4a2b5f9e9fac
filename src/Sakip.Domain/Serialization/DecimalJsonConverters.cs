using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Domain.Values;

namespace Sakip.Domain.Serialization;

/// <summary>Reads and writes a <see cref="Measure"/> as an exact JSON number, its scale kept (<c>4.880</c> stays
/// <c>4.880</c>), as the SAKIP document format writes realisations.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class MeasureJsonConverter : JsonConverter<Measure>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a number, or not one <see cref="decimal"/> holds.</exception>
    public override Measure Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonValues.ReadDecimal<Measure>(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Measure value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}

/// <summary>Reads and writes a <see cref="Percentage"/> as an exact JSON number of percent (<c>85.38</c>), its scale
/// kept.</summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class PercentageJsonConverter : JsonConverter<Percentage>
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a number, or not one <see cref="decimal"/> holds.</exception>
    public override Percentage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(JsonValues.ReadDecimal<Percentage>(ref reader));

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, Percentage value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteNumberValue(value.Value);
    }
}
