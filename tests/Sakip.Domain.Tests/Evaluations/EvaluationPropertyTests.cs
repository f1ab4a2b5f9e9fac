using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Scoring laws over random valid schemes (<see cref="EvaluationGenerators"/>).</summary>
/// <remarks>Sub-component scores are exact decimal expressions (sum × weight / n); the only inexactness is the
/// 28-digit rounding of a division, so sums are compared with a tolerance of 10^-20.</remarks>
public class EvaluationPropertyTests
{
    private const decimal Tolerance = 0.00000000000000000001m;

    private static readonly Gen<decimal> Score = Gen.Frequency(
        (3, Gen.Choose(0, 10_000).Select(i => i / 100m)),
        (2, from edge in Gen.Elements(0m, 30m, 50m, 60m, 70m, 80m, 90m, 100m)
            from offset in Gen.Choose(-2, 2)
            select Math.Clamp(edge + (offset / 100m), 0m, 100m)),
        (1, Gen.Choose(0, 1_000_000).Select(i => i / 10_000m)));

    [Property]
    public Property Classify_HigherScore_NeverGetsWorseGrade() =>
        Prop.ForAll(EvaluationGenerators.ValidGradeTables().ToArbitrary(), Score.ToArbitrary(), Score.ToArbitrary(), (table, a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var lowGrade = table.Classify(low).Grade;
            var highGrade = table.Classify(high).Grade;
            return (table.RankOf(highGrade) <= table.RankOf(lowGrade)).Label($"{table}: {low} → {lowGrade}, {high} → {highGrade}");
        });

    [Property]
    public Property Classify_AnyScore_MeetsItsEdgeAndNotTheOneAbove() =>
        Prop.ForAll(EvaluationGenerators.ValidGradeTables().ToArbitrary(), Score.ToArbitrary(), (table, score) =>
        {
            var grade = table.Classify(score).Grade;
            var above = table.Above(grade);
            return table.Reaches(score, grade) && (above is null || !table.Reaches(score, above));
        });

    [Property(MaxTest = 60)]
    public Property GeneratedSchemes_AreValid_AndRoundTripThroughDefinition() =>
        Prop.ForAll(EvaluationGenerators.SchemeArbitrary(), scheme =>
        {
            var again = EvaluationScheme.Create(scheme.ToDefinition());
            var weights = scheme.Components.Sum(c => c.Weight);
            return (again.Success && weights == 100m && scheme.Components.Count is >= 1 and <= 6
                && scheme.Components.All(c => c.SubComponents.Sum(s => s.Weight) == c.Weight)).Label(scheme.ToString());
        });

    [Property(MaxTest = 60)]
    public Property Score_CompleteEvaluation_TotalWithinZeroAndHundred() =>
        Prop.ForAll(EvaluationGenerators.AnyCompleteEvaluation().ToArbitrary(), evaluation =>
        {
            var result = evaluation.Score();
            return (result.IsComplete && result.Total is >= 0m and <= 100m && result.Grade is not null
                && result.MinimumTotal == result.Total && result.MaximumTotal == result.Total).Label($"total {result.Total}");
        });

    [Property(MaxTest = 60)]
    public Property Score_OneAnswerImproves_TotalAndGradeNeverFall() =>
        Prop.ForAll(EvaluationGenerators.ImprovementArbitrary(), improvement =>
        {
            var before = improvement.Before.Score();
            var after = improvement.After.Score();
            var table = improvement.Before.Scheme.Grades;
            return (after.Total > before.Total && table.RankOf(after.Grade!) <= table.RankOf(before.Grade!))
                .Label($"{improvement}: {before.Total} → {after.Total}");
        });

    [Property(MaxTest = 60)]
    public Property Score_AllBest_GivesHundredAndBestGrade() =>
        Prop.ForAll(EvaluationGenerators.SchemeArbitrary(), scheme =>
        {
            var result = AllAt(scheme, s => s.Best).Score();
            return (result.Total == 100m && result.Grade == scheme.Grades.Grades[0]).Label($"{result.Total} {result.Grade}");
        });

