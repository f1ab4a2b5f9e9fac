using System.Collections.Frozen;
using Ardalis.GuardClauses;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations;

/// <summary>
/// An evaluation scheme (LKE worksheet) as versioned data: components → sub-components → criteria with weights,
/// answer scales and scoring methods, the grade table, and the legal basis. Built in:
/// <see cref="EvaluationSchemes.PermenPanRb88Of2021"/> (the default) and <see cref="EvaluationSchemes.PermenPanRb12Of2015"/>;
/// adapted worksheets are created with <see cref="Create"/> or loaded from JSON (<c>Sakip.Domain.Json</c>).
/// </summary>
/// <remarks>A created scheme is valid: weights add up, ids are unique, scales are well formed. Immutable and
/// thread-safe.</remarks>
public sealed partial class EvaluationScheme
{
    private readonly FrozenDictionary<string, int> _criterionIndex;
    private readonly FrozenDictionary<string, int> _subComponentIndex;

    private EvaluationScheme(SchemeDefinition definition)
    {
        Id = definition.Id;
        Version = definition.Version;
        Name = definition.Name;
        Basis = definition.Basis;
        Components = definition.Components;
        Grades = definition.Grades;
        Assumptions = definition.Assumptions;
        DefaultMethod = definition.DefaultMethod;
        Changes = definition.Changes;
        var criteria = new List<Criterion>();
        var subComponents = new List<SubComponent>();
        var owners = new List<(int Component, int SubComponent)>();
        for (var c = 0; c < Components.Count; c++)
        {
            for (var s = 0; s < Components[c].SubComponents.Count; s++)
            {
                subComponents.Add(Components[c].SubComponents[s]);
                foreach (var criterion in Components[c].SubComponents[s].Criteria)
                {
                    criteria.Add(criterion);
                    owners.Add((c, s));
                }
            }
        }

        Criteria = criteria;
        Owners = [.. owners];
        _criterionIndex = criteria.Select((k, i) => (Id: k.Id.Trim(), i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.OrdinalIgnoreCase);
        Dependencies = [.. criteria.Select(k => k.DependsOn is { } d ? _criterionIndex[d.Trim()] : -1)];
        SubComponents = subComponents;
        _subComponentIndex = subComponents.Select((k, i) => (Id: k.Id.Trim(), i)).ToFrozenDictionary(p => p.Id, p => p.i, StringComparer.OrdinalIgnoreCase);
        SubComponentDependencies = [.. subComponents.Select(k => k.DependsOn is { } d ? _subComponentIndex[d.Trim()] : -1)];
        SubComponentOf = [.. owners.Select(o => subComponents.IndexOf(Components[o.Component].SubComponents[o.SubComponent]))];
    }

    /// <summary>Stable id, e.g. <c>permenpanrb-88-2021</c>.</summary>
    public string Id { get; }

    /// <summary>Version of the data; a changed worksheet gets a new version.</summary>
    public int Version { get; }

    /// <summary>Human-readable name.</summary>
    public string Name { get; }

    /// <summary>The legal basis, e.g. <c>PermenPAN-RB 88/2021</c>.</summary>
    public string Basis { get; }

    /// <summary>The components in worksheet order.</summary>
    public ValueList<Component> Components { get; }

    /// <summary>The grade table.</summary>
    public GradeTable Grades { get; }

    /// <summary>The assumptions the data makes where the sources are open or disagree, each with what it assumes.</summary>
    public ValueList<string> Assumptions { get; }

    /// <summary>The method new evaluations use unless they say otherwise: <see cref="EvaluationMethod.SubComponentGrades"/>
    /// (the official one) for PermenPAN-RB 88/2021, <see cref="EvaluationMethod.CriterionGrades"/> for worksheets that
    /// grade every question.</summary>
    public EvaluationMethod DefaultMethod { get; }

    /// <summary>What changed in each version after the first.</summary>
    public ValueList<SchemeChange> Changes { get; }

    /// <summary>Every criterion in worksheet order.</summary>
    public IReadOnlyList<Criterion> Criteria { get; }

    /// <summary>Every sub-component in worksheet order.</summary>
    public IReadOnlyList<SubComponent> SubComponents { get; }

    /// <summary>Whether every sub-component can take a grade as a whole, so that evaluations can use
    /// <see cref="EvaluationMethod.SubComponentGrades"/>.</summary>
    public bool SupportsSubComponentGrades => SubComponents.All(s => s.Scale is not null);

    internal (int Component, int SubComponent)[] Owners { get; }

    internal int[] Dependencies { get; }

    internal int[] SubComponentDependencies { get; }

    /// <summary>The flat sub-component index of each criterion.</summary>
    internal int[] SubComponentOf { get; }

    /// <summary>Creates a scheme, checking every rule; returns the scheme or every problem with its path
    /// (<c>components[1].subComponents[0].weight</c>).</summary>
    /// <param name="definition">The scheme's data.</param>
    /// <returns>The scheme, or the problems.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="definition"/> is null.</exception>
    public static Result<EvaluationScheme> Create(SchemeDefinition definition)
    {
        Guard.Against.Null(definition);
        var problems = Validate(definition);
        return problems.Count == 0 ? Result<EvaluationScheme>.Success(new EvaluationScheme(definition)) : Result<EvaluationScheme>.Failure(problems);
    }

    /// <summary>The data of this scheme, to change and create again (<c>scheme.ToDefinition() with { … }</c>).</summary>
    /// <returns>The definition.</returns>
    public SchemeDefinition ToDefinition() => new(Id, Version, Name, Basis, Components, Grades)
    {
        Assumptions = Assumptions,
        DefaultMethod = DefaultMethod,
        Changes = Changes,
    };

    /// <summary>Finds a sub-component by id, ignoring case.</summary>
    /// <param name="id">The id, e.g. <c>1a</c>.</param>
    /// <returns>The sub-component, or <see langword="null"/>.</returns>
    public SubComponent? FindSubComponent(string? id) => SubComponentIndexOf(id) is var i and >= 0 ? SubComponents[i] : null;

    /// <summary>What changed since an earlier version of this scheme's data, in the language asked.</summary>
    /// <param name="version">The earlier version.</param>
    /// <param name="language">The language.</param>
    /// <returns>The changes of every later version, oldest first; empty when none is recorded.</returns>
    public IReadOnlyList<string> ChangesSince(int version, Text.Language language) =>
        [.. Changes.Where(c => c.Version > version && c.Version <= Version).OrderBy(c => c.Version).Select(c => c.Description.In(language))];

    /// <summary>Finds a criterion by id, ignoring case.</summary>
    /// <param name="id">The id, e.g. <c>1a.1</c>.</param>
    /// <returns>The criterion, or <see langword="null"/>.</returns>
    public Criterion? FindCriterion(string? id) => IndexOf(id) is var i and >= 0 ? Criteria[i] : null;

    /// <summary>The component and sub-component a criterion belongs to.</summary>
    /// <param name="criterion">A criterion of this scheme.</param>
    /// <returns>Its component and sub-component.</returns>
    /// <exception cref="ArgumentException">The criterion is not in this scheme.</exception>
    public (Component Component, SubComponent SubComponent) OwnerOf(Criterion criterion)
    {
        Guard.Against.Null(criterion);
        var index = IndexOf(criterion.Id);
        Guard.Against.Negative(index, nameof(criterion), $"Criterion {criterion.Id} is not in scheme {Id}.");
        var (c, s) = Owners[index];
        return (Components[c], Components[c].SubComponents[s]);
    }

    /// <summary>A copy in which the given criteria take another answer scale, e.g. to treat a criterion the built-in
    /// data assumes graded as yes/no. The copy is a new version of the same id.</summary>
    /// <param name="scale">The scale.</param>
    /// <param name="criterionIds">The criteria to change.</param>
    /// <returns>The changed scheme, or the problems (no criterion given, an unknown id, a malformed scale).</returns>
    public Result<EvaluationScheme> WithScale(AnswerScale scale, params string[] criterionIds)
    {
        Guard.Against.Null(scale);
        Guard.Against.Null(criterionIds);
        if (criterionIds.Length == 0)
        {
            return Result<EvaluationScheme>.Failure([new Problem("criterionIds", Messages.Required)]);
        }

        var unknown = criterionIds.Where(id => IndexOf(id) < 0).Select(id => new Problem("criterionIds", Messages.UnknownCriterion(id))).ToList();
        if (unknown.Count > 0)
        {
            return Result<EvaluationScheme>.Failure(unknown);
        }

        var change = criterionIds.ToHashSet(StringComparer.OrdinalIgnoreCase);
        var components = Components.Select(c => c with
        {
            SubComponents = [.. c.SubComponents.Select(s => s with
            {
                Criteria = [.. s.Criteria.Select(k => change.Contains(k.Id) ? k with { Scale = scale } : k)],
            })],
        });
        var note = $"Criteria {string.Join(", ", criterionIds)} use scale {scale.Id} (changed from version {Version}).";
        return Create(ToDefinition() with { Version = Version + 1, Components = [.. components], Assumptions = [.. Assumptions, note] });
    }

    /// <summary>Grades a total the way this scheme decides: the total must be within 0–100, is rounded by the grade
    /// table's deciding rule (two decimals half up in both regulations: 90.004 decides as 90.00, grade A), then
    /// classified. <see cref="GradeTable.Classify"/> grades a score exactly as given.</summary>
    /// <param name="total">The total.</param>
    /// <returns>The grade, or the problem when the total is outside 0–100.</returns>
    public Result<Grade> Grade(decimal total) => Grades.Decide(total);

    /// <inheritdoc />
    public override string ToString() => $"{Id} v{Version}";

    internal int IndexOf(string? id) => id is not null && _criterionIndex.TryGetValue(id.Trim(), out var i) ? i : -1;

    internal int SubComponentIndexOf(string? id) => id is not null && _subComponentIndex.TryGetValue(id.Trim(), out var i) ? i : -1;
}
