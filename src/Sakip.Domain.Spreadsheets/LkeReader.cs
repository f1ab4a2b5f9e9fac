using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using Sakip.Domain.Collections;
using Sakip.Domain.Evaluations;
using static Sakip.Domain.Spreadsheets.LkeLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Reads an LKE workbook: first every sheet's cells into plain values (the only step that touches the file,
/// and the only one that can meet damaged bytes), then the answers and figures from those values.</summary>
internal static partial class LkeReader
{
    public static Result<LkeSheet> Read(Stream stream, Func<string, EvaluationScheme?> schemes, LkeReadOptions options) =>
        WorkbookCells.Load(stream, options.MaxWorkbookBytes, options.MaxPartCharacters, out var problem) is { } sheets
            ? Interpret(sheets, schemes)
            : Result<LkeSheet>.Failure(problem!);

    private static Result<LkeSheet> Interpret(Dictionary<string, RawSheet> sheets, Func<string, EvaluationScheme?> schemes)
    {
        var problems = new List<Problem>();
        if (!sheets.TryGetValue(InfoSheet, out var info))
        {
            return Result<LkeSheet>.Failure(new Problem(Quote(InfoSheet), SpreadsheetMessages.MissingSheet(InfoSheet)));
        }

        string At(int column, int row) => Address(info.Name, Cell(column, row));
        var schemeId = Plain(info[2, InfoSchemeRow]);
        EvaluationScheme? scheme = null;
        if (string.IsNullOrWhiteSpace(schemeId))
        {
            problems.Add(new Problem(At(2, InfoSchemeRow), SpreadsheetMessages.Required));
        }
        else if ((scheme = schemes(schemeId.Trim())) is null)
        {
            problems.Add(new Problem(At(2, InfoSchemeRow), SpreadsheetMessages.UnknownScheme(schemeId.Trim())));
        }

        var version = Plain(info[2, InfoVersionRow])?.Trim();
        if (string.IsNullOrEmpty(version))
        {
            problems.Add(new Problem(At(2, InfoVersionRow), SpreadsheetMessages.Required));
        }
        else if (scheme is not null && version != scheme.Version.ToString(CultureInfo.InvariantCulture))
        {
            problems.Add(new Problem(At(2, InfoVersionRow), SpreadsheetMessages.SchemeVersion(version, scheme.Version)));
        }

        var subject = Plain(info[2, InfoSubjectRow]);
        if (string.IsNullOrWhiteSpace(subject))
        {
            problems.Add(new Problem(At(2, InfoSubjectRow), SpreadsheetMessages.Required));
        }

        int? year = null;
        var yearText = Plain(info[2, InfoYearRow])?.Trim();
        if (string.IsNullOrEmpty(yearText))
        {
            problems.Add(new Problem(At(2, InfoYearRow), SpreadsheetMessages.Required));
        }
        else if (int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var y))
        {
            year = y;
        }
        else
        {
            problems.Add(new Problem(At(2, InfoYearRow), SpreadsheetMessages.NotAYear));
        }

        var methodText = Plain(info[2, InfoMethodRow]);
        var method = ParseMethod(methodText);
        if (string.IsNullOrWhiteSpace(methodText))
        {
            problems.Add(new Problem(At(2, InfoMethodRow), SpreadsheetMessages.Required));
        }
        else if (method is null)
        {
            problems.Add(new Problem(At(2, InfoMethodRow), SpreadsheetMessages.UnknownMethod(methodText.Trim())));
        }

        if (scheme is null)
        {
            return Result<LkeSheet>.Failure(problems);
        }

        var answers = new List<CriterionAnswer>();
        var answerRows = new List<(string Sheet, int Row)>();
        var grades = new List<SubComponentAnswer>();
        var gradeRows = new List<(string Sheet, int Row)>();
        var figureCells = new List<(string Cell, LkeFigureKind Kind, string? Id, RawCell? Raw)>();
        var names = ComponentSheets(scheme);
        for (var c = 0; c < scheme.Components.Count; c++)
        {
            if (!sheets.TryGetValue(names[c], out var sheet))
            {
                problems.Add(new Problem(Quote(names[c]), SpreadsheetMessages.MissingSheet(names[c])));
                continue;
            }

            ReadComponent(scheme.Components[c], sheet, answers, answerRows, grades, gradeRows, figureCells, problems);
        }

        var summary = Languages.Select(l => sheets.GetValueOrDefault(SummarySheet(l))).FirstOrDefault(s => s is not null);
        if (summary is not null)
        {
            for (var c = 0; c < scheme.Components.Count; c++)
            {
                figureCells.Add((Address(summary.Name, Cell(SummaryScoreColumn, FirstRow + c)), LkeFigureKind.ComponentScore, scheme.Components[c].Id, summary[SummaryScoreColumn, FirstRow + c]));
            }

            var (total, deciding, grade) = LkeWriter.SummaryRows(scheme.Components.Count);
            figureCells.Add((Address(summary.Name, Cell(SummaryScoreColumn, total)), LkeFigureKind.Total, null, summary[SummaryScoreColumn, total]));
            figureCells.Add((Address(summary.Name, Cell(SummaryScoreColumn, deciding)), LkeFigureKind.DecidingScore, null, summary[SummaryScoreColumn, deciding]));
            figureCells.Add((Address(summary.Name, Cell(SummaryScoreColumn, grade)), LkeFigureKind.Grade, null, summary[SummaryScoreColumn, grade]));
        }

