using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;
using Sakip.Domain.Values;
using static Sakip.Domain.Spreadsheets.PlanLayout;

namespace Sakip.Domain.Spreadsheets;

/// <summary>Reads a plan workbook's cells (already loaded by <see cref="WorkbookCells"/>) into a document: each cell
/// read on its own (a bad one is a problem at its address), then the document built by
/// <see cref="SakipDocumentBuilder"/>, whose problems are mapped from their document paths back to the cells the
/// values came from.</summary>
internal sealed class PlanReader(Dictionary<string, RawSheet> sheets, PlanWorkbookReadOptions options)
{
    private readonly List<Problem> _problems = [];

    // Document path (e.g. renstras[1].items[3].budget[0]) → the cell its value came from.
    private readonly Dictionary<string, string> _cells = new(StringComparer.Ordinal);
    private CultureInfo _culture = options.NumberCulture;

    public Result<SakipDocument> Read()
    {
        if (!sheets.TryGetValue(InfoSheet, out var info))
        {
            return Result<SakipDocument>.Failure(new Problem(LkeLayout.Quote(InfoSheet), SpreadsheetMessages.MissingSheet(InfoSheet)));
        }

        var format = Text(info, 2, InfoFormatRow);
        if (format?.Trim() != FormatId)
        {
            // Another workbook (an LKE sheet, a budget export): nothing else on it means what this reader expects.
            return Result<SakipDocument>.Failure(new Problem(At(info, 2, InfoFormatRow), SpreadsheetMessages.NotAPlanWorkbook));
        }

        var version = Text(info, 2, InfoVersionRow)?.Trim();
        if (version != FormatVersion.ToString(CultureInfo.InvariantCulture))
        {
            Add(info, 2, InfoVersionRow, string.IsNullOrEmpty(version) ? SpreadsheetMessages.Required : SpreadsheetMessages.Version(version));
        }

        if (Text(info, 2, InfoCultureRow) is { } cultureName && !string.IsNullOrWhiteSpace(cultureName))
        {
            if (Culture(cultureName) is { } culture)
            {
                _culture = culture;
            }
            else
            {
                Add(info, 2, InfoCultureRow, SpreadsheetMessages.UnknownCulture(cultureName.Trim()));
            }
        }

        var builder = new SakipDocumentBuilder();
        ReadInfo(info, builder, out var rpjmd);
        var tables = AllSheets.ToDictionary(s => s.Name, Table);
        builder.Indicators.AddRange(ReadIndicators(tables[IndicatorSheet.Name]));
        var plans = new Dictionary<string, Plan>(StringComparer.Ordinal);
        if (rpjmd is not null)
        {
            plans[rpjmd.Id] = rpjmd;
        }

        var renstras = ReadRenstras(tables[RenstraSheet.Name], plans);
        ReadMisi(tables[MisiSheet.Name], rpjmd);
        ReadElements(tables[TujuanSheet.Name], plans, isTujuan: true);
        ReadElements(tables[SasaranSheet.Name], plans, isTujuan: false);
        ReadStrategies(tables[StrategiSheet.Name], plans, arah: false);
        ReadStrategies(tables[ArahSheet.Name], plans, arah: true);
        ReadPrograms(tables[ProgramSheet.Name], plans);
        ReadPlanned(tables[PlannedSheet.Name], plans);
        if (rpjmd is not null)
        {
            builder.Rpjmd = rpjmd.ToRpjmd();
        }

        builder.Renstras.AddRange(renstras.Select(r => r.ToRenstra()));
        var agreements = ReadAgreements(tables[AgreementSheet.Name]);
        ReadAgreementTargets(tables[AgreementTargetSheet.Name], agreements);
        ReadAgreementPrograms(tables[AgreementProgramSheet.Name], agreements);
        builder.PerjanjianKinerja.AddRange(agreements.Values.Select(a => a.ToAgreement()));
        builder.RencanaAksi.AddRange(ReadActionPlans(tables[ActionPlanSheet.Name]));
        builder.Realisations.AddRange(ReadRealisations(tables[RealisationSheet.Name]));
        builder.BudgetRealisations.AddRange(ReadBudgetRealisations(tables[BudgetRealisationSheet.Name]));

        var built = builder.Build();
        var blamed = _problems.Select(p => p.Path).ToHashSet(StringComparer.Ordinal);
        foreach (var problem in built.Problems)
        {
            // One problem a cell: a cell the sheet reading already blamed is not blamed again by the document's checks.
            var cell = CellOf(problem.Path);
            if (blamed.Add(cell))
            {
                _problems.Add(problem with { Path = cell });
            }
        }

        return _problems.Count > 0 ? Result<SakipDocument>.Failure(_problems) : built;
    }

    // ---- The info sheet --------------------------------------------------------------------------------------------

