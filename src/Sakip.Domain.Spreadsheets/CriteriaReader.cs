using System.Globalization;
using System.Text.RegularExpressions;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;
using Sakip.Domain.Values;
using static Sakip.Domain.Spreadsheets.CriteriaLayout;
using static Sakip.Domain.Spreadsheets.LkeLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Reads a criteria workbook (docs/spreadsheets-criteria.md) into an evaluation scheme: first every sheet's
/// cells into plain values, then the tables found by their headings, then the scheme, whose validation problems are
/// mapped back to cells.</summary>
internal sealed partial class CriteriaReader
{
    private readonly Dictionary<string, RawSheet> _sheets;
    private readonly CriteriaImportOptions _options;
    private readonly List<Problem> _problems = [];
    private readonly HashSet<(string Sheet, int Column, int Row)> _reportedMerges = [];
    private readonly HashSet<string> _ambiguousCells = [];
    private readonly List<ComponentRow> _components = [];
    private readonly Dictionary<string, ScaleRows> _scales = new(StringComparer.OrdinalIgnoreCase);

    private CriteriaReader(Dictionary<string, RawSheet> sheets, CriteriaImportOptions options)
    {
        _sheets = sheets;
        _options = options;
    }

    public static Result<EvaluationScheme> Read(Stream stream, CriteriaImportOptions options) =>
        WorkbookCells.Load(stream, options.Limits.MaxWorkbookBytes, options.Limits.MaxPartCharacters, out var problem) is { } sheets
            ? new CriteriaReader(sheets, options).Interpret()
            : Result<EvaluationScheme>.Failure(problem!);

    private Result<EvaluationScheme> Interpret()
    {
        if (_options.Sheet is { } wanted && !_sheets.ContainsKey(wanted))
        {
            return Result<EvaluationScheme>.Failure(new Problem(Quote(wanted), SpreadsheetMessages.MissingCriteriaSheet(wanted)));
        }

        var tables = _sheets.Values.SelectMany(FindTables).ToList();
        var criteria = tables.FirstOrDefault(t => t.Kind == CriteriaTableKind.Criteria
            && (_options.Sheet is null || string.Equals(t.Sheet.Name, _options.Sheet, StringComparison.OrdinalIgnoreCase)));
        if (criteria is null)
        {
            return Result<EvaluationScheme>.Failure(new Problem(_options.Sheet is { } s ? Quote(s) : string.Empty, SpreadsheetMessages.NoCriteriaTable));
        }

        ReadCriteria(criteria);
        foreach (var table in tables.Where(t => t.Kind == CriteriaTableKind.Scales))
        {
            ReadScales(table);
        }

        foreach (var table in tables.Where(t => t.Kind == CriteriaTableKind.Weights))
        {
            ReadWeights(table);
        }

        // One problem a cell: what follows from a cell already blamed (an empty title after a formula, the cells of a
        // merged range that spans columns) is not blamed again.
        _problems.RemoveAll(p => _ambiguousCells.Contains(p.Path));
        if (_problems.Count > 0)
        {
            return Result<EvaluationScheme>.Failure(_problems.DistinctBy(p => p.Path));
        }

        var definition = Assemble();
        if (_problems.Count > 0 || definition is null)
        {
            return Result<EvaluationScheme>.Failure(_problems);
        }

        var created = EvaluationScheme.Create(definition);
        if (created.IsSuccess)
        {
            return created;
        }

        var mapped = new List<Problem>();
        foreach (var p in created.Problems)
        {
            var problem = p with { Path = MapPath(p.Path) };
            if (!mapped.Any(q => q.Path == problem.Path && q.Reason.Code == problem.Reason.Code))
            {
                mapped.Add(problem);
            }
        }

        return Result<EvaluationScheme>.Failure(mapped);
    }

    // ---------------------------------------------------------------- tables

    private sealed record Table(RawSheet Sheet, CriteriaTableKind Kind, int HeaderRow, Dictionary<CriteriaColumn, int> Columns)
    {
        public int FirstColumn => Columns.Values.Min();

        public int LastColumn => Columns.Values.Max();

        public int LastRow { get; set; }
    }

