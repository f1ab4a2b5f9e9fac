using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sakip.Domain.Evaluations.Schemes;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Json.Serialization;

/// <summary>The source-generated serialization metadata of the document format (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.Strict,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(DocumentJson))]
[JsonSerializable(typeof(AnswerDocumentJson))]
[JsonSerializable(typeof(RuleSetFileJson))]
[JsonSerializable(typeof(BandSetFileJson))]
internal sealed partial class SakipJsonContext : JsonSerializerContext;

/// <summary>The configured options and metadata of the format (kept apart from the generated context, whose static
/// initialisers run in an order of their own).</summary>
internal static class JsonFormat
{
    /// <summary>
    /// The options every read, write and schema export uses: the generated metadata, empty lists left out when
    /// writing, and non-ASCII text (Indonesian names, en dashes) written as itself rather than as <c>\u</c> escapes.
    /// The documents are data files, never embedded in HTML, so the relaxed escaping is safe.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateFormat();

    /// <summary>The metadata of the document.</summary>
    public static JsonTypeInfo<DocumentJson> DocumentInfo { get; } = (JsonTypeInfo<DocumentJson>)Options.GetTypeInfo(typeof(DocumentJson));

    /// <summary>The metadata of an evaluation scheme file: the core's (<see cref="SchemeFile"/>), which has the same
    /// options as <see cref="Options"/>.</summary>
    public static JsonTypeInfo<SchemeFileJson> SchemeInfo => SchemeFile.Info;

    /// <summary>The metadata of an answer document.</summary>
    public static JsonTypeInfo<AnswerDocumentJson> AnswerDocumentInfo { get; } = (JsonTypeInfo<AnswerDocumentJson>)Options.GetTypeInfo(typeof(AnswerDocumentJson));

    /// <summary>The metadata of a rule set file.</summary>
    public static JsonTypeInfo<RuleSetFileJson> RuleSetInfo { get; } = (JsonTypeInfo<RuleSetFileJson>)Options.GetTypeInfo(typeof(RuleSetFileJson));

    /// <summary>The metadata of a band set file.</summary>
    public static JsonTypeInfo<BandSetFileJson> BandSetInfo { get; } = (JsonTypeInfo<BandSetFileJson>)Options.GetTypeInfo(typeof(BandSetFileJson));

    private static JsonSerializerOptions CreateFormat()
    {
        var options = new JsonSerializerOptions(SakipJsonContext.Default.Options)
        {
            TypeInfoResolver = SakipJsonContext.Default.WithAddedModifier(JsonModifiers.OmitEmptyLists).WithAddedModifier(TargetNumbersNotNull).WithAddedModifier(AnswerDocumentWritesEverything),
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }


    // The answer document shows what can be filled in: nulls and empty lists are written.
    private static void AnswerDocumentWritesEverything(JsonTypeInfo info)
    {
        if (info.Type == typeof(AnswerDocumentJson) || info.Type == typeof(AnswerRowJson) || info.Type == typeof(GradeRowJson))
        {
            foreach (var property in info.Properties)
            {
                property.ShouldSerialize = static (_, _) => true;
            }
        }
    }

    // A target's value, lower and upper are left out when unused, never null.
    private static void TargetNumbersNotNull(JsonTypeInfo info)
    {
        if (info.Type == typeof(TargetJson))
        {
            foreach (var property in info.Properties)
            {
                property.IsSetNullable = false;
                property.IsGetNullable = false;
            }
        }
    }
}
