using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Rules;

/// <summary>What a negative (lower-is-better) indicator with a target of zero ("zero incidents") achieves.
/// No regulation covers it (docs/rules.md, "Zero, empty and impossible values").</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<NegativeZeroTargetRule>))]
public enum NegativeZeroTargetRule
{
    /// <summary>Binary: R ≤ 0 meets the target (100 %), anything else misses it (0 %). The default.</summary>
    Binary = 0,

    /// <summary>Not measurable: the result says so with a reason.</summary>
    NotMeasurable = 1,
}