    /// <summary>The tables of a sheet: each row is split into runs of adjacent text cells, and a run whose headings
    /// name a table's columns starts that table; it runs down to the row before the next table header that shares a
    /// column with it, or to the end of the sheet.</summary>
    private static List<Table> FindTables(RawSheet sheet)
    {
        var tables = new List<Table>();
        var rows = sheet.Cells
            .Where(p => p.Value is { Kind: CellKind.Text, IsFormula: false } && !string.IsNullOrWhiteSpace(p.Value.Text))
            .GroupBy(p => p.Key.Row)
            .OrderBy(g => g.Key);
        foreach (var row in rows)
        {
            var cells = row.OrderBy(p => p.Key.Column).Select(p => (p.Key.Column, p.Value.Text)).ToList();
            var run = new List<(int Column, string Text)>();
            for (var i = 0; i <= cells.Count; i++)
            {
                if (i < cells.Count && (run.Count == 0 || cells[i].Column == run[^1].Column + 1))
                {
                    run.Add(cells[i]);
                    continue;
                }

                if (run.Count >= 2 && Classify(run) is { } found)
                {
                    tables.Add(new Table(sheet, found.Kind, row.Key, found.Columns));
                }

                run = i < cells.Count ? [cells[i]] : [];
            }
        }

        foreach (var table in tables)
        {
            var next = tables
                .Where(t => t.HeaderRow > table.HeaderRow && t.FirstColumn <= table.LastColumn && t.LastColumn >= table.FirstColumn)
                .Select(t => t.HeaderRow)
                .DefaultIfEmpty(sheet.LastRow + 1)
                .Min();
            table.LastRow = next - 1;
        }

        return tables;
    }

    /// <summary>A table's cell: the value of the merged range it lies in (a range spanning several of the table's
    /// columns is reported once, and gives its value only to its first column), with the address of the cell that
    /// holds the value.</summary>
    private (RawCell? Cell, string Address) At(Table table, CriteriaColumn column, int row)
    {
        if (!table.Columns.TryGetValue(column, out var c))
        {
            return (null, Address(table.Sheet.Name, Cell(table.FirstColumn, row)));
        }

        if (table.Sheet.MergedRange(c, row) is not { } range)
        {
            return (table.Sheet[c, row], Address(table.Sheet.Name, Cell(c, row)));
        }

        var address = Address(table.Sheet.Name, Cell(range.FirstColumn, range.FirstRow));
        var spanned = table.Columns.Values.Where(v => v >= range.FirstColumn && v <= range.LastColumn).Order().ToList();
        if (spanned.Count > 1)
        {
            if (_reportedMerges.Add((table.Sheet.Name, range.FirstColumn, range.FirstRow)))
            {
                var text = $"{Cell(range.FirstColumn, range.FirstRow)}:{Cell(range.LastColumn, range.LastRow)}";
                _problems.Add(new Problem(address, SpreadsheetMessages.MergedAcross(Address(table.Sheet.Name, text))));
                if ((long)(range.LastColumn - range.FirstColumn + 1) * (range.LastRow - range.FirstRow + 1) <= 10_000)
                {
                    // What the reader then makes of the range's cells (a column left empty) follows from the merge.
                    for (var r = range.FirstRow; r <= range.LastRow; r++)
                    {
                        for (var k = range.FirstColumn; k <= range.LastColumn; k++)
                        {
                            _ambiguousCells.Add(Address(table.Sheet.Name, Cell(k, r)));
                        }
                    }

                    _ambiguousCells.Remove(address);
                }
            }

            if (c != spanned[0])
            {
                return (null, Address(table.Sheet.Name, Cell(c, row)));
            }
        }

        return (table.Sheet[range.FirstColumn, range.FirstRow], address);
    }

    private bool Blank(Table table, int row) =>
        table.Columns.Keys.All(k => At(table, k, row).Cell is null or { IsBlank: true });

    /// <summary>A cell's text, trimmed (a number in invariant form); null when blank, or (with the problem) when it
    /// holds a formula, a logical value or an error.</summary>
    private string? Text(Table table, CriteriaColumn column, int row)
    {
        var (cell, address) = At(table, column, row);
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        if (cell.IsFormula)
        {
            _problems.Add(new Problem(address, SpreadsheetMessages.CriteriaFormula));
            return null;
        }

        if (cell.Kind is CellKind.Boolean or CellKind.Error)
        {
            _problems.Add(new Problem(address, SpreadsheetMessages.CriteriaNotText));
            return null;
        }

        return cell.Text.Trim();
    }

    private string CellOf(Table table, CriteriaColumn column, int row) => At(table, column, row).Address;

