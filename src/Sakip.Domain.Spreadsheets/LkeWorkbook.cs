using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Spreadsheets;

/// <summary>
/// The LKE worksheet as an Excel workbook (.xlsx): what <c>sakip lke template --format xlsx</c> writes and
/// <c>sakip lke score</c> reads. Sheets: <c>Info</c> (scheme id and version, name, legal basis, subject, year, method,
/// how to fill it in), <c>Ringkasan</c>/<c>Summary</c> (each component's score, the total, the deciding score and the
/// grade), one sheet per component named "id name" (e.g. <c>1 Perencanaan Kinerja</c>, cut to Excel's 31 characters and
/// made unique) with a row per sub-component and per criterion, and <c>Skala</c>/<c>Scales</c> (what each answer code
/// means and is worth, and the grade table). The layout is described in docs/spreadsheets.md.
/// </summary>
/// <remarks>
/// <para>A component sheet's columns: A id, B wording, C weight (a sub-component's weight; a criterion's points under
/// <see cref="ScoringMethod.Points"/>), D the allowed codes, E proposed and F final answer (dropdowns of the scale's
/// codes), G the answer's value, H the sub-component's score, I evidence (one reference per line of the cell), J note.
/// Cell H2 holds the component's score.</para>
/// <para>Columns G and H, the component scores and the summary are live formulas that compute what
/// <see cref="Evaluation.Score"/> computes from the final answer, else the proposed one
/// (<see cref="AnswerSource.FinalElseProposed"/>): per criterion, sub-component = weight × mean of the values (or
/// Σ value × points); per sub-component, weight × the grade's value, as the method on the info sheet says; a figure with
/// an answer missing stays empty (empty is never 0); the grade is looked up on the deciding score (the total rounded as
/// the grade table says, its edges exclusive or inclusive as the table says). The library's figures are written as the
/// formulas' cached values too, and the workbook asks to be recalculated when opened. A spreadsheet program computes
/// in binary floating point: its figures agree with the library's to <see cref="LkeFigure.Tolerance"/>.</para>
/// <para>Reading never throws on bad input: it returns every problem (not a workbook, too large, a missing sheet, an
/// unknown scheme or a version other than the scheme's, a missing subject or year, a row whose id is unknown or given
/// twice, a row missing, a code not on the scale, a number, formula, logical value or error where a code belongs), each
/// with its cell address (<c>'1 Perencanaan Kinerja'!F7</c>). The summary and scale sheets are not read for answers; a
/// workbook without them still reads. The sheet's own figures are compared with the library's, and the library's
/// count (<see cref="LkeSheet.Differences"/>).</para>
/// <para>All members are thread-safe.</para>
/// </remarks>
public static class LkeWorkbook
{
    /// <summary>Writes the empty LKE workbook of a scheme: every sub-component and criterion in worksheet order with
    /// empty answer cells, the formulas in place.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="output">The stream written to; it is left open.</param>
    /// <param name="options">The language, and the subject, year and method the template states;
    /// <see langword="null"/> for <see cref="LkeWorkbookOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException">The options' method grades sub-components and the scheme's sub-components
    /// take no grade, or the options' year is outside 1900–2200.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void WriteTemplate(EvaluationScheme scheme, Stream output, LkeWorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(output);
        options ??= LkeWorkbookOptions.Default;
        if (options.Method == EvaluationMethod.SubComponentGrades && !scheme.SupportsSubComponentGrades)
        {
            throw new ArgumentException($"The sub-components of scheme {scheme.Id} take no grade; use {nameof(EvaluationMethod.CriterionGrades)}.", nameof(options));
        }

        if (options.Year is < 1900 or > 2200)
        {
            throw new ArgumentException("The year must be between 1900 and 2200.", nameof(options));
        }

        LkeWriter.Write(scheme, null, options.Subject, options.Year, options.Method ?? scheme.DefaultMethod, options.Language, output);
    }

    /// <summary>Writes an evaluation as an LKE workbook: the template of its scheme with its subject, year, method and
    /// answers filled in, and its figures as the formulas' cached values.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <param name="output">The stream written to; it is left open.</param>
    /// <param name="options">The language; the options' subject, year and method are not used (the evaluation's
    /// are). <see langword="null"/> for <see cref="LkeWorkbookOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> or <paramref name="output"/> is
    /// null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(Evaluation evaluation, Stream output, LkeWorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        ArgumentNullException.ThrowIfNull(output);
        options ??= LkeWorkbookOptions.Default;
        LkeWriter.Write(evaluation.Scheme, evaluation, evaluation.Subject, evaluation.Year, evaluation.Method, options.Language, output);
    }

    /// <summary>Reads an LKE workbook, never throwing on bad input; the scheme is one of the built-in schemes
    /// (<see cref="EvaluationSchemes.TryGet"/>). The stream is read to its end and left open.</summary>
    /// <param name="workbook">The workbook's bytes.</param>
    /// <returns>The evaluation with the sheet's figures beside the library's, or every problem with its cell
    /// address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<LkeSheet> Read(Stream workbook) => Read(workbook, null, LkeReadOptions.Default);

    /// <summary>Reads an LKE workbook, never throwing on bad input. The stream is read to its end and left
    /// open.</summary>
    /// <param name="workbook">The workbook's bytes.</param>
    /// <param name="schemes">Finds a scheme by the id on the info sheet, or returns <see langword="null"/> for an
    /// unknown id; <see langword="null"/> for the built-in schemes (<see cref="EvaluationSchemes.TryGet"/>).</param>
    /// <returns>The evaluation with the sheet's figures beside the library's, or every problem with its cell
    /// address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<LkeSheet> Read(Stream workbook, Func<string, EvaluationScheme?>? schemes) => Read(workbook, schemes, LkeReadOptions.Default);

    /// <summary>Reads an LKE workbook within limits, never throwing on bad input. The stream is read to its end, or
    /// one byte past <see cref="LkeReadOptions.MaxWorkbookBytes"/>, and left open.</summary>
    /// <param name="workbook">The workbook's bytes.</param>
    /// <param name="schemes">Finds a scheme by id, or returns <see langword="null"/>; <see langword="null"/> for the
    /// built-in schemes.</param>
    /// <param name="options">The limits (file size, unpacked part size); a workbook beyond one is a problem.</param>
    /// <returns>The evaluation with the sheet's figures beside the library's, or every problem with its cell
    /// address.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> or <paramref name="options"/> is
    /// null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<LkeSheet> Read(Stream workbook, Func<string, EvaluationScheme?>? schemes, LkeReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(options);
        return LkeReader.Read(workbook, schemes ?? BuiltIn, options);
    }

    /// <summary>Whether a stream starts with the zip signature <c>PK\x03\x04</c> every .xlsx file starts with (read
    /// from its current position, which a seekable stream is returned to).</summary>
    /// <param name="stream">The stream.</param>
    /// <returns><see langword="true"/> when the first four bytes are the signature.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static bool LooksLikeWorkbook(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var start = stream.CanSeek ? stream.Position : 0;
        Span<byte> head = stackalloc byte[4];
        var read = stream.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        if (stream.CanSeek)
        {
            stream.Position = start;
        }

        return read == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    private static EvaluationScheme? BuiltIn(string id) => EvaluationSchemes.TryGet(id, out var scheme) ? scheme : null;
}
