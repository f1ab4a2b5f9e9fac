using System.Globalization;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.CapaianLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Writes the capaian workbook with the Open XML SDK's streaming <see cref="OpenXmlWriter"/>: row by row, so
/// that a province's tens of thousands of rows never stand in memory as a document tree.</summary>
internal sealed class CapaianWriter
{
    /// <summary>Numbers get a format with as many decimals as they have, up to this; beyond, General.</summary>
    private const int MaxFormatDecimals = 10;

    // Cell formats (see Stylesheet()): fixed ones, then numbers by decimals (plain, then bold), then band fills
    // (plain, then bold), each block one past the last.
    private const uint Plain = 0;
    private const uint Title = 1;
    private const uint Heading = 2;
    private const uint Agreement = 3;
    private const uint SasaranText = 4;
    private const uint Wrap = 5;
    private const uint Word = 6;
    private const uint BoldWord = 7;
    private const uint General = 8;
    private const uint NumberBase = 9;
    private const uint BoldNumberBase = NumberBase + MaxFormatDecimals + 1;
    private const uint BandBase = BoldNumberBase + MaxFormatDecimals + 1;
    private const uint BoldBandBase = BandBase + 7;

    // The height of one line of the 10-point font, in points, and how many characters of it a column holds per
    // unit of width (a width counts digits; proportional text fits a little more, bold a little fewer).
    private const double LineHeight = 13.5;

    private static readonly OpenXmlAttribute InlineType = new("t", string.Empty, "inlineStr");

    private readonly MeasurementReport _report;
    private readonly Language _language;
    private readonly string _title;
    private readonly string? _subject;
    private readonly int _decimals;
    private readonly int _bandCount;
    private readonly Dictionary<string, int> _ranks;
    private readonly List<string> _merged = [];

    private CapaianWriter(MeasurementReport report, CapaianWorkbookOptions options)
    {
        _report = report;
        _language = options.Language;
        _title = options.Title ?? (_language == Language.Indonesian
            ? string.Create(CultureInfo.InvariantCulture, $"Capaian Kinerja {report.Year}")
            : string.Create(CultureInfo.InvariantCulture, $"Performance achievement {report.Year}"));
        _subject = options.Subject;
        _decimals = Math.Min(PresentedDecimals(report), MaxFormatDecimals);
        _bandCount = BandCount(report, options.Bands);
        _ranks = Ranks(report, _language);
    }

    public static void Write(MeasurementReport report, Stream output, CapaianWorkbookOptions options)
    {
        var writer = new CapaianWriter(report, options);
        WorkbookPackage.Write(output, writer.Build);
    }

    private string T(string english, string indonesian) => _language == Language.Indonesian ? indonesian : english;

