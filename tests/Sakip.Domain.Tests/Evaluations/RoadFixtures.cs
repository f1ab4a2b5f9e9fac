using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Schemes and evaluations for the next-grade road tests.</summary>
internal static class RoadFixtures
{
    /// <summary>A small scheme with both methods and a dependency, small enough to enumerate every road:
    /// 1a (yes/no, 2 criteria, mean, 20), 1b (A–E, 3 criteria depending on 1a.1, mean, 40), 2a (A–E, points 25 + 15).</summary>
    public static EvaluationScheme Small { get; } = EvaluationScheme.Create(new SchemeDefinition(
        "small",
        1,
        "Small test scheme",
        "test",
        [
            new Component("1", "One", 60m, [
                new SubComponent("1a", "Keberadaan", 20m, ScoringMethod.Mean, [
                    new Criterion("1a.1", "exists", AnswerScales.YesNo),
                    new Criterion("1a.2", "exists too", AnswerScales.YesNo),
                ]),
                new SubComponent("1b", "Kualitas", 40m, ScoringMethod.Mean, [
                    new Criterion("1b.1", "quality one", AnswerScales.AToE) { DependsOn = "1a.1" },
                    new Criterion("1b.2", "quality two", AnswerScales.AToE) { DependsOn = "1a.1" },
                    new Criterion("1b.3", "quality three", AnswerScales.AToE),
                ]),
            ]),
            new Component("2", "Two", 40m, [
                new SubComponent("2a", "Points", 40m, ScoringMethod.Points, [
                    new Criterion("2a.1", "big", AnswerScales.AToE) { Points = 25m },
                    new Criterion("2a.2", "small", AnswerScales.AToE) { Points = 15m },
                ]),
            ]),
        ],
        GradeTables.PermenPanRb88Of2021)).Model;

    /// <summary>A complete evaluation of <paramref name="scheme"/> with random final answers.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The generator.</returns>
    public static Gen<Evaluation> Complete(EvaluationScheme scheme) =>
        Gen.CollectToArray(scheme.Criteria, c => Gen.Elements(c.Scale.Options.ToArray()))
            .Select(options => Evaluation.Create(scheme, "Kabupaten Uji", 2025, scheme.Criteria.Zip(options, (c, o) => new CriterionAnswer(c.Id, null, o.Code))).Model);

    /// <summary>A complete evaluation of any built-in scheme or the small one.</summary>
    public static Arbitrary<Evaluation> AnyComplete { get; } =
        Gen.Elements(EvaluationSchemes.PermenPanRb88Of2021, EvaluationSchemes.PermenPanRb12Of2015, Small).SelectMany(Complete).ToArbitrary();

    /// <summary>Every evaluation whose answers are at least the given one's, a dependent criterion never above its
    /// dependency's current value, found by enumeration (the small scheme only).</summary>
    /// <param name="evaluation">The starting evaluation.</param>
    /// <returns>Each reachable total with the number of criteria changed.</returns>
    public static IEnumerable<(decimal Total, int Changed)> EveryImprovement(Evaluation evaluation)
    {
        var scheme = evaluation.Scheme;
        var current = scheme.Criteria.Select(c => c.Scale.Find(evaluation.AnswerTo(c.Id)!.Final)!).ToArray();
        var choices = scheme.Criteria.Select((c, i) =>
        {
            var cap = c.DependsOn is { } d ? current[scheme.Criteria.ToList().FindIndex(k => k.Id == d)].Value : 1m;
            return c.Scale.Options.Where(o => o == current[i] || (o.Value > current[i].Value && o.Value <= cap)).ToArray();
        }).ToArray();
        var factors = scheme.Criteria.Select(c =>
        {
            var (_, sub) = scheme.OwnerOf(c);
            return sub.Method == ScoringMethod.Points ? c.Points!.Value : sub.Weight / sub.Criteria.Count;
        }).ToArray();
        return Enumerate(0, 0m, 0);

        IEnumerable<(decimal, int)> Enumerate(int index, decimal total, int changed)
        {
            if (index == choices.Length)
            {
                yield return (total, changed);
                yield break;
            }

            foreach (var option in choices[index])
            {
                foreach (var result in Enumerate(index + 1, total + (option.Value * factors[index]), changed + (option == current[index] ? 0 : 1)))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>Whether a total reaches a grade under the scheme's deciding rule.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="total">The exact total.</param>
    /// <param name="grade">The grade.</param>
    /// <returns>Whether it reaches.</returns>
    public static bool Reaches(EvaluationScheme scheme, decimal total, Grade grade) =>
        grade.LowerEdge is not { } edge || (scheme.Grades.Edges == EdgeSemantics.LowerExclusive
            ? scheme.Grades.DecidingScore(total) > edge
            : scheme.Grades.DecidingScore(total) >= edge);
}
