using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Serialization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>How the grade moved between two evaluations.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<GradeChange>))]
public enum GradeChange
{
    /// <summary>At least one evaluation is incomplete, or the grades come from tables without a common code.</summary>
    Unknown = 0,

    /// <summary>A worse grade.</summary>
    Down = 1,

    /// <summary>The same grade.</summary>
    Same = 2,

    /// <summary>A better grade.</summary>
    Up = 3,
}

/// <summary>A component's score before and after.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="ComponentId">The component id.</param>
/// <param name="Name">The component name (as the later scheme names it).</param>
/// <param name="Before">The earlier score; <see langword="null"/> when incomplete or when the earlier scheme has no
/// such component.</param>
/// <param name="After">The later score; <see langword="null"/> when incomplete or when the later scheme has no such
/// component.</param>
public sealed record ComponentDelta(string ComponentId, string Name, decimal? Before, decimal? After)
{
    /// <summary>After − before, or <see langword="null"/> when either is unknown.</summary>
    public decimal? Delta => Before is { } b && After is { } a ? a - b : null;

    /// <summary>The earlier score as presented (rounded as the earlier result presents it).</summary>
    public decimal? PresentedBefore { get; init; }

    /// <summary>The later score as presented (rounded as the later result presents it).</summary>
    public decimal? PresentedAfter { get; init; }

    /// <summary>The change between the presented scores (so that a printed before, after and change add up), or
    /// <see langword="null"/> when either is unknown.</summary>
    public decimal? PresentedDelta => PresentedBefore is { } b && PresentedAfter is { } a ? a - b : null;
}

/// <summary>A criterion whose answer differs between two evaluations of the same scheme.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Criterion">The criterion.</param>
/// <param name="Before">The earlier answer, or <see langword="null"/> when unanswered.</param>
/// <param name="After">The later answer, or <see langword="null"/> when unanswered.</param>
/// <param name="Points">The points the change adds to the total (negative when it takes points away);
/// <see langword="null"/> when either side is unanswered.</param>
public sealed record CriterionDelta(Criterion Criterion, AnswerOption? Before, AnswerOption? After, decimal? Points);

/// <summary>A sub-component whose grade differs between two evaluations of the same scheme.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="SubComponent">The sub-component.</param>
/// <param name="Before">The earlier grade, or <see langword="null"/> when not graded.</param>
/// <param name="After">The later grade, or <see langword="null"/> when not graded.</param>
/// <param name="Points">The change of the sub-component's score (negative when it fell); <see langword="null"/> when
/// either score is unknown.</param>
public sealed record SubComponentDelta(SubComponent SubComponent, AnswerOption? Before, AnswerOption? After, decimal? Points);

/// <summary>
/// Two evaluations side by side — year over year (58.3 → 58.7) or a what-if against the original: per-component
/// deltas, total delta, grade change, and, for the same scheme, every criterion whose answer changed.
/// </summary>
/// <remarks>Components are matched by id; evaluations under different schemes (12/2015 then 88/2021) compare
/// totals and grades, and list components present in only one of them with the other side empty. Immutable and
/// thread-safe.</remarks>
public sealed record EvaluationComparison
{
    internal EvaluationComparison()
    {
    }

    /// <summary>The earlier (or original) result.</summary>
    public EvaluationResult Before { get; internal init; } = null!;

    /// <summary>The later (or what-if) result.</summary>
    public EvaluationResult After { get; internal init; } = null!;

    /// <summary>Per-component scores, in the later scheme's order, then components only the earlier one has.</summary>
    public ValueList<ComponentDelta> Components { get; internal init; }

    /// <summary>Criteria whose answer changed (same scheme id only; empty otherwise).</summary>
    public ValueList<CriterionDelta> Criteria { get; internal init; }

    /// <summary>Sub-components whose grade changed (same scheme id only; empty otherwise).</summary>
    public ValueList<SubComponentDelta> SubComponents { get; internal init; }

    /// <summary>Total after − total before, or <see langword="null"/> when either is incomplete.</summary>
    public decimal? TotalDelta => Before.Total is { } b && After.Total is { } a ? a - b : null;

    /// <summary>The change between the presented totals (<see cref="EvaluationResult.PresentedTotal"/>), or
    /// <see langword="null"/> when either is incomplete.</summary>
    public decimal? PresentedTotalDelta => Before.PresentedTotal is { } b && After.PresentedTotal is { } a ? a - b : null;

    /// <summary>Deciding score after − deciding score before: the difference of the published (rounded) totals, which
    /// may differ from the rounded <see cref="TotalDelta"/> (totals 60.004 and 60.015 publish as 60.00 and 60.02, a
    /// deciding delta of 0.02 against an exact delta of 0.011); <see langword="null"/> when either is incomplete.</summary>
    public decimal? DecidingDelta => Before.DecidingScore is { } b && After.DecidingScore is { } a ? a - b : null;