    private void Build(SpreadsheetDocument document, WorkbookPart workbookPart)
    {
        // Same bytes on every machine: fixed relationship ids, and core properties with the title and subject but no
        // clock or user.
        var core = document.AddNewPart<CoreFilePropertiesPart>("application/vnd.openxmlformats-package.core-properties+xml", "rId2");
        using (var stream = core.GetStream(FileMode.Create))
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
            xml.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
            xml.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", CellText.Escape(_title));
            if (_subject is not null)
            {
                xml.WriteElementString("dc", "subject", "http://purl.org/dc/elements/1.1/", CellText.Escape(_subject));
            }

            xml.WriteEndElement();
        }

        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rId2");
        styles.Stylesheet = Stylesheet();
        var part = workbookPart.AddNewPart<WorksheetPart>("rId1");
        WriteSheet(part);
        var sheetName = Sheet(_language);
        workbookPart.Workbook = new Workbook(
            new Sheets(new Sheet { Name = sheetName, SheetId = 1U, Id = workbookPart.GetIdOfPart(part) }),
            new DefinedNames(new DefinedName($"{LkeLayout.Quote(sheetName)}!$1:${HeaderRow}") { Name = "_xlnm.Print_Titles", LocalSheetId = 0U }));
    }

    private static string Cell(int column, int row) => LkeLayout.Cell(column, row);

    private void WriteSheet(WorksheetPart part)
    {
        using var w = OpenXmlWriter.Create(part);
        w.WriteStartElement(new Worksheet());

        // Group headings stand above their rows; printed A4 landscape, one page wide.
        w.WriteElement(new SheetProperties(new OutlineProperties { SummaryBelow = false }, new PageSetupProperties { FitToPage = true }));
        var topLeft = Cell(1, FirstRow);
        w.WriteElement(new SheetViews(new SheetView(
            new Pane { VerticalSplit = HeaderRow, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        { WorkbookViewId = 0U }));
        w.WriteElement(new SheetFormatProperties { DefaultRowHeight = 13.5, OutlineLevelRow = 2 });
        var columns = new Columns();
        for (var i = 0; i < Widths.Length; i++)
        {
            columns.Append(new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = Widths[i], CustomWidth = true });
        }

        w.WriteElement(columns);
        w.WriteStartElement(new SheetData());

        w.WriteStartElement(new Row(), [new("r", string.Empty, "1"), new("ht", string.Empty, "21"), new("customHeight", string.Empty, "1")]);
        Text(w, IdColumn, TitleRow, _title, Title);
        w.WriteEndElement();
        var subject = string.Create(CultureInfo.InvariantCulture, $"{(_subject is null ? string.Empty : _subject + " – ")}{T("as of", "per")} {_report.AsOf}, {T("rule set", "set aturan")} {_report.RuleSetId} v{_report.RuleSetVersion}");
        Row(w, SubjectRow, 0, 1);
        Text(w, IdColumn, SubjectRow, subject, Plain);
        w.WriteEndElement();

        Row(w, HeaderRow, 0, 1);
        for (var column = 1; column <= LastColumn; column++)
        {
            Text(w, column, HeaderRow, Heading(column).In(_language), Heading);
        }

        w.WriteEndElement();

        var row = FirstRow;
        foreach (var item in Rows(_report, _language))
        {
            switch (item.Kind)
            {
                case CapaianRowKind.Agreement:
                    Row(w, row, 0, Math.Max(Lines(item.Text, TextColumn, 4, bold: true), Lines(item.Id, IdColumn, 1, bold: true)));
                    Text(w, IdColumn, row, item.Id, Agreement);
                    Text(w, TextColumn, row, item.Text, Agreement);
                    for (var c = UnitColumn; c <= RealisationColumn; c++)
                    {
                        Empty(w, c, row, Agreement);
                    }

                    Text(w, CapaianColumn, row, item.Note, Agreement);
                    for (var c = BandColumn; c <= NoteColumn; c++)
                    {
                        Empty(w, c, row, Agreement);
                    }

                    _merged.Add($"{Cell(TextColumn, row)}:{Cell(RealisationColumn, row)}");
                    _merged.Add($"{Cell(CapaianColumn, row)}:{Cell(NoteColumn, row)}");
                    break;
                case CapaianRowKind.Sasaran:
                    Row(w, row, 1, Math.Max(Math.Max(Lines(item.Text, TextColumn, 4, bold: true), Lines(item.Note, FormulaColumn, 2, bold: false)), Lines(item.Id, IdColumn, 1, bold: true)));
                    Text(w, IdColumn, row, item.Id, SasaranText);
                    Text(w, TextColumn, row, item.Text, SasaranText);
                    Empty(w, UnitColumn, row, SasaranText);
                    Empty(w, TargetColumn, row, SasaranText);
                    Empty(w, RealisationColumn, row, SasaranText);
                    if (item.Capaian is { } aggregate)
                    {
                        Number(w, CapaianColumn, row, aggregate, BoldNumberBase + (uint)_decimals);
                    }
                    else
                    {
                        Text(w, CapaianColumn, row, NotAvailable.In(_language), BoldWord);
                    }

                    Text(w, BandColumn, row, item.Band, BoldBandBase + FillOf(item.Band));
                    Text(w, FormulaColumn, row, item.Note, Wrap);
                    Empty(w, NoteColumn, row, Wrap);
                    _merged.Add($"{Cell(TextColumn, row)}:{Cell(RealisationColumn, row)}");
                    _merged.Add($"{Cell(FormulaColumn, row)}:{Cell(NoteColumn, row)}");
                    break;
                default:
                    Row(w, row, 2, new[] { Lines(item.Text, TextColumn, 1, bold: false), Lines(item.Note, NoteColumn, 1, bold: false), Lines(item.Unit, UnitColumn, 1, bold: false), Lines(item.Id, IdColumn, 1, bold: false) }.Max());
                    Text(w, IdColumn, row, item.Id, Wrap);
                    Text(w, TextColumn, row, item.Text, Wrap);
                    Text(w, UnitColumn, row, item.Unit, Wrap);
                    var target = item.Target!.Value;
                    if (target.IsRange)
                    {
                        Text(w, TargetColumn, row, RangeText(target, CultureInfo.InvariantCulture), Word);
                    }
                    else
                    {
                        Value(w, TargetColumn, row, target.Lower);
                    }

                    if (item.Realisation is { } realisation)
                    {
                        Value(w, RealisationColumn, row, realisation);
                    }
                    else
                    {
                        Empty(w, RealisationColumn, row, Plain);
                    }

                    if (item.Capaian is { } capaian)
                    {
                        Number(w, CapaianColumn, row, capaian, NumberBase + (uint)_decimals);
                    }
                    else
                    {
                        Text(w, CapaianColumn, row, Word(item.Status!.Value).In(_language), Word);
                    }

                    Text(w, BandColumn, row, item.Band, BandBase + FillOf(item.Band));
                    Text(w, FormulaColumn, row, item.Formula, Plain);
                    Text(w, NoteColumn, row, item.Note, Wrap);
                    break;
            }

            w.WriteEndElement();
            row++;
        }

        w.WriteEndElement(); // sheetData
        if (_merged.Count > 0)
        {
            w.WriteStartElement(new MergeCells(), [new OpenXmlAttribute("count", string.Empty, _merged.Count.ToString(CultureInfo.InvariantCulture))]);
            foreach (var range in _merged)
            {
                w.WriteElement(new MergeCell { Reference = range });
            }

            w.WriteEndElement();
        }

        w.WriteElement(new PageMargins { Left = 0.5, Right = 0.5, Top = 0.6, Bottom = 0.6, Header = 0.3, Footer = 0.3 });
        w.WriteElement(new PageSetup { PaperSize = 9U, Orientation = OrientationValues.Landscape, FitToWidth = 1U, FitToHeight = 0U });
        w.WriteEndElement(); // worksheet
        w.Close();
    }

    /// <summary>The fill of a band label: its palette step, or the grey of "no band".</summary>
    private uint FillOf(string? band) => band is not null && _ranks.TryGetValue(band, out var rank) ? (uint)CapaianPalette.Step(rank, _bandCount) : 6U;

    /// <summary>How many lines a wrapped text takes over <paramref name="columns"/> columns from
    /// <paramref name="first"/>.</summary>
    private static int Lines(string? text, int first, int columns, bool bold)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 1;
        }

        var width = Widths.Skip(first - 1).Take(columns).Sum();
        var perLine = Math.Max(1, (int)(width * (bold ? 0.9 : 1.2)));
        return text.Split('\n').Sum(part => Math.Max(1, (part.Length + perLine - 1) / perLine));
    }

    private static void Row(OpenXmlWriter w, int index, int outline, int lines)
    {
        var attributes = new List<OpenXmlAttribute>(4) { new("r", string.Empty, index.ToString(CultureInfo.InvariantCulture)) };
        if (lines > 1)
        {
            attributes.Add(new("ht", string.Empty, (lines * LineHeight).ToString(CultureInfo.InvariantCulture)));
            attributes.Add(new("customHeight", string.Empty, "1"));
        }

        if (outline > 0)
        {
            attributes.Add(new("outlineLevel", string.Empty, outline.ToString(CultureInfo.InvariantCulture)));
        }

        w.WriteStartElement(new Row(), attributes);
    }

    private static void Empty(OpenXmlWriter w, int column, int row, uint style) =>
        w.WriteElement(new Cell { CellReference = Cell(column, row), StyleIndex = style });

    private static void Text(OpenXmlWriter w, int column, int row, string? text, uint style)
    {
        if (string.IsNullOrEmpty(text))
        {
            Empty(w, column, row, style);
            return;
        }

        w.WriteStartElement(new Cell(), [new("r", string.Empty, Cell(column, row)), new("s", string.Empty, style.ToString(CultureInfo.InvariantCulture)), InlineType]);
        w.WriteStartElement(new InlineString());
        w.WriteElement(new DocumentFormat.OpenXml.Spreadsheet.Text(CellText.Escape(text)) { Space = SpaceProcessingModeValues.Preserve });
        w.WriteEndElement();
        w.WriteEndElement();
    }

    /// <summary>A number: decimal's invariant text as the cell value (never through double).</summary>
    private static void Number(OpenXmlWriter w, int column, int row, decimal value, uint style)
    {
        w.WriteStartElement(new Cell(), [new("r", string.Empty, Cell(column, row)), new("s", string.Empty, style.ToString(CultureInfo.InvariantCulture))]);
        w.WriteElement(new CellValue(Figures.Text(value)));
        w.WriteEndElement();
    }

    /// <summary>A target or realisation: shown with as many decimals as it has (up to ten, else General).</summary>
    private static void Value(OpenXmlWriter w, int column, int row, decimal value)
    {
        var scale = (value / 1.0000000000000000000000000000m).Scale;
        var style = scale > MaxFormatDecimals ? General : NumberBase + (uint)scale;
        Number(w, column, row, value, style);
    }

    /// <summary>The number format of <paramref name="decimals"/> decimals: <c>#,##0</c>, <c>#,##0.00</c> ….</summary>
    internal static string FormatCode(int decimals) => decimals == 0 ? "#,##0" : "#,##0." + new string('0', decimals);

    private static Stylesheet Stylesheet()
    {
        var numberFormats = new NumberingFormats();
        for (var d = 0; d <= MaxFormatDecimals; d++)
        {
            numberFormats.Append(new NumberingFormat { NumberFormatId = (uint)(164 + d), FormatCode = FormatCode(d) });
        }

        numberFormats.Count = (uint)(MaxFormatDecimals + 1);
        var fonts = new Fonts(
            new Font(new FontSize { Val = 10 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 10 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            Solid("FFD9E1F2"),
            Solid("FFEDEDED"));
        foreach (var step in CapaianPalette.Steps.Append("FFE7E7E7"))
        {
            fills.Append(Solid(step));
        }

        var thin = new Border(
            new LeftBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Rgb = "FFBFBFBF" }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin);
        var formats = new CellFormats(
            Format(0, 0, 1, 0, wrap: false),                 // Plain
            Format(2, 0, 0, 0, wrap: false),                 // Title
            Format(1, 2, 1, 0, wrap: true),                  // Heading
            Format(1, 3, 1, 0, wrap: true),                  // Agreement
            Format(1, 0, 1, 0, wrap: true),                  // SasaranText
            Format(0, 0, 1, 0, wrap: true),                  // Wrap
            Format(0, 0, 1, 0, wrap: false, right: true),    // Word
            Format(1, 0, 1, 0, wrap: false, right: true),    // BoldWord
            Format(0, 0, 1, 0, wrap: false));                // General
        for (var d = 0; d <= MaxFormatDecimals; d++)
        {
            formats.Append(Format(0, 0, 1, (uint)(164 + d), wrap: false));
        }

        for (var d = 0; d <= MaxFormatDecimals; d++)
        {
            formats.Append(Format(1, 0, 1, (uint)(164 + d), wrap: false));
        }

        for (uint f = 0; f < 7; f++)
        {
            formats.Append(Format(0, 4 + f, 1, 0, wrap: false));
        }

        for (uint f = 0; f < 7; f++)
        {
            formats.Append(Format(1, 4 + f, 1, 0, wrap: false));
        }

        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(
            numberFormats,
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));

        static Fill Solid(string argb) =>
            new(new PatternFill(new ForegroundColor { Rgb = argb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });

        static CellFormat Format(uint font, uint fill, uint border, uint numberFormat, bool wrap, bool right = false) =>
            new(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = wrap ? true : null, Horizontal = right ? HorizontalAlignmentValues.Right : null })
            {
                FontId = font,
                FillId = fill,
                BorderId = border,
                NumberFormatId = numberFormat,
                ApplyFont = font != 0 ? true : null,
                ApplyFill = fill != 0 ? true : null,
                ApplyBorder = border != 0 ? true : null,
                ApplyNumberFormat = numberFormat != 0 ? true : null,
                ApplyAlignment = true,
            };
    }
}
