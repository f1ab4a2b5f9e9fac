using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>A rule set's cap bounds the value and keeps the uncapped one (docs/rules.md, "Caps").</summary>
public class CapPropertyTests
{
    [Property]
    public Property Calculate_WithCap_NeverExceedsCapAndKeepsUncappedValue() =>
        Prop.ForAll(
            TestCalc.AnyFormula.ToArbitrary(),
            Gen.Zip(Generators.PositiveAmount, Generators.NonNegativeAmount).ToArbitrary(),
            Generators.Cap.ToArbitrary(),
            (formula, tr, cap) =>
            {
                var (t, r) = tr;
                var capped = TestCalc.With(formula, t, r, RuleSets.Default with { Id = "x", Cap = cap }).Achieved();
                var uncapped = TestCalc.With(formula, t, r).Value();
                return (capped.Value.Value <= cap
                        && capped.UncappedValue.Value == uncapped
                        && capped.Value.Value == Math.Min(uncapped, cap)
                        && capped.IsCapped == (uncapped > cap)
                        && capped.Explanation.Value == capped.Value.Value
                        && capped.Explanation.Steps.Any(s => s.Code == "cap") == capped.IsCapped)
                    .Classify(capped.IsCapped, "capped")
                    .Label($"{formula} T {t} R {r} cap {cap}: {capped.Value} (uncapped {capped.UncappedValue}, expected {uncapped})");
            });

    [Property]
    public Property Calculate_WithCap_PresentsAndBandsTheCappedValue() =>
        Prop.ForAll(Generators.PositiveAmount.ToArbitrary(), Generators.NonNegativeAmount.ToArbitrary(), Generators.Cap.ToArbitrary(), (t, r, cap) =>
        {
            var rules = RuleSets.Default with { Id = "x", Cap = cap };
            var capped = TestCalc.With(TestCalc.Positive, t, r, rules).Achieved();
            return capped.Presented.Value == rules.Present(capped.Value.Value)
                && capped.Band == rules.BandOf(capped.Value.Value);
        });
}
