using Sakip.Domain.Evaluations;
using Sakip.Domain.Evaluations.Schemes;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Json.Serialization;

namespace Sakip.Domain.Json;

/// <summary>
/// Reads and writes an <see cref="EvaluationScheme"/> (an LKE worksheet) as a JSON scheme file: a top-level
/// <c>"formatVersion": 1</c>, the scheme's id, version, name, basis and assumptions, its components →
/// sub-components → criteria, the answer scales that are not built in (under <c>scales</c>; a criterion names its
/// scale by id, e.g. <c>"scale": "a-e"</c>), and the grade table (docs/evaluation-scheme.md,
/// docs/evaluation-scheme.schema.json).
/// </summary>
/// <remarks>
/// <para>Reading never throws on bad input: it returns every problem it finds (syntax, unknown properties, values of
/// the wrong kind, the format version; then unknown, duplicate and unused scales and every problem of
/// <see cref="EvaluationScheme.Create"/>), each with its JSON path (<c>$.components[1].subComponents[0].weight</c>)
/// and line; a text with any problem gives no scheme.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class EvaluationSchemeJson
{
    /// <summary>The version of the scheme file format this library reads and writes.</summary>
    public const int FormatVersion = SchemeFile.FormatVersion;

    /// <summary>Writes a scheme as indented JSON text (with <c>\n</c> line ends and a final line end).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    /// <exception cref="ArgumentException">The scheme uses two different answer scales with the same id (a scheme
    /// file names scales by id; a scale that differs from the built-in scale of its id counts as different).</exception>
    public static string Write(EvaluationScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return SchemeFile.Write(scheme);
    }

    /// <summary>Writes a scheme as indented UTF-8 JSON (without a byte order mark) to a stream.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The scheme uses two different answer scales with the same id.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(EvaluationScheme scheme, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(utf8Json);
        SchemeFile.Write(scheme, utf8Json);
    }

    /// <summary>Reads a scheme from JSON text, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The scheme, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<EvaluationScheme> Read(string json) => Read(json, DocumentReadOptions.Default);

    /// <summary>Reads a scheme from JSON text within limits, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="options">The limits of the text (size, string length, items, depth); a text beyond one is a
    /// problem.</param>
    /// <returns>The scheme, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<EvaluationScheme> Read(string json, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(json, options), options);
    }

    /// <summary>Reads a scheme from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing on bad
    /// input. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The scheme, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<EvaluationScheme> Read(Stream utf8Json) => Read(utf8Json, DocumentReadOptions.Default);

    /// <summary>Reads a scheme from a stream of UTF-8 JSON (a byte order mark is allowed) within limits, never
    /// throwing on bad input. The stream is read to its end, or one byte past
    /// <see cref="DocumentReadOptions.MaxDocumentBytes"/>, and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="options">The limits of the text (size, string length, items, depth); a text beyond one is a
    /// problem.</param>
    /// <returns>The scheme, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<EvaluationScheme> Read(Stream utf8Json, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(utf8Json, options), options);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the scheme file, generated from the serialization types; the same
    /// text as docs/evaluation-scheme.schema.json.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string Schema() => SchemaExport.SchemeText;

    private static Result<EvaluationScheme> Read(JsonText.Source utf8, DocumentReadOptions options)
    {
        var (json, text) = JsonText.Read(utf8, options, SchemeFile.Info, FormatVersion);
        if (json is null)
        {
            return Result<EvaluationScheme>.Failure(text.Problems);
        }

        var problems = new List<SchemeFileProblem>();
        return SchemeMapper.ToModel(json, problems) is { } scheme
            ? Result<EvaluationScheme>.Success(scheme)
            : Result<EvaluationScheme>.Failure(problems.Select(p => text.At(p.Path, p.Reason)));
    }
}
