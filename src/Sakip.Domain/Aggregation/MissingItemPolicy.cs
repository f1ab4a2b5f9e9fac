using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Aggregation;

/// <summary>What an aggregation does with items that have no achievement (not reported, not measurable,
/// invalid). The policy in force is stated in the result.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<MissingItemPolicy>))]
public enum MissingItemPolicy
{
    /// <summary>Leave them out and list them as excluded. The default.</summary>
    Skip = 0,

    /// <summary>Give no aggregate at all while any item is missing: the result is not available, naming them.</summary>
    Incomplete = 1,

    /// <summary>Count each missing item as an achievement of 0 (a deliberate, stated penalty; never the default).
    /// Not allowed with <see cref="AggregationMethod.RatioOfSums"/>.</summary>
    CountAsZero = 2,
}
