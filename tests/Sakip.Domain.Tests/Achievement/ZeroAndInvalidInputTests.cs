using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>The zero, empty and impossible values of docs/rules.md ("Zero, empty and impossible values"): a stated state, never a silent 0 or a throw.</summary>
public class ZeroAndInvalidInputTests
{
    public static TheoryData<string> FormulaIds => ["positive-ratio", "negative-reflected", "negative-inverse", "negative-plain-ratio"];

    public static TheoryData<string> NegativeFormulaIds => ["negative-reflected", "negative-inverse"];

    private static FormulaCase Formula(string id) => TestCalc.BuiltInFormulas.Single(f => f.Id == id);

    [Theory]
    [MemberData(nameof(FormulaIds))]
    public void Calculate_NullRealisation_IsNotReportedNeverZero(string formulaId)
    {
        var result = TestCalc.With(Formula(formulaId), 32m, null);

        Assert.Equal(AchievementStatus.NotReported, result.Status);
        Assert.IsType<NotReported>(result.AsNotReported);
        Assert.False(result.IsAchieved);
        Assert.Null(result.Percent);
        Assert.Null(result.Presented);
        Assert.Null(result.Band);
        Assert.Equal("not-reported", result.Reason!.Code);
        Assert.Equal(AchievementStatus.NotReported, result.Explanation.Status);
        Assert.Null(result.Explanation.Value);
        Assert.Null(result.Explanation.Realisation);
    }

