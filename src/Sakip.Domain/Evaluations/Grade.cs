using Sakip.Domain.Text;

namespace Sakip.Domain.Evaluations;

/// <summary>A grade (<i>predikat</i>) of a <see cref="GradeTable"/>, e.g. <c>AA</c> Sangat Memuaskan above 90.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Code">The predikat, e.g. <c>AA</c>.</param>
/// <param name="LowerEdge">The lower edge; <see langword="null"/> for the lowest grade.</param>
/// <param name="Label">The label: in Indonesian as the regulation words it, e.g. <c>Sangat Memuaskan</c>, and an
/// English rendering, e.g. <c>Very satisfying</c>.</param>
public sealed record Grade(string Code, decimal? LowerEdge, BilingualText Label)
{
    /// <summary>The predikat with its Indonesian label.</summary>
    /// <returns>For example <c>AA (Sangat Memuaskan)</c>.</returns>
    public override string ToString() => $"{Code} ({Label.Indonesian})";
}
