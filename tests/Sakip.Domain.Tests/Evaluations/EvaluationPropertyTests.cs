using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Scoring laws over random valid schemes (<see cref="EvaluationGenerators"/>) and the built-in schemes, under
/// both evaluation methods.</summary>
/// <remarks>Graded per sub-component a score is weight × the grade's value, exact (values and weights have few
/// decimals). Graded per criterion it is Σ values × weight / n (or Σ value × points): the only inexactness is the
/// 28-digit rounding of that one division, so it is compared with weight × mean with a tolerance of 10^-20.</remarks>
public class EvaluationPropertyTests
{
    private const decimal Tolerance = 0.00000000000000000001m;

    private static readonly Gen<decimal> Score = Gen.Frequency(
        (3, Gen.Choose(0, 10_000).Select(i => i / 100m)),
        (2, from edge in Gen.Elements(0m, 30m, 50m, 60m, 70m, 80m, 90m, 100m)
            from offset in Gen.Choose(-2, 2)
            select Math.Clamp(edge + (offset / 100m), 0m, 100m)),
        (1, Gen.Choose(0, 1_000_000).Select(i => i / 10_000m)));

    /// <summary>A complete evaluation of a generated or a built-in scheme (every built-in one, the 12/2015 worksheet
    /// with its points included), by either method the scheme allows.</summary>
    private static readonly Arbitrary<Evaluation> AnyComplete = Gen.Frequency(
        (3, EvaluationGenerators.AnyCompleteEvaluation()),
        (2, Gen.Elements(EvaluationSchemes.All.ToArray()).SelectMany(EvaluationGenerators.CompleteEvaluations))).ToArbitrary();

    /// <summary>A complete evaluation graded per sub-component, of a generated scheme that allows it or of 88/2021.</summary>
    private static readonly Arbitrary<Evaluation> BySubComponent = Gen.Frequency(
        (3, EvaluationGenerators.Schemes().Where(s => s.SupportsSubComponentGrades).SelectMany(s => EvaluationGenerators.CompleteEvaluations(s, EvaluationMethod.SubComponentGrades))),
        (1, Gen.Elements(EvaluationSchemes.PermenPanRb88Of2021, EvaluationSchemes.PermenPanRb88Of2021LayoutB).SelectMany(s => EvaluationGenerators.CompleteEvaluations(s, EvaluationMethod.SubComponentGrades)))).ToArbitrary();

    /// <summary>A complete evaluation graded per criterion, of a generated or a built-in scheme.</summary>
    private static readonly Arbitrary<Evaluation> ByCriterion = Gen.Frequency(
        (3, EvaluationGenerators.Schemes().SelectMany(s => EvaluationGenerators.CompleteEvaluations(s, EvaluationMethod.CriterionGrades))),
        (2, Gen.Elements(EvaluationSchemes.All.ToArray()).SelectMany(s => EvaluationGenerators.CompleteEvaluations(s, EvaluationMethod.CriterionGrades)))).ToArbitrary();

    /// <summary>An improvement of one answer (a criterion's or a sub-component's grade) of a generated or built-in
    /// scheme's complete evaluation.</summary>
    private static readonly Arbitrary<EvaluationImprovement> AnyImprovement = Gen.Frequency(
        (3, EvaluationGenerators.Schemes().SelectMany(EvaluationGenerators.Improvements)),
        (2, Gen.Elements(EvaluationSchemes.All.ToArray()).SelectMany(EvaluationGenerators.Improvements))).ToArbitrary();

    [Property]
    public Property Classify_HigherScore_NeverGetsWorseGrade() =>
        Prop.ForAll(EvaluationGenerators.ValidGradeTables().ToArbitrary(), Score.ToArbitrary(), Score.ToArbitrary(), (table, a, b) =>
        {
            var (low, high) = a <= b ? (a, b) : (b, a);
            var lowGrade = table.Classify(low).GetValueOrThrow();
            var highGrade = table.Classify(high).GetValueOrThrow();
            return (table.RankOf(highGrade) <= table.RankOf(lowGrade)).Label($"{table}: {low} → {lowGrade}, {high} → {highGrade}");
        });

