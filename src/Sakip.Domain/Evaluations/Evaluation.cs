using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>
/// One evaluation: a scheme, the evaluated subject and year, the method (one grade per sub-component, or a grade per
/// criterion), and the answers: criterion grades, sub-component grades or both. Create it with <see cref="Create(EvaluationScheme, string, int, EvaluationMethod, IEnumerable{CriterionAnswer}, IEnumerable{SubComponentAnswer})"/>
/// (which checks every answer), score it with <see cref="Score"/>, ask what a better grade takes with
/// <c>GradeRoad.Find</c>, try other answers with <see cref="With"/> and <see cref="WithGrades"/> (the original is not
/// changed).
/// </summary>
/// <remarks>Immutable and thread-safe. Answers the method needs may be missing: the evaluation is then incomplete.
/// Answers the method does not score from are kept and checked against the others (a mismatch is a finding, never an
/// override). Equal when the schemes have the same data and the subject, year, method and answers are equal.</remarks>
public sealed class Evaluation : IEquatable<Evaluation>
{
    private readonly CriterionAnswer?[] _byCriterion;
    private readonly SubComponentAnswer?[] _bySubComponent;

    private Evaluation(EvaluationScheme scheme, string subject, int year, EvaluationMethod method, CriterionAnswer?[] byCriterion, SubComponentAnswer?[] bySubComponent)
    {
        Scheme = scheme;
        Subject = subject;
        Year = year;
        Method = method;
        _byCriterion = byCriterion;
        _bySubComponent = bySubComponent;
        Answers = [.. byCriterion.OfType<CriterionAnswer>()];
        Grades = [.. bySubComponent.OfType<SubComponentAnswer>()];
    }

    /// <summary>The scheme.</summary>
    public EvaluationScheme Scheme { get; }

    /// <summary>Who is evaluated, e.g. <c>Kabupaten Contoh</c> or an agency.</summary>
    public string Subject { get; }

    /// <summary>The evaluation year.</summary>
    public int Year { get; }

    /// <summary>How the evaluation is graded: the official one grade per sub-component, or a grade per criterion.</summary>
    public EvaluationMethod Method { get; }

    /// <summary>The criterion answers in worksheet order, codes as the scale writes them.</summary>
    public ValueList<CriterionAnswer> Answers { get; }

    /// <summary>The sub-component grades in worksheet order, codes as the scale writes them.</summary>
    public ValueList<SubComponentAnswer> Grades { get; }

    /// <summary>Creates an evaluation graded per criterion (<see cref="EvaluationMethod.CriterionGrades"/>), checking
    /// every answer (known criterion, answered once, a code of the criterion's scale). Codes are matched ignoring case
    /// and stored as the scale writes them.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="subject">Who is evaluated.</param>
    /// <param name="year">The evaluation year.</param>
    /// <param name="answers">The answers, in any order; criteria may be left out.</param>
    /// <returns>The evaluation, or every problem with its path (<c>answers[3].final</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<Evaluation> Create(EvaluationScheme scheme, string subject, int year, IEnumerable<CriterionAnswer> answers) =>
        Create(scheme, subject, year, EvaluationMethod.CriterionGrades, answers, []);

