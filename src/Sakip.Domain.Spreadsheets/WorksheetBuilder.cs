using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Sakip.Domain.Spreadsheets;

/// <summary>The cells of one worksheet built through the SDK's DOM, collected in any order and written row by row,
/// column by column, with the sheet's frozen header rows, column widths, merged ranges, dropdowns and print setup.
/// Writers derive from it for their own kinds of cell and row heights.</summary>
internal abstract class WorksheetBuilder
{
    private readonly SortedDictionary<int, SortedDictionary<int, Cell>> _rows = [];
    private readonly List<DataValidation> _validations = [];
    private readonly List<string> _merged = [];

    /// <summary>Puts a cell at (column, row), both from 1, replacing any cell there.</summary>
    protected void Put(int column, int row, Cell cell)
    {
        cell.CellReference = LkeLayout.Cell(column, row);
        if (!_rows.TryGetValue(row, out var cells))
        {
            _rows[row] = cells = [];
        }

        cells[column] = cell;
    }

    /// <summary>Adds a dropdown (a list validation) to the range: a blank is allowed, anything else not on the list is
    /// refused.</summary>
    public void Dropdown(string range, string list, string? title = null, string? prompt = null) =>
        _validations.Add(new DataValidation(new Formula1(list))
        {
            Type = DataValidationValues.List,
            AllowBlank = true,
            ShowInputMessage = prompt is null ? null : true,
            ShowErrorMessage = true,
            ErrorStyle = DataValidationErrorStyleValues.Stop,
            SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
            PromptTitle = title is null ? null : Limit(title, 32),
            Prompt = prompt is null ? null : Limit(prompt, 255),
        });

    /// <summary>Merges the range, when it is more than one cell.</summary>
    public void Merge(int firstColumn, int firstRow, int lastColumn, int lastRow)
    {
        if (lastColumn > firstColumn || lastRow > firstRow)
        {
            _merged.Add($"{LkeLayout.Cell(firstColumn, firstRow)}:{LkeLayout.Cell(lastColumn, lastRow)}");
        }
    }

    /// <summary>The height a row is given, in points, or null for the program's default.</summary>
    protected abstract double? RowHeight(int row, double[] widths);

    /// <summary>The worksheet: <paramref name="frozenRows"/> rows frozen at the top, columns of the given widths (in
    /// characters of the digit '0'), and, when <paramref name="printable"/>, printed landscape on A4, one page wide
    /// (as many pages down as it takes: a sheet cut into vertical strips cannot be read on paper).</summary>
    public Worksheet Build(double[] widths, int frozenRows, bool printable)
    {
        var worksheet = printable ? new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true })) : new Worksheet();
        var view = new SheetView { WorkbookViewId = 0U };
        if (frozenRows > 0)
        {
            var topLeft = LkeLayout.Cell(1, frozenRows + 1);
            view.Append(new Pane { VerticalSplit = frozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen });
            view.Append(new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }

        worksheet.Append(new SheetViews(view));
        var columns = new Columns();
        for (var i = 0; i < widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = widths[i], CustomWidth = true });
        }

        worksheet.Append(columns);
        var data = new SheetData();
        foreach (var (index, cells) in _rows)
        {
            var row = new Row { RowIndex = (uint)index };
            if (RowHeight(index, widths) is { } height)
            {
                row.Height = height;
                row.CustomHeight = true;
            }

            row.Append(cells.Values);
            data.Append(row);
        }

        worksheet.Append(data);
        if (_merged.Count > 0)
        {
            worksheet.Append(new MergeCells(_merged.Select(m => new MergeCell { Reference = m })) { Count = (uint)_merged.Count });
        }

        if (_validations.Count > 0)
        {
            worksheet.Append(new DataValidations(_validations) { Count = (uint)_validations.Count });
        }

        if (printable)
        {
            worksheet.Append(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
            worksheet.Append(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        }

        return worksheet;
    }

    private static string Limit(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
