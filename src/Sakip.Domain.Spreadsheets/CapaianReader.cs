using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Achievement;
using Sakip.Domain.Collections;
using Sakip.Domain.Values;
using static Sakip.Domain.Spreadsheets.CapaianLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Reads the capaian table back row by row with the Open XML SDK's streaming <see cref="OpenXmlReader"/>:
/// each row is loaded alone and its cells read by <see cref="WorkbookCells.Raw"/>, so a province's table never stands
/// in memory as a document tree.</summary>
internal sealed class CapaianReader
{
    private readonly List<Problem> _problems = [];
    private readonly List<CapaianRow> _rows = [];
    private string _sheet = string.Empty;
    private bool _inAgreement;
    private bool _inSasaran;

    public static Result<ValueList<CapaianRow>> Read(Stream stream, long maxBytes, long maxPartCharacters)
    {
        using var buffer = WorkbookCells.Buffer(stream, maxBytes, out var tooLarge);
        if (buffer is null)
        {
            return Result<ValueList<CapaianRow>>.Failure(tooLarge!);
        }

        var reader = new CapaianReader();
        try
        {
            using var document = SpreadsheetDocument.Open(buffer, false, new OpenSettings { MaxCharactersInPart = maxPartCharacters });
            var workbookPart = document.WorkbookPart ?? throw new InvalidDataException("The package has no workbook part.");
            var first = workbookPart.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (first?.Id?.Value is not { } id || workbookPart.GetPartById(id) is not WorksheetPart part)
            {
                return Result<ValueList<CapaianRow>>.Failure(new Problem(string.Empty, SpreadsheetMessages.NoSheet));
            }

            reader._sheet = first.Name?.Value ?? string.Empty;
            reader.ReadSheet(part, WorkbookCells.SharedStrings(workbookPart));
        }
        catch (Exception e) when (WorkbookCells.ProblemOf(e) is not null)
        {
            return Result<ValueList<CapaianRow>>.Failure(WorkbookCells.ProblemOf(e)!);
        }

        return reader._problems.Count > 0
            ? Result<ValueList<CapaianRow>>.Failure(reader._problems)
            : Result<ValueList<CapaianRow>>.Success(new ValueList<CapaianRow>(reader._rows));
    }

    private void ReadSheet(WorksheetPart part, List<string> shared)
    {
        using var xml = OpenXmlReader.Create(part);
        var headed = false;
        var cells = new Dictionary<int, RawCell>();
        var index = 0;
        while (xml.Read())
        {
            while (xml.ElementType == typeof(Row) && xml.IsStartElement)
            {
                var row = (Row)xml.LoadCurrentElement()!;
                index = row.RowIndex?.Value is { } r and > 0 and <= 1_048_576 ? (int)r : index + 1;
                cells.Clear();
                var column = 0;
                foreach (var cell in row.Elements<Cell>())
                {
                    var (c, _) = LkeLayout.Parse(cell.CellReference?.Value);
                    column = c > 0 ? c : column + 1;
                    cells[column] = WorkbookCells.Raw(cell, shared);
                }

                if (index == HeaderRow)
                {
                    headed = IsHeading(cells);
                }
                else if (index >= FirstRow)
                {
                    if (!headed)
                    {
                        _problems.Add(new Problem(Address(IdColumn, HeaderRow), SpreadsheetMessages.NotACapaianTable));
                        return;
                    }

                    Row(index, row.OutlineLevel?.Value ?? 0, cells);
                }
            }
        }

        if (!headed)
        {
            _problems.Add(new Problem(Address(IdColumn, HeaderRow), SpreadsheetMessages.NotACapaianTable));
        }
    }

    private static bool IsHeading(Dictionary<int, RawCell> cells) => Languages.Any(language =>
        Enumerable.Range(1, LastColumn).All(c => cells.GetValueOrDefault(c) is { Kind: CellKind.Text } cell
            && string.Equals(cell.Text.Trim(), Heading(c).In(language), StringComparison.OrdinalIgnoreCase)));

    private string Address(int column, int row) => LkeLayout.Address(_sheet, LkeLayout.Cell(column, row));

