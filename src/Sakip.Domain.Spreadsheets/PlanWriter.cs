using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Collections;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;
using Sakip.Domain.Values;
using static Sakip.Domain.Spreadsheets.PlanLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Writes the plan workbook with the Open XML SDK's DOM.</summary>
internal sealed class PlanWriter
{
    private const uint Plain = 0;
    private const uint Bold = 1;
    private const uint Heading = 2;
    private const uint Title = 3;
    private const uint Wrap = 4;

    // Rows the dropdowns of a sheet reach (a template has no rows yet).
    private const int ValidatedRows = 1000;

    private readonly SakipDocument? _document;
    private readonly Language _language;
    private readonly string _culture;
    private readonly int _years;

    private PlanWriter(SakipDocument? document, Language language, string culture)
    {
        _document = document;
        _language = language;
        _culture = culture;
        var lengths = document is null ? [] : document.Renstras.Select(r => r.Period.Length).Concat(document.Rpjmd is { } p ? [p.Period.Length] : []);
        _years = Math.Max(MinimumYears, lengths.DefaultIfEmpty(0).Max());
    }

    public static void Write(SakipDocument? document, Language language, Stream output)
    {
        var writer = new PlanWriter(document, language, language == Language.Indonesian ? "id-ID" : "invariant");
        WorkbookPackage.Write(output, (_, workbookPart) => writer.Build(workbookPart));
    }

    /// <summary>The sheets' cells, the info sheet first, for a writer of another format (<see cref="PlanCsv"/>): the
    /// same cells the workbook has, the info sheet naming <paramref name="culture"/> as the number format.</summary>
    public static List<(string Name, SheetBuilder Sheet)> Sheets(SakipDocument? document, Language language, string culture) =>
        new PlanWriter(document, language, culture).Sheets();

    private List<(string Name, SheetBuilder Sheet)> Sheets()
    {
        var sheets = new List<(string Name, SheetBuilder Sheet)> { (InfoSheet, BuildInfo()) };
        foreach (var layout in AllSheets)
        {
            var sheet = Table(layout);
            Fill(layout, sheet);
            sheets.Add((layout.Name, sheet));
        }

        return sheets;
    }

    private string T(string english, string indonesian) => _language == Language.Indonesian ? indonesian : english;

