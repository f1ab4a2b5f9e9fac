using Sakip.Domain.Achievement;
using Sakip.Domain.Efficiency;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Efficiency;

public class BudgetAbsorptionTests
{
    [Fact]
    public void Calculate_Sumut2021_Is93Point63()
    {
        var result = BudgetAbsorption.Calculate(749930215m, 702188300m);

        Assert.Equal(93.63m, result.Presented!.Value.Value);
        Assert.Equal(702188300m * 100m / 749930215m, result.Value());
        Assert.Equal("positive-ratio", result.Explanation.FormulaId);
    }

    [Fact]
    public void Calculate_NotReported_IsNotReported()
    {
        Assert.Equal(AchievementStatus.NotReported, BudgetAbsorption.Calculate(749930215m, null).Status);
    }

    [Fact]
    public void Calculate_ZeroCeiling_IsNotMeasurable()
    {
        Assert.Equal("zero-target-positive", BudgetAbsorption.Calculate(0m, 10m).Reason!.Code);
    }

    [Fact]
    public void Calculate_NegativeAmounts_AreInvalid()
    {
        var result = BudgetAbsorption.Calculate(-1m, -2m);

        Assert.Equal(new[] { "target", "realisation" }, result.AsInvalidInput!.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Calculate_RuleSet_PresentsWithIt()
    {
        var rules = RuleSets.Default with { Id = "trunc", Rounding = RoundingRule.TwoDecimalsTruncate, PositiveFormulaId = "nope" };

        var result = BudgetAbsorption.Calculate(3m, 2m, rules);

        Assert.Equal(66.66m, result.Presented!.Value.Value);
        Assert.Equal("trunc", result.Explanation.RuleSetId);
    }

    [Fact]
    public void Compare_GapAboveThreshold_IsEfficient()
    {
        var achievement = AchievementCalculator.Default.Calculate(100m, 100m);
        var absorption = BudgetAbsorption.Calculate(749930215m, 702188300m);

        var comparison = BudgetAbsorption.Compare(achievement, absorption, BudgetAbsorption.DefaultThresholdPoints)!;

        Assert.True(comparison.IsEfficient);
        Assert.Equal(100m - absorption.Value(), comparison.Gap);
        Assert.Equal(5m, comparison.ThresholdPoints);
        Assert.Equal(100m, comparison.Achievement.Value);
    }

    [Theory]
    [InlineData("95", "90", false)]
    [InlineData("95.01", "90", true)]
    [InlineData("80", "90", false)]
    public void Compare_GapAtOrBelowThreshold_IsNotEfficient(string capaian, string absorbed, bool efficient)
    {
        var achievement = AchievementCalculator.Default.Calculate(100m, TestCalc.D(capaian));
        var absorption = BudgetAbsorption.Calculate(100m, TestCalc.D(absorbed));

        Assert.Equal(efficient, BudgetAbsorption.Compare(achievement, absorption, BudgetAbsorption.DefaultThresholdPoints)!.IsEfficient);
    }

    [Fact]
    public void Compare_EitherSideWithoutValue_IsNull()
    {
        var achieved = AchievementCalculator.Default.Calculate(100m, 90m);
        var missing = BudgetAbsorption.Calculate(100m, null);

        Assert.Null(BudgetAbsorption.Compare(achieved, missing, 5m));
        Assert.Null(BudgetAbsorption.Compare(missing, achieved, 5m));
    }

    [Fact]
    public void Compare_BadArguments_Throw()
    {
        var achieved = AchievementCalculator.Default.Calculate(100m, 90m);

        Assert.Throws<ArgumentNullException>(() => BudgetAbsorption.Compare(null!, achieved, 5m));
        Assert.Throws<ArgumentNullException>(() => BudgetAbsorption.Compare(achieved, null!, 5m));
        Assert.Throws<ArgumentException>(() => BudgetAbsorption.Compare(achieved, achieved, -1m));
        Assert.Throws<ArgumentException>(() => BudgetAbsorption.Compare(Percentage.Hundred, Percentage.Zero, -0.01m));
    }

    [Fact]
    public void Compare_Percentages_UsesThreshold()
    {
        var comparison = BudgetAbsorption.Compare(new Percentage(85.38m), new Percentage(93.63m), 0m);

        Assert.False(comparison.IsEfficient);
        Assert.Equal(-8.25m, comparison.Gap);
        Assert.Equal(0m, comparison.ThresholdPoints);
        Assert.True(BudgetAbsorption.Compare(new Percentage(100m), new Percentage(93.63m), 0m).IsEfficient);
    }
}