    private void ReadInfo(RawSheet info, SakipDocumentBuilder builder, out Plan? rpjmd)
    {
        var kindText = Text(info, 2, InfoRegionKindRow);
        var kind = RegionKind.Province;
        if (string.IsNullOrWhiteSpace(kindText))
        {
            Add(info, 2, InfoRegionKindRow, SpreadsheetMessages.Required);
        }
        else if (Choice(info, 2, InfoRegionKindRow, RegionKindChoices) is { } k)
        {
            kind = (RegionKind)k;
        }

        builder.Region = new Region(Text(info, 2, InfoRegionCodeRow) ?? string.Empty, Text(info, 2, InfoRegionNameRow) ?? string.Empty, kind);
        Map("region", info, 2, InfoRegionCodeRow);
        Map("region.code", info, 2, InfoRegionCodeRow);
        Map("region.name", info, 2, InfoRegionNameRow);
        Map("region.kind", info, 2, InfoRegionKindRow);
        builder.RuleSetId = Text(info, 2, InfoRuleSetRow);
        Map("ruleSetId", info, 2, InfoRuleSetRow);

        rpjmd = null;
        if (new[] { InfoRpjmdIdRow, InfoRpjmdFirstRow, InfoRpjmdLastRow, InfoVisiRow, InfoIkuRow }.All(r => Blank(info, 2, r)))
        {
            return;
        }

        rpjmd = new Plan(Text(info, 2, InfoRpjmdIdRow) ?? string.Empty, "rpjmd", Period(info, (2, InfoRpjmdFirstRow), (2, InfoRpjmdLastRow)), IsRpjmd: true)
        {
            Visi = Text(info, 2, InfoVisiRow) ?? string.Empty,
            Iku = List(info, 2, InfoIkuRow),
        };
        Map("rpjmd", info, 2, InfoRpjmdIdRow);
        Map("rpjmd.id", info, 2, InfoRpjmdIdRow);
        Map("rpjmd.period", info, 2, InfoRpjmdFirstRow);
        Map("rpjmd.visi", info, 2, InfoVisiRow);
        Map("rpjmd.iku", info, 2, InfoIkuRow);
    }

    private YearSpan? Period(RawSheet sheet, (int Column, int Row) first, (int Column, int Row) last)
    {
        var a = Required(Whole(sheet, first.Column, first.Row), sheet, first.Column, first.Row);
        var b = Required(Whole(sheet, last.Column, last.Row), sheet, last.Column, last.Row);
        if (a is not { } f || b is not { } l)
        {
            return null;
        }

        if (f is < 1 or > 9999 || l is < 1 or > 9999 || l < f)
        {
            Add(sheet, last.Column, last.Row, SpreadsheetMessages.BadPeriod);
            return null;
        }

        return new YearSpan(f, l);
    }

    // ---- Table sheets ----------------------------------------------------------------------------------------------

    /// <summary>A table sheet: its columns by key (0 for one that is missing), its year columns and its rows.</summary>
    private sealed class TableSheet(PlanSheet layout, RawSheet? sheet)
    {
        public PlanSheet Layout { get; } = layout;

        public RawSheet? Sheet { get; } = sheet;

        public Dictionary<string, int> Columns { get; } = [];

        public SortedDictionary<(int Year, bool Upper), int> Years { get; } = [];

        public int this[string key] => Columns.GetValueOrDefault(key);

        public IEnumerable<int> Rows() => Sheet is null
            ? []
            : Enumerable.Range(FirstRow, Math.Max(0, Sheet.LastRow - FirstRow + 1))
                .Where(r => Enumerable.Range(1, Sheet.LastColumn).Any(c => Sheet[c, r] is { IsBlank: false }));
    }

    private TableSheet Table(PlanSheet layout)
    {
        if (!sheets.TryGetValue(layout.Name, out var sheet))
        {
            _problems.Add(new Problem(LkeLayout.Quote(layout.Name), SpreadsheetMessages.MissingSheet(layout.Name)));
            return new TableSheet(layout, null);
        }

        var table = new TableSheet(layout, sheet);
        var known = new HashSet<int>();
        for (var c = 1; c <= sheet.LastColumn; c++)
        {
            if (Heading(sheet, c) is not { } heading)
            {
                continue;
            }

            var column = layout.Columns.FirstOrDefault(k => string.Equals(heading, k.English, StringComparison.OrdinalIgnoreCase) || string.Equals(heading, k.Indonesian, StringComparison.OrdinalIgnoreCase));
            var year = layout.Years == YearColumns.None ? null : ParseYearHeading(layout.Years, heading);
            if (column is not null && table.Columns.TryAdd(column.Key, c) || year is { } y && (layout.Years == YearColumns.Targets || !y.Upper) && table.Years.TryAdd(y, c))
            {
                known.Add(c);
            }
            else if (column is not null || year is not null)
            {
                Add(sheet, c, HeaderRow, SpreadsheetMessages.DuplicateColumn(heading));
            }
            else
            {
                Add(sheet, c, HeaderRow, SpreadsheetMessages.UnknownColumn(heading, sheet.Name));
            }
        }

        foreach (var column in layout.Columns.Where(k => !table.Columns.ContainsKey(k.Key)))
        {
            _problems.Add(new Problem(LkeLayout.Quote(sheet.Name) + "!" + HeaderRow.ToString(CultureInfo.InvariantCulture) + ":" + HeaderRow.ToString(CultureInfo.InvariantCulture), SpreadsheetMessages.MissingColumn(new(column.English, column.Indonesian))));
        }

        foreach (var ((column, row), cell) in sheet.Cells.OrderBy(c => c.Key.Row).ThenBy(c => c.Key.Column))
        {
            var headed = known.Contains(column) || (row == HeaderRow && Heading(sheet, column) is not null);
            if (row >= FirstRow && !headed && !cell.IsBlank)
            {
                Add(sheet, column, row, SpreadsheetMessages.OutsideTable);
            }
        }

        return table;
    }

