using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Collections;
using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Tests;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>Measurements for the capaian tests: generated documents and the CLI's demo document, measured.</summary>
internal static class CapaianTables
{
    /// <summary>Generated documents with at least one agreement, measured for that agreement's year under the rule
    /// set the document names (or the default), as of the whole year or a quarter.</summary>
    public static Gen<MeasurementReport> Reports { get; } =
        from document in DocumentGenerators.Document.Where(d => d.PerjanjianKinerja.Count > 0)
        from agreement in Gen.Elements(document.PerjanjianKinerja.ToArray())
        from quarter in Gen.Choose(0, 4)
        let rules = RuleSets.TryGet(document.RuleSetId, out var named) ? named : RuleSets.Default
        let asOf = quarter == 0 ? (ReportingPeriod?)null : ReportingPeriod.OfQuarter(agreement.Year, quarter)
        select new PerformanceMeasurement(rules).Measure(document, agreement.Year, asOf).GetValueOrThrow();

    /// <summary>The demo region of the CLI (src/Sakip.Cli/Demo), measured as <c>sakip measure</c> does by default.</summary>
    public static MeasurementReport Demo(int year = 2025, ReportingPeriod? asOf = null)
    {
        var json = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json"));
        var document = SakipDocumentJson.Read(json).GetValueOrThrow();
        return new PerformanceMeasurement(RuleSets.Default).Measure(document, year, asOf).GetValueOrThrow();
    }

    public static byte[] Write(MeasurementReport report, CapaianWorkbookOptions? options = null)
    {
        using var stream = new MemoryStream();
        CapaianWorkbook.Write(report, stream, options);
        return stream.ToArray();
    }

    public static Result<ValueList<CapaianRow>> Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return CapaianWorkbook.Read(stream);
    }

    /// <summary>The cells of the capaian sheet by reference, with the fill colour (ARGB) of each cell's style.</summary>
    public static Dictionary<string, (Cell Cell, string? Fill, string? NumberFormat)> Cells(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet!;
        var formats = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fills = stylesheet.Fills!.Elements<Fill>().ToList();
        var codes = stylesheet.NumberingFormats?.Elements<NumberingFormat>().ToDictionary(f => f.NumberFormatId!.Value, f => f.FormatCode!.Value) ?? [];
        var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().First().Id!);
        var result = new Dictionary<string, (Cell, string?, string?)>();
        foreach (var cell in part.Worksheet!.Descendants<Cell>())
        {
            var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
            var fill = fills[(int)(format.FillId?.Value ?? 0)].PatternFill?.ForegroundColor?.Rgb?.Value;
            var code = codes.GetValueOrDefault(format.NumberFormatId?.Value ?? 0);
            result[cell.CellReference!.Value!] = (cell, fill, code);
        }

        return result;
    }

    /// <summary>The workbook with one cell replaced, as a person would type it in a spreadsheet program.</summary>
    public static byte[] Edit(byte[] bytes, string reference, Action<Cell> change)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var workbook = document.WorkbookPart!;
            var part = (WorksheetPart)workbook.GetPartById(workbook.Workbook!.Sheets!.Elements<Sheet>().First().Id!);
            var cell = part.Worksheet!.Descendants<Cell>().Single(c => c.CellReference?.Value == reference);
            change(cell);
            part.Worksheet.Save();
        }

        return stream.ToArray();
    }

    public static void SetText(Cell cell, string text)
    {
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text));
    }
}
