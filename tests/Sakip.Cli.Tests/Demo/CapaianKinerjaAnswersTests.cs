using Sakip.Cli.Demo;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;

namespace Sakip.Cli.Tests.Demo;

public class CapaianKinerjaAnswersTests
{
    private static readonly EvaluationScheme Old = EvaluationSchemes.PermenPanRb12Of2015;

    [Theory]
    [InlineData(100, "A")]
    [InlineData(90.01, "A")]
    [InlineData(90, "B")]
    [InlineData(75.01, "B")]
    [InlineData(75, "C")]
    [InlineData(40, "D")]
    [InlineData(10.01, "D")]
    [InlineData(10, "E")]
    [InlineData(0, "E")]
    public void Thresholds_ShareOfConditionMet_GradedAnswer(double share, string answer) =>
        Assert.Equal(answer, CapaianKinerjaAnswers.Thresholds.Classify((decimal)share).Label.Indonesian);

    [Fact]
    public void From_DemoRegion_AnswersTargetsAchievedFromTheMeasuredShare()
    {
        var document = DemoRegion.Create();
        var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, DemoRegion.Year).GetValueOrThrow();

        var answers = CapaianKinerjaAnswers.From(Old, document, report).GetValueOrThrow();

        // The demo's agreements hold outcome and impact indicators only, so "output targets achieved" stays open.
        Assert.Equal(["E.b.1"], answers.Select(a => a.CriterionId));
        foreach (var answer in answers)
        {
            var outcome = answer.CriterionId.StartsWith("E.b", StringComparison.Ordinal);
            var indicators = report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators)
                .DistinctBy(i => i.IndicatorId)
                .Where(i => document.Indicator(i.IndicatorId)!.Type is var t && t != IndicatorType.Input && (t is IndicatorType.Outcome or IndicatorType.Impact) == outcome)
                .ToList();
            var share = 100m * indicators.Count(i => i.Result.Percent?.Value >= 100m) / indicators.Count;
            Assert.Equal(CapaianKinerjaAnswers.Thresholds.Classify(share).Label.Indonesian, answer.Proposed);
            Assert.Null(answer.Final);
            Assert.Contains($"of {indicators.Count}", Assert.Single(answer.Evidence), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void From_PreviousYearTheSame_NothingImprovedSoE()
    {
        var document = DemoRegion.Create();
        var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, DemoRegion.Year).GetValueOrThrow();

        var answers = CapaianKinerjaAnswers.From(Old, document, report, report).GetValueOrThrow();

        Assert.All(answers.Where(a => a.CriterionId.EndsWith(".2", StringComparison.Ordinal)), a => Assert.Equal("E", a.Proposed));
        Assert.Contains(answers, a => a.CriterionId == "E.b.2");
    }

    [Fact]
    public void From_AnswersScoreWithTheScheme()
    {
        var document = DemoRegion.Create();
        var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, DemoRegion.Year).GetValueOrThrow();
        var answers = CapaianKinerjaAnswers.From(Old, document, report).GetValueOrThrow();

        var evaluation = Evaluation.Create(Old, "Kabupaten Contoh", 2025, answers).GetValueOrThrow().Score(AnswerSource.Proposed);

        Assert.False(evaluation.IsComplete);
        Assert.All(answers, a => Assert.Equal(AnswerSource.Proposed, evaluation.Criteria.Single(c => c.Criterion.Id == a.CriterionId).Source));
    }

    [Fact]
    public void From_InspectoratesWorksheet_AnswersOnItsOwnScales()
    {
        // The worksheet variant keeps the ids E.a.1 … E.b.3; its output criteria are on the sixths scale, still A–E.
        var worksheet = EvaluationSchemes.PermenPanRb12Of2015Worksheet;
        var document = DemoRegion.Create();
        var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, DemoRegion.Year).GetValueOrThrow();

        var answers = CapaianKinerjaAnswers.From(worksheet, document, report).GetValueOrThrow();
        var scored = Evaluation.Create(worksheet, "Kabupaten Contoh", 2025, answers).GetValueOrThrow().Score(AnswerSource.Proposed);

        Assert.Equal(CapaianKinerjaAnswers.From(Old, document, report).GetValueOrThrow(), answers);
        Assert.All(answers, a => Assert.NotNull(scored.Criteria.Single(c => c.Criterion.Id == a.CriterionId).Answer));
    }

    [Fact]
    public void From_SchemeWithoutComponentE_ListsEveryMissingCriterion()
    {
        var document = DemoRegion.Create();
        var report = new PerformanceMeasurement(RuleSets.Default).Measure(document, DemoRegion.Year).GetValueOrThrow();

        var result = CapaianKinerjaAnswers.From(EvaluationSchemes.PermenPanRb88Of2021, document, report);

        Assert.Equal(["scheme.E.a.1", "scheme.E.a.2", "scheme.E.b.1", "scheme.E.b.2"], result.Problems.Select(p => p.Path));
        Assert.All(result.Problems, p => Assert.Equal("unknown-criterion", p.Reason.Code));
    }
}
