using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;
using static Sakip.Domain.Tests.Evaluations.RoadFixtures;
using static Sakip.Domain.Tests.Evaluations.WorkedExampleTests;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>The road to the next grade, under either evaluation method: applied it reaches the grade, no smaller set of
/// improvements does, it lifts only the answers the method counts, and it never creates an above-dependency
/// finding.</summary>
public class GradeRoadTests
{
    private static readonly EvaluationScheme Lke = EvaluationSchemes.PermenPanRb88Of2021;

    private static readonly Arbitrary<Evaluation> SmallComplete = Complete(Small).ToArbitrary();

    private static readonly Arbitrary<Grade> AnyGrade = Gen.Elements(GradeTables.PermenPanRb88Of2021.Grades.ToArray()).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Find_Applied_ReachesTheTargetWhenReachable() =>
        Prop.ForAll(AnyComplete, AnyGrade, (evaluation, target) =>
        {
            var road = GradeRoad.Find(evaluation.Score(), target).GetValueOrThrow();
            var rescored = road.Apply().Score();
            var reached = evaluation.Scheme.Grades.Reaches(rescored.DecidingScore!.Value, road.Target);
            return (road.Reachable == reached && rescored.Total == road.Resulting.Total).Label($"{road.Explain(Language.English)}; rescored {rescored.Total}");
        });

    [Property(MaxTest = 60)]
    public Property Find_NoSmallerSetOfImprovementsReaches_Enumerated() =>
        Prop.ForAll(SmallComplete, AnyGrade, (evaluation, target) =>
        {
            var road = GradeRoad.Find(evaluation.Score(), target).GetValueOrThrow();
            if (!road.Reachable)
            {
                return EveryImprovement(evaluation).All(r => !Reaches(Small, r.Total, road.Target)).Label($"{evaluation.Method}: a road exists but none was found");
            }

            var smaller = EveryImprovement(evaluation).Where(r => r.Changed < road.Steps.Count && Reaches(Small, r.Total, road.Target)).ToList();
            return (smaller.Count == 0).Label($"{evaluation.Method}: {road.Explain(Language.English)}; a road of {smaller.FirstOrDefault().Changed} answers reaches {smaller.FirstOrDefault().Total}");
        });

    [Property(MaxTest = 60)]
    public Property Find_NoSmallerSetOfLargestImprovementsReaches_BuiltIns() =>
        Prop.ForAll(AnyComplete, AnyGrade, (evaluation, target) =>
        {
            var result = evaluation.Score();
            var road = GradeRoad.Find(result, target).GetValueOrThrow();
            if (!road.Reachable || road.Steps.Count == 0)
            {
                return true.ToProperty();
            }

            // The most any k − 1 counted answers can add: the k − 1 largest possible gains, each capped by its dependency.
            var gains = Gains(result).OrderDescending().Take(road.Steps.Count - 1).Sum();
            return (!Reaches(evaluation.Scheme, result.Total!.Value + gains, road.Target)).Label($"{evaluation.Method}: {road.Steps.Count - 1} answers can add {gains}");
        });