    [Property(MaxTest = 60)]
    public Property Score_AllWorst_GivesSumOfWorstOptions() =>
        Prop.ForAll(EvaluationGenerators.SchemeArbitrary(), scheme =>
        {
            var expected = 0m;
            foreach (var sub in scheme.Components.SelectMany(c => c.SubComponents))
            {
                expected += sub.Method == ScoringMethod.Points
                    ? sub.Criteria.Sum(k => k.Scale.Worst.Value * k.Points!.Value)
                    : sub.Criteria.Sum(k => k.Scale.Worst.Value) * sub.Weight / sub.Criteria.Count;
            }

            var result = AllAt(scheme, s => s.Worst).Score();
            var allZero = scheme.Criteria.All(k => k.Scale.Worst.Value == 0m);
            return (Math.Abs(result.Total!.Value - expected) <= Tolerance
                && (!allZero || (result.Total == 0m && result.Grade == scheme.Grades.Grades[^1]))).Label($"{result.Total} vs {expected}");
        });

    [Property(MaxTest = 60)]
    public Property Score_Parts_AddUpToComponentsAndTotal() =>
        Prop.ForAll(EvaluationGenerators.AnyCompleteEvaluation().ToArbitrary(), evaluation =>
        {
            var result = evaluation.Score();
            var componentsAdd = result.Components.All(c => c.Score == c.SubComponents.Sum(s => s.Score));
            var totalAdds = result.Total == result.Components.Sum(c => c.Score);
            var criteriaAdd = result.Components.SelectMany(c => c.SubComponents)
                .All(s => Math.Abs(s.Score!.Value - s.Criteria.Sum(k => k.Points!.Value)) <= Tolerance);
            var withinWeights = result.Components.All(c => c.Score <= c.Component.Weight && c.SubComponents.All(s => s.Score <= s.SubComponent.Weight));
            return componentsAdd.Label("components = Σ sub-components")
                .And(totalAdds.Label("total = Σ components"))
                .And(criteriaAdd.Label("sub-component ≈ Σ criterion points"))
                .And(withinWeights.Label("scores within weights"));
        });

    [Property(MaxTest = 60)]
    public Property Score_DecidingScoreAndGrade_FollowTheTable() =>
        Prop.ForAll(EvaluationGenerators.AnyCompleteEvaluation().ToArbitrary(), evaluation =>
        {
            var result = evaluation.Score();
            var table = evaluation.Scheme.Grades;
            return result.DecidingScore == table.DecidingScore(result.Total!.Value)
                && result.Grade == table.Classify(result.DecidingScore!.Value).Grade;
        });

    [Property(MaxTest = 60)]
    public Property Score_IncompleteEvaluation_HasNoTotalAndListsUnanswered() =>
        Prop.ForAll(EvaluationGenerators.AnyEvaluation().ToArbitrary(), evaluation =>
        {
            var result = evaluation.Score();
            var expected = evaluation.Scheme.Criteria
                .Where(k => evaluation.AnswerTo(k.Id)?.Code(AnswerSource.FinalElseProposed) is null)
                .Select(k => k.Id)
                .ToList();
            var listed = result.Unanswered.Select(k => k.Id).SequenceEqual(expected);
            var nulls = expected.Count == 0
                ? result.Total is not null && result.Grade is not null
                : result.Total is null && result.Grade is null && result.DecidingScore is null && !result.IsComplete;
            return listed.Label("unanswered listed in worksheet order").And(nulls.Label("no total or grade when incomplete"));
        });

