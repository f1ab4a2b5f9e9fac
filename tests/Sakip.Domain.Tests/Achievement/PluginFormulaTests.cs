using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Explanations;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>
/// A plugin formula measured from a baseline: C = (R − B) / (T − B) × 100. Defined for negative values too,
/// so it serves indicators such as growth rates.
/// </summary>
internal sealed class BaselineRelativeFormula(decimal baseline) : IAchievementFormula
{
    public static readonly Reason TargetAtBaseline = new("target-at-baseline", "the target equals the baseline", "target sama dengan baseline");

    public string Id => "baseline-relative";

    public int Version => 2;

    public Polarity Polarity => Polarity.Positive;

    public string Expression => "C = (R − B) / (T − B) × 100";

    public FormulaOutcome Evaluate(decimal target, decimal realisation, RuleSet rules)
    {
        if (target == baseline)
        {
            return FormulaOutcome.NotMeasurable(TargetAtBaseline);
        }

        var value = (realisation - baseline) * 100m / (target - baseline);
        return FormulaOutcome.Measured(value, new ExplanationStep(
            "formula",
            "C = (R − B) / (T − B) × 100 = ({1} − {2}) / ({0} − {2}) × 100 = {3:0.####}",
            "C = (R − B) / (T − B) × 100 = ({1} − {2}) / ({0} − {2}) × 100 = {3:0.####}",
            target,
            realisation,
            baseline,
            value));
    }
}

/// <summary>A formula with an id that is already taken.</summary>
internal sealed class ImpostorFormula(string id) : IAchievementFormula
{
    public string Id => id;

    public int Version => 1;

    public Polarity Polarity => Polarity.Positive;

    public string Expression => "C = 42";

    public FormulaOutcome Evaluate(decimal target, decimal realisation, RuleSet rules) => FormulaOutcome.Measured(42m);
}

public class PluginFormulaTests
{
    private static readonly FormulaRegistry Registry = FormulaRegistry.Default.With(new BaselineRelativeFormula(50m));

    private static readonly AchievementCalculator Calculator = new(RuleSets.Default, Registry);