    [Fact]
    public void Calculate_ZeroRealisation_IsAchievedZeroNotNotReported()
    {
        var result = AchievementCalculator.Default.Calculate(90m, 0m);

        Assert.Equal(AchievementStatus.Achieved, result.Status);
        Assert.Equal(0m, result.Value());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    public void Calculate_PositiveZeroTarget_IsNotMeasurableWithReason(string realisation)
    {
        var result = AchievementCalculator.Default.Calculate(0m, TestCalc.D(realisation));

        Assert.Equal(AchievementStatus.NotMeasurable, result.Status);
        Assert.Equal("zero-target-positive", result.Reason!.Code);
        Assert.Equal("zero-target-positive", result.AsNotMeasurable!.Reason.Code);
        Assert.Equal("zero-target-positive", result.Explanation.Reason!.Code);
        Assert.Null(result.Percent);
    }

    [Fact]
    public void Calculate_PositiveDefaultTarget_IsNotMeasurable()
    {
        var result = AchievementCalculator.Default.Calculate(default(Target), 5m);

        Assert.Equal("zero-target-positive", result.Reason!.Code);
    }

    [Theory]
    [InlineData("negative-reflected", "0", "100")]
    [InlineData("negative-reflected", "0.01", "0")]
    [InlineData("negative-reflected", "7", "0")]
    [InlineData("negative-inverse", "0", "100")]
    [InlineData("negative-inverse", "0.01", "0")]
    [InlineData("negative-inverse", "7", "0")]
    public void Calculate_NegativeZeroTarget_IsBinary(string formulaId, string realisation, string expected)
    {
        var result = TestCalc.With(Formula(formulaId), 0m, TestCalc.D(realisation));

        Assert.Equal(TestCalc.D(expected), result.Value());
        Assert.Contains(result.Explanation.Steps, s => s.Code == "zero-target-binary");
    }

    [Theory]
    [MemberData(nameof(NegativeFormulaIds))]
    public void Calculate_NegativeZeroTargetNegativeRealisationAllowed_MeetsTarget(string formulaId)
    {
        var input = new AchievementInput(0m, -3m, Polarity.Negative) { FormulaId = formulaId, AllowsNegativeValues = true };

        Assert.Equal(100m, AchievementCalculator.Default.Calculate(input).Value());
    }

    [Theory]
    [MemberData(nameof(NegativeFormulaIds))]
    public void Calculate_NegativeZeroTargetUnderNotMeasurableRule_IsNotMeasurable(string formulaId)
    {
        var rules = RuleSets.Default with { Id = "zero-nm", NegativeZeroTarget = NegativeZeroTargetRule.NotMeasurable };

        var met = TestCalc.With(Formula(formulaId), 0m, 0m, rules);
        var missed = TestCalc.With(Formula(formulaId), 0m, 4m, rules);

        Assert.Equal(AchievementStatus.NotMeasurable, met.Status);
        Assert.Equal("zero-target-negative", met.Reason!.Code);
        Assert.Equal("zero-target-negative", missed.Reason!.Code);
    }

    [Fact]
    public void Calculate_InverseZeroRealisationByDefault_Is100()
    {
        var result = TestCalc.With(TestCalc.Inverse, 32m, 0m, RuleSets.Inverse);

        Assert.Equal(100m, result.Value());
        Assert.Contains(result.Explanation.Steps, s => s.Code == "inverse-zero-realisation");
    }

    [Fact]
    public void Calculate_InverseZeroRealisationUnderCapRuleWithCap_IsTheCap()
    {
        var rules = RuleSets.Inverse with { Id = "inv-cap", Cap = 120m, InverseZeroRealisation = InverseZeroRealisationRule.Cap };

        var result = new AchievementCalculator(rules).Calculate(32m, 0m, Polarity.Negative);

        Assert.Equal(120m, result.Value());
        Assert.False(result.AsAchieved!.IsCapped);
    }

    [Fact]
    public void Calculate_InverseZeroRealisationUnderCapRuleWithoutCap_IsNotMeasurable()
    {
        var rules = RuleSets.Inverse with { Id = "inv-cap", InverseZeroRealisation = InverseZeroRealisationRule.Cap };

        var result = new AchievementCalculator(rules).Calculate(32m, 0m, Polarity.Negative);

        Assert.Equal(AchievementStatus.NotMeasurable, result.Status);
        Assert.Equal("inverse-zero-realisation-no-cap", result.Reason!.Code);
    }

    [Fact]
    public void Calculate_InverseZeroRealisationUnderNotMeasurableRule_IsNotMeasurable()
    {
        var rules = RuleSets.Inverse with { Id = "inv-nm", InverseZeroRealisation = InverseZeroRealisationRule.NotMeasurable };

        var result = new AchievementCalculator(rules).Calculate(32m, 0m, Polarity.Negative);

        Assert.Equal("inverse-zero-realisation", result.Reason!.Code);
    }

    [Fact]
    public void Calculate_ReflectedZeroRealisation_Is200()
    {
        Assert.Equal(200m, AchievementCalculator.Default.Calculate(32m, 0m, Polarity.Negative).Value());
    }

    [Theory]
    [MemberData(nameof(FormulaIds))]
    public void Calculate_BothNegative_ListsTargetAndRealisationProblems(string formulaId)
    {
        var result = TestCalc.With(Formula(formulaId), -5m, -1m);

        Assert.Equal(AchievementStatus.InvalidInput, result.Status);
        var problems = result.AsInvalidInput!.Problems;
        Assert.Equal(new[] { "target", "realisation" }, problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal("negative-not-allowed", p.Reason.Code));
        Assert.Equal(problems, result.Explanation.Problems);
        Assert.Equal("negative-not-allowed", result.Reason!.Code);
        Assert.Null(result.Percent);
    }

    [Fact]
    public void Calculate_NegativeRangeLowerBound_IsInvalidTarget()
    {
        var result = AchievementCalculator.Default.Calculate(Target.Range(-1m, 5m), 3m);

        Assert.Equal("target", Assert.Single(result.AsInvalidInput!.Problems).Path);
    }

    [Fact]
    public void Calculate_NegativeRealisationOnly_IsInvalidRealisation()
    {
        var result = AchievementCalculator.Default.Calculate(10m, -0.5m);

        Assert.Equal("realisation", Assert.Single(result.AsInvalidInput!.Problems).Path);
    }

    [Fact]
    public void Calculate_NegativeValuesAndUnknownFormula_ListsEveryProblem()
    {
        var input = new AchievementInput(-5m, -1m) { FormulaId = "nope" };

        var result = AchievementCalculator.Default.Calculate(input);

        Assert.Equal(new[] { "formula", "target", "realisation" }, result.AsInvalidInput!.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Calculate_AllowedNegativeRealisationPositiveFormula_GivesNegativeCapaian()
    {
        var input = new AchievementInput(10m, -5m) { AllowsNegativeValues = true };

        Assert.Equal(-50m, AchievementCalculator.Default.Calculate(input).Value());
    }

    [Theory]
    [MemberData(nameof(FormulaIds))]
    public void Calculate_AllowedNegativeTarget_IsNotMeasurableByBuiltInFormulas(string formulaId)
    {
        var formula = Formula(formulaId);
        var input = new AchievementInput(-2m, 1m, formula.Polarity) { FormulaId = formula.Id, AllowsNegativeValues = true };

        var result = AchievementCalculator.Default.Calculate(input);

        Assert.Equal(AchievementStatus.NotMeasurable, result.Status);
        Assert.Equal("negative-target-unsupported", result.Reason!.Code);
        Assert.Contains(formulaId, result.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_AllowedNegativeRealisationReflected_RewardsBeatingTheTarget()
    {
        var input = new AchievementInput(10m, -5m, Polarity.Negative) { AllowsNegativeValues = true };

        Assert.Equal(250m, AchievementCalculator.Default.Calculate(input).Value());
    }

    [Fact]
    public void Calculate_AllowedNegativeRealisationInverse_IsNotMeasurable()
    {
        var input = new AchievementInput(10m, -5m, Polarity.Negative) { AllowsNegativeValues = true, FormulaId = "negative-inverse" };

        var result = AchievementCalculator.Default.Calculate(input);

        Assert.Equal("negative-realisation-unsupported", result.Reason!.Code);
    }

    [Theory]
    [InlineData("0", "100")]
    [InlineData("-2", "100")]
    [InlineData("3", "150")]
    public void Calculate_AllowedNegativeRangeTarget_InsideOrAbove(string realisation, string expected)
    {
        var input = new AchievementInput(Target.Range(-2m, 2m), TestCalc.D(realisation)) { AllowsNegativeValues = true };

        Assert.Equal(TestCalc.D(expected), AchievementCalculator.Default.Calculate(input).Value());
    }

    [Fact]
    public void Calculate_AllowedNegativeRangeTargetBelow_IsNotMeasurableOnNegativeBound()
    {
        var input = new AchievementInput(Target.Range(-2m, 2m), -3m) { AllowsNegativeValues = true };

        var result = AchievementCalculator.Default.Calculate(input);

        Assert.Equal("negative-target-unsupported", result.Reason!.Code);
        Assert.Contains(result.Explanation.Steps, s => s.Code == "range-below");
    }

    [Fact]
    public void Calculate_UnknownFormulaId_IsInvalidInputOnFormula()
    {
        var input = new AchievementInput(90m, 80m) { FormulaId = "no-such-formula" };

        var result = AchievementCalculator.Default.Calculate(input);

        var problem = Assert.Single(result.AsInvalidInput!.Problems);
        Assert.Equal("formula", problem.Path);
        Assert.Equal("unknown-formula", problem.Reason.Code);
        Assert.Contains("no-such-formula", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Null(result.Explanation.FormulaId);
    }

    [Fact]
    public void Calculate_RuleSetNamesUnknownFormula_IsInvalidInputOnFormula()
    {
        var rules = RuleSets.Default with { Id = "broken", NegativeFormulaId = "negative-missing" };

        var result = new AchievementCalculator(rules).Calculate(32m, 4.88m, Polarity.Negative);

        Assert.Equal("formula", Assert.Single(result.AsInvalidInput!.Problems).Path);
    }

    [Theory]
    [InlineData(Polarity.Positive, "negative-reflected")]
    [InlineData(Polarity.Positive, "negative-inverse")]
    [InlineData(Polarity.Negative, "positive-ratio")]
    public void Calculate_FormulaForOtherPolarity_IsInvalidInputOnFormula(Polarity polarity, string formulaId)
    {
        var input = new AchievementInput(90m, 80m, polarity) { FormulaId = formulaId };

        var result = AchievementCalculator.Default.Calculate(input);

        var problem = Assert.Single(result.AsInvalidInput!.Problems);
        Assert.Equal("formula", problem.Path);
        Assert.Equal("formula-polarity-mismatch", problem.Reason.Code);
        Assert.Equal(formulaId, result.Explanation.FormulaId);
    }

    [Fact]
    public void Calculate_FormulaIdInOtherCase_IsFound()
    {
        var input = new AchievementInput(32m, 4.88m, Polarity.Negative) { FormulaId = "NEGATIVE-Inverse" };

        Assert.Equal("negative-inverse", AchievementCalculator.Default.Calculate(input).Explanation.FormulaId);
    }

    [Fact]
    public void Calculate_UnknownPolarity_IsInvalidInputOnPolarity()
    {
        var result = AchievementCalculator.Default.Calculate(90m, 80m, (Polarity)7);

        Assert.Equal("polarity", Assert.Single(result.AsInvalidInput!.Problems).Path);
        Assert.Equal("unknown-polarity", result.Reason!.Code);
    }

    [Fact]
    public void Calculate_OverflowingValues_IsInvalidInputNotAThrow()
    {
        var result = AchievementCalculator.Default.Calculate(1m, decimal.MaxValue);

        Assert.Equal(AchievementStatus.InvalidInput, result.Status);
        Assert.Equal("overflow", result.Reason!.Code);
    }

    [Theory]
    [InlineData("1", "79228162514264337593543950335", Polarity.Positive, "realisation")] // a huge realisation
    [InlineData("0.000000000000000000000000001", "2", Polarity.Positive, "target")] // a tiny target
    [InlineData("0.000000000000000000000000001", "2", Polarity.Negative, "target")]
    [InlineData("0.0000000001", "10000000000000000000000", Polarity.Positive, "realisation")] // 10^22 against 10^-10
    [InlineData("0.0000000000000000000001", "10000000000", Polarity.Positive, "target")] // 10^-22 against 10^10
    public void Calculate_Overflow_IsBlamedOnTheValueFurtherFromOne(string target, string realisation, Polarity polarity, string path)
    {
        var (t, r) = (decimal.Parse(target, CultureInfo.InvariantCulture), decimal.Parse(realisation, CultureInfo.InvariantCulture));

        var result = AchievementCalculator.Default.Calculate(t, r, polarity);

        Assert.Equal("overflow", result.Reason!.Code);
        Assert.Equal(path, Assert.Single(result.AsInvalidInput!.Problems).Path);
    }

    [Fact]
    public void Calculate_NullInput_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AchievementCalculator.Default.Calculate(null!));
        Assert.Throws<ArgumentNullException>(() => new AchievementCalculator(null!));
    }
}