    /// <summary>A cell's number: a number cell as stored, or text read by the core's number reader in Indonesian and
    /// in invariant notation (a text that reads as two different numbers is a problem); with
    /// <paramref name="percent"/>, <c>90%</c> is 0.9.</summary>
    private decimal? Number(Table table, CriteriaColumn column, int row, bool percent = false)
    {
        var (cell, address) = At(table, column, row);
        if (cell is null || cell.IsBlank)
        {
            return null;
        }

        if (cell.IsFormula)
        {
            _problems.Add(new Problem(address, SpreadsheetMessages.CriteriaFormula));
            return null;
        }

        if (cell.Kind == CellKind.Number && Figures.Parse(cell.Text) is { } stored)
        {
            return stored;
        }

        var text = cell.Text.Trim();
        var divide = percent && text.EndsWith('%');
        var digits = divide ? text[..^1].TrimEnd() : text;
        var indonesian = DecimalReader.TryParse(digits, Cultures.Indonesian);
        var invariant = DecimalReader.TryParse(digits, null);
        decimal value;
        if (indonesian.TryGetValue(out var a) && invariant.TryGetValue(out var b) && a != b)
        {
            _problems.Add(new Problem(address, SpreadsheetMessages.AmbiguousNumber(text, a, b)));
            return null;
        }
        else if (indonesian.TryGetValue(out a))
        {
            value = a;
        }
        else if (invariant.TryGetValue(out b))
        {
            value = b;
        }
        else
        {
            _problems.Add(new Problem(address, SpreadsheetMessages.NotANumber(text, indonesian.Problems[0].Reason.Message)));
            return null;
        }

        return divide ? value / 100m : value;
    }

    // ---------------------------------------------------------------- criteria table

    private sealed class ComponentRow(string id, string name, string text, string cell)
    {
        public string Id { get; } = id;

        public string Name { get; } = name;

        public string Text { get; } = text;

        public string Cell { get; } = cell;

        public List<SubComponentRow> SubComponents { get; } = [];

        public (decimal Value, string Cell)? Weight { get; set; }
    }

    private sealed class SubComponentRow(string id, string name, string text, string cell)
    {
        public string Id { get; } = id;

        public string Name { get; } = name;

        public string Text { get; } = text;

        public string Cell { get; } = cell;

        public List<CriterionRow> Criteria { get; } = [];

        public (decimal Value, string Cell)? Weight { get; set; }

        public (decimal Value, string Cell)? SheetWeight { get; set; }

        public (string Id, string Cell)? Scale { get; set; }

        public (ScoringMethod Value, string Cell)? Method { get; set; }

        public (string? Id, string Cell)? DependsOn { get; set; }

        public string? WeightRowCell { get; set; }

        public string? ResolvedScale { get; set; }
    }

    private sealed record CriterionRow(string Id, string IdCell, string Title, string TitleCell)
    {
        public (string Id, string Cell)? Scale { get; init; }

        public string ScaleCell { get; init; } = TitleCell;

        public (string? Id, string Cell)? DependsOn { get; init; }

        public (decimal? Value, string Cell)? Points { get; init; }

        public string? Guidance { get; init; }

        public bool GuidanceColumn { get; init; }

        /// <summary>The id of the scale the criterion took (given, the base's, its sub-component's, the only one).</summary>
        public string? ResolvedScale { get; set; }
    }

