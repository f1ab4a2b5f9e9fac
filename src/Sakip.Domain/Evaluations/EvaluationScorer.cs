namespace Sakip.Domain.Evaluations;

/// <summary>Scores evaluations. Per criterion: sub-component = mean of values × weight (or sum of value × points). Per
/// sub-component: sub-component = weight × the grade's value. Component = sum of sub-components, total = sum of
/// components. Answers the method does not count are checked against those it does.</summary>
internal static class EvaluationScorer
{
    public static EvaluationResult Score(Evaluation evaluation, AnswerSource source)
    {
        var scheme = evaluation.Scheme;
        var byGrade = evaluation.Method == EvaluationMethod.SubComponentGrades;
        var index = 0;
        var flat = 0;
        var presentation = EvaluationResult.PresentationOf(scheme);
        var components = new ComponentScore[scheme.Components.Count];
        var unanswered = new List<Criterion>();
        var ungraded = new List<SubComponent>();
        var findings = new List<LogicFinding>();
        decimal total = 0m, minimum = 0m, maximum = 0m;
        var complete = true;
        for (var c = 0; c < components.Length; c++)
        {
            var component = scheme.Components[c];
            var subs = new SubComponentScore[component.SubComponents.Count];
            decimal componentTotal = 0m;
            var componentComplete = true;
            for (var s = 0; s < subs.Length; s++, flat++)
            {
                var sub = component.SubComponents[s];
                var n = sub.Criteria.Count;
                var criteria = new CriterionScore[n];
                decimal sum = 0m, low = 0m, high = 0m;
                var allAnswered = true;
                for (var k = 0; k < n; k++, index++)
                {
                    var criterion = sub.Criteria[k];
                    var factor = sub.Method == ScoringMethod.Points ? criterion.Points!.Value : sub.Weight / n;
                    var weightOf = sub.Method == ScoringMethod.Points ? criterion.Points!.Value : 1m;
                    var (option, used) = Read(evaluation, index, source);
                    criteria[k] = new CriterionScore(criterion, option, used, factor) { Counted = !byGrade };
                    if (option is null)
                    {
                        allAnswered = false;
                        if (!byGrade)
                        {
                            unanswered.Add(criterion);
                        }

                        low += criterion.Scale.Worst.Value * weightOf;
                        high += criterion.Scale.Best.Value * weightOf;
                    }
                    else
                    {
                        sum += option.Value * weightOf;
                        low += option.Value * weightOf;
                        high += option.Value * weightOf;
                        CheckCriterion(evaluation, index, option, source, findings);
                    }
                }

                // Per criterion the score is Σ value × points (points) or Σ values × weight / n (mean), the same
                // expression as the bounds, so that a completion never falls outside them by a rounding digit.
                var points = sub.Method == ScoringMethod.Points;
                var scale = points ? 1m : sub.Weight;
                var divisor = points ? 1m : n;
                decimal? criteriaValue = allAnswered ? Normalize(sum / (points ? sub.Weight : n)) : null;
                var (grade, gradeUsed) = ReadGrade(evaluation, flat, source);
                if (grade is not null)
                {
                    CheckSubComponent(evaluation, flat, grade, criteriaValue, source, findings);
                }

                decimal? score;
                if (byGrade)
                {
                    score = grade is null ? null : Normalize(grade.Value * sub.Weight);
                    minimum += score ?? sub.Scale!.Worst.Value * sub.Weight;
                    maximum += score ?? sub.Scale!.Best.Value * sub.Weight;
                    if (grade is null)
                    {
                        ungraded.Add(sub);
                    }
                }
                else
                {
                    score = allAnswered ? Normalize(sum * scale / divisor) : null;
                    minimum += low * scale / divisor;
                    maximum += high * scale / divisor;
                }

                subs[s] = new SubComponentScore(sub, score, criteria)
                {
                    Method = evaluation.Method,
                    Grade = grade,
                    GradeSource = gradeUsed,
                    CriteriaValue = criteriaValue,
                    PresentedScore = score is { } presented ? presentation.Apply(presented) : null,
                };
                componentComplete &= score is not null;
                componentTotal += score ?? 0m;
            }

            components[c] = new ComponentScore(component, componentComplete ? Normalize(componentTotal) : null, subs)
            {
                PresentedScore = componentComplete ? presentation.Apply(componentTotal) : null,
            };
            complete &= componentComplete;
            total += componentTotal;
        }

        total = Normalize(total);
        var deciding = complete ? scheme.Grades.DecidingScore(total) : (decimal?)null;
        return new EvaluationResult
        {
            Evaluation = evaluation,
            Source = source,
            Components = components,
            Total = complete ? total : null,
            Presentation = presentation,
            DecidingScore = deciding,
            Grade = deciding is { } d ? scheme.Grades.GradeOf(d) : null,
            MinimumTotal = complete ? total : Normalize(minimum),
            MaximumTotal = complete ? total : Normalize(maximum),
            Unanswered = [.. unanswered],
            Ungraded = [.. ungraded],
            Findings = [.. findings],
        };
    }

