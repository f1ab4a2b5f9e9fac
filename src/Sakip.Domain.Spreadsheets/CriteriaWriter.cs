using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Evaluations;
using static Sakip.Domain.Spreadsheets.CriteriaLayout;
using static Sakip.Domain.Spreadsheets.LkeLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Writes a scheme as a criteria workbook: sheet Kriteria (the criteria table, each component and
/// sub-component written once on its first row), sheet Bobot (the weights, grade scales, methods and dependencies of
/// components and sub-components) and sheet Skala (every answer scale the scheme uses).</summary>
internal static class CriteriaWriter
{
    private const uint Plain = 0;
    private const uint Bold = 1;
    private const uint Wrap = 2;

    public static void Write(EvaluationScheme scheme, Stream output)
    {
        WorkbookPackage.Write(output, (_, workbookPart) =>
        {
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>("rId1").Stylesheet = Styles();
            var sheets = workbookPart.Workbook.AppendChild(new Sheets());
            uint id = 1;
            foreach (var (name, sheet) in new[] { (CriteriaSheet, CriteriaTable(scheme)), (WeightSheet, WeightTable(scheme)), (ScalesSheet, ScaleTable(scheme)) })
            {
                var part = workbookPart.AddNewPart<WorksheetPart>(string.Create(CultureInfo.InvariantCulture, $"rId{id + 1}"));
                part.Worksheet = sheet;
                sheets.Append(new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) });
            }
        });
    }

    private static Worksheet CriteriaTable(EvaluationScheme scheme)
    {
        var rows = new Rows();
        rows.Text(1, 1, scheme.Name, Bold);
        Headings(rows, CriteriaHeadings);
        var row = TableHeaderRow + 1;
        foreach (var component in scheme.Components)
        {
            var firstOfComponent = true;
            foreach (var sub in component.SubComponents)
            {
                var firstOfSub = true;
                foreach (var criterion in sub.Criteria)
                {
                    rows.Text(1, row, criterion.Id);
                    rows.Text(2, row, firstOfComponent ? NumberedText(component.Id, component.Name) : null, Wrap);
                    rows.Text(3, row, firstOfSub ? NumberedText(sub.Id, sub.Name) : null, Wrap);
                    rows.Text(4, row, criterion.Title, Wrap);
                    rows.Text(5, row, criterion.Scale.Id);
                    rows.Text(6, row, criterion.DependsOn);
                    if (criterion.Points is { } points)
                    {
                        rows.Number(7, row, points);
                    }

                    rows.Text(8, row, criterion.Guidance, Wrap);
                    firstOfComponent = false;
                    firstOfSub = false;
                    row++;
                }
            }
        }

        return rows.Build([10, 28, 28, 70, 18, 14, 8, 40]);
    }

    private static Worksheet WeightTable(EvaluationScheme scheme)
    {
        var rows = new Rows();
        rows.Text(1, 1, "Bobot komponen dan subkomponen", Bold);
        Headings(rows, WeightHeadings);
        var row = TableHeaderRow + 1;
        foreach (var component in scheme.Components)
        {
            rows.Text(1, row, component.Id, Bold);
            rows.Text(2, row, component.Name, Bold);
            rows.Number(3, row, component.Weight);
            row++;
            foreach (var sub in component.SubComponents)
            {
                rows.Text(1, row, sub.Id);
                rows.Text(2, row, sub.Name, Wrap);
                rows.Number(3, row, sub.Weight);
                rows.Text(4, row, sub.Scale?.Id);
                rows.Text(5, row, MethodText(sub.Method));
                rows.Text(6, row, sub.DependsOn);
                row++;
            }
        }

        return rows.Build([10, 50, 10, 18, 12, 16]);
    }

    private static Worksheet ScaleTable(EvaluationScheme scheme)
    {
        var rows = new Rows();
        rows.Text(1, 1, "Skala jawaban", Bold);
        Headings(rows, ScaleHeadings);
        var row = TableHeaderRow + 1;
        var scales = scheme.SubComponents.Select(s => s.Scale).OfType<AnswerScale>().Concat(scheme.Criteria.Select(k => k.Scale))
            .DistinctBy(s => s.Id, StringComparer.OrdinalIgnoreCase);
        foreach (var scale in scales)
        {
            var first = true;
            foreach (var option in scale.Options)
            {
                rows.Text(1, row, first ? scale.Id : null);
                rows.Text(2, row, first ? scale.Name : null);
                rows.Text(3, row, option.Code);
                rows.Number(4, row, option.Value);
                rows.Text(5, row, option.Label.Indonesian, Wrap);
                rows.Text(6, row, option.Label.English, Wrap);
                first = false;
                row++;
            }
        }

        return rows.Build([18, 30, 8, 8, 60, 60]);
    }

    private static void Headings(Rows rows, (CriteriaColumn Column, string Heading)[] headings)
    {
        for (var i = 0; i < headings.Length; i++)
        {
            rows.Text(i + 1, TableHeaderRow, headings[i].Heading, Bold);
        }
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(new FontSize { Val = 11 }), new Font(new Bold(), new FontSize { Val = 11 })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
        new CellFormats(
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 1, FillId = 0, BorderId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 0, ApplyAlignment = true })
        { Count = 3 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });

    /// <summary>The cells of a sheet, collected and written row by row, column by column.</summary>
    private sealed class Rows
    {
        private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];

        public void Text(int column, int row, string? text, uint style = Plain)
        {
            if (string.IsNullOrEmpty(text))
            {
                return;
            }

            Put(column, row, new Cell
            {
                StyleIndex = style,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(CellText.Escape(text)) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }

        /// <summary>A number cell holding the decimal's invariant text; a value with more than 15 significant digits
        /// (two thirds to 28 digits), which a spreadsheet program would round to a double when it saves, is written as
        /// text, which the reader takes exactly.</summary>
        public void Number(int column, int row, decimal value)
        {
            var text = Figures.Text(value);
            if (text.SkipWhile(ch => ch is '-' or '0' or '.').Count(char.IsAsciiDigit) > 15)
            {
                Text(column, row, text);
                return;
            }

            Put(column, row, new Cell { StyleIndex = Plain, CellValue = new CellValue(text) });
        }

        private void Put(int column, int row, Cell cell)
        {
            cell.CellReference = Cell(column, row);
            if (!_rows.TryGetValue(row, out var cells))
            {
                _rows[row] = cells = [];
            }

            cells[column] = cell;
        }

        public Worksheet Build(double[] widths)
        {
            var topLeft = Cell(1, TableHeaderRow + 1);
            var view = new SheetView(
                new Pane { VerticalSplit = TableHeaderRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
            { WorkbookViewId = 0U };
            var columns = new Columns();
            for (var i = 0; i < widths.Length; i++)
            {
                columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
            }

            var data = new SheetData();
            foreach (var (index, cells) in _rows)
            {
                var row = new Row { RowIndex = (uint)index };
                row.Append(cells.Values);
                data.Append(row);
            }

            return new Worksheet(new SheetViews(view), columns, data);
        }
    }
}