    private void ReadCriteria(Table table)
    {
        ComponentRow? component = null;
        SubComponentRow? sub = null;
        (string Sub, string Cell)? carried = null;
        var blamed = false;
        string? stale = null;
        string? staleComponent = null;
        var componentIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var subIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var criterionIds = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var has = table.Columns.ContainsKey;
        for (var row = table.HeaderRow + 1; row <= table.LastRow; row++)
        {
            if (Blank(table, row))
            {
                continue;
            }

            var componentText = Text(table, CriteriaColumn.Component, row);
            var subText = Text(table, CriteriaColumn.SubComponent, row);
            if (componentText is not null && componentText != staleComponent && !Same(component, componentText))
            {
                var (id, name) = SplitNumbered(componentText);
                id ??= (_components.Count + 1).ToString(CultureInfo.InvariantCulture);
                var cell = CellOf(table, CriteriaColumn.Component, row);
                if (componentIds.TryGetValue(Key(id), out var first))
                {
                    // Reported once; the rows below it belong to no component until the next one.
                    if (componentText != staleComponent)
                    {
                        _problems.Add(new Problem(cell, SpreadsheetMessages.DuplicateCriteriaId(id, first)));
                    }

                    staleComponent = componentText;
                    component = null;
                    sub = null;
                    blamed = true;
                    continue;
                }

                componentIds[Key(id)] = cell;

                var previous = component;
                component = new ComponentRow(id, name, componentText, cell);
                _components.Add(component);
                if (sub is not null && subText is null)
                {
                    carried = (sub.Id, cell);
                }
                else if (sub is not null && subText is not null && Same(sub, previous, subText))
                {
                    // The sub-component's cell (a merged range, or the same text) runs on into the new component.
                    _problems.Add(new Problem(CellOf(table, CriteriaColumn.SubComponent, row), SpreadsheetMessages.ComponentChanged(sub.Id, cell)));
                    sub = null;
                    blamed = true;
                    stale = subText;
                    continue;
                }

                sub = null;
                blamed = false;
            }

            if (subText is not null && subText != stale && (sub is null || !Same(sub, component, subText)))
            {
                stale = null;
                var cell = CellOf(table, CriteriaColumn.SubComponent, row);
                if (component is null)
                {
                    if (!blamed)
                    {
                        _problems.Add(new Problem(cell, SpreadsheetMessages.NoComponent));
                        blamed = true;
                    }

                    continue;
                }

                var (token, name) = SplitNumbered(subText);
                var id = ChildId(component.Id, token ?? Letter(component.SubComponents.Count));
                if (subIds.TryGetValue(Key(id), out var first))
                {
                    _problems.Add(new Problem(cell, SpreadsheetMessages.DuplicateCriteriaId(id, first)));
                    sub = null;
                    blamed = true;
                    stale = subText;
                    continue;
                }

                subIds[Key(id)] = cell;

                sub = new SubComponentRow(id, name, subText, cell);
                component.SubComponents.Add(sub);
                carried = null;
                blamed = false;
            }

            if (Number(table, CriteriaColumn.Weight, row) is { } weight && sub is not null)
            {
                var cell = CellOf(table, CriteriaColumn.Weight, row);
                if (sub.SheetWeight is { } known && known.Value != weight)
                {
                    _problems.Add(new Problem(cell, SpreadsheetMessages.WeightConflict(sub.Id, known.Value, known.Cell)));
                }

                sub.SheetWeight ??= (weight, cell);
            }

            var title = Text(table, CriteriaColumn.Criterion, row);
            var number = Text(table, CriteriaColumn.Id, row);
            if (title is null)
            {
                if (number is not null)
                {
                    _problems.Add(new Problem(CellOf(table, CriteriaColumn.Criterion, row), SpreadsheetMessages.Required));
                }

                continue;
            }

            if (sub is null)
            {
                if (!blamed)
                {
                    var cell = has(CriteriaColumn.SubComponent) ? CellOf(table, CriteriaColumn.SubComponent, row) : CellOf(table, CriteriaColumn.Criterion, row);
                    _problems.Add(new Problem(cell, carried is { } c ? SpreadsheetMessages.ComponentChanged(c.Sub, c.Cell) : SpreadsheetMessages.NoSubComponent));
                    blamed = true;
                }

                continue;
            }

            var titleCell = CellOf(table, CriteriaColumn.Criterion, row);
            string criterionId;
            string idCell;
            if (number is not null)
            {
                criterionId = ChildId(sub.Id, number);
                idCell = CellOf(table, CriteriaColumn.Id, row);
            }
            else if (SplitNumbered(title) is ({ } token, var rest) && rest.Length > 0)
            {
                criterionId = ChildId(sub.Id, token);
                title = rest;
                idCell = titleCell;
            }
            else
            {
                criterionId = sub.Id + "." + (sub.Criteria.Count + 1).ToString(CultureInfo.InvariantCulture);
                idCell = titleCell;
            }

            if (criterionIds.TryGetValue(Key(criterionId), out var firstCriterion))
            {
                _problems.Add(new Problem(idCell, SpreadsheetMessages.DuplicateCriteriaId(criterionId, firstCriterion)));
                continue;
            }

            criterionIds[Key(criterionId)] = idCell;
            var scale = Text(table, CriteriaColumn.Scale, row);
            var depends = Text(table, CriteriaColumn.DependsOn, row);
            sub.Criteria.Add(new CriterionRow(criterionId, idCell, title, titleCell)
            {
                Scale = scale is null ? null : (scale, CellOf(table, CriteriaColumn.Scale, row)),
                ScaleCell = has(CriteriaColumn.Scale) ? CellOf(table, CriteriaColumn.Scale, row) : titleCell,
                DependsOn = has(CriteriaColumn.DependsOn) ? (depends, CellOf(table, CriteriaColumn.DependsOn, row)) : null,
                Points = has(CriteriaColumn.Points) ? (Number(table, CriteriaColumn.Points, row), CellOf(table, CriteriaColumn.Points, row)) : null,
                Guidance = Text(table, CriteriaColumn.Guidance, row),
                GuidanceColumn = has(CriteriaColumn.Guidance),
            });
        }
    }

