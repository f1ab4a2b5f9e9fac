using System.Text.Json;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Json.Serialization;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Json;

/// <summary>
/// Reads and writes a <see cref="SakipDocument"/> in the SAKIP document format: one UTF-8 JSON document with a
/// top-level <c>"formatVersion": 1</c>, property names equal to the model's (camelCase), decimals as exact JSON
/// numbers, targets as <c>{"value": 90}</c> or <c>{"lower": 80, "upper": 90}</c>, codes and periods as their
/// canonical text, enums as camelCase names (docs/sakip-document-format.md).
/// </summary>
/// <remarks>
/// <para>Reading never throws on bad input: it returns every problem it finds (syntax, unknown properties, values
/// of the wrong kind, unparseable codes, periods and targets, the format version, then the model's structural
/// problems from <see cref="SakipDocumentBuilder"/>), each with its JSON path and line; a text with any problem
/// gives no document. Only source-generated metadata is used (no reflection): trimming and AOT friendly.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class SakipDocumentJson
{
    /// <summary>The version of the document format this library reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>Writes a document as indented JSON text (with <c>\n</c> line ends and a final line end).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string Write(SakipDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return JsonSerializer.Serialize(DocumentMapper.ToJson(document), JsonFormat.DocumentInfo) + "\n";
    }

    /// <summary>Writes a document as indented UTF-8 JSON (without a byte order mark) to a stream.</summary>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(SakipDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, DocumentMapper.ToJson(document), JsonFormat.DocumentInfo);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Reads a document from JSON text, never throwing on bad input. The evaluations' schemes are
    /// resolved among the built-in schemes (<see cref="EvaluationSchemes.TryGet"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The document, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<SakipDocument> Read(string json) => Read(json, BuiltInSchemes.Find);

    /// <summary>Reads a document from JSON text, never throwing on bad input, resolving the evaluations' schemes with
    /// <paramref name="schemes"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="schemes">Finds a scheme by its id (the <c>scheme</c> of an evaluation), or returns
    /// <see langword="null"/> for an unknown id; e.g. the built-in schemes
    /// (<c>id =&gt; EvaluationSchemes.TryGet(id, out var s) ? s : null</c>, see <see cref="EvaluationSchemes.TryGet"/>)
    /// or a lookup that also knows schemes read with <see cref="EvaluationSchemeJson"/>.</param>
    /// <returns>The document, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<SakipDocument> Read(string json, Func<string, EvaluationScheme?> schemes) => Read(json, schemes, DocumentReadOptions.Default);

    /// <summary>Reads a document from JSON text within limits, never throwing on bad input, resolving the evaluations'
    /// schemes with <paramref name="schemes"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="schemes">Finds a scheme by its id, or returns <see langword="null"/> for an unknown id.</param>
    /// <param name="options">The limits of the text (size, string length, items, depth); a text beyond one is a
    /// problem.</param>
    /// <returns>The document, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<SakipDocument> Read(string json, Func<string, EvaluationScheme?> schemes, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(schemes);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(json, options), options, schemes);
    }

    /// <summary>Reads a document from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing on bad
    /// input. The stream is read to its end and left open. The evaluations' schemes are resolved among the built-in
    /// schemes.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The document, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<SakipDocument> Read(Stream utf8Json) => Read(utf8Json, BuiltInSchemes.Find);

    /// <summary>Reads a document from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing on bad
    /// input, resolving the evaluations' schemes with <paramref name="schemes"/>. The stream is read to its end and
    /// left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="schemes">Finds a scheme by its id, or returns <see langword="null"/> for an unknown id.</param>
    /// <returns>The document, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<SakipDocument> Read(Stream utf8Json, Func<string, EvaluationScheme?> schemes) => Read(utf8Json, schemes, DocumentReadOptions.Default);

    /// <summary>Reads a document from a stream of UTF-8 JSON (a byte order mark is allowed) within limits, never
    /// throwing on bad input, resolving the evaluations' schemes with <paramref name="schemes"/>. The stream is read to
    /// its end, or one byte past <see cref="DocumentReadOptions.MaxDocumentBytes"/>, and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="schemes">Finds a scheme by its id, or returns <see langword="null"/> for an unknown id.</param>
    /// <param name="options">The limits of the text (size, string length, items, depth); a text beyond one is a
    /// problem.</param>
    /// <returns>The document, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<SakipDocument> Read(Stream utf8Json, Func<string, EvaluationScheme?> schemes, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(schemes);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(utf8Json, options), options, schemes);
    }

    /// <summary>The JSON Schema (draft 2020-12) of the document format, generated from the serialization types; the
    /// same text as docs/sakip-document.schema.json.</summary>
    /// <returns>The schema as indented JSON text.</returns>
    public static string Schema() => SchemaExport.DocumentText;

    private static Result<SakipDocument> Read(JsonText.Source utf8, DocumentReadOptions options, Func<string, EvaluationScheme?> schemes)
    {
        var (json, text) = JsonText.Read(utf8, options, JsonFormat.DocumentInfo, FormatVersion);
        if (json is null)
        {
            return Result<SakipDocument>.Failure(text.Problems);
        }

        // The evaluations are created first (their answers are checked against their schemes); the builder gets those
        // that could be created, and its paths evaluations[k] are mapped back to the document's indexes.
        var problems = new List<Problem>();
        var builder = DocumentMapper.ToBuilder(json);
        var indexes = new List<int>();
        for (var i = 0; i < json.Evaluations.Count; i++)
        {
            var e = json.Evaluations[i];
            var input = new EvaluationInput(e.Scheme, e.SchemeVersion, e.Subject, e.Year, e.Method, e.Answers, e.Grades) { VersionRequiredWhenChanged = true };
            if (EvaluationMapper.ToModel($"$.evaluations[{i}].", input, schemes, text, problems) is { } evaluation)
            {
                builder.Evaluations.Add(evaluation);
                indexes.Add(i);
            }
        }

        var built = builder.Build();
        foreach (var problem in built.Problems)
        {
            var path = "$." + EvaluationMapper.RemapIndex(problem.Path, "evaluations", indexes);
            problems.Add(text.At(path, problem.Reason));
        }

        return problems.Count == 0 ? Result<SakipDocument>.Success(built.GetValueOrThrow()) : Result<SakipDocument>.Failure(problems);
    }
}
