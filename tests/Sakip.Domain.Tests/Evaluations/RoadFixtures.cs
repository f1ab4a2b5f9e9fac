using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Bands;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>Schemes and evaluations for the next-grade road tests.</summary>
internal static class RoadFixtures
{
    /// <summary>A small custom scheme with both scoring methods, criterion and sub-component dependencies, and a grade
    /// scale on every sub-component, small enough to enumerate every road under either evaluation method:
    /// 1a (yes/no, 2 criteria, mean, 20; graded on the eight-level keberadaan scale), 1b (A–E, 3 criteria, two depending
    /// on 1a.1, mean, 40; graded on the eight-level scale, depending on 1a), 2a (A–E, points 25 + 15; graded A–E).</summary>
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
                ]) { Scale = AnswerScales.EightLevelExistence },
                new SubComponent("1b", "Kualitas", 40m, ScoringMethod.Mean, [
                    new Criterion("1b.1", "quality one", AnswerScales.AToE) { DependsOn = "1a.1" },
                    new Criterion("1b.2", "quality two", AnswerScales.AToE) { DependsOn = "1a.1" },
                    new Criterion("1b.3", "quality three", AnswerScales.AToE),
                ]) { Scale = AnswerScales.EightLevel, DependsOn = "1a" },
            ]),
            new Component("2", "Two", 40m, [
                new SubComponent("2a", "Points", 40m, ScoringMethod.Points, [
                    new Criterion("2a.1", "big", AnswerScales.AToE) { Points = 25m },
                    new Criterion("2a.2", "small", AnswerScales.AToE) { Points = 15m },
                ]) { Scale = AnswerScales.AToE },
            ]),
        ],
        GradeTables.PermenPanRb88Of2021)).GetValueOrThrow();

    /// <summary>Every built-in scheme and the small one.</summary>
    public static EvaluationScheme[] Schemes { get; } = [.. EvaluationSchemes.All, Small];

    /// <summary>A complete evaluation of <paramref name="scheme"/> by <paramref name="method"/> with random final
    /// answers to every criterion and random final grades of every sub-component that takes one.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="method">The method.</param>
    /// <returns>The generator.</returns>
    public static Gen<Evaluation> Complete(EvaluationScheme scheme, EvaluationMethod method) =>
        from options in Gen.CollectToArray(scheme.Criteria, c => Gen.Elements(c.Scale.Options.ToArray()))
        from grades in Gen.CollectToArray(scheme.SubComponents.Where(s => s.Scale is not null), s => Gen.Elements(s.Scale!.Options.ToArray()).Select(o => new SubComponentAnswer(s.Id, null, o.Code)))
        select Evaluation.Create(scheme, "Kabupaten Uji", 2025, method, scheme.Criteria.Zip(options, (c, o) => new CriterionAnswer(c.Id, null, o.Code)), grades).GetValueOrThrow();

    /// <summary>A complete evaluation of <paramref name="scheme"/> by either method it allows.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <returns>The generator.</returns>
    public static Gen<Evaluation> Complete(EvaluationScheme scheme) =>
        EvaluationGenerators.Methods(scheme).SelectMany(method => Complete(scheme, method));

    /// <summary>A complete evaluation of any built-in scheme or the small one, by either method the scheme allows.</summary>
    public static Arbitrary<Evaluation> AnyComplete { get; } = Gen.Elements(Schemes).SelectMany(Complete).ToArbitrary();

    /// <summary>Every evaluation whose counted answers (criteria, or sub-component grades, as the method says) are at
    /// least the given one's, a dependent answer never above its dependency's current value, found by enumeration (the
    /// small scheme only).</summary>
    /// <param name="evaluation">The starting evaluation.</param>
    /// <returns>Each reachable total with the number of answers changed.</returns>
    public static IEnumerable<(decimal Total, int Changed)> EveryImprovement(Evaluation evaluation)
    {
        var scheme = evaluation.Scheme;
        (AnswerScale Scale, string Code, string? DependsOn, decimal Factor)[] slots = evaluation.Method == EvaluationMethod.SubComponentGrades
            ? [.. scheme.SubComponents.Select(s => (s.Scale!, evaluation.GradeOf(s.Id)!.Final!, s.DependsOn, s.Weight))]
            : [.. scheme.Criteria.Select(c => (c.Scale, evaluation.AnswerTo(c.Id)!.Final!, c.DependsOn, Factor(scheme, c)))];
        var ids = evaluation.Method == EvaluationMethod.SubComponentGrades ? scheme.SubComponents.Select(s => s.Id).ToList() : scheme.Criteria.Select(c => c.Id).ToList();
        var current = slots.Select(s => s.Scale.Find(s.Code)!).ToArray();
        var choices = slots.Select((s, i) =>
        {
            var cap = s.DependsOn is { } d ? current[ids.IndexOf(d)].Value : 1m;
            return s.Scale.Options.Where(o => o == current[i] || (o.Value > current[i].Value && o.Value <= cap)).ToArray();
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
                foreach (var result in Enumerate(index + 1, total + (option.Value * slots[index].Factor), changed + (option == current[index] ? 0 : 1)))
                {
                    yield return result;
                }
            }
        }
    }

    /// <summary>The points a criterion adds at value 1 when criteria are graded.</summary>
    /// <param name="scheme">The scheme.</param>
    /// <param name="criterion">A criterion of the scheme.</param>
    /// <returns>Its points, or the sub-component weight over its number of criteria.</returns>
    public static decimal Factor(EvaluationScheme scheme, Criterion criterion)
    {
        var (_, sub) = scheme.OwnerOf(criterion);
        return sub.Method == ScoringMethod.Points ? criterion.Points!.Value : sub.Weight / sub.Criteria.Count;
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