    /// <summary>Whether a component cell names the current component (the same text, or the same number).</summary>
    private static bool Same(ComponentRow? component, string text) =>
        component is not null && (component.Text == text || (SplitNumbered(text).Id is { } id && Key(id) == Key(component.Id)));

    private static bool Same(SubComponentRow sub, ComponentRow? component, string text) =>
        sub.Text == text || (component is not null && SplitNumbered(text).Id is { } id && Key(ChildId(component.Id, id)) == Key(sub.Id));

    /// <summary>The id of a child written with its own number only: <c>a</c> under <c>1</c> is <c>1a</c>, <c>a</c>
    /// under <c>B</c> is <c>B.a</c>, <c>1</c> under <c>1a</c> is <c>1a.1</c>; a number that already starts with its
    /// parent's id (<c>1a</c>, <c>1.a</c>, <c>1a.1</c>) is kept.</summary>
    private static string ChildId(string parent, string token)
    {
        var startsWithParent = token.Length > parent.Length && token.StartsWith(parent, StringComparison.OrdinalIgnoreCase)
            && (token[parent.Length] == '.' || (char.IsAsciiDigit(parent[^1]) && char.IsAsciiLetter(token[parent.Length])));
        if (startsWithParent)
        {
            return token;
        }

        var joinDirectly = char.IsAsciiDigit(parent[^1]) && token.All(char.IsAsciiLetter) && !parent.Contains('.', StringComparison.Ordinal);
        return parent + (joinDirectly ? string.Empty : ".") + token;
    }

    private static string Letter(int index) => ((char)('a' + (index % 26))).ToString() + (index >= 26 ? (index / 26).ToString(CultureInfo.InvariantCulture) : string.Empty);

    // ---------------------------------------------------------------- scale tables

    private sealed class ScaleRows(string id, string name)
    {
        public string Id { get; } = id;

        public string Name { get; } = name;

        public List<(AnswerOption Option, string CodeCell, string ValueCell, string MeaningCell)> Options { get; } = [];

        public AnswerScale Build() => new(Id, Name, Options.Select(o => o.Option));
    }

    private void ReadScales(Table table)
    {
        ScaleRows? current = null;
        for (var row = table.HeaderRow + 1; row <= table.LastRow; row++)
        {
            if (Blank(table, row))
            {
                continue;
            }

            var id = Text(table, CriteriaColumn.Scale, row);
            var name = Text(table, CriteriaColumn.ScaleName, row);
            if (current is null || (id is not null && !string.Equals(id, current.Id, StringComparison.OrdinalIgnoreCase)))
            {
                id ??= "skala";
                if (!_scales.TryGetValue(id, out current))
                {
                    _scales[id] = current = new ScaleRows(id, name ?? id);
                }
            }

            var code = Text(table, CriteriaColumn.Code, row);
            var value = Number(table, CriteriaColumn.Value, row, percent: true);
            var meaning = Text(table, CriteriaColumn.Meaning, row);
            var english = Text(table, CriteriaColumn.EnglishMeaning, row);
            var codeCell = CellOf(table, CriteriaColumn.Code, row);
            var valueCell = CellOf(table, CriteriaColumn.Value, row);
            if (code is null && At(table, CriteriaColumn.Code, row).Cell is null or { IsBlank: true })
            {
                _problems.Add(new Problem(codeCell, SpreadsheetMessages.Required));
                continue;
            }

            if (value is null && At(table, CriteriaColumn.Value, row).Cell is null or { IsBlank: true })
            {
                _problems.Add(new Problem(valueCell, SpreadsheetMessages.Required));
                continue;
            }

            if (code is null || value is not { } v)
            {
                continue;
            }

            if (v is < 0m or > 1m)
            {
                _problems.Add(new Problem(valueCell, SpreadsheetMessages.ValueOutOfRange));
                continue;
            }

            var label = new BilingualText(english ?? meaning ?? code, meaning ?? english ?? code);
            current.Options.Add((new AnswerOption(code, v, label), codeCell, valueCell, CellOf(table, CriteriaColumn.Meaning, row)));
        }
    }

    // ---------------------------------------------------------------- weight tables

