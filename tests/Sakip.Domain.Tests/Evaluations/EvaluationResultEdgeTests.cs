using System.Globalization;
using System.Text;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Edges of scoring and of <see cref="EvaluationResult"/>: bounds with a worst answer above 0 under points and
/// under sub-component grades, the criteria's mean value under points, totals without trailing zeros, a complete
/// total whose bounds are the total to the last digit, and every explanation and LINQPad view compared whole.</summary>
public class EvaluationResultEdgeTests
{
    /// <summary>Component 1 (60): 1a points 60, 1a.1 on a two-level scale 1 / 0.5 worth 40 points, 1a.2 A–E worth 20;
    /// graded on a two-level scale 1 / 0.4. Component 2 (40): 2a mean 40, 2a.1 and 2a.2 A–E; graded on the eight-level
    /// scale. Grades of PermenPAN-RB 88/2021.</summary>
    private static EvaluationScheme Edges { get; } = EvaluationScheme.Create(new SchemeDefinition(
        "tepi",
        1,
        "Skema tepi",
        "Uji",
        [
            new Component("1", "Satu", 60m, [
                new SubComponent("1a", "Poin", 60m, ScoringMethod.Points, [
                    new Criterion("1a.1", "Setengah", SchemeFixtures.ScaleOf(1m, 0.5m)) { Points = 40m },
                    new Criterion("1a.2", "Lima", AnswerScales.AToE) { Points = 20m },
                ]) { Scale = SchemeFixtures.ScaleOf(1m, 0.4m) },
            ]),
            new Component("2", "Dua", 40m, [
                new SubComponent("2a", "Rerata", 40m, ScoringMethod.Mean, [
                    new Criterion("2a.1", "Satu", AnswerScales.AToE),
                    new Criterion("2a.2", "Dua", AnswerScales.AToE),
                ]) { Scale = AnswerScales.EightLevel },
            ]),
        ],
        GradeTables.PermenPanRb88Of2021)).GetValueOrThrow();

    /// <summary>Four sub-components of 20 points in two components of 40, each with three yes/no criteria (one third of
    /// 20 is not a finite decimal), and a fifth of 20 with one criterion.</summary>
    private static EvaluationScheme Thirds { get; } = EvaluationScheme.Create(new SchemeDefinition(
        "pertigaan",
        1,
        "Skema pertigaan",
        "Uji",
        [
            new Component("1", "Satu", 40m, [Third("1a"), Third("1b")]),
            new Component("2", "Dua", 40m, [Third("2a"), Third("2b")]),
            new Component("3", "Tiga", 20m, [new SubComponent("3a", "Tunggal", 20m, ScoringMethod.Mean, [new Criterion("3a.1", "Satu", AnswerScales.YesNo)])]),
        ],
        GradeTables.PermenPanRb88Of2021)).GetValueOrThrow();

    private static Evaluation Create(EvaluationScheme scheme, EvaluationMethod method, CriterionAnswer[] answers, params SubComponentAnswer[] grades) =>
        Evaluation.Create(scheme, "Kabupaten Contoh", 2024, method, answers, grades).GetValueOrThrow();

    [Fact]
    public void CriterionScore_ConstructedDirectly_IsCounted()
    {
        var score = new CriterionScore(Edges.Criteria[1], AnswerScales.AToE.Find("B"), AnswerSource.Final, 20m);

        Assert.True(score.Counted);
        Assert.Equal(15m, score.Points);
    }

    [Fact]
    public void Bounds_UnansweredPointsCriterionWithWorstAboveZero_CountItsPoints()
    {
        var result = Create(Edges, EvaluationMethod.CriterionGrades, [new("1a.2", null, "A"), new("2a.1", null, "A"), new("2a.2", null, "A")]).Score();

        // 1a: 0.5 × 40 + 1 × 20 = 40 at worst, 60 at best; 2a: 40.
        Assert.Equal((80m, 100m), (result.MinimumTotal, result.MaximumTotal));
    }

    [Fact]
    public void Bounds_UngradedSubComponentWithWorstAboveZero_CountItsWeight()
    {
        var result = Create(Edges, EvaluationMethod.SubComponentGrades, [], new SubComponentAnswer("2a", null, "A")).Score();

        // 1a: 0.4 × 60 = 24 at worst, 60 at best; 2a: 0.9 × 40 = 36.
        Assert.Equal((60m, 96m), (result.MinimumTotal, result.MaximumTotal));
    }

    [Fact]
    public void CriteriaValue_UnderPoints_IsPointsWeightedMeanOfValues()
    {
        var result = Create(Edges, EvaluationMethod.SubComponentGrades, [new("1a.1", null, "B"), new("1a.2", null, "A")], new SubComponentAnswer("1a", null, "A")).Score();

        // (0.5 × 40 + 1 × 20) / 60.
        Assert.Equal(40m / 60m, result.SubComponents.First().CriteriaValue);
    }

