using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.LkeLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Writes the LKE workbook with the Open XML SDK's DOM (an LKE sheet has about a hundred rows).</summary>
internal sealed class LkeWriter
{
    // Cell formats of the stylesheet (see Stylesheet()).
    private const uint Plain = 0;
    private const uint Bold = 1;
    private const uint Score = 2;
    private const uint BoldScore = 3;
    private const uint Wrap = 4;
    private const uint Heading = 5;
    private const uint Input = 6;
    private const uint Title = 7;
    private const uint BoldWrap = 8;

    private readonly EvaluationScheme _scheme;
    private readonly Evaluation? _evaluation;
    private readonly EvaluationResult _result;
    private readonly string? _subject;
    private readonly int? _year;
    private readonly EvaluationMethod _method;
    private readonly Language _language;
    private readonly string[] _componentSheets;
    private readonly Dictionary<AnswerScale, (int First, int Last)> _scaleRows = [];
    private int _gradeFirst;
    private int _gradeLast;

    private LkeWriter(EvaluationScheme scheme, Evaluation? evaluation, string? subject, int? year, EvaluationMethod method, Language language)
    {
        _scheme = scheme;
        _evaluation = evaluation;
        _subject = subject;
        _year = year;
        _method = method;
        _language = language;
        _componentSheets = ComponentSheets(scheme);

        // A template's figures are those of an evaluation without answers: every score empty.
        _result = (evaluation ?? Evaluation.Create(scheme, "-", 2000, method, [], []).GetValueOrThrow()).Score();
    }

    public static void Write(EvaluationScheme scheme, Evaluation? evaluation, string? subject, int? year, EvaluationMethod method, Language language, Stream output)
    {
        var writer = new LkeWriter(scheme, evaluation, subject, year, method, language);
        WorkbookPackage.Write(output, (_, workbookPart) => writer.Build(workbookPart));
    }

    private string T(string english, string indonesian) => _language == Language.Indonesian ? indonesian : english;

    private static string N(decimal value) => Figures.Text(value);

