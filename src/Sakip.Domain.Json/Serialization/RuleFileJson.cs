using System.ComponentModel;
using System.Text.Json.Serialization;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations.Schemes;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Json.Serialization;

// The serialized shapes of the rule set file and the band set file (RuleSetJson, BandSetJson; docs/rule-files.md).
// Property names are the model's (camelCase). The descriptions become the JSON Schemas' descriptions
// (docs/rule-set.schema.json, docs/band-set.schema.json).

/// <summary>The rule set file: <c>$</c>.</summary>
[Description("A SAKIP rule set: which capaian formulas, zero rules, cap, rounding, band set and default aggregation a region computes with, and the legal basis of the choices. Formulas, the band set and the aggregation are named by id and resolved through a rule catalogue (the built-ins, plugins and band set files).")]
internal sealed class RuleSetFileJson
{
    [Description("The version of the rule set file format. This version of the library reads and writes 1.")]
    [JsonRequired]
    public int FormatVersion { get; set; } = default!;

    [Description("Stable id, e.g. kab-contoh-2025; commands and results name the rule set by it. A built-in id (sakip-reflected, sakip-inverse) may only be used for the built-in rule set itself.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("Version of the rule set, 1 or more; changed choices get a new version.")]
    [JsonRequired]
    public int Version { get; set; } = default!;

    [Description("Human-readable name.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("The regulation or practice the choices rest on, e.g. Perbup 12/2025.")]
    [JsonRequired]
    public string LegalBasis { get; set; } = default!;

    [Description("The id of the formula for positive indicators (a formula of positive polarity in the catalogue); positive-ratio when absent.")]
    public string? PositiveFormulaId { get; set; }

    [Description("The id of the formula for negative indicators (a formula of negative polarity in the catalogue): negative-reflected, negative-inverse, negative-plain-ratio or a plugin's.")]
    [JsonRequired]
    public string NegativeFormulaId { get; set; } = default!;

    [Description("What a negative indicator with target 0 achieves: binary (100 when the realisation is 0 too, else 0; the default when absent) or notMeasurable.")]
    public NegativeZeroTargetRule? NegativeZeroTarget { get; set; }

    [Description("What the inverse formula gives at realisation 0: hundred (the default when absent), cap or notMeasurable.")]
    public InverseZeroRealisationRule? InverseZeroRealisation { get; set; }

    [Description("The highest achievement reported, at least 100; absent or null for no cap, as published LKjIPs do.")]
    public decimal? Cap { get; set; }

    [Description("How values are rounded for presentation; two decimals half up when absent.")]
    public RoundingJson? Rounding { get; set; }

    [Description("The id of the band set (a built-in such as kemendagri-5 or lkjip-6, or one from a band set file or plugin in the catalogue); kemendagri-5 when absent.")]
    public string? Bands { get; set; }

    [Description("Which value decides the band: presentedValue (the rounded value; the default when absent) or exactValue.")]
    public BandBasis? BandBasis { get; set; }

    [Description("The id of the roll-up strategy that combines a sasaran's indicators (mean, weighted-mean, worst, ratio-of-sums or a plugin's); mean when absent.")]
    public string? Aggregation { get; set; }
}

/// <summary>The band set file: <c>$</c>.</summary>
[Description("A SAKIP band set: a named, versioned scale that classifies an achievement (capaian) into bands, best first, with its basis.")]
internal sealed class BandSetFileJson
{
    [Description("The version of the band set file format. This version of the library reads and writes 1.")]
    [JsonRequired]
    public int FormatVersion { get; set; } = default!;

    [Description("Stable id, e.g. kab-contoh-4; rule set files name the band set by it. A built-in id (kemendagri-5, lkjip-6) may only be used for the built-in band set itself.")]
    [JsonRequired]
    public string Id { get; set; } = default!;

    [Description("Version of the scale, 1 or more; a changed scale gets a new version.")]
    [JsonRequired]
    public int Version { get; set; } = default!;

    [Description("Human-readable name.")]
    [JsonRequired]
    public string Name { get; set; } = default!;

    [Description("Where the scale comes from (regulation or practice).")]
    [JsonRequired]
    public string Basis { get; set; } = default!;

    [Description("lower-exclusive: a capaian exactly on an edge gets the band below; lower-inclusive: it gets the band above.")]
    [JsonRequired]
    public EdgeSemantics Edges { get; set; } = default!;

    [Description("The bands, best first: ranks 1, 2, 3 … in order, lower edges strictly decreasing, only the last without a lower edge.")]
    public List<BandJson> Bands { get; set; } = [];
}

[Description("One band of a band set, e.g. Sangat Tinggi above 90.")]
internal sealed class BandJson
{
    [Description("1 for the best band, increasing downwards.")]
    [JsonRequired]
    public int Rank { get; set; } = default!;

    [Description("The lower edge; absent (or null) for the last band, which takes every value below the band above, negative capaian included.")]
    public decimal? LowerEdge { get; set; }

    [Description("The Indonesian label as printed in reports, e.g. Sangat Tinggi.")]
    [JsonRequired]
    public string Label { get; set; } = default!;

    [Description("An English rendering, e.g. Very high.")]
    [JsonRequired]
    public string EnglishLabel { get; set; } = default!;

    [Description("An alternative Indonesian label some reports print, e.g. Sangat Baik; absent when there is none.")]
    public string? LabelVariant { get; set; }
}