    /// <summary>How the grade moved.</summary>
    public GradeChange GradeChange
    {
        get
        {
            if (Before.Grade is not { } before || After.Grade is not { } after || After.Evaluation.Scheme.Grades.Find(before.Code) is not { } mapped)
            {
                return GradeChange.Unknown;
            }

            var table = After.Evaluation.Scheme.Grades;
            var change = table.RankOf(mapped).CompareTo(table.RankOf(after));
            return change switch
            {
                > 0 => GradeChange.Up,
                < 0 => GradeChange.Down,
                _ => GradeChange.Same,
            };
        }
    }

    /// <summary>Compares two scored evaluations.</summary>
    /// <param name="before">The earlier (or original) result.</param>
    /// <param name="after">The later (or what-if) result.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EvaluationComparison Compare(EvaluationResult before, EvaluationResult after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        var components = new List<ComponentDelta>();
        foreach (var a in after.Components)
        {
            var earlier = before.Component(a.Component.Id);
            components.Add(new ComponentDelta(a.Component.Id, a.Component.Name, earlier?.Score, a.Score)
            {
                PresentedBefore = earlier?.PresentedScore,
                PresentedAfter = a.PresentedScore,
            });
        }

        foreach (var b in before.Components.Where(b => after.Component(b.Component.Id) is null))
        {
            components.Add(new ComponentDelta(b.Component.Id, b.Component.Name, b.Score, null) { PresentedBefore = b.PresentedScore });
        }

        var criteria = new List<CriterionDelta>();
        var subComponents = new List<SubComponentDelta>();
        if (string.Equals(before.Evaluation.Scheme.Id, after.Evaluation.Scheme.Id, StringComparison.OrdinalIgnoreCase))
        {
            var earlierSubs = before.SubComponents.ToDictionary(s => s.SubComponent.Id, StringComparer.OrdinalIgnoreCase);
            foreach (var later in after.SubComponents)
            {
                var was = earlierSubs.GetValueOrDefault(later.SubComponent.Id);
                if (was?.Grade?.Code != later.Grade?.Code)
                {
                    subComponents.Add(new SubComponentDelta(later.SubComponent, was?.Grade, later.Grade, later.Score - was?.Score));
                }
            }

            var earlier = before.Criteria.ToDictionary(c => c.Criterion.Id, StringComparer.OrdinalIgnoreCase);
            foreach (var later in after.Criteria)
            {
                var was = earlier.GetValueOrDefault(later.Criterion.Id);
                if (was?.Answer?.Code != later.Answer?.Code)
                {
                    criteria.Add(new CriterionDelta(later.Criterion, was?.Answer, later.Answer, later.Points - was?.Points));
                }
            }
        }

        return new EvaluationComparison { Before = before, After = after, Components = [.. components], Criteria = [.. criteria], SubComponents = [.. subComponents] };
    }

    /// <summary>A what-if: scores the evaluation with some answers replaced and compares it with the original, which is
    /// not changed.</summary>
    /// <param name="original">The original result.</param>
    /// <param name="changes">The replacing answers.</param>
    /// <returns>The comparison (original before, what-if after), or the problems with the changes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<EvaluationComparison> WhatIf(EvaluationResult original, params IEnumerable<CriterionAnswer> changes)
    {
        Guard.Against.Null(original);
        Guard.Against.Null(changes);
        return Against(original, original.Evaluation.With(changes));
    }

    /// <summary>A what-if on sub-component grades: scores the evaluation with some grades replaced and compares it with
    /// the original, which is not changed.</summary>
    /// <param name="original">The original result.</param>
    /// <param name="changes">The replacing grades.</param>
    /// <returns>The comparison (original before, what-if after), or the problems with the changes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<EvaluationComparison> WhatIfGrades(EvaluationResult original, params IEnumerable<SubComponentAnswer> changes)
    {
        Guard.Against.Null(original);
        Guard.Against.Null(changes);
        return Against(original, original.Evaluation.WithGrades(changes));
    }

    /// <summary>The changed evaluation scored like the original and compared with it, or the changes' problems.</summary>
    private static Result<EvaluationComparison> Against(EvaluationResult original, Result<Evaluation> changed) =>
        changed.IsSuccess
            ? Result<EvaluationComparison>.Success(Compare(original, changed.GetValueOrThrow().Score(original.Source)))
            : Result<EvaluationComparison>.Failure(changed.Problems);

    /// <summary>Explains the comparison.</summary>
    /// <param name="language">The language.</param>
    /// <returns>E.g. <c>58.3 (CC) → 58.7 (CC), +0.4: 1 +0.2; 2 +0.2 …</c>.</returns>
    public string Explain(Language language)
    {
        var id = language == Language.Indonesian;
        var c = Cultures.For(language);
        string Total(EvaluationResult r) => r.Total is { } t ? $"{CriterionScore.Num(t, c)} ({r.Grade!.Code})" : (id ? "belum lengkap" : "incomplete");
        var text = new StringBuilder($"{Total(Before)} → {Total(After)}");
        if (TotalDelta is { } delta)
        {
            text.Append(", ").Append(Signed(delta, c));
        }

        text.Append(": ").AppendJoin("; ", Components.Select(k => $"{k.ComponentId} {(k.Delta is { } d ? Signed(d, c) : "–")}"));
        return text.ToString();
    }

    private static string Signed(decimal value, CultureInfo culture) => (value > 0 ? "+" : string.Empty) + CriterionScore.Num(value, culture);
}