    private void Build(WorkbookPart workbookPart)
    {
        // Relationship ids are given, not generated (the SDK's are random): the same evaluation, the same file.
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>("rIdStyles");
        styles.Stylesheet = Stylesheet();
        var sheets = new Sheets();
        workbookPart.Workbook.Append(sheets);

        // The scale sheet is laid out first (the other sheets' formulas point into it) but placed last.
        var scaleSheet = BuildScales();
        var parts = new List<(string Name, Worksheet Sheet)> { (InfoSheet, BuildInfo()), (SummarySheet(_language), BuildSummary()) };
        for (var c = 0; c < _scheme.Components.Count; c++)
        {
            parts.Add((_componentSheets[c], BuildComponent(c)));
        }

        parts.Add((ScaleSheet(_language), scaleSheet));
        uint id = 1;
        foreach (var (name, sheet) in parts)
        {
            var part = workbookPart.AddNewPart<WorksheetPart>(string.Create(CultureInfo.InvariantCulture, $"rIdSheet{id}"));
            part.Worksheet = sheet;
            sheets.Append(new Sheet { Name = name, SheetId = id++, Id = workbookPart.GetIdOfPart(part) });
        }

        // Cached values are written, and the program recalculates on opening all the same.
        workbookPart.Workbook.Append(new CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });
    }

    private Worksheet BuildInfo()
    {
        var sheet = new SheetBuilder();
        sheet.Text(1, 1, _scheme.Name, Title);
        sheet.Text(1, InfoSchemeRow, T("Scheme", "Skema"), Bold);
        sheet.Text(2, InfoSchemeRow, _scheme.Id);
        sheet.Text(1, InfoVersionRow, T("Scheme version", "Versi skema"), Bold);
        sheet.Number(2, InfoVersionRow, _scheme.Version, Plain);
        sheet.Text(1, InfoNameRow, T("Name", "Nama"), Bold);
        sheet.Text(2, InfoNameRow, _scheme.Name);
        sheet.Text(1, InfoBasisRow, T("Legal basis", "Dasar hukum"), Bold);
        sheet.Text(2, InfoBasisRow, _scheme.Basis, Wrap);
        sheet.Text(1, InfoSubjectRow, T("Evaluated subject", "Subjek evaluasi"), Bold);
        sheet.Text(2, InfoSubjectRow, _subject, Input);
        sheet.Text(1, InfoYearRow, T("Year", "Tahun"), Bold);
        if (_year is { } year)
        {
            sheet.Number(2, InfoYearRow, year, Input);
        }
        else
        {
            sheet.Text(2, InfoYearRow, null, Input);
        }

        sheet.Text(1, InfoMethodRow, T("Method", "Metode"), Bold);
        sheet.Text(2, InfoMethodRow, MethodLabel(_method, _language), Input);
        var methods = _scheme.SupportsSubComponentGrades
            ? new[] { EvaluationMethod.SubComponentGrades, EvaluationMethod.CriterionGrades }
            : [EvaluationMethod.CriterionGrades];
        sheet.Validation(Cell(2, InfoMethodRow), List(methods.Select(m => MethodLabel(m, _language))), T("Method", "Metode"),
            T("Grade per sub-component: one grade per sub-component scores it. Grade per criterion: each criterion is graded and the sub-component scores the mean.",
              "Predikat per subkomponen: satu predikat per subkomponen menentukan nilainya. Predikat per kriteria: setiap kriteria diberi jawaban dan subkomponen dinilai dari rata-ratanya."));

        var help = _language == Language.Indonesian
            ? new[]
            {
                "Cara mengisi",
                $"1. Isi subjek evaluasi dan tahun di atas; metode dipilih dari daftar.",
                $"2. Setiap komponen punya lembar sendiri. Pilih kode jawaban dari daftar di kolom {Column(ProposedColumn)} (jawaban usulan, penilaian mandiri) dan {Column(FinalColumn)} (jawaban final, evaluator).",
                "3. Nilai memakai jawaban final; bila kosong, jawaban usulan. Sel jawaban yang kosong berarti belum dijawab (bukan 0).",
                $"4. Bukti dukung di kolom {Column(EvidenceColumn)}: satu rujukan per baris dalam sel (Alt+Enter).",
                $"5. Arti setiap kode dan tabel predikat ada di lembar {ScaleSheet(_language)}; nilai komponen, total dan predikat di lembar {SummarySheet(_language)}.",
                "6. Jangan mengubah kolom No. dan nama lembar: pustaka Sakip.Domain membaca jawaban menurut keduanya dan menghitung ulang nilainya; nilai pustaka yang berlaku.",
            }
            : new[]
            {
                "How to fill it in",
                "1. Fill in the evaluated subject and the year above; choose the method from the list.",
                $"2. Each component has its own sheet. Choose an answer code from the list in column {Column(ProposedColumn)} (proposed answer, self-assessment) and {Column(FinalColumn)} (final answer, evaluator).",
                "3. The score uses the final answer, else the proposed one. An empty answer cell is not answered (never 0).",
                $"4. Evidence in column {Column(EvidenceColumn)}: one reference per line of the cell (Alt+Enter).",
                $"5. What each code means and the grade table are on sheet {ScaleSheet(_language)}; component scores, the total and the grade on sheet {SummarySheet(_language)}.",
                "6. Do not change the Id column or the sheet names: the Sakip.Domain library reads the answers by them and recalculates the scores; the library's score is the one that counts.",
            };
        for (var i = 0; i < help.Length; i++)
        {
            sheet.Text(1, InfoHelpRow + i, help[i], i == 0 ? Bold : Plain);
        }

        return sheet.Build([24, 90], frozenRows: 0);
    }

    private Worksheet BuildSummary()
    {
        var sheet = new SheetBuilder();
        sheet.Text(1, 1, T("Summary", "Ringkasan") + " – " + _scheme.Name, Title);
        sheet.Text(1, 2, T("Scores as the formulas compute them (final answer, else proposed).", "Nilai menurut rumus (jawaban final, bila kosong jawaban usulan)."));
        string[] headings = [T("Component", "Komponen"), T("Name", "Nama"), T("Weight", "Bobot"), T("Score", "Nilai")];
        for (var i = 0; i < headings.Length; i++)
        {
            sheet.Text(i + 1, HeaderRow, headings[i], Heading);
        }

        var count = _scheme.Components.Count;
        for (var c = 0; c < count; c++)
        {
            var row = FirstRow + c;
            var component = _scheme.Components[c];
            sheet.Text(1, row, component.Id);
            sheet.Text(2, row, component.Name, Wrap);
            sheet.Number(3, row, component.Weight, Plain);
            sheet.Formula(SummaryScoreColumn, row, $"{Quote(_componentSheets[c])}!{ComponentScoreCell}", _result.Components[c].Score, Score);
        }

        var (totalRow, decidingRow, gradeRow) = SummaryRows(count);
        var scores = $"{Cell(SummaryScoreColumn, FirstRow)}:{Cell(SummaryScoreColumn, FirstRow + count - 1)}";
        var total = Cell(SummaryScoreColumn, totalRow);
        var deciding = Cell(SummaryScoreColumn, decidingRow);
        var grade = Cell(SummaryScoreColumn, gradeRow);
        sheet.Text(1, totalRow, T("Total", "Total"), Bold);
        sheet.Formula(SummaryScoreColumn, totalRow, $"IF(COUNT({scores})={count},SUM({scores}),\"\")", _result.Total, BoldScore);
        sheet.Text(1, decidingRow, T("Deciding score", "Nilai penentu predikat"), BoldWrap);
        sheet.Text(2, decidingRow, DecidingText(_scheme.Grades.Deciding), Wrap);
        sheet.Formula(SummaryScoreColumn, decidingRow, $"IF(ISNUMBER({total}),{DecidingFormula(total, _scheme.Grades.Deciding)},\"\")", _result.DecidingScore, BoldScore);
        sheet.Text(1, gradeRow, T("Grade", "Predikat"), Bold);
        sheet.Text(2, gradeRow, EdgeText(), Wrap);
        sheet.FormulaText(SummaryScoreColumn, gradeRow, $"IF(ISNUMBER({deciding}),{GradeFormula(deciding)},\"\")", _result.Grade?.Code ?? string.Empty, Bold);
        var gradeTable = $"{Quote(ScaleSheet(_language))}!$A${_gradeFirst}:$C${_gradeLast}";
        sheet.FormulaText(SummaryLabelColumn, gradeRow, $"IF({grade}=\"\",\"\",VLOOKUP({grade},{gradeTable},3,FALSE))", _result.Grade?.Label.In(_language) ?? string.Empty, Plain);
        return sheet.Build([12, 50, 9, 12, 24], frozenRows: HeaderRow);
    }

    /// <summary>The rows of the summary's total, deciding score and grade.</summary>
    public static (int Total, int Deciding, int Grade) SummaryRows(int components) =>
        (FirstRow + components, FirstRow + components + 1, FirstRow + components + 2);

    private Worksheet BuildComponent(int c)
    {
        var component = _scheme.Components[c];
        var sheet = new SheetBuilder();
        sheet.Text(1, 1, $"{component.Id} {component.Name}", Title);
        sheet.Text(1, 2, T("Component weight", "Bobot komponen"), Bold);
        sheet.Number(WeightColumn, 2, component.Weight, Plain);
        sheet.Text(ValueColumn, 2, T("Component score", "Nilai komponen"), BoldWrap);
        for (var column = 1; column <= LastColumn; column++)
        {
            sheet.Text(column, HeaderRow, Heading(column).In(_language), Heading);
        }

        var row = FirstRow;
        // The method cell as the reader takes it: either language's label or the JSON id (Excel compares ignoring case).
        var methodCell = $"{Quote(InfoSheet)}!$B${InfoMethodRow}";
        var byMethod = $"OR({string.Join(',', Languages.Select(l => MethodLabel(EvaluationMethod.SubComponentGrades, l)).Append("sub-component-grades").Select(t => $"TRIM({methodCell})=\"{t}\""))})";
        var componentScore = _result.Components[c];
        for (var s = 0; s < component.SubComponents.Count; s++)
        {
            var sub = component.SubComponents[s];
            var subScore = componentScore.SubComponents[s];
            var subRow = row;
            var n = sub.Criteria.Count;
            var grade = _evaluation?.GradeOf(sub.Id);
            sheet.Text(IdColumn, subRow, sub.Id, Bold);
            sheet.Text(TextColumn, subRow, sub.Name, BoldWrap);
            sheet.Number(WeightColumn, subRow, sub.Weight, Bold);
            if (sub.Scale is { } subScale)
            {
                Answer(sheet, subRow, subScale, grade?.Proposed, grade?.Final, subScore.Grade?.Value);
            }

            Texts(sheet, subRow, grade?.Evidence ?? [], grade?.Note);

            var values = $"{Cell(ValueColumn, subRow + 1)}:{Cell(ValueColumn, subRow + n)}";
            var byCriteria = sub.Method == ScoringMethod.Points
                ? $"IF(COUNT({values})={n},SUMPRODUCT({values},{Cell(WeightColumn, subRow + 1)}:{Cell(WeightColumn, subRow + n)}),\"\")"
                : $"IF(COUNT({values})={n},SUM({values})*{Cell(WeightColumn, subRow)}/{n},\"\")";
            var gradeValue = Cell(ValueColumn, subRow);
            var formula = sub.Scale is null || !_scheme.SupportsSubComponentGrades
                ? byCriteria
                : $"IF({byMethod},IF(ISNUMBER({gradeValue}),{gradeValue}*{Cell(WeightColumn, subRow)},\"\"),{byCriteria})";
            sheet.Formula(ScoreColumn, subRow, formula, subScore.Score, BoldScore);
            row++;

            for (var k = 0; k < n; k++, row++)
            {
                var criterion = sub.Criteria[k];
                var answer = _evaluation?.AnswerTo(criterion.Id);
                sheet.Text(IdColumn, row, criterion.Id);
                sheet.Text(TextColumn, row, criterion.Title, Wrap);
                if (criterion.Points is { } points)
                {
                    sheet.Number(WeightColumn, row, points, Plain);
                }

                Answer(sheet, row, criterion.Scale, answer?.Proposed, answer?.Final, subScore.Criteria[k].Answer?.Value);
                Texts(sheet, row, answer?.Evidence ?? [], answer?.Note);
            }
        }

        var last = row - 1;
        var scores = $"{Cell(ScoreColumn, FirstRow)}:{Cell(ScoreColumn, Math.Max(last, FirstRow))}";
        sheet.Formula(ScoreColumn, 2, $"IF(COUNT({scores})={component.SubComponents.Count},SUM({scores}),\"\")", componentScore.Score, BoldScore);
        return sheet.Build(Widths, frozenRows: HeaderRow);
    }

    private void Answer(SheetBuilder sheet, int row, AnswerScale scale, string? proposed, string? final, decimal? value)
    {
        var (first, last) = _scaleRows[scale];
        sheet.Text(CodesColumn, row, scale.Codes());
        sheet.Text(ProposedColumn, row, proposed, Input);
        sheet.Text(FinalColumn, row, final, Input);
        var table = $"{Quote(ScaleSheet(_language))}!$A${first}:$B${last}";
        var p = Cell(ProposedColumn, row);
        var f = Cell(FinalColumn, row);
        sheet.Formula(ValueColumn, row, $"IF(TRIM({f})<>\"\",VLOOKUP(TRIM({f}),{table},2,FALSE),IF(TRIM({p})<>\"\",VLOOKUP(TRIM({p}),{table},2,FALSE),\"\"))", value, Plain);
        sheet.Validation($"{p}:{f}", List(scale.Options.Select(o => o.Code)) ?? $"{table.Replace("$B$", "$A$", StringComparison.Ordinal)}",
            T("Answer", "Jawaban"),
            T($"Choose a code: {scale.Codes()}. What each means: sheet {ScaleSheet(_language)}, scale {scale.Id}.",
              $"Pilih kode: {scale.Codes()}. Arti setiap kode: lembar {ScaleSheet(_language)}, skala {scale.Id}."));
    }

    private static void Texts(SheetBuilder sheet, int row, Collections.ValueList<string> evidence, string? note)
    {
        sheet.Text(EvidenceColumn, row, evidence.Count == 0 ? null : string.Join(EvidenceSeparator, evidence), Wrap);
        sheet.Text(NoteColumn, row, note, Wrap);
    }

    /// <summary>An inline list for a dropdown (<c>"AA,A,BB"</c>), or null when a code holds a comma or a quote or
    /// the list is longer than Excel's 255 characters (the dropdown then lists the scale sheet's range).</summary>
    private static string? List(IEnumerable<string> items)
    {
        var list = items.ToList();
        var joined = string.Join(',', list);
        return list.Any(i => i.Contains(',', StringComparison.Ordinal) || i.Contains('"', StringComparison.Ordinal)) || joined.Length > 255
            ? null
            : $"\"{joined}\"";
    }

    private Worksheet BuildScales()
    {
        var sheet = new SheetBuilder();
        sheet.Text(1, 1, T("Answer scales and grade table", "Skala jawaban dan tabel predikat"), Title);
        var row = 3;
        var scales = _scheme.SubComponents.Where(s => s.Scale is not null).Select(s => s.Scale!).Concat(_scheme.Criteria.Select(k => k.Scale)).Distinct();
        foreach (var scale in scales)
        {
            sheet.Text(1, row, scale.Id, Bold);
            sheet.Text(2, row, scale.Name, Bold);
            sheet.Text(3, row, T("Code, value, meaning", "Kode, nilai, arti"), Bold);
            row++;
            var first = row;
            foreach (var option in scale.Options)
            {
                sheet.Text(1, row, option.Code);
                sheet.Number(2, row, option.Value, Plain);
                sheet.Text(3, row, option.Label.In(_language), Wrap);
                row++;
            }

            _scaleRows[scale] = (first, row - 1);
            row++;
        }

        sheet.Text(1, row, T("Grade", "Predikat"), Bold);
        sheet.Text(2, row, T("Lower edge", "Batas bawah"), Bold);
        sheet.Text(3, row, EdgeText() + "; " + DecidingText(_scheme.Grades.Deciding), Bold);
        row++;
        _gradeFirst = row;
        foreach (var grade in _scheme.Grades.Grades)
        {
            sheet.Text(1, row, grade.Code);
            if (grade.LowerEdge is { } edge)
            {
                sheet.Number(2, row, edge, Plain);
            }

            sheet.Text(3, row, grade.Label.In(_language));
            row++;
        }

        _gradeLast = row - 1;
        return sheet.Build([26, 14, 90], frozenRows: 0);
    }

    private string EdgeText() => _scheme.Grades.Edges == Bands.EdgeSemantics.LowerExclusive
        ? T("a grade is reached above its lower edge (exactly on the edge is the grade below)", "predikat dicapai bila nilai di atas batas bawahnya (tepat pada batas masuk predikat di bawahnya)")
        : T("a grade is reached from its lower edge (the edge included)", "predikat dicapai mulai batas bawahnya (batas termasuk)");

    private string DecidingText(RoundingRule? rule) => rule is not { } r
        ? T("the exact total decides", "total tanpa pembulatan menentukan")
        : r.Mode switch
        {
            RoundingMode.Truncate => T($"the total cut to {r.Decimals} decimals decides", $"total dipotong menjadi {r.Decimals} desimal menentukan"),
            RoundingMode.HalfEven => T($"the total rounded half to even to {r.Decimals} decimals decides", $"total dibulatkan ke genap terdekat {r.Decimals} desimal menentukan"),
            _ => T($"the total rounded half up to {r.Decimals} decimals decides", $"total dibulatkan setengah ke atas {r.Decimals} desimal menentukan"),
        };

    /// <summary>The deciding score of <paramref name="total"/> as a formula. The total is first rounded to 9
    /// decimals, which removes the binary floating-point noise of the sums (67.12999999999999 → 67.13) without
    /// touching a figure of the library (whose weights and values have few decimals).</summary>
    internal static string DecidingFormula(string total, RoundingRule? rule)
    {
        if (rule is not { } r)
        {
            return total;
        }

        var d = r.Decimals.ToString(CultureInfo.InvariantCulture);
        var clean = $"ROUND({total},9)";
        if (r.Mode == RoundingMode.Truncate)
        {
            return $"TRUNC({clean},{d})";
        }

        if (r.Mode == RoundingMode.HalfUp)
        {
            return $"ROUND({clean},{d})";
        }

        var x = $"({clean}*10^{d})";
        return $"IF(ABS({x}-TRUNC({x})-0.5)<1E-9,IF(ISEVEN(TRUNC({x})),TRUNC({x}),TRUNC({x})+1),ROUND({x},0))/10^{d}";
    }

    private string GradeFormula(string deciding)
    {
        var sheet = Quote(ScaleSheet(_language));
        var sign = _scheme.Grades.Edges == Bands.EdgeSemantics.LowerExclusive ? ">" : ">=";
        var formula = $"{sheet}!$A${_gradeLast}";
        for (var row = _gradeLast - 1; row >= _gradeFirst; row--)
        {
            formula = $"IF({deciding}{sign}{sheet}!$B${row},{sheet}!$A${row},{formula})";
        }

        return formula;
    }

    private static Stylesheet Stylesheet()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }));
        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFFFF2CC" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid }));
        var borders = new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()));
        var top = new Alignment { Vertical = VerticalAlignmentValues.Top };
        var wrap = new Alignment { Vertical = VerticalAlignmentValues.Top, WrapText = true };
        var formats = new CellFormats(
            new CellFormat(Clone(top)) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyAlignment = true },
            new CellFormat(Clone(top)) { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(Clone(top)) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 2, ApplyNumberFormat = true, ApplyAlignment = true },
            new CellFormat(Clone(top)) { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 2, ApplyNumberFormat = true, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(Clone(wrap)) { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyAlignment = true },
            new CellFormat(Clone(wrap)) { FontId = 1, FillId = 2, BorderId = 0, NumberFormatId = 0, ApplyFont = true, ApplyFill = true, ApplyAlignment = true },
            new CellFormat(Clone(top)) { FontId = 0, FillId = 3, BorderId = 0, NumberFormatId = 0, ApplyFill = true, ApplyAlignment = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat(Clone(wrap)) { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true, ApplyAlignment = true });
        return new Stylesheet(
            fonts,
            fills,
            borders,
            new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }),
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }));

        static Alignment Clone(Alignment a) => (Alignment)a.CloneNode(true);
    }

    /// <summary>The cells of one LKE sheet: texts, numbers and formulas with their cached values; a row is as tall as
    /// its longest wrapped text.</summary>
    private sealed class SheetBuilder : WorksheetBuilder
    {
        // The height of one line of the default 11-point font, in points.
        private const double LineHeight = 15;

        // The wrapped texts of each row (column, text), to size the row when the sheet is built.
        private readonly Dictionary<int, List<(int Column, string Text, bool Bold)>> _wrapped = [];

        public void Text(int column, int row, string? text, uint style = Plain)
        {
            var cell = new Cell { StyleIndex = style };
            if (!string.IsNullOrEmpty(text))
            {
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(CellText.Escape(text)) { Space = SpaceProcessingModeValues.Preserve });
                if (style is Wrap or BoldWrap or Heading)
                {
                    if (!_wrapped.TryGetValue(row, out var texts))
                    {
                        _wrapped[row] = texts = [];
                    }

                    texts.Add((column, text, style != Wrap));
                }
            }

            Put(column, row, cell);
        }

        public void Number(int column, int row, decimal value, uint style) =>
            Put(column, row, new Cell { StyleIndex = style, CellValue = new CellValue(N(value)) });

        /// <summary>A formula whose result is a number, or the empty text when <paramref name="cached"/> is null.</summary>
        public void Formula(int column, int row, string formula, decimal? cached, uint style)
        {
            var cell = new Cell { StyleIndex = style, CellFormula = new CellFormula(formula) };
            if (cached is { } value)
            {
                cell.CellValue = new CellValue(N(value));
            }
            else
            {
                cell.DataType = CellValues.String;
                cell.CellValue = new CellValue(string.Empty);
            }

            Put(column, row, cell);
        }

        /// <summary>A formula whose result is a text.</summary>
        public void FormulaText(int column, int row, string formula, string cached, uint style) =>
            Put(column, row, new Cell { StyleIndex = style, DataType = CellValues.String, CellFormula = new CellFormula(formula), CellValue = new CellValue(CellText.Escape(cached)) });

        /// <summary>A dropdown with an input message, or none when <paramref name="list"/> is null.</summary>
        public void Validation(string range, string? list, string title, string prompt)
        {
            if (list is not null)
            {
                Dropdown(range, list, title, prompt);
            }
        }

        // Evaluators print the worksheet: every sheet is printable.
        public Worksheet Build(double[] widths, int frozenRows) => Build(widths, frozenRows, printable: true);

        // Spreadsheet programs do not size rows to wrapped text when they open a file, so a long wording would be cut:
        // the row is given the height of its longest wrapped text. A column width counts characters of the digit '0';
        // plain text in a proportional font fits about a sixth more of them, bold text a little fewer.
        protected override double? RowHeight(int row, double[] widths)
        {
            if (!_wrapped.TryGetValue(row, out var texts))
            {
                return null;
            }

            var most = 1;
            foreach (var (column, text, bold) in texts)
            {
                var perLine = Math.Max(1, (int)((column <= widths.Length ? widths[column - 1] : 8.43) * (bold ? 0.9 : 1.15)));
                var lines = text.Split('\n').Sum(part => Math.Max(1, (part.Length + perLine - 1) / perLine));
                most = Math.Max(most, lines);
            }

            return most > 1 ? most * LineHeight : null;
        }
    }
}
