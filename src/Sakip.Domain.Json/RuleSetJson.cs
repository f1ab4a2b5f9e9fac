using System.Text.Json;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Json.Serialization;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

namespace Sakip.Domain.Json;

/// <summary>
/// Reads and writes a <see cref="RuleSet"/> as a JSON rule set file: a top-level <c>"formatVersion": 1</c>, the rule
/// set's id, version, name and legal basis, and its choices, with the formulas, the band set and the aggregation
/// named by id (<c>"negativeFormulaId": "negative-inverse"</c>, <c>"bands": "kemendagri-5"</c>,
/// <c>"aggregation": "mean"</c>) and resolved through a <see cref="RuleCatalogue"/> when read (docs/rule-files.md,
/// docs/rule-set.schema.json).
/// </summary>
/// <remarks>
/// <para>A band set of a band set file (<see cref="BandSetJson"/>) is named by a rule set file once it is in the
/// catalogue: <c>catalogue.ToBuilder().Add(bandSet).Build()</c>. Add the rule set read to a catalogue the same way to
/// resolve it by id.</para>
/// <para>Reading never throws on bad input: it returns every problem it finds (syntax, unknown properties, values of
/// the wrong kind, the format version; then a blank id, a version below 1, an id the catalogue does not have — the
/// message lists the ids it has —, a formula of the wrong polarity, a cap below 100), each with its JSON path
/// (<c>$.negativeFormulaId</c>) and line; a text with any problem gives no rule set.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class RuleSetJson
{
    /// <summary>The version of the rule set file format this library reads and writes.</summary>
    public const int FormatVersion = RuleFileMapper.FormatVersion;

    /// <summary>Writes a rule set as indented JSON text (with <c>\n</c> line ends and a final line end).</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="ruleSet"/> is null.</exception>
    public static string Write(RuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        return JsonSerializer.Serialize(RuleFileMapper.ToJson(ruleSet), JsonFormat.RuleSetInfo) + "\n";
    }

    /// <summary>Writes a rule set as indented UTF-8 JSON (without a byte order mark) to a stream.</summary>
    /// <param name="ruleSet">The rule set.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(RuleSet ruleSet, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, RuleFileMapper.ToJson(ruleSet), JsonFormat.RuleSetInfo);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Reads a rule set from JSON text, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="catalogue">The catalogue that resolves the formula, band set and strategy ids, e.g.
    /// <see cref="RuleCatalogue.BuiltIn"/>.</param>
    /// <returns>The rule set, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<RuleSet> Read(string json, RuleCatalogue catalogue) => Read(json, catalogue, DocumentReadOptions.Default);

    /// <summary>Reads a rule set from JSON text within limits, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="catalogue">The catalogue that resolves the formula, band set and strategy ids.</param>
    /// <param name="options">The limits of the text; a text beyond one is a problem.</param>
    /// <returns>The rule set, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<RuleSet> Read(string json, RuleCatalogue catalogue, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(json, options), catalogue, options);
    }

    /// <summary>Reads a rule set from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing on bad
    /// input. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="catalogue">The catalogue that resolves the formula, band set and strategy ids.</param>
    /// <returns>The rule set, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<RuleSet> Read(Stream utf8Json, RuleCatalogue catalogue) => Read(utf8Json, catalogue, DocumentReadOptions.Default);

    /// <summary>Reads a rule set from a stream of UTF-8 JSON (a byte order mark is allowed) within limits, never
    /// throwing on bad input. The stream is read to its end, or one byte past
    /// <see cref="DocumentReadOptions.MaxDocumentBytes"/>, and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="catalogue">The catalogue that resolves the formula, band set and strategy ids.</param>
    /// <param name="options">The limits of the text; a text beyond one is a problem.</param>
    /// <returns>The rule set, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<RuleSet> Read(Stream utf8Json, RuleCatalogue catalogue, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(utf8Json, options), catalogue, options);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the rule set file, generated from the serialization types; the
    /// same text as docs/rule-set.schema.json.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string Schema() => SchemaExport.RuleSetText;

    private static Result<RuleSet> Read(JsonText.Source utf8, RuleCatalogue catalogue, DocumentReadOptions options)
    {
        var (json, text) = JsonText.Read(utf8, options, JsonFormat.RuleSetInfo, FormatVersion);
        if (json is null)
        {
            return Result<RuleSet>.Failure(text.Problems);
        }

        var problems = new List<(string Path, Reason Reason)>();
        return RuleFileMapper.ToModel(json, catalogue, problems) is { } ruleSet
            ? Result<RuleSet>.Success(ruleSet)
            : Result<RuleSet>.Failure(problems.Select(p => text.At(p.Path, p.Reason)));
    }
}
