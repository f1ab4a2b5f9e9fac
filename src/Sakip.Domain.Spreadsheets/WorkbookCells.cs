using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sakip.Domain.Spreadsheets;

/// <summary>What a cell holds, as read.</summary>
internal enum CellKind
{
    Empty,
    Text,
    Number,
    Boolean,
    Error,
}

/// <summary>One cell as read: its kind and text (numbers in invariant form, without trailing zeros), whether it holds
/// a formula, and whether a formula cell has a value the program that saved it computed.</summary>
internal sealed record RawCell(CellKind Kind, string Text, bool IsFormula, bool HasValue)
{
    /// <summary>A number cell's value as the file writes it (<c>70.10</c>, trailing zeros kept); otherwise
    /// <see cref="Text"/>.</summary>
    public string? Written { get; init; }

    /// <summary>Whether the cell is empty or holds only white space (and no formula).</summary>
    public bool IsBlank => !IsFormula && (Kind == CellKind.Empty || (Kind == CellKind.Text && string.IsNullOrWhiteSpace(Text)));
}

/// <summary>A worksheet's cells as plain values, by (column, row), both from 1, and its merged ranges.</summary>
internal sealed class RawSheet(string name)
{
    /// <summary>The sheet's name, as the workbook spells it.</summary>
    public string Name { get; } = name;

    /// <summary>The cells that are present in the file.</summary>
    public Dictionary<(int Column, int Row), RawCell> Cells { get; } = [];

    /// <summary>The merged ranges (first column, first row, last column, last row).</summary>
    public List<(int FirstColumn, int FirstRow, int LastColumn, int LastRow)> Merged { get; } = [];

    /// <summary>The last row any cell is in (0 for an empty sheet).</summary>
    public int LastRow { get; set; }

    /// <summary>The last column any cell is in (0 for an empty sheet).</summary>
    public int LastColumn { get; set; }

    /// <summary>The cell at (column, row), or null when the file has none there.</summary>
    public RawCell? this[int column, int row] => Cells.GetValueOrDefault((column, row));

    /// <summary>The merged range a cell lies in, or null.</summary>
    public (int FirstColumn, int FirstRow, int LastColumn, int LastRow)? MergedRange(int column, int row)
    {
        foreach (var range in Merged)
        {
            if (column >= range.FirstColumn && column <= range.LastColumn && row >= range.FirstRow && row <= range.LastRow)
            {
                return range;
            }
        }

        return null;
    }
}

/// <summary>Reads every sheet of a workbook into plain values: the only step of a workbook reader that touches the file,
/// and the only one that can meet damaged bytes. Bounded by the workbook's size and each part's unpacked
/// characters.</summary>
internal static class WorkbookCells
{
    /// <summary>The sheets by name (case-insensitive, in workbook order), or null with the problem.</summary>
    public static Dictionary<string, RawSheet>? Load(Stream stream, long maxBytes, long maxPartCharacters, out Problem? problem)
    {
        using var buffer = Buffer(stream, maxBytes, out problem);
        return buffer is null ? null : Load(buffer, maxPartCharacters, out problem);
    }

