using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Periods;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Tests;

/// <summary>
/// Shared FsCheck generators. Decimals are built from integers so that every value is exact and decimal
/// arithmetic in the laws stays exact.
/// </summary>
internal static class Generators
{
    /// <summary>Strictly positive amounts with two decimals: 0.01 to 100,000.00.</summary>
    public static Gen<decimal> PositiveAmount { get; } = Gen.Choose(1, 10_000_000).Select(i => i / 100m);

    /// <summary>Non-negative amounts with two decimals: 0 to 100,000.00.</summary>
    public static Gen<decimal> NonNegativeAmount { get; } = Gen.Choose(0, 10_000_000).Select(i => i / 100m);

    /// <summary>A positive scale factor with up to two decimals: 0.01 to 1,000.00.</summary>
    public static Gen<decimal> ScaleFactor { get; } = Gen.Choose(1, 100_000).Select(i => i / 100m);

    /// <summary>Achievement-like values, including negative and far above 100: −500.0000 to 1,000.0000.</summary>
    public static Gen<decimal> Capaian { get; } = Gen.Choose(-5_000_000, 10_000_000).Select(i => i / 10_000m);

    /// <summary>Positive caps, whole or with two decimals: 0.01 to 500.00.</summary>
    public static Gen<decimal> Cap { get; } = Gen.Choose(1, 50_000).Select(i => i / 100m);

    /// <summary>
    /// Any decimal that text must round-trip: signed, up to about 2 × 10^18 in magnitude, with 0 to 10 decimals
    /// (trailing zeros included, so the scale varies too).
    /// </summary>
    public static Gen<decimal> AnyDecimal => GeneratorParts.AnyDecimal;

    /// <summary>Values for rounding laws: up to six decimals, with exact midpoints made frequent.</summary>
    public static Gen<(decimal Value, int Decimals)> RoundingCase { get; } =
        from decimals in Gen.Choose(0, 4)
        from midpoint in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from units in Gen.Choose(0, 100_000_000)
        let value = midpoint
            ? Scale((units * 10m) + 5m, decimals + 1)
            : Scale(units, decimals + 2)
        select (value, decimals);

    /// <summary>Every built-in rule set.</summary>
    public static Gen<RuleSet> BuiltInRuleSet { get; } = Gen.Elements(RuleSets.Reflected, RuleSets.Inverse);

    /// <summary>Every accumulation type.</summary>
    public static Gen<AccumulationType> Accumulation => GeneratorParts.Accumulation;

    /// <summary>Any valid reporting period.</summary>
    public static Gen<ReportingPeriod> Period { get; } = GeneratorParts.Periods(1, 9999);

    /// <summary>A non-empty list of values with positive weights (two decimals).</summary>
    public static Gen<(decimal Value, decimal Weight)[]> WeightedValues { get; } =
        Gen.Zip(Capaian, Gen.Choose(1, 10_000).Select(i => i / 100m))
            .Select(p => (p.Item1, p.Item2))
            .NonEmptyListOf()
            .Select(l => l.ToArray());

    /// <summary>Divides by 10^<paramref name="scale"/> exactly.</summary>
    public static decimal Scale(decimal units, int scale) => GeneratorParts.Scale(units, scale);
}
