using Sakip.Domain.Achievement;
using Sakip.Domain.Explanations;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Explanations;

public class ExplanationTests
{
    private static AchievementResult Lampung { get; } = AchievementCalculator.Default.Calculate(32m, 4.88m, Polarity.Negative);

    [Fact]
    public void ToSentence_Indonesian_UsesDecimalCommaAndIndonesianWords()
    {
        var sentence = Lampung.ToSentence(Language.Indonesian);

        Assert.Contains("184,75", sentence, StringComparison.Ordinal);
        Assert.Contains("rumus negative-reflected", sentence, StringComparison.Ordinal);
        Assert.Contains("Capaian 184,75 %", sentence, StringComparison.Ordinal);
        Assert.Contains("indikator negatif", sentence, StringComparison.Ordinal);
        Assert.Contains("realisasi 4,88", sentence, StringComparison.Ordinal);
        Assert.Contains("Sangat Tinggi", sentence, StringComparison.Ordinal);
        Assert.Contains("aturan sakip-reflected v1", sentence, StringComparison.Ordinal);
        Assert.Contains("pembulatan half-up 2 desimal", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("184.75", sentence, StringComparison.Ordinal);
    }

    [Fact]
    public void ToSentence_English_UsesDecimalPoint()
    {
        var sentence = Lampung.ToSentence(Language.English);

        Assert.Contains("Achievement 184.75 %", sentence, StringComparison.Ordinal);
        Assert.Contains("formula negative-reflected v1", sentence, StringComparison.Ordinal);
        Assert.Contains("realisation 4.88", sentence, StringComparison.Ordinal);
        Assert.Contains("Very high", sentence, StringComparison.Ordinal);
        Assert.Contains("rule set sakip-reflected v1", sentence, StringComparison.Ordinal);
        Assert.DoesNotContain("184,75", sentence, StringComparison.Ordinal);
        Assert.Equal(sentence, Lampung.ToString());
    }

    [Fact]
    public void Explanation_Achieved_CarriesFormulaRuleSetAndSteps()
    {
        var explanation = Lampung.Explanation;

        Assert.Equal(AchievementStatus.Achieved, explanation.Status);
        Assert.Equal("negative-reflected", explanation.FormulaId);
        Assert.Equal(1, explanation.FormulaVersion);
        Assert.Equal("C = (2T − R) / T × 100", explanation.FormulaExpression);
        Assert.Equal("sakip-reflected", explanation.RuleSetId);
        Assert.Equal(1, explanation.RuleSetVersion);
        Assert.Equal(Target.Point(32m), explanation.Target);
        Assert.Equal(new Measure(4.88m), explanation.Realisation);
        Assert.Equal(Polarity.Negative, explanation.Polarity);
        Assert.Equal(184.75m, explanation.Value);
        Assert.Equal(184.75m, explanation.Presented);
        Assert.Equal(RoundingRule.TwoDecimalsHalfUp, explanation.Rounding);
        Assert.Equal("Sangat Tinggi", explanation.BandLabel!.Indonesian);
        Assert.Equal("Very high", explanation.BandLabel?.English);
        Assert.Empty(explanation.Problems);
        var step = Assert.Single(explanation.Steps);
        Assert.Equal("formula", step.Code);
        Assert.Equal(new[] { 32m, 4.88m, 184.75m }, step.Arguments);
    }

    [Fact]
    public void Explanation_RangeAndCap_ListsStepsInOrder()
    {
        var rules = RuleSets.Default with { Id = "cap-110", Cap = 110m };

        var result = new AchievementCalculator(rules).Calculate(Target.Range(7m, 8m), 2m, Polarity.Negative);

        Assert.Equal(new[] { "range-below", "formula", "cap" }, result.Explanation.Steps.Select(s => s.Code));
        Assert.Equal("cap-110", result.Explanation.RuleSetId);
        Assert.Contains("dibatasi pada 110", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
        Assert.Contains("capped at 110 (uncapped 171.4286)", result.ToSentence(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSentence_NotReported_SaysEmptyIsNotZero()
    {
        var result = AchievementCalculator.Default.Calculate(90m, null);

        Assert.Contains("tidak dilaporkan", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
        Assert.Contains("empty is not zero", result.ToSentence(Language.English), StringComparison.Ordinal);
        Assert.Contains("realisation not reported", result.ToSentence(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSentence_NotMeasurable_GivesReasonInLanguage()
    {
        var result = AchievementCalculator.Default.Calculate(0m, 5m);

        Assert.Contains("target 0 pada indikator positif", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
        Assert.Contains("the target is 0 on a positive indicator", result.ToSentence(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSentence_InvalidInput_ListsEveryProblemWithPath()
    {
        var result = AchievementCalculator.Default.Calculate(-1m, -2m);

        var sentence = result.ToSentence(Language.English);

        Assert.StartsWith("Invalid input: target: ", sentence, StringComparison.Ordinal);
        Assert.Contains("; realisation: ", sentence, StringComparison.Ordinal);
        Assert.StartsWith("Masukan tidak valid: target: nilai negatif", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSentence_RangeTargetIndonesian_WritesRangeWithDecimalComma()
    {
        var result = AchievementCalculator.Default.Calculate(Target.Range(7.5m, 8.5m), 9m, Polarity.Negative);

        Assert.Contains("target 7,5..8,5", result.ToSentence(Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void ToSentence_AchievedPositive_IsExactWithNumbersAsZeroToFourDecimals()
    {
        var result = AchievementCalculator.Default.Calculate(90.00m, 85.380m);

        Assert.Equal(
            "Achievement 94.87 % (Very high): positive indicator, target 90, realisation 85.38; formula positive-ratio v1; "
            + "C = R / T × 100 = 85.380 / 90.00 × 100 = 94.8667; rule set sakip-reflected v1, rounding half-up to 2 decimals.",
            result.ToSentence(Language.English));
        Assert.Equal(
            "Capaian 94,87 % (Sangat Tinggi): indikator positif, target 90, realisasi 85,38; rumus positive-ratio v1; "
            + "C = R / T × 100 = 85,380 / 90,00 × 100 = 94,8667; aturan sakip-reflected v1, pembulatan half-up 2 desimal.",
            result.ToSentence(Language.Indonesian));
    }

    [Fact]
    public void ToSentence_AchievedNegative_IsExact()
    {
        Assert.Equal(
            "Achievement 184.75 % (Very high): negative indicator, target 32, realisation 4.88; formula negative-reflected v1; "
            + "C = (2T − R) / T × 100 = (2 × 32 − 4.88) / 32 × 100 = 184.75; rule set sakip-reflected v1, rounding half-up to 2 decimals.",
            Lampung.ToSentence(Language.English));
        Assert.Equal(
            "Capaian 184,75 % (Sangat Tinggi): indikator negatif, target 32, realisasi 4,88; rumus negative-reflected v1; "
            + "C = (2T − R) / T × 100 = (2 × 32 − 4,88) / 32 × 100 = 184,75; aturan sakip-reflected v1, pembulatan half-up 2 desimal.",
            Lampung.ToSentence(Language.Indonesian));
    }

    [Fact]
    public void ToSentence_NotReported_IsExactInBothLanguages()
    {
        var positive = AchievementCalculator.Default.Calculate(90.00m, null);
        var negative = AchievementCalculator.Default.Calculate(32m, null, Polarity.Negative);

        Assert.Equal(
            "No achievement, the realisation was not reported (empty is not zero): positive indicator, target 90, realisation not reported; "
            + "formula positive-ratio v1; rule set sakip-reflected v1.",
            positive.ToSentence(Language.English));
        Assert.Equal(
            "Capaian belum dapat dihitung, realisasi tidak dilaporkan (kosong bukan nol): indikator positif, target 90, realisasi tidak dilaporkan; "
            + "rumus positive-ratio v1; aturan sakip-reflected v1.",
            positive.ToSentence(Language.Indonesian));
        Assert.Equal(
            "No achievement, the realisation was not reported (empty is not zero): negative indicator, target 32, realisation not reported; "
            + "formula negative-reflected v1; rule set sakip-reflected v1.",
            negative.ToSentence(Language.English));
        Assert.Equal(
            "Capaian belum dapat dihitung, realisasi tidak dilaporkan (kosong bukan nol): indikator negatif, target 32, realisasi tidak dilaporkan; "
            + "rumus negative-reflected v1; aturan sakip-reflected v1.",
            negative.ToSentence(Language.Indonesian));
    }

    [Fact]
    public void ToSentence_NotMeasurable_IsExactInBothLanguages()
    {
        var result = AchievementCalculator.Default.Calculate(0m, 5m);

        Assert.Equal(
            "Achievement not measurable: the target is 0 on a positive indicator, so R / T has no meaning; "
            + "positive indicator, target 0, realisation 5; formula positive-ratio v1; rule set sakip-reflected v1.",
            result.ToSentence(Language.English));
        Assert.Equal(
            "Capaian tidak dapat diukur: target 0 pada indikator positif, sehingga R / T tidak bermakna; "
            + "indikator positif, target 0, realisasi 5; rumus positive-ratio v1; aturan sakip-reflected v1.",
            result.ToSentence(Language.Indonesian));
    }

    [Fact]
    public void ToSentence_InvalidInput_SeparatesProblemsAndInputsWithSemicolons()
    {
        var result = AchievementCalculator.Default.Calculate(-1m, -2m, Polarity.Negative);
        const string En = "a negative value is not allowed for this indicator (declare AllowsNegativeValues for growth rates and the like)";
        const string Id = "nilai negatif tidak diperbolehkan untuk indikator ini (nyatakan AllowsNegativeValues untuk laju pertumbuhan dan sejenisnya)";

        Assert.Equal(
            $"Invalid input: target: {En}; realisation: {En}; negative indicator, target -1, realisation -2; "
            + "formula negative-reflected v1; rule set sakip-reflected v1.",
            result.ToSentence(Language.English));
        Assert.Equal(
            $"Masukan tidak valid: target: {Id}; realisation: {Id}; indikator negatif, target -1, realisasi -2; "
            + "rumus negative-reflected v1; aturan sakip-reflected v1.",
            result.ToSentence(Language.Indonesian));
    }
}

public class ExplanationStepTests
{
    private static ExplanationStep Step { get; } = new("formula", "C = {0} / {1} × 100 = {2:0.####}", "C = {0} / {1} × 100 = {2:0.####}", 90.83m, 65m, 9083m / 65m);

    [Fact]
    public void Render_Language_UsesThatCulture()
    {
        Assert.Equal("C = 90.83 / 65 × 100 = 139.7385", Step.Render(Language.English));
        Assert.Equal("C = 90,83 / 65 × 100 = 139,7385", Step.Render(Language.Indonesian));
        Assert.Equal(Step.Render(Language.English), Step.ToString());
    }

    [Fact]
    public void Equality_SameCodeTemplatesAndArguments_IsEqual()
    {
        var same = new ExplanationStep("formula", Step.Template.English, Step.Template.Indonesian, 90.83m, 65m, 9083m / 65m);
        var other = new ExplanationStep("formula", Step.Template.English, Step.Template.Indonesian, 90.83m, 65m, 1m);

        Assert.Equal(Step, same);
        Assert.True(Step == same);
        Assert.Equal(Step.GetHashCode(), same.GetHashCode());
        Assert.NotEqual(Step, other);
        Assert.True(Step != other);
    }

    [Theory]
    [InlineData("", "e", "i")]
    [InlineData("c", " ", "i")]
    [InlineData("c", "e", "")]
    public void Constructor_BlankText_Throws(string code, string english, string indonesian)
    {
        Assert.ThrowsAny<ArgumentException>(() => new ExplanationStep(code, english, indonesian));
    }

    [Fact]
    public void Constructor_Arguments_AreCopied()
    {
        var arguments = new[] { 1m, 2m };
        var step = new ExplanationStep("c", "{0}", "{0}", arguments);

        arguments[0] = 9m;

        Assert.Equal(1m, step.Arguments[0]);
    }

    [Fact]
    public void ToDump_NamesTheFormulaAndRuleSet_OrNoFormulaWhenNoneWasChosen()
    {
        var achieved = Sakip.Domain.Tests.Evaluations.EdgeText.Dump(AchievementCalculator.Default.Calculate(100m, 90m).Explanation);
        var noFormula = Sakip.Domain.Tests.Evaluations.EdgeText.Dump(
            AchievementCalculator.Default.Calculate(new AchievementInput(100m, 90m) { FormulaId = "no-such-formula" }).Explanation);

        Assert.Contains("Formula: \"positive-ratio v1\"\n", achieved, StringComparison.Ordinal);
        Assert.Contains("RuleSet: \"sakip-reflected v1\"\n", achieved, StringComparison.Ordinal);
        Assert.Contains("Formula: null\n", noFormula, StringComparison.Ordinal);
        Assert.Contains("RuleSet: \"sakip-reflected v1\"\n", noFormula, StringComparison.Ordinal);
    }
}
