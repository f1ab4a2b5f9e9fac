using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>How <see cref="LkeWorkbook"/> writes a workbook: the language of its headings and help, and, for a
/// template, the subject, year and method it states.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LkeWorkbookOptions
{
    /// <summary>The options used when none are given: Indonesian headings, subject and year left to be filled in,
    /// the scheme's default method.</summary>
    public static LkeWorkbookOptions Default { get; } = new();

    /// <summary>The language of the sheet names, headings, labels and help (one language per workbook; the scheme's
    /// own wording is written as the scheme has it). Default <see cref="Language.Indonesian"/>.</summary>
    public Language Language { get; init; } = Language.Indonesian;

    /// <summary>Who is evaluated, written on the info sheet of a template; <see langword="null"/> leaves the cell to
    /// be filled in (it is required when the workbook is read). <see cref="LkeWorkbook.Write(Evaluation, Stream, LkeWorkbookOptions?)"/>
    /// writes the evaluation's own.</summary>
    public string? Subject { get; init; }

    /// <summary>The evaluation year of a template; <see langword="null"/> leaves the cell to be filled in.
    /// <see cref="LkeWorkbook.Write(Evaluation, Stream, LkeWorkbookOptions?)"/> writes the evaluation's own.</summary>
    public int? Year { get; init; }

    /// <summary>The method a template states; <see langword="null"/> for the scheme's
    /// <see cref="EvaluationScheme.DefaultMethod"/>. <see cref="LkeWorkbook.Write(Evaluation, Stream, LkeWorkbookOptions?)"/>
    /// writes the evaluation's own.</summary>
    public EvaluationMethod? Method { get; init; }
}
