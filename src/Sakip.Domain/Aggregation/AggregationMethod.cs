using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Aggregation;

/// <summary>How several indicators' achievements combine into one (e.g. a sasaran's capaian).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AggregationMethod>))]
public enum AggregationMethod
{
    /// <summary>The plain mean of the achievements, as LKjIPs combine a sasaran's indicators (e.g. 87.10, 96.54 and
    /// 72.52 give 85.3867; docs/rules.md, "Aggregation"). The default.</summary>
    Mean = 0,

    /// <summary>The weighted mean Σ(w × C) ÷ Σw, with a weight per indicator (Kemenkeu NKO, PermenPAN-RB 8/2021
    /// weighted scores).</summary>
    WeightedMean = 1,

    /// <summary>The worst (lowest) achievement.</summary>
    Worst = 2,

    /// <summary>For ratio indicators sharing a unit: ΣR ÷ ΣT × 100 instead of averaging percentages. Every item
    /// must be a positive indicator with a point target.</summary>
    RatioOfSums = 3,
}
