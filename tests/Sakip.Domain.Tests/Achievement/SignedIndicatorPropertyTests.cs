using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>Laws of indicators whose values can be negative, and of the plain ratio that ignores polarity
/// (docs/rules.md, "Negative values" and "Formulas").</summary>
public class SignedIndicatorPropertyTests
{
    /// <summary>Signed values with two decimals: −100,000.00 to 100,000.00.</summary>
    private static readonly Gen<decimal> Signed = Gen.Choose(-10_000_000, 10_000_000).Select(i => i / 100m);

    /// <summary>Strictly negative values with two decimals: −100,000.00 to −0.01.</summary>
    private static readonly Gen<decimal> Negative = Gen.Choose(-10_000_000, -1).Select(i => i / 100m);

    private static readonly Gen<decimal> NonPositive = Gen.Frequency((1, Gen.Constant(0m)), (3, Negative));

    [Property]
    public Property PositiveRatio_SignedRealisationPositiveTarget_RisesWithRealisation() =>
        Prop.ForAll(Generators.PositiveAmount.ToArbitrary(), Signed.ToArbitrary(), Generators.PositiveAmount.ToArbitrary(), (t, r, delta) =>
        {
            var lower = TestCalc.Signed(TestCalc.Positive, t, r).Value();
            var higher = TestCalc.Signed(TestCalc.Positive, t, r + delta).Value();
            return (lower < higher && (r >= 0m || lower < 0m)).Label($"T {t}: C({r}) = {lower}, C({r + delta}) = {higher}");
        });

    [Property]
    public Property PositiveRatio_SignedIndicatorAtTarget_IsExactly100() =>
        Prop.ForAll(Generators.PositiveAmount.ToArbitrary(), t =>
            (AchievementCalculator.Default.CalculateSigned(t, t).Value() == 100m).Label($"T = R = {t}"));

    [Property]
    public Property Reflected_SignedRealisationPositiveTarget_FallsAsRealisationRises() =>
        Prop.ForAll(Generators.PositiveAmount.ToArbitrary(), Signed.ToArbitrary(), Generators.PositiveAmount.ToArbitrary(), (t, r, delta) =>
        {
            var lower = TestCalc.Signed(TestCalc.Reflected, t, r).Value();
            var higher = TestCalc.Signed(TestCalc.Reflected, t, r + delta).Value();
            return (lower > higher && (r >= 0m || lower > 200m)).Label($"T {t}: C({r}) = {lower}, C({r + delta}) = {higher}");
        });

    [Property]
    public Property PlainRatio_AnySignedRealisation_IsRoverTTimes100LikeThePositiveRatio() =>
        Prop.ForAll(Generators.PositiveAmount.ToArbitrary(), Signed.ToArbitrary(), (t, r) =>
        {
            var plain = TestCalc.Signed(TestCalc.PlainRatio, t, r);
            var positive = TestCalc.Signed(TestCalc.Positive, t, r);
            return (plain.Value() == r * 100m / t && positive.Value() == plain.Value() && plain.Explanation.Polarity == Polarity.Negative)
                .Label($"T {t}, R {r}: plain {plain.Percent}, positive {positive.Percent}");
        });

    [Property]
    public Property PlainRatio_NonPositiveTarget_IsNotMeasurableNeverZero() =>
        Prop.ForAll(NonPositive.ToArbitrary(), Signed.ToArbitrary(), (t, r) =>
        {
            var result = TestCalc.Signed(TestCalc.PlainRatio, t, r);
            var expected = t == 0m ? "zero-target-plain-ratio" : "negative-target-unsupported";
            return (result.Status == AchievementStatus.NotMeasurable && result.Percent is null && result.Reason!.Code == expected)
                .Label($"T {t}, R {r}: {result}");
        });

    [Property]
    public Property AnyFormula_NegativeTarget_IsNotMeasurableWithAReasonInBothLanguages() =>
        Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), Negative.ToArbitrary(), Signed.ToArbitrary(), (formula, t, r) =>
        {
            var result = TestCalc.Signed(formula, t, r);
            return (result.Status == AchievementStatus.NotMeasurable
                    && result.Reason!.Code == "negative-target-unsupported"
                    && result.Reason.Message.English.Contains(formula.Id, StringComparison.Ordinal)
                    && result.Reason.Message.Indonesian.Contains(formula.Id, StringComparison.Ordinal))
                .Label($"{formula} T {t}, R {r}: {result}");
        });

    [Property]
    public Property UndeclaredNegatives_AnyFormula_AreAlwaysRefusedAtTheirPath() =>
        Prop.ForAll(TestCalc.AnyFormula.ToArbitrary(), Signed.ToArbitrary(), Signed.ToArbitrary(), (formula, t, r) =>
        {
            var result = TestCalc.With(formula, t, r);
            var expected = new[] { ("target", t < 0m), ("realisation", r < 0m) }.Where(p => p.Item2).Select(p => p.Item1).ToArray();
            var refused = result.AsInvalidInput is { } invalid
                && invalid.Problems.Select(p => p.Path).SequenceEqual(expected)
                && invalid.Problems.All(p => p.Reason.Code == "negative-not-allowed");
            return (expected.Length == 0 ? result.Status != AchievementStatus.InvalidInput : refused)
                .Label($"{formula} T {t}, R {r}: {result}");
        });

    [Property]
    public Property UndeclaredNegatives_SingleCalculation_AreRefusedWhileCalculateSignedComputesThem() =>
        Prop.ForAll(Generators.PositiveAmount.ToArbitrary(), Negative.ToArbitrary(), (t, r) =>
        {
            var refused = AchievementCalculator.Default.Calculate(t, r);
            var signed = AchievementCalculator.Default.CalculateSigned(t, r);
            return (refused.Status == AchievementStatus.InvalidInput && refused.Reason!.Code == "negative-not-allowed" && signed.Value() == r * 100m / t)
                .Label($"T {t}, R {r}: {refused} / {signed}");
        });

    [Property]
    public Property Inverse_NegativeRealisation_IsNotMeasurable() =>
        Prop.ForAll(Generators.PositiveAmount.ToArbitrary(), Negative.ToArbitrary(), (t, r) =>
            (TestCalc.Signed(TestCalc.Inverse, t, r).Reason?.Code == "negative-realisation-unsupported").Label($"T {t}, R {r}"));
}
