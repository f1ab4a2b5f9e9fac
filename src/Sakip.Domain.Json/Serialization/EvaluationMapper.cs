using System.Globalization;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json.Reading;

namespace Sakip.Domain.Json.Serialization;

/// <summary>Converts between evaluations and their serialized shapes (the SAKIP document's evaluations and the answer
/// document), resolving schemes and mapping <see cref="Evaluation.Create(EvaluationScheme, string, int, EvaluationMethod, IEnumerable{CriterionAnswer}, IEnumerable{SubComponentAnswer})"/>'s problems to JSON paths.</summary>
internal static class EvaluationMapper
{
    public static EvaluationEntryJson ToJson(Evaluation evaluation) => new()
    {
        Scheme = evaluation.Scheme.Id,
        SchemeVersion = evaluation.Scheme.Version,
        Subject = evaluation.Subject,
        Year = evaluation.Year,
        Answers = [.. evaluation.Answers.Select(ToJson)],
    };

    public static CriterionAnswerJson ToJson(CriterionAnswer answer) => new()
    {
        Criterion = answer.CriterionId,
        Proposed = answer.Proposed,
        Final = answer.Final,
        Evidence = [.. answer.Evidence],
        Note = answer.Note,
    };

    /// <summary>The answer document of a scheme: a row per criterion, filled from <paramref name="evaluation"/> when
    /// given.</summary>
    public static AnswerDocumentJson ToAnswerDocument(EvaluationScheme scheme, string? subject, int? year, Evaluation? evaluation)
    {
        var rows = new List<AnswerRowJson>(scheme.Criteria.Count);
        foreach (var criterion in scheme.Criteria)
        {
            var (component, subComponent) = scheme.OwnerOf(criterion);
            var answer = evaluation?.AnswerTo(criterion.Id);
            rows.Add(new AnswerRowJson
            {
                Criterion = criterion.Id,
                Title = criterion.Title,
                Component = component.Id,
                SubComponent = subComponent.Id,
                Options = [.. criterion.Scale.Options.Select(o => o.Code)],
                Proposed = answer?.Proposed,
                Final = answer?.Final,
                Evidence = answer is null ? [] : [.. answer.Evidence],
                Note = answer?.Note,
            });
        }

        return new AnswerDocumentJson
        {
            FormatVersion = EvaluationJson.FormatVersion,
            Scheme = scheme.Id,
            SchemeVersion = scheme.Version,
            Subject = subject,
            Year = year,
            Answers = rows,
        };
    }

    /// <summary>Resolves the scheme and creates the evaluation, adding every problem (paths from
    /// <paramref name="prefix"/>, e.g. <c>$.</c> or <c>$.evaluations[2].</c>).</summary>
    /// <returns>The evaluation, or <see langword="null"/> when there was a problem.</returns>
    public static Evaluation? ToModel(
        string prefix,
        string schemeId,
        int? schemeVersion,
        string? subject,
        int? year,
        IReadOnlyList<CriterionAnswerJson> answers,
        Func<string, EvaluationScheme?> schemes,
        DocumentValidator.Outcome text,
        List<DocumentProblem> problems)
    {
        var scheme = schemes(schemeId.Trim());
        if (scheme is null)
        {
            problems.Add(text.At(prefix + "scheme", JsonMessages.UnknownScheme(schemeId, EvaluationSchemes.All.Select(s => s.Id))));
            return null;
        }

        var before = problems.Count;
        if (schemeVersion is { } version && version != scheme.Version)
        {
            problems.Add(text.At(prefix + "schemeVersion", JsonMessages.SchemeVersionMismatch(version, scheme.Id, scheme.Version)));
        }

        if (year is null)
        {
            problems.Add(text.At(prefix + "year", JsonMessages.Required));
        }

        var created = Evaluation.Create(scheme, subject ?? "", year ?? 2000, answers.Select(ToModel));
        foreach (var problem in created.Problems)
        {
            var reason = problem.Reason;
            if (reason.Code == "not-an-option" && Index(problem.Path, "answers") is { } i && scheme.FindCriterion(answers[i].Criterion) is { } criterion)
            {
                // Name the criterion: the row may be far from its id in a long file.
                var code = problem.Path.EndsWith(".final", StringComparison.Ordinal) ? answers[i].Final : answers[i].Proposed;
                reason = JsonMessages.NotAnOption(code ?? "", criterion.Id, criterion.Scale.Codes());
            }

            problems.Add(text.At(prefix + problem.Path, reason));
        }

        return problems.Count == before ? created.Model : null;
    }

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

    private static CriterionAnswer ToModel(CriterionAnswerJson answer) => new(answer.Criterion, answer.Proposed, answer.Final)
    {
        Evidence = [.. answer.Evidence],
        Note = answer.Note,
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