    [Property(MaxTest = 60)]
    public Property Find_StepsImproveOnlyCountedAnswers_CreateNoAboveDependencyFinding_AndAddUp() =>
        Prop.ForAll(AnyComplete, AnyGrade, (evaluation, target) =>
        {
            var result = evaluation.Score();
            var road = GradeRoad.Find(result, target).GetValueOrThrow();
            var bySubComponent = evaluation.Method == EvaluationMethod.SubComponentGrades;
            // By what is flagged: lifting a dependency below an answer already flagged changes the finding's values only.
            var newFindings = road.Resulting.Findings.Where(f => f.Kind == LogicFindingKind.AboveDependency).Select(f => (f.Id, f.RelatedId))
                .Except(result.Findings.Select(f => (f.Id, f.RelatedId))).ToList();
            var improving = road.Steps.All(s => s.To.Value > s.From.Value && s.Points > 0m && s.IsSubComponent == bySubComponent);
            var sum = road.Steps.Sum(s => s.Points);
            var comparison = EvaluationComparison.Compare(result, road.Resulting);
            var changed = bySubComponent ? comparison.SubComponents.Select(s => s.SubComponent.Id) : comparison.Criteria.Select(c => c.Criterion.Id);
            var untouched = bySubComponent ? comparison.Criteria.Count == 0 && road.Apply().Answers == evaluation.Answers : comparison.SubComponents.Count == 0 && road.Apply().Grades == evaluation.Grades;
            return (newFindings.Count == 0).Label($"new findings {newFindings.Count}")
                .And(improving.Label("every step improves a counted answer"))
                .And((Math.Abs(sum - road.PointsAdded) < 0.000000000001m).Label($"sum {sum} vs {road.PointsAdded}"))
                .And(changed.Order().SequenceEqual(road.Steps.Select(s => s.Id).Order()).Label("changed = steps"))
                .And(untouched.Label("answers the method does not count are untouched"));
        });

    [Property(MaxTest = 40)]
    public Property Find_DoesNotChangeTheOriginal() =>
        Prop.ForAll(AnyComplete, evaluation =>
        {
            var (answers, grades) = (evaluation.Answers, evaluation.Grades);
            _ = GradeRoad.Find(evaluation.Score(), evaluation.Scheme.Grades.Grades[0]);
            return evaluation.Answers == answers && evaluation.Grades == grades;
        });

    [Fact]
    public void Find_WorkedExample_88Point10AToAA_OneSubComponentOneStepShort()
    {
        // 88.10 (A) needs more than 1.90 points for AA. The largest single gain is 1c (15 points, at B): to AA adds 4.5,
        // so one sub-component suffices; trimmed, 1c to A (+3) reaches 91.10.
        var result = Graded(Lke, Example).Score();

        var road = GradeRoad.Find(result).GetValueOrThrow();

        Assert.Equal("AA", road.Target.Code);
        Assert.True(road.Reachable);
        var step = Assert.Single(road.Steps);
        Assert.Equal(("1c", "Pemanfaatan", "B", "A", 3m, true), (step.Id, step.Title, step.From.Code, step.To.Code, step.Points, step.IsSubComponent));
        Assert.Equal(91.1m, road.Resulting.Total);
        Assert.Equal("AA", road.ResultingGrade.Code);
        Assert.Equal("1c: B → A (+3)", step.ToString());
        Assert.Equal("From 88.1 (A) to AA (> 90): 1 answer improvements adding 3 points → 91.1 (AA); 1c B → A (+3)", road.Explain(Language.English));
    }

    [Fact]
    public void Find_BySubComponent_B62ToBB_TwoUseGrades()
    {
        // Keberadaan BB, kualitas B, pemanfaatan C: 62 (B); over 70 needs more than 8. The largest gains are 1c and 2c
        // (15 points at C: + 7.5 each to AA), one is not enough (69.5), two are; trimmed, the smaller one to CC (+1.5).
        var result = Graded(Lke, "BB B C  BB B C  BB B C  BB B C").Score();

        var road = GradeRoad.Find(result).GetValueOrThrow();

        Assert.Equal(["1c C→AA", "2c C→CC"], road.Steps.Select(s => $"{s.Id} {s.From.Code}→{s.To.Code}"));
        Assert.Equal([7.5m, 1.5m], road.Steps.Select(s => s.Points));
        Assert.Equal(71m, road.Resulting.Total);
        Assert.Equal("BB", road.ResultingGrade.Code);
        Assert.Equal("AA", road.Apply().GradeOf("1c")!.Final);
    }

