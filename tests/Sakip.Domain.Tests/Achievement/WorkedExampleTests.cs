using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>Worked examples reproduced from published reports (docs/rules.md, "Where the reports disagree"
/// names each report).</summary>
public class WorkedExampleTests
{
    private static RuleSet Truncating { get; } = RuleSets.Default with { Id = "truncate-2", Rounding = RoundingRule.TwoDecimalsTruncate };

    [Theory]
    [InlineData("32", "4.88", "sakip-reflected", "184.75")] // Lampung LKj 2015 p. 155, infant mortality
    [InlineData("32", "4.88", "sakip-inverse", "655.74")]
    [InlineData("24", "4.88", "sakip-reflected", "179.67")] // Lampung LKj 2015 p. 155, against the 2019 target (half up)
    [InlineData("49", "56.23", "sakip-reflected", "85.24")] // Lampung LKj 2016 p. 162, dengue incidence
    [InlineData("50", "56.23", "sakip-reflected", "87.54")] // Lampung LKj 2016 p. 162, against the national target
    [InlineData("46", "56.23", "sakip-reflected", "77.76")] // Lampung LKj 2016 p. 162, against the 2019 target
    [InlineData("0.025", "0.0189", "sakip-reflected", "124.40")] // Wonogiri LKjIP 2020 p. 66, Theil index
    [InlineData("0.018169", "0.0189", "sakip-reflected", "95.98")] // Wonogiri LKjIP 2020 p. 66, against the 2021 target (half up)
    [InlineData("162", "186", "sakip-inverse", "87.10")] // maternal mortality (report unattributed: docs/rules.md)
    [InlineData("162", "186", "sakip-reflected", "85.19")]
    [InlineData("7..8", "9", "sakip-reflected", "87.50")] // completion time, range target
    public void Calculate_NegativeIndicatorFromReport_GivesPublishedCapaian(string target, string realisation, string ruleSetId, string expected)
    {
        var calculator = new AchievementCalculator(RuleSets.Get(ruleSetId));

        var result = calculator.Calculate(Target.Parse(target, null), Measure.Parse(realisation, null), Polarity.Negative);

        Assert.Equal(TestCalc.D(expected), result.Presented!.Value.Value);
    }

    [Theory]
    [InlineData("90", "100", "111.11")] // statistics documents on time
    [InlineData("89.95", "91.08", "101.26")] // Wonogiri LKjIP 2020 p. 102, gender development index (half up)
    [InlineData("80..90", "70", "87.50")] // complaints resolved, range target
    [InlineData("65", "90.83", "139.74")] // public satisfaction, half up (SPKT Polda Jawa Tengah 2018 truncates: 139.73)
    public void Calculate_PositiveIndicatorFromReport_GivesPublishedCapaian(string target, string realisation, string expected)
    {
        var result = AchievementCalculator.Default.Calculate(Target.Parse(target, null), Measure.Parse(realisation, null));

        Assert.Equal(TestCalc.D(expected), result.Presented!.Value.Value);
    }

    [Fact]
    public void Calculate_LampungInfantMortalityReflected_IsExactly184Point75()
    {
        var result = AchievementCalculator.Default.Calculate(32m, 4.88m, Polarity.Negative);

        Assert.Equal(184.75m, result.Value());
        Assert.Equal("negative-reflected", result.Explanation.FormulaId);
    }

    [Fact]
    public void Calculate_LampungInfantMortalityInverse_Is655Point74()
    {
        var result = new AchievementCalculator(RuleSets.Inverse).Calculate(32m, 4.88m, Polarity.Negative);

        Assert.Equal(655.74m, result.Presented!.Value.Value);
        Assert.Equal(3200m / 4.88m, result.Value());
        Assert.Equal("negative-inverse", result.Explanation.FormulaId);
    }

    [Fact]
    public void Calculate_PublicSatisfactionTruncated_Is139Point73()
    {
        var result = new AchievementCalculator(Truncating).Calculate(65m, 90.83m);

        Assert.Equal(139.73m, result.Presented!.Value.Value);
        Assert.Equal(9083m / 65m, result.Value());
        Assert.Equal(RoundingRule.TwoDecimalsTruncate, result.Explanation.Rounding);
    }

    [Fact]
    public void Calculate_MaternalMortalityReflected_Is85Point19AndInverse87Point10()
    {
        var input = new AchievementInput(162m, 186m, Polarity.Negative);

        Assert.Equal(85.19m, new AchievementCalculator(RuleSets.Reflected).Calculate(input).Presented!.Value.Value);
        Assert.Equal(87.10m, new AchievementCalculator(RuleSets.Inverse).Calculate(input).Presented!.Value.Value);
    }

    [Fact]
    public void Calculate_ComplaintsRangeBelow_DividesByLowerBound()
    {
        var result = AchievementCalculator.Default.Calculate(Target.Range(80m, 90m), 70m);

        Assert.Equal(87.5m, result.Value());
        Assert.Contains(result.Explanation.Steps, s => s.Code == "range-below");
    }

    [Fact]
    public void Calculate_CompletionTimeRangeAbove_ReflectsOnUpperBound()
    {
        var result = AchievementCalculator.Default.Calculate(Target.Range(7m, 8m), 9m, Polarity.Negative);

        Assert.Equal(87.5m, result.Value());
        Assert.Contains(result.Explanation.Steps, s => s.Code == "range-above");
    }

    [Fact]
    public void Calculate_RangeInside_Is100WithInsideStep()
    {
        var result = AchievementCalculator.Default.Calculate(Target.Range(80m, 90m), 85m);

        Assert.Equal(100m, result.Value());
        Assert.Equal("range-inside", Assert.Single(result.Explanation.Steps).Code);
    }

    [Fact]
    public void Calculate_RangeExamples_PrintWithTwoDecimalsAsPublished()
    {
        var complaints = AchievementCalculator.Default.Calculate(Target.Range(80m, 90m), 70m);
        var completion = AchievementCalculator.Default.Calculate(Target.Range(7m, 8m), 9m, Polarity.Negative);

        Assert.Equal("87.50 %", complaints.Presented!.Value.ToString());
        Assert.Equal("87,50 %", completion.Presented!.Value.ToString(null, Cultures.Indonesian));
        Assert.Contains("Capaian 87,50 %", completion.ToSentence(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void Calculate_IndonesianTextFromReport_GivesPublishedCapaian()
    {
        var target = Target.Parse("32", Cultures.Indonesian);
        var realisation = Measure.Parse("4,88", Cultures.Indonesian);

        var result = AchievementCalculator.Default.Calculate(target, realisation, Polarity.Negative);

        Assert.Equal("184,75 %", result.Presented!.Value.ToString(null, Cultures.Indonesian));
    }
}
