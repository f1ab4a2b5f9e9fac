using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>The score of one criterion: the answer read, its value and the points it adds to the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Criterion">The criterion.</param>
/// <param name="Answer">The option answered, or <see langword="null"/> when unanswered.</param>
/// <param name="Source">Which answer was read (<see cref="AnswerSource.Final"/> or <see cref="AnswerSource.Proposed"/>),
/// or <see langword="null"/> when unanswered.</param>
/// <param name="Factor">The points the criterion adds at value 1: the sub-component weight divided by its number of
/// criteria (mean method) or the criterion's own points.</param>
public sealed record CriterionScore(Criterion Criterion, AnswerOption? Answer, AnswerSource? Source, decimal Factor)
{
    /// <summary>Whether the criterion is answered.</summary>
    public bool IsAnswered => Answer is not null;

    /// <summary>The points the answer adds to the total (value × factor), or <see langword="null"/> when unanswered.</summary>
    public decimal? Points => Answer is { } a ? a.Value * Factor : null;

    /// <summary>Explains the figure.</summary>
    /// <param name="language">The language.</param>
    /// <returns>E.g. <c>1a.1: B (final) = 0.75 × 0.8571 = 0.6429 points</c>.</returns>
    public string Explain(Language language)
    {
        var id = language == Language.Indonesian;
        var c = Cultures.For(language);
        if (Answer is not { } a)
        {
            return id ? $"{Criterion.Id}: belum dijawab (kosong bukan 0)" : $"{Criterion.Id}: unanswered (empty is not 0)";
        }

        var source = Source == AnswerSource.Final ? "final" : id ? "usulan" : "proposed";
        return string.Format(c, id ? "{0}: {1} ({2}) = {3} × {4} = {5} poin" : "{0}: {1} ({2}) = {3} × {4} = {5} points", Criterion.Id, a.Code, source, Num(a.Value, c), Num(Factor, c), Num(Points!.Value, c));
    }

    internal static string Num(decimal value, IFormatProvider culture) => value.ToString("0.####", culture);
}

/// <summary>The score of a sub-component.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="SubComponent">The sub-component.</param>
/// <param name="Score">The score (exact), or <see langword="null"/> when a criterion is unanswered.</param>
/// <param name="Criteria">The criterion scores.</param>
public sealed record SubComponentScore(SubComponent SubComponent, decimal? Score, ValueList<CriterionScore> Criteria)
{
    /// <summary>Explains the figure: which answers, which weight, which method.</summary>
    /// <param name="language">The language.</param>
    /// <returns>E.g. <c>1a Keberadaan: (1 + 1 + 0.75 + 1 + 1 + 0.5 + 1) / 7 × 6 = 5.5714</c>.</returns>
    public string Explain(Language language)
    {
        var id = language == Language.Indonesian;
        var c = Cultures.For(language);
        var head = $"{SubComponent.Id} {SubComponent.Name}: ";
        if (Score is not { } score)
        {
            var answered = Criteria.Count(k => k.IsAnswered);
            return head + string.Format(c, id ? "{0} dari {1} kriteria dijawab, belum dapat dinilai" : "{0} of {1} criteria answered, no score yet", answered, Criteria.Count);
        }

        var weight = CriterionScore.Num(SubComponent.Weight, c);
        if (SubComponent.Method == ScoringMethod.Mean)
        {
            var values = string.Join(" + ", Criteria.Select(k => CriterionScore.Num(k.Answer!.Value, c)));
            return head + $"({values}) / {Criteria.Count} × {weight} = {CriterionScore.Num(score, c)}";
        }

        var points = string.Join(" + ", Criteria.Select(k => $"{CriterionScore.Num(k.Answer!.Value, c)} × {CriterionScore.Num(k.Factor, c)}"));
        return head + $"{points} = {CriterionScore.Num(score, c)} / {weight}";
    }
}

/// <summary>The score of a component: the sum of its sub-components.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Component">The component.</param>
/// <param name="Score">The score (exact), or <see langword="null"/> when a criterion is unanswered.</param>
/// <param name="SubComponents">The sub-component scores.</param>
public sealed record ComponentScore(Component Component, decimal? Score, ValueList<SubComponentScore> SubComponents)
{
    /// <summary>Explains the figure.</summary>
    /// <param name="language">The language.</param>
    /// <returns>E.g. <c>1 Perencanaan Kinerja: 5.5714 + 7.2 + 12.1875 = 24.9589 of 30</c>.</returns>
    public string Explain(Language language)
    {
        var id = language == Language.Indonesian;
        var c = Cultures.For(language);
        var head = $"{Component.Id} {Component.Name}: ";
        if (Score is not { } score)
        {
            return head + (id ? "belum lengkap" : "incomplete");
        }

        var parts = string.Join(" + ", SubComponents.Select(s => CriterionScore.Num(s.Score!.Value, c)));
        return head + $"{parts} = {CriterionScore.Num(score, c)} {(id ? "dari" : "of")} {CriterionScore.Num(Component.Weight, c)}";
    }
}