    [Property]
    public Property Classify_AnyScore_MeetsItsEdgeAndNotTheOneAbove() =>
        Prop.ForAll(EvaluationGenerators.ValidGradeTables().ToArbitrary(), Score.ToArbitrary(), (table, score) =>
        {
            var grade = table.Classify(score).GetValueOrThrow();
            var above = table.Above(grade);
            return table.Reaches(score, grade) && (above is null || !table.Reaches(score, above));
        });

    [Property(MaxTest = 60)]
    public Property GeneratedSchemes_AreValid_AndRoundTripThroughDefinition() =>
        Prop.ForAll(EvaluationGenerators.SchemeArbitrary(), scheme =>
        {
            var again = EvaluationScheme.Create(scheme.ToDefinition());
            var weights = scheme.Components.Sum(c => c.Weight);
            return (again.IsSuccess && weights == 100m && scheme.Components.Count is >= 1 and <= 6
                && scheme.Components.All(c => c.SubComponents.Sum(s => s.Weight) == c.Weight)
                && (scheme.DefaultMethod == EvaluationMethod.CriterionGrades || scheme.SupportsSubComponentGrades)).Label(scheme.ToString());
        });

    [Property(MaxTest = 60)]
    public Property Score_Complete_EveryScoreWithinItsWeight_TotalWithinZeroAndHundred() =>
        Prop.ForAll(AnyComplete, evaluation =>
        {
            var result = evaluation.Score();
            var subs = result.SubComponents.All(s => s.Score >= 0m && s.Score <= s.SubComponent.Weight);
            var components = result.Components.All(c => c.Score >= 0m && c.Score <= c.Component.Weight);
            return (result.IsComplete && result.Total is >= 0m and <= 100m && result.Grade is not null
                    && result.MinimumTotal == result.Total && result.MaximumTotal == result.Total).Label($"{evaluation.Method}: total {result.Total}")
                .And(subs.Label("0 ≤ sub-component ≤ its weight"))
                .And(components.Label("0 ≤ component ≤ its weight"));
        });

    [Property(MaxTest = 60)]
    public Property Score_EitherMethod_TheOtherScoresWithinTheSameBounds() =>
        Prop.ForAll(AnyComplete, evaluation =>
        {
            // Generated and built-in evaluations carry every grade they can, so switching methods keeps them complete.
            var other = evaluation.WithMethod(evaluation.Method == EvaluationMethod.SubComponentGrades ? EvaluationMethod.CriterionGrades : EvaluationMethod.SubComponentGrades);
            if (!other.IsSuccess)
            {
                return (!evaluation.Scheme.SupportsSubComponentGrades).Label("only a scheme without sub-component scales refuses the other method");
            }

            var (a, b) = (evaluation.Score(), other.GetValueOrThrow().Score());
            return (b.IsComplete && b.Total is >= 0m and <= 100m && a.Findings == b.Findings
                && other.GetValueOrThrow().Answers == evaluation.Answers && other.GetValueOrThrow().Grades == evaluation.Grades).Label($"{a.Total} / {b.Total}");
        });

    [Property(MaxTest = 60)]
    public Property Score_OneAnswerImproves_TotalNeverFalls_RisesWhenTheMethodCountsIt() =>
        Prop.ForAll(AnyImprovement, improvement =>
        {
            var before = improvement.Before.Score();
            var after = improvement.After.Score();
            var table = improvement.Before.Scheme.Grades;
            var total = improvement.Counts ? after.Total > before.Total : after.Total == before.Total;
            return (total && table.RankOf(after.Grade!) <= table.RankOf(before.Grade!)).Label($"{improvement}: {before.Total} → {after.Total}");
        });

