using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;

namespace Sakip.Domain.Rules;

/// <summary>How a value is rounded for presentation. Calculations are never rounded.</summary>
[JsonConverter(typeof(KebabCaseEnumJsonConverter<RoundingMode>))]
public enum RoundingMode
{
    /// <summary>
    /// Round half away from zero (85.385 → 85.39): the usual school rounding, the default, and what the reports
    /// match where half-up and truncation differ (docs/rules.md, "Rounding": Lampung's LKj 2015 prints 179.6667 as
    /// 179.67, Wonogiri's LKjIP 2020 prints 95.9767 as 95.98).
    /// </summary>
    HalfUp = 0,

    /// <summary>
    /// Cut the extra digits (toward zero): 85.3867 → 85.38, 139.7385 → 139.73, as some reports print (SPKT Polda Jawa
    /// Tengah's performance report 2018 prints 90.83 against 65 as 139.73 %; docs/rules.md, "Rounding").
    /// </summary>
    Truncate = 1,

    /// <summary>Round half to even (banker's rounding): 85.385 → 85.38, 85.375 → 85.38.</summary>
    HalfEven = 2,
}
