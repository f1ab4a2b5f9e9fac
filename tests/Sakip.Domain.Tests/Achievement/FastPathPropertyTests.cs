using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>The calculator measures an achieved result without its explanation and makes the explanation when it is
/// first read. Nothing may change by that: every figure, the band, the explanation and its sentences are exactly those
/// of the whole calculation made at once (<see cref="AchievementCalculator.CalculateExplained"/>), for any input under
/// any rule set, including the cases the fast path leaves to the whole calculation.</summary>
public class FastPathPropertyTests
{
    private static readonly Gen<decimal> Value = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (1, Gen.Choose(-100_000, -1).Select(i => i / 100m)),
        (8, Gen.Choose(1, 20_000_000).Select(i => i / 1000m)));

    private static readonly Gen<Target> TargetGen = Gen.Frequency(
        (4, Value.Select(Target.Point)),
        (1, from a in Value from b in Value select Target.Range(Math.Min(a, b), Math.Max(a, b))));

    private static readonly Gen<RuleSet> Rules =
        from basis in Gen.Elements(RuleSets.Reflected, RuleSets.Inverse)
        from cap in Gen.Elements<decimal?>(null, 120m, 150m)
        from bandBasis in Gen.Elements(BandBasis.PresentedValue, BandBasis.ExactValue)
        from rounding in Gen.Elements(RoundingRule.TwoDecimalsHalfUp, RoundingRule.TwoDecimalsTruncate, new RoundingRule(RoundingMode.HalfEven, 0))
        from zeroTarget in Gen.Elements(NegativeZeroTargetRule.Binary, NegativeZeroTargetRule.NotMeasurable)
        from zeroRealisation in Gen.Elements(Enum.GetValues<InverseZeroRealisationRule>())
        select basis with { Cap = cap, BandBasis = bandBasis, Rounding = rounding, NegativeZeroTarget = zeroTarget, InverseZeroRealisation = zeroRealisation };

    private static readonly Gen<AchievementInput> Input =
        from target in TargetGen
        from realisation in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (9, Value.Select(v => (decimal?)v)))
        from polarity in Gen.Frequency((5, Gen.Constant(Polarity.Positive)), (5, Gen.Constant(Polarity.Negative)), (1, Gen.Constant((Polarity)7)))
        from formula in Gen.Elements<string?>(null, null, PositiveRatioFormula.FormulaId, NegativeReflectedFormula.FormulaId, NegativeInverseFormula.FormulaId, NegativePlainRatioFormula.FormulaId, "no-such-formula")
        from signed in Gen.Elements(false, true)
        select new AchievementInput(target, realisation is { } r ? new Measure(r) : null, polarity) { FormulaId = formula, AllowsNegativeValues = signed };

    [Property(MaxTest = 1000)]
    public Property Calculate_GivesWhatTheWholeCalculationGives() =>
        Prop.ForAll(Rules.ToArbitrary(), Input.ToArbitrary(), (rules, input) =>
        {
            var calculator = new AchievementCalculator(rules);
            var fast = calculator.Calculate(input);
            var whole = calculator.CalculateExplained(input);

            // The figures first, read before anything makes the explanation.
            var figures = fast.Status == whole.Status
                && fast.Percent == whole.Percent
                && fast.Presented == whole.Presented
                && fast.Band == whole.Band
                && fast.AsAchieved?.UncappedValue == whole.AsAchieved?.UncappedValue
                && fast.Presented?.Value.Scale == whole.Presented?.Value.Scale;
            return (figures
                    && fast.Explanation == whole.Explanation
                    && fast == whole
                    && fast.GetHashCode() == whole.GetHashCode()
                    && fast.ToSentence(Language.Indonesian) == whole.ToSentence(Language.Indonesian)
                    && fast.ToSentence(Language.English) == whole.ToSentence(Language.English))
                .Label($"{rules.Id} cap {rules.Cap} {input}: {fast} vs {whole}");
        });

    [Property(MaxTest = 300)]
    public Property Calculate_PlainAchievedInput_LeavesTheExplanationUnmade() =>
        Prop.ForAll(
            Gen.Choose(1, 10_000_000).Select(i => i / 100m).ToArbitrary(),
            Gen.Choose(1, 10_000_000).Select(i => i / 100m).ToArbitrary(),
            Gen.Elements(Polarity.Positive, Polarity.Negative).ToArbitrary(),
            (target, realisation, polarity) =>
            {
                var achieved = AchievementCalculator.Default.Calculate(target, realisation, polarity).AsAchieved!;
                var before = achieved.HasExplanation;
                _ = achieved.Explanation;
                return (!before && achieved.HasExplanation).Label($"{polarity} T {target} R {realisation}");
            });

    [Fact]
    public void Explanation_ReadByManyThreadsAtOnce_IsOneExplanation()
    {
        for (var round = 0; round < 20; round++)
        {
            var achieved = AchievementCalculator.Default.Calculate(88.5m, 91.25m).AsAchieved!;
            var seen = new Sakip.Domain.Explanations.Explanation[8];

            Parallel.For(0, seen.Length, i => seen[i] = achieved.Explanation);

            Assert.All(seen, e => Assert.Same(seen[0], e));
            Assert.Equal(AchievementCalculator.Default.CalculateExplained(new AchievementInput(88.5m, 91.25m, Polarity.Positive)).Explanation, seen[0]);
        }
    }

    [Fact]
    public void With_ExplanationGiven_KeepsIt_AndFiguresStay()
    {
        var achieved = AchievementCalculator.Default.Calculate(80m, 100m).AsAchieved!;
        var other = AchievementCalculator.Default.Calculate(90m, 100m).Explanation;

        var changed = achieved with { Explanation = other };

        Assert.Same(other, changed.Explanation);
        Assert.Equal(achieved.Value, changed.Value);
        Assert.NotEqual(achieved, changed);
        Assert.Equal(achieved, achieved with { });
    }

    [Fact]
    public void Equals_AnyOneMemberDiffering_IsNotEqual()
    {
        var achieved = AchievementCalculator.Default.Calculate(80m, 100m).AsAchieved!;
        var other = AchievementCalculator.Default.Calculate(90m, 100m).AsAchieved!;

        Assert.Equal(achieved, AchievementCalculator.Default.Calculate(80m, 100m).AsAchieved);
        Assert.NotEqual(achieved, achieved with { Value = other.Value });
        Assert.NotEqual(achieved, achieved with { UncappedValue = other.UncappedValue });
        Assert.NotEqual(achieved, achieved with { Presented = other.Presented });
        Assert.NotEqual(achieved, achieved with { Band = Sakip.Domain.Bands.BandSets.Kemendagri5.Bands[^1] });
        Assert.NotEqual(achieved, achieved with { Explanation = other.Explanation });
        Assert.False(achieved.Equals(null));
    }

    [Fact]
    public void RatioOf_AchievedMadeByHandWithoutARealisation_CountsNothing()
    {
        var made = AchievementCalculator.Default.Calculate(80m, 100m).AsAchieved!;
        var byHand = new Achieved(made.Value, made.UncappedValue, made.Presented, made.Band, made.Explanation with { Realisation = null });

        Assert.Equal((100m, 80m), Sakip.Domain.Tree.TreeEvaluation.RatioOf(AchievementResult.From(made)));
        Assert.Equal((0m, 0m), Sakip.Domain.Tree.TreeEvaluation.RatioOf(AchievementResult.From(byHand)));
    }
}
