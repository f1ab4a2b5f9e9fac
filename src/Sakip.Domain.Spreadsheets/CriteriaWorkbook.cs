using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Spreadsheets;

/// <summary>
/// The criteria workbook: an evaluation scheme as the plain table inspectorates and ministries keep their adapted LKE
/// criteria in (component, sub-component, criterion; a component or sub-component written once and left empty below,
/// or in merged cells), with the weights and answer scales in small tables beside it or on their own sheets.
/// <see cref="Read(Stream, CriteriaImportOptions)"/> imports such a workbook into a scheme, every ambiguity reported by
/// its cell (<c>Kriteria!C14</c>); <see cref="Write"/> writes a scheme as one, a starting table to adapt.
/// docs/spreadsheets-criteria.md describes the layout.
/// </summary>
/// <remarks>Thread-safe: no state. The same input gives the same bytes and the same scheme on any machine.</remarks>
public static class CriteriaWorkbook
{
    /// <summary>Writes a scheme as a criteria workbook: sheet <c>Kriteria</c> (No, Komponen, Sub Komponen, Kriteria,
    /// Skala, Bergantung pada, Poin, Panduan), sheet <c>Bobot</c> (component and sub-component weights, grade scales,
    /// methods, dependencies) and sheet <c>Skala</c> (every answer scale used). Read back with the scheme's grade table
    /// and default method, it gives the scheme's data again.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="output">Where the .xlsx bytes go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(EvaluationScheme scheme, Stream output)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(output);
        CriteriaWriter.Write(scheme, output);
    }

    /// <summary>Imports a criteria workbook into a scheme, never throwing on bad input. The stream is read to its end,
    /// or one byte past <see cref="LkeReadOptions.MaxWorkbookBytes"/> of <see cref="CriteriaImportOptions.Limits"/>,
    /// and left open.</summary>
    /// <param name="workbook">The workbook's bytes.</param>
    /// <param name="options">The new scheme's id, name, version and basis, the sheet, the base scheme.</param>
    /// <returns>The scheme (created by <see cref="EvaluationScheme.Create"/>, its assumptions saying what came from the
    /// base scheme), or every problem with its cell address.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<EvaluationScheme> Read(Stream workbook, CriteriaImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        ArgumentNullException.ThrowIfNull(options);
        return CriteriaReader.Read(workbook, options);
    }
}
