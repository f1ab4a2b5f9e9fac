using System.Globalization;
using System.Text;
using Sakip.Domain.Planning;
using static Sakip.Domain.Spreadsheets.PlanLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>
/// A SAKIP document's plan data as CSV files (RFC 4180), one per table of the plan workbook (<see cref="PlanWorkbook"/>,
/// docs/spreadsheets-plan-data.md): the same tables, named as its sheets (<c>Info.csv</c>, <c>Renstra.csv</c> …), each
/// with the same rows and columns as its sheet (title in row 1, headings in row 2, records from row 3), so that a
/// problem names the same address (<c>'Renstra'!D14</c>: the file's record 14, field 4). Numbers are written in an
/// explicit culture, and read back in it.
/// </summary>
/// <remarks>
/// <para>Files are UTF-8 (a byte order mark is accepted on reading, never written), lines end with CR LF, fields are
/// separated by <c>;</c> when the culture's decimal separator is <c>,</c> (id-ID) and by <c>,</c> otherwise, and a
/// field holding the separator, a quote, a line break or white space at either end is quoted, quotes doubled. Every
/// record of a file has the same number of fields. A number is written with every digit the document has and no group
/// separator (<c>1250000,50</c> in id-ID). An empty field is no value, never zero.</para>
/// <para>Reading never throws on bad input: a missing file, a file that is not UTF-8, an unterminated or stray quote,
/// or a record with another number of fields is a problem naming the file and line (<c>Renstra.csv:14</c>); every
/// field is then read as the workbook reader reads a text cell, numbers in the info table's number format (the
/// options' culture when it names none). Same document and options → same bytes, on any machine. Thread-safe.</para>
/// </remarks>
public static class PlanCsv
{
    /// <summary>The tables' names, the info table first; each is written to and read from <c>&lt;name&gt;.csv</c>.</summary>
    public static IReadOnlyList<string> TableNames { get; } = [InfoSheet, .. AllSheets.Select(s => s.Name)];

    /// <summary>Writes a document's plan data as CSV files into a folder (created when missing), one
    /// <c>&lt;table&gt;.csv</c> per name in <see cref="TableNames"/>, replacing files of those names. Its evaluations
    /// are not written (see <see cref="LkeWorkbook"/>).</summary>
    /// <param name="document">The document.</param>
    /// <param name="directory">The folder.</param>
    /// <param name="options">The culture of the numbers and the language.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">A file could not be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be written.</exception>
    public static void Write(SakipDocument document, string directory, PlanCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(directory);
        Write(document, name => File.Create(Path.Combine(directory, FileName(name))), options);
    }

