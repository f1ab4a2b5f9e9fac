using System.Diagnostics;
using Sakip.Domain.Collections;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>The score of one criterion: the answer read, its value and the points it adds to the total.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Criterion">The criterion.</param>
/// <param name="Answer">The option answered, or <see langword="null"/> when unanswered.</param>
/// <param name="Source">Which answer was read (<see cref="AnswerSource.Final"/> or <see cref="AnswerSource.Proposed"/>),
/// or <see langword="null"/> when unanswered.</param>
/// <param name="Factor">The points the criterion adds at value 1 when criteria are graded: the sub-component weight
/// divided by its number of criteria (mean method) or the criterion's own points.</param>
public sealed record CriterionScore(Criterion Criterion, AnswerOption? Answer, AnswerSource? Source, decimal Factor)
{
    /// <summary>Whether the answer counts towards the total: true when the evaluation grades each criterion, false
    /// when it grades sub-components (the criteria are then probing questions, checked against the grade).</summary>
    public bool Counted { get; init; } = true;

    /// <summary>Whether the criterion is answered.</summary>
    public bool IsAnswered => Answer is not null;

    /// <summary>The points the answer adds to the total (value × factor), or <see langword="null"/> when unanswered or
    /// not <see cref="Counted"/>.</summary>
    public decimal? Points => Counted && Answer is { } a ? a.Value * Factor : null;

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

        var source = SourceWord(Source, id);
        if (!Counted)
        {
            return string.Format(c, id ? "{0}: {1} ({2}) = {3}; pertanyaan penggali, tidak dihitung (nilai dari predikat subkomponen)" : "{0}: {1} ({2}) = {3}; a probing question, not counted (the sub-component's grade scores)", Criterion.Id, a.Code, source, Percent(a.Value, c));
        }

        return string.Format(c, id ? "{0}: {1} ({2}) = {3} × {4} = {5} poin" : "{0}: {1} ({2}) = {3} × {4} = {5} points", Criterion.Id, a.Code, source, Num(a.Value, c), Num(Factor, c), Num(Points!.Value, c));
    }

    internal static string Num(decimal value, IFormatProvider culture) => value.ToString("0.####", culture);

    internal static string Percent(decimal value, IFormatProvider culture) => (value * 100m).ToString("0.##", culture) + " %";

    internal static string SourceWord(AnswerSource? source, bool indonesian) => source == AnswerSource.Final ? "final" : indonesian ? "usulan" : "proposed";
}

/// <summary>The score of a sub-component.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="SubComponent">The sub-component.</param>
/// <param name="Score">The score (exact), or <see langword="null"/> when an answer the method needs is missing.</param>
/// <param name="Criteria">The criterion scores.</param>
public sealed record SubComponentScore(SubComponent SubComponent, decimal? Score, ValueList<CriterionScore> Criteria)
{
    /// <summary>The method that made <see cref="Score"/>.</summary>
    public EvaluationMethod Method { get; init; }

    /// <summary>The grade given to the sub-component as a whole, or <see langword="null"/> when none was given.</summary>
    public AnswerOption? Grade { get; init; }

    /// <summary>Which grade was read (final or proposed), or <see langword="null"/> when none was given.</summary>
    public AnswerSource? GradeSource { get; init; }

    /// <summary>The mean value of the criteria's answers (0–1; weighted by points under <see cref="ScoringMethod.Points"/>),
    /// or <see langword="null"/> when a criterion is unanswered.</summary>
    public decimal? CriteriaValue { get; init; }

    /// <summary>The score as presented: <see cref="Score"/> rounded by <see cref="EvaluationResult.Presentation"/>, or
    /// <see langword="null"/> when the score is.</summary>
    public decimal? PresentedScore { get; init; }

    /// <summary>Explains the figure: which answers, which weight, which method.</summary>
    /// <param name="language">The language.</param>
    /// <returns>E.g. <c>1a Keberadaan: BB (final) = 80 % × 6 = 4.8</c>, or per criterion
    /// <c>1a Keberadaan: (1 + 0.9 + 0.8 + 1 + 1 + 0.7) / 6 × 6 = 5.4</c>.</returns>
    public string Explain(Language language)
    {
        var id = language == Language.Indonesian;
        var c = Cultures.For(language);
        var head = $"{SubComponent.Id} {SubComponent.Name}: ";
        var weight = CriterionScore.Num(SubComponent.Weight, c);
        if (Method == EvaluationMethod.SubComponentGrades)
        {
            return Score is { } graded && Grade is { } g
                ? head + $"{g.Code} ({CriterionScore.SourceWord(GradeSource, id)}) = {CriterionScore.Percent(g.Value, c)} × {weight} = {CriterionScore.Num(graded, c)}"
                : head + (id ? "belum diberi predikat, belum dapat dinilai" : "not graded, no score yet");
        }

        if (Score is not { } score)
        {
            var answered = Criteria.Count(k => k.IsAnswered);
            return head + string.Format(c, id ? "{0} dari {1} kriteria dijawab, belum dapat dinilai" : "{0} of {1} criteria answered, no score yet", answered, Criteria.Count);
        }

        if (SubComponent.Method == ScoringMethod.Mean)
        {
            var values = string.Join(" + ", Criteria.Select(k => CriterionScore.Num(k.Answer!.Value, c)));
            return head + $"({values}) / {Criteria.Count} × {weight} = {CriterionScore.Num(score, c)}";
        }

        var points = string.Join(" + ", Criteria.Select(k => $"{CriterionScore.Num(k.Answer!.Value, c)} × {CriterionScore.Num(k.Factor, c)}"));
        return head + $"{points} = {CriterionScore.Num(score, c)} / {weight}";
    }

