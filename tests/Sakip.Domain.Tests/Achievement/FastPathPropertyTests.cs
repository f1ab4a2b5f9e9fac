using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>The calculator measures an achieved result without its explanation and makes the explanation when it is
/// first read. Nothing may change by that: every figure, the band, the explanation and its sentences are exactly those
/// of the whole calculation made at once (<see cref="AchievementCalculator.CalculateExplained"/>), for any input under
/// any rule set, including the cases the fast path leaves to the whole calculation.</summary>
public class FastPathPropertyTests
{
    [Property(MaxTest = 1000)]
    public Property Calculate_GivesWhatTheWholeCalculationGives() =>
        Prop.ForAll(CalculatorGen.Rules.ToArbitrary(), CalculatorGen.Input.ToArbitrary(), (rules, input) =>
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
