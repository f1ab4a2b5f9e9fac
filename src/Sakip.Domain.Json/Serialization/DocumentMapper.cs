using Sakip.Domain.Collections;
using Sakip.Domain.Planning;
using Sakip.Domain.Values;

namespace Sakip.Domain.Json.Serialization;

/// <summary>
/// Converts between the model and its serialized shape. Reading assumes a text that <see cref="Reading.DocumentValidator"/>
/// found clean (every target and year span well-formed); the builder then checks the structure. The evaluations are
/// not in the builder this returns: they need their schemes (<see cref="EvaluationMapper"/>).
/// </summary>
internal static class DocumentMapper
{
    public static DocumentJson ToJson(SakipDocument document) => new()
    {
        FormatVersion = SakipDocumentJson.FormatVersion,
        Region = new RegionJson { Code = document.Region.Code, Name = document.Region.Name, Kind = document.Region.Kind },
        RuleSetId = document.RuleSetId,
        Indicators = List(document.Indicators, ToJson),
        Rpjmd = document.Rpjmd is { } rpjmd ? ToJson(rpjmd) : null,
        Renstras = List(document.Renstras, ToJson),
        PerjanjianKinerja = List(document.PerjanjianKinerja, ToJson),
        RencanaAksi = List(document.RencanaAksi, r => new RencanaAksiJson
        {
            PerjanjianKinerjaId = r.PerjanjianKinerjaId,
            IndicatorId = r.IndicatorId,
            Targets = List(r.Targets, t => new PeriodTargetJson { Period = t.Period, Target = ToJson(t.Target) }),
        }),
        Realisations = List(document.Realisations, r => new IndicatorRealisationJson
        {
            IndicatorId = r.IndicatorId,
            Period = r.Period,
            Value = r.Value.Value,
            Agency = r.Agency,
        }),
        BudgetRealisations = List(document.BudgetRealisations, b => new BudgetRealisationJson
        {
            Code = b.Code,
            Agency = b.Agency,
            Period = b.Period,
            Amount = b.Amount,
        }),
        Evaluations = List(document.Evaluations, EvaluationMapper.ToJson),
    };

    public static SakipDocumentBuilder ToBuilder(DocumentJson json) => new()
    {
        Region = new Region(json.Region.Code, json.Region.Name, json.Region.Kind),
        RuleSetId = json.RuleSetId,
        Indicators = [.. json.Indicators.Select(ToModel)],
        Rpjmd = json.Rpjmd is { } rpjmd ? ToModel(rpjmd) : null,
        Renstras = [.. json.Renstras.Select(ToModel)],
        PerjanjianKinerja = [.. json.PerjanjianKinerja.Select(ToModel)],
        RencanaAksi =
        [
            .. json.RencanaAksi.Select(r => new RencanaAksi(r.PerjanjianKinerjaId, r.IndicatorId)
            {
                Targets = Values(r.Targets, t => new PeriodTarget(t.Period, ToModel(t.Target))),
            }),
        ],
        Realisations = [.. json.Realisations.Select(r => new IndicatorRealisation(r.IndicatorId, r.Period, new Measure(r.Value)) { Agency = r.Agency })],
        BudgetRealisations = [.. json.BudgetRealisations.Select(b => new BudgetRealisation(b.Code, b.Agency, b.Period, b.Amount))],
    };

    private static IndicatorDefinitionJson ToJson(IndicatorDefinition i) => new()
    {
        Id = i.Id,
        Name = i.Name,
        Unit = i.Unit,
        Polarity = i.Polarity,
        Accumulation = i.Accumulation,
        Type = i.Type,
        Objective = i.Objective,
        Rationale = i.Rationale,
        Definition = i.Definition,
        FormulaText = i.FormulaText,
        DataSource = i.DataSource,
        ResponsibleUnit = i.ResponsibleUnit,
        ReportingFrequency = i.ReportingFrequency,
        AllowsNegativeValues = i.AllowsNegativeValues,
        CascadedFrom = i.CascadedFrom,
        FormulaId = i.FormulaId,
    };

    private static IndicatorDefinition ToModel(IndicatorDefinitionJson i) => new()
    {
        Id = i.Id,
        Name = i.Name,
        Unit = i.Unit,
        Polarity = i.Polarity,
        Accumulation = i.Accumulation,
        Type = i.Type,
        Objective = i.Objective,
        Rationale = i.Rationale,
        Definition = i.Definition,
        FormulaText = i.FormulaText,
        DataSource = i.DataSource,
        ResponsibleUnit = i.ResponsibleUnit,
        ReportingFrequency = i.ReportingFrequency,
        AllowsNegativeValues = i.AllowsNegativeValues,
        CascadedFrom = i.CascadedFrom,
        FormulaId = i.FormulaId,
    };

