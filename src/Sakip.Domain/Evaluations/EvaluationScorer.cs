namespace Sakip.Domain.Evaluations;

/// <summary>Scores evaluations: sub-component = mean of values × weight (or sum of value × points), component = sum of
/// sub-components, total = sum of components.</summary>
internal static class EvaluationScorer
{
    public static EvaluationResult Score(Evaluation evaluation, AnswerSource source)
    {
        var scheme = evaluation.Scheme;
        var index = 0;
        var components = new ComponentScore[scheme.Components.Count];
        var unanswered = new List<Criterion>();
        var findings = new List<LogicFinding>();
        decimal total = 0m, minimum = 0m, maximum = 0m;
        var complete = true;
        for (var c = 0; c < components.Length; c++)
        {
            var component = scheme.Components[c];
            var subs = new SubComponentScore[component.SubComponents.Count];
            decimal componentTotal = 0m;
            var componentComplete = true;
            for (var s = 0; s < subs.Length; s++)
            {
                var sub = component.SubComponents[s];
                var n = sub.Criteria.Count;
                var criteria = new CriterionScore[n];
                decimal sum = 0m, low = 0m, high = 0m;
                var subComplete = true;
                for (var k = 0; k < n; k++, index++)
                {
                    var criterion = sub.Criteria[k];
                    var factor = sub.Method == ScoringMethod.Points ? criterion.Points!.Value : sub.Weight / n;
                    var weightOf = sub.Method == ScoringMethod.Points ? criterion.Points!.Value : 1m;
                    var (option, used) = Read(evaluation, index, source);
                    criteria[k] = new CriterionScore(criterion, option, used, factor);
                    if (option is null)
                    {
                        subComplete = false;
                        unanswered.Add(criterion);
                        low += criterion.Scale.Worst.Value * weightOf;
                        high += criterion.Scale.Best.Value * weightOf;
                    }
                    else
                    {
                        sum += option.Value * weightOf;
                        low += option.Value * weightOf;
                        high += option.Value * weightOf;
                        Check(evaluation, index, option, source, findings);
                    }
                }

                var scale = sub.Method == ScoringMethod.Points ? 1m : sub.Weight;
                var divisor = sub.Method == ScoringMethod.Points ? 1m : n;
                minimum += low * scale / divisor;
                maximum += high * scale / divisor;
                decimal? score = subComplete ? Normalize(sum * scale / divisor) : null;
                subs[s] = new SubComponentScore(sub, score, criteria);
                componentComplete &= subComplete;
                componentTotal += score ?? 0m;
            }

            components[c] = new ComponentScore(component, componentComplete ? Normalize(componentTotal) : null, subs);
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
            DecidingScore = deciding,
            Grade = deciding is { } d ? scheme.Grades.GradeOf(d) : null,
            MinimumTotal = complete ? total : Normalize(minimum),
            MaximumTotal = complete ? total : Normalize(maximum),
            Unanswered = [.. unanswered],
            Findings = [.. findings],
        };
    }

    /// <summary>The same value without trailing zeros (67.500 → 67.5); dividing by one is exact.</summary>
    internal static decimal Normalize(decimal value) => value / 1.0000000000000000000000000000m;

    internal static (AnswerOption? Option, AnswerSource? Used) Read(Evaluation evaluation, int index, AnswerSource source)
    {
        if (evaluation.AnswerAt(index) is not { } answer)
        {
            return (null, null);
        }

        var criterion = evaluation.Scheme.Criteria[index];
        return source switch
        {
            AnswerSource.Final => (criterion.Scale.Find(answer.Final), answer.Final is null ? null : AnswerSource.Final),
            AnswerSource.Proposed => (criterion.Scale.Find(answer.Proposed), answer.Proposed is null ? null : AnswerSource.Proposed),
            _ when answer.Final is not null => (criterion.Scale.Find(answer.Final), AnswerSource.Final),
            _ => (criterion.Scale.Find(answer.Proposed), answer.Proposed is null ? null : AnswerSource.Proposed),
        };
    }

    private static void Check(Evaluation evaluation, int index, AnswerOption option, AnswerSource source, List<LogicFinding> findings)
    {
        var dependency = evaluation.Scheme.Dependencies[index];
        if (dependency < 0 || Read(evaluation, dependency, source).Option is not { } basis || option.Value <= basis.Value)
        {
            return;
        }

        var criterion = evaluation.Scheme.Criteria[index];
        var on = evaluation.Scheme.Criteria[dependency];
        findings.Add(new LogicFinding(criterion.Id, on.Id, option.Value, basis.Value, Messages.AboveDependency(criterion.Id, on.Id)));
    }
}
