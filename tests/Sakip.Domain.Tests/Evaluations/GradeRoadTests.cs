using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Evaluations.RoadFixtures;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The road to the next grade: applied it reaches the grade, no smaller set of improvements does, and it never
/// creates a logic finding.</summary>
public class GradeRoadTests
{
    private static readonly Arbitrary<Evaluation> SmallComplete = Complete(Small).ToArbitrary();

    private static readonly Arbitrary<Grade> AnyGrade = Gen.Elements(GradeTables.PermenPanRb88Of2021.Grades.ToArray()).ToArbitrary();

    [Property]
    public Property Find_Applied_ReachesTheTargetWhenReachable() =>
        Prop.ForAll(AnyComplete, AnyGrade, (evaluation, target) =>
        {
            var road = GradeRoad.Find(evaluation.Score(), target).Model;
            var rescored = road.Apply().Score();
            var reached = evaluation.Scheme.Grades.Reaches(rescored.DecidingScore!.Value, road.Target);
            return (road.Reachable == reached && rescored.Total == road.Resulting.Total).Label($"{road.Explain(Language.English)}; rescored {rescored.Total}");
        });

    [Property]
    public Property Find_NoSmallerSetOfImprovementsReaches_Enumerated() =>
        Prop.ForAll(SmallComplete, AnyGrade, (evaluation, target) =>
        {
            var road = GradeRoad.Find(evaluation.Score(), target).Model;
            if (!road.Reachable)
            {
                return EveryImprovement(evaluation).All(r => !Reaches(Small, r.Total, road.Target)).Label("a road exists but none was found");
            }

            var smaller = EveryImprovement(evaluation).Where(r => r.Changed < road.Steps.Count && Reaches(Small, r.Total, road.Target)).ToList();
            return (smaller.Count == 0).Label($"{road.Explain(Language.English)}; a road of {smaller.FirstOrDefault().Changed} criteria reaches {smaller.FirstOrDefault().Total}");
        });

    [Property]
    public Property Find_NoSmallerSetOfLargestImprovementsReaches_BuiltIns() =>
        Prop.ForAll(AnyComplete, AnyGrade, (evaluation, target) =>
        {
            var result = evaluation.Score();
            var road = GradeRoad.Find(result, target).Model;
            if (!road.Reachable || road.Steps.Count == 0)
            {
                return true.ToProperty();
            }

            // The most any k − 1 criteria can add: the k − 1 largest possible gains, each capped by its dependency.
            var scores = result.Criteria.ToArray();
            var gains = scores.Select((s, i) =>
            {
                var cap = s.Criterion.DependsOn is { } d ? scores.Single(k => k.Criterion.Id == d).Answer!.Value : 1m;
                var best = s.Criterion.Scale.Options.Where(o => o.Value <= cap).Select(o => o.Value).DefaultIfEmpty(0m).Max();
                return Math.Max(0m, best - s.Answer!.Value) * s.Factor;
            }).OrderDescending().Take(road.Steps.Count - 1).Sum();
            return (!Reaches(evaluation.Scheme, result.Total!.Value + gains, road.Target)).Label($"{road.Steps.Count - 1} criteria can add {gains}");
        });

    [Property]
    public Property Find_StepsImproveCreateNoFindingAndAddUp() =>
        Prop.ForAll(AnyComplete, AnyGrade, (evaluation, target) =>
        {
            var result = evaluation.Score();
            var road = GradeRoad.Find(result, target).Model;
            var newFindings = road.Resulting.Findings.Except(result.Findings).ToList();
            var improving = road.Steps.All(s => s.To.Value > s.From.Value && s.Points > 0m);
            var sum = road.Steps.Sum(s => s.Points);
            var changed = EvaluationComparison.Compare(result, road.Resulting).Criteria.Select(c => c.Criterion.Id).Order().ToList();
            return (newFindings.Count == 0 && improving && Math.Abs(sum - road.PointsAdded) < 0.000000000001m
                    && changed.SequenceEqual(road.Steps.Select(s => s.Id).Order()))
                .Label($"new findings {newFindings.Count}, improving {improving}, sum {sum} vs {road.PointsAdded}");
        });

    [Property]
    public Property Find_DoesNotChangeTheOriginal() =>
        Prop.ForAll(AnyComplete, evaluation =>
        {
            var before = evaluation.Answers;
            _ = GradeRoad.Find(evaluation.Score(), evaluation.Scheme.Grades.Grades[0]);
            return evaluation.Answers == before;
        });

