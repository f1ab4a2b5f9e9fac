using System.Text;
using System.Text.Json;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Serialization;

/// <summary>The reading steps the value converters share: the error every converter raises, numbers read exactly, and
/// objects of known properties.</summary>
internal static class JsonValues
{
    /// <summary>The error for JSON that is not a <typeparamref name="T"/>, naming the type and the reason.</summary>
    /// <typeparam name="T">The type being read.</typeparam>
    /// <param name="reason">Why the JSON is not a value.</param>
    /// <param name="inner">The error beneath, if any.</param>
    /// <returns>The exception to throw.</returns>
    public static JsonException Invalid<T>(string reason, Exception? inner = null) =>
        new($"Cannot read {typeof(T).Name} from JSON: {reason}", inner);

    /// <inheritdoc cref="Invalid{T}(string, Exception?)" />
    public static JsonException Invalid<T>(Reason reason) => Invalid<T>(reason.Message.English);

    /// <summary>Reads the current token as an exact decimal through the library's one number reader
    /// (<see cref="DecimalReader.TryParseScientific(string?)"/>), keeping its scale (<c>4.880</c> stays 4.880):
    /// <c>1e-40</c> is refused as <c>precision-exceeded</c>, never rounded to 0.</summary>
    /// <typeparam name="T">The type being read.</typeparam>
    /// <param name="reader">The reader, on the number.</param>
    /// <returns>The number.</returns>
    /// <exception cref="JsonException">The token is not a number, or not one decimal holds exactly.</exception>
    public static decimal ReadDecimal<T>(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.Number)
        {
            throw Invalid<T>(Messages.JsonNotNumber);
        }

        var text = reader.HasValueSequence
            ? Encoding.UTF8.GetString(reader.ValueSequence)
            : Encoding.UTF8.GetString(reader.ValueSpan);
        return Exact<T>(text);
    }

    /// <summary>Reads an object whose properties are all among <paramref name="allowed"/>, each at most once.</summary>
    /// <typeparam name="T">The type being read.</typeparam>
    /// <param name="reader">The reader, on the start of the object.</param>
    /// <param name="shape">The reason given when the JSON has another shape.</param>
    /// <param name="allowed">The property names, as written (camelCase).</param>
    /// <returns>The properties by name.</returns>
    /// <exception cref="JsonException">The JSON is not such an object.</exception>
    public static Dictionary<string, JsonElement> ReadObject<T>(ref Utf8JsonReader reader, Reason shape, params string[] allowed)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw Invalid<T>(shape);
        }

        var properties = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in JsonElement.ParseValue(ref reader).EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal) || !properties.TryAdd(property.Name, property.Value))
            {
                throw Invalid<T>(shape);
            }
        }

        return properties;
    }

    /// <summary>The exact decimal a property holds.</summary>
    /// <typeparam name="T">The type being read.</typeparam>
    /// <param name="element">The property's value.</param>
    /// <param name="shape">The reason given when it is not a number decimal holds.</param>
    /// <returns>The number.</returns>
    /// <exception cref="JsonException">The value is not such a number.</exception>
    public static decimal Decimal<T>(JsonElement element, Reason shape) =>
        element.ValueKind == JsonValueKind.Number ? Exact<T>(element.GetRawText()) : throw Invalid<T>(shape);

    /// <summary>The exact value of a JSON number's text, or the reader's reason (precision, range) as the error.</summary>
    private static decimal Exact<T>(string text)
    {
        var number = DecimalReader.TryParseScientific(text);
        return number.TryGetValue(out var value) ? value : throw Invalid<T>(number.Problems[0].Reason);
    }

    /// <summary>The whole number a property holds.</summary>
    /// <typeparam name="T">The type being read.</typeparam>
    /// <param name="element">The property's value.</param>
    /// <param name="shape">The reason given when it is not a whole number.</param>
    /// <returns>The number.</returns>
    /// <exception cref="JsonException">The value is not a whole number.</exception>
    public static int Int32<T>(JsonElement element, Reason shape) =>
        element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value) ? value : throw Invalid<T>(shape);
}
