using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Spreadsheets;

/// <summary>An LKE workbook as read: the evaluation its answers make, and the sheet's own figures beside the
/// library's. The library's score (<see cref="Evaluation.Score"/>) is the truth: a sheet whose formulas were edited
/// (or that was never recalculated) is scored from its answers, and <see cref="Differences"/> says where the sheet
/// shows something else.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record LkeSheet
{
    internal LkeSheet(Evaluation evaluation, ValueList<LkeFigure> figures)
    {
        Evaluation = evaluation;
        Figures = figures;
        Differences = [.. figures.Where(f => f.Differs)];
    }

    /// <summary>The evaluation: the scheme named on the info sheet, its subject, year and method, and every answered
    /// row (a row with no code, evidence or note is no answer).</summary>
    public Evaluation Evaluation { get; }

    /// <summary>Every score cell that holds a value the sheet computed (a formula cell that was never calculated has
    /// none and is left out), with the library's figure beside it, in sheet order: sub-component and component scores
    /// of each component sheet, then the summary's component scores, total, deciding score and grade.</summary>
    public ValueList<LkeFigure> Figures { get; }

    /// <summary>The <see cref="Figures"/> where the sheet differs from the library (<see cref="LkeFigure.Differs"/>);
    /// empty when the sheet agrees.</summary>
    public ValueList<LkeFigure> Differences { get; }
}
