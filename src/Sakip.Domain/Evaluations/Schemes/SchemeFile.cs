using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Evaluations.Schemes;

/// <summary>
/// The evaluation scheme file (docs/evaluation-scheme.md): the one writer, the serialization metadata every reader
/// uses, and the loader of the built-in schemes, which are scheme files embedded in this assembly. Sakip.Domain.Json's
/// <c>EvaluationSchemeJson</c> writes with <see cref="Write(EvaluationScheme)"/> and reads with <see cref="Info"/> and
/// <see cref="SchemeMapper"/>, adding its checks of untrusted text (every problem with its path and line).
/// </summary>
/// <remarks>Thread-safe.</remarks>
internal static class SchemeFile
{
    /// <summary>The version of the scheme file format this library reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>The prefix of the logical names of the built-in schemes' resources; the rest is the scheme's id and
    /// <c>.json</c>.</summary>
    public const string ResourcePrefix = "Sakip.Domain.Evaluations.Schemes.";

    /// <summary>
    /// The options of every read and write of the format: the generated metadata, empty lists left out when writing,
    /// and non-ASCII text (Indonesian names, en dashes) written as itself rather than as <c>\u</c> escapes. The files
    /// are data, never embedded in HTML, so the relaxed escaping is safe.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>The metadata of a scheme file.</summary>
    public static JsonTypeInfo<SchemeFileJson> Info { get; } = (JsonTypeInfo<SchemeFileJson>)Options.GetTypeInfo(typeof(SchemeFileJson));

    /// <summary>Writes a scheme as indented JSON text (with <c>\n</c> line ends and a final line end).</summary>
    /// <exception cref="ArgumentException">The scheme uses two different answer scales with the same id.</exception>
    public static string Write(EvaluationScheme scheme) => JsonSerializer.Serialize(SchemeMapper.ToJson(scheme), Info) + "\n";

    /// <summary>Writes a scheme as indented UTF-8 JSON (without a byte order mark and with a final line end) to a
    /// stream, which is left open.</summary>
    /// <exception cref="ArgumentException">The scheme uses two different answer scales with the same id.</exception>
    public static void Write(EvaluationScheme scheme, Stream utf8Json)
    {
        JsonSerializer.Serialize(utf8Json, SchemeMapper.ToJson(scheme), Info);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>The logical name of the resource of a built-in scheme.</summary>
    /// <param name="id">The scheme's id, e.g. <c>permenpanrb-88-2021</c>.</param>
    /// <returns>The name, e.g. <c>Sakip.Domain.Evaluations.Schemes.permenpanrb-88-2021.json</c>.</returns>
    public static string ResourceName(string id) => ResourcePrefix + id + ".json";

    /// <summary>The text of a built-in scheme's resource.</summary>
    /// <exception cref="InvalidOperationException">The assembly has no such resource (a build error).</exception>
    public static byte[] ResourceBytes(string id)
    {
        var name = ResourceName(id);
        using var stream = typeof(SchemeFile).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The built-in evaluation scheme '{id}' is missing: {typeof(SchemeFile).Assembly.GetName().Name} has no embedded resource '{name}'.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Loads a built-in scheme from its resource. The resources are trusted data built into the assembly:
    /// one that does not read, or reads as another scheme, is a programmer error.</summary>
    /// <param name="id">The scheme's id, e.g. <c>permenpanrb-88-2021</c>.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing, is no valid scheme file, or holds a
    /// scheme with another id; the message says which and why.</exception>
    public static EvaluationScheme Load(string id)
    {
        var scheme = Read(ResourceBytes(id), ResourceName(id));
        return scheme.Id == id
            ? scheme
            : throw new InvalidOperationException($"The embedded resource '{ResourceName(id)}' holds the evaluation scheme '{scheme.Id}', not '{id}'.");
    }

    /// <summary>Reads a trusted scheme file (a byte order mark is not allowed), throwing on the first kind of problem
    /// found.</summary>
    /// <param name="utf8Json">The UTF-8 text.</param>
    /// <param name="source">What the text is, for the message, e.g. a resource name.</param>
    /// <returns>The scheme.</returns>
    /// <exception cref="InvalidOperationException">The text is no valid scheme file; the message lists the problems.</exception>
    public static EvaluationScheme Read(ReadOnlySpan<byte> utf8Json, string source)
    {
        SchemeFileJson json;
        try
        {
            json = JsonSerializer.Deserialize(utf8Json, Info) ?? throw new JsonException("The file is null.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"{source} is not a valid evaluation scheme file: {e.Message}", e);
        }

        if (json.FormatVersion != FormatVersion)
        {
            throw new InvalidOperationException($"{source} is not a valid evaluation scheme file: format version {json.FormatVersion} is not {FormatVersion}.");
        }

        var problems = new List<SchemeFileProblem>();
        return SchemeMapper.ToModel(json, problems) is { } scheme
            ? scheme
            : throw new InvalidOperationException($"{source} is not a valid evaluation scheme file: {string.Join("; ", problems.Select(p => $"{p.Path}: {p.Reason.Message.English}"))}.");
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(SchemeFileJsonContext.Default.Options)
        {
            TypeInfoResolver = SchemeFileJsonContext.Default.WithAddedModifier(JsonModifiers.OmitEmptyLists),
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.MakeReadOnly();
        return options;
    }
}

/// <summary>The source-generated serialization metadata of the scheme file (no reflection at run time). The options
/// are those of the SAKIP document format (Sakip.Domain.Json's context), so that both write the same text.</summary>
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
[JsonSerializable(typeof(SchemeFileJson))]
internal sealed partial class SchemeFileJsonContext : JsonSerializerContext;