    /// <summary>A column's heading: its cell in the heading row, or, when that is empty and the top left of a range
    /// merged down over the heading row in this column, the range's text.</summary>
    private static string? Heading(RawSheet sheet, int column)
    {
        var cell = sheet[column, HeaderRow];
        if (cell is null || cell.IsBlank)
        {
            if (sheet.MergedRange(column, HeaderRow) is { } range && range.FirstColumn == column)
            {
                cell = sheet[range.FirstColumn, range.FirstRow];
            }
        }

        return cell is null || cell.IsBlank || cell.Kind is not (CellKind.Text or CellKind.Number) ? null : cell.Text.Trim();
    }

    // ---- Indicators ------------------------------------------------------------------------------------------------

    private List<IndicatorDefinition> ReadIndicators(TableSheet t)
    {
        var list = new List<IndicatorDefinition>();
        foreach (var row in t.Rows())
        {
            var path = $"indicators[{list.Count}]";
            Map(path, t, "id", row);
            foreach (var key in new[] { "id", "name", "unit", "polarity", "accumulation", "type", "objective", "rationale", "definition", "formulaText", "dataSource", "responsibleUnit", "reportingFrequency", "allowsNegativeValues", "cascadedFrom", "formulaId" })
            {
                Map($"{path}.{key}", t, key, row);
            }

            list.Add(new IndicatorDefinition
            {
                Id = Text(t, "id", row) ?? string.Empty,
                Name = Text(t, "name", row) ?? string.Empty,
                Unit = Text(t, "unit", row) ?? string.Empty,
                Polarity = (Polarity)(RequiredChoice(t, "polarity", row, PolarityChoices) ?? 0),
                Accumulation = (AccumulationType)(RequiredChoice(t, "accumulation", row, AccumulationChoices) ?? 0),
                Type = (IndicatorType)(RequiredChoice(t, "type", row, TypeChoices) ?? 0),
                Objective = Text(t, "objective", row),
                Rationale = Text(t, "rationale", row),
                Definition = Text(t, "definition", row),
                FormulaText = Text(t, "formulaText", row),
                DataSource = Text(t, "dataSource", row),
                ResponsibleUnit = Text(t, "responsibleUnit", row),
                ReportingFrequency = (PeriodKind)(Choice(t, "reportingFrequency", row, FrequencyChoices) ?? 0),
                AllowsNegativeValues = Boolean(t, "allowsNegativeValues", row),
                CascadedFrom = Text(t, "cascadedFrom", row),
                FormulaId = Text(t, "formulaId", row),
            });
        }

        return list;
    }

    // ---- Plans -----------------------------------------------------------------------------------------------------

    private List<Plan> ReadRenstras(TableSheet t, Dictionary<string, Plan> plans)
    {
        var list = new List<Plan>();
        foreach (var row in t.Rows())
        {
            var path = $"renstras[{list.Count}]";
            var id = Text(t, "id", row) ?? string.Empty;
            var code = Organisation(t, "agencyCode", row);
            if (code is null && Blank(t, "agencyCode", row))
            {
                Add(t, "agencyCode", row, SpreadsheetMessages.Required);
            }

            var plan = new Plan(id, path, Period(t.Sheet!, (Col(t, "first"), row), (Col(t, "last"), row)), IsRpjmd: false)
            {
                Agency = new Agency(code ?? default, Text(t, "agencyName", row) ?? string.Empty),
            };
            list.Add(plan);
            Map(path, t, "id", row);
            Map(path + ".id", t, "id", row);
            Map(path + ".agency", t, "agencyCode", row);
            Map(path + ".agency.code", t, "agencyCode", row);
            Map(path + ".agency.name", t, "agencyName", row);
            Map(path + ".period", t, "first", row);
            if (id.Length > 0 && !plans.TryAdd(id, plan))
            {
                Add(t, "id", row, SpreadsheetMessages.DuplicatePlan(id));
            }
        }

        return list;
    }

    private Plan? PlanOf(TableSheet t, int row, Dictionary<string, Plan> plans)
    {
        var id = Text(t, "plan", row);
        if (string.IsNullOrEmpty(id))
        {
            Add(t, "plan", row, SpreadsheetMessages.Required);
            return null;
        }

        if (!plans.TryGetValue(id, out var plan))
        {
            Add(t, "plan", row, SpreadsheetMessages.UnknownPlan(id));
        }

        return plan;
    }

    private void ReadMisi(TableSheet t, Plan? rpjmd)
    {
        foreach (var row in t.Rows())
        {
            if (rpjmd is null)
            {
                Add(t, "id", row, SpreadsheetMessages.NoRpjmd);
                continue;
            }

            var path = $"rpjmd.misi[{rpjmd.Misi.Count}]";
            Map(path, t, "id", row);
            Map(path + ".id", t, "id", row);
            Map(path + ".text", t, "text", row);
            rpjmd.Misi.Add(new Misi(Text(t, "id", row) ?? string.Empty, Text(t, "text", row) ?? string.Empty));
        }
    }

