using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>Laws every built-in formula obeys (docs/rules.md, "Formulas"), for T &gt; 0 and R &gt; 0.</summary>
public class FormulaPropertyTests
{
    private static readonly Arbitrary<decimal> Amount = Generators.PositiveAmount.ToArbitrary();

    private static readonly Arbitrary<(decimal Target, decimal Realisation)> TargetAndRealisation =
        Gen.Zip(Generators.PositiveAmount, Generators.PositiveAmount).Select(p => (p.Item1, p.Item2)).ToArbitrary();

    [Property]
    public Property Calculate_RealisationEqualsTarget_IsExactly100ForEveryFormula() =>
        Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), Amount, (formula, t) =>
            (TestCalc.With(formula, t, t).Value() == 100m).Label($"{formula} T = R = {t}"));

    [Property]
    public Property Calculate_RealisationEqualsTarget_IsExactly100UnderEveryBuiltInRuleSet() =>
        Prop.ForAll(
            Generators.BuiltInRuleSet.ToArbitrary(),
            Gen.Elements(Polarity.Positive, Polarity.Negative).ToArbitrary(),
            Amount,
            (rules, polarity, t) =>
            {
                var result = new AchievementCalculator(rules).Calculate(t, t, polarity);
                return (result.Value() == 100m && result.Presented!.Value.Value == 100m)
                    .Label($"{rules.Id} {polarity} T = R = {t}: {result.Percent}");
            });

    [Property]
    public Property PositiveRatio_HigherRealisation_StrictlyIncreases() =>
        Prop.ForAll(Amount, Amount, Amount, (t, r, delta) =>
        {
            var lower = TestCalc.With(TestCalc.Positive, t, r).Value();
            var higher = TestCalc.With(TestCalc.Positive, t, r + delta).Value();
            return (lower < higher).Label($"T {t}: C({r}) = {lower}, C({r + delta}) = {higher}");
        });

    [Property]
    public Property NegativeFormulas_HigherRealisation_StrictlyDecrease() =>
        Prop.ForAll(TestCalc.NegativeFormula.ToArbitrary(), Amount, TargetAndRealisation, (formula, delta, tr) =>
        {
            var (t, r) = tr;
            var lower = TestCalc.With(formula, t, r).Value();
            var higher = TestCalc.With(formula, t, r + delta).Value();
            return (lower > higher).Label($"{formula} T {t}: C({r}) = {lower}, C({r + delta}) = {higher}");
        });

    [Property]
    public Property Calculate_TargetAndRealisationScaledTogether_IsUnchanged() =>
        Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), TargetAndRealisation, Generators.ScaleFactor.ToArbitrary(), (formula, tr, k) =>
        {
            var (t, r) = tr;
            var original = TestCalc.With(formula, t, r).Value();
            var scaled = TestCalc.With(formula, k * t, k * r).Value();
            return (original == scaled).Label($"{formula} C({t}, {r}) = {original}, C({k * t}, {k * r}) = {scaled}");
        });

    [Property]
    public Property NegativeInverse_AgainstReflected_IsNeverLowerAndEqualOnlyAtTarget()
    {
        var pairs =
            from t in Generators.PositiveAmount
            from r in Gen.Frequency((1, Gen.Constant(t)), (4, Generators.PositiveAmount))
            select (t, r);
        return Prop.ForAll(pairs.ToArbitrary(), pair =>
        {
            var (t, r) = pair;
            var inverse = TestCalc.With(TestCalc.Inverse, t, r).Value();
            var reflected = TestCalc.With(TestCalc.Reflected, t, r).Value();
            return (inverse >= reflected && (inverse == reflected) == (r == t))
                .Classify(r == t, "at target")
                .Label($"T {t}, R {r}: inverse {inverse}, reflected {reflected}");
        });
    }

    [Property]
    public Property NegativeReflected_RealisationTwiceTarget_IsExactlyZero() =>
        Prop.ForAll(Amount, t => TestCalc.With(TestCalc.Reflected, t, 2m * t).Value() == 0m);

    [Property]
    public Property NegativeReflected_RealisationAboveTwiceTarget_IsBelowZeroAndKept() =>
        Prop.ForAll(Amount, Amount, (t, extra) => TestCalc.With(TestCalc.Reflected, t, (2m * t) + extra).Value() < 0m);

    [Property]
    public Property NegativeInverse_AnyPositiveRealisation_IsAboveZero() =>
        Prop.ForAll(Amount, Amount, (t, r) => TestCalc.With(TestCalc.Inverse, t, r).Value() > 0m);

    [Property]
    public Property Formulas_EvaluatedDirectly_MatchPrintedExpressions() =>
        Prop.ForAll(Amount, Amount, (t, r) =>
        {
            var rules = RuleSets.Default;
            var positive = PositiveRatioFormula.Instance.Evaluate(t, r, rules).AsValue!.Value;
            var reflected = NegativeReflectedFormula.Instance.Evaluate(t, r, rules).AsValue!.Value;
            var inverse = NegativeInverseFormula.Instance.Evaluate(t, r, rules).AsValue!.Value;
            return positive == r * 100m / t
                && reflected == ((2m * t) - r) * 100m / t
                && inverse == t * 100m / r;
        });
}