    [Property(MaxTest = 60)]
    public Property Score_AnyCompletion_LiesBetweenMinimumAndMaximum() =>
        Prop.ForAll(CompletionCase.ToArbitrary(), pair =>
        {
            var (partial, completion) = pair;
            var bounds = partial.Score();
            var total = completion.Score().Total!.Value;
            return (bounds.MinimumTotal <= total && total <= bounds.MaximumTotal
                && bounds.MinimumTotal >= 0m && bounds.MaximumTotal <= 100m).Label($"{bounds.MinimumTotal} ≤ {total} ≤ {bounds.MaximumTotal}");
        });

    [Property(MaxTest = 60)]
    public Property With_NeverChangesTheOriginal() =>
        Prop.ForAll(EvaluationGenerators.ImprovementArbitrary(), improvement =>
        {
            var before = improvement.Before;
            var answersBefore = before.Answers.ToArray();
            var totalBefore = before.Score().Total;
            var changed = before.With(new CriterionAnswer(improvement.CriterionId, null, null));
            return (changed.Success && before.Answers.SequenceEqual(answersBefore) && before.Score().Total == totalBefore
                && before.AnswerTo(improvement.CriterionId)?.Code(AnswerSource.FinalElseProposed) == improvement.From
                && improvement.After.AnswerTo(improvement.CriterionId)!.Final == improvement.To
                && !changed.Model.Score().IsComplete).Label(improvement.ToString());
        });

    [Property(MaxTest = 60)]
    public Property Score_IsDeterministic() =>
        Prop.ForAll(EvaluationGenerators.AnyEvaluation().ToArbitrary(), evaluation =>
        {
            var first = evaluation.Score();
            var second = evaluation.Score();
            var rebuilt = Evaluation.Create(evaluation.Scheme, evaluation.Subject, evaluation.Year, evaluation.Answers.Reverse()).Model.Score();
            return Same(first, second).Label("same evaluation twice").And(Same(first, rebuilt).Label("rebuilt from answers in another order"));
        });

    [Property(MaxTest = 60)]
    public Property Score_EverySource_ReadsOnlyItsAnswers() =>
        Prop.ForAll(EvaluationGenerators.AnyEvaluation().ToArbitrary(), evaluation =>
        {
            var ok = true;
            foreach (var source in new[] { AnswerSource.Final, AnswerSource.Proposed, AnswerSource.FinalElseProposed })
            {
                var result = evaluation.Score(source);
                foreach (var k in result.Criteria)
                {
                    var code = evaluation.AnswerTo(k.Criterion.Id)?.Code(source);
                    ok &= k.Answer?.Code == code;
                    ok &= (k.Source is null) == (code is null);
                    ok &= source == AnswerSource.FinalElseProposed || k.Source is null || k.Source == source;
                }
            }

            return ok;
        });

    /// <summary>An evaluation with some answers missing, and a completion of it (the missing answers filled in).</summary>
    private static Gen<(Evaluation Partial, Evaluation Complete)> CompletionCase { get; } =
        from scheme in EvaluationGenerators.Schemes()
        from complete in EvaluationGenerators.CompleteEvaluations(scheme)
        from keep in Gen.ArrayOf(Gen.Elements(true, true, false), scheme.Criteria.Count)
        select (Evaluation.Create(scheme, "Instansi Uji", complete.Year, complete.Answers.Where((_, i) => keep[i])).Model, complete);

    private static Evaluation AllAt(EvaluationScheme scheme, Func<AnswerScale, AnswerOption> pick) =>
        Evaluation.Create(scheme, "Instansi Uji", 2024, scheme.Criteria.Select(k => new CriterionAnswer(k.Id, null, pick(k.Scale).Code))).Model;

    private static bool Same(EvaluationResult a, EvaluationResult b) =>
        a.Total == b.Total && a.Grade == b.Grade && a.MinimumTotal == b.MinimumTotal && a.MaximumTotal == b.MaximumTotal
        && a.Unanswered == b.Unanswered && a.Findings == b.Findings
        && a.Criteria.Select(k => k.Points).SequenceEqual(b.Criteria.Select(k => k.Points));
}