    /// <summary>The same value without trailing zeros (67.500 → 67.5); dividing by one is exact.</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    internal static (AnswerOption? Option, AnswerSource? Used) Read(Evaluation evaluation, int index, AnswerSource source) =>
        evaluation.AnswerAt(index) is { } answer ? Read(evaluation.Scheme.Criteria[index].Scale, answer.Proposed, answer.Final, source) : (null, null);

    internal static (AnswerOption? Option, AnswerSource? Used) ReadGrade(Evaluation evaluation, int index, AnswerSource source) =>
        evaluation.GradeAt(index) is { } answer && evaluation.Scheme.SubComponents[index].Scale is { } scale
            ? Read(scale, answer.Proposed, answer.Final, source)
            : (null, null);

    /// <summary>The option of <paramref name="scale"/> nearest to <paramref name="value"/>; ties go to the lower option.</summary>
    internal static AnswerOption Nearest(AnswerScale scale, decimal value)
    {
        var best = scale.Options[0];
        foreach (var option in scale.Options)
        {
            // Options run best first, so a later option at the same distance is the lower one.
            if (Math.Abs(option.Value - value) <= Math.Abs(best.Value - value))
            {
                best = option;
            }
        }

        return best;
    }

    /// <summary>The option the source selects (<see cref="CriterionAnswer.Select"/>, shared with the answers' own
    /// <c>Code</c>) and which answer it was.</summary>
    private static (AnswerOption? Option, AnswerSource? Used) Read(AnswerScale scale, string? proposed, string? final, AnswerSource source)
    {
        if (CriterionAnswer.Select(source, proposed, final) is not { } code)
        {
            return (null, null);
        }

        var used = source == AnswerSource.Proposed || (source == AnswerSource.FinalElseProposed && final is null) ? AnswerSource.Proposed : AnswerSource.Final;
        return (scale.Find(code), used);
    }

    private static void CheckCriterion(Evaluation evaluation, int index, AnswerOption option, AnswerSource source, List<LogicFinding> findings)
    {
        var dependency = evaluation.Scheme.Dependencies[index];
        if (dependency < 0 || Read(evaluation, dependency, source).Option is not { } basis || option.Value <= basis.Value)
        {
            return;
        }

        var criterion = evaluation.Scheme.Criteria[index];
        var on = evaluation.Scheme.Criteria[dependency];
        findings.Add(new LogicFinding(LogicFindingKind.AboveDependency, criterion.Id, on.Id, option.Value, basis.Value, Messages.AboveDependency(criterion.Id, on.Id)));
    }

    private static void CheckSubComponent(Evaluation evaluation, int index, AnswerOption grade, decimal? criteriaValue, AnswerSource source, List<LogicFinding> findings)
    {
        var sub = evaluation.Scheme.SubComponents[index];
        var dependency = evaluation.Scheme.SubComponentDependencies[index];
        if (dependency >= 0 && ReadGrade(evaluation, dependency, source).Option is { } basis && grade.Value > basis.Value)
        {
            var on = evaluation.Scheme.SubComponents[dependency];
            findings.Add(new LogicFinding(LogicFindingKind.AboveDependency, sub.Id, on.Id, grade.Value, basis.Value, Messages.SubComponentAboveDependency(sub.Id, on.Id)));
        }

        if (criteriaValue is { } value && Nearest(sub.Scale!, value) is var nearest && nearest.Code != grade.Code)
        {
            findings.Add(new LogicFinding(LogicFindingKind.GradeMismatch, sub.Id, null, grade.Value, value, Messages.GradeMismatch(sub.Id, grade.Code, grade.Value, value, nearest.Code)));
        }
    }
}
