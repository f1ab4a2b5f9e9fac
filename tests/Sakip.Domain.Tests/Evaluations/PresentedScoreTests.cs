using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using static Sakip.Domain.Tests.Evaluations.WorkedExampleTests;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Every score of an evaluation result has a presented value: the exact score rounded by the result's
/// <see cref="EvaluationResult.Presentation"/> (the grade table's deciding rounding, else two decimals half-up).</summary>
public class PresentedScoreTests
{
    private static readonly Arbitrary<Evaluation> AnyComplete = Gen.Frequency(
        (3, EvaluationGenerators.AnyCompleteEvaluation()),
        (2, Gen.Elements(EvaluationSchemes.All.ToArray()).SelectMany(EvaluationGenerators.CompleteEvaluations))).ToArbitrary();

    [Property]
    public Property EveryScore_PresentedIsTheExactScoreRoundedByThePresentation() =>
        Prop.ForAll(AnyComplete, evaluation =>
        {
            var result = evaluation.Score();
            var rule = result.Presentation;
            var wrong = result.Components.Where(c => c.PresentedScore != rule.Apply(c.Score!.Value)).Select(c => c.Component.Id)
                .Concat(result.SubComponents.Where(s => s.PresentedScore != rule.Apply(s.Score!.Value)).Select(s => s.SubComponent.Id))
                .ToList();
            return (wrong.Count == 0 && result.PresentedTotal == rule.Apply(result.Total!.Value)
                    && rule == (evaluation.Scheme.Grades.Deciding ?? RoundingRule.TwoDecimalsHalfUp))
                .Label($"{rule}: {string.Join(", ", wrong)}; total {result.Total} presented {result.PresentedTotal}");
        });

    [Property]
    public Property PresentedTotal_CarriesExactlyThePresentationsDecimals() =>
        Prop.ForAll(AnyComplete, evaluation =>
        {
            var result = evaluation.Score();
            var decimals = (result.PresentedTotal!.Value.Scale);
            return (decimals == result.Presentation.Decimals).Label($"{result.PresentedTotal} has {decimals} decimals, the rule {result.Presentation.Decimals}");
        });

    [Fact]
    public void WorkedExample_PresentsTwoDecimals_AndAnIncompleteResultPresentsNothing()
    {
        var result = Graded(EvaluationSchemes.PermenPanRb88Of2021, Example).Score();

        Assert.Equal("88.10", result.PresentedTotal!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.All(result.Components, c => Assert.Equal(2, c.PresentedScore!.Value.Scale));

        var incomplete = Evaluation.Create(EvaluationSchemes.PermenPanRb88Of2021, "Kabupaten Contoh", 2025, []).GetValueOrThrow().Score();
        Assert.Null(incomplete.PresentedTotal);
        Assert.All(incomplete.Components, c => Assert.Null(c.PresentedScore));
    }

    [Fact]
    public void Comparison_PresentedDeltas_AreTheDifferencesOfThePresentedScores()
    {
        var before = Graded(EvaluationSchemes.PermenPanRb88Of2021, Example).Score();
        var after = Graded(EvaluationSchemes.PermenPanRb88Of2021, Example).WithGrades(new SubComponentAnswer("1c", null, "A")).GetValueOrThrow().Score();

        var comparison = EvaluationComparison.Compare(before, after);

        Assert.Equal(after.PresentedTotal - before.PresentedTotal, comparison.PresentedTotalDelta);
        Assert.All(comparison.Components, d =>
        {
            Assert.Equal(before.Component(d.ComponentId)!.PresentedScore, d.PresentedBefore);
            Assert.Equal(after.Component(d.ComponentId)!.PresentedScore, d.PresentedAfter);
            Assert.Equal(d.PresentedAfter - d.PresentedBefore, d.PresentedDelta);
        });
    }
}
