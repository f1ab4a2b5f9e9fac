namespace Sakip.Domain.Evaluations;

/// <summary>A grade (<i>predikat</i>) of a <see cref="GradeTable"/>, e.g. <c>AA</c> Sangat Memuaskan above 90.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Code">The predikat, e.g. <c>AA</c>.</param>
/// <param name="LowerEdge">The lower edge; <see langword="null"/> for the lowest grade.</param>
/// <param name="Label">The Indonesian label of the regulation, e.g. <c>Sangat Memuaskan</c>.</param>
/// <param name="EnglishLabel">An English rendering, e.g. <c>Very satisfying</c>.</param>
public sealed record Grade(string Code, decimal? LowerEdge, string Label, string EnglishLabel)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} ({Label})";
}
