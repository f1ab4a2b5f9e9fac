using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>Generators of any calculator input and rule set, for the properties that compare two ways of computing the
/// same achievement (<see cref="FastPathPropertyTests"/>, <see cref="BulkFiguresTests"/>).</summary>
internal static class CalculatorGen
{
    /// <summary>Zero, negatives, ordinary values, and extremes that overflow or underflow the arithmetic.</summary>
    public static readonly Gen<decimal> Value = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (1, Gen.Choose(-100_000, -1).Select(i => i / 100m)),
        (1, Gen.Elements(decimal.MaxValue, 0.0000000000000000000000000001m, 79_228_162_514_264_337_593_543.9m)),
        (8, Gen.Choose(1, 20_000_000).Select(i => i / 1000m)));

    /// <summary>Point targets, and ranges from any two values.</summary>
    public static readonly Gen<Target> Targets = Gen.Frequency(
        (4, Value.Select(Sakip.Domain.Values.Target.Point)),
        (1, from a in Value from b in Value select Sakip.Domain.Values.Target.Range(Math.Min(a, b), Math.Max(a, b))));

    /// <summary>Both presets with every cap, band basis, rounding and zero rule.</summary>
    public static readonly Gen<RuleSet> Rules =
        from basis in Gen.Elements(RuleSets.Reflected, RuleSets.Inverse)
        from cap in Gen.Elements<decimal?>(null, 120m, 150m)
        from bandBasis in Gen.Elements(BandBasis.PresentedValue, BandBasis.ExactValue)
        from rounding in Gen.Elements(RoundingRule.TwoDecimalsHalfUp, RoundingRule.TwoDecimalsTruncate, new RoundingRule(RoundingMode.HalfEven, 0))
        from zeroTarget in Gen.Elements(NegativeZeroTargetRule.Binary, NegativeZeroTargetRule.NotMeasurable)
        from zeroRealisation in Gen.Elements(Enum.GetValues<InverseZeroRealisationRule>())
        select basis with { Cap = cap, BandBasis = bandBasis, Rounding = rounding, NegativeZeroTarget = zeroTarget, InverseZeroRealisation = zeroRealisation };

    /// <summary>Any input: reported or not, either polarity or an unknown one, the rule set's formula or a named one
    /// (built in, a plugin's, or none such), signed or not.</summary>
    public static readonly Gen<AchievementInput> Input =
        from target in Targets
        from realisation in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (9, Value.Select(v => (decimal?)v)))
        from polarity in Gen.Frequency((5, Gen.Constant(Polarity.Positive)), (5, Gen.Constant(Polarity.Negative)), (1, Gen.Constant((Polarity)7)))
        from formula in Gen.Elements<string?>(null, null, null, PositiveRatioFormula.FormulaId, NegativeReflectedFormula.FormulaId, NegativeInverseFormula.FormulaId, NegativePlainRatioFormula.FormulaId, "baseline-relative", "no-such-formula")
        from signed in Gen.Elements(false, true)
        select new AchievementInput(target, realisation is { } r ? new Measure(r) : null, polarity) { FormulaId = formula, AllowsNegativeValues = signed };
}
