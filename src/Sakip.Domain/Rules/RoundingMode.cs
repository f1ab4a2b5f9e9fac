namespace Sakip.Domain.Rules;

/// <summary>How a value is rounded for presentation. Calculations are never rounded.</summary>
public enum RoundingMode
{
    /// <summary>
    /// Round half away from zero (85.385 → 85.39): the usual school rounding and the default of the
    /// <c>sakip capaian</c> calculator.
    /// </summary>
    HalfUp = 0,

    /// <summary>
    /// Cut the extra digits (toward zero): 85.3867 → 85.38, 139.738 → 139.73, as some published LKjIPs print.
    /// </summary>
    Truncate = 1,

    /// <summary>Round half to even (banker's rounding): 85.385 → 85.38, 85.375 → 85.38.</summary>
    HalfEven = 2,
}
