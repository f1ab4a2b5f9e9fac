using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Testing;

/// <summary>
/// What <see cref="EvaluationGenerators"/> does not generate yet, for the JSON round trips: schemes with sub-component
/// scales (none, some or all), sub-component dependencies, a default method, recorded changes and English option
/// labels; and evaluations with a method and sub-component grades (proposed, final, evidence, notes) beside their
/// criterion answers.
/// </summary>
internal static class GradeGenerators
{
    /// <summary>Valid schemes: <see cref="EvaluationGenerators.Definitions"/> with the additions above.</summary>
    public static Gen<EvaluationScheme> Schemes { get; } =
        from definition in EvaluationGenerators.Definitions()
        from decorated in Decorate(definition)
        select EvaluationScheme.Create(decorated).GetValueOrThrow();

    /// <summary>Evaluations of random schemes (<see cref="Schemes"/>), complete or not, graded by either method the
    /// scheme takes.</summary>
    public static Gen<Evaluation> Evaluations { get; } =
        from scheme in Schemes
        from evaluation in EvaluationGenerators.Evaluations(scheme)
        from graded in Graded(evaluation)
        select graded;

    /// <summary>The evaluation with a method the scheme takes and grades for some of the sub-components that take one,
    /// with codes in any case, evidence and notes (some rows empty).</summary>
    public static Gen<Evaluation> Graded(Evaluation evaluation)
    {
        var scheme = evaluation.Scheme;
        var methods = scheme.SupportsSubComponentGrades ? new[] { EvaluationMethod.CriterionGrades, EvaluationMethod.SubComponentGrades } : [EvaluationMethod.CriterionGrades];
        return from method in Gen.Elements(methods)
               from grades in Gen.CollectToArray(scheme.SubComponents.Where(s => s.Scale is not null), Grade)
               select Evaluation.Create(scheme, evaluation.Subject, evaluation.Year, method, evaluation.Answers, grades.OfType<SubComponentAnswer>()).GetValueOrThrow();
    }

    private static Gen<SubComponentAnswer?> Grade(SubComponent sub) =>
        from given in Gen.Frequency((1, Gen.Constant(false)), (4, Gen.Constant(true)))
        from proposed in Gen.Elements(Codes(sub.Scale!, lower: false))
        from final in Gen.Elements(Codes(sub.Scale!, lower: true))
        from evidence in Gen.Elements<string[]>([], ["LHE AKIP 2025"], ["Kertas kerja \"evaluasi\"", "https://example.org/lke?id=1&x=2"])
        from note in Gen.Elements<string?>(null, "Catatan evaluator – “perlu perbaikan”")
        select given ? new SubComponentAnswer(sub.Id, proposed, final) { Evidence = [.. evidence], Note = note } : null;

    // No code, or a code of the scale (also in lower case: read ignoring case, stored as the scale writes it).
    private static string?[] Codes(AnswerScale scale, bool lower) =>
        [null, .. scale.Options.Select(o => o.Code), .. lower ? scale.Options.Select(o => o.Code.ToLowerInvariant()) : []];

    private static Gen<SchemeDefinition> Decorate(SchemeDefinition definition)
    {
        var subCount = definition.Components.Sum(c => c.SubComponents.Count);
        return from coverage in Gen.Elements(0, 1, 2)
               from scales in Gen.ArrayOf(EvaluationGenerators.Scales(), subCount)
               from rolls in Gen.ArrayOf(Gen.Choose(0, 99), subCount)
               from subDefault in Gen.Elements(false, true)
               from changed in Gen.ArrayOf(Gen.Elements(false, true), Math.Max(0, definition.Version - 1))
               select Decorated(definition, coverage, scales, rolls, subDefault, changed);
    }

    private static SchemeDefinition Decorated(SchemeDefinition definition, int coverage, AnswerScale[] scales, int[] rolls, bool subDefault, bool[] changed)
    {
        // coverage: 0 = no sub-component takes a grade, 1 = some, 2 = all.
        var index = 0;
        var components = new List<Component>();
        foreach (var component in definition.Components)
        {
            var subs = new List<SubComponent>();
            foreach (var sub in component.SubComponents)
            {
                var scaled = coverage == 2 || (coverage == 1 && rolls[index] < 50);
                subs.Add(sub with
                {
                    Scale = scaled ? scales[index] : null,
                    DependsOn = subs.Count > 0 && rolls[index] % 3 == 0 ? subs[0].Id : null,
                });
                index++;
            }

            components.Add(component with { SubComponents = [.. subs] });
        }

        return definition with
        {
            Components = [.. components],
            DefaultMethod = coverage == 2 && subDefault ? EvaluationMethod.SubComponentGrades : EvaluationMethod.CriterionGrades,
            Changes = [.. changed.Select((c, i) => (c, Version: i + 2)).Where(p => p.c).Select(p => new SchemeChange(p.Version, new($"Version {p.Version} changed a weight.", $"Versi {p.Version} mengubah bobot.")))],
        };
    }
}