    private void ReadWeights(Table table)
    {
        var has = table.Columns.ContainsKey;
        ComponentRow? current = null;
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var row = table.HeaderRow + 1; row <= table.LastRow; row++)
        {
            if (Blank(table, row))
            {
                continue;
            }

            var idCell = has(CriteriaColumn.Id) ? CellOf(table, CriteriaColumn.Id, row) : CellOf(table, CriteriaColumn.Name, row);
            var id = Text(table, CriteriaColumn.Id, row) ?? (Text(table, CriteriaColumn.Name, row) is { } named ? SplitNumbered(named).Id : null);
            if (id is null)
            {
                if (At(table, CriteriaColumn.Id, row).Cell is null or { IsBlank: true })
                {
                    _problems.Add(new Problem(idCell, SpreadsheetMessages.Required));
                }

                continue;
            }

            var component = _components.FirstOrDefault(c => Key(c.Id) == Key(id));
            var sub = component is null
                ? _components.SelectMany(c => c.SubComponents).FirstOrDefault(s => Key(s.Id) == Key(id) || (current is not null && Key(s.Id) == Key(ChildId(current.Id, id))))
                : null;
            if (component is null && sub is null)
            {
                _problems.Add(new Problem(idCell, SpreadsheetMessages.UnknownWeightRow(id)));
                continue;
            }

            var key = Key(component?.Id ?? sub!.Id);
            if (seen.TryGetValue(key, out var first))
            {
                _problems.Add(new Problem(idCell, SpreadsheetMessages.DuplicateCriteriaId(id, first)));
                continue;
            }

            seen[key] = idCell;
            var weightCell = CellOf(table, CriteriaColumn.Weight, row);
            var weight = Number(table, CriteriaColumn.Weight, row);
            if (component is not null)
            {
                current = component;
                component.Weight = weight is { } w ? (w, weightCell) : null;
                continue;
            }

            sub!.WeightRowCell = idCell;
            if (weight is { } sw)
            {
                if (sub.SheetWeight is { } known && known.Value != sw)
                {
                    _problems.Add(new Problem(weightCell, SpreadsheetMessages.WeightConflict(sub.Id, known.Value, known.Cell)));
                }

                sub.Weight = (sw, weightCell);
            }

            if (Text(table, CriteriaColumn.Scale, row) is { } scale)
            {
                sub.Scale = (scale, CellOf(table, CriteriaColumn.Scale, row));
            }

            if (Text(table, CriteriaColumn.Method, row) is { } methodText)
            {
                var cell = CellOf(table, CriteriaColumn.Method, row);
                if (ParseScoringMethod(methodText) is { } m)
                {
                    sub.Method = (m, cell);
                }
                else
                {
                    _problems.Add(new Problem(cell, SpreadsheetMessages.UnknownScoringMethod(methodText)));
                }
            }

            if (has(CriteriaColumn.DependsOn))
            {
                sub.DependsOn = (Text(table, CriteriaColumn.DependsOn, row), CellOf(table, CriteriaColumn.DependsOn, row));
            }
        }
    }

    // ---------------------------------------------------------------- the scheme

    private SchemeDefinition? Assemble()
    {
        var baseScheme = _options.Base;
        var baseComponents = baseScheme?.Components.GroupBy(c => Key(c.Id)).ToDictionary(g => g.Key, g => g.First()) ?? [];
        var baseSubs = baseScheme?.SubComponents.GroupBy(s => Key(s.Id)).ToDictionary(g => g.Key, g => g.First()) ?? [];
        var baseCriteria = baseScheme?.Criteria.GroupBy(k => Key(k.Id)).ToDictionary(g => g.Key, g => g.First()) ?? [];
        var baseScales = baseScheme is null
            ? []
            : baseScheme.SubComponents.Select(s => s.Scale).OfType<AnswerScale>().Concat(baseScheme.Criteria.Select(k => k.Scale))
                .GroupBy(s => s.Id, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var workbookScales = _scales.Values.Where(s => s.Options.Count > 0).ToDictionary(s => s.Id, s => s.Build(), StringComparer.OrdinalIgnoreCase);
        var fromBase = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        void Took(string what, string id)
        {
            if (!fromBase.TryGetValue(what, out var ids))
            {
                fromBase[what] = ids = [];
            }

            ids.Add(id);
        }

        AnswerScale? Scale(string id, string cell)
        {
            if (workbookScales.TryGetValue(id, out var scale) || AnswerScales.TryGet(id, out scale) || baseScales.TryGetValue(id, out scale))
            {
                return scale;
            }

            var known = string.Join(", ", workbookScales.Keys.Concat(AnswerScales.All.Select(s => s.Id)).Concat(baseScales.Keys).Distinct(StringComparer.OrdinalIgnoreCase));
            _problems.Add(new Problem(cell, SpreadsheetMessages.UnknownScale(id, known)));
            return null;
        }

        var components = new List<Component>();
        foreach (var row in _components)
        {
            var baseComponent = baseComponents.GetValueOrDefault(Key(row.Id));
            var subs = new List<SubComponent>();
            var allWeighted = true;
            foreach (var sub in row.SubComponents)
            {
                var baseSub = baseSubs.GetValueOrDefault(Key(sub.Id));
                var weight = sub.Weight?.Value ?? sub.SheetWeight?.Value;
                if (weight is null && baseSub is not null)
                {
                    weight = baseSub.Weight;
                    Took("weights", sub.Id);
                }

                if (weight is null)
                {
                    _problems.Add(new Problem(sub.Cell, SpreadsheetMessages.NoWeight(sub.Id, baseScheme?.Id)));
                    allWeighted = false;
                }

                AnswerScale? subScale = null;
                if (sub.Scale is { } named)
                {
                    subScale = Scale(named.Id, named.Cell);
                }
                else if (baseSub?.Scale is { } inherited)
                {
                    subScale = inherited;
                    Took("sub-component scales", sub.Id);
                }

                var criteria = new List<Criterion>();
                foreach (var k in sub.Criteria)
                {
                    var baseCriterion = baseCriteria.GetValueOrDefault(Key(k.Id));
                    AnswerScale? scale = null;
                    if (k.Scale is { } given)
                    {
                        scale = Scale(given.Id, given.Cell);
                        if (scale is null)
                        {
                            continue;
                        }
                    }
                    else if (baseCriterion is not null)
                    {
                        scale = baseCriterion.Scale;
                        Took("criterion scales", k.Id);
                    }
                    else if (subScale is not null)
                    {
                        scale = subScale;
                    }
                    else if (workbookScales.Count == 1)
                    {
                        scale = workbookScales.Values.First();
                    }

                    if (scale is null)
                    {
                        _problems.Add(new Problem(k.ScaleCell, SpreadsheetMessages.NoScale(k.Id)));
                        continue;
                    }

                    var dependsOn = k.DependsOn is { } d ? d.Id : baseCriterion?.DependsOn;
                    var points = k.Points is { } p ? p.Value : baseCriterion?.Points;
                    var guidance = k.GuidanceColumn ? k.Guidance : baseCriterion?.Guidance;
                    if (baseCriterion is not null && ((k.DependsOn is null && dependsOn is not null) || (k.Points is null && points is not null) || (!k.GuidanceColumn && guidance is not null)))
                    {
                        Took("criterion dependencies, points or guidance", k.Id);
                    }

                    k.ResolvedScale = scale.Id;
                    criteria.Add(new Criterion(k.Id, k.Title, scale) { DependsOn = dependsOn, Points = points, Guidance = guidance });
                }

                sub.ResolvedScale = subScale?.Id;
                var scoring = sub.Method?.Value ?? baseSub?.Method ?? (criteria.Any(k => k.Points is not null) ? ScoringMethod.Points : ScoringMethod.Mean);
                var subDependsOn = sub.DependsOn is { } sd ? sd.Id : baseSub?.DependsOn;
                subs.Add(new SubComponent(sub.Id, sub.Name, weight ?? 0m, scoring, [.. criteria]) { Scale = subScale, DependsOn = subDependsOn });
            }

            var componentWeight = row.Weight?.Value;
            if (componentWeight is null && baseComponent is not null)
            {
                componentWeight = baseComponent.Weight;
                Took("weights", row.Id);
            }

            if (componentWeight is null && allWeighted && subs.Count > 0)
            {
                componentWeight = subs.Sum(s => s.Weight);
            }

            if (componentWeight is null)
            {
                _problems.Add(new Problem(row.Cell, SpreadsheetMessages.NoWeight(row.Id, baseScheme?.Id)));
            }

            components.Add(new Component(row.Id, row.Name, componentWeight ?? 0m, [.. subs]));
        }

        var grades = _options.Grades ?? baseScheme?.Grades;
        if (grades is null)
        {
            _problems.Add(new Problem(string.Empty, SpreadsheetMessages.NoGradeTable));
        }

        if (_problems.Count > 0 || grades is null)
        {
            return null;
        }

        var assumptions = new List<string>();
        if (baseScheme is not null)
        {
            var basis = string.Create(CultureInfo.InvariantCulture, $"base scheme {baseScheme.Id} v{baseScheme.Version}");
            foreach (var (what, ids) in fromBase)
            {
                assumptions.Add($"The workbook gives no {what} of {string.Join(", ", ids)}: taken from the {basis}.");
            }

            if (_options.Grades is null)
            {
                assumptions.Add($"Grade table taken from the {basis}.");
            }

            if (_options.DefaultMethod is null)
            {
                assumptions.Add($"Default method taken from the {basis}.");
            }
        }

        var defaultMethod = _options.DefaultMethod ?? baseScheme?.DefaultMethod
            ?? (components.SelectMany(c => c.SubComponents).All(s => s.Scale is not null) ? EvaluationMethod.SubComponentGrades : EvaluationMethod.CriterionGrades);
        return new SchemeDefinition(
            _options.Id ?? (baseScheme is null ? "imported-criteria" : baseScheme.Id + "-imported"),
            _options.Version ?? 1,
            _options.Name ?? (baseScheme is null ? "Imported criteria" : baseScheme.Name + " (imported)"),
            _options.Basis ?? baseScheme?.Basis ?? string.Empty,
            [.. components],
            grades)
        {
            DefaultMethod = defaultMethod,
            Assumptions = [.. assumptions],
        };
    }

    // ---------------------------------------------------------------- validation paths → cells

    /// <summary>The cell a validation problem's path is about: the criterion's, sub-component's or component's cell of
    /// the field named, the scale table's row of an option; the path itself when it names nothing in the workbook
    /// (e.g. the id given in the options).</summary>
    private string MapPath(string path)
    {
        if (path == "components" && _components.Count > 0)
        {
            return _components[0].Weight?.Cell ?? _components[0].Cell;
        }

        var match = SchemePath().Match(path);
        if (!match.Success)
        {
            return path;
        }

        var c = int.Parse(match.Groups["c"].Value, CultureInfo.InvariantCulture);
        if (c >= _components.Count)
        {
            return path;
        }

        var component = _components[c];
        var field = match.Groups["field"].Success ? match.Groups["field"].Value : null;
        if (!match.Groups["s"].Success)
        {
            return field is "weight" or "subComponents" ? component.Weight?.Cell ?? component.Cell : component.Cell;
        }

        var s = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
        if (s >= component.SubComponents.Count)
        {
            return component.Cell;
        }

        var sub = component.SubComponents[s];
        if (!match.Groups["k"].Success)
        {
            return field switch
            {
                "weight" => sub.Weight?.Cell ?? sub.SheetWeight?.Cell ?? sub.Cell,
                "scale" => Option(sub.ResolvedScale, match) ?? sub.Scale?.Cell ?? sub.Cell,
                "dependsOn" => sub.DependsOn?.Cell ?? sub.WeightRowCell ?? sub.Cell,
                "method" => sub.Method?.Cell ?? sub.Cell,
                _ => sub.Cell,
            };
        }

        var k = int.Parse(match.Groups["k"].Value, CultureInfo.InvariantCulture);
        if (k >= sub.Criteria.Count)
        {
            return sub.Cell;
        }

        var criterion = sub.Criteria[k];
        return field switch
        {
            "id" => criterion.IdCell,
            "scale" => Option(criterion.ResolvedScale, match) ?? criterion.ScaleCell,
            "dependsOn" => criterion.DependsOn?.Cell ?? criterion.IdCell,
            "points" => criterion.Points?.Cell ?? criterion.TitleCell,
            _ => criterion.TitleCell,
        };
    }

    /// <summary>The scale table's cell of an option a path names (<c>….scale.options[2].value</c>), when the scale is the
    /// workbook's.</summary>
    private string? Option(string? scaleId, Match match)
    {
        if (scaleId is null || !match.Groups["o"].Success || !_scales.TryGetValue(scaleId, out var rows))
        {
            return null;
        }

        var o = int.Parse(match.Groups["o"].Value, CultureInfo.InvariantCulture);
        if (o >= rows.Options.Count)
        {
            return null;
        }

        var option = rows.Options[o];
        return match.Groups["of"].Value switch
        {
            "value" => option.ValueCell,
            "label" or "englishLabel" => option.MeaningCell,
            _ => option.CodeCell,
        };
    }

    [GeneratedRegex(@"^components\[(?<c>\d+)\](?:\.subComponents\[(?<s>\d+)\](?:\.criteria\[(?<k>\d+)\])?)?(?:\.(?<field>[A-Za-z]+))?(?:\.options\[(?<o>\d+)\](?:\.(?<of>[A-Za-z]+))?)?")]
    private static partial Regex SchemePath();
}
