using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Rules;

/// <summary>What the inverse negative formula (T / R) gives when R = 0 and T &gt; 0: the best possible outcome,
/// where the formula itself divides by zero. The rule set must state it (docs/rules.md, "Zero, empty and impossible values").</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<InverseZeroRealisationRule>))]
public enum InverseZeroRealisationRule
{
    /// <summary>100 %. The default.</summary>
    Hundred = 0,

    /// <summary>The rule set's cap (not measurable when the rule set has no cap).</summary>
    Cap = 1,

    /// <summary>Not measurable: the result says so with a reason.</summary>
    NotMeasurable = 2,
}
