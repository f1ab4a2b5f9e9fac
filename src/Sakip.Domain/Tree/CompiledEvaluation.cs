using Ardalis.GuardClauses;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tree;

/// <summary>
/// A <see cref="CompiledTree"/> evaluated: every node's figure, status and ratio-of-sums amounts in flat arrays,
/// indexed as <see cref="CompiledTree.NodeIds"/> (use <see cref="CompiledTree.IndexOf"/>), or looked up by node id.
/// The figures and statuses are exactly those of <see cref="TreeEvaluator"/>; for how a figure was reached, evaluate
/// the object model.
/// </summary>
/// <remarks>Immutable and thread-safe. The spans read the evaluation's own arrays, which nothing changes.</remarks>
public sealed class CompiledEvaluation
{
    private readonly Lazy<(decimal[] Numerators, decimal[] Denominators)> _amounts;

    internal CompiledEvaluation(CompiledTree tree, decimal[] values, NodeStatus[] statuses, decimal[]? numerators, decimal[]? denominators)
    {
        Tree = tree;
        ValueArray = values;
        StatusArray = statuses;
        _amounts = numerators is not null && denominators is not null
            ? new((numerators, denominators))
            : new(() => tree.SumAmounts(statuses), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The tree evaluated.</summary>
    public CompiledTree Tree { get; }

    /// <summary>Every node's exact figure by compiled index; 0 where the status is <see cref="NodeStatus.NoData"/>.</summary>
    public ReadOnlySpan<decimal> Values => ValueArray;

    /// <summary>Every node's status by compiled index.</summary>
    public ReadOnlySpan<NodeStatus> Statuses => StatusArray;

    /// <summary>Every node's ratio-of-sums numerator (the realised amounts below it) by compiled index. Under the
    /// built-in mean, weighted mean and worst strategies (which never read amounts), the amounts are summed on first
    /// use of this, <see cref="Denominators"/>, <see cref="Numerator"/> or <see cref="Denominator"/>.</summary>
    public ReadOnlySpan<decimal> Numerators => NumeratorArray;

    /// <summary>Every node's ratio-of-sums denominator (the target amounts below it) by compiled index.</summary>
    public ReadOnlySpan<decimal> Denominators => DenominatorArray;

    internal decimal[] ValueArray { get; }

    internal NodeStatus[] StatusArray { get; }

    /// <summary>The amounts; for strategies that never read them, summed on first use.</summary>
    internal decimal[] NumeratorArray => _amounts.Value.Numerators;

    internal decimal[] DenominatorArray => _amounts.Value.Denominators;

    /// <summary>A node's figure.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The exact figure, or <see langword="null"/> when the node has no data.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public Percentage? Value(string nodeId) => ValueAt(Tree.IndexOf(nodeId));

    /// <summary>A node's figure by compiled index.</summary>
    /// <param name="index">The compiled index.</param>
    /// <returns>The exact figure, or <see langword="null"/> when the node has no data.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Percentage? ValueAt(int index) => StatusArray[index] == NodeStatus.NoData ? null : new Percentage(ValueArray[index]);

    /// <summary>A node's status.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>Complete, incomplete or no data.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public NodeStatus Status(string nodeId) => StatusArray[Tree.IndexOf(nodeId)];

    /// <summary>A node's band under the rule set of <see cref="CompiledTree.Options"/>.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The band, or <see langword="null"/> when the node has no data.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public Band? Band(string nodeId) => BandAt(Tree.IndexOf(nodeId));

    /// <summary>A node's ratio-of-sums numerator.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The realised amounts below it.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public decimal Numerator(string nodeId) => NumeratorArray[Tree.IndexOf(nodeId)];

    /// <summary>A node's ratio-of-sums denominator.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The target amounts below it.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public decimal Denominator(string nodeId) => DenominatorArray[Tree.IndexOf(nodeId)];

    /// <summary>The nodes whose figure, status or band differ between two evaluations of trees from the same
    /// compilation (e.g. before and after a what-if), as <see cref="TreeEvaluation.Compare"/> reports them.</summary>
    /// <param name="before">The first evaluation.</param>
    /// <param name="after">The second evaluation.</param>
    /// <returns>The changes, in the source tree's node order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The evaluations are not of trees from the same compilation.</exception>
    public static ValueList<NodeChange> Compare(CompiledEvaluation before, CompiledEvaluation after)
    {
        Guard.Against.Null(before);
        Guard.Against.Null(after);
        Guard.Against.InvalidInput(after, nameof(after), a => ReferenceEquals(a.Tree.Shape, before.Tree.Shape), "Both evaluations must be of trees from the same compilation.");
        var source = before.Tree.Source;
        var positionOf = before.Tree.Shape.PositionOf;
        var changes = new List<NodeChange>();
        for (var d = 0; d < positionOf.Length; d++)
        {
            var i = positionOf[d];
            var (b, a) = (before.ValueAt(i), after.ValueAt(i));
            if (b != a || before.StatusArray[i] != after.StatusArray[i])
            {
                var (bandBefore, bandAfter) = (before.BandAt(i), after.BandAt(i));
                changes.Add(new NodeChange(source.Nodes[d].Id, source.Nodes[d].Name, b, a, bandBefore, bandAfter));
            }
        }

        return [.. changes];
    }

    private Band? BandAt(int index) => ValueAt(index) is { } v ? Tree.Options.Rules.BandOf(v.Value) : null;
}
