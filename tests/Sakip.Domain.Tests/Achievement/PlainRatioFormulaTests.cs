using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Periods;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>The named formula <c>negative-plain-ratio</c>: R / T ignoring polarity, as some reports print it, never a
/// default (docs/rules.md, "Formulas").</summary>
public class PlainRatioFormulaTests
{
    // Wonogiri, LPPD 2020, Tabel 3.16: Gini ratio 0.269 against 0.288 is printed 93.40 %.
    private static AchievementInput Gini(string? formulaId = null) => new(0.288m, new Measure(0.269m), Polarity.Negative) { FormulaId = formulaId };

    [Fact]
    public void Calculate_WonogiriGini2020_Is93Point40WhereReflectedGives106Point60()
    {
        var plain = AchievementCalculator.Default.Calculate(Gini(NegativePlainRatioFormula.FormulaId));
        var reflected = AchievementCalculator.Default.Calculate(Gini());

        Assert.Equal(93.40m, plain.Presented!.Value.Value);
        Assert.Equal(0.269m * 100m / 0.288m, plain.Value());
        Assert.Equal("negative-plain-ratio", plain.Explanation.FormulaId);
        Assert.Equal("C = R / T × 100 (polarity ignored)", plain.Explanation.FormulaExpression);
        Assert.Equal(106.60m, reflected.Presented!.Value.Value);
        Assert.Equal("negative-reflected", reflected.Explanation.FormulaId);
    }

    [Fact]
    public void Calculate_PlainRatio_SaysInBothLanguagesThatItIgnoresPolarity()
    {
        var result = AchievementCalculator.Default.Calculate(Gini(NegativePlainRatioFormula.FormulaId));

        var english = result.ToSentence(Language.English);
        var indonesian = result.ToSentence(Language.Indonesian);
        Assert.Contains("C = R / T × 100 = 0.269 / 0.288 × 100 = 93.4028, ignoring polarity as some reports print it", english, StringComparison.Ordinal);
        Assert.Contains("C = R / T × 100 = 0,269 / 0,288 × 100 = 93,4028, tanpa memperhatikan polaritas seperti dicetak sebagian laporan", indonesian, StringComparison.Ordinal);
        Assert.StartsWith("Capaian 93,40 % (Sangat Tinggi): indikator negatif", indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_RuleSetNamingThePlainRatio_UsesItForNegativeIndicatorsOnly()
    {
        var rules = RuleSets.Default with { Id = "lppd-wonogiri-2020", NegativeFormulaId = NegativePlainRatioFormula.FormulaId, LegalBasis = "Wonogiri LPPD 2020" };
        var calculator = new AchievementCalculator(rules);

        Assert.Equal(93.40m, calculator.Calculate(Gini()).Presented!.Value.Value);
        Assert.Equal("positive-ratio", calculator.Calculate(90m, 100m).Explanation.FormulaId);
    }

    [Fact]
    public void RuleSets_BuiltIn_NeverUseThePlainRatio()
    {
        Assert.All(RuleSets.All, r => Assert.NotEqual(NegativePlainRatioFormula.FormulaId, r.NegativeFormulaId));
        Assert.All(RuleSets.All, r => Assert.NotEqual(NegativePlainRatioFormula.FormulaId, r.PositiveFormulaId));
        Assert.Same(NegativePlainRatioFormula.Instance, FormulaRegistry.Default.Get("NEGATIVE-PLAIN-RATIO"));
    }

    [Fact]
    public void Calculate_PlainRatioOnAPositiveIndicator_IsInvalidFormula()
    {
        var input = new AchievementInput(90m, 80m) { FormulaId = NegativePlainRatioFormula.FormulaId };

        var problem = Assert.Single(AchievementCalculator.Default.Calculate(input).AsInvalidInput!.Problems);

        Assert.Equal("formula", problem.Path);
        Assert.Equal("formula-polarity-mismatch", problem.Reason.Code);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    public void Calculate_PlainRatioZeroTarget_IsNotMeasurableWhateverTheZeroTargetRule(string realisation)
    {
        foreach (var rule in new[] { NegativeZeroTargetRule.Binary, NegativeZeroTargetRule.NotMeasurable })
        {
            var rules = RuleSets.Default with { Id = "zero", NegativeZeroTarget = rule };

            var result = TestCalc.With(TestCalc.PlainRatio, 0m, TestCalc.D(realisation), rules);

            Assert.Equal(AchievementStatus.NotMeasurable, result.Status);
            Assert.Equal("zero-target-plain-ratio", result.Reason!.Code);
            Assert.Contains("R / T", result.Reason.Message.Indonesian, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Calculate_PlainRatioRangeTarget_UsesTheCrossedBound()
    {
        var input = new AchievementInput(Target.Range(0.25m, 0.30m), new Measure(0.33m), Polarity.Negative) { FormulaId = NegativePlainRatioFormula.FormulaId };

        var result = AchievementCalculator.Default.Calculate(input);

        Assert.Equal(110m, result.Value());
        Assert.Contains(result.Explanation.Steps, s => s.Code == "range-above");
    }

    [Fact]
    public void CalculateYearToDate_ActionPlanChoosingThePlainRatio_UsesIt()
    {
        var q1 = ReportingPeriod.OfQuarter(2020, 1);
        var plan = new RencanaAksiInput(2020, 0.288m, Polarity.Negative, AccumulationType.LastValue, [new PeriodValue(q1, 0.288m, new Measure(0.269m))])
        {
            FormulaId = NegativePlainRatioFormula.FormulaId,
        };

        var result = AchievementCalculator.Default.CalculateYearToDate(plan, q1);

        Assert.Equal(93.40m, result.Presented!.Value.Value);
    }
}
