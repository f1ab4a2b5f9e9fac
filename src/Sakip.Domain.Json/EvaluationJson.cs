using System.Text.Json;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Json.Serialization;

namespace Sakip.Domain.Json;

/// <summary>
/// The LKE answer document: one evaluation as JSON with a row per sub-component grade and a row per criterion, what
/// <c>sakip lke template</c> writes and <c>sakip lke score</c> reads. Top level: <c>formatVersion</c> (2),
/// <c>scheme</c> (the scheme's id), <c>schemeVersion</c>, <c>subject</c>, <c>year</c>, <c>method</c>
/// (<c>sub-component-grades</c> or <c>criterion-grades</c>), <c>grades</c>, <c>answers</c> and, for the reader,
/// <c>scales</c> (what each code means). A grade row has <c>subComponent</c>, an answer row <c>criterion</c>; both have
/// <c>proposed</c>, <c>final</c>, <c>evidence</c> and <c>note</c>, and, for the person filling them in, the name or
/// title, place, scale and codes (ignored when read).
/// </summary>
/// <remarks>
/// <para>The writer writes every property, nulls and empty lists included. A row with no proposed or final code, no
/// evidence and no note is no answer: a template reads back as an evaluation without answers (incomplete). Grades and
/// criterion answers may both be filled: the method decides the score, and a grade that disagrees with its criteria is
/// a finding of the score, never an override.</para>
/// <para>Format 1 documents (no <c>method</c>, no <c>grades</c>) are still read: their method is criterion grades, and
/// they were written for version 1 of their scheme, so those of a scheme whose data changed since (PermenPAN-RB
/// 88/2021) are refused with what changed.</para>
/// <para>Reading never throws on bad input: it returns every problem (syntax, unknown properties, values of the
/// wrong kind, the format version; then an unknown scheme, answers written for an earlier version of the scheme's data
/// (<c>scheme-version-changed</c>, naming the change), a <c>schemeVersion</c> other than the scheme's, and every
/// problem of <see cref="Evaluation.Create(EvaluationScheme, string, int, EvaluationMethod, IEnumerable{CriterionAnswer}, IEnumerable{SubComponentAnswer})"/>:
/// unknown criteria and sub-components, rows given twice, codes not on the scale, a method the scheme cannot take, a
/// missing subject or year), each with its JSON path (<c>$.answers[7].final</c>, <c>$.grades[1].proposed</c>) and
/// line.</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class EvaluationJson
{
    /// <summary>The version of the answer document format this library writes; it reads this one and version 1.</summary>
    public const int FormatVersion = 2;

    private const int OldestFormatVersion = 1;

    /// <summary>An empty answer document of a scheme, graded by <paramref name="method"/> or the scheme's
    /// <see cref="EvaluationScheme.DefaultMethod"/>: every sub-component that takes a grade and every criterion in
    /// worksheet order, with their names, places, scales and codes, empty grades and answers, and what each scale's
    /// codes mean.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="subject">Who is evaluated, or <see langword="null"/> to leave it to be filled in (it is
    /// required when the document is read).</param>
    /// <param name="year">The evaluation year, or <see langword="null"/> to leave it to be filled in (required when
    /// read).</param>
    /// <param name="method">The method the document states, or <see langword="null"/> for the scheme's default.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="method"/> grades sub-components and the scheme's
    /// sub-components take no grade.</exception>
    public static string Template(EvaluationScheme scheme, string? subject = null, int? year = null, EvaluationMethod? method = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        if (method == EvaluationMethod.SubComponentGrades && !scheme.SupportsSubComponentGrades)
        {
            throw new ArgumentException($"The sub-components of scheme {scheme.Id} take no grade; use {nameof(EvaluationMethod.CriterionGrades)}.", nameof(method));
        }

        var document = EvaluationMapper.ToAnswerDocument(scheme, subject, year, null);
        document.Method = method ?? document.Method;
        return JsonSerializer.Serialize(document, JsonFormat.AnswerDocumentInfo) + "\n";
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
    /// built-in schemes (<see cref="EvaluationSchemes.TryGet"/>).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<Evaluation> Read(string json) => Read(json, null);

    /// <summary>Reads an answer document from JSON text, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="schemes">Finds a scheme by the document's <c>scheme</c> id, or returns <see langword="null"/>
    /// for an unknown id; <see langword="null"/> for the built-in schemes (<see cref="EvaluationSchemes.TryGet"/>).</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static Result<Evaluation> Read(string json, Func<string, EvaluationScheme?>? schemes) => Read(json, schemes, DocumentReadOptions.Default);

    /// <summary>Reads an answer document from JSON text within limits, never throwing on bad input.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="schemes">Finds a scheme by id, or returns <see langword="null"/>; <see langword="null"/> for
    /// the built-in schemes.</param>
    /// <param name="options">The limits of the text (size, string length, items, depth); a text beyond one is a
    /// problem.</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> or <paramref name="options"/> is null.</exception>
    public static Result<Evaluation> Read(string json, Func<string, EvaluationScheme?>? schemes, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(json, options), options, schemes ?? BuiltInSchemes.Find);
    }

    /// <summary>Reads an answer document from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing
    /// on bad input; the scheme is one of the built-in schemes. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<Evaluation> Read(Stream utf8Json) => Read(utf8Json, null);

    /// <summary>Reads an answer document from a stream of UTF-8 JSON (a byte order mark is allowed), never throwing
    /// on bad input. The stream is read to its end and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="schemes">Finds a scheme by id, or returns <see langword="null"/>; <see langword="null"/> for
    /// the built-in schemes.</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<Evaluation> Read(Stream utf8Json, Func<string, EvaluationScheme?>? schemes) => Read(utf8Json, schemes, DocumentReadOptions.Default);

    /// <summary>Reads an answer document from a stream of UTF-8 JSON (a byte order mark is allowed) within limits,
    /// never throwing on bad input. The stream is read to its end, or one byte past
    /// <see cref="DocumentReadOptions.MaxDocumentBytes"/>, and left open.</summary>
    /// <param name="utf8Json">The stream.</param>
    /// <param name="schemes">Finds a scheme by id, or returns <see langword="null"/>; <see langword="null"/> for
    /// the built-in schemes.</param>
    /// <param name="options">The limits of the text (size, string length, items, depth); a text beyond one is a
    /// problem.</param>
    /// <returns>The evaluation, or every problem found with its JSON path and line.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> or <paramref name="options"/> is
    /// null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<Evaluation> Read(Stream utf8Json, Func<string, EvaluationScheme?>? schemes, DocumentReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(options);
        return Read(JsonText.Utf8(utf8Json, options), options, schemes ?? BuiltInSchemes.Find);
    }

    private static AnswerDocumentJson ToJson(Evaluation evaluation) =>
        EvaluationMapper.ToAnswerDocument(evaluation.Scheme, evaluation.Subject, evaluation.Year, evaluation);

    private static Result<Evaluation> Read(JsonText.Source utf8, DocumentReadOptions options, Func<string, EvaluationScheme?> schemes)
    {
        var (json, text) = JsonText.Read(utf8, options, JsonFormat.AnswerDocumentInfo, FormatVersion, OldestFormatVersion);
        if (json is null)
        {
            return Result<Evaluation>.Failure(text.Problems);
        }

        var problems = new List<Problem>();
        var input = new EvaluationInput(json.Scheme, json.SchemeVersion, json.Subject, json.Year, json.Method, json.Answers, json.Grades)
        {
            // Format 1 knew one method and was written for version 1 of every scheme it named.
            ImpliedSchemeVersion = json.FormatVersion == 1 ? 1 : null,
            MethodWhenAbsent = json.FormatVersion == 1 ? EvaluationMethod.CriterionGrades : null,
        };
        var evaluation = EvaluationMapper.ToModel("$.", input, schemes, text, problems);
        if (evaluation is null)
        {
            return Result<Evaluation>.Failure(problems);
        }

        // Rows left empty are no answers (a template's rows); checked all the same, they are dropped here.
        var answered = evaluation.Answers.Where(a => EvaluationMapper.HasContent(a.Proposed, a.Final, a.Evidence.Count, a.Note));
        var graded = evaluation.Grades.Where(g => EvaluationMapper.HasContent(g.Proposed, g.Final, g.Evidence.Count, g.Note));
        return Result<Evaluation>.Success(Evaluation.Create(evaluation.Scheme, evaluation.Subject, evaluation.Year, evaluation.Method, answered, graded).GetValueOrThrow());
    }
}
