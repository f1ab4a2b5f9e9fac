using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>Range ("stabilise") targets: 100 inside, the crossed bound's formula outside (PermenPAN-RB 8/2021, Lampiran; docs/rules.md, "Formulas").</summary>
public class RangeTargetPropertyTests
{
    private static readonly Gen<(decimal Lower, decimal Upper)> Range =
        from lower in Gen.Choose(2, 5_000_000).Select(i => i / 100m)
        from width in Gen.Choose(0, 5_000_000).Select(i => i / 100m)
        select (lower, lower + width);

    private static readonly Gen<decimal> Epsilon = Gen.Choose(1, 100).Select(i => i / 100m);

    private static readonly Gen<decimal> Fraction = Gen.Choose(0, 1000).Select(i => i / 1000m);

    [Property]
    public Property Calculate_RealisationInsideRange_Is100() =>
        Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), Range.ToArbitrary(), Fraction.ToArbitrary(), (formula, range, fraction) =>
        {
            var r = range.Lower + ((range.Upper - range.Lower) * fraction);
            var result = TestCalc.With(formula, Target.Range(range.Lower, range.Upper), r);
            return (result.Value() == 100m).Label($"{formula} {range} R {r}: {result.Percent}");
        });

    [Property]
    public Property Calculate_RealisationOnEitherBound_Is100() =>
        Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), Range.ToArbitrary(), (formula, range) =>
        {
            var target = Target.Range(range.Lower, range.Upper);
            return TestCalc.With(formula, target, range.Lower).Value() == 100m
                && TestCalc.With(formula, target, range.Upper).Value() == 100m;
        });

    [Property]
    public Property Calculate_RealisationJustAboveRange_EqualsPointTargetOnUpperBound() =>
        Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), Range.ToArbitrary(), Epsilon.ToArbitrary(), (formula, range, epsilon) =>
        {
            var r = range.Upper + epsilon;
            var ranged = TestCalc.With(formula, Target.Range(range.Lower, range.Upper), r).Value();
            var point = TestCalc.With(formula, Target.Point(range.Upper), r).Value();
            var continuous = Math.Abs(ranged - 100m) <= (100m * epsilon / range.Upper) + 1e-20m;
            return (ranged == point && continuous).Label($"{formula} {range} R {r}: range {ranged}, point {point}");
        });

    [Property]
    public Property Calculate_RealisationJustBelowRange_EqualsPointTargetOnLowerBound()
    {
        var cases =
            from range in Range
            from hundredths in Gen.Choose(1, Math.Min(100, (int)(range.Lower * 100m) - 1))
            select (range, epsilon: hundredths / 100m);
        return Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), cases.ToArbitrary(), (formula, c) =>
        {
            var (range, epsilon) = c;
            var r = range.Lower - epsilon;
            var ranged = TestCalc.With(formula, Target.Range(range.Lower, range.Upper), r).Value();
            var point = TestCalc.With(formula, Target.Point(range.Lower), r).Value();
            var continuous = Math.Abs(ranged - 100m) <= (100m * epsilon / r) + 1e-20m;
            return (ranged == point && continuous).Label($"{formula} {range} R {r}: range {ranged}, point {point}");
        });
    }

    [Property]
    public Property Calculate_DegenerateRange_EqualsPointTargetOutsideAnd100Inside() =>
        Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), Generators.PositiveAmount.ToArbitrary(), Generators.PositiveAmount.ToArbitrary(), (formula, t, r) =>
        {
            var ranged = TestCalc.With(formula, Target.Range(t, t), r).Value();
            var point = TestCalc.With(formula, Target.Point(t), r).Value();
            return ranged == point;
        });
}