    /// <summary>Creates an evaluation, checking the method (sub-component grades need a scheme whose sub-components
    /// take a grade) and every answer: known criterion or sub-component, answered once, a code of its scale. Codes are
    /// matched ignoring case and stored as the scale writes them.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="subject">Who is evaluated.</param>
    /// <param name="year">The evaluation year.</param>
    /// <param name="method">How the evaluation is graded.</param>
    /// <param name="answers">The criterion answers, in any order; criteria may be left out.</param>
    /// <param name="grades">The sub-component grades, in any order; sub-components may be left out.</param>
    /// <returns>The evaluation, or every problem with its path (<c>answers[3].final</c>, <c>grades[1].proposed</c>).</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static Result<Evaluation> Create(EvaluationScheme scheme, string subject, int year, EvaluationMethod method, IEnumerable<CriterionAnswer> answers, IEnumerable<SubComponentAnswer> grades)
    {
        Guard.Against.Null(scheme);
        Guard.Against.Null(subject);
        Guard.Against.Null(answers);
        Guard.Against.Null(grades);
        var problems = new List<Problem>();
        if (!Enum.IsDefined(method))
        {
            problems.Add(new Problem("method", Messages.UnknownEvaluationMethod));
        }
        else if (method == EvaluationMethod.SubComponentGrades && !scheme.SupportsSubComponentGrades)
        {
            problems.Add(new Problem("method", Messages.MethodNeedsSubComponentScales));
        }

        if (string.IsNullOrWhiteSpace(subject))
        {
            problems.Add(new Problem("subject", Messages.Required));
        }
        else if (!UnicodeText.IsValid(subject))
        {
            problems.Add(new Problem("subject", Messages.InvalidUnicode));
        }

        if (year is < 1900 or > 2200)
        {
            problems.Add(new Problem("year", Messages.YearOutOfRange));
        }

        var byCriterion = new CriterionAnswer?[scheme.Criteria.Count];
        var i = -1;
        foreach (var answer in answers)
        {
            i++;
            var path = $"answers[{i}]";
            if (answer is null)
            {
                problems.Add(new Problem(path, Messages.Required));
                continue;
            }

            var index = scheme.IndexOf(answer.CriterionId);
            if (index < 0)
            {
                problems.Add(new Problem($"{path}.criterion", Messages.UnknownCriterion(answer.CriterionId)));
                continue;
            }

            if (byCriterion[index] is not null)
            {
                problems.Add(new Problem($"{path}.criterion", Messages.DuplicateAnswer));
                continue;
            }

            Texts(path, answer.Note, answer.Evidence);
            var criterion = scheme.Criteria[index];
            var proposed = Canonical(answer.Proposed, criterion.Scale, $"{path}.proposed", isGrade: false);
            var final = Canonical(answer.Final, criterion.Scale, $"{path}.final", isGrade: false);
            byCriterion[index] = answer with { CriterionId = criterion.Id, Proposed = proposed, Final = final };
        }

        var bySubComponent = new SubComponentAnswer?[scheme.SubComponents.Count];
        i = -1;
        foreach (var grade in grades)
        {
            i++;
            var path = $"grades[{i}]";
            if (grade is null)
            {
                problems.Add(new Problem(path, Messages.Required));
                continue;
            }

            var index = scheme.SubComponentIndexOf(grade.SubComponentId);
            if (index < 0)
            {
                problems.Add(new Problem($"{path}.subComponent", Messages.UnknownSubComponent(grade.SubComponentId)));
                continue;
            }

            if (bySubComponent[index] is not null)
            {
                problems.Add(new Problem($"{path}.subComponent", Messages.DuplicateAnswer));
                continue;
            }

            Texts(path, grade.Note, grade.Evidence);
            var sub = scheme.SubComponents[index];
            var scale = sub.Scale;
            if (scale is null)
            {
                problems.Add(new Problem($"{path}.subComponent", Messages.MethodNeedsSubComponentScales));
                continue;
            }

            bySubComponent[index] = grade with
            {
                SubComponentId = sub.Id,
                Proposed = Canonical(grade.Proposed, scale, $"{path}.proposed", isGrade: true),
                Final = Canonical(grade.Final, scale, $"{path}.final", isGrade: true),
            };
        }

        return problems.Count == 0
            ? Result<Evaluation>.Success(new Evaluation(scheme, subject.Trim(), year, method, byCriterion, bySubComponent))
            : Result<Evaluation>.Failure(problems);

        // A note and evidence are kept as given, so they must be text a file can hold.
        void Texts(string path, string? note, IReadOnlyList<string> evidence)
        {
            if (!UnicodeText.IsValid(note))
            {
                problems.Add(new Problem($"{path}.note", Messages.InvalidUnicode));
            }

            for (var e = 0; e < evidence.Count; e++)
            {
                if (!UnicodeText.IsValid(evidence[e]))
                {
                    problems.Add(new Problem($"{path}.evidence[{e}]", Messages.InvalidUnicode));
                }
            }
        }

        string? Canonical(string? code, AnswerScale scale, string path, bool isGrade)
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                return null;
            }

            if (scale.Find(code) is { } option)
            {
                return option.Code;
            }

