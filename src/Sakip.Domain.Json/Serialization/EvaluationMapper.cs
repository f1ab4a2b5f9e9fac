using System.Globalization;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Evaluations.Schemes;
using Sakip.Domain.Json.Reading;
using Sakip.Domain.Text;

namespace Sakip.Domain.Json.Serialization;

/// <summary>The parts of an evaluation as a document gives them, before its scheme is resolved.</summary>
/// <param name="Scheme">The scheme id.</param>
/// <param name="SchemeVersion">The scheme version the document states, if any.</param>
/// <param name="Subject">Who is evaluated.</param>
/// <param name="Year">The evaluation year.</param>
/// <param name="Method">The method the document states, if any.</param>
/// <param name="Answers">The criterion rows, in document order.</param>
/// <param name="Grades">The sub-component rows, in document order.</param>
internal sealed record EvaluationInput(
    string Scheme,
    int? SchemeVersion,
    string? Subject,
    int? Year,
    EvaluationMethod? Method,
    IReadOnlyList<CriterionAnswerJson> Answers,
    IReadOnlyList<SubComponentAnswerJson> Grades)
{
    /// <summary>The scheme version a document that states none was written for, when its format tells (an answer
    /// document of format 1 was written for version 1); <see langword="null"/> when unknown.</summary>
    public int? ImpliedSchemeVersion { get; init; }

    /// <summary>The method of a document that states none; <see langword="null"/> for the scheme's default.</summary>
    public EvaluationMethod? MethodWhenAbsent { get; init; }

    /// <summary>Whether the document's format cannot tell which scheme version answers without a stated version were
    /// written for (the SAKIP document), so that a scheme whose data changed needs the version stated: otherwise
    /// answers whose codes happen to exist on both versions' scales would be re-scored silently.</summary>
    public bool VersionRequiredWhenChanged { get; init; }
}

/// <summary>Converts between evaluations and their serialized shapes (the SAKIP document's evaluations and the answer
/// document), resolving schemes, refusing answers written for an earlier version of a scheme's data with what changed,
/// and mapping <see cref="Evaluation.Create(EvaluationScheme, string, int, EvaluationMethod, IEnumerable{CriterionAnswer}, IEnumerable{SubComponentAnswer})"/>'s problems to JSON paths.</summary>
internal static class EvaluationMapper
{
    public static EvaluationEntryJson ToJson(Evaluation evaluation) => new()
    {
        Scheme = evaluation.Scheme.Id,
        SchemeVersion = evaluation.Scheme.Version,
        Subject = evaluation.Subject,
        Year = evaluation.Year,
        Method = evaluation.Method,
        Grades = [.. evaluation.Grades.Select(g => Fill(new SubComponentAnswerJson { SubComponent = g.SubComponentId }, g))],
        Answers = [.. evaluation.Answers.Select(a => Fill(new CriterionAnswerJson { Criterion = a.CriterionId }, a))],
    };

    /// <summary>The answer document of a scheme: a grade row per sub-component that takes a grade and an answer row
    /// per criterion, filled from <paramref name="evaluation"/> when given, and the meanings of the scales used.</summary>
    public static AnswerDocumentJson ToAnswerDocument(EvaluationScheme scheme, string? subject, int? year, Evaluation? evaluation)
    {
        var scales = new List<AnswerScale>();
        var grades = new List<GradeRowJson>();
        foreach (var component in scheme.Components)
        {
            foreach (var sub in component.SubComponents)
            {
                // A plain local (not a pattern variable) keeps the method compilable under every mutant Stryker makes.
                var scale = sub.Scale;
                if (scale is null)
                {
                    continue;
                }

                grades.Add(Fill(
                    new GradeRowJson
                    {
                        SubComponent = sub.Id,
                        Name = sub.Name,
                        Component = component.Id,
                        Weight = sub.Weight,
                        Scale = scale.Id,
                        Options = Listed(scale),
                    },
                    evaluation?.GradeOf(sub.Id)));
            }
        }

        var rows = new List<AnswerRowJson>(scheme.Criteria.Count);
        foreach (var criterion in scheme.Criteria)
        {
            var (component, subComponent) = scheme.OwnerOf(criterion);
            rows.Add(Fill(
                new AnswerRowJson
                {
                    Criterion = criterion.Id,
                    Title = criterion.Title,
                    Component = component.Id,
                    SubComponent = subComponent.Id,
                    Scale = criterion.Scale.Id,
                    Options = Listed(criterion.Scale),
                },
                evaluation?.AnswerTo(criterion.Id)));
        }

        return new AnswerDocumentJson
        {
            FormatVersion = EvaluationJson.FormatVersion,
            Scheme = scheme.Id,
            SchemeVersion = scheme.Version,
            Subject = subject,
            Year = year,
            Method = evaluation?.Method ?? scheme.DefaultMethod,
            Grades = grades,
            Answers = rows,
            Scales = [.. scales.Select(SchemeMapper.ToJson)],
        };

        // A row's codes; the scale's meanings go to the legend, once.
        List<string> Listed(AnswerScale scale)
        {
            if (!scales.Contains(scale))
            {
                scales.Add(scale);
            }

            return [.. scale.Options.Select(o => o.Code)];
        }
    }