    [Fact]
    public void Calculate_PluginFormulaSelectedById_IsUsedAndRecorded()
    {
        var input = new AchievementInput(70m, 65m) { FormulaId = "baseline-relative" };

        var result = Calculator.Calculate(input);

        Assert.Equal(75m, result.Value());
        Assert.Equal("baseline-relative", result.Explanation.FormulaId);
        Assert.Equal(2, result.Explanation.FormulaVersion);
        Assert.Equal("C = (R − B) / (T − B) × 100", result.Explanation.FormulaExpression);
        Assert.Equal("formula", Assert.Single(result.Explanation.Steps).Code);
        Assert.Contains("rumus baseline-relative v2", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_PluginFormulaWithoutSelection_IsNotUsed()
    {
        var result = Calculator.Calculate(new AchievementInput(70m, 65m));

        Assert.Equal(65m * 100m / 70m, result.Value());
        Assert.Equal("positive-ratio", result.Explanation.FormulaId);
    }

    [Fact]
    public void Calculate_PluginFormulaNotRegistered_IsInvalidInput()
    {
        var input = new AchievementInput(70m, 65m) { FormulaId = "baseline-relative" };

        var result = AchievementCalculator.Default.Calculate(input);

        Assert.Equal("unknown-formula", result.Reason!.Code);
        Assert.Equal("formula", result.AsInvalidInput!.Problems[0].Path);
    }

    [Fact]
    public void Calculate_PluginNotMeasurable_CarriesPluginReason()
    {
        var input = new AchievementInput(50m, 65m) { FormulaId = "baseline-relative" };

        var result = Calculator.Calculate(input);

        Assert.Equal(AchievementStatus.NotMeasurable, result.Status);
        Assert.Equal(BaselineRelativeFormula.TargetAtBaseline, result.Reason);
    }

    [Fact]
    public void Calculate_PluginWithAllowedNegatives_HandlesGrowthRates()
    {
        var registry = FormulaRegistry.Default.With(new BaselineRelativeFormula(-4m));
        var input = new AchievementInput(2m, -1m) { FormulaId = "baseline-relative", AllowsNegativeValues = true };

        var result = new AchievementCalculator(RuleSets.Default, registry).Calculate(input);

        Assert.Equal(50m, result.Value());
    }

    [Fact]
    public void Calculate_RuleSetDefaultsToPlugin_UsesItForThatPolarity()
    {
        var rules = RuleSets.Default with { Id = "baseline", PositiveFormulaId = "baseline-relative" };

        var result = new AchievementCalculator(rules, Registry).Calculate(70m, 65m);

        Assert.Equal(75m, result.Value());
        Assert.Equal("baseline", result.Explanation.RuleSetId);
    }

    [Fact]
    public void Calculate_PluginOnRangeTarget_GetsTheCrossedBound()
    {
        var input = new AchievementInput(Target.Range(60m, 70m), 80m) { FormulaId = "baseline-relative" };

        Assert.Equal(150m, Calculator.Calculate(input).Value());
    }

    [Fact]
    public void With_DuplicateId_ThrowsArgumentException()
    {
        Assert.Throws<ArgumentException>(() => Registry.With(new BaselineRelativeFormula(10m)));
        Assert.Throws<ArgumentException>(() => FormulaRegistry.Default.With(new ImpostorFormula(PositiveRatioFormula.FormulaId)));
        Assert.Throws<ArgumentException>(() => FormulaRegistry.Default.With(new ImpostorFormula("NEGATIVE-REFLECTED")));
        var error = Assert.Throws<ArgumentException>(() => FormulaRegistry.Default.With(new ImpostorFormula(PositiveRatioFormula.FormulaId)));
        Assert.Contains($"'{PositiveRatioFormula.FormulaId}' is already registered", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void With_BlankId_ThrowsArgumentException(string id)
    {
        Assert.Throws<ArgumentException>(() => FormulaRegistry.Default.With(new ImpostorFormula(id)));
    }

    [Fact]
    public void With_Null_ThrowsArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => FormulaRegistry.Default.With(null!));
    }

    [Fact]
    public void With_NewFormula_LeavesOriginalRegistryUnchanged()
    {
        Assert.False(FormulaRegistry.Default.TryGet("baseline-relative", out _));
        Assert.True(Registry.TryGet(" BASELINE-RELATIVE ", out _));
        Assert.Equal(4, FormulaRegistry.Default.All.Count);
        Assert.Equal(5, Registry.All.Count);
    }

    [Fact]
    public void Default_Registry_HoldsTheBuiltInFormulas()
    {
        Assert.Equal(
            new[] { "negative-inverse", "negative-plain-ratio", "negative-reflected", "positive-ratio" },
            FormulaRegistry.Default.All.Select(f => f.Id).Order(StringComparer.Ordinal));
        Assert.Same(NegativeInverseFormula.Instance, FormulaRegistry.Default.Get("negative-inverse"));
        Assert.All(FormulaRegistry.Default.All, f => Assert.Equal(1, f.Version));
    }

    [Fact]
    public void BuiltInFormulas_State_TheirPolarityAndExpression()
    {
        Assert.Equal(Polarity.Positive, PositiveRatioFormula.Instance.Polarity);
        Assert.Equal("C = R / T × 100", PositiveRatioFormula.Instance.Expression);
        Assert.Equal(Polarity.Negative, NegativeReflectedFormula.Instance.Polarity);
        Assert.Equal("C = (2T − R) / T × 100", NegativeReflectedFormula.Instance.Expression);
        Assert.Equal(Polarity.Negative, NegativeInverseFormula.Instance.Polarity);
        Assert.Equal("C = T / R × 100", NegativeInverseFormula.Instance.Expression);
        Assert.Equal(Polarity.Negative, NegativePlainRatioFormula.Instance.Polarity);
        Assert.Equal("C = R / T × 100 (polarity ignored)", NegativePlainRatioFormula.Instance.Expression);
    }

    [Fact]
    public void Find_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FormulaRegistry.Default.Get(null!));
    }

    [Fact]
    public void Evaluate_NullRules_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => PositiveRatioFormula.Instance.Evaluate(1m, 1m, null!));
        Assert.Throws<ArgumentNullException>(() => NegativeReflectedFormula.Instance.Evaluate(1m, 1m, null!));
        Assert.Throws<ArgumentNullException>(() => NegativeInverseFormula.Instance.Evaluate(1m, 1m, null!));
        Assert.Throws<ArgumentNullException>(() => NegativePlainRatioFormula.Instance.Evaluate(1m, 1m, null!));
    }
}
