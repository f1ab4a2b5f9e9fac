using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sakip.Domain.Serialization;

/// <summary>
/// Reads and writes a value as a JSON string in its canonical invariant text (<c>"1.02.02.2.01"</c>,
/// <c>"2025-Q3"</c>), the form the SAKIP document format uses for codes and periods; also as a dictionary key.
/// </summary>
/// <typeparam name="T">The value type; its <see cref="IParsable{TSelf}.Parse(string, IFormatProvider?)"/> reads
/// what its <see cref="IFormattable.ToString(string?, IFormatProvider?)"/> writes in the invariant culture.</typeparam>
/// <remarks>Text that is not a value raises a <see cref="JsonException"/> naming the type and the parser's reason.
/// Stateless and thread-safe.</remarks>
public sealed class TextJsonConverter<T> : JsonConverter<T>
    where T : struct, IParsable<T>, IFormattable
{
    /// <inheritdoc />
    /// <exception cref="JsonException">The token is not a string, or the string is not a value.</exception>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? Parse(reader.GetString()!) : throw JsonValues.Invalid<T>(Messages.JsonNotString);

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString(null, CultureInfo.InvariantCulture));
    }

    /// <inheritdoc />
    /// <exception cref="JsonException">The property name is not a value.</exception>
    public override T ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Parse(reader.GetString()!);

    /// <inheritdoc />
    public override void WriteAsPropertyName(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WritePropertyName(value.ToString(null, CultureInfo.InvariantCulture));
    }

    private static T Parse(string text)
    {
        if (T.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        // Only bad text comes here: Parse's FormatException carries the text and the parser's reason.
        try
        {
            return T.Parse(text, CultureInfo.InvariantCulture);
        }
        catch (FormatException e)
        {
            throw JsonValues.Invalid<T>(e.Message, e);
        }
    }
}
