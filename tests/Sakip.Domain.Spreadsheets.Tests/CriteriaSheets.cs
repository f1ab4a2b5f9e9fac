using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>A formula cell of a hand-laid fixture.</summary>
internal sealed record FormulaCell(string Formula, string Cached);

/// <summary>One sheet of a hand-laid fixture: cells by address (a string is text, a decimal a number, a
/// <see cref="FormulaCell"/> a formula, a bool a logical value) and merged ranges.</summary>
internal sealed record FixtureSheet(string Name, Dictionary<string, object> Cells, List<string> Merges)
{
    public FixtureSheet(string name)
        : this(name, [], [])
    {
    }
}

/// <summary>Criteria workbooks laid out by hand, as inspectorates keep them, built cell by cell with the Open XML
/// SDK (not by the library's writer).</summary>
internal static class CriteriaSheets
{
    public static byte[] Build(params FixtureSheet[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var list = workbook.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var sheet in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                foreach (var row in sheet.Cells.GroupBy(c => Row(c.Key)).OrderBy(g => g.Key))
                {
                    var r = new Row { RowIndex = (uint)row.Key };
                    foreach (var (address, value) in row.OrderBy(c => Column(c.Key)))
                    {
                        r.Append(value switch
                        {
                            string text => new Cell { CellReference = address, DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) },
                            decimal number => new Cell { CellReference = address, CellValue = new CellValue(number.ToString(CultureInfo.InvariantCulture)) },
                            bool logical => new Cell { CellReference = address, DataType = CellValues.Boolean, CellValue = new CellValue(logical ? "1" : "0") },
                            FormulaCell f => new Cell { CellReference = address, DataType = CellValues.String, CellFormula = new CellFormula(f.Formula), CellValue = new CellValue(f.Cached) },
                            _ => throw new ArgumentException($"Unknown cell value {value}"),
                        });
                    }

                    data.Append(r);
                }

                part.Worksheet = new Worksheet(data);
                if (sheet.Merges.Count > 0)
                {
                    part.Worksheet.Append(new MergeCells(sheet.Merges.Select(m => new MergeCell { Reference = m })));
                }

                list.Append(new Sheet { Name = sheet.Name, SheetId = id++, Id = workbook.GetIdOfPart(part) });
            }
        }

        return stream.ToArray();
    }

    /// <summary>The criteria of a scheme as a plain table on sheet "Kriteria" from row <paramref name="header"/>: No |
    /// Komponen | Sub Komponen | Kriteria, the component written "1. Perencanaan Kinerja" and the sub-component
    /// "a. Keberadaan" (its own letter only) once on their first row, the criteria numbered 1, 2, … within their
    /// sub-component; with <paramref name="merged"/> the component and sub-component cells are merged down their
    /// rows instead of left empty.</summary>
    public static FixtureSheet Table(EvaluationScheme scheme, bool merged = false, int header = 2)
    {
        var sheet = new FixtureSheet("Kriteria");
        sheet.Cells["A1"] = "Kriteria evaluasi AKIP (diadaptasi)";
        sheet.Cells[$"A{header}"] = "No.";
        sheet.Cells[$"B{header}"] = "Komponen";
        sheet.Cells[$"C{header}"] = "Sub Komponen";
        sheet.Cells[$"D{header}"] = "Kriteria";
        var row = header + 1;
        foreach (var component in scheme.Components)
        {
            var componentFirst = row;
            foreach (var sub in component.SubComponents)
            {
                var subFirst = row;
                var n = 1;
                foreach (var criterion in sub.Criteria)
                {
                    sheet.Cells[$"A{row}"] = (decimal)n++;
                    sheet.Cells[$"D{row}"] = criterion.Title;
                    row++;
                }

                sheet.Cells[$"C{subFirst}"] = $"{sub.Id[component.Id.Length..]}. {sub.Name}";
                if (merged && row - 1 > subFirst)
                {
                    sheet.Merges.Add($"C{subFirst}:C{row - 1}");
                }
            }

            sheet.Cells[$"B{componentFirst}"] = $"{component.Id}. {component.Name}";
            if (merged && row - 1 > componentFirst)
            {
                sheet.Merges.Add($"B{componentFirst}:B{row - 1}");
            }
        }

        return sheet;
    }

    /// <summary>The weights of a scheme as a small table beside the criteria (from column <paramref name="column"/>
    /// of the same sheet): Kode | Uraian | Bobot (%) | Skala, the sub-component scale by id.</summary>
    public static void WeightsBeside(FixtureSheet sheet, EvaluationScheme scheme, char column = 'G', int header = 2)
    {
        char C(int offset) => (char)(column + offset);
        sheet.Cells[$"{C(0)}{header}"] = "Kode";
        sheet.Cells[$"{C(1)}{header}"] = "Uraian";
        sheet.Cells[$"{C(2)}{header}"] = "Bobot (%)";
        sheet.Cells[$"{C(3)}{header}"] = "Skala";
        var row = header + 1;
        foreach (var component in scheme.Components)
        {
            sheet.Cells[$"{C(0)}{row}"] = component.Id;
            sheet.Cells[$"{C(1)}{row}"] = component.Name;
            sheet.Cells[$"{C(2)}{row++}"] = component.Weight;
            foreach (var sub in component.SubComponents)
            {
                sheet.Cells[$"{C(0)}{row}"] = sub.Id;
                sheet.Cells[$"{C(1)}{row}"] = sub.Name;
                // Weights typed as Indonesian text, as a copied table often has them.
                sheet.Cells[$"{C(2)}{row}"] = sub.Weight.ToString(Domain.Text.Cultures.Indonesian);
                if (sub.Scale is { } scale)
                {
                    sheet.Cells[$"{C(3)}{row}"] = scale.Id;
                }

                row++;
            }
        }
    }

    /// <summary>The answer scales of a scheme on their own sheet: Skala | Kode | Nilai | Arti, the value as a
    /// percentage text.</summary>
    public static FixtureSheet Scales(EvaluationScheme scheme)
    {
        var sheet = new FixtureSheet("Skala");
        sheet.Cells["A1"] = "ID Skala";
        sheet.Cells["B1"] = "Nama Skala";
        sheet.Cells["C1"] = "Kode";
        sheet.Cells["D1"] = "Nilai";
        sheet.Cells["E1"] = "Arti";
        sheet.Cells["F1"] = "Meaning (English)";
        var row = 2;
        foreach (var scale in scheme.SubComponents.Select(s => s.Scale).OfType<AnswerScale>().Concat(scheme.Criteria.Select(k => k.Scale)).DistinctBy(s => s.Id))
        {
            sheet.Cells[$"A{row}"] = scale.Id;
            sheet.Cells[$"B{row}"] = scale.Name;
            foreach (var option in scale.Options)
            {
                sheet.Cells[$"C{row}"] = option.Code;
                sheet.Cells[$"D{row}"] = (option.Value * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%";
                sheet.Cells[$"E{row}"] = option.Label.Indonesian;
                sheet.Cells[$"F{row}"] = option.Label.English;
                row++;
            }
        }

        return sheet;
    }

    public static Result<EvaluationScheme> Read(byte[] bytes, CriteriaImportOptions options)
    {
        using var stream = new MemoryStream(bytes);
        return CriteriaWorkbook.Read(stream, options);
    }

    public static byte[] Write(EvaluationScheme scheme)
    {
        using var stream = new MemoryStream();
        CriteriaWorkbook.Write(scheme, stream);
        return stream.ToArray();
    }

    private static int Row(string address) => int.Parse(new string([.. address.SkipWhile(char.IsLetter)]), CultureInfo.InvariantCulture);

    private static int Column(string address) => address.TakeWhile(char.IsLetter).Aggregate(0, (n, ch) => (n * 26) + (ch - 'A' + 1));
}