    /// <summary>Resolves the scheme, checks the scheme version (answers for an earlier version whose data changed are
    /// refused with the change) and creates the evaluation, adding every problem (paths from
    /// <paramref name="prefix"/>, e.g. <c>$.</c> or <c>$.evaluations[2].</c>).</summary>
    /// <returns>The evaluation, with every row given, or <see langword="null"/> when there was a problem.</returns>
    public static Evaluation? ToModel(string prefix, EvaluationInput input, Func<string, EvaluationScheme?> schemes, DocumentValidator.Outcome text, List<Problem> problems)
    {
        var scheme = schemes(input.Scheme.Trim());
        if (scheme is null)
        {
            problems.Add(text.At(prefix + "scheme", JsonMessages.UnknownScheme(input.Scheme, EvaluationSchemes.All.Select(s => s.Id))));
            return null;
        }

        var before = problems.Count;
        if (input.SchemeVersion is { } stated && stated != scheme.Version)
        {
            if (ChangedSince(scheme, stated))
            {
                // The answers must be given again: checking them against the new data would only add noise.
                problems.Add(text.At(prefix + "schemeVersion", JsonMessages.SchemeVersionChanged(stated, scheme)));
                return null;
            }

            problems.Add(text.At(prefix + "schemeVersion", JsonMessages.SchemeVersionMismatch(stated, scheme.Id, scheme.Version)));
        }
        else if (input.SchemeVersion is null && input.ImpliedSchemeVersion is { } implied && ChangedSince(scheme, implied))
        {
            problems.Add(text.At(prefix + "scheme", JsonMessages.SchemeVersionChanged(implied, scheme)));
            return null;
        }
        else if (input.SchemeVersion is null && input.VersionRequiredWhenChanged && ChangedSince(scheme, 1))
        {
            problems.Add(text.At(prefix + "scheme", JsonMessages.SchemeVersionRequired(scheme)));
            return null;
        }

        if (input.Year is null)
        {
            problems.Add(text.At(prefix + "year", JsonMessages.Required));
        }

        // An empty code is a slip, not an answer left open (that is null or no property): the model would read it as
        // unanswered.
        for (var i = 0; i < input.Grades.Count; i++)
        {
            EmptyCodes($"{prefix}grades[{i}].", input.Grades[i], text, problems);
        }

        for (var i = 0; i < input.Answers.Count; i++)
        {
            EmptyCodes($"{prefix}answers[{i}].", input.Answers[i], text, problems);
        }

        var method = input.Method ?? input.MethodWhenAbsent ?? scheme.DefaultMethod;
        var created = Evaluation.Create(scheme, input.Subject ?? "", input.Year ?? 2000, method, input.Answers.Select(ToModel), input.Grades.Select(ToModel));
        var offScale = false;
        foreach (var problem in created.Problems)
        {
            var reason = problem.Reason;
            if (reason.Code == "not-an-option")
            {
                // Name the criterion or sub-component: the row may be far from its id in a long file.
                offScale = true;
                var final = problem.Path.EndsWith(".final", StringComparison.Ordinal);
                if (Index(problem.Path, "answers") is { } i && scheme.FindCriterion(input.Answers[i].Criterion) is { } criterion)
                {
                    reason = JsonMessages.NotAnOption((final ? input.Answers[i].Final : input.Answers[i].Proposed) ?? "", criterion.Id, criterion.Scale.Codes());
                }
                else if (Index(problem.Path, "grades") is { } g && scheme.FindSubComponent(input.Grades[g].SubComponent) is { Scale: { } scale } sub)
                {
                    reason = JsonMessages.NotAGrade((final ? input.Grades[g].Final : input.Grades[g].Proposed) ?? "", sub.Id, scale.Codes());
                }
            }

            problems.Add(text.At(prefix + problem.Path, reason));
        }

        if (offScale && input.SchemeVersion is null && ChangedSince(scheme, 1))
        {
            // Codes of an earlier version's scales, without a version to say so: the change explains them.
            problems.Insert(before, text.At(prefix + "scheme", JsonMessages.SchemeVersionUnstated(scheme)));
        }

        return problems.Count == before ? created.GetValueOrThrow() : null;
    }

