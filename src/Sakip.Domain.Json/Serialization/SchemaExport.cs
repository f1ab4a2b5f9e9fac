using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using Sakip.Domain.Codes;
using Sakip.Domain.Evaluations.Schemes;
using Sakip.Domain.Periods;

namespace Sakip.Domain.Json.Serialization;

/// <summary>
/// The JSON Schemas (draft 2020-12) of the document format and of the evaluation scheme file, each generated once from
/// the serialization metadata by
/// <see cref="JsonSchemaExporter"/>. The exporter's output is refined in one pass: each section type becomes a named
/// definition under <c>$defs</c>, the <see cref="DescriptionAttribute"/>s become descriptions, the string-valued
/// codes and periods get their canonical pattern, and the rules the types cannot say (a target is a value or a
/// range, years are 1–9999, the format version is 1) are added.
/// </summary>
internal static class SchemaExport
{
    private const string Draft = "https://json-schema.org/draft/2020-12/schema";

    // The canonical text forms. The reader also accepts surrounding white space, a lower-case x and 2025-TW3, and
    // checks the numbers' ranges (bidang 01–99 …); the patterns describe what the writer writes.
    private const string UrusanBidang = @"(?:[1-9]\.[0-9]{2}|X\.XX)";

    private static readonly Dictionary<Type, (string Pattern, string Description)> TextTypes = new()
    {
        [typeof(ProgramCode)] = (
            $@"^(?:[1-9X]|{UrusanBidang}(?:\.[0-9]{{2}}(?:\.[12]\.[0-9]{{2}}(?:\.[0-9]{{2}}(?:[0-9]{{2}})?)?)?)?)$",
            "Program code text (Permendagri 90/2019), e.g. 1.02.02 (program), 1.02.02.2.01 (kegiatan), 1.02.02.2.01.0001 (sub kegiatan)."),
        [typeof(OrganisationCode)] = (
            $@"^{UrusanBidang}(?:\.(?:{UrusanBidang}|0\.00)){{2}}\.[0-9]{{2}}\.[0-9]{{4}}$",
            "Organisation code text (Permendagri 90/2019), e.g. 1.02.0.00.0.00.01.0000."),
        [typeof(ReportingPeriod)] = (
            @"^[0-9]{4}(?:-(?:S[12]|Q[1-4]|0[1-9]|1[0-2]))?$",
            "Period text: 2025 (year), 2025-S1 (semester), 2025-Q3 (quarter) or 2025-07 (month)."),
    };

    /// <summary>The schema of the SAKIP document.</summary>
    public static string DocumentText { get; } = Create(JsonFormat.DocumentInfo, "SAKIP document", SakipDocumentJson.FormatVersion);

    /// <summary>The schema of the evaluation scheme file.</summary>
    public static string SchemeText { get; } = Create(JsonFormat.SchemeInfo, "LKE evaluation scheme", EvaluationSchemeJson.FormatVersion);

    /// <summary>The schema of the rule set file.</summary>
    public static string RuleSetText { get; } = Create(JsonFormat.RuleSetInfo, "SAKIP rule set", RuleSetJson.FormatVersion);

    /// <summary>The schema of the band set file.</summary>
    public static string BandSetText { get; } = Create(JsonFormat.BandSetInfo, "SAKIP band set", BandSetJson.FormatVersion);

