using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>The data of an evaluation scheme before it is checked: give it to <see cref="EvaluationScheme.Create"/>.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">Stable id, e.g. <c>permenpanrb-88-2021</c>.</param>
/// <param name="Version">Version of the data, at least 1.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Basis">Legal basis.</param>
/// <param name="Components">Components; their weights add up to 100.</param>
/// <param name="Grades">The grade table.</param>
public sealed record SchemeDefinition(string Id, int Version, string Name, string Basis, ValueList<Component> Components, GradeTable Grades)
{
    /// <summary>Assumptions the data makes where sources are open or disagree.</summary>
    public ValueList<string> Assumptions { get; init; }

    /// <summary>The method new evaluations of the scheme use unless they say otherwise (templates are written for it).
    /// <see cref="EvaluationMethod.SubComponentGrades"/> needs a <see cref="SubComponent.Scale"/> on every
    /// sub-component.</summary>
    public EvaluationMethod DefaultMethod { get; init; }

    /// <summary>What changed in each version after the first, so that answers written for an earlier version are
    /// refused with the reason rather than scored on other data.</summary>
    public ValueList<SchemeChange> Changes { get; init; }
}

/// <summary>What changed in one version of a scheme's data.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Version">The version that made the change.</param>
/// <param name="Description">What changed and why.</param>
public sealed record SchemeChange(int Version, BilingualText Description);
