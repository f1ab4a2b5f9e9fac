using Sakip.Domain.Evaluations;

namespace Sakip.Domain.Tests.Evaluations;

/// <summary>A small valid scheme definition and helpers to change one part of it.</summary>
/// <remarks>
/// Component 1 (60): 1a mean 20 with yes/no criteria 1a.1 and 1a.2; 1b mean 40 with A–E criteria 1b.1 (depends on
/// 1a.1) and 1b.2 (depends on 1a.2). Component 2 (40): 2a points 40 with A–E criteria 2a.1 (15 points) and 2a.2
/// (25 points). Grades of PermenPAN-RB 88/2021. <see cref="Graded"/> adds a grade scale to every sub-component.
/// </remarks>
internal static class SchemeFixtures
{
    public static SchemeDefinition Valid { get; } = new(
        "uji",
        1,
        "Skema uji",
        "Uji",
        [
            new Component("1", "Perencanaan", 60m, [
                new SubComponent("1a", "Keberadaan", 20m, ScoringMethod.Mean, [
                    new Criterion("1a.1", "Renstra tersedia", AnswerScales.YesNo),
                    new Criterion("1a.2", "IKU ditetapkan", AnswerScales.YesNo),
                ]),
                new SubComponent("1b", "Kualitas", 40m, ScoringMethod.Mean, [
                    new Criterion("1b.1", "Renstra berkualitas", AnswerScales.AToE) { DependsOn = "1a.1" },
                    new Criterion("1b.2", "IKU SMART", AnswerScales.AToE) { DependsOn = "1a.2" },
                ]),
            ]),
            new Component("2", "Pengukuran", 40m, [
                new SubComponent("2a", "Pengukuran", 40m, ScoringMethod.Points, [
                    new Criterion("2a.1", "Pedoman pengukuran", AnswerScales.AToE) { Points = 15m },
                    new Criterion("2a.2", "Data andal", AnswerScales.AToE) { Points = 25m },
                ]),
            ]),
        ],
        GradeTables.PermenPanRb88Of2021);

    public static EvaluationScheme Scheme { get; } = EvaluationScheme.Create(Valid).GetValueOrThrow();

    /// <summary><see cref="Valid"/> with a grade scale on every sub-component, graded per sub-component by default:
    /// 1a on the eight-level keberadaan scale, 1b on the eight-level scale depending on 1a, 2a on the eight-level
    /// scale.</summary>
    public static SchemeDefinition Graded { get; } = Valid
        .MapSub("1a", s => s with { Scale = AnswerScales.EightLevelExistence })
        .MapSub("1b", s => s with { Scale = AnswerScales.EightLevel, DependsOn = "1a" })
        .MapSub("2a", s => s with { Scale = AnswerScales.EightLevel })
        with
    {
        Id = "uji-predikat",
        DefaultMethod = EvaluationMethod.SubComponentGrades,
    };

    public static EvaluationScheme GradedScheme { get; } = EvaluationScheme.Create(Graded).GetValueOrThrow();

    public static SchemeDefinition MapComponent(this SchemeDefinition d, string id, Func<Component, Component> change) =>
        d with { Components = [.. d.Components.Select(c => c.Id == id ? change(c) : c)] };

    public static SchemeDefinition MapSub(this SchemeDefinition d, string id, Func<SubComponent, SubComponent> change) =>
        d with { Components = [.. d.Components.Select(c => c with { SubComponents = [.. c.SubComponents.Select(s => s.Id == id ? change(s) : s)] })] };

    public static SchemeDefinition MapCriterion(this SchemeDefinition d, string id, Func<Criterion, Criterion> change) =>
        d.Components.SelectMany(c => c.SubComponents).Aggregate(d, (acc, s) => acc.MapSub(s.Id, sub => sub with
        {
            Criteria = [.. sub.Criteria.Select(k => k.Id == id ? change(k) : k)],
        }));

    public static AnswerScale ScaleOf(params decimal[] values) =>
        new("uji", "Uji", values.Select((v, i) => new AnswerOption(((char)('A' + i)).ToString(), v, new("Level " + i, "Tingkat " + i))));
}