    [Fact]
    public void Find_ByCriterion_B62ToBB_SevenUseCriteria()
    {
        // The same levels per criterion: the largest gains are 4c's five criteria (12.5 / 5 = 2.5 points each: C → AA
        // adds 1.25), then 1c's (15 / 8 = 1.875: + 0.9375). Six make 69.19, seven 70.125 → 70.13 (BB).
        var result = PerCriterion(Lke, ByKind("BB", "B", "C")).Score();

        var road = GradeRoad.Find(result).GetValueOrThrow();

        Assert.Equal(["4c.1", "4c.2", "4c.3", "4c.4", "4c.5", "1c.1", "1c.2"], road.Steps.Select(s => s.Id));
        Assert.All(road.Steps, s => Assert.Equal(("C", "AA", false), (s.From.Code, s.To.Code, s.IsSubComponent)));
        Assert.Equal(70.125m, road.Resulting.Total);
        Assert.Equal("BB", road.ResultingGrade.Code);
    }

    [Fact]
    public void Find_AlreadyAtTarget_EmptyRoad()
    {
        var result = Graded(Lke, Example).Score();

        var road = GradeRoad.Find(result, Lke.Grades.Find("BB")).GetValueOrThrow();

        Assert.Empty(road.Steps);
        Assert.True(road.Reachable);
        Assert.Same(result, road.Resulting);
        Assert.Contains("already reached", road.Explain(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_BestGrade_NextIsItself()
    {
        var result = Graded(Lke, "AA A A  AA A A  AA A A  AA A A").Score();

        var road = GradeRoad.Find(result).GetValueOrThrow();

        Assert.Equal(("AA", 92m), (result.Grade!.Code, result.Total!.Value));
        Assert.Equal("AA", road.Target.Code);
        Assert.Empty(road.Steps);
    }

    [Fact]
    public void Find_ByCriterion_ExistenceMissing_CapsDependentsAndCannotReachAA()
    {
        // The small scheme's 1b.1 and 1b.2 depend on 1a.1: with 1a.1 at T they may not rise above 0 (the road lifts
        // 1a.1 too, but caps its dependents at its current answer). The best reachable is 1a 20, 1b 40 × 1 / 3,
        // 2a 40: 73.33.
        var evaluation = Evaluation.Create(Small, "Kabupaten Uji", 2025, Small.Criteria.Select(c => new CriterionAnswer(c.Id, null, c.Id == "1a.1" ? "T" : c.Scale.Worst.Code))).GetValueOrThrow();

        var road = GradeRoad.Find(evaluation.Score(), Small.Grades.Find("AA")).GetValueOrThrow();

        Assert.False(road.Reachable);
        Assert.Equal(73.33m, road.Resulting.DecidingScore);
        Assert.Equal(["2a.1", "2a.2", "1b.3", "1a.1", "1a.2"], road.Steps.Select(s => s.Id));
        Assert.Contains("cannot be reached", road.Explain(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Find_BySubComponent_ExistenceGradeCapsItsDependent()
    {
        // The small scheme's 1b depends on 1a: with 1a graded E, 1b may not rise above E. The best reachable is
        // 1a 20 + 2a 40 = 60 (CC).
        var evaluation = Evaluation.Create(Small, "Kabupaten Uji", 2025, EvaluationMethod.SubComponentGrades, [], [new("1a", null, "E"), new("1b", null, "E"), new("2a", null, "E")]).GetValueOrThrow();

        var road = GradeRoad.Find(evaluation.Score(), Small.Grades.Find("AA")).GetValueOrThrow();

        Assert.False(road.Reachable);
        Assert.Equal(["2a", "1a"], road.Steps.Select(s => s.Id));
        Assert.Equal((60m, "CC"), (road.Resulting.Total!.Value, road.ResultingGrade.Code));
    }

    [Fact]
    public void Find_Incomplete_ListsEveryMissingAnswerOfTheMethod()
    {
        var perCriterion = Evaluation.Create(Lke, "Kabupaten Uji", 2025, Lke.Criteria.Skip(2).Select(c => new CriterionAnswer(c.Id, null, c.Scale.Worst.Code))).GetValueOrThrow();
        var bySubComponent = Graded(Lke, Example).WithGrades(new SubComponentAnswer("4c", null, null)).GetValueOrThrow();

        var byCriterionRoad = GradeRoad.Find(perCriterion.Score());
        var bySubComponentRoad = GradeRoad.Find(bySubComponent.Score());

        Assert.Equal([("answers.1a.1", "unanswered"), ("answers.1a.2", "unanswered")], byCriterionRoad.Problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Equal([("grades.4c", "ungraded")], bySubComponentRoad.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Find_TargetFromAnotherTable_IsAProblemWhenItsCodeIsUnknown()
    {
        var result = Graded(Lke, Example).Score();

        var road = GradeRoad.Find(result, new Grade("AAA", 95m, new("x", "x")));

        Assert.Equal("unknown-grade", Assert.Single(road.Problems).Reason.Code);
    }

    [Fact]
    public void Find_ProposedSource_ImprovesProposedAnswers_BothMethods()
    {
        var perCriterion = Evaluation.Create(Lke, "Kabupaten Uji", 2025, Lke.Criteria.Select(c => new CriterionAnswer(c.Id, ByKind("BB", "B", "C")(Lke.OwnerOf(c).SubComponent, c), null))).GetValueOrThrow();
        var bySubComponent = Evaluation.Create(Lke, "Kabupaten Uji", 2025, EvaluationMethod.SubComponentGrades, [], Lke.SubComponents.Select(s => new SubComponentAnswer(s.Id, ByKind("BB", "B", "C")(s, null!), null))).GetValueOrThrow();

        var byCriterionRoad = GradeRoad.Find(perCriterion.Score(AnswerSource.Proposed)).GetValueOrThrow();
        var bySubComponentRoad = GradeRoad.Find(bySubComponent.Score(AnswerSource.Proposed)).GetValueOrThrow();

        Assert.Equal("BB", byCriterionRoad.ResultingGrade.Code);
        Assert.All(byCriterionRoad.Steps, s => Assert.Null(byCriterionRoad.Apply().AnswerTo(s.Id)!.Final));
        Assert.Equal(byCriterionRoad.Resulting.Total, byCriterionRoad.Apply().Score(AnswerSource.Proposed).Total);
        Assert.Equal("BB", bySubComponentRoad.ResultingGrade.Code);
        Assert.All(bySubComponentRoad.Steps, s => Assert.Equal((null, s.To.Code), (bySubComponentRoad.Apply().GradeOf(s.Id)!.Final, bySubComponentRoad.Apply().GradeOf(s.Id)!.Proposed)));
    }

    [Fact]
    public void Explain_Indonesian_UsesCommaDecimals()
    {
        var road = GradeRoad.Find(PerCriterion(Lke, ByKind("BB", "B", "C")).Score()).GetValueOrThrow();

        var text = road.Explain(Language.Indonesian);

        Assert.StartsWith("Dari 62 (B) ke BB (> 70): 7 perbaikan jawaban menambah 8,125 poin → 70,125 (BB); 4c.1 C → AA (+1,25)", text, StringComparison.Ordinal);
    }

    /// <summary>The largest gain of each answer the method counts: its best option within its dependency's current
    /// value, less its current value, times its points.</summary>
    private static IEnumerable<decimal> Gains(EvaluationResult result)
    {
        if (result.Method == EvaluationMethod.SubComponentGrades)
        {
            var subs = result.SubComponents.ToArray();
            return subs.Select(s =>
            {
                var cap = s.SubComponent.DependsOn is { } d ? subs.Single(k => k.SubComponent.Id == d).Grade!.Value : 1m;
                return Gain(s.SubComponent.Scale!, s.Grade!, cap) * s.SubComponent.Weight;
            });
        }

        var scores = result.Criteria.ToArray();
        return scores.Select(s =>
        {
            var cap = s.Criterion.DependsOn is { } d ? scores.Single(k => k.Criterion.Id == d).Answer!.Value : 1m;
            return Gain(s.Criterion.Scale, s.Answer!, cap) * s.Factor;
        });

        static decimal Gain(AnswerScale scale, AnswerOption current, decimal cap) =>
            Math.Max(0m, scale.Options.Where(o => o.Value <= cap).Select(o => o.Value).DefaultIfEmpty(0m).Max() - current.Value);
    }
}
