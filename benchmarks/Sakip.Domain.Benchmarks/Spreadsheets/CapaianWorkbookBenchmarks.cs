using System.Globalization;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Planning;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Domain.Benchmarks.Spreadsheets;

/// <summary>
/// Export and import of a province's capaian table (25,000 indicator rows, 1,000 sasaran, 40 agreements) as a
/// workbook. Baselines: the Open XML SDK's own streaming <c>OpenXmlWriter</c> writing the same cells as plain values
/// (numbers as number cells, texts as inline strings; no styles, merges, outline, frozen pane or print setup), and its
/// <c>OpenXmlReader</c> loading each row and taking every cell's text. The library's export also projects the report into rows
/// and formats, its import understands the rows (kinds by outline level, numbers, targets, status words) and checks
/// every cell.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CapaianWorkbookBenchmarks
{
    private MeasurementReport _report = null!;
    private CapaianRow[] _rows = [];
    private byte[] _workbook = [];
    private byte[] _rawWorkbook = [];

    [GlobalSetup]
    public void Setup()
    {
        _report = ProvinceMeasurement.Create();
        _rows = [.. CapaianWorkbook.Rows(_report)];
        using var stream = new MemoryStream();
        CapaianWorkbook.Write(_report, stream);
        _workbook = stream.ToArray();
        _rawWorkbook = RawWrite();
    }

    [BenchmarkCategory("export"), Benchmark(Baseline = true, Description = "raw OpenXmlWriter cells")]
    public byte[] RawWrite()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            var part = workbook.AddNewPart<WorksheetPart>();
            using (var writer = OpenXmlWriter.Create(part))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                var index = 4;
                foreach (var row in _rows)
                {
                    writer.WriteStartElement(new Row { RowIndex = (uint)index });
                    Text(writer, row.Id);
                    Text(writer, row.Text);
                    Text(writer, row.Unit);
                    if (row.Target is { } target)
                    {
                        Number(writer, target.Lower);
                    }

                    if (row.Realisation is { } realisation)
                    {
                        Number(writer, realisation);
                    }

                    if (row.Capaian is { } capaian)
                    {
                        Number(writer, capaian);
                    }

                    Text(writer, row.Band);
                    Text(writer, row.Formula);
                    Text(writer, row.Note);
                    writer.WriteEndElement();
                    index++;
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            workbook.Workbook = new Workbook(new Sheets(new Sheet { Name = "Capaian", SheetId = 1U, Id = workbook.GetIdOfPart(part) }));
        }

        return stream.ToArray();

        static void Text(OpenXmlWriter writer, string? text)
        {
            if (text is not null)
            {
                writer.WriteElement(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text)) });
            }
        }

        static void Number(OpenXmlWriter writer, decimal value) =>
            writer.WriteElement(new Cell { CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) });
    }

    [BenchmarkCategory("export"), Benchmark(Description = "CapaianWorkbook.Write")]
    public long Write()
    {
        using var stream = new MemoryStream();
        CapaianWorkbook.Write(_report, stream);
        return stream.Length;
    }

    [BenchmarkCategory("import"), Benchmark(Baseline = true, Description = "raw OpenXmlReader cells")]
    public int RawRead()
    {
        using var stream = new MemoryStream(_workbook);
        using var document = SpreadsheetDocument.Open(stream, false);
        var part = document.WorkbookPart!.WorksheetParts.First();
        using var reader = OpenXmlReader.Create(part);
        var texts = new List<string>();
        while (reader.Read())
        {
            while (reader.ElementType == typeof(Row) && reader.IsStartElement)
            {
                var row = (Row)reader.LoadCurrentElement()!;
                foreach (var cell in row.Elements<Cell>())
                {
                    texts.Add(cell.CellValue?.Text ?? cell.InlineString?.Text?.Text ?? string.Empty);
                }
            }
        }

        return texts.Count;
    }

    [BenchmarkCategory("import"), Benchmark(Description = "CapaianWorkbook.Read")]
    public int Read()
    {
        using var stream = new MemoryStream(_workbook);
        return CapaianWorkbook.Read(stream).GetValueOrThrow().Count;
    }

    /// <summary>The sizes, printed by the setup check of <c>--job dry</c> runs.</summary>
    public override string ToString() => $"{_rows.Length} rows; workbook {_workbook.Length} bytes, raw {_rawWorkbook.Length} bytes";
}
