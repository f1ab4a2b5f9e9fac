using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>A logic check's finding: a quality or use criterion valued above the existence criterion it depends on.
/// Scoring flags it and does not change either answer.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="CriterionId">The criterion valued too high, e.g. <c>1b.3</c>.</param>
/// <param name="DependsOn">The criterion it depends on, e.g. <c>1a.1</c>.</param>
/// <param name="Value">The criterion's value.</param>
/// <param name="DependencyValue">The dependency's value.</param>
/// <param name="Reason">Why it is flagged.</param>
public sealed record LogicFinding(string CriterionId, string DependsOn, decimal Value, decimal DependencyValue, Reason Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{CriterionId}: {Reason.English}";
}
