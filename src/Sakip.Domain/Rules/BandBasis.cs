using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Rules;

/// <summary>Which value decides an achievement's band.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<BandBasis>))]
public enum BandBasis
{
    /// <summary>The value as presented (rounded by the rule set): a printed 90.00 is never shown as above 90.
    /// The default.</summary>
    PresentedValue = 0,

    /// <summary>The exact value.</summary>
    ExactValue = 1,
}