    /// <summary>What LINQPad shows for the sub-component (it calls <c>ToDump</c> by name): its weight, score as
    /// presented, grade, the explanation and the criteria as rows (points shown to four decimals, as the explanation
    /// shows them).</summary>
    private object ToDump() => new
    {
        SubComponent.Id,
        SubComponent.Name,
        SubComponent.Weight,
        Score = DumpView.Presented(PresentedScore),
        Grade = Grade?.Code,
        Sentence = Explain(Language.Indonesian),
        Criteria = Criteria.Select(k => new { k.Criterion.Id, Answer = k.Answer?.Code, k.Source, Points = DumpView.Shown(k.Points), k.Counted }).ToArray(),
    };
}

/// <summary>The score of a component: the sum of its sub-components.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Component">The component.</param>
/// <param name="Score">The score (exact), or <see langword="null"/> when a criterion is unanswered.</param>
/// <param name="SubComponents">The sub-component scores.</param>
public sealed record ComponentScore(Component Component, decimal? Score, ValueList<SubComponentScore> SubComponents)
{
    /// <summary>The score as presented: <see cref="Score"/> rounded by <see cref="EvaluationResult.Presentation"/>, or
    /// <see langword="null"/> when the score is.</summary>
    public decimal? PresentedScore { get; init; }

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

    /// <summary>What LINQPad shows for the component (it calls <c>ToDump</c> by name): its weight, score as presented,
    /// the explanation and the sub-components as rows.</summary>
    private object ToDump() => new
    {
        Component.Id,
        Component.Name,
        Component.Weight,
        Score = DumpView.Presented(PresentedScore),
        Sentence = Explain(Language.Indonesian),
        SubComponents = SubComponents.Select(s => new { s.SubComponent.Id, s.SubComponent.Name, s.SubComponent.Weight, Score = DumpView.Presented(s.PresentedScore), Grade = s.Grade?.Code }).ToArray(),
    };
}

/// <summary>
/// The result of scoring an evaluation: scores per criterion, sub-component and component, the total, the grade, the
/// completeness and the logic-check findings. An unanswered criterion makes the result incomplete: it has no
/// <see cref="Total"/> and no <see cref="Grade"/> (never a silent 0), only the bounds
/// <see cref="MinimumTotal"/>–<see cref="MaximumTotal"/> the missing answers leave open.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
[DebuggerDisplay("{Evaluation.Subject,nq} {Evaluation.Year}: {DecidingScore} {Grade.Code,nq}")]
public sealed record EvaluationResult
{
    internal EvaluationResult()
    {
    }

    /// <summary>The evaluation scored.</summary>
    public Evaluation Evaluation { get; internal init; } = null!;

    /// <summary>Which answers were read.</summary>
    public AnswerSource Source { get; internal init; }

    /// <summary>The component scores in worksheet order.</summary>
    public ValueList<ComponentScore> Components { get; internal init; }

    /// <summary>The exact total, or <see langword="null"/> when incomplete.</summary>
    public decimal? Total { get; internal init; }

    /// <summary>The score that decides the grade (the total rounded as the scheme's grade table says), or
    /// <see langword="null"/> when incomplete.</summary>
    public decimal? DecidingScore { get; internal init; }

    /// <summary>How scores are presented: the rounding the scheme's grade table gives the total before grading
    /// (<see cref="GradeTable.Deciding"/>), or, when the exact total decides, two decimals half-up as the LKE
    /// worksheets print them. <see cref="PresentedTotal"/> and every component's and sub-component's
    /// <c>PresentedScore</c> are rounded by it.</summary>
    public RoundingRule Presentation { get; internal init; } = RoundingRule.TwoDecimalsHalfUp;

    /// <summary>The total as presented (rounded by <see cref="Presentation"/>), or <see langword="null"/> when
    /// incomplete.</summary>
    public decimal? PresentedTotal => Total is { } total ? Presentation.Apply(total) : null;