    /// <summary>Writes a document's plan data as CSV, one stream per table: <paramref name="open"/> is called once for
    /// each name in <see cref="TableNames"/>, in order, and the stream it returns is written (UTF-8) and
    /// disposed.</summary>
    /// <param name="document">The document.</param>
    /// <param name="open">The stream a table is written to, by table name.</param>
    /// <param name="options">The culture of the numbers and the language.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException"><paramref name="open"/> returned null.</exception>
    /// <exception cref="IOException">A stream failed.</exception>
    public static void Write(SakipDocument document, Func<string, Stream> open, PlanCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var (name, sheet) in PlanWriter.Sheets(document, options.Language, CultureName(options.Culture)))
        {
            using var stream = open(name) ?? throw new InvalidOperationException($"No stream to write the table {name} to.");
            using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true);
            WriteTable(sheet, writer, options);
        }
    }

    /// <summary>Reads plan data from the CSV files of a folder (<c>&lt;table&gt;.csv</c> for each name in
    /// <see cref="TableNames"/>; other files are ignored) into a document, never throwing on bad input.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="options">The culture of the numbers (and so the separator) and the largest file read.</param>
    /// <returns>The document (without evaluations), or every problem: the files' (<c>Renstra.csv:14</c>), or, when
    /// every file is well-formed CSV, the cells' (<c>'Renstra'!D14</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">A file that is there could not be read.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be read.</exception>
    public static Result<SakipDocument> Read(string directory, PlanCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(options);
        return Read(name => Path.Combine(directory, FileName(name)) is var path && File.Exists(path) ? File.OpenRead(path) : null, options);
    }

    /// <summary>Reads plan data from CSV, one stream per table, into a document, never throwing on bad input:
    /// <paramref name="open"/> is called once for each name in <see cref="TableNames"/> and returns the table's bytes,
    /// or null when there is no such table (a problem); each stream is read to its end, or one byte past
    /// <see cref="PlanCsvOptions.MaxFileBytes"/>, and disposed.</summary>
    /// <param name="open">The table's bytes by table name, or null.</param>
    /// <param name="options">The culture of the numbers (and so the separator) and the largest file read.</param>
    /// <returns>The document (without evaluations), or every problem: the files' (<c>Renstra.csv:14</c>), or, when
    /// every file is well-formed CSV, the cells' (<c>'Renstra'!D14</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">A stream failed.</exception>
    public static Result<SakipDocument> Read(Func<string, Stream?> open, PlanCsvOptions options)
    {
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(options);
        var sheets = new Dictionary<string, RawSheet>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<Problem>();
        foreach (var name in TableNames)
        {
            using var stream = open(name);
            if (stream is null)
            {
                problems.Add(new Problem(FileName(name), SpreadsheetMessages.CsvMissingFile(FileName(name))));
                continue;
            }

            if (ReadTable(name, stream, options, out var problem) is { } sheet)
            {
                sheets[name] = sheet;
            }
            else
            {
                problems.Add(problem!);
            }
        }

        return problems.Count > 0
            ? Result<SakipDocument>.Failure(problems)
            : new PlanReader(sheets, new PlanWorkbookReadOptions { NumberCulture = options.Culture }).Read();
    }

    private static string FileName(string table) => table + ".csv";

    /// <summary>Writes one sheet's cells as a table: every row from 1 to its last, every record as wide as the widest
    /// row, numbers in the options' culture.</summary>
    private static void WriteTable(PlanWriter.SheetBuilder sheet, TextWriter output, PlanCsvOptions options)
    {
        var width = sheet.Values.Keys.Max(k => k.Column);
        var height = sheet.Values.Keys.Max(k => k.Row);
        var fields = new string?[width];
        for (var row = 1; row <= height; row++)
        {
            for (var column = 1; column <= width; column++)
            {
                fields[column - 1] = sheet.Values.GetValueOrDefault((column, row)) switch
                {
                    decimal number => number.ToString(options.Culture),
                    var text => (string?)text,
                };
            }

            CsvText.Line(output, fields, options.Separator);
        }
    }

    /// <summary>One file's records as a sheet of text cells (record n is row n, field n column n), or null with the
    /// problem.</summary>
    private static RawSheet? ReadTable(string name, Stream stream, PlanCsvOptions options, out Problem? problem)
    {
        using var buffer = WorkbookCells.Buffer(stream, options.MaxFileBytes, out problem);
        if (buffer is null)
        {
            problem = new Problem(FileName(name), SpreadsheetMessages.CsvTooLarge(options.MaxFileBytes));
            return null;
        }

        if (CsvText.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), out var badLine) is not { } text)
        {
            problem = new Problem(Line(name, badLine), SpreadsheetMessages.CsvNotUtf8);
            return null;
        }

        if (CsvText.Parse(text, options.Separator, out badLine, out var reason) is not { } records)
        {
            problem = new Problem(Line(name, badLine), reason!);
            return null;
        }

        var sheet = new RawSheet(name);
        for (var r = 0; r < records.Count; r++)
        {
            for (var c = 0; c < records[r].Count; c++)
            {
                if (records[r][c].Length > 0)
                {
                    sheet.Cells[(c + 1, r + 1)] = new RawCell(CellKind.Text, records[r][c], IsFormula: false, HasValue: true);
                    sheet.LastColumn = Math.Max(sheet.LastColumn, c + 1);
                    sheet.LastRow = r + 1;
                }
            }
        }

        return sheet;
    }

    private static string Line(string table, int line) => string.Create(CultureInfo.InvariantCulture, $"{FileName(table)}:{line}");
}
