using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Benchmarks.Evaluations;

/// <summary>Deterministic evaluations of PermenPAN-RB 88/2021 and the naive scorer a typical e-SAKIP app hand-rolls.</summary>
internal static class EvaluationFixtures
{
    /// <summary>Evaluations with pseudo-random final answers (seeded), e.g. every agency of a province.</summary>
    /// <param name="count">How many.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The evaluations.</returns>
    public static Evaluation[] Create(int count, int seed = 2025)
    {
        var scheme = EvaluationSchemes.PermenPanRb88Of2021;
        var random = new Random(seed);
        return [.. Enumerable.Range(0, count).Select(i => Evaluation.Create(scheme, $"Perangkat Daerah {i + 1}", 2025, scheme.Criteria.Select(c =>
        {
            // Existence mostly met; quality and use spread over B–D, as real worksheets are.
            var options = c.Scale.Options;
            var index = options.Count == 2 ? (random.Next(10) < 9 ? 0 : 1) : 1 + random.Next(3);
            return new CriterionAnswer(c.Id, null, options[index].Code);
        })).Model)];
    }

    /// <summary>Answers as the naive app keeps them: criterion id → code.</summary>
    /// <param name="evaluation">The evaluation.</param>
    /// <returns>The dictionary.</returns>
    public static Dictionary<string, string> Codes(Evaluation evaluation) =>
        evaluation.Answers.ToDictionary(a => a.CriterionId, a => a.Final!);

    /// <summary>The naive scorer: mean of values × weight per sub-component, with LINQ and string lookups, no
    /// validation, no completeness, no explanation.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="codes">Criterion id → answer code.</param>
    /// <returns>The total.</returns>
    public static decimal NaiveScore(EvaluationScheme scheme, Dictionary<string, string> codes) =>
        scheme.Components.SelectMany(c => c.SubComponents)
            .Sum(s => s.Criteria.Select(k => k.Scale.Options.First(o => o.Code == codes[k.Id]).Value).Average() * s.Weight);
}