    private void ReadElements(TableSheet t, Dictionary<string, Plan> plans, bool isTujuan)
    {
        foreach (var row in t.Rows())
        {
            if (PlanOf(t, row, plans) is not { } plan)
            {
                continue;
            }

            var list = isTujuan ? plan.Tujuan : plan.Sasaran;
            var path = $"{plan.Path}.{(isTujuan ? "tujuan" : "sasaran")}[{list.Count}]";
            var element = new ElementRow(Text(t, "id", row) ?? string.Empty, Text(t, "text", row) ?? string.Empty, path);
            var parentKey = isTujuan ? "misiId" : "tujuanId";
            if (isTujuan && !plan.IsRpjmd)
            {
                NotFor(t, parentKey, row, new("the RPJMD", "RPJMD"));
            }
            else
            {
                element.Parent = Text(t, parentKey, row) ?? string.Empty;
            }

            if (plan.IsRpjmd)
            {
                NotFor(t, "supports", row, new("a Renstra", "Renstra"));
            }
            else
            {
                element.Supports = List(t, "supports", row);
            }

            list.Add(element);
            plan.Elements.TryAdd(((isTujuan ? ElementTujuan : ElementSasaran), element.Id), element);
            Map(path, t, "id", row);
            Map(path + ".id", t, "id", row);
            Map(path + ".text", t, "text", row);
            Map(path + "." + parentKey, t, parentKey, row);
            Map(path + (isTujuan ? ".supportsRpjmdTujuan" : ".supportsRpjmdSasaran"), t, "supports", row);
        }
    }

    private void ReadStrategies(TableSheet t, Dictionary<string, Plan> plans, bool arah)
    {
        var parentKey = arah ? "strategiId" : "sasaranId";
        foreach (var row in t.Rows())
        {
            if (PlanOf(t, row, plans) is not { } plan)
            {
                continue;
            }

            var path = arah ? $"{plan.Path}.arahKebijakan[{plan.Arah.Count}]" : $"{plan.Path}.strategi[{plan.Strategi.Count}]";
            var (id, text, parent) = (Text(t, "id", row) ?? string.Empty, Text(t, "text", row) ?? string.Empty, Text(t, parentKey, row) ?? string.Empty);
            if (arah)
            {
                plan.Arah.Add(new ArahKebijakan(id, text, parent));
            }
            else
            {
                plan.Strategi.Add(new Strategi(id, text, parent));
            }

            Map(path, t, "id", row);
            Map(path + ".id", t, "id", row);
            Map(path + ".text", t, "text", row);
            Map(path + "." + parentKey, t, parentKey, row);
        }
    }

    private void ReadPrograms(TableSheet t, Dictionary<string, Plan> plans)
    {
        foreach (var row in t.Rows())
        {
            if (PlanOf(t, row, plans) is not { } plan)
            {
                continue;
            }

            var code = Program(t, "code", row);
            if (code is null)
            {
                if (Blank(t, "code", row))
                {
                    Add(t, "code", row, SpreadsheetMessages.Required);
                }

                continue;
            }

            var path = plan.IsRpjmd ? $"rpjmd.programs[{plan.Programs.Count}]" : $"{plan.Path}.items[{plan.Programs.Count}]";
            var program = new ProgramRow(code.Value, Text(t, "name", row) ?? string.Empty, List(t, "sasaranIds", row), path);
            if (plan.IsRpjmd)
            {
                program.Agency = Organisation(t, "responsibleAgency", row);
                NotFor(t, "responsibleUnit", row, new("a Renstra", "Renstra"));
            }
            else
            {
                program.Unit = Text(t, "responsibleUnit", row);
                NotFor(t, "responsibleAgency", row, new("the RPJMD", "RPJMD"));
            }

            var budgetName = plan.IsRpjmd ? "indicativeBudget" : "budget";
            foreach (var ((year, _), column) in t.Years)
            {
                if (Number(t.Sheet!, column, row) is { } amount && YearOf(plan, year, t.Sheet!, column, row) is { } y)
                {
                    Map($"{path}.{budgetName}[{program.Budget.Count}]", t.Sheet!, column, row);
                    program.Budget.Add(new YearAmount(y, amount));
                }
            }

            plan.Programs.Add(program);
            plan.ProgramsByCode.TryAdd(code.Value, program);
            Map(path, t, "code", row);
            Map(path + ".code", t, "code", row);
            Map(path + ".name", t, "name", row);
            Map(path + ".sasaranIds", t, "sasaranIds", row);
            Map(path + ".responsibleAgency", t, "responsibleAgency", row);
            Map(path + ".responsibleUnit", t, "responsibleUnit", row);
            Map(path + "." + budgetName, t, "code", row);
        }
    }

    /// <summary>The calendar year of a plan year column, or null (with a problem when it lies beyond the plan).</summary>
    private int? YearOf(Plan plan, int year, RawSheet sheet, int column, int row)
    {
        if (plan.Period is not { } period)
        {
            return null; // the plan's period is itself a problem already
        }

        if (year > period.Length)
        {
            Add(sheet, column, row, SpreadsheetMessages.YearBeyondPeriod(year, period.Length));
            return null;
        }

        return period.First + year - 1;
    }