    [Property(MaxTest = 60)]
    public Property Score_BySubComponent_IsTheSumOfWeightTimesGradeValue_Exactly() =>
        Prop.ForAll(BySubComponent, evaluation =>
        {
            var result = evaluation.Score();
            var subs = result.SubComponents.All(s => s.Score == s.SubComponent.Weight * s.Grade!.Value);
            // Summed per component, then over the components, as the worksheet adds (values such as 4/6 are rounded to
            // 28 digits, so the order of additions matters in the last digit).
            var expected = evaluation.Scheme.Components.Sum(c => c.SubComponents.Sum(s => s.Weight * s.Scale!.Find(evaluation.GradeOf(s.Id)!.Code(AnswerSource.FinalElseProposed))!.Value));
            var criteria = result.Criteria.All(k => !k.Counted && k.Points is null);
            return subs.Label("sub-component = weight × grade value")
                .And((result.Total == expected).Label($"total {result.Total} = Σ weight × value {expected}"))
                .And(criteria.Label("criteria are not counted"));
        });

    [Property(MaxTest = 60)]
    public Property Score_ByCriterion_IsTheSumOfWeightTimesMean_Exactly() =>
        Prop.ForAll(ByCriterion, evaluation =>
        {
            var result = evaluation.Score();
            var ok = true;
            var total = 0m;
            foreach (var c in result.Components)
            {
                var component = 0m;
                foreach (var s in c.SubComponents)
                {
                    var values = s.Criteria.Select(k => k.Answer!.Value).ToList();
                    var sub = s.SubComponent;
                    var exact = sub.Method == ScoringMethod.Points
                        ? s.Criteria.Sum(k => k.Answer!.Value * k.Criterion.Points!.Value)
                        : values.Sum() * sub.Weight / values.Count;
                    ok &= s.Score == exact;
                    ok &= sub.Method == ScoringMethod.Points || Math.Abs(s.Score!.Value - (sub.Weight * values.Average())) <= Tolerance;
                    component += exact;
                }

                total += component;
            }

            return ok.Label("sub-component = Σ values × weight / n (≈ weight × mean), or Σ value × points")
                .And((result.Total == total).Label($"total {result.Total} = Σ sub-components {total}"))
                .And(result.SubComponents.All(s => Math.Abs(s.Score!.Value - s.Criteria.Sum(k => k.Points!.Value)) <= Tolerance).Label("sub-component ≈ Σ criterion points"));
        });

    [Property(MaxTest = 60)]
    public Property Score_AllBest_GivesHundredAndBestGrade_EitherMethod() =>
        Prop.ForAll(EvaluationGenerators.SchemeArbitrary(), scheme =>
        {
            var results = Methods(scheme).Select(m => AllAt(scheme, m, s => s.Best).Score()).ToList();
            return results.All(r => r.Total == 100m && r.Grade == scheme.Grades.Grades[0]).Label(string.Join(", ", results.Select(r => $"{r.Method} {r.Total} {r.Grade}")));
        });

    [Property(MaxTest = 60)]
    public Property Score_AllWorst_GivesSumOfWorstOptions_EitherMethod() =>
        Prop.ForAll(EvaluationGenerators.SchemeArbitrary(), scheme =>
        {
            var byCriterion = 0m;
            var bySubComponent = 0m;
            foreach (var sub in scheme.SubComponents)
            {
                byCriterion += sub.Method == ScoringMethod.Points
                    ? sub.Criteria.Sum(k => k.Scale.Worst.Value * k.Points!.Value)
                    : sub.Criteria.Sum(k => k.Scale.Worst.Value) * sub.Weight / sub.Criteria.Count;
                bySubComponent += sub.Scale is { } scale ? scale.Worst.Value * sub.Weight : 0m;
            }

            var ok = true.ToProperty();
            foreach (var method in Methods(scheme))
            {
                var result = AllAt(scheme, method, s => s.Worst).Score();
                var expected = method == EvaluationMethod.SubComponentGrades ? bySubComponent : byCriterion;
                var allZero = method == EvaluationMethod.SubComponentGrades ? scheme.SubComponents.All(s => s.Scale!.Worst.Value == 0m) : scheme.Criteria.All(k => k.Scale.Worst.Value == 0m);
                ok = ok.And((Math.Abs(result.Total!.Value - expected) <= Tolerance
                    && (!allZero || (result.Total == 0m && result.Grade == scheme.Grades.Grades[^1]))).Label($"{method}: {result.Total} vs {expected}"));
            }

            return ok;
        });

