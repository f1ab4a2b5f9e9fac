using Sakip.Domain.Collections;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Spreadsheets;

/// <summary>
/// The LKjIP capaian table of a measurement as an Excel workbook (.xlsx): what <c>sakip measure --output
/// capaian.xlsx</c> writes. One sheet (<c>Capaian</c>, or <c>Achievement</c> in English): the title (row 1), the subject,
/// as-of period and rule set (row 2), the headings (row 3, frozen with the rows above, repeated on every printed page),
/// then per agreement a heading row, per sasaran a heading row with its combined capaian, and a row per indicator.
/// The layout is described in docs/spreadsheets-capaian.md.
/// </summary>
/// <remarks>
/// <para>Columns: A id, B indicator (or the agency's name, or the sasaran), C unit, D target, E realisation, F capaian
/// (%), G band, H formula id, I note. Figures are number cells holding the decimal's invariant text (never a double
/// round trip), shown with a format of as many decimals as the figure has (targets, realisations) or as the rule set
/// presents capaian (<c>#,##0.00</c>): the spreadsheet program shows the separators of its own locale (an Indonesian
/// one shows <c>1.234,56</c>). A range target is the text <c>80–90</c>. A band is its label, filled with its colour
/// (the best band blue, the worst red; grey without one). An indicator without a capaian says why in words
/// (<c>tidak dilaporkan</c>, <c>tidak terukur</c>, <c>tidak valid</c>), never 0; an unreported realisation is an empty
/// cell. Agreement rows have outline level 0, sasaran rows 1, indicator rows 2 (grouped under their headings), and the
/// headings' texts are merged across the columns. Printed A4 landscape, one page wide.</para>
/// <para>Written with the streaming <c>OpenXmlWriter</c>; same report and options → same bytes. Reading never throws on
/// bad input. All members are thread-safe.</para>
/// </remarks>
public static class CapaianWorkbook
{
    /// <summary>Writes the capaian table of a measurement as a workbook.</summary>
    /// <param name="report">The measurement.</param>
    /// <param name="output">The stream written to; it is left open.</param>
    /// <param name="options">The language, title, subject and band set; <see langword="null"/> for
    /// <see cref="CapaianWorkbookOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static void Write(MeasurementReport report, Stream output, CapaianWorkbookOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        CapaianWriter.Write(report, output, options ?? CapaianWorkbookOptions.Default);
    }

    /// <summary>Reads the rows of a capaian workbook back (its first sheet), never throwing on bad input: the
    /// workbook <see cref="Write"/> wrote, or one a spreadsheet program saved after it. Row kinds come from the rows'
    /// outline levels, words in either language are understood. The stream is read to its end (at most 64 MiB) and left
    /// open.</summary>
    /// <param name="workbook">The workbook's bytes.</param>
    /// <returns>The rows, in order, or every problem with its cell address (<c>Capaian!F12</c>): not a workbook, too
    /// large, not a capaian table, a required cell empty, text where a number belongs, a target that is not one, a
    /// capaian cell that is neither a number nor a known word, a row out of place.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="workbook"/> is null.</exception>
    /// <exception cref="IOException">The stream failed.</exception>
    public static Result<ValueList<CapaianRow>> Read(Stream workbook)
    {
        ArgumentNullException.ThrowIfNull(workbook);
        return CapaianReader.Read(workbook, CapaianLayout.MaxWorkbookBytes, CapaianLayout.MaxPartCharacters);
    }

    /// <summary>The rows <see cref="Write"/> writes for a report, as <see cref="Read"/> gives them back.</summary>
    /// <param name="report">The measurement.</param>
    /// <param name="language">The language of the band labels and notes.</param>
    /// <returns>The rows, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static ValueList<CapaianRow> Rows(MeasurementReport report, Text.Language language = Text.Language.Indonesian)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new ValueList<CapaianRow>(CapaianLayout.Rows(report, language));
    }
}