    private void ReadPlanned(TableSheet t, Dictionary<string, Plan> plans)
    {
        foreach (var row in t.Rows())
        {
            if (PlanOf(t, row, plans) is not { } plan)
            {
                continue;
            }

            var element = RequiredChoice(t, "element", row, ElementChoices);
            var key = Text(t, "key", row);
            if (element is null)
            {
                continue;
            }

            if (string.IsNullOrEmpty(key))
            {
                Add(t, "key", row, SpreadsheetMessages.Required);
                continue;
            }

            List<PlannedIndicator> owner;
            string ownerPath;
            if (element == ElementProgram)
            {
                if (Program(t, "key", row) is not { } code)
                {
                    continue;
                }

                if (!plan.ProgramsByCode.TryGetValue(code, out var program))
                {
                    Add(t, "key", row, SpreadsheetMessages.UnknownElement(plan.Id, "program", key));
                    continue;
                }

                (owner, ownerPath) = (program.Planned, program.Path);
            }
            else if (plan.Elements.TryGetValue((element.Value, key), out var e))
            {
                (owner, ownerPath) = (e.Planned, e.Path);
            }
            else
            {
                Add(t, "key", row, SpreadsheetMessages.UnknownElement(plan.Id, ElementChoices.Items[element.Value].Json, key));
                continue;
            }

            var path = $"{ownerPath}.indicators[{owner.Count}]";
            Map(path, t, "indicatorId", row);
            Map(path + ".indicatorId", t, "indicatorId", row);
            Map(path + ".baseline", t, "baseline", row);
            Map(path + ".declaredEndTarget", t, "end", row);
            var targets = new List<YearTarget>();
            foreach (var ((year, upper), column) in t.Years)
            {
                if (upper)
                {
                    continue;
                }

                var upperColumn = t.Years.GetValueOrDefault((year, true));
                if (Target(t.Sheet!, column, upperColumn, row) is { } target && YearOf(plan, year, t.Sheet!, column, row) is { } y)
                {
                    Map($"{path}.targets[{targets.Count}]", t.Sheet!, column, row);
                    targets.Add(new YearTarget(y, target));
                }
            }

            // An upper bound in a column whose lower column is missing from the sheet has no target beside it.
            foreach (var ((year, upper), column) in t.Years)
            {
                if (upper && !t.Years.ContainsKey((year, false)) && !Blank(t.Sheet!, column, row))
                {
                    Add(t.Sheet!, column, row, SpreadsheetMessages.UpperWithoutLower);
                }
            }

            owner.Add(new PlannedIndicator(Text(t, "indicatorId", row) ?? string.Empty)
            {
                Baseline = Number(t, "baseline", row),
                DeclaredEndTarget = Target(t.Sheet!, Col(t, "end"), Col(t, "endUpper"), row),
                Targets = [.. targets],
            });
        }
    }

    // ---- Agreements, Rencana Aksi, realisations --------------------------------------------------------------------

    private Dictionary<string, Agreement> ReadAgreements(TableSheet t)
    {
        var byId = new Dictionary<string, Agreement>(StringComparer.Ordinal);
        var index = 0;
        foreach (var row in t.Rows())
        {
            var path = $"perjanjianKinerja[{index++}]";
            var id = Text(t, "id", row) ?? string.Empty;
            var agreement = new Agreement(path)
            {
                Id = id,
                Year = Required(Whole(t, "year", row), t, "year", row) ?? 0,
                Agency = Organisation(t, "agency", row),
                Official = Text(t, "official", row) ?? string.Empty,
                Position = Text(t, "position", row) ?? string.Empty,
                Level = (OfficialLevel)(RequiredChoice(t, "level", row, LevelChoices) ?? 0),
            };
            foreach (var key in new[] { "id", "year", "agency", "official", "position", "level" })
            {
                Map($"{path}.{key}", t, key, row);
            }

            Map(path, t, "id", row);

            // A second agreement with an id already used is kept (the document's check reports the duplicate at its
            // cell); rows of the other sheets name the first.
            if (!byId.TryAdd(id, agreement))
            {
                byId[$"\0{index}"] = agreement;
            }
        }

        return byId;
    }

    private Agreement? AgreementOf(TableSheet t, int row, Dictionary<string, Agreement> agreements)
    {
        var id = Text(t, "pk", row);
        if (string.IsNullOrEmpty(id))
        {
            Add(t, "pk", row, SpreadsheetMessages.Required);
            return null;
        }

        if (!agreements.TryGetValue(id, out var agreement))
        {
            Add(t, "pk", row, SpreadsheetMessages.UnknownAgreement(id));
        }

        return agreement;
    }

    private void ReadAgreementTargets(TableSheet t, Dictionary<string, Agreement> agreements)
    {
        foreach (var row in t.Rows())
        {
            if (AgreementOf(t, row, agreements) is not { } pk)
            {
                continue;
            }

            var target = Target(t.Sheet!, Col(t, "target"), Col(t, "upper"), row);
            if (target is null && Blank(t, "target", row) && Blank(t, "upper", row))
            {
                Add(t, "target", row, SpreadsheetMessages.Required);
            }

            var path = $"{pk.Path}.targets[{pk.Targets.Count}]";
            pk.Targets.Add(new PkTarget(Text(t, "sasaranId", row) ?? string.Empty, Text(t, "indicatorId", row) ?? string.Empty, target ?? default)
            {
                DeviationReason = Text(t, "deviationReason", row),
            });
            Map(path, t, "sasaranId", row);
            Map(path + ".sasaranId", t, "sasaranId", row);
            Map(path + ".indicatorId", t, "indicatorId", row);
            Map(path + ".target", t, "target", row);
            Map(path + ".deviationReason", t, "deviationReason", row);
        }
    }

    private void ReadAgreementPrograms(TableSheet t, Dictionary<string, Agreement> agreements)
    {
        foreach (var row in t.Rows())
        {
            if (AgreementOf(t, row, agreements) is not { } pk)
            {
                continue;
            }

            var code = RequiredCode(t, "code", row);
            var budget = Required(Number(t, "budget", row), t, "budget", row);
            if (code is null || budget is null)
            {
                continue;
            }

            var path = $"{pk.Path}.programs[{pk.Programs.Count}]";
            pk.Programs.Add(new PkProgram(code.Value, budget.Value));
            Map(path, t, "code", row);
            Map(path + ".code", t, "code", row);
            Map(path + ".budget", t, "budget", row);
        }
    }

