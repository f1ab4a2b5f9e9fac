using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Collections;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Evaluations;

/// <summary>
/// One evaluation: a scheme, the evaluated subject and year, and the answers per criterion. Create it with
/// <see cref="Create"/> (which checks every answer), score it with <see cref="Score"/>, ask what a better grade takes
/// with <c>GradeRoad.Find</c>, try other answers with <see cref="With"/> (the original is not changed).
/// </summary>
/// <remarks>Immutable and thread-safe. Criteria without an answer are allowed: the evaluation is then incomplete.
/// Equal when the schemes have the same data and the subject, year and answers are equal.</remarks>
public sealed class Evaluation : IEquatable<Evaluation>
{
    private readonly CriterionAnswer?[] _byCriterion;

    private Evaluation(EvaluationScheme scheme, string subject, int year, CriterionAnswer?[] byCriterion)
    {
        Scheme = scheme;
        Subject = subject;
        Year = year;
        _byCriterion = byCriterion;
        Answers = [.. byCriterion.OfType<CriterionAnswer>()];
    }

    /// <summary>The scheme.</summary>
    public EvaluationScheme Scheme { get; }

    /// <summary>Who is evaluated, e.g. <c>Kabupaten Contoh</c> or an agency.</summary>
    public string Subject { get; }

    /// <summary>The evaluation year.</summary>
    public int Year { get; }

    /// <summary>The answers in worksheet order, codes as the scale writes them.</summary>
    public ValueList<CriterionAnswer> Answers { get; }

    /// <summary>Creates an evaluation, checking every answer (known criterion, answered once, a code of the criterion's
    /// scale). Codes are matched ignoring case and stored as the scale writes them.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="subject">Who is evaluated.</param>
    /// <param name="year">The evaluation year.</param>
    /// <param name="answers">The answers, in any order; criteria may be left out.</param>
    /// <returns>The evaluation, or every problem with its path (<c>answers[3].final</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static BuildResult<Evaluation> Create(EvaluationScheme scheme, string subject, int year, IEnumerable<CriterionAnswer> answers)
    {
        Guard.Against.Null(scheme);
        Guard.Against.Null(subject);
        Guard.Against.Null(answers);
        var problems = new List<InputProblem>();
        if (string.IsNullOrWhiteSpace(subject))
        {
            problems.Add(new InputProblem("subject", Messages.Required));
        }

        if (year is < 1900 or > 2200)
        {
            problems.Add(new InputProblem("year", Messages.YearOutOfRange));
        }

        var byCriterion = new CriterionAnswer?[scheme.Criteria.Count];
        var i = -1;
        foreach (var answer in answers)
        {
            i++;
            var path = $"answers[{i}]";
            if (answer is null)
            {
                problems.Add(new InputProblem(path, Messages.Required));
                continue;
            }

            var index = scheme.IndexOf(answer.CriterionId);
            if (index < 0)
            {
                problems.Add(new InputProblem($"{path}.criterion", Messages.UnknownCriterion(answer.CriterionId)));
                continue;
            }

            if (byCriterion[index] is not null)
            {
                problems.Add(new InputProblem($"{path}.criterion", Messages.DuplicateAnswer));
                continue;
            }

            var criterion = scheme.Criteria[index];
            var proposed = Canonical(answer.Proposed, "proposed");
            var final = Canonical(answer.Final, "final");
            byCriterion[index] = answer with { CriterionId = criterion.Id, Proposed = proposed, Final = final };

            string? Canonical(string? code, string field)
            {
                if (string.IsNullOrWhiteSpace(code))
                {
                    return null;
                }

                if (criterion.Scale.Find(code) is { } option)
                {
                    return option.Code;
                }

                problems.Add(new InputProblem($"{path}.{field}", Messages.NotAnOption(code, new AnswerScaleText(criterion.Scale.Codes()))));
                return code;
            }
        }

        return problems.Count == 0
            ? BuildResult<Evaluation>.Ok(new Evaluation(scheme, subject.Trim(), year, byCriterion))
            : BuildResult<Evaluation>.Fail(problems);
    }

    /// <summary>An evaluation with no answers yet (every criterion unanswered).</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="subject">Who is evaluated.</param>
    /// <param name="year">The evaluation year.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">The subject is blank or the year is outside 1900–2200.</exception>
    public static Evaluation Empty(EvaluationScheme scheme, string subject, int year)
    {
        Guard.Against.Null(scheme);
        Guard.Against.NullOrWhiteSpace(subject);
        Guard.Against.OutOfRange(year, nameof(year), 1900, 2200);
        return new Evaluation(scheme, subject.Trim(), year, new CriterionAnswer?[scheme.Criteria.Count]);
    }

    /// <summary>The answer to a criterion, or <see langword="null"/> when it has none.</summary>
    /// <param name="criterionId">The criterion id, ignoring case.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentException">The scheme has no such criterion.</exception>
    public CriterionAnswer? AnswerTo(string criterionId)
    {
        var index = Scheme.IndexOf(criterionId);
        Guard.Against.Negative(index, nameof(criterionId), $"Scheme {Scheme.Id} has no criterion '{criterionId}'.");
        return _byCriterion[index];
    }

    /// <summary>A copy with some answers replaced (a what-if, or the evaluator's pass); the original is unchanged.
    /// Each given answer replaces the whole answer to its criterion.</summary>
    /// <param name="answers">The new answers.</param>
    /// <returns>The new evaluation, or every problem.</returns>
    public BuildResult<Evaluation> With(params IEnumerable<CriterionAnswer> answers)
    {
        Guard.Against.Null(answers);
        var replacing = answers.ToList();
        var replaced = replacing.Where(a => a is not null).Select(a => Scheme.IndexOf(a.CriterionId)).ToHashSet();
        var kept = _byCriterion.Where((a, i) => a is not null && !replaced.Contains(i)).Cast<CriterionAnswer>();
        // The new answers first, so that a problem's path (answers[i]) is the index in the caller's argument.
        return Create(Scheme, Subject, Year, replacing.Concat(kept));
    }

    /// <summary>Scores the evaluation.</summary>
    /// <param name="source">Which answers to read (default: final where given, else proposed).</param>
    /// <returns>The result, with every figure explained.</returns>
    public EvaluationResult Score(AnswerSource source = AnswerSource.FinalElseProposed) => EvaluationScorer.Score(this, source);

    internal CriterionAnswer? AnswerAt(int index) => _byCriterion[index];

    internal CriterionAnswer?[] CopyAnswers() => (CriterionAnswer?[])_byCriterion.Clone();

    internal Evaluation WithAnswersUnchecked(CriterionAnswer?[] byCriterion) => new(Scheme, Subject, Year, byCriterion);

    /// <summary>Equality by content: the schemes' data, the subject, the year and the answers.</summary>
    /// <param name="left">The left evaluation.</param>
    /// <param name="right">The right evaluation.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(Evaluation? left, Evaluation? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by content.</summary>
    /// <param name="left">The left evaluation.</param>
    /// <param name="right">The right evaluation.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(Evaluation? left, Evaluation? right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(Evaluation? other) =>
        other is not null
        && (ReferenceEquals(this, other)
            || (Subject == other.Subject
                && Year == other.Year
                && Answers == other.Answers
                && (ReferenceEquals(Scheme, other.Scheme) || Scheme.ToDefinition() == other.Scheme.ToDefinition())));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Evaluation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scheme.Id, Scheme.Version, Subject, Year, Answers);

    /// <inheritdoc />
    public override string ToString() => $"{Subject} {Year} ({Scheme.Id})";
}