    [Property(MaxTest = 60)]
    public Property Score_Parts_AddUpToComponentsAndTotal() =>
        Prop.ForAll(AnyComplete, evaluation =>
        {
            var result = evaluation.Score();
            var componentsAdd = result.Components.All(c => c.Score == c.SubComponents.Sum(s => s.Score));
            var totalAdds = result.Total == result.Components.Sum(c => c.Score);
            return componentsAdd.Label("components = Σ sub-components").And(totalAdds.Label("total = Σ components"));
        });

    [Property(MaxTest = 60)]
    public Property Score_DecidingScoreAndGrade_FollowTheTable() =>
        Prop.ForAll(AnyComplete, evaluation =>
        {
            var result = evaluation.Score();
            var table = evaluation.Scheme.Grades;
            return result.DecidingScore == table.DecidingScore(result.Total!.Value)
                && result.Grade == table.Classify(result.DecidingScore!.Value).GetValueOrThrow();
        });

    [Property(MaxTest = 60)]
    public Property Score_IncompleteEvaluation_HasNoTotalAndListsWhatTheMethodLacks() =>
        Prop.ForAll(EvaluationGenerators.AnyEvaluation().ToArbitrary(), evaluation =>
        {
            var result = evaluation.Score();
            var bySubComponent = evaluation.Method == EvaluationMethod.SubComponentGrades;
            var unanswered = bySubComponent ? [] : evaluation.Scheme.Criteria
                .Where(k => evaluation.AnswerTo(k.Id)?.Code(AnswerSource.FinalElseProposed) is null)
                .Select(k => k.Id)
                .ToList();
            var ungraded = !bySubComponent ? [] : evaluation.Scheme.SubComponents
                .Where(s => evaluation.GradeOf(s.Id)?.Code(AnswerSource.FinalElseProposed) is null)
                .Select(s => s.Id)
                .ToList();
            var listed = result.Unanswered.Select(k => k.Id).SequenceEqual(unanswered) && result.Ungraded.Select(s => s.Id).SequenceEqual(ungraded);
            var nulls = unanswered.Count + ungraded.Count == 0
                ? result.Total is not null && result.Grade is not null
                : result.Total is null && result.Grade is null && result.DecidingScore is null && !result.IsComplete;
            return listed.Label("missing answers listed in worksheet order").And(nulls.Label("no total or grade when incomplete"));
        });

    [Property(MaxTest = 60)]
    public Property Score_AnyCompletion_LiesBetweenMinimumAndMaximum() =>
        Prop.ForAll(CompletionCase.ToArbitrary(), pair =>
        {
            var (partial, completion) = pair;
            var bounds = partial.Score();
            var total = completion.Score().Total!.Value;
            return (bounds.MinimumTotal <= total && total <= bounds.MaximumTotal
                && bounds.MinimumTotal >= 0m && bounds.MaximumTotal <= 100m).Label($"{partial.Method}: {bounds.MinimumTotal} ≤ {total} ≤ {bounds.MaximumTotal}");
        });

    [Property(MaxTest = 60)]
    public Property With_NeverChangesTheOriginal() =>
        Prop.ForAll(AnyImprovement, improvement =>
        {
            var before = improvement.Before;
            var (answers, grades, total) = (before.Answers, before.Grades, before.Score().Total);
            var cleared = improvement.IsSubComponent
                ? before.WithGrades(new SubComponentAnswer(improvement.CriterionId, null, null))
                : before.With(new CriterionAnswer(improvement.CriterionId, null, null));
            var read = improvement.IsSubComponent
                ? (before.GradeOf(improvement.CriterionId)!.Code(AnswerSource.FinalElseProposed), improvement.After.GradeOf(improvement.CriterionId)!.Final)
                : (before.AnswerTo(improvement.CriterionId)!.Code(AnswerSource.FinalElseProposed), improvement.After.AnswerTo(improvement.CriterionId)!.Final);
            return (cleared.IsSuccess && before.Answers == answers && before.Grades == grades && before.Score().Total == total
                && read == (improvement.From, improvement.To)
                && cleared.GetValueOrThrow().Score().IsComplete == !improvement.Counts).Label(improvement.ToString());
        });