            var codes = new AnswerScaleText(scale.Codes());
            problems.Add(new Problem(path, isGrade ? Messages.NotAGrade(code, codes) : Messages.NotAnOption(code, codes)));
            return code;
        }
    }

    /// <summary>An evaluation with no answers yet, graded by the scheme's <see cref="EvaluationScheme.DefaultMethod"/>.</summary>
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
        return new Evaluation(scheme, subject.Trim(), year, scheme.DefaultMethod, new CriterionAnswer?[scheme.Criteria.Count], new SubComponentAnswer?[scheme.SubComponents.Count]);
    }

    /// <summary>The grade given to a sub-component, or <see langword="null"/> when it has none.</summary>
    /// <param name="subComponentId">The sub-component id, ignoring case.</param>
    /// <returns>The grade.</returns>
    /// <exception cref="ArgumentException">The scheme has no such sub-component.</exception>
    public SubComponentAnswer? GradeOf(string subComponentId)
    {
        var index = Scheme.SubComponentIndexOf(subComponentId);
        Guard.Against.Negative(index, nameof(subComponentId), $"Scheme {Scheme.Id} has no sub-component '{subComponentId}'.");
        return _bySubComponent[index];
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
    public Result<Evaluation> With(params IEnumerable<CriterionAnswer> answers)
    {
        Guard.Against.Null(answers);
        var replacing = answers.ToList();
        var replaced = replacing.Where(a => a is not null).Select(a => Scheme.IndexOf(a.CriterionId)).ToHashSet();
        var kept = _byCriterion.Where((a, i) => a is not null && !replaced.Contains(i)).Cast<CriterionAnswer>();
        // The new answers first, so that a problem's path (answers[i]) is the index in the caller's argument.
        return Create(Scheme, Subject, Year, Method, replacing.Concat(kept), Grades);
    }

    /// <summary>A copy with some sub-component grades replaced; the original is unchanged. Each given grade replaces
    /// the whole grade of its sub-component.</summary>
    /// <param name="grades">The new grades.</param>
    /// <returns>The new evaluation, or every problem (paths <c>grades[i]</c> index the argument).</returns>
    public Result<Evaluation> WithGrades(params IEnumerable<SubComponentAnswer> grades)
    {
        Guard.Against.Null(grades);
        var replacing = grades.ToList();
        var replaced = replacing.Where(a => a is not null).Select(a => Scheme.SubComponentIndexOf(a.SubComponentId)).ToHashSet();
        var kept = _bySubComponent.Where((a, i) => a is not null && !replaced.Contains(i)).Cast<SubComponentAnswer>();
        return Create(Scheme, Subject, Year, Method, Answers, replacing.Concat(kept));
    }

    /// <summary>The same answers graded by another method (to see both scores of one worksheet).</summary>
    /// <param name="method">The method.</param>
    /// <returns>The evaluation, or the problem (the scheme's sub-components take no grade).</returns>
    public Result<Evaluation> WithMethod(EvaluationMethod method) => Create(Scheme, Subject, Year, method, Answers, Grades);

    /// <summary>Scores the evaluation.</summary>
    /// <param name="source">Which answers to read (default: final where given, else proposed).</param>
    /// <returns>The result, with every figure explained.</returns>
    public EvaluationResult Score(AnswerSource source = AnswerSource.FinalElseProposed) => EvaluationScorer.Score(this, source);

    internal CriterionAnswer? AnswerAt(int index) => _byCriterion[index];

    internal SubComponentAnswer? GradeAt(int index) => _bySubComponent[index];

    internal CriterionAnswer?[] CopyAnswers() => (CriterionAnswer?[])_byCriterion.Clone();

    internal SubComponentAnswer?[] CopyGrades() => (SubComponentAnswer?[])_bySubComponent.Clone();

    internal Evaluation WithAnswersUnchecked(CriterionAnswer?[] byCriterion) => new(Scheme, Subject, Year, Method, byCriterion, _bySubComponent);

    internal Evaluation WithGradesUnchecked(SubComponentAnswer?[] bySubComponent) => new(Scheme, Subject, Year, Method, _byCriterion, bySubComponent);

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
                && Method == other.Method
                && Answers == other.Answers
                && Grades == other.Grades
                && (ReferenceEquals(Scheme, other.Scheme) || Scheme.ToDefinition() == other.Scheme.ToDefinition())));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as Evaluation);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Scheme.Id, Scheme.Version, Subject, Year, Method, Answers, Grades);

    /// <inheritdoc />
    public override string ToString() => $"{Subject} {Year} ({Scheme.Id})";
}
