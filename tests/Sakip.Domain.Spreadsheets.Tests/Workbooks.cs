using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>Workbooks for the tests: written by the library, then edited cell by cell with the Open XML SDK as a
/// person with a spreadsheet program would.</summary>
internal static class Workbooks
{
    public static byte[] Write(Evaluation evaluation, LkeWorkbookOptions? options = null)
    {
        using var stream = new MemoryStream();
        LkeWorkbook.Write(evaluation, stream, options);
        return stream.ToArray();
    }

    public static byte[] Template(EvaluationScheme scheme, LkeWorkbookOptions? options = null)
    {
        using var stream = new MemoryStream();
        LkeWorkbook.WriteTemplate(scheme, stream, options);
        return stream.ToArray();
    }

    public static Result<LkeSheet> Read(byte[] bytes, Func<string, EvaluationScheme?>? schemes = null)
    {
        using var stream = new MemoryStream(bytes);
        return LkeWorkbook.Read(stream, schemes);
    }

    /// <summary>The evaluation as a reader gives it back: rows with no code, evidence or note are no answers.</summary>
    public static Evaluation Answered(Evaluation e) => Evaluation.Create(
        e.Scheme,
        e.Subject,
        e.Year,
        e.Method,
        e.Answers.Where(a => a.Proposed is not null || a.Final is not null || a.Evidence.Count > 0 || a.Note is not null),
        e.Grades.Where(g => g.Proposed is not null || g.Final is not null || g.Evidence.Count > 0 || g.Note is not null)).GetValueOrThrow();

    /// <summary>Edits a workbook: the action gets the open document.</summary>
    public static byte[] Edit(byte[] bytes, Action<SpreadsheetDocument> edit)
    {
        using var stream = new MemoryStream();
        stream.Write(bytes);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            edit(document);
        }

        return stream.ToArray();
    }

    public static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
    }

    /// <summary>The cell at an address, created (in column order) when missing.</summary>
    public static Cell CellAt(Worksheet sheet, string reference)
    {
        var data = sheet.GetFirstChild<SheetData>()!;
        var rowIndex = uint.Parse(new string([.. reference.SkipWhile(char.IsLetter)]), System.Globalization.CultureInfo.InvariantCulture);
        var row = data.Elements<Row>().FirstOrDefault(r => r.RowIndex! == rowIndex);
        if (row is null)
        {
            row = new Row { RowIndex = rowIndex };
            data.InsertBefore(row, data.Elements<Row>().FirstOrDefault(r => r.RowIndex! > rowIndex));
        }

        var cell = row.Elements<Cell>().FirstOrDefault(c => c.CellReference == reference);
        if (cell is null)
        {
            cell = new Cell { CellReference = reference };
            var after = row.Elements<Cell>().FirstOrDefault(c => Column(c.CellReference!) > Column(reference));
            row.InsertBefore(cell, after);
        }

        return cell;

        static int Column(string r) => r.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + ch - 'A' + 1);
    }

    public static void SetText(Worksheet sheet, string reference, string text)
    {
        var cell = CellAt(sheet, reference);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text));
    }

    public static void SetNumber(Worksheet sheet, string reference, decimal value)
    {
        var cell = CellAt(sheet, reference);
        cell.RemoveAllChildren();
        cell.DataType = null;
        cell.CellValue = new CellValue(value);
    }

    public static void SetFormula(Worksheet sheet, string reference, string formula, string? cached = null)
    {
        var cell = CellAt(sheet, reference);
        cell.RemoveAllChildren();
        cell.DataType = CellValues.String;
        cell.CellFormula = new CellFormula(formula);
        if (cached is not null)
        {
            cell.CellValue = new CellValue(cached);
        }
    }

    /// <summary>The row of an id on a sheet (column A), from row 4.</summary>
    public static int RowOf(SpreadsheetDocument document, string sheetName, string id)
    {
        var sheet = Sheet(document, sheetName);
        var shared = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
        foreach (var cell in sheet.Descendants<Cell>().Where(c => c.CellReference!.Value!.StartsWith('A') && char.IsDigit(c.CellReference.Value[1])))
        {
            var text = cell.DataType?.Value == CellValues.SharedString ? shared[int.Parse(cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : cell.InlineString?.InnerText ?? cell.CellValue?.Text;
            var row = int.Parse(cell.CellReference!.Value![1..], System.Globalization.CultureInfo.InvariantCulture);
            if (row >= 4 && text == id)
            {
                return row;
            }
        }

        throw new InvalidOperationException($"No row {id} on {sheetName}.");
    }

    /// <summary>Evidence references and notes as people write them: plain, with Indonesian letters and punctuation,
    /// and with characters XML cannot hold.</summary>
    public static Gen<(string[] Evidence, string? Note)> Texts { get; } =
        from evidence in Gen.Elements(
            Array.Empty<string>(),
            ["Renstra 2021-2026"],
            ["SK Bupati No. 12/2024", "https://contoh.go.id/lkjip.pdf"],
            ["Dokumen \"Cascading\" – pohon kinerja", "_x0041_ literal", "tab\there"])
        from note in Gen.Elements<string?>(null, "Perlu perbaikan indikator.", "baris 1\nbaris 2", "kontrol \u0001 dan \u001f", "  spasi di tepi  ")
        select (evidence, note);

    /// <summary>An evaluation of a scheme with evidence and notes on some of its answers.</summary>
    public static Gen<Evaluation> WithTexts(Gen<Evaluation> evaluations) =>
        from e in evaluations
        from texts in Gen.ArrayOf(Texts, e.Answers.Count + e.Grades.Count)
        select Evaluation.Create(
            e.Scheme,
            e.Subject,
            e.Year,
            e.Method,
            e.Answers.Select((a, i) => a with { Evidence = [.. texts[i].Evidence], Note = texts[i].Note }),
            e.Grades.Select((g, i) => g with { Evidence = [.. texts[e.Answers.Count + i].Evidence], Note = texts[e.Answers.Count + i].Note })).GetValueOrThrow();

    public static Gen<Evaluation> BuiltInEvaluations { get; } =
        from scheme in Gen.Elements(EvaluationSchemes.All.ToArray())
        from e in EvaluationGenerators.Evaluations(scheme)
        select e;

    public static Gen<Evaluation> BuiltInCompleteEvaluations { get; } =
        from scheme in Gen.Elements(EvaluationSchemes.All.ToArray())
        from e in EvaluationGenerators.CompleteEvaluations(scheme)
        select e;

    /// <summary>Generated schemes with a scheme resolver that knows them.</summary>
    public static Func<string, EvaluationScheme?> Only(EvaluationScheme scheme) => id => string.Equals(id, scheme.Id, StringComparison.OrdinalIgnoreCase) ? scheme : null;
}
