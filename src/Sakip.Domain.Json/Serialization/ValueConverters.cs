using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Codes;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Serialization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Json.Serialization;

/// <summary>
/// The values written as strings in their canonical text form, and the enums written as camelCase names: one table
/// that the converters, the document validator and the schema share.
/// </summary>
internal static class TextValues
{
    /// <summary>Parsers of the string-valued types: the value of a text (boxed), or the reason it is none.</summary>
    public static readonly IReadOnlyDictionary<Type, Func<string, Parsed>> Parsers = new Dictionary<Type, Func<string, Parsed>>
    {
        [typeof(ProgramCode)] = static s => Parsed.Of(ProgramCode.TryParse(s)),
        [typeof(OrganisationCode)] = static s => Parsed.Of(OrganisationCode.TryParse(s)),
        [typeof(ReportingPeriod)] = static s => Parsed.Of(ReportingPeriod.TryParse(s)),
    };

    /// <summary>Each enum's JSON names and values (boxed, in the same order).</summary>
    private static readonly Dictionary<Type, (string[] Names, object[] Values)> Enums = new()
    {
        [typeof(RegionKind)] = EnumEntry<RegionKind>(),
        [typeof(Polarity)] = EnumEntry<Polarity>(),
        [typeof(AccumulationType)] = EnumEntry<AccumulationType>(),
        [typeof(IndicatorType)] = EnumEntry<IndicatorType>(),
        [typeof(PeriodKind)] = EnumEntry<PeriodKind>(),
        [typeof(OfficialLevel)] = EnumEntry<OfficialLevel>(),
        [typeof(ScoringMethod)] = EnumEntry<ScoringMethod>(),
        [typeof(EdgeSemantics)] = EnumEntry<EdgeSemantics>(),
        [typeof(RoundingMode)] = EnumEntry<RoundingMode>(),
        [typeof(EvaluationMethod)] = EnumEntry<EvaluationMethod>(),
        [typeof(NegativeZeroTargetRule)] = EnumEntry<NegativeZeroTargetRule>(),
        [typeof(InverseZeroRealisationRule)] = EnumEntry<InverseZeroRealisationRule>(),
        [typeof(BandBasis)] = EnumEntry<BandBasis>(),
    };

    /// <summary>The JSON names of each enum's values, in the naming its own <c>[JsonConverter]</c> gives it (camelCase
    /// or kebab-case, <c>Sakip.Domain.Serialization</c>): one naming for documents and a consumer's own JSON.</summary>
    public static readonly IReadOnlyDictionary<Type, string[]> EnumNames = Enums.ToDictionary(e => e.Key, e => e.Value.Names);

    /// <summary>Each enum's values, boxed, in the order of <see cref="EnumNames"/>.</summary>
    public static readonly IReadOnlyDictionary<Type, object[]> EnumValues = Enums.ToDictionary(e => e.Key, e => e.Value.Values);

    private static (string[] Names, object[] Values) EnumEntry<TEnum>()
        where TEnum : struct, Enum => (Names<TEnum>(), [.. System.Enum.GetValues<TEnum>().Select(v => (object)v)]);

    private static string[] Names<TEnum>()
        where TEnum : struct, Enum
    {
        var converter = typeof(TEnum).GetCustomAttribute<JsonConverterAttribute>()?.ConverterType;
        var policy = converter == typeof(KebabCaseEnumJsonConverter<TEnum>) ? JsonNamingPolicy.KebabCaseLower
            : converter == typeof(CamelCaseEnumJsonConverter<TEnum>) ? JsonNamingPolicy.CamelCase
            : throw new InvalidOperationException($"{typeof(TEnum)} has no enum converter of Sakip.Domain.Serialization.");
        return [.. Enum.GetNames<TEnum>().Select(policy.ConvertName)];
    }
}

/// <summary>A text parsed: its value (boxed), or the reason it is none.</summary>
/// <param name="Value">The value, or <see langword="null"/>.</param>
/// <param name="Failure">The reason, or <see langword="null"/>.</param>
internal readonly record struct Parsed(object? Value, Reason? Failure)
{
    public static Parsed Of<T>(Result<T> result)
        where T : notnull => result.TryGetValue(out var value) ? new(value, null) : new(null, result.Problems[0].Reason);
}

/// <summary>Writes a list of short codes on one line (<c>["AA", "A", "BB"]</c>) even in indented output, so that a
/// template row stays short; reads an ordinary array of strings.</summary>
internal sealed class CodeListConverter : JsonConverter<List<string>>
{
    private static readonly JsonWriterOptions Compact = new() { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public override List<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            throw new JsonException("Expected an array of strings.");
        }

        var codes = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            codes.Add(reader.TokenType == JsonTokenType.String ? reader.GetString()! : throw new JsonException("Expected a string."));
        }

        return codes;
    }

    public override void Write(Utf8JsonWriter writer, List<string> value, JsonSerializerOptions options)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var line = new Utf8JsonWriter(buffer, Compact))
        {
            line.WriteStartArray();
            foreach (var code in value)
            {
                line.WriteStringValue(code);
            }

            line.WriteEndArray();
        }

        writer.WriteRawValue(buffer.WrittenSpan, skipInputValidation: true);
    }
}