    private static void EmptyCodes(string path, AnswerJson row, DocumentValidator.Outcome text, List<Problem> problems)
    {
        if (row.Proposed is { } proposed && string.IsNullOrWhiteSpace(proposed))
        {
            problems.Add(text.At(path + "proposed", JsonMessages.EmptyCode));
        }

        if (row.Final is { } final && string.IsNullOrWhiteSpace(final))
        {
            problems.Add(text.At(path + "final", JsonMessages.EmptyCode));
        }
    }

    /// <summary>Whether a row carries anything: an empty row (a template's) is no answer.</summary>
    public static bool HasContent(string? proposed, string? final, int evidence, string? note) =>
        proposed is not null || final is not null || evidence > 0 || note is not null;

    /// <summary>Replaces the index of <c>name[k]</c> at the start of a path with <c>indexes[k]</c>.</summary>
    public static string RemapIndex(string path, string name, IReadOnlyList<int> indexes)
    {
        if (Index(path, name) is not { } k || k >= indexes.Count)
        {
            return path;
        }

        var end = path.IndexOf(']', StringComparison.Ordinal);
        return string.Create(CultureInfo.InvariantCulture, $"{name}[{indexes[k]}]{path[(end + 1)..]}");
    }

    private static bool ChangedSince(EvaluationScheme scheme, int version) =>
        version < scheme.Version && scheme.ChangesSince(version, Language.English).Count > 0;

    private static T Fill<T>(T row, CriterionAnswer? answer)
        where T : AnswerJson => Fill(row, answer?.Proposed, answer?.Final, answer?.Evidence, answer?.Note);

    private static T Fill<T>(T row, SubComponentAnswer? grade)
        where T : AnswerJson => Fill(row, grade?.Proposed, grade?.Final, grade?.Evidence, grade?.Note);

    private static T Fill<T>(T row, string? proposed, string? final, IEnumerable<string>? evidence, string? note)
        where T : AnswerJson
    {
        row.Proposed = proposed;
        row.Final = final;
        row.Evidence = evidence is null ? [] : [.. evidence];
        row.Note = note;
        return row;
    }

    private static CriterionAnswer ToModel(CriterionAnswerJson answer) => new(answer.Criterion, answer.Proposed, answer.Final)
    {
        Evidence = [.. answer.Evidence],
        Note = answer.Note,
    };

    private static SubComponentAnswer ToModel(SubComponentAnswerJson grade) => new(grade.SubComponent, grade.Proposed, grade.Final)
    {
        Evidence = [.. grade.Evidence],
        Note = grade.Note,
    };

    private static int? Index(string path, string name)
    {
        if (!path.StartsWith(name + "[", StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', StringComparison.Ordinal);
        return end > name.Length + 1 && int.TryParse(path.AsSpan(name.Length + 1, end - name.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var k) ? k : null;
    }
}
