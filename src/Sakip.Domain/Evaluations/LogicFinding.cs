using System.Text.Json.Serialization;
using Sakip.Domain.Serialization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>What a logic check found.</summary>
[JsonConverter(typeof(CamelCaseEnumJsonConverter<LogicFindingKind>))]
public enum LogicFindingKind
{
    /// <summary>A criterion (or sub-component) valued above the existence criterion (or sub-component) it depends on:
    /// quality or use cannot exceed existence.</summary>
    AboveDependency = 0,

    /// <summary>A sub-component's grade disagrees with its criteria's grades: the option of the sub-component's scale
    /// nearest to the criteria's mean value (ties to the lower) is not the grade given.</summary>
    GradeMismatch = 1,
}

/// <summary>A logic check's finding. Scoring flags it and changes no answer: the evaluation's method decides which
/// answers make the score.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Kind">What was found.</param>
/// <param name="Id">The criterion or sub-component flagged, e.g. <c>1b.3</c> or <c>1b</c>.</param>
/// <param name="RelatedId">The criterion or sub-component it depends on (<see cref="LogicFindingKind.AboveDependency"/>),
/// or <see langword="null"/> for a <see cref="LogicFindingKind.GradeMismatch"/> (compared with its own criteria).</param>
/// <param name="Value">The flagged answer's value (0–1).</param>
/// <param name="RelatedValue">The dependency's value, or the mean value of the sub-component's criteria (0–1).</param>
/// <param name="Reason">Why it is flagged, in both languages.</param>
public sealed record LogicFinding(LogicFindingKind Kind, string Id, string? RelatedId, decimal Value, decimal RelatedValue, Reason Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id}: {Reason.Message.English}";
}
