using Sakip.Domain.Achievement;
using Sakip.Domain.Periods;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>Indicators whose values can be negative (docs/rules.md, "Negative values"): declared, they are computed
/// as the formula states; undeclared, they are refused with a clear reason.</summary>
public class NegativeValuesTests
{
    private static ReportingPeriod Q(int quarter) => ReportingPeriod.OfQuarter(2020, quarter);

    [Fact]
    public void CalculateSigned_WonogiriGrowth2020_IsMinus70Point50()
    {
        // Wonogiri, LPPD 2020, Tabel 3.16: growth -1.41 % against a target of 2 % is printed -70.50 %.
        var result = AchievementCalculator.Default.CalculateSigned(2m, new Measure(-1.41m));

        Assert.Equal(-70.5m, result.Value());
        Assert.Equal(-70.50m, result.Presented!.Value.Value);
        Assert.Equal("-70.50 %", result.Presented.Value.ToString());
        Assert.Equal("-70,50 %", result.Presented.Value.ToString(null, Cultures.Indonesian));
        Assert.Equal("Sangat Rendah", result.Band!.Label.Indonesian);
        Assert.Equal("positive-ratio", result.Explanation.FormulaId);
    }

    [Fact]
    public void CalculateSigned_WonogiriGrowth2020_ExplainsItselfInBothLanguages()
    {
        var result = AchievementCalculator.Default.CalculateSigned(2m, new Measure(-1.41m));

        Assert.StartsWith("Capaian -70,50 % (Sangat Rendah): indikator positif, target 2, realisasi -1,41", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
        Assert.StartsWith("Achievement -70.50 % (Very low): positive indicator, target 2, realisation -1.41", result.ToSentence(Language.English), StringComparison.Ordinal);
        Assert.Contains("C = R / T × 100 = -1.41 / 2 × 100 = -70.5", result.ToSentence(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_InputDeclaringNegativeValues_EqualsCalculateSigned()
    {
        var input = new AchievementInput(2m, new Measure(-1.41m)) { AllowsNegativeValues = true };

        Assert.Equal(AchievementCalculator.Default.CalculateSigned(2m, new Measure(-1.41m)).Percent, AchievementCalculator.Default.Calculate(input).Percent);
    }

    [Fact]
    public void Calculate_UndeclaredNegativeRealisation_IsRefusedWithAReasonInBothLanguages()
    {
        var result = AchievementCalculator.Default.Calculate(2m, new Measure(-1.41m));

        var problem = Assert.Single(result.AsInvalidInput!.Problems);
        Assert.Equal("realisation", problem.Path);
        Assert.Equal("negative-not-allowed", problem.Reason.Code);
        Assert.Contains("negative value is not allowed", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("nilai negatif tidak diperbolehkan", problem.Reason.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains("Masukan tidak valid: realisation: nilai negatif", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateSigned_DeflationOnANegativeIndicator_BeatsTheTargetByMoreThanItself()
    {
        // Inflation (lower is better), target 3 %, realisation -0.5 % (deflation): reflected (6 + 0.5) / 3.
        var result = AchievementCalculator.Default.CalculateSigned(3m, new Measure(-0.5m), Polarity.Negative);

        Assert.Equal(216.67m, result.Presented!.Value.Value);
        Assert.Equal("negative-reflected", result.Explanation.FormulaId);
    }

    [Fact]
    public void CalculateSigned_DeflationUnderTheInverseFormula_IsNotMeasurableWithReason()
    {
        var result = new AchievementCalculator(RuleSets.Inverse).CalculateSigned(3m, new Measure(-0.5m), Polarity.Negative);

        Assert.Equal(AchievementStatus.NotMeasurable, result.Status);
        Assert.Equal("negative-realisation-unsupported", result.Reason!.Code);
        Assert.Contains("negative-inverse", result.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-2", "negative-target-unsupported")]
    [InlineData("0", "zero-target-positive")]
    public void CalculateSigned_TradeBalanceTargetNotAbove0_IsNotMeasurableNeverAnExceptionOr0(string target, string reason)
    {
        var result = AchievementCalculator.Default.CalculateSigned(TestCalc.D(target), new Measure(-1m));

        Assert.Equal(AchievementStatus.NotMeasurable, result.Status);
        Assert.Null(result.Percent);
        Assert.Equal(reason, result.Reason!.Code);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason.Message.Indonesian));
        Assert.StartsWith("Capaian tidak dapat diukur: ", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateSigned_NoRealisation_IsNotReported()
    {
        Assert.Equal(AchievementStatus.NotReported, AchievementCalculator.Default.CalculateSigned(2m, null).Status);
    }

    [Fact]
    public void CalculateYearToDate_SignedGrowthLastValue_UsesTheLastQuarter()
    {
        var plan = new RencanaAksiInput(
            2020,
            2m,
            Polarity.Positive,
            AccumulationType.LastValue,
            [new PeriodValue(Q(1), 2m, new Measure(2.97m)), new PeriodValue(Q(2), 2m, new Measure(-1.41m))])
        {
            AllowsNegativeValues = true,
        };

        Assert.Equal(-70.5m, AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).Value());
        Assert.Equal(AchievementStatus.InvalidInput, AchievementCalculator.Default.CalculateYearToDate(plan with { AllowsNegativeValues = false }, Q(2)).Status);
    }
}
