using System.Diagnostics;
using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>One answer improvement on the road to a grade: a criterion (graded per criterion) or a sub-component
/// (graded as a whole) lifted from one answer to a better one, and the points it adds to the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">The criterion or sub-component id, e.g. <c>1a.3</c> or <c>1b</c>.</param>
/// <param name="Title">The criterion's title or the sub-component's name.</param>
/// <param name="From">The current answer.</param>
/// <param name="To">The better answer.</param>
/// <param name="Points">The points it adds: (value of <paramref name="To"/> − value of <paramref name="From"/>) × the
/// criterion's factor or the sub-component's weight.</param>
public sealed record AnswerImprovement(string Id, string Title, AnswerOption From, AnswerOption To, decimal Points)
{
    /// <summary>Whether the improvement is a sub-component's grade (the evaluation grades sub-components), not a
    /// criterion's answer.</summary>
    public bool IsSubComponent { get; init; }

    /// <inheritdoc />
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Id}: {From.Code} → {To.Code} (+{Points:0.####})");
}

/// <summary>
/// What it takes to reach a grade: the smallest set of answer improvements that lifts an evaluation's deciding score
/// into the next grade (or a target grade), with the points each adds.
/// </summary>
/// <remarks>
/// <para>The road has the fewest criteria of any road (answers add up linearly, so no smaller set of improvements can
/// reach the grade when the largest possible improvements of that many criteria do not); each chosen criterion is then
/// lifted only as far as needed, the smallest contributions trimmed first.</para>
/// <para>The road follows the evaluation's method: it lifts criterion answers when criteria are graded, and
/// sub-component grades when sub-components are. Improvements never create an above-dependency finding: an answer that
/// depends on another is lifted at most to the value of its dependency's current answer. Roads need a complete
/// evaluation. Immutable and thread-safe.</para>
/// </remarks>
[DebuggerDisplay("{Current.Grade.Code,nq} → {Target.Code,nq}: {Steps.Count} steps, reachable {Reachable}")]
public sealed record GradeRoad
{
    internal GradeRoad()
    {
    }

    /// <summary>The evaluation's current result.</summary>
    public EvaluationResult Current { get; internal init; } = null!;

    /// <summary>The grade aimed at.</summary>
    public Grade Target { get; internal init; } = null!;

    /// <summary>Whether the target can be reached by improving answers at all. When it cannot, <see cref="Steps"/>
    /// lifts every criterion as far as it goes and <see cref="ResultingGrade"/> is the best reachable grade.</summary>
    public bool Reachable { get; internal init; }

    /// <summary>The improvements, largest contribution first; empty when the evaluation is already at the target.</summary>
    public ValueList<AnswerImprovement> Steps { get; internal init; }

    /// <summary>The result after the improvements.</summary>
    public EvaluationResult Resulting { get; internal init; } = null!;

    /// <summary>The grade after the improvements.</summary>
    public Grade ResultingGrade => Resulting.Grade!;

    /// <summary>The points the improvements add to the total.</summary>
    public decimal PointsAdded => Resulting.Total!.Value - Current.Total!.Value;

    /// <summary>Finds the road from a scored evaluation to the next grade, or to <paramref name="target"/>.</summary>
    /// <param name="result">A scored, complete evaluation.</param>
    /// <param name="target">The grade to reach, a grade of the scheme's table; <see langword="null"/> for the next
    /// grade above the current one (the current one when it is already the best).</param>
    /// <returns>The road, or the problems: the unanswered criteria of an incomplete evaluation, or a target that is
    /// not a grade of the scheme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static Result<GradeRoad> Find(EvaluationResult result, Grade? target = null)
    {
        Guard.Against.Null(result);
        if (!result.IsComplete)
        {
            return Result<GradeRoad>.Failure(
                result.Unanswered.Select(c => new Problem($"answers.{c.Id}", Messages.Unanswered))
                    .Concat(result.Ungraded.Select(s => new Problem($"grades.{s.Id}", Messages.UngradedSubComponent))));
        }

        var table = result.Evaluation.Scheme.Grades;
        var current = result.Grade!;
        if (target is not null && table.Find(target.Code) is null)
        {
            return Result<GradeRoad>.Failure([new Problem("target", Messages.UnknownGrade(target.Code, table))]);
        }

        var aim = target is null ? table.Above(current) ?? current : table.Find(target.Code)!;
        if (table.Reaches(result.DecidingScore!.Value, aim))
        {
            return Result<GradeRoad>.Success(new GradeRoad { Current = result, Target = aim, Reachable = true, Steps = [], Resulting = result });
        }

        return Result<GradeRoad>.Success(Search(result, aim));
    }

    /// <summary>The evaluation with the road's improvements applied (as final answers, or as proposed answers when the
    /// result was scored from proposed answers).</summary>
    /// <returns>The improved evaluation.</returns>
    public Evaluation Apply() => Resulting.Evaluation;

    /// <summary>Explains the road.</summary>
    /// <param name="language">The language.</param>
    /// <returns>E.g. <c>From 67.5 (B) to BB (&gt; 70): 2 improvements adding 2.8125 points → 70.3125 (BB): …</c>.</returns>
    public string Explain(Language language)
    {
        var id = language == Language.Indonesian;
        var c = Cultures.For(language);
        var text = new StringBuilder();
        var grades = Current.Evaluation.Scheme.Grades;
        var edge = Target.LowerEdge is { } e ? $"{grades.EdgeSign()} {CriterionScore.Num(e, c)}" : "≥ 0";
        text.Append(string.Format(c, id ? "Dari {0} ({1}) ke {2} ({3}): " : "From {0} ({1}) to {2} ({3}): ", CriterionScore.Num(Current.Total!.Value, c), Current.Grade!.Code, Target.Code, edge));
        if (Steps.Count == 0)
        {
            return text.Append(id ? "sudah tercapai" : "already reached").ToString();
        }

        text.Append(string.Format(
            c,
            id ? "{0} perbaikan jawaban menambah {1} poin → {2} ({3}){4}" : "{0} answer improvements adding {1} points → {2} ({3}){4}",
            Steps.Count,
            CriterionScore.Num(PointsAdded, c),
            CriterionScore.Num(Resulting.Total!.Value, c),
            ResultingGrade.Code,
            Reachable ? string.Empty : (id ? "; target tidak dapat dicapai hanya dengan perbaikan jawaban" : "; the target cannot be reached by improving answers alone")));
        foreach (var step in Steps)
        {
            text.Append(string.Format(c, "; {0} {1} → {2} (+{3})", step.Id, step.From.Code, step.To.Code, CriterionScore.Num(step.Points, c)));
        }

        return text.ToString();
    }

    private static GradeRoad Search(EvaluationResult result, Grade aim)
    {
        var scheme = result.Evaluation.Scheme;
        var slots = Slots(result);

        // Every answer that can improve, with its options above the current answer and within its dependency's value.
        var candidates = new List<Candidate>();
        for (var i = 0; i < slots.Length; i++)
        {
            var from = slots[i].Answer;
            var cap = slots[i].DependsOn < 0 ? 1m : slots[slots[i].DependsOn].Answer.Value;
            var better = slots[i].Scale.Options.Where(o => o.Value > from.Value && o.Value <= cap).Reverse().ToArray();
            if (better.Length > 0)
            {
                candidates.Add(new Candidate(i, from, better));
            }
        }

        // Largest possible contribution first; worksheet order breaks ties.
        candidates.Sort((a, b) =>
        {
            var byGain = ((b.Options[^1].Value - b.From.Value) * slots[b.Index].Factor).CompareTo((a.Options[^1].Value - a.From.Value) * slots[a.Index].Factor);
            return byGain != 0 ? byGain : a.Index.CompareTo(b.Index);
        });

        var chosen = new int[candidates.Count];
        for (var k = 1; k <= candidates.Count; k++)
        {
            for (var j = 0; j < k; j++)
            {
                chosen[j] = candidates[j].Options.Length - 1;
            }

            var attempt = Score(result, candidates, chosen, k);
            if (!scheme.Grades.Reaches(attempt.DecidingScore!.Value, aim))
            {
                if (k == candidates.Count)
                {
                    return Road(result, slots, aim, reachable: false, candidates, chosen, k, attempt);
                }

                continue;
            }

            // Trim: lift each chosen answer only as far as needed, smallest contribution first.
            for (var j = k - 1; j >= 0; j--)
            {
                var best = chosen[j];
                for (var option = 0; option < best; option++)
                {
                    chosen[j] = option;
                    var trimmed = Score(result, candidates, chosen, k);
                    if (scheme.Grades.Reaches(trimmed.DecidingScore!.Value, aim))
                    {
                        best = option;
                        break;
                    }
                }

                chosen[j] = best;
            }

            return Road(result, slots, aim, reachable: true, candidates, chosen, k, Score(result, candidates, chosen, k));
        }

        // Nothing can improve at all.
        return new GradeRoad { Current = result, Target = aim, Reachable = false, Steps = [], Resulting = result };
    }

    /// <summary>The answers the method scores from: criteria, or sub-component grades, in worksheet order.</summary>
    private static Slot[] Slots(EvaluationResult result)
    {
        var scheme = result.Evaluation.Scheme;
        if (result.Method == EvaluationMethod.SubComponentGrades)
        {
            var subs = result.SubComponents.ToArray();
            return [.. subs.Select((s, i) => new Slot(s.SubComponent.Id, s.SubComponent.Name, s.Grade!, s.SubComponent.Scale!, s.SubComponent.Weight, scheme.SubComponentDependencies[i], true))];
        }

        var scores = result.Criteria.ToArray();
        return [.. scores.Select((k, i) => new Slot(k.Criterion.Id, k.Criterion.Title, k.Answer!, k.Criterion.Scale, k.Factor, scheme.Dependencies[i], false))];
    }

    private static EvaluationResult Score(EvaluationResult result, List<Candidate> candidates, int[] chosen, int count)
    {
        var evaluation = result.Evaluation;
        var proposed = result.Source == AnswerSource.Proposed;
        if (result.Method == EvaluationMethod.SubComponentGrades)
        {
            var grades = evaluation.CopyGrades();
            for (var j = 0; j < count; j++)
            {
                var code = candidates[j].Options[chosen[j]].Code;
                var grade = grades[candidates[j].Index]!;
                grades[candidates[j].Index] = proposed ? grade with { Proposed = code } : grade with { Final = code };
            }

            return evaluation.WithGradesUnchecked(grades).Score(result.Source);
        }

        var answers = evaluation.CopyAnswers();
        for (var j = 0; j < count; j++)
        {
            var code = candidates[j].Options[chosen[j]].Code;
            var answer = answers[candidates[j].Index]!;
            answers[candidates[j].Index] = proposed ? answer with { Proposed = code } : answer with { Final = code };
        }

        return evaluation.WithAnswersUnchecked(answers).Score(result.Source);
    }

    private static GradeRoad Road(EvaluationResult result, Slot[] slots, Grade aim, bool reachable, List<Candidate> candidates, int[] chosen, int count, EvaluationResult resulting)
    {
        var steps = new List<(int Index, AnswerImprovement Step)>(count);
        for (var j = 0; j < count; j++)
        {
            var candidate = candidates[j];
            var slot = slots[candidate.Index];
            var to = candidate.Options[chosen[j]];
            steps.Add((candidate.Index, new AnswerImprovement(slot.Id, slot.Title, candidate.From, to, (to.Value - candidate.From.Value) * slot.Factor) { IsSubComponent = slot.IsSubComponent }));
        }

        var ordered = steps.OrderByDescending(s => s.Step.Points).ThenBy(s => s.Index).Select(s => s.Step);
        return new GradeRoad { Current = result, Target = aim, Reachable = reachable, Steps = [.. ordered], Resulting = resulting };
    }

    /// <summary>What LINQPad shows for the road (it calls <c>ToDump</c> by name): from which total and grade to which,
    /// the answer improvements as rows and the road in both languages, instead of both whole evaluation results.</summary>
    private object ToDump() => new
    {
        From = Current.Grade!.Code,
        Total = DumpView.Presented(Current.PresentedTotal),
        Target = Target.Code,
        Reachable,
        Resulting = ResultingGrade.Code,
        ResultingTotal = DumpView.Presented(Resulting.PresentedTotal),
        PointsAdded = DumpView.Presented(Resulting.PresentedTotal - Current.PresentedTotal),
        Steps = Steps.Select(k => new { k.Id, k.Title, From = k.From.Code, To = k.To.Code, Points = DumpView.Shown(k.Points) }).ToArray(),
        Sentence = Explain(Language.Indonesian),
        SentenceEnglish = Explain(Language.English),
    };

    /// <summary>An answer the method scores from: its id and title, current answer, scale, points at value 1, the
    /// index of the slot it depends on (−1 for none), and whether it is a sub-component's grade.</summary>
    private sealed record Slot(string Id, string Title, AnswerOption Answer, AnswerScale Scale, decimal Factor, int DependsOn, bool IsSubComponent);

    /// <summary>An answer that can improve: its slot index, current answer, and better options from the least to the
    /// most.</summary>
    private sealed record Candidate(int Index, AnswerOption From, AnswerOption[] Options);
}
