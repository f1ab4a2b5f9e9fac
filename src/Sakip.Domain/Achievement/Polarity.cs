using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Achievement;

/// <summary>The direction in which an indicator improves (<i>polaritas</i>).</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<Polarity>))]
public enum Polarity
{
    /// <summary>Higher is better ("maximize"): e.g. school participation rate. C = R / T × 100.</summary>
    Positive = 0,

    /// <summary>Lower is better ("minimize"): e.g. infant mortality. The rule set chooses the formula
    /// (reflected or inverse).</summary>
    Negative = 1,
}
