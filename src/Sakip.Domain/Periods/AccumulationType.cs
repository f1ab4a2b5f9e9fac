using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Periods;

/// <summary>How an indicator's values over several periods combine into one (the <i>konsolidasi periode</i> of the
/// Ministry of Finance's IKU manual, KMK 467/KMK.01/2014: Sum / Take Last Known Value / Average; the <i>tipe
/// perhitungan</i> of Pergub Jawa Tengah 82/2014; <c>docs/planning.md#accumulation-across-periods</c>). Every
/// indicator declares its type.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<AccumulationType>))]
public enum AccumulationType
{
    /// <summary>Flows that add up (permits issued, kilometres built): the sum of the periods.</summary>
    Cumulative = 0,

    /// <summary>Stocks, rates, indices and percentages: the last reported value.</summary>
    LastValue = 1,

    /// <summary>The mean of the periods.</summary>
    Average = 2,
}
