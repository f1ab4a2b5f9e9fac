using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Benchmarks.Evaluations;

/// <summary>Deterministic evaluations of PermenPAN-RB 88/2021 on its eight-level scale, and the naive scorers a typical
/// e-SAKIP app hand-rolls for both methods.</summary>
internal static class EvaluationFixtures
{
    /// <summary>Evaluations with pseudo-random final answers (seeded), e.g. every agency of a province: every criterion
    /// answered and every sub-component graded, so that either method scores them completely.</summary>
    /// <param name="count">How many.</param>
    /// <param name="method">The method the evaluations are graded by.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The evaluations.</returns>
    public static Evaluation[] Create(int count, EvaluationMethod method, int seed = 2025)
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Evaluation.Create(
            scheme,
            $"Perangkat Daerah {i + 1}",
            2025,
            method,
            scheme.Criteria.Select(c => new CriterionAnswer(c.Id, null, Pick(scheme.OwnerOf(c).SubComponent, c.Scale, random))),
            scheme.SubComponents.Select(s => new SubComponentAnswer(s.Id, null, Pick(s, s.Scale!, random)))).GetValueOrThrow())];
    }

    /// <summary>Criterion answers as the naive app keeps them: criterion id → code.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The dictionary.</returns>
    public static Dictionary<string, string> Codes(Evaluation evaluation) =>
        evaluation.Answers.ToDictionary(a => a.CriterionId, a => a.Final!);

    /// <summary>Sub-component grades as the naive app keeps them: sub-component id → code.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The dictionary.</returns>
    public static Dictionary<string, string> GradeCodes(Evaluation evaluation) =>
        evaluation.Grades.ToDictionary(g => g.SubComponentId, g => g.Final!);

    /// <summary>The naive per-criterion scorer: mean of values × weight per sub-component, with LINQ and string
    /// lookups, no validation, no completeness, no explanation.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="codes">Criterion id → answer code.</param>
    /// <returns>The total.</returns>
    public static decimal NaiveScore(EvaluationScheme scheme, Dictionary<string, string> codes) =>
        scheme.Components.SelectMany(c => c.SubComponents)
            .Sum(s => s.Criteria.Select(k => k.Scale.Options.First(o => o.Code == codes[k.Id]).Value).Average() * s.Weight);

    /// <summary>The naive per-sub-component scorer: weight × the grade's value, with LINQ and string lookups, nothing
    /// else.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="grades">Sub-component id → grade code.</param>
    /// <returns>The total.</returns>
    public static decimal NaiveGradeScore(EvaluationScheme scheme, Dictionary<string, string> grades) =>
        scheme.Components.SelectMany(c => c.SubComponents)
            .Sum(s => s.Scale!.Options.First(o => o.Code == grades[s.Id]).Value * s.Weight);

    /// <summary>Keberadaan mostly met (AA, A or BB nine times in ten, else B–D); kualitas and pemanfaatan spread over
    /// B–D, as real worksheets are.</summary>
    private static string Pick(SubComponent sub, AnswerScale scale, Random random)
    {
        var index = sub.Id[^1] == 'a'
            ? (random.Next(10) < 9 ? random.Next(3) : 3 + random.Next(4))
            : 3 + random.Next(4);
        return scale.Options[index].Code;
    }
}