    private static string Create(JsonTypeInfo root, string title, int formatVersion)
    {
        var definitions = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal);
        var options = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) => Refine(context, node, root.Type, formatVersion, definitions),
        };
        var exported = root.GetJsonSchemaAsNode(options).AsObject();

        var schema = new JsonObject
        {
            ["$schema"] = Draft,
            ["title"] = title,
        };
        foreach (var (name, value) in exported.ToList())
        {
            exported.Remove(name);
            schema[name] = value;
        }

        var defs = new JsonObject();
        foreach (var (name, definition) in definitions)
        {
            defs[name] = definition;
        }

        schema["$defs"] = defs;
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JsonFormat.Options.Encoder }).ReplaceLineEndings("\n") + "\n";
    }

    private static JsonNode Refine(JsonSchemaExporterContext context, JsonNode node, Type root, int formatVersion, SortedDictionary<string, JsonNode> definitions)
    {
        var type = context.TypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        var nullable = context.PropertyInfo?.IsSetNullable == true;
        if (TextTypes.TryGetValue(underlying, out var text))
        {
            node = new JsonObject
            {
                ["type"] = nullable ? new JsonArray("string", "null") : "string",
                ["pattern"] = text.Pattern,
                ["description"] = text.Description,
            };
        }
        else if ((type.Namespace == typeof(SchemaExport).Namespace || type.Namespace == typeof(SchemeFileJson).Namespace) && type != root && type.IsClass)
        {
            node = Define(type, node, nullable, definitions);
        }

        if (context.PropertyInfo is { } property)
        {
            AddRules(property.DeclaringType, property.Name, node, root, formatVersion);
            if (Description(property.AttributeProvider) is { } description && node is JsonObject target)
            {
                var format = target["description"]?.GetValue<string>();
                target.Remove("description");
                target.Insert(0, "description", format is null ? description : $"{description} {format}");
            }
        }
        else if (type == root && node is JsonObject rootNode)
        {
            rootNode.Insert(0, "description", Description(type));
        }

        return node;
    }

    /// <summary>Keeps a section type's schema under <c>$defs</c> and returns a reference to it.</summary>
    private static JsonObject Define(Type type, JsonNode node, bool nullable, SortedDictionary<string, JsonNode> definitions)
    {
        var name = JsonNamingPolicy.CamelCase.ConvertName(type.Name[..^"Json".Length]);
        if (!definitions.ContainsKey(name) && node is JsonObject full && full.ContainsKey("properties"))
        {
            var definition = full.DeepClone().AsObject();
            definition["type"] = "object";
            definition.Insert(0, "description", Description(type));
            if (type == typeof(TargetJson))
            {
                // A target is a value alone, or lower and upper together.
                definition["oneOf"] = new JsonArray(new JsonObject { ["required"] = new JsonArray("value") }, new JsonObject { ["required"] = new JsonArray("lower", "upper") });
                definition["dependentRequired"] = new JsonObject { ["lower"] = new JsonArray("upper"), ["upper"] = new JsonArray("lower") };
            }

            definitions[name] = definition;
        }

        var reference = new JsonObject { ["$ref"] = $"#/$defs/{name}" };
        return nullable ? new JsonObject { ["anyOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
    }

    private static void AddRules(Type declaringType, string property, JsonNode node, Type root, int formatVersion)
    {
        if (node is not JsonObject schema)
        {
            return;
        }

        if (declaringType == typeof(YearSpanJson))
        {
            schema["minimum"] = 1;
            schema["maximum"] = 9999;
        }
        else if (declaringType == root && property == "formatVersion")
        {
            schema["const"] = formatVersion;
        }
        else if ((declaringType == typeof(SchemeFileJson) || declaringType == typeof(RuleSetFileJson) || declaringType == typeof(BandSetFileJson)) && property == "version")
        {
            schema["minimum"] = 1;
        }
        else if (declaringType == typeof(RuleSetFileJson) && property == "cap")
        {
            schema["minimum"] = 100;
        }
        else if (declaringType == typeof(BandJson) && property == "rank")
        {
            schema["minimum"] = 1;
        }
        else if ((declaringType == typeof(RuleSetFileJson) || declaringType == typeof(BandSetFileJson)) && property == "id")
        {
            schema["pattern"] = @"\S";
        }
        else if (declaringType == typeof(SchemeChangeJson) && property == "version")
        {
            schema["minimum"] = 2;
        }
        else if (declaringType == typeof(AnswerOptionJson) && property == "value")
        {
            schema["minimum"] = 0;
            schema["maximum"] = 1;
        }
        else if (declaringType == typeof(RoundingJson) && property == "decimals")
        {
            schema["minimum"] = 0;
            schema["maximum"] = 28;
        }
        else if (declaringType == typeof(EvaluationEntryJson) && property == "year")
        {
            schema["minimum"] = 1900;
            schema["maximum"] = 2200;
        }
        else if (declaringType == typeof(TargetJson))
        {
            schema["type"] = "number";
        }
    }

    private static string? Description(ICustomAttributeProvider? member) =>
        member?.GetCustomAttributes(typeof(DescriptionAttribute), inherit: false).OfType<DescriptionAttribute>().FirstOrDefault()?.Description;

    private static string Description(Type type) => type.GetCustomAttribute<DescriptionAttribute>()?.Description
        ?? throw new InvalidOperationException($"{type.Name} has no description.");
}