    private static RpjmdJson ToJson(Rpjmd r) => new()
    {
        Id = r.Id,
        Period = ToJson(r.Period),
        Visi = r.Visi,
        Misi = List(r.Misi, m => new MisiJson { Id = m.Id, Text = m.Text }),
        Tujuan = List(r.Tujuan, t => new RpjmdTujuanJson { Id = t.Id, Text = t.Text, MisiId = t.MisiId, Indicators = List(t.Indicators, ToJson) }),
        Sasaran = List(r.Sasaran, s => new RpjmdSasaranJson { Id = s.Id, Text = s.Text, TujuanId = s.TujuanId, Indicators = List(s.Indicators, ToJson) }),
        Strategi = List(r.Strategi, ToJson),
        ArahKebijakan = List(r.ArahKebijakan, ToJson),
        Programs = List(r.Programs, p => new RpjmdProgramJson
        {
            Code = p.Code,
            Name = p.Name,
            SasaranIds = [.. p.SasaranIds],
            Indicators = List(p.Indicators, ToJson),
            IndicativeBudget = List(p.IndicativeBudget, ToJson),
            ResponsibleAgency = p.ResponsibleAgency,
        }),
        Iku = [.. r.Iku],
    };

    private static Rpjmd ToModel(RpjmdJson r) => new()
    {
        Id = r.Id,
        Period = ToModel(r.Period),
        Visi = r.Visi,
        Misi = Values(r.Misi, m => new Misi(m.Id, m.Text)),
        Tujuan = Values(r.Tujuan, t => new RpjmdTujuan(t.Id, t.Text, t.MisiId) { Indicators = Values(t.Indicators, ToModel) }),
        Sasaran = Values(r.Sasaran, s => new RpjmdSasaran(s.Id, s.Text, s.TujuanId) { Indicators = Values(s.Indicators, ToModel) }),
        Strategi = Values(r.Strategi, ToModel),
        ArahKebijakan = Values(r.ArahKebijakan, ToModel),
        Programs = Values(r.Programs, p => new RpjmdProgram(p.Code, p.Name)
        {
            SasaranIds = [.. p.SasaranIds],
            Indicators = Values(p.Indicators, ToModel),
            IndicativeBudget = Values(p.IndicativeBudget, ToModel),
            ResponsibleAgency = p.ResponsibleAgency,
        }),
        Iku = [.. r.Iku],
    };

    private static RenstraJson ToJson(Renstra r) => new()
    {
        Id = r.Id,
        Agency = new AgencyJson { Code = r.Agency.Code, Name = r.Agency.Name },
        Period = ToJson(r.Period),
        Tujuan = List(r.Tujuan, t => new RenstraTujuanJson
        {
            Id = t.Id,
            Text = t.Text,
            Indicators = List(t.Indicators, ToJson),
            SupportsRpjmdTujuan = [.. t.SupportsRpjmdTujuan],
        }),
        Sasaran = List(r.Sasaran, s => new RenstraSasaranJson
        {
            Id = s.Id,
            Text = s.Text,
            TujuanId = s.TujuanId,
            Indicators = List(s.Indicators, ToJson),
            SupportsRpjmdSasaran = [.. s.SupportsRpjmdSasaran],
        }),
        Strategi = List(r.Strategi, ToJson),
        ArahKebijakan = List(r.ArahKebijakan, ToJson),
        Items = List(r.Items, i => new PlanItemJson
        {
            Code = i.Code,
            Name = i.Name,
            SasaranIds = [.. i.SasaranIds],
            Indicators = List(i.Indicators, ToJson),
            Budget = List(i.Budget, ToJson),
            ResponsibleUnit = i.ResponsibleUnit,
        }),
    };

