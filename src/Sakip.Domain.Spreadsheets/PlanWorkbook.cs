using Sakip.Domain.Planning;

namespace Sakip.Domain.Spreadsheets;

/// <summary>
/// A SAKIP document's plan data as an Excel workbook (docs/spreadsheets-plan-data.md): the region, the indicator
/// definitions, the RPJMD and the Renstras with their elements, yearly targets and budgets, the Perjanjian Kinerja with
/// their targets and programs, the Rencana Aksi and the realisations, a sheet per table and a row per record. Written
/// from a document or empty (a template), and read back into a document, every bad cell reported with its address.
/// </summary>
/// <remarks>The LKE evaluations of a document are not in this workbook: each has its own (<see cref="LkeWorkbook"/>).
/// Thread-safe.</remarks>
public static class PlanWorkbook
{
    /// <summary>Writes a document's plan data as a workbook. Its evaluations are not written (see
    /// <see cref="LkeWorkbook"/>).</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">The stream written to; it is left open.</param>
    /// <param name="options">The language; <see langword="null"/> for <see cref="PlanWorkbookOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(SakipDocument document, Stream output, PlanWorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        PlanWriter.Write(document, (options ?? PlanWorkbookOptions.Default).Language, output);
    }

    /// <summary>Writes an empty workbook to fill in: every sheet with its headings and dropdowns, the info sheet's
    /// format and number format filled in.</summary>
    /// <param name="output">The stream written to; it is left open.</param>
    /// <param name="options">The language; <see langword="null"/> for <see cref="PlanWorkbookOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="output"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void WriteTemplate(Stream output, PlanWorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        PlanWriter.Write(null, (options ?? PlanWorkbookOptions.Default).Language, output);
    }

    /// <summary>Reads a plan workbook into a document, never throwing on bad input: every bad cell, and every problem
    /// of the document the cells make (<see cref="SakipDocumentBuilder.Build"/>), is reported with its cell address
    /// (<c>Renstra!D4</c>, <c>IndikatorRencana!H7</c>). The stream is read to its end, or one byte past
    /// <see cref="PlanWorkbookReadOptions.MaxWorkbookBytes"/>, and left open.</summary>
    /// <param name="workbook">The workbook's bytes.</param>
    /// <param name="options">Limits, the number format of numbers typed as text, formulas; <see langword="null"/> for
    /// <see cref="PlanWorkbookReadOptions.Default"/>.</param>
    /// <returns>The document (without evaluations), or every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<SakipDocument> Read(Stream workbook, PlanWorkbookReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        options ??= PlanWorkbookReadOptions.Default;
        return WorkbookCells.Load(workbook, options.MaxWorkbookBytes, options.MaxPartCharacters, out var problem) is { } sheets
            ? new PlanReader(sheets, options).Read()
            : Result<SakipDocument>.Failure(problem!);
    }
}
