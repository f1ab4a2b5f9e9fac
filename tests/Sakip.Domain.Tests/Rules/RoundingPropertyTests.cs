using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Rules;

/// <summary>Laws of presentation rounding (docs/rules.md, "Rounding").</summary>
public class RoundingPropertyTests
{
    private static readonly Arbitrary<(decimal Value, int Decimals)> Case = Generators.RoundingCase.ToArbitrary();

    private static decimal Unit(int decimals) => Generators.Scale(1m, decimals);

    private static bool IsMidpoint(decimal value, int decimals)
    {
        var shifted = value / Unit(decimals);
        return shifted - decimal.Truncate(shifted) == 0.5m;
    }

    [Property]
    public Property Truncate_NonNegativeValue_IsNeverAboveHalfUp() =>
        Prop.ForAll(Case, c =>
        {
            var truncated = new RoundingRule(RoundingMode.Truncate, c.Decimals).Apply(c.Value);
            var halfUp = new RoundingRule(RoundingMode.HalfUp, c.Decimals).Apply(c.Value);
            return (truncated <= halfUp).Label($"{c}: truncate {truncated}, half-up {halfUp}");
        });

    [Property]
    public Property Apply_TruncateAndHalfUp_StayWithinOneUnitOfLastDecimal() =>
        Prop.ForAll(Case, Gen.Elements(1m, -1m).ToArbitrary(), (c, sign) =>
        {
            var value = sign * c.Value;
            var unit = Unit(c.Decimals);
            var truncated = new RoundingRule(RoundingMode.Truncate, c.Decimals).Apply(value);
            var halfUp = new RoundingRule(RoundingMode.HalfUp, c.Decimals).Apply(value);
            return (Math.Abs(value - truncated) < unit
                    && Math.Abs(value - halfUp) <= unit / 2m
                    && Math.Abs(truncated) <= Math.Abs(value))
                .Label($"{value} to {c.Decimals}: truncate {truncated}, half-up {halfUp}");
        });

    [Property]
    public Property Apply_AnyMode_CarriesExactlyTheStatedDecimals() =>
        Prop.ForAll(Case, Gen.Elements(RoundingMode.HalfUp, RoundingMode.Truncate, RoundingMode.HalfEven).ToArbitrary(), (c, mode) =>
        {
            var rounded = new RoundingRule(mode, c.Decimals).Apply(c.Value);
            var shifted = rounded / Unit(c.Decimals);
            return (shifted == decimal.Truncate(shifted) && rounded.Scale == c.Decimals)
                .Label($"{c} {mode}: {rounded} (scale {rounded.Scale})");
        });

    [Property]
    public Property HalfEven_DiffersFromHalfUp_OnlyAtMidpoints() =>
        Prop.ForAll(Case, c =>
        {
            var halfEven = new RoundingRule(RoundingMode.HalfEven, c.Decimals).Apply(c.Value);
            var halfUp = new RoundingRule(RoundingMode.HalfUp, c.Decimals).Apply(c.Value);
            var midpoint = IsMidpoint(c.Value, c.Decimals);
            return (halfEven == halfUp || midpoint)
                .Classify(midpoint, "midpoint")
                .Classify(halfEven != halfUp, "differ")
                .Label($"{c}: half-even {halfEven}, half-up {halfUp}");
        });

    [Property]
    public Property HalfEven_AtMidpoint_RoundsToEvenAndAtMostOneUnitBelowHalfUp()
    {
        var midpoints =
            from decimals in Gen.Choose(0, 4)
            from units in Gen.Choose(0, 100_000_000)
            select (Value: Generators.Scale((units * 10m) + 5m, decimals + 1), Decimals: decimals);
        return Prop.ForAll(midpoints.ToArbitrary(), c =>
        {
            var unit = Unit(c.Decimals);
            var halfEven = new RoundingRule(RoundingMode.HalfEven, c.Decimals).Apply(c.Value);
            var halfUp = new RoundingRule(RoundingMode.HalfUp, c.Decimals).Apply(c.Value);
            var evenLast = decimal.Truncate(halfEven / unit) % 2m == 0m;
            return (IsMidpoint(c.Value, c.Decimals) && evenLast && (halfUp == halfEven || halfUp - halfEven == unit))
                .Label($"{c}: half-even {halfEven}, half-up {halfUp}");
        });
    }

    [Property]
    public Property Present_RuleSetRounding_IsTheRulesApply() =>
        Prop.ForAll(Case, Gen.Elements(RoundingMode.HalfUp, RoundingMode.Truncate, RoundingMode.HalfEven).ToArbitrary(), (c, mode) =>
        {
            var rule = new RoundingRule(mode, c.Decimals);
            return (RuleSets.Default with { Id = "r", Rounding = rule }).Present(c.Value) == rule.Apply(c.Value);
        });
}
