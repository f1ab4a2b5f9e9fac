namespace Sakip.Domain.Bands;

/// <summary>
/// The one classification mechanism behind <see cref="BandSet"/> (capaian bands) and
/// <see cref="Evaluations.GradeTable"/> (LKE grades): steps listed best first, each with a lower edge except the
/// last, which takes every value below the others; a value belongs to the first step it reaches, on the edge
/// semantics stated. One classification and one check of the ladder's order, so bands and grades can't disagree.
/// </summary>
internal static class EdgeLadder
{
    /// <summary>What is wrong with a ladder's order.</summary>
    public enum OrderProblem
    {
        /// <summary>The lowest step has a lower edge.</summary>
        LowestHasEdge,

        /// <summary>A step other than the lowest has no lower edge.</summary>
        MissingEdge,

        /// <summary>A step's edge is not strictly below the edge of the step above it.</summary>
        NotDescending,
    }

    /// <summary>Whether a value reaches a step with this lower edge (every value reaches the edgeless lowest step).</summary>
    public static bool Reaches(EdgeSemantics edges, decimal value, decimal? lowerEdge) =>
        lowerEdge is not { } edge || (edges == EdgeSemantics.LowerExclusive ? value > edge : value >= edge);

    /// <summary>The first step, best first, that the value reaches; the last step when it reaches none.</summary>
    public static T Classify<T>(ReadOnlySpan<T> steps, Func<T, decimal?> lowerEdgeOf, EdgeSemantics edges, decimal value)
    {
        foreach (var step in steps)
        {
            if (Reaches(edges, value, lowerEdgeOf(step)))
            {
                return step;
            }
        }

        return steps[^1];
    }

    /// <summary>What is wrong with step <paramref name="index"/> of a ladder of <paramref name="count"/> steps, or
    /// <see langword="null"/>.</summary>
    /// <param name="index">The step's position, best first.</param>
    /// <param name="count">How many steps there are.</param>
    /// <param name="lowerEdge">The step's lower edge.</param>
    /// <param name="edgeAbove">The lower edge of the step above it (none for the first).</param>
    public static OrderProblem? Check(int index, int count, decimal? lowerEdge, decimal? edgeAbove)
    {
        var isLast = index == count - 1;
        return isLast && lowerEdge is not null ? OrderProblem.LowestHasEdge
            : !isLast && lowerEdge is null ? OrderProblem.MissingEdge
            : !isLast && index > 0 && edgeAbove is { } above && lowerEdge >= above ? OrderProblem.NotDescending
            : null;
    }
}