    [Fact]
    public void CompleteTotal_OfThirds_IsItsOwnBoundsToTheLastDigit()
    {
        CriterionAnswer[] answers = [.. Thirds.Criteria.Select(c => new CriterionAnswer(c.Id, null, c.Id.EndsWith(".1", StringComparison.Ordinal) && c.Id != "3a.1" ? "Y" : "T"))];

        var result = Create(Thirds, EvaluationMethod.CriterionGrades, answers).Score();

        Assert.True(result.IsComplete);
        Assert.Equal(result.Total, result.MinimumTotal);
        Assert.Equal(result.Total, result.MaximumTotal);
        Assert.Equal("26.666666666666666666666666666", result.Total!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Figures_CompleteByCriteria_AreExplainedWhole() =>
        Approved.Check(Report(Create(Edges, EvaluationMethod.CriterionGrades, [new("1a.1", null, "A"), new("1a.2", "E", "C"), new("2a.1", null, "B"), new("2a.2", "A", null)]).Score()));

    [Fact]
    public void Figures_IncompleteByCriteria_AreExplainedWhole() =>
        Approved.Check(Report(Create(Edges, EvaluationMethod.CriterionGrades, [new("1a.2", null, "B"), new("2a.1", null, "B"), new("2a.2", null, "A")]).Score()));

    [Fact]
    public void Figures_IncompleteBySubComponents_AreExplainedWhole() =>
        Approved.Check(Report(Create(Edges, EvaluationMethod.SubComponentGrades, [new("2a.1", null, "A"), new("2a.2", "B", null)], new SubComponentAnswer("2a", null, "A")).Score()));

    [Fact]
    public void Dump_CompleteWithoutFindings_ShowsNoMissingBoundsOrFindings()
    {
        var result = Create(Edges, EvaluationMethod.CriterionGrades, [new("1a.1", null, "A"), new("1a.2", "E", "C"), new("2a.1", null, "B"), new("2a.2", "A", null)]).Score();

        Assert.True(result.IsComplete);
        Assert.Empty(result.Findings);
        Approved.Check(EdgeText.Dump(result));
    }

    [Fact]
    public void Dump_IncompleteWithFindings_ShowsMissingBoundsAndFindings()
    {
        var result = Create(Edges, EvaluationMethod.SubComponentGrades, [new("2a.1", null, "A"), new("2a.2", "A", null)], new SubComponentAnswer("2a", null, "A")).Score();

        Assert.False(result.IsComplete);
        Assert.NotEmpty(result.Findings);
        Approved.Check(EdgeText.Dump(result));
    }

    private static SubComponent Third(string id) => new(id, "Pertiga " + id, 20m, ScoringMethod.Mean, [
        new Criterion(id + ".1", "Satu", AnswerScales.YesNo),
        new Criterion(id + ".2", "Dua", AnswerScales.YesNo),
        new Criterion(id + ".3", "Tiga", AnswerScales.YesNo),
    ]);

    /// <summary>Every figure of the result as stored (trailing zeros shown) and every explanation in both
    /// languages.</summary>
    private static string Report(EvaluationResult result)
    {
        var text = new StringBuilder();
        text.Append("total ").Append(Figure(result.Total)).Append(", presented ").Append(Figure(result.PresentedTotal))
            .Append(", deciding ").Append(Figure(result.DecidingScore)).Append(", bounds ").Append(Figure(result.MinimumTotal))
            .Append("..").Append(Figure(result.MaximumTotal)).Append(", grade ").Append(result.Grade?.Code ?? "-")
            .Append(", missing [").AppendJoin(", ", result.Missing).Append("]\n");
        Explained(result.Explain);
        foreach (var component in result.Components)
        {
            text.Append("component ").Append(component.Component.Id).Append(": ").Append(Figure(component.Score)).Append(" / ").Append(Figure(component.PresentedScore)).Append('\n');
            Explained(component.Explain);
            foreach (var sub in component.SubComponents)
            {
                text.Append("sub-component ").Append(sub.SubComponent.Id).Append(": ").Append(Figure(sub.Score)).Append(" / ").Append(Figure(sub.PresentedScore))
                    .Append(", criteria value ").Append(Figure(sub.CriteriaValue)).Append(", grade ").Append(sub.Grade?.Code ?? "-").Append('\n');
                Explained(sub.Explain);
                foreach (var criterion in sub.Criteria)
                {
                    Explained(criterion.Explain);
                }
            }
        }

        foreach (var finding in result.Findings)
        {
            text.Append("finding ").Append(finding.Kind).Append(' ').Append(finding.Id).Append(": ").Append(finding.Reason.Code).Append('\n');
        }

        return text.ToString();

        void Explained(Func<Language, string> explain) =>
            text.Append("  id: ").Append(explain(Language.Indonesian)).Append("\n  en: ").Append(explain(Language.English)).Append('\n');
    }

    private static string Figure(decimal? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "-";
}