    private void Row(int row, int level, Dictionary<int, RawCell> cells)
    {
        if (cells.Values.All(c => c.IsBlank))
        {
            return;
        }

        var before = _problems.Count;
        var id = Required(cells, IdColumn, row);
        switch (level)
        {
            case 0:
                _inAgreement = true;
                _inSasaran = false;
                var name = Text(cells, TextColumn) ?? string.Empty;
                var position = Text(cells, CapaianColumn);
                if (_problems.Count == before)
                {
                    _rows.Add(new CapaianRow(CapaianRowKind.Agreement, id!, name, null, null, null, null, null, null, null, position));
                }

                break;
            case 1:
                if (!_inAgreement)
                {
                    _problems.Add(new Problem(Address(IdColumn, row), SpreadsheetMessages.CapaianOrphanRow));
                    return;
                }

                _inSasaran = true;
                var text = Text(cells, TextColumn) ?? string.Empty;
                var (_, aggregate) = Capaian(cells, row, sasaran: true);
                var band = Text(cells, BandColumn);
                var note = Text(cells, FormulaColumn);
                if (_problems.Count == before)
                {
                    _rows.Add(new CapaianRow(CapaianRowKind.Sasaran, id!, text, null, null, null, null, aggregate, band, null, note));
                }

                break;
            case 2:
                if (!_inSasaran)
                {
                    _problems.Add(new Problem(Address(IdColumn, row), SpreadsheetMessages.CapaianOrphanRow));
                    return;
                }

                var indicator = Text(cells, TextColumn) ?? string.Empty;
                var unit = Text(cells, UnitColumn) ?? string.Empty;
                var target = Target(cells, row);
                var realisation = Number(cells, RealisationColumn, row);
                var (status, capaian) = Capaian(cells, row, sasaran: false);
                if (_problems.Count == before)
                {
                    _rows.Add(new CapaianRow(
                        CapaianRowKind.Indicator, id!, indicator, unit, target, realisation, status, capaian,
                        Text(cells, BandColumn), Text(cells, FormulaColumn), Text(cells, NoteColumn)));
                }

                break;
            default:
                _problems.Add(new Problem(Address(IdColumn, row), SpreadsheetMessages.CapaianRowLevel));
                break;
        }
    }

    /// <summary>A text cell's text (a number cell's number as text), or null when empty.</summary>
    private static string? Text(Dictionary<int, RawCell> cells, int column) =>
        cells.GetValueOrDefault(column) is { Kind: CellKind.Text or CellKind.Number } cell ? cell.Text : null;

    private string? Required(Dictionary<int, RawCell> cells, int column, int row)
    {
        var text = Text(cells, column);
        if (string.IsNullOrWhiteSpace(text))
        {
            _problems.Add(new Problem(Address(column, row), SpreadsheetMessages.Required));
            return null;
        }

        return text;
    }

    private decimal? Number(Dictionary<int, RawCell> cells, int column, int row)
    {
        var cell = cells.GetValueOrDefault(column);
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        if (cell.Kind == CellKind.Number && Figures.Parse(cell.Text) is { } value)
        {
            return value;
        }

        _problems.Add(new Problem(Address(column, row), SpreadsheetMessages.CapaianNotANumber));
        return null;
    }

    private Target? Target(Dictionary<int, RawCell> cells, int row)
    {
        var cell = cells.GetValueOrDefault(TargetColumn);
        if (cell is null || cell.IsBlank)
        {
            _problems.Add(new Problem(Address(TargetColumn, row), SpreadsheetMessages.Required));
            return null;
        }

        if (cell.Kind == CellKind.Number)
        {
            return Figures.Parse(cell.Text) is { } value ? Values.Target.Point(value) : null;
        }

        var parsed = Values.Target.TryParse(cell.Text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
        if (parsed.Problems is [var failure, ..])
        {
            _problems.Add(new Problem(Address(TargetColumn, row), SpreadsheetMessages.CapaianNotATarget(failure.Reason.Message.English)));
            return null;
        }

        return parsed.GetValueOrThrow();
    }

    /// <summary>The capaian cell: a number (achieved) or a word (the status; a sasaran's "not available").</summary>
    private (AchievementStatus? Status, decimal? Value) Capaian(Dictionary<int, RawCell> cells, int row, bool sasaran)
    {
        var cell = cells.GetValueOrDefault(CapaianColumn);
        if (cell is null || cell.IsBlank)
        {
            _problems.Add(new Problem(Address(CapaianColumn, row), SpreadsheetMessages.Required));
            return (null, null);
        }

        if (cell.Kind == CellKind.Number && Figures.Parse(cell.Text) is { } value)
        {
            return (AchievementStatus.Achieved, value);
        }

        if (cell.Kind == CellKind.Text)
        {
            if (sasaran && (string.Equals(cell.Text.Trim(), NotAvailable.English, StringComparison.OrdinalIgnoreCase)
                || string.Equals(cell.Text.Trim(), NotAvailable.Indonesian, StringComparison.OrdinalIgnoreCase)))
            {
                return (null, null);
            }

            if (!sasaran && StatusOf(cell.Text) is { } status)
            {
                return (status, null);
            }
        }

        _problems.Add(new Problem(Address(CapaianColumn, row), SpreadsheetMessages.CapaianUnknownWord(cell.Text)));
        return (null, null);
    }
}