    [Property(MaxTest = 60)]
    public Property Score_IsDeterministic() =>
        Prop.ForAll(EvaluationGenerators.AnyEvaluation().ToArbitrary(), evaluation =>
        {
            var first = evaluation.Score();
            var second = evaluation.Score();
            var rebuilt = Evaluation.Create(evaluation.Scheme, evaluation.Subject, evaluation.Year, evaluation.Method, evaluation.Answers.Reverse(), evaluation.Grades.Reverse()).GetValueOrThrow().Score();
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

                foreach (var s in result.SubComponents.Where(s => s.SubComponent.Scale is not null))
                {
                    var code = evaluation.GradeOf(s.SubComponent.Id)?.Code(source);
                    ok &= s.Grade?.Code == code;
                    ok &= (s.GradeSource is null) == (code is null);
                    ok &= source == AnswerSource.FinalElseProposed || s.GradeSource is null || s.GradeSource == source;
                }
            }

            return ok;
        });

    [Property(MaxTest = 60)]
    public Property Compare_WithItself_HasNoDeltas() =>
        Prop.ForAll(EvaluationGenerators.AnyEvaluation().ToArbitrary(), evaluation =>
        {
            var result = evaluation.Score();
            var comparisons = new[] { EvaluationComparison.Compare(result, result), EvaluationComparison.Compare(result, evaluation.Score()) };
            return comparisons.All(c => c.Criteria.Count == 0 && c.SubComponents.Count == 0
                && c.Components.All(k => k.Delta == (k.Before is null ? null : 0m))
                && c.TotalDelta == (result.IsComplete ? 0m : null)
                && c.GradeChange == (result.IsComplete ? GradeChange.Same : GradeChange.Unknown)).Label(evaluation.ToString());
        });

    /// <summary>An evaluation with some answers and grades missing, and a completion of it (the missing ones filled
    /// in), by the same method.</summary>
    private static Gen<(Evaluation Partial, Evaluation Complete)> CompletionCase { get; } =
        from scheme in EvaluationGenerators.Schemes()
        from complete in EvaluationGenerators.CompleteEvaluations(scheme)
        from keep in Gen.ArrayOf(Gen.Elements(true, true, false), scheme.Criteria.Count)
        from keepGrades in Gen.ArrayOf(Gen.Elements(true, true, false), complete.Grades.Count)
        select (Evaluation.Create(scheme, "Instansi Uji", complete.Year, complete.Method, complete.Answers.Where((_, i) => keep[i]), complete.Grades.Where((_, i) => keepGrades[i])).GetValueOrThrow(), complete);

    private static IEnumerable<EvaluationMethod> Methods(EvaluationScheme scheme) =>
        scheme.SupportsSubComponentGrades ? [EvaluationMethod.CriterionGrades, EvaluationMethod.SubComponentGrades] : [EvaluationMethod.CriterionGrades];

    private static Evaluation AllAt(EvaluationScheme scheme, EvaluationMethod method, Func<AnswerScale, AnswerOption> pick) =>
        Evaluation.Create(
            scheme,
            "Instansi Uji",
            2024,
            method,
            scheme.Criteria.Select(k => new CriterionAnswer(k.Id, null, pick(k.Scale).Code)),
            scheme.SubComponents.Where(s => s.Scale is not null).Select(s => new SubComponentAnswer(s.Id, null, pick(s.Scale!).Code))).GetValueOrThrow();

    private static bool Same(EvaluationResult a, EvaluationResult b) =>
        a.Total == b.Total && a.Grade == b.Grade && a.MinimumTotal == b.MinimumTotal && a.MaximumTotal == b.MaximumTotal
        && a.Unanswered == b.Unanswered && a.Ungraded == b.Ungraded && a.Findings == b.Findings
        && a.Criteria.Select(k => k.Points).SequenceEqual(b.Criteria.Select(k => k.Points))
        && a.SubComponents.Select(s => s.Score).SequenceEqual(b.SubComponents.Select(s => s.Score));
}