    /// <summary>The grade, or <see langword="null"/> when incomplete.</summary>
    public Grade? Grade { get; internal init; }

    /// <summary>The total with every unanswered criterion at its worst answer (equals <see cref="Total"/> when complete).</summary>
    public decimal MinimumTotal { get; internal init; }

    /// <summary>The total with every unanswered criterion at its best answer (equals <see cref="Total"/> when complete).</summary>
    public decimal MaximumTotal { get; internal init; }

    /// <summary>The criteria without an answer from <see cref="Source"/> that the method needs (grading per
    /// criterion), in worksheet order.</summary>
    public ValueList<Criterion> Unanswered { get; internal init; }

    /// <summary>The sub-components without a grade from <see cref="Source"/> that the method needs (grading per
    /// sub-component), in worksheet order.</summary>
    public ValueList<SubComponent> Ungraded { get; internal init; }

    /// <summary>Logic-check findings: answers valued above what they depend on, and sub-component grades that disagree
    /// with their criteria. No finding changes an answer.</summary>
    public ValueList<LogicFinding> Findings { get; internal init; }

    /// <summary>The method the evaluation is graded by.</summary>
    public EvaluationMethod Method => Evaluation.Method;

    /// <summary>Whether every answer the method needs is given.</summary>
    public bool IsComplete => Unanswered.Count == 0 && Ungraded.Count == 0;

    /// <summary>The ids of the answers the method needs and lacks: criteria (per criterion) or sub-components (per
    /// sub-component), in worksheet order.</summary>
    public IEnumerable<string> Missing => Unanswered.Select(k => k.Id).Concat(Ungraded.Select(s => s.Id));

    /// <summary>Every sub-component score in worksheet order.</summary>
    public IEnumerable<SubComponentScore> SubComponents => Components.SelectMany(c => c.SubComponents);

    /// <summary>Every criterion score in worksheet order.</summary>
    public IEnumerable<CriterionScore> Criteria => Components.SelectMany(c => c.SubComponents).SelectMany(s => s.Criteria);

    /// <summary>The score of one component.</summary>
    /// <param name="componentId">The component id, ignoring case.</param>
    /// <returns>The score, or <see langword="null"/> when the scheme has no such component.</returns>
    public ComponentScore? Component(string componentId) =>
        Components.FirstOrDefault(c => string.Equals(c.Component.Id, componentId, StringComparison.OrdinalIgnoreCase));

    /// <summary>The rounding that presents the scores of a scheme: its grade table's deciding rounding, else two decimals
    /// half-up.</summary>
    internal static RoundingRule PresentationOf(EvaluationScheme scheme) => scheme.Grades.Deciding ?? RoundingRule.TwoDecimalsHalfUp;

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
                Method == EvaluationMethod.SubComponentGrades
                    ? (id ? "Evaluasi belum lengkap: {0} subkomponen belum diberi predikat; nilai akhir antara {1} dan {2}" : "Incomplete evaluation: {0} sub-components not graded; the total will be between {1} and {2}")
                    : (id ? "Evaluasi belum lengkap: {0} kriteria belum dijawab; nilai akhir antara {1} dan {2}" : "Incomplete evaluation: {0} criteria unanswered; the total will be between {1} and {2}"),
                Unanswered.Count + Ungraded.Count,
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
            Grade.Label.In(language),
            Evaluation.Scheme.Name);
    }

    /// <summary>What LINQPad shows for the result (it calls <c>ToDump</c> by name): the total and the component scores as
    /// presented (<see cref="Presentation"/>), the grade, the explanation in both languages and the components as
    /// rows.</summary>
    private object ToDump() => new
    {
        Evaluation.Subject,
        Evaluation.Year,
        Scheme = Evaluation.Scheme.Name,
        Method,
        Source,
        Total = DumpView.Presented(PresentedTotal),
        Grade = Grade?.Code,
        GradeLabel = Grade?.Label.Indonesian,
        IsComplete,
        Missing = IsComplete ? null : string.Join(", ", Missing),
        MinimumTotal = IsComplete ? null : DumpView.Presented(Presentation.Apply(MinimumTotal)),
        MaximumTotal = IsComplete ? null : DumpView.Presented(Presentation.Apply(MaximumTotal)),
        Sentence = Explain(Language.Indonesian),
        SentenceEnglish = Explain(Language.English),
        Components = Components.Select(k => new { k.Component.Id, k.Component.Name, k.Component.Weight, Score = DumpView.Presented(k.PresentedScore) }).ToArray(),
        Findings = Findings.Count == 0 ? null : Findings.Select(f => new { f.Id, f.Reason.Code, Message = f.Reason.Message.Indonesian }).ToArray(),
    };
}
