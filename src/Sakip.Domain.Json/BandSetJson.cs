using System.Text.Json;
using Sakip.Domain.Bands;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Json.Serialization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Json;

/// <summary>
/// Reads and writes a <see cref="BandSet"/> as a JSON band set file: a top-level <c>"formatVersion": 1</c>, the band
/// set's id, version, name, basis and edge semantics, and its bands best first (rank, lower edge — none for the
/// last —, Indonesian and English label, label variant) (docs/rule-files.md, docs/band-set.schema.json).
/// </summary>
/// <remarks>
/// <para>Add a band set read to a catalogue (<c>catalogue.ToBuilder().Add(bandSet).Build()</c>) before reading a rule
/// set file that names it (<see cref="RuleSetJson"/>). A file that holds a built-in band set unchanged reads as the
/// built-in instance.</para>
/// <para>Reading never throws on bad input: it returns every problem it finds (syntax, unknown properties, values of
/// the wrong kind, the format version; then a blank id or name, a version below 1, no bands, ranks out of order, a
/// missing, extra or not descending lower edge — the checks of <see cref="BandSet.Create"/>), each with its JSON path
/// (<c>$.bands[2].lowerEdge</c>) and line; a text with any problem gives no band set.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class BandSetJson
{
    /// <summary>The version of the band set file format this library reads and writes.</summary>
    public const int FormatVersion = RuleFileMapper.FormatVersion;

    /// <summary>Writes a band set as indented JSON text (with <c>\n</c> line ends and a final line end).</summary>
    /// <param name="bandSet">The band set.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bandSet"/> is null.</exception>
    public static string Write(BandSet bandSet)
    {
        ArgumentNullException.ThrowIfNull(bandSet);
        return JsonSerializer.Serialize(RuleFileMapper.ToJson(bandSet), JsonFormat.BandSetInfo) + "\n";
    }

    /// <summary>Writes a band set as indented UTF-8 JSON (without a byte order mark) to a stream.</summary>
    /// <param name="bandSet">The band set.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(BandSet bandSet, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(bandSet);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, RuleFileMapper.ToJson(bandSet), JsonFormat.BandSetInfo);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Reads a band set from JSON text, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The band set, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<BandSet> Read(string json) => Read(json, DocumentReadOptions.Default);

    /// <summary>Reads a band set from JSON text within limits, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits of the text; a text beyond one is a problem.</param>
    /// <returns>The band set, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<BandSet> Read(string json, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(json, options), options);
    }

    /// <summary>Reads a band set from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing on bad
    /// input. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The band set, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<BandSet> Read(Stream utf8Json) => Read(utf8Json, DocumentReadOptions.Default);

    /// <summary>Reads a band set from a stream of UTF-8 JSON (a byte order mark is allowed) within limits, never
    /// throwing on bad input. The stream is read to its end, or one byte past
    /// <see cref="DocumentReadOptions.MaxDocumentBytes"/>, and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The limits of the text; a text beyond one is a problem.</param>
    /// <returns>The band set, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<BandSet> Read(Stream utf8Json, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(utf8Json, options), options);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the band set file, generated from the serialization types; the
    /// same text as docs/band-set.schema.json.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string Schema() => SchemaExport.BandSetText;

    private static Result<BandSet> Read(JsonText.Source utf8, DocumentReadOptions options)
    {
        var (json, text) = JsonText.Read(utf8, options, JsonFormat.BandSetInfo, FormatVersion);
        if (json is null)
        {
            return Result<BandSet>.Failure(text.Problems);
        }

        var problems = new List<(string Path, Reason Reason)>();
        return RuleFileMapper.ToModel(json, problems) is { } bandSet
            ? Result<BandSet>.Success(bandSet)
            : Result<BandSet>.Failure(problems.Select(p => text.At(p.Path, p.Reason)));
    }
}
