using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Bands;

/// <summary>Whether a band's lower edge belongs to the band.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<EdgeSemantics>))]
public enum EdgeSemantics
{
    /// <summary>A value belongs to a band when it is strictly greater than the band's lower edge
    /// (<c>&gt; 90</c>): a value exactly on the edge falls into the band below.</summary>
    LowerExclusive = 0,

    /// <summary>A value belongs to a band when it is greater than or equal to the band's lower edge
    /// (<c>≥ 90</c>).</summary>
    LowerInclusive = 1,
}
