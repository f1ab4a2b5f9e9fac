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
    /// <summary>Parsers of the string-valued types: the reason a text is not a value, or <see langword="null"/>.</summary>
    public static readonly IReadOnlyDictionary<Type, Func<string, Reason?>> Parsers = new Dictionary<Type, Func<string, Reason?>>
    {
        [typeof(ProgramCode)] = static s => ProgramCode.TryParse(s).Problems is [var p, ..] ? p.Reason : null,
        [typeof(OrganisationCode)] = static s => OrganisationCode.TryParse(s).Problems is [var p, ..] ? p.Reason : null,
        [typeof(ReportingPeriod)] = static s => ReportingPeriod.TryParse(s).Problems is [var p, ..] ? p.Reason : null,
    };

    /// <summary>The JSON names of each enum's values, in the naming its own <c>[JsonConverter]</c> gives it (camelCase
    /// or kebab-case, <c>Sakip.Domain.Serialization</c>): one naming for documents and a consumer's own JSON.</summary>
    public static readonly IReadOnlyDictionary<Type, string[]> EnumNames = new Dictionary<Type, string[]>
    {
        [typeof(RegionKind)] = Names<RegionKind>(),
        [typeof(Polarity)] = Names<Polarity>(),
        [typeof(AccumulationType)] = Names<AccumulationType>(),
        [typeof(IndicatorType)] = Names<IndicatorType>(),
        [typeof(PeriodKind)] = Names<PeriodKind>(),
        [typeof(OfficialLevel)] = Names<OfficialLevel>(),
        [typeof(ScoringMethod)] = Names<ScoringMethod>(),
        [typeof(EdgeSemantics)] = Names<EdgeSemantics>(),
        [typeof(RoundingMode)] = Names<RoundingMode>(),
        [typeof(EvaluationMethod)] = Names<EvaluationMethod>(),
        [typeof(NegativeZeroTargetRule)] = Names<NegativeZeroTargetRule>(),
        [typeof(InverseZeroRealisationRule)] = Names<InverseZeroRealisationRule>(),
        [typeof(BandBasis)] = Names<BandBasis>(),
    };

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
