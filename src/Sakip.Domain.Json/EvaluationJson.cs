using System.Text.Json;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Json.Serialization;

namespace Sakip.Domain.Json;

/// <summary>
/// The LKE answer document: one evaluation as JSON with a row per criterion, what <c>sakip lke template</c> writes
/// and <c>sakip lke score</c> reads. Top level: <c>formatVersion</c> (1), <c>scheme</c> (the scheme's id),
/// <c>schemeVersion</c>, <c>subject</c>, <c>year</c> and <c>answers</c>; each row has <c>criterion</c>,
/// <c>proposed</c>, <c>final</c>, <c>evidence</c> and <c>note</c>, and, for the person filling it in,
/// <c>title</c>, <c>component</c>, <c>subComponent</c> and <c>options</c> (ignored when read).
/// </summary>
/// <remarks>
/// <para>The writer writes every property, nulls and empty lists included. A row with no proposed or final code, no
/// evidence and no note is no answer: a template reads back as an evaluation without answers (incomplete).</para>
/// <para>Reading never throws on bad input: it returns every problem (syntax, unknown properties, values of the
/// wrong kind, the format version; then an unknown scheme, a <c>schemeVersion</c> other than the scheme's, and every
/// problem of <see cref="Evaluation.Create(EvaluationScheme, string, int, EvaluationMethod, IEnumerable{CriterionAnswer}, IEnumerable{SubComponentAnswer})"/>: unknown criteria, criteria answered twice, codes not on the
/// criterion's scale, a missing subject or year), each with its JSON path (<c>$.answers[7].final</c>) and line.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class EvaluationJson
{
    /// <summary>The version of the answer document format this library reads and writes.</summary>
    public const int FormatVersion = 1;

    /// <summary>An empty answer document of a scheme: every criterion in worksheet order with its title, component,
    /// sub-component and answer codes, and empty answers.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="subject">Who is evaluated, or <see langword="null"/> to leave it to be filled in (it is
    /// required when the document is read).</param>
    /// <param name="year">The evaluation year, or <see langword="null"/> to leave it to be filled in (required when
    /// read).</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static string Template(EvaluationScheme scheme, string? subject = null, int? year = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return JsonSerializer.Serialize(EvaluationMapper.ToAnswerDocument(scheme, subject, year, null), JsonFormat.AnswerDocumentInfo) + "\n";
    }

    /// <summary>Writes an evaluation as an answer document: the template of its scheme with its answers filled in.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string Write(Evaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        return JsonSerializer.Serialize(ToJson(evaluation), JsonFormat.AnswerDocumentInfo) + "\n";
    }

    /// <summary>Writes an evaluation as an answer document in UTF-8 (without a byte order mark) to a stream.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="utf8Json">The stream; it is left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(Evaluation evaluation, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonSerializer.Serialize(utf8Json, ToJson(evaluation), JsonFormat.AnswerDocumentInfo);
        utf8Json.WriteByte((byte)'\n');
    }

    /// <summary>Reads an answer document from JSON text, never throwing on bad input; the scheme is one of the
    /// built-in schemes (<see cref="EvaluationSchemes.Find"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static EvaluationReadResult Read(string json) => Read(json, null);

    /// <summary>Reads an answer document from JSON text, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="schemes">Finds a scheme by the document's <c>scheme</c> id, or returns <see langword="null"/>
    /// for an unknown id; <see langword="null"/> for the built-in schemes (<see cref="EvaluationSchemes.Find"/>).</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static EvaluationReadResult Read(string json, Func<string, EvaluationScheme?>? schemes)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(JsonText.Utf8(json), schemes ?? EvaluationSchemes.Find);
    }

    /// <summary>Reads an answer document from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing
    /// on bad input; the scheme is one of the built-in schemes. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static EvaluationReadResult Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads an answer document from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing
    /// on bad input. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="schemes">Finds a scheme by id, or returns <see langword="null"/>; <see langword="null"/> for
    /// the built-in schemes.</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static EvaluationReadResult Read(Stream utf8Json, Func<string, EvaluationScheme?>? schemes)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return Read(JsonText.Utf8(utf8Json), schemes ?? EvaluationSchemes.Find);
    }

    private static AnswerDocumentJson ToJson(Evaluation evaluation) =>
        EvaluationMapper.ToAnswerDocument(evaluation.Scheme, evaluation.Subject, evaluation.Year, evaluation);

    private static EvaluationReadResult Read(ReadOnlyMemory<byte> utf8, Func<string, EvaluationScheme?> schemes)
    {
        var (json, text) = JsonText.Read(utf8, JsonFormat.AnswerDocumentInfo, FormatVersion);
        if (json is null)
        {
            return EvaluationReadResult.Fail(text.Problems);
        }

        var problems = new List<DocumentProblem>();
        var evaluation = EvaluationMapper.ToModel("$.", json.Scheme, json.SchemeVersion, json.Subject, json.Year, json.Answers, schemes, text, problems);
        if (evaluation is null)
        {
            return EvaluationReadResult.Fail(problems);
        }

        // Rows left empty are no answers (a template's rows); checked all the same, they are dropped here.
        var answered = evaluation.Answers.Where(a => a.Proposed is not null || a.Final is not null || a.Evidence.Count > 0 || a.Note is not null);
        return EvaluationReadResult.Ok(Evaluation.Create(evaluation.Scheme, evaluation.Subject, evaluation.Year, answered).Model);
    }
}