    private void Build(WorkbookPart workbookPart)
    {
        // Relationship ids are given, not generated (the SDK's are random): one document, one file.
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles").Stylesheet = Stylesheet();
        var sheets = new Sheets();
        workbookPart.Workbook.Append(sheets);
        var parts = Sheets().Select(s => (s.Name, Sheet: s.Name == InfoSheet ? s.Sheet.Build([44, 70], 0) : s.Sheet.Build(Widths(AllSheets.Single(l => l.Name == s.Name)), HeaderRow))).ToList();

        uint id = 1;
        foreach (var (name, sheet) in parts)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>(string.Create(CultureInfo.InvariantCulture, $"rIdSheet{id}"));
            part.Worksheet = sheet;
            sheets.Append(new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) });
        }
    }

    private SheetBuilder BuildInfo()
    {
        var sheet = new SheetBuilder();
        sheet.Text(1, 1, T("SAKIP plan data", "Data perencanaan SAKIP"), Title);
        sheet.Merge(1, 1, 2, 1);
        foreach (var row in InfoRows)
        {
            sheet.Text(1, row, InfoLabel(row).In(_language), Bold);
        }

        sheet.Text(2, InfoFormatRow, FormatId);
        sheet.Number(2, InfoVersionRow, FormatVersion);
        sheet.Text(2, InfoCultureRow, _culture);
        sheet.Dropdown(Cell(2, InfoCultureRow), "\"id-ID,invariant\"");
        var region = _document?.Region;
        sheet.Text(2, InfoRegionCodeRow, region?.Code);
        sheet.Text(2, InfoRegionNameRow, region?.Name);
        sheet.Text(2, InfoRegionKindRow, region is null ? null : RegionKindChoices.Label((int)region.Kind, _language));
        sheet.Dropdown(Cell(2, InfoRegionKindRow), ListIn(RegionKindChoices));
        sheet.Text(2, InfoRuleSetRow, _document?.RuleSetId);
        if (_document?.Rpjmd is { } rpjmd)
        {
            sheet.Text(2, InfoRpjmdIdRow, rpjmd.Id);
            sheet.Number(2, InfoRpjmdFirstRow, rpjmd.Period.First);
            sheet.Number(2, InfoRpjmdLastRow, rpjmd.Period.Last);
            sheet.Text(2, InfoVisiRow, rpjmd.Visi, Wrap);
            sheet.Text(2, InfoIkuRow, Ids(rpjmd.Iku), Wrap);
        }

        sheet.Text(1, InfoHelpRow, T(
            "One sheet per table, one row per record; headings in row 2, records from row 3. Numbers go in number cells; a number typed as text is read in the number format above. An empty cell is no value (never 0). Several ids in one cell: one per line. Year columns count plan years: y1 is the plan's first year. The LKE evaluations have their own workbook (sakip lke template --format xlsx).",
            "Satu lembar per tabel, satu baris per data; judul kolom di baris 2, data mulai baris 3. Angka diisi di sel angka; angka yang diketik sebagai teks dibaca dengan format angka di atas. Sel kosong berarti tidak ada nilai (bukan 0). Beberapa id dalam satu sel: satu per baris. Kolom tahun menghitung tahun rencana: th-1 adalah tahun awal rencana. Evaluasi LKE memiliki buku kerja sendiri (sakip lke template --format xlsx)."), Wrap);
        sheet.Merge(1, InfoHelpRow, 2, InfoHelpRow);
        sheet.Height(InfoHelpRow, 6);
        return sheet;
    }

    private string ListIn(ChoiceSet choices) => "\"" + choices.Labels(_language) + "\"";

    private double[] Widths(PlanSheet layout)
    {
        var widths = layout.Columns.Select(c => c.Width).ToList();
        for (var y = 0; y < _years; y++)
        {
            widths.Add(layout.Years == YearColumns.Budget ? 18 : 11);
            if (layout.Years == YearColumns.Targets)
            {
                widths.Add(11);
            }
        }

        return layout.Years == YearColumns.None ? [.. layout.Columns.Select(c => c.Width)] : [.. widths];
    }

    /// <summary>A table sheet with its title, headings and dropdowns, and no rows yet.</summary>
    private SheetBuilder Table(PlanSheet layout)
    {
        var sheet = new SheetBuilder();
        var columns = new List<string>(layout.Columns.Select(c => c.Heading(_language)));
        if (layout.Years != YearColumns.None)
        {
            for (var y = 1; y <= _years; y++)
            {
                columns.Add(YearHeading(layout.Years, y, upper: false, _language));
                if (layout.Years == YearColumns.Targets)
                {
                    columns.Add(YearHeading(layout.Years, y, upper: true, _language));
                }
            }
        }

        sheet.Text(1, 1, layout.Title(_language), Title);
        sheet.Merge(1, 1, columns.Count, 1);
        for (var c = 0; c < columns.Count; c++)
        {
            sheet.Text(c + 1, HeaderRow, columns[c], Heading);
        }

        for (var c = 0; c < layout.Columns.Length; c++)
        {
            if (layout.Columns[c].Choices is { } choices)
            {
                sheet.Dropdown($"{Cell(c + 1, FirstRow)}:{Cell(c + 1, FirstRow + ValidatedRows)}", ListIn(choices));
            }
        }

        return sheet;
    }

    private void Fill(PlanSheet layout, SheetBuilder sheet)
    {
        if (_document is not { } d)
        {
            return;
        }

        var row = FirstRow;
        void Put(string key, string? text) => sheet.Text(layout.Column(key), row, text);
        void Num(string key, decimal? value)
        {
            if (value is { } v)
            {
                sheet.Number(layout.Column(key), row, v);
            }
        }

        void Target(string key, string upperKey, Target? target)
        {
            if (target is { } t)
            {
                Num(key, t.Lower);
                Num(upperKey, t.IsRange ? t.Upper : null);
            }
        }

        switch (layout.Name)
        {
            case "Indikator":
                foreach (var i in d.Indicators)
                {
                    Put("id", i.Id);
                    Put("name", i.Name);
                    Put("unit", i.Unit);
                    Put("polarity", PolarityChoices.Label((int)i.Polarity, _language));
                    Put("accumulation", AccumulationChoices.Label((int)i.Accumulation, _language));
                    Put("type", TypeChoices.Label((int)i.Type, _language));
                    Put("objective", i.Objective);
                    Put("rationale", i.Rationale);
                    Put("definition", i.Definition);
                    Put("formulaText", i.FormulaText);
                    Put("dataSource", i.DataSource);
                    Put("responsibleUnit", i.ResponsibleUnit);
                    Put("reportingFrequency", FrequencyChoices.Label((int)i.ReportingFrequency, _language));
                    Put("allowsNegativeValues", YesNo.Label(i.AllowsNegativeValues ? 1 : 0, _language));
                    Put("cascadedFrom", i.CascadedFrom);
                    Put("formulaId", i.FormulaId);
                    row++;
                }

                break;
            case "Renstra":
                foreach (var r in d.Renstras)
                {
                    Put("id", r.Id);
                    Put("agencyCode", r.Agency.Code.ToString());
                    Put("agencyName", r.Agency.Name);
                    Num("first", r.Period.First);
                    Num("last", r.Period.Last);
                    row++;
                }

                break;
            case "Misi":
                foreach (var m in d.Rpjmd?.Misi ?? [])
                {
                    Put("id", m.Id);
                    Put("text", m.Text);
                    row++;
                }

                break;
            case "Tujuan":
                foreach (var t in d.Rpjmd?.Tujuan ?? [])
                {
                    Put("plan", d.Rpjmd!.Id);
                    Put("id", t.Id);
                    Put("text", t.Text);
                    Put("misiId", t.MisiId);
                    row++;
                }

                foreach (var r in d.Renstras)
                {
                    foreach (var t in r.Tujuan)
                    {
                        Put("plan", r.Id);
                        Put("id", t.Id);
                        Put("text", t.Text);
                        Put("supports", Ids(t.SupportsRpjmdTujuan));
                        row++;
                    }
                }

                break;
            case "Sasaran":
                foreach (var s in d.Rpjmd?.Sasaran ?? [])
                {
                    Put("plan", d.Rpjmd!.Id);
                    Put("id", s.Id);
                    Put("text", s.Text);
                    Put("tujuanId", s.TujuanId);
                    row++;
                }

                foreach (var r in d.Renstras)
                {
                    foreach (var s in r.Sasaran)
                    {
                        Put("plan", r.Id);
                        Put("id", s.Id);
                        Put("text", s.Text);
                        Put("tujuanId", s.TujuanId);
                        Put("supports", Ids(s.SupportsRpjmdSasaran));
                        row++;
                    }
                }

                break;
            case "Strategi":
                foreach (var (plan, list) in (d.Rpjmd is { } rs ? new[] { (rs.Id, rs.Strategi) } : []).Concat(d.Renstras.Select(r => (r.Id, r.Strategi))))
                {
                    foreach (var s in list)
                    {
                        Put("plan", plan);
                        Put("id", s.Id);
                        Put("text", s.Text);
                        Put("sasaranId", s.SasaranId);
                        row++;
                    }
                }

                break;
            case "ArahKebijakan":
                foreach (var (plan, list) in (d.Rpjmd is { } ra ? new[] { (ra.Id, ra.ArahKebijakan) } : []).Concat(d.Renstras.Select(r => (r.Id, r.ArahKebijakan))))
                {
                    foreach (var a in list)
                    {
                        Put("plan", plan);
                        Put("id", a.Id);
                        Put("text", a.Text);
                        Put("strategiId", a.StrategiId);
                        row++;
                    }
                }

                break;
            case "Program":
                foreach (var p in d.Rpjmd?.Programs ?? [])
                {
                    Put("plan", d.Rpjmd!.Id);
                    Put("code", p.Code.ToString());
                    Put("name", p.Name);
                    Put("sasaranIds", Ids(p.SasaranIds));
                    Put("responsibleAgency", p.ResponsibleAgency?.ToString());
                    Budget(sheet, layout, row++, d.Rpjmd.Period, p.IndicativeBudget);
                }

                foreach (var r in d.Renstras)
                {
                    foreach (var item in r.Items)
                    {
                        Put("plan", r.Id);
                        Put("code", item.Code.ToString());
                        Put("name", item.Name);
                        Put("sasaranIds", Ids(item.SasaranIds));
                        Put("responsibleUnit", item.ResponsibleUnit);
                        Budget(sheet, layout, row++, r.Period, item.Budget);
                    }
                }

                break;
            case "IndikatorRencana":
                foreach (var (plan, period, element, key, planned) in PlannedIndicators(d))
                {
                    foreach (var p in planned)
                    {
                        Put("plan", plan);
                        Put("element", ElementChoices.Label(element, _language));
                        Put("key", key);
                        Put("indicatorId", p.IndicatorId);
                        Num("baseline", p.Baseline);
                        Target("end", "endUpper", p.DeclaredEndTarget);
                        foreach (var t in p.Targets)
                        {
                            var column = layout.Columns.Length + (2 * (t.Year - period.First)) + 1;
                            sheet.Number(column, row, t.Target.Lower);
                            if (t.Target.IsRange)
                            {
                                sheet.Number(column + 1, row, t.Target.Upper);
                            }
                        }

                        row++;
                    }
                }

                break;
            case "PK":
                foreach (var pk in d.PerjanjianKinerja)
                {
                    Put("id", pk.Id);
                    Num("year", pk.Year);
                    Put("agency", pk.Agency?.ToString());
                    Put("official", pk.Official);
                    Put("position", pk.Position);
                    Put("level", LevelChoices.Label((int)pk.Level, _language));
                    row++;
                }

                break;
            case "PKTarget":
                foreach (var pk in d.PerjanjianKinerja)
                {
                    foreach (var t in pk.Targets)
                    {
                        Put("pk", pk.Id);
                        Put("sasaranId", t.SasaranId);
                        Put("indicatorId", t.IndicatorId);
                        Target("target", "upper", t.Target);
                        Put("deviationReason", t.DeviationReason);
                        row++;
                    }
                }

                break;
            case "PKProgram":
                foreach (var pk in d.PerjanjianKinerja)
                {
                    foreach (var p in pk.Programs)
                    {
                        Put("pk", pk.Id);
                        Put("code", p.Code.ToString());
                        Num("budget", p.Budget);
                        row++;
                    }
                }

                break;
            case "RencanaAksi":
                foreach (var ra in d.RencanaAksi)
                {
                    if (ra.Targets.Count == 0)
                    {
                        // A Rencana Aksi without targets yet is a row with its agreement and indicator alone.
                        Put("pk", ra.PerjanjianKinerjaId);
                        Put("indicatorId", ra.IndicatorId);
                        row++;
                    }

                    foreach (var t in ra.Targets)
                    {
                        Put("pk", ra.PerjanjianKinerjaId);
                        Put("indicatorId", ra.IndicatorId);
                        Put("period", t.Period.ToString());
                        Target("target", "upper", t.Target);
                        row++;
                    }
                }

                break;
            case "Realisasi":
                foreach (var r in d.Realisations)
                {
                    Put("indicatorId", r.IndicatorId);
                    Put("period", r.Period.ToString());
                    Num("value", r.Value.Value);
                    Put("agency", r.Agency?.ToString());
                    row++;
                }

                break;
            default:
                foreach (var b in d.BudgetRealisations)
                {
                    Put("code", b.Code.ToString());
                    Put("agency", b.Agency.ToString());
                    Put("period", b.Period.ToString());
                    Num("amount", b.Amount);
                    row++;
                }

                break;
        }
    }

    /// <summary>Every planned indicator list of the document with its plan, period, element kind and key, in the order
    /// the reader rebuilds them.</summary>
    internal static IEnumerable<(string Plan, YearSpan Period, int Element, string Key, ValueList<PlannedIndicator> Planned)> PlannedIndicators(SakipDocument d)
    {
        if (d.Rpjmd is { } r)
        {
            foreach (var t in r.Tujuan)
            {
                yield return (r.Id, r.Period, ElementTujuan, t.Id, t.Indicators);
            }

            foreach (var s in r.Sasaran)
            {
                yield return (r.Id, r.Period, ElementSasaran, s.Id, s.Indicators);
            }

            foreach (var p in r.Programs)
            {
                yield return (r.Id, r.Period, ElementProgram, p.Code.ToString(), p.Indicators);
            }
        }

        foreach (var renstra in d.Renstras)
        {
            foreach (var t in renstra.Tujuan)
            {
                yield return (renstra.Id, renstra.Period, ElementTujuan, t.Id, t.Indicators);
            }

            foreach (var s in renstra.Sasaran)
            {
                yield return (renstra.Id, renstra.Period, ElementSasaran, s.Id, s.Indicators);
            }

            foreach (var item in renstra.Items)
            {
                yield return (renstra.Id, renstra.Period, ElementProgram, item.Code.ToString(), item.Indicators);
            }
        }
    }

    private static void Budget(SheetBuilder sheet, PlanSheet layout, int row, YearSpan period, ValueList<YearAmount> budget)
    {
        foreach (var amount in budget)
        {
            sheet.Number(layout.Columns.Length + (amount.Year - period.First) + 1, row, amount.Amount);
        }
    }

    private static string? Ids(ValueList<string> ids) => ids.Count == 0 ? null : string.Join(ListSeparator, ids);

    private static string Cell(int column, int row) => LkeLayout.Cell(column, row);

    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()));
        var formats = new CellFormats(
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top }) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 1, FillId = 2, BorderId = 0, NumberFormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat(new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true }) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyAlignment = true });
        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));
    }

    /// <summary>The cells of one plan sheet: texts (a text with a line break wraps) and numbers exactly as the document
    /// has them; a row given a number of lines is that tall. The values are kept too, for the CSV writer.</summary>
    internal sealed class SheetBuilder : WorksheetBuilder
    {
        private readonly Dictionary<int, int> _lines = [];

        /// <summary>The values of the cells that have one, by (column, row): a text or a decimal.</summary>
        public Dictionary<(int Column, int Row), object> Values { get; } = [];

        public void Text(int column, int row, string? text, uint style = Plain)
        {
            if (string.IsNullOrEmpty(text))
            {
                if (style != Plain)
                {
                    Put(column, row, new Cell { StyleIndex = style });
                }

                return;
            }

            Values[(column, row)] = text;
            var cell = new Cell
            {
                StyleIndex = style == Plain && text.Contains('\n', StringComparison.Ordinal) ? Wrap : style,
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(CellText.Escape(text)) { Space = SpaceProcessingModeValues.Preserve }),
            };
            Put(column, row, cell);
        }

        // A decimal's invariant text is the cell's value: the number exactly as the document has it.
        public void Number(int column, int row, decimal value)
        {
            Values[(column, row)] = value;
            Put(column, row, new Cell { CellValue = new CellValue(value.ToString(CultureInfo.InvariantCulture)) });
        }

        public void Height(int row, int lines) => _lines[row] = lines;

        public Worksheet Build(double[] widths, int frozenRows) => Build(widths, frozenRows, printable: false);

        protected override double? RowHeight(int row, double[] widths) => _lines.TryGetValue(row, out var lines) ? lines * 15.0 : null;
    }
}