    private List<RencanaAksi> ReadActionPlans(TableSheet t)
    {
        var plans = new List<(RencanaAksi Plan, List<PeriodTarget> Targets)>();
        var byKey = new Dictionary<(string, string), int>();
        foreach (var row in t.Rows())
        {
            var pk = Text(t, "pk", row) ?? string.Empty;
            var indicator = Text(t, "indicatorId", row) ?? string.Empty;
            if (!byKey.TryGetValue((pk, indicator), out var index))
            {
                index = plans.Count;
                byKey[(pk, indicator)] = index;
                plans.Add((new RencanaAksi(pk, indicator), []));
                Map($"rencanaAksi[{index}]", t, "pk", row);
                Map($"rencanaAksi[{index}].perjanjianKinerjaId", t, "pk", row);
                Map($"rencanaAksi[{index}].indicatorId", t, "indicatorId", row);
            }

            var period = Period(t, "period", row);
            var target = Target(t.Sheet!, Col(t, "target"), Col(t, "upper"), row);
            if (period is null && Blank(t, "period", row) && !Blank(t, "target", row))
            {
                Add(t, "period", row, SpreadsheetMessages.Required);
            }
            else if (period is { } p && target is null && Blank(t, "target", row))
            {
                Add(t, "target", row, SpreadsheetMessages.PeriodWithoutTarget);
            }
            else if (period is { } p2 && target is { } value)
            {
                var targets = plans[index].Targets;
                Map($"rencanaAksi[{index}].targets[{targets.Count}]", t, "period", row);
                targets.Add(new PeriodTarget(p2, value));
            }
        }

        return [.. plans.Select(p => p.Plan with { Targets = [.. p.Targets] })];
    }

    private List<IndicatorRealisation> ReadRealisations(TableSheet t)
    {
        var list = new List<IndicatorRealisation>();
        foreach (var row in t.Rows())
        {
            var period = RequiredPeriod(t, "period", row);
            var value = Required(Number(t, "value", row), t, "value", row);
            var agency = Organisation(t, "agency", row);
            if (period is null || value is null)
            {
                continue;
            }

            var path = $"realisations[{list.Count}]";
            list.Add(new IndicatorRealisation(Text(t, "indicatorId", row) ?? string.Empty, period.Value, new Measure(value.Value)) { Agency = agency });
            Map(path, t, "indicatorId", row);
            foreach (var key in new[] { "indicatorId", "period", "value", "agency" })
            {
                Map($"{path}.{key}", t, key, row);
            }
        }

        return list;
    }

    private List<BudgetRealisation> ReadBudgetRealisations(TableSheet t)
    {
        var list = new List<BudgetRealisation>();
        foreach (var row in t.Rows())
        {
            var code = RequiredCode(t, "code", row);
            var agency = Organisation(t, "agency", row);
            if (agency is null && Blank(t, "agency", row))
            {
                Add(t, "agency", row, SpreadsheetMessages.Required);
            }

            var period = RequiredPeriod(t, "period", row);
            var amount = Required(Number(t, "amount", row), t, "amount", row);
            if (code is null || agency is null || period is null || amount is null)
            {
                continue;
            }

            var path = $"budgetRealisations[{list.Count}]";
            list.Add(new BudgetRealisation(code.Value, agency.Value, period.Value, amount.Value));
            Map(path, t, "code", row);
            foreach (var key in new[] { "code", "agency", "period", "amount" })
            {
                Map($"{path}.{key}", t, key, row);
            }
        }

        return list;
    }

    // ---- Cells -----------------------------------------------------------------------------------------------------

    private static int Col(TableSheet t, string key) => t[key];

    private static string At(RawSheet sheet, int column, int row) => LkeLayout.Address(sheet.Name, LkeLayout.Cell(column, row));

    private void Add(RawSheet sheet, int column, int row, Reason reason) => _problems.Add(new Problem(At(sheet, column, row), reason));

    private void Add(TableSheet t, string key, int row, Reason reason)
    {
        // A missing column is reported once, at the heading row; its cells are not blamed again.
        if (t[key] > 0)
        {
            Add(t.Sheet!, t[key], row, reason);
        }
    }

    private void Map(string path, RawSheet sheet, int column, int row) => _cells[path] = At(sheet, column, row);

    private void Map(string path, TableSheet t, string key, int row) => _cells[path] = At(t.Sheet!, Math.Max(1, t[key]), row);

    /// <summary>The cell a document path's value came from: the longest mapped prefix of the path.</summary>
    private string CellOf(string path)
    {
        for (var p = path; p.Length > 0; p = p[..Math.Max(0, p.LastIndexOfAny(['.', '[']))])
        {
            if (_cells.TryGetValue(p, out var cell))
            {
                return cell;
            }
        }

        return At(sheets[InfoSheet], 2, InfoRegionCodeRow);
    }

    /// <summary>A cell's value as read: null when it is empty; a formula's calculated value only when the options
    /// allow it (a problem otherwise).</summary>
    private RawCell? Value(RawSheet? sheet, int column, int row)
    {
        if (sheet is null || column <= 0 || sheet[column, row] is not { } cell || cell.IsBlank)
        {
            return null;
        }

        if (cell.IsFormula)
        {
            if (!options.AcceptFormulaValues)
            {
                Add(sheet, column, row, SpreadsheetMessages.Formula);
                return null;
            }

            if (!cell.HasValue)
            {
                Add(sheet, column, row, SpreadsheetMessages.FormulaWithoutValue);
                return null;
            }
        }

        return cell.Kind == CellKind.Empty || (cell.Kind == CellKind.Text && string.IsNullOrWhiteSpace(cell.Text)) ? null : cell;
    }