    /// <summary>The stream's bytes in memory (read to its end, or one byte past <paramref name="maxBytes"/>), or null
    /// with the problem when it is larger.</summary>
    public static MemoryStream? Buffer(Stream stream, long maxBytes, out Problem? problem)
    {
        problem = null;
        var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, maxBytes + 1 - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                problem = new Problem(string.Empty, SpreadsheetMessages.TooLarge(maxBytes));
                buffer.Dispose();
                return null;
            }
        }

        buffer.Position = 0;
        return buffer;
    }

    /// <summary>Whether an exception is one the SDK throws on a damaged or oversized package, and the problem it
    /// means.</summary>
    public static Problem? ProblemOf(Exception e) =>
        e is OpenXmlPackageException or InvalidDataException or XmlException or IOException or FileFormatException
            or InvalidOperationException or NotSupportedException or ArgumentException or FormatException or KeyNotFoundException or UriFormatException
            or IndexOutOfRangeException or OverflowException
            ? e.Message.Contains("MaxCharactersIn", StringComparison.Ordinal)
                ? new Problem(string.Empty, SpreadsheetMessages.PartTooLarge(e.Message))
                : new Problem(string.Empty, SpreadsheetMessages.NotAWorkbook)
            : null;

    private static Dictionary<string, RawSheet>? Load(MemoryStream buffer, long maxPartCharacters, out Problem? problem)
    {
        problem = null;
        try
        {
            using var document = SpreadsheetDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = maxPartCharacters });
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook part.");
            var shared = SharedStrings(workbookPart);
            var sheets = new Dictionary<string, RawSheet>(StringComparer.OrdinalIgnoreCase);
            foreach (var sheet in workbookPart.Workbook.Sheets?.Elements<Sheet>() ?? [])
            {
                if (sheet.Name?.Value is not { } name || sheet.Id?.Value is not { } id || sheets.ContainsKey(name)
                    || workbookPart.GetPartById(id) is not WorksheetPart part)
                {
                    continue;
                }

                sheets[name] = Cells(name, part, shared);
            }

            return sheets;
        }
        catch (Exception e) when (ProblemOf(e) is { } damaged)
        {
            problem = damaged;
            return null;
        }
    }

    internal static List<string> SharedStrings(WorkbookPart workbook)
    {
        var table = workbook.SharedStringTablePart?.SharedStringTable;
        return table is null ? [] : [.. table.Elements<SharedStringItem>().Select(StringOf)];
    }

    /// <summary>The text of a shared or inline string: its text, or its runs' texts (phonetic runs left out).</summary>
    private static string StringOf(OpenXmlElement item)
    {
        if (item.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>() is { } text)
        {
            return text.Text;
        }

        var builder = new StringBuilder();
        foreach (var run in item.Elements<Run>())
        {
            builder.Append(run.Text?.Text);
        }

        return builder.ToString();
    }

    private static RawSheet Cells(string name, WorksheetPart part, List<string> shared)
    {
        var sheet = new RawSheet(name);
        var worksheet = part.Worksheet;
        var data = worksheet?.GetFirstChild<SheetData>();
        var rowIndex = 0;
        foreach (var row in data?.Elements<Row>() ?? [])
        {
            rowIndex = row.RowIndex?.Value is { } r and > 0 and <= 1_048_576 ? (int)r : rowIndex + 1;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                var (c, rr) = LkeLayout.Parse(cell.CellReference?.Value);
                column = c > 0 ? c : column + 1;
                var at = rr > 0 ? rr : rowIndex;
                sheet.Cells[(column, at)] = Raw(cell, shared);
                sheet.LastRow = Math.Max(sheet.LastRow, at);
                sheet.LastColumn = Math.Max(sheet.LastColumn, column);
            }
        }

        foreach (var merge in worksheet?.GetFirstChild<MergeCells>()?.Elements<MergeCell>() ?? [])
        {
            var reference = merge.Reference?.Value;
            var colon = reference?.IndexOf(':', StringComparison.Ordinal) ?? -1;
            if (colon <= 0)
            {
                continue;
            }

            var (c1, r1) = LkeLayout.Parse(reference![..colon]);
            var (c2, r2) = LkeLayout.Parse(reference[(colon + 1)..]);
            if (c1 > 0 && c2 >= c1 && r1 > 0 && r2 >= r1)
            {
                sheet.Merged.Add((c1, r1, c2, r2));
            }
        }

        return sheet;
    }

    internal static RawCell Raw(Cell cell, List<string> shared)
    {
        var formula = cell.CellFormula is not null;
        var value = cell.CellValue?.Text;
        var type = cell.DataType?.Value;
        if (type == CellValues.InlineString)
        {
            var text = cell.InlineString is { } inline ? CellText.Unescape(StringOf(inline)) : string.Empty;
            return new(text.Length == 0 ? CellKind.Empty : CellKind.Text, text, formula, true);
        }

        if (value is null)
        {
            return new(CellKind.Empty, string.Empty, formula, false);
        }

        if (type == CellValues.SharedString)
        {
            var text = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? CellText.Unescape(shared[i]) : string.Empty;
            return new(text.Length == 0 ? CellKind.Empty : CellKind.Text, text, formula, true);
        }

        if (type == CellValues.String || type == CellValues.Date)
        {
            var text = CellText.Unescape(value);
            return new(text.Length == 0 ? CellKind.Empty : CellKind.Text, text, formula, true);
        }

        if (type == CellValues.Boolean)
        {
            return new(CellKind.Boolean, value.Trim() is "1" or "true" ? "TRUE" : "FALSE", formula, true);
        }

        if (type == CellValues.Error)
        {
            return new(CellKind.Error, value, formula, true);
        }

        return Figures.Parse(value) is { } number
            ? new(CellKind.Number, Figures.Text(number), formula, true) { Written = value.Trim() }
            : new(value.Length == 0 ? CellKind.Empty : CellKind.Error, value, formula, true);
    }
}
