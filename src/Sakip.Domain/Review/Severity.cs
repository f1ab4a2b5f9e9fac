using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Review;

/// <summary>How serious a review finding is. The values are ordered: a smaller value is more serious, and reports
/// list findings in that order.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<Severity>))]
public enum Severity
{
    /// <summary>The plans contradict each other or a rule of the planning regulations: fix before publishing.</summary>
    Error = 0,

    /// <summary>Suspicious: likely a mistake, or a gap a reviewer (Inspektorat, KemenPAN-RB evaluator) will ask
    /// about.</summary>
    Warning = 1,

    /// <summary>Worth knowing, not a problem in itself (a shifted period, a deviation that is explained).</summary>
    Info = 2,
}
