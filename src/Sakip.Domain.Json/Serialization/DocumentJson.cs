using System.ComponentModel;
using System.Text.Json.Serialization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Json.Serialization;

// The serialized shape of the SAKIP document format. Property names are the model's (camelCase), so that the
// builder's problem paths (renstras[1].items[0].code) are JSON paths into the document. The descriptions become
// the JSON Schema's descriptions (docs/sakip-document.schema.json).

/// <summary>The document: <c>$</c>.</summary>
[Description("A region's SAKIP documents: indicator catalogue, RPJMD, Renstras, Perjanjian Kinerja, Rencana Aksi, realisations and LKE evaluations.")]
internal sealed class DocumentJson
{
    [Description("The version of the document format. This version of the library reads and writes 1.")]
    [JsonRequired]
    public int FormatVersion { get; set; } = default!;

    [Description("The regional government the documents belong to.")]
    [JsonRequired]
    public RegionJson Region { get; set; } = default!;

    [Description("The id of the rule set the region measures its capaian under (e.g. sakip-reflected, or a rule set of a plugin or a rule set file); the program's choice when omitted. A program that lacks the id refuses the document, naming it.")]
    public string? RuleSetId { get; set; }

    [Description("Every indicator definition, each once; planning elements refer to them by id.")]
    public List<IndicatorDefinitionJson> Indicators { get; set; } = [];

    [Description("The region's RPJMD (5-year medium-term development plan), when the document has one.")]
    public RpjmdJson? Rpjmd { get; set; }

    [Description("The agencies' Renstras (strategic plans), one per agency.")]
    public List<RenstraJson> Renstras { get; set; } = [];

    [Description("The yearly performance agreements.")]
    public List<PerjanjianKinerjaJson> PerjanjianKinerja { get; set; } = [];

    [Description("The Rencana Aksi: period targets of agreement indicators.")]
    public List<RencanaAksiJson> RencanaAksi { get; set; } = [];

    [Description("Reported indicator realisations.")]
    public List<IndicatorRealisationJson> Realisations { get; set; } = [];

    [Description("Reported budget realisations.")]
    public List<BudgetRealisationJson> BudgetRealisations { get; set; } = [];

    [Description("The LKE evaluations, at most one per scheme, subject and year.")]
    public List<EvaluationEntryJson> Evaluations { get; set; } = [];
}

[Description("A regional government: province, regency or city.")]
internal sealed class RegionJson
{
    [Description("The Kemendagri region code, e.g. 33.99.")]
    [JsonRequired]
    public string Code { get; set; } = default!;

    [Description("The name, e.g. Kabupaten Contoh.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("Province, regency or city.")]
    [JsonRequired]
    public RegionKind Kind { get; set; } = default!;
}

[Description("An indicator's definition with the fields of an IKU manual.")]
internal sealed class IndicatorDefinitionJson
{
    [Description("Document-wide unique id, e.g. IKU-01.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("The indicator's name as printed.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("The unit (satuan), e.g. %, per 1.000 KH, Rp.")]
    [JsonRequired]
    public string Unit { get; set; } = default!;

    [Description("Whether higher (positive) or lower (negative) is better. Required: it decides the achievement formula.")]
    [JsonRequired]
    public Polarity Polarity { get; set; } = default!;

    [Description("How the indicator's values combine across periods. Required: it decides end-of-period targets.")]
    [JsonRequired]
    public AccumulationType Accumulation { get; set; } = default!;

    [Description("Input, output, outcome or impact.")]
    [JsonRequired]
    public IndicatorType Type { get; set; } = default!;

    [Description("The objective it measures.")]
    public string? Objective { get; set; }

    [Description("Why it was chosen.")]
    public string? Rationale { get; set; }

    [Description("Its operational definition.")]
    public string? Definition { get; set; }

    [Description("Its formula as text.")]
    public string? FormulaText { get; set; }

    [Description("The data source.")]
    public string? DataSource { get; set; }

    [Description("The unit responsible for it.")]
    public string? ResponsibleUnit { get; set; }

    [Description("How often it is reported; year when omitted.")]
    public PeriodKind ReportingFrequency { get; set; } = PeriodKind.Year;

    [Description("Whether its values can be negative (economic growth, inflation, trade balance): its targets, baselines and realisations may then be negative and each achievement formula states what it gives (docs/rules.md, Negative values); false when omitted, and then a negative value is refused (negative-not-allowed).")]
    public bool AllowsNegativeValues { get; set; }

    [Description("The id of the higher-level indicator this one is cascaded from.")]
    public string? CascadedFrom { get; set; }

    [Description("The capaian formula of this indicator, by id (e.g. negative-plain-ratio), when it is not the rule set's formula for its polarity; the rule set's when omitted. The id must be one the program measuring the document knows (a built-in formula, or a plugin's).")]
    public string? FormulaId { get; set; }
}

[Description("An indicator as a planning element carries it: baseline, yearly targets and the declared end-of-period target.")]
internal sealed class PlannedIndicatorJson
{
    [Description("The id of the indicator definition.")]
    [JsonRequired]
    public string IndicatorId { get; set; } = default!;

    [Description("The baseline (the condition before the plan), when known.")]
    public decimal? Baseline { get; set; }

    [Description("The yearly targets.")]
    public List<YearTargetJson> Targets { get; set; } = [];

    [Description("The end-of-period target (kondisi akhir) as the document declares it, when it does.")]
    public TargetJson? DeclaredEndTarget { get; set; }
}

[Description("A target for one year.")]
internal sealed class YearTargetJson
{
    [Description("The year.")]
    [JsonRequired]
    public int Year { get; set; } = default!;

    [Description("The target.")]
    [JsonRequired]
    public TargetJson Target { get; set; } = default!;
}

[Description("An amount of rupiah for one year.")]
internal sealed class YearAmountJson
{
    [Description("The year.")]
    [JsonRequired]
    public int Year { get; set; } = default!;

    [Description("The amount in rupiah, exact.")]
    [JsonRequired]
    public decimal Amount { get; set; } = default!;
}

[Description("A target: {\"value\": 90} for a single value, {\"lower\": 80, \"upper\": 90} for a range (lower ≤ upper).")]
internal sealed class TargetJson
{
    [Description("The value of a point target (alone).")]
    public decimal? Value { get; set; }

    [Description("The lower bound of a range target (with upper).")]
    public decimal? Lower { get; set; }

    [Description("The upper bound of a range target (with lower).")]
    public decimal? Upper { get; set; }
}

[Description("A span of whole years, inclusive, e.g. {\"first\": 2021, \"last\": 2026}.")]
internal sealed class YearSpanJson
{
    [Description("The first year, 1–9999.")]
    [JsonRequired]
    public int First { get; set; } = default!;

    [Description("The last year, 1–9999, not before the first.")]
    [JsonRequired]
    public int Last { get; set; } = default!;
}