    private static bool Blank(RawSheet? sheet, int column, int row) =>
        sheet is null || column <= 0 || sheet[column, row] is not { } cell || cell.IsBlank;

    private static bool Blank(TableSheet t, string key, int row) => Blank(t.Sheet, t[key], row);

    private string? Text(RawSheet? sheet, int column, int row)
    {
        if (Value(sheet, column, row) is not { } cell)
        {
            return null;
        }

        if (cell.Kind is CellKind.Boolean or CellKind.Error)
        {
            Add(sheet!, column, row, SpreadsheetMessages.NotText);
            return null;
        }

        return cell.Text;
    }

    private string? Text(TableSheet t, string key, int row) => Text(t.Sheet, t[key], row);

    private ValueList<string> List(RawSheet? sheet, int column, int row) =>
        Text(sheet, column, row) is { } text
            ? [.. text.Split(ListSeparator).Select(s => s.TrimEnd('\r')).Where(s => !string.IsNullOrWhiteSpace(s))]
            : [];

    private ValueList<string> List(TableSheet t, string key, int row) => List(t.Sheet, t[key], row);

    private decimal? Number(RawSheet? sheet, int column, int row)
    {
        if (Value(sheet, column, row) is not { } cell)
        {
            return null;
        }

        switch (cell.Kind)
        {
            case CellKind.Number when DecimalReader.TryParseScientific(cell.Written).TryGetValue(out var exact):
                // Exactly as written, trailing zeros kept (70.10 stays 70.10).
                return exact;
            case CellKind.Number when Figures.Parse(cell.Text) is { } number:
                return number;
            case CellKind.Text:
                var read = DecimalReader.TryParse(cell.Text, _culture);
                if (read.TryGetValue(out var value))
                {
                    return value;
                }

                Add(sheet!, column, row, SpreadsheetMessages.NumberText(cell.Text, CultureName(_culture), read.Problems[0].Reason));
                return null;
            default:
                Add(sheet!, column, row, SpreadsheetMessages.NotANumberCell);
                return null;
        }
    }

    private decimal? Number(TableSheet t, string key, int row) => Number(t.Sheet, t[key], row);

    private int? Whole(RawSheet? sheet, int column, int row)
    {
        if (Number(sheet, column, row) is not { } value)
        {
            return null;
        }

        if (value != decimal.Truncate(value) || value is < int.MinValue or > int.MaxValue)
        {
            Add(sheet!, column, row, SpreadsheetMessages.NotWhole);
            return null;
        }

        return (int)value;
    }

    private int? Whole(TableSheet t, string key, int row) => Whole(t.Sheet, t[key], row);

    /// <summary>A value that must be there: a problem when its cell is empty (a cell that could not be read is a
    /// problem already).</summary>
    private T? Required<T>(T? value, RawSheet? sheet, int column, int row)
        where T : struct
    {
        if (value is null && Blank(sheet, column, row) && sheet is not null && column > 0)
        {
            Add(sheet, column, row, SpreadsheetMessages.Required);
        }

        return value;
    }

    private T? Required<T>(T? value, TableSheet t, string key, int row)
        where T : struct => Required(value, t.Sheet, t[key], row);

    /// <summary>A point target (its first column alone) or a range (both columns), or null when both are empty.</summary>
    private Target? Target(RawSheet sheet, int column, int upperColumn, int row)
    {
        var lower = Number(sheet, column, row);
        var upper = upperColumn > 0 ? Number(sheet, upperColumn, row) : null;
        if (upper is { } && lower is null)
        {
            if (Blank(sheet, column, row))
            {
                Add(sheet, upperColumn, row, SpreadsheetMessages.UpperWithoutLower);
            }

            return null;
        }

        if (lower is not { } l)
        {
            return null;
        }

        if (upper is not { } u)
        {
            return Values.Target.Point(l);
        }

        var range = Values.Target.TryCreateRange(l, u);
        if (!range.TryGetValue(out var target))
        {
            Add(sheet, upperColumn, row, range.Problems[0].Reason);
            return null;
        }

        return target;
    }

    private int? Choice(RawSheet? sheet, int column, int row, ChoiceSet choices)
    {
        if (Text(sheet, column, row) is not { } text)
        {
            return null;
        }

        if (choices.Find(text) is { } value)
        {
            return value;
        }

        Add(sheet!, column, row, SpreadsheetMessages.UnknownChoice(text.Trim(), choices.Labels(Language.English), choices.Labels(Language.Indonesian)));
        return null;
    }

    private int? Choice(TableSheet t, string key, int row, ChoiceSet choices) => Choice(t.Sheet, t[key], row, choices);

    private int? RequiredChoice(TableSheet t, string key, int row, ChoiceSet choices) => Required(Choice(t, key, row, choices), t, key, row);

    private bool Boolean(TableSheet t, string key, int row)
    {
        if (Value(t.Sheet, t[key], row) is { Kind: CellKind.Boolean } cell)
        {
            return cell.Text == "TRUE";
        }

        return Choice(t, key, row, YesNo) == 1;
    }