/// <summary>
/// The result of scoring an evaluation: scores per criterion, sub-component and component, the total, the grade, the
/// completeness and the logic-check findings. An unanswered criterion makes the result incomplete: it has no
/// <see cref="Total"/> and no <see cref="Grade"/> (never a silent 0), only the bounds
/// <see cref="MinimumTotal"/>–<see cref="MaximumTotal"/> the missing answers leave open.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EvaluationResult
{
    internal EvaluationResult()
    {
    }

    /// <summary>The evaluation scored.</summary>
    public required Evaluation Evaluation { get; init; }

    /// <summary>Which answers were read.</summary>
    public required AnswerSource Source { get; init; }

    /// <summary>The component scores in worksheet order.</summary>
    public required ValueList<ComponentScore> Components { get; init; }

    /// <summary>The exact total, or <see langword="null"/> when incomplete.</summary>
    public decimal? Total { get; init; }

    /// <summary>The score that decides the grade (the total rounded as the scheme's grade table says), or
    /// <see langword="null"/> when incomplete.</summary>
    public decimal? DecidingScore { get; init; }

    /// <summary>The grade, or <see langword="null"/> when incomplete.</summary>
    public Grade? Grade { get; init; }

    /// <summary>The total with every unanswered criterion at its worst answer (equals <see cref="Total"/> when complete).</summary>
    public required decimal MinimumTotal { get; init; }

    /// <summary>The total with every unanswered criterion at its best answer (equals <see cref="Total"/> when complete).</summary>
    public required decimal MaximumTotal { get; init; }

    /// <summary>The criteria without an answer from <see cref="Source"/>, in worksheet order.</summary>
    public required ValueList<Criterion> Unanswered { get; init; }

    /// <summary>Logic-check findings (answers valued above the criterion they depend on).</summary>
    public required ValueList<LogicFinding> Findings { get; init; }

    /// <summary>Whether every criterion is answered.</summary>
    public bool IsComplete => Unanswered.Count == 0;

    /// <summary>Every criterion score in worksheet order.</summary>
    public IEnumerable<CriterionScore> Criteria => Components.SelectMany(c => c.SubComponents).SelectMany(s => s.Criteria);

    /// <summary>The score of one component.</summary>
    /// <param name="componentId">The component id, ignoring case.</param>
    /// <returns>The score, or <see langword="null"/> when the scheme has no such component.</returns>
    public ComponentScore? Component(string componentId) =>
        Components.FirstOrDefault(c => string.Equals(c.Component.Id, componentId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Explains the total and grade.</summary>
    /// <param name="language">The language.</param>
    /// <returns>E.g. <c>Total 24.96 + 20.1 + 9.75 + 12.5 = 67.31 (rounded 67.31): B Baik (PermenPAN-RB 88/2021)</c>.</returns>
    public string Explain(Language language)
    {
        var id = language == Language.Indonesian;
        var c = Cultures.For(language);
        if (Total is not { } total)
        {
            return string.Format(
                c,
                id ? "Evaluasi belum lengkap: {0} kriteria belum dijawab; nilai akhir antara {1} dan {2}" : "Incomplete evaluation: {0} criteria unanswered; the total will be between {1} and {2}",
                Unanswered.Count,
                CriterionScore.Num(MinimumTotal, c),
                CriterionScore.Num(MaximumTotal, c));
        }

        var parts = string.Join(" + ", Components.Select(k => CriterionScore.Num(k.Score!.Value, c)));
        var rounding = Evaluation.Scheme.Grades.Deciding is { } rule
            ? string.Format(c, id ? "dibulatkan {0}" : "rounded {0}", DecidingScore!.Value.ToString(c))
            : (id ? "nilai eksak" : "exact");
        return string.Format(
            c,
            id ? "Nilai {0} = {1} ({2}): predikat {3} {4} ({5})" : "Total {0} = {1} ({2}): grade {3} {4} ({5})",
            parts,
            CriterionScore.Num(total, c),
            rounding,
            Grade!.Code,
            id ? Grade.Label : Grade.EnglishLabel,
            Evaluation.Scheme.Name);
    }
}