    private static Renstra ToModel(RenstraJson r) => new()
    {
        Id = r.Id,
        Agency = new Agency(r.Agency.Code, r.Agency.Name),
        Period = ToModel(r.Period),
        Tujuan = Values(r.Tujuan, t => new RenstraTujuan(t.Id, t.Text)
        {
            Indicators = Values(t.Indicators, ToModel),
            SupportsRpjmdTujuan = [.. t.SupportsRpjmdTujuan],
        }),
        Sasaran = Values(r.Sasaran, s => new RenstraSasaran(s.Id, s.Text, s.TujuanId)
        {
            Indicators = Values(s.Indicators, ToModel),
            SupportsRpjmdSasaran = [.. s.SupportsRpjmdSasaran],
        }),
        Strategi = Values(r.Strategi, ToModel),
        ArahKebijakan = Values(r.ArahKebijakan, ToModel),
        Items = Values(r.Items, i => new PlanItem(i.Code, i.Name)
        {
            SasaranIds = [.. i.SasaranIds],
            Indicators = Values(i.Indicators, ToModel),
            Budget = Values(i.Budget, ToModel),
            ResponsibleUnit = i.ResponsibleUnit,
        }),
    };

    private static PerjanjianKinerjaJson ToJson(PerjanjianKinerja pk) => new()
    {
        Id = pk.Id,
        Year = pk.Year,
        Agency = pk.Agency,
        Official = pk.Official,
        Position = pk.Position,
        Level = pk.Level,
        Targets = List(pk.Targets, t => new PkTargetJson
        {
            SasaranId = t.SasaranId,
            IndicatorId = t.IndicatorId,
            Target = ToJson(t.Target),
            DeviationReason = t.DeviationReason,
        }),
        Programs = List(pk.Programs, p => new PkProgramJson { Code = p.Code, Budget = p.Budget }),
    };

    private static PerjanjianKinerja ToModel(PerjanjianKinerjaJson pk) => new()
    {
        Id = pk.Id,
        Year = pk.Year,
        Agency = pk.Agency,
        Official = pk.Official,
        Position = pk.Position,
        Level = pk.Level,
        Targets = Values(pk.Targets, t => new PkTarget(t.SasaranId, t.IndicatorId, ToModel(t.Target)) { DeviationReason = t.DeviationReason }),
        Programs = Values(pk.Programs, p => new PkProgram(p.Code, p.Budget)),
    };

    private static StrategiJson ToJson(Strategi s) => new() { Id = s.Id, Text = s.Text, SasaranId = s.SasaranId };

    private static Strategi ToModel(StrategiJson s) => new(s.Id, s.Text, s.SasaranId);

    private static ArahKebijakanJson ToJson(ArahKebijakan a) => new() { Id = a.Id, Text = a.Text, StrategiId = a.StrategiId };

    private static ArahKebijakan ToModel(ArahKebijakanJson a) => new(a.Id, a.Text, a.StrategiId);

    private static PlannedIndicatorJson ToJson(PlannedIndicator p) => new()
    {
        IndicatorId = p.IndicatorId,
        Baseline = p.Baseline,
        Targets = List(p.Targets, t => new YearTargetJson { Year = t.Year, Target = ToJson(t.Target) }),
        DeclaredEndTarget = p.DeclaredEndTarget is { } end ? ToJson(end) : null,
    };

    private static PlannedIndicator ToModel(PlannedIndicatorJson p) => new(p.IndicatorId)
    {
        Baseline = p.Baseline,
        Targets = Values(p.Targets, t => new YearTarget(t.Year, ToModel(t.Target))),
        DeclaredEndTarget = p.DeclaredEndTarget is { } end ? ToModel(end) : null,
    };

    private static YearAmountJson ToJson(YearAmount a) => new() { Year = a.Year, Amount = a.Amount };

    private static YearAmount ToModel(YearAmountJson a) => new(a.Year, a.Amount);

    private static YearSpanJson ToJson(YearSpan span) => new() { First = span.First, Last = span.Last };

    private static YearSpan ToModel(YearSpanJson span) => new(span.First, span.Last);

    private static TargetJson ToJson(Target target) =>
        target.IsRange ? new TargetJson { Lower = target.Lower, Upper = target.Upper } : new TargetJson { Value = target.PointValue };

    // The validator has checked the shape: a value alone, or lower ≤ upper.
    private static Target ToModel(TargetJson target) =>
        target.Value is { } value ? Target.Point(value) : Target.Range(target.Lower!.Value, target.Upper!.Value);

    private static List<TOut> List<TIn, TOut>(ValueList<TIn> items, Func<TIn, TOut> map) => [.. items.Select(map)];

    private static ValueList<TOut> Values<TIn, TOut>(List<TIn> items, Func<TIn, TOut> map) => [.. items.Select(map)];
}