    private ProgramCode? Program(TableSheet t, string key, int row) => Parsed(t, key, row, ProgramCode.TryParse);

    private ProgramCode? RequiredCode(TableSheet t, string key, int row) => Required(Program(t, key, row), t, key, row);

    private OrganisationCode? Organisation(TableSheet t, string key, int row) => Parsed(t, key, row, OrganisationCode.TryParse);

    private ReportingPeriod? Period(TableSheet t, string key, int row) => Parsed(t, key, row, ReportingPeriod.TryParse);

    private ReportingPeriod? RequiredPeriod(TableSheet t, string key, int row) => Required(Period(t, key, row), t, key, row);

    private T? Parsed<T>(TableSheet t, string key, int row, Func<string, Result<T>> parse)
        where T : struct
    {
        if (Text(t, key, row) is not { } text)
        {
            return null;
        }

        var result = parse(text.Trim());
        if (result.TryGetValue(out var value))
        {
            return value;
        }

        Add(t, key, row, result.Problems[0].Reason);
        return null;
    }

    private void NotFor(TableSheet t, string key, int row, BilingualText what)
    {
        if (!Blank(t, key, row))
        {
            Add(t, key, row, SpreadsheetMessages.NotApplicable(what));
        }
    }

    // ---- What the rows make ----------------------------------------------------------------------------------------

    private sealed class ElementRow(string id, string text, string path)
    {
        public string Id { get; } = id;

        public string Text { get; } = text;

        public string Path { get; } = path;

        public string Parent { get; set; } = string.Empty;

        public ValueList<string> Supports { get; set; }

        public List<PlannedIndicator> Planned { get; } = [];
    }

    private sealed class ProgramRow(ProgramCode code, string name, ValueList<string> sasaran, string path)
    {
        public ProgramCode Code { get; } = code;

        public string Name { get; } = name;

        public ValueList<string> Sasaran { get; } = sasaran;

        public string Path { get; } = path;

        public OrganisationCode? Agency { get; set; }

        public string? Unit { get; set; }

        public List<YearAmount> Budget { get; } = [];

        public List<PlannedIndicator> Planned { get; } = [];
    }

    private sealed record Plan(string Id, string Path, YearSpan? Period, bool IsRpjmd)
    {
        public string Visi { get; init; } = string.Empty;

        public ValueList<string> Iku { get; init; }

        public Agency? Agency { get; init; }

        public List<Misi> Misi { get; } = [];

        public List<ElementRow> Tujuan { get; } = [];

        public List<ElementRow> Sasaran { get; } = [];

        public List<Strategi> Strategi { get; } = [];

        public List<ArahKebijakan> Arah { get; } = [];

        public List<ProgramRow> Programs { get; } = [];

        public Dictionary<(int Kind, string Id), ElementRow> Elements { get; } = [];

        public Dictionary<ProgramCode, ProgramRow> ProgramsByCode { get; } = [];

        // A plan whose period could not be read is reported already; a placeholder span keeps the other checks going.
        private YearSpan Span => Period ?? new YearSpan(1, 9999);

        public Rpjmd ToRpjmd() => new()
        {
            Id = Id,
            Period = Span,
            Visi = Visi,
            Iku = Iku,
            Misi = [.. Misi],
            Tujuan = [.. Tujuan.Select(t => new RpjmdTujuan(t.Id, t.Text, t.Parent) { Indicators = [.. t.Planned] })],
            Sasaran = [.. Sasaran.Select(s => new RpjmdSasaran(s.Id, s.Text, s.Parent) { Indicators = [.. s.Planned] })],
            Strategi = [.. Strategi],
            ArahKebijakan = [.. Arah],
            Programs = [.. Programs.Select(p => new RpjmdProgram(p.Code, p.Name) { SasaranIds = p.Sasaran, Indicators = [.. p.Planned], IndicativeBudget = [.. p.Budget], ResponsibleAgency = p.Agency })],
        };

        public Renstra ToRenstra() => new()
        {
            Id = Id,
            Agency = Agency!,
            Period = Span,
            Tujuan = [.. Tujuan.Select(t => new RenstraTujuan(t.Id, t.Text) { Indicators = [.. t.Planned], SupportsRpjmdTujuan = t.Supports })],
            Sasaran = [.. Sasaran.Select(s => new RenstraSasaran(s.Id, s.Text, s.Parent) { Indicators = [.. s.Planned], SupportsRpjmdSasaran = s.Supports })],
            Strategi = [.. Strategi],
            ArahKebijakan = [.. Arah],
            Items = [.. Programs.Select(p => new PlanItem(p.Code, p.Name) { SasaranIds = p.Sasaran, Indicators = [.. p.Planned], Budget = [.. p.Budget], ResponsibleUnit = p.Unit })],
        };
    }

    private sealed class Agreement(string path)
    {
        public string Path { get; } = path;

        public required string Id { get; init; }

        public required int Year { get; init; }

        public OrganisationCode? Agency { get; init; }

        public required string Official { get; init; }

        public required string Position { get; init; }

        public OfficialLevel Level { get; init; }

        public List<PkTarget> Targets { get; } = [];

        public List<PkProgram> Programs { get; } = [];

        public PerjanjianKinerja ToAgreement() => new()
        {
            Id = Id,
            Year = Year,
            Agency = Agency,
            Official = Official,
            Position = Position,
            Level = Level,
            Targets = [.. Targets],
            Programs = [.. Programs],
        };
    }
}