    [Fact]
    public void Find_WorkedExample_B67point5ToBB_ThreeUseCriteria()
    {
        // All existence Y, quality B, use C: 20 + 30 × 0.75 + 50 × 0.5 = 67.5 (B). Over 70 needs 2.5 more points.
        var result = Uniform(EvaluationSchemes.PermenPanRb88Of2021, "Y", "B", "C").Score();
        Assert.Equal(67.5m, result.Total);
        Assert.Equal("B", result.Grade!.Code);

        var road = GradeRoad.Find(result).Model;

        Assert.Equal("BB", road.Target.Code);
        Assert.True(road.Reachable);
        // Component 4's use criteria are worth 12.5 / 5 = 2.5 points each at A: C → A adds 1.25. Two are 2.5 (exactly
        // 70.00, still B: the edge is exclusive), so a third is needed and lifted only to B (+0.625).
        Assert.Equal(["4c.1 C→A", "4c.2 C→A", "4c.3 C→B"], road.Steps.Select(s => $"{s.Id} {s.From.Code}→{s.To.Code}"));
        Assert.Equal([1.25m, 1.25m, 0.625m], road.Steps.Select(s => s.Points));
        Assert.Equal(70.625m, road.Resulting.Total);
        Assert.Equal("BB", road.ResultingGrade.Code);
    }

    [Fact]
    public void Find_AlreadyAtTarget_EmptyRoad()
    {
        var result = Uniform(EvaluationSchemes.PermenPanRb88Of2021, "Y", "B", "C").Score();

        var road = GradeRoad.Find(result, EvaluationSchemes.PermenPanRb88Of2021.Grades.Find("CC")).Model;

        Assert.Empty(road.Steps);
        Assert.True(road.Reachable);
        Assert.Same(result, road.Resulting);
        Assert.Contains("already reached", road.Explain(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_BestGrade_NextIsItself()
    {
        var result = Uniform(EvaluationSchemes.PermenPanRb88Of2021, "Y", "A", "A").Score();

        var road = GradeRoad.Find(result).Model;

        Assert.Equal("AA", road.Target.Code);
        Assert.Empty(road.Steps);
    }

    [Fact]
    public void Find_ExistenceMissing_CapsDependentsAndCannotReachAA()
    {
        // Every existence criterion T: every quality and use criterion depends on one, so none may rise above 0;
        // only the existence criteria themselves can improve (20 points).
        var result = Uniform(EvaluationSchemes.PermenPanRb88Of2021, "T", "E", "E").Score();

        var road = GradeRoad.Find(result, EvaluationSchemes.PermenPanRb88Of2021.Grades.Find("AA")).Model;

        Assert.False(road.Reachable);
        Assert.Equal(20m, road.Resulting.Total);
        Assert.All(road.Steps, s => Assert.EndsWith("a", s.Id.Split('.')[0], StringComparison.Ordinal));
        Assert.Contains("cannot be reached", road.Explain(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_Incomplete_ListsEveryUnansweredCriterion()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var evaluation = Evaluation.Create(scheme, "Kabupaten Uji", 2025, scheme.Criteria.Skip(2).Select(c => new CriterionAnswer(c.Id, null, c.Scale.Worst.Code))).Model;

        var road = GradeRoad.Find(evaluation.Score());

        Assert.False(road.Success);
        Assert.Equal(["answers.1a.1", "answers.1a.2"], road.Problems.Select(p => p.Path));
        Assert.All(road.Problems, p => Assert.Equal("unanswered", p.Reason.Code));
    }

    [Fact]
    public void Find_TargetFromAnotherTable_IsAProblemWhenItsCodeIsUnknown()
    {
        var result = Uniform(EvaluationSchemes.PermenPanRb88Of2021, "Y", "B", "C").Score();

        var road = GradeRoad.Find(result, new Grade("AAA", 95m, "x", "x"));

        Assert.Equal("unknown-grade", Assert.Single(road.Problems).Reason.Code);
    }

    [Fact]
    public void Find_ProposedSource_ImprovesProposedAnswers()
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var evaluation = Evaluation.Create(scheme, "Kabupaten Uji", 2025, scheme.Criteria.Select(c => new CriterionAnswer(c.Id, Code(c, "Y", "B", "C"), null))).Model;

        var road = GradeRoad.Find(evaluation.Score(AnswerSource.Proposed)).Model;

        Assert.Equal("BB", road.ResultingGrade.Code);
        Assert.All(road.Steps, s => Assert.Null(road.Apply().AnswerTo(s.Id)!.Final));
        Assert.Equal(road.Resulting.Total, road.Apply().Score(AnswerSource.Proposed).Total);
    }

    [Fact]
    public void Explain_Indonesian_UsesCommaDecimals()
    {
        var road = GradeRoad.Find(Uniform(EvaluationSchemes.PermenPanRb88Of2021, "Y", "B", "C").Score()).Model;

        var text = road.Explain(Language.Indonesian);

        Assert.StartsWith("Dari 67,5 (B) ke BB (> 70): 3 perbaikan jawaban menambah 3,125 poin → 70,625 (BB)", text, StringComparison.Ordinal);
    }

    /// <summary>Every criterion answered by sub-component kind: existence (a), quality (b), use (c).</summary>
    internal static Evaluation Uniform(EvaluationScheme scheme, string existence, string quality, string use) =>
        Evaluation.Create(scheme, "Kabupaten Uji", 2025, scheme.Criteria.Select(c => new CriterionAnswer(c.Id, null, Code(c, existence, quality, use)))).Model;

    private static string Code(Criterion c, string existence, string quality, string use) => c.Id.Split('.')[0][^1] switch
    {
        'a' => existence,
        'b' => quality,
        _ => use,
    };
}
