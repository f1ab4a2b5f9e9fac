using Sakip.Domain.Collections;

namespace Sakip.Domain.Evaluations;

/// <summary>A part of a component with its weight and criteria, e.g. <c>1a</c> Keberadaan, 6 points.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Id">Unique id in the scheme, e.g. <c>1a</c>.</param>
/// <param name="Name">Name, e.g. <c>Keberadaan</c>.</param>
/// <param name="Weight">Weight in points of the 100-point total.</param>
/// <param name="Method">How the criteria make the score.</param>
/// <param name="Criteria">The criteria.</param>
public sealed record SubComponent(string Id, string Name, decimal Weight, ScoringMethod Method, ValueList<Criterion> Criteria)
{
    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Weight})";
}