        var created = Evaluation.Create(scheme, subject ?? string.Empty, year ?? 2000, method ?? scheme.DefaultMethod, answers, grades);
        foreach (var p in created.Problems)
        {
            var path = MapPath(p.Path, info.Name, answerRows, gradeRows);
            // One problem a cell: a cell the sheet reading already blamed is not blamed again by the evaluation's checks.
            if (!problems.Any(q => q.Path == path))
            {
                problems.Add(p with { Path = path });
            }
        }

        if (problems.Count > 0)
        {
            return Result<LkeSheet>.Failure(problems);
        }

        var evaluation = created.GetValueOrThrow();
        return Result<LkeSheet>.Success(new LkeSheet(evaluation, Compare(evaluation.Score(), figureCells)));
    }

    private static void ReadComponent(
        Component component,
        RawSheet sheet,
        List<CriterionAnswer> answers,
        List<(string Sheet, int Row)> answerRows,
        List<SubComponentAnswer> grades,
        List<(string Sheet, int Row)> gradeRows,
        List<(string Cell, LkeFigureKind Kind, string? Id, RawCell? Raw)> figures,
        List<Problem> problems)
    {
        var subs = component.SubComponents.ToDictionary(s => s.Id.Trim(), StringComparer.OrdinalIgnoreCase);
        var criteria = component.SubComponents.SelectMany(s => s.Criteria).ToDictionary(k => k.Id.Trim(), StringComparer.OrdinalIgnoreCase);
        var subRows = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var criterionRows = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        string At(int column, int row) => Address(sheet.Name, Cell(column, row));

        for (var row = FirstRow; row <= sheet.LastRow; row++)
        {
            var id = Plain(sheet[IdColumn, row])?.Trim();
            if (string.IsNullOrEmpty(id))
            {
                continue;
            }

            // A sub-component's row comes before its criteria's, so an id that names both is the sub-component first.
            if (subs.TryGetValue(id, out var sub) && !subRows.ContainsKey(id))
            {
                subRows[id] = row;
                var proposed = sub.Scale is { } scale ? Code(sheet, ProposedColumn, row, scale, problems) : NoGrade(sheet, ProposedColumn, row, problems);
                var final = sub.Scale is { } scale2 ? Code(sheet, FinalColumn, row, scale2, problems) : NoGrade(sheet, FinalColumn, row, problems);
                var (evidence, note) = Texts(sheet, row, problems);
                if (proposed is not null || final is not null || evidence.Count > 0 || note is not null)
                {
                    grades.Add(new SubComponentAnswer(sub.Id, proposed, final) { Evidence = evidence, Note = note });
                    gradeRows.Add((sheet.Name, row));
                }

                figures.Add((At(ScoreColumn, row), LkeFigureKind.SubComponentScore, sub.Id, sheet[ScoreColumn, row]));
            }
            else if (criteria.TryGetValue(id, out var criterion) && !criterionRows.ContainsKey(id))
            {
                criterionRows[id] = row;
                var proposed = Code(sheet, ProposedColumn, row, criterion.Scale, problems);
                var final = Code(sheet, FinalColumn, row, criterion.Scale, problems);
                var (evidence, note) = Texts(sheet, row, problems);
                if (proposed is not null || final is not null || evidence.Count > 0 || note is not null)
                {
                    answers.Add(new CriterionAnswer(criterion.Id, proposed, final) { Evidence = evidence, Note = note });
                    answerRows.Add((sheet.Name, row));
                }
            }
            else if (subRows.TryGetValue(id, out var first) || criterionRows.TryGetValue(id, out first))
            {
                problems.Add(new Problem(At(IdColumn, row), SpreadsheetMessages.DuplicateRow(id, At(IdColumn, first))));
            }
            else
            {
                problems.Add(new Problem(At(IdColumn, row), SpreadsheetMessages.UnknownRow(id, sheet.Name)));
            }
        }

        foreach (var missing in subs.Keys.Where(k => !subRows.ContainsKey(k)).Concat(criteria.Keys.Where(k => !criterionRows.ContainsKey(k))))
        {
            problems.Add(new Problem(Address(sheet.Name, "A:A"), SpreadsheetMessages.MissingRow(subs.TryGetValue(missing, out var s) ? s.Id : criteria[missing].Id)));
        }

        figures.Add((At(Parse(ComponentScoreCell).Column, Parse(ComponentScoreCell).Row), LkeFigureKind.ComponentScore, component.Id, sheet[Parse(ComponentScoreCell).Column, Parse(ComponentScoreCell).Row]));
    }

    /// <summary>The answer code of a cell: null when empty; a number is its text when that is a code of the scale;
    /// a formula, a logical value or an error is a problem.</summary>
    private static string? Code(RawSheet sheet, int column, int row, AnswerScale scale, List<Problem> problems)
    {
        var cell = sheet[column, row];
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        var at = Address(sheet.Name, Cell(column, row));
        if (cell.IsFormula)
        {
            problems.Add(new Problem(at, SpreadsheetMessages.FormulaInAnswer));
            return null;
        }

        switch (cell.Kind)
        {
            case CellKind.Number when scale.Find(cell.Text) is null:
                problems.Add(new Problem(at, SpreadsheetMessages.NumberInAnswer(cell.Text, scale.Codes())));
                return null;
            case CellKind.Boolean or CellKind.Error:
                problems.Add(new Problem(at, SpreadsheetMessages.NotText));
                return null;
            default:
                return cell.Text;
        }
    }

    private static string? NoGrade(RawSheet sheet, int column, int row, List<Problem> problems)
    {
        if (Plain(sheet[column, row]) is { } text && !string.IsNullOrWhiteSpace(text))
        {
            problems.Add(new Problem(Address(sheet.Name, Cell(column, row)), SpreadsheetMessages.NoGradeScale));
        }

        return null;
    }

    private static (ValueList<string> Evidence, string? Note) Texts(RawSheet sheet, int row, List<Problem> problems)
    {
        var evidence = Text(sheet, EvidenceColumn, row, problems);
        var note = Text(sheet, NoteColumn, row, problems);
        ValueList<string> items = evidence is null
            ? []
            : [.. evidence.Replace("\r\n", "\n", StringComparison.Ordinal).Split(EvidenceSeparator).Select(e => e.Trim()).Where(e => e.Length > 0)];
        return (items, string.IsNullOrWhiteSpace(note) ? null : note);
    }

    private static string? Text(RawSheet sheet, int column, int row, List<Problem> problems)
    {
        var cell = sheet[column, row];
        if (cell is { Kind: CellKind.Boolean or CellKind.Error })
        {
            problems.Add(new Problem(Address(sheet.Name, Cell(column, row)), SpreadsheetMessages.NotText));
            return null;
        }

        return Plain(cell);
    }

    /// <summary>A cell's value as text (a number in invariant form), or null when it is empty.</summary>
    private static string? Plain(RawCell? cell) => cell is null || cell.Kind == CellKind.Empty ? null : cell.Text;

    private static string MapPath(string path, string infoSheet, List<(string Sheet, int Row)> answerRows, List<(string Sheet, int Row)> gradeRows)
    {
        switch (path)
        {
            case "subject":
                return Address(infoSheet, Cell(2, InfoSubjectRow));
            case "year":
                return Address(infoSheet, Cell(2, InfoYearRow));
            case "method":
                return Address(infoSheet, Cell(2, InfoMethodRow));
        }

        var match = RowPath().Match(path);
        if (!match.Success)
        {
            return path;
        }

        var rows = match.Groups[1].Value == "answers" ? answerRows : gradeRows;
        var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (index >= rows.Count)
        {
            return path;
        }

        var (sheet, row) = rows[index];
        var column = match.Groups[3].Value switch
        {
            "proposed" => ProposedColumn,
            "final" => FinalColumn,
            "note" => NoteColumn,
            "evidence" => EvidenceColumn,
            _ => IdColumn,
        };
        return Address(sheet, Cell(column, row));
    }

    [GeneratedRegex(@"^(answers|grades)\[(\d+)\](?:\.([a-zA-Z]+))?")]
    private static partial Regex RowPath();

    private static ValueList<LkeFigure> Compare(EvaluationResult result, List<(string Cell, LkeFigureKind Kind, string? Id, RawCell? Raw)> cells)
    {
        var figures = new List<LkeFigure>();
        foreach (var (cell, kind, id, raw) in cells)
        {
            // A cell the sheet has no value for (missing, or a formula never calculated) is no figure of the sheet.
            if (raw is null || (raw.IsFormula && !raw.HasValue))
            {
                continue;
            }

            var library = kind switch
            {
                LkeFigureKind.SubComponentScore => result.SubComponents.First(s => s.SubComponent.Id == id).Score is { } s ? Figures.Text(s) : null,
                LkeFigureKind.ComponentScore => result.Components.First(c => c.Component.Id == id).Score is { } c ? Figures.Text(c) : null,
                LkeFigureKind.Total => result.Total is { } t ? Figures.Text(t) : null,
                LkeFigureKind.DecidingScore => result.DecidingScore is { } d ? Figures.Text(d) : null,
                _ => result.Grade?.Code,
            };
            figures.Add(new LkeFigure(cell, kind, id, raw.Kind == CellKind.Empty || (raw.Kind == CellKind.Text && raw.Text.Trim().Length == 0) ? null : raw.Text, library));
        }

        return [.. figures];
    }
}
