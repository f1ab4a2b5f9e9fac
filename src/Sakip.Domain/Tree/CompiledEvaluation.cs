using Ardalis.GuardClauses;
using Sakip.Domain.Bands;
using Sakip.Domain.Collections;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tree;

/// <summary>
/// A <see cref="CompiledTree"/> evaluated: every node's figure, status and ratio-of-sums amounts, by compiled index
/// (as <see cref="CompiledTree.NodeIds"/>; use <see cref="CompiledTree.IndexOf"/>) or by node id. The figures and
/// statuses are exactly those of <see cref="TreeEvaluator"/>; for how a figure was reached, evaluate the object
/// model.
/// </summary>
/// <remarks>
/// <para>An evaluation recomputed after a what-if keeps its changed figures beside the arrays it shares with the
/// evaluation it came from; the spans (<see cref="Values"/>, <see cref="Numerators"/> …) lay them out flat on first
/// use, while <see cref="Value"/>, <see cref="Status"/>, <see cref="StatusAt"/> and <see cref="Compare"/> read them
/// as they are.</para>
/// <para>Immutable and thread-safe. The spans read arrays that nothing changes.</para>
/// </remarks>
public sealed class CompiledEvaluation
{
    private readonly Figures _base;
    private readonly Dictionary<int, Figure>? _changes;
    private readonly Lazy<Figures> _flat;
    private readonly Lazy<(decimal[] Numerators, decimal[] Denominators)> _amounts;

    internal CompiledEvaluation(CompiledTree tree, Figures figures, Dictionary<int, Figure>? changes)
    {
        Tree = tree;
        _base = figures;
        _changes = changes is { Count: > 0 } ? changes : null;
        _flat = _changes is { } c ? new(() => figures.With(c), LazyThreadSafetyMode.ExecutionAndPublication) : new(figures);
        _amounts = new(
            () => _flat.Value is { Numerators: { } n, Denominators: { } d } ? (n, d) : tree.SumAmounts(_flat.Value.Statuses),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The tree evaluated.</summary>
    public CompiledTree Tree { get; }

    /// <summary>Every node's exact figure by compiled index; 0 where the status (<see cref="StatusAt"/>) is
    /// <see cref="NodeStatus.NoData"/>.</summary>
    public ReadOnlySpan<decimal> Values => _flat.Value.Values;


    /// <summary>Every node's ratio-of-sums numerator (the realised amounts below it) by compiled index. Under the
    /// built-in mean, weighted mean and worst strategies (which never read amounts), the amounts are summed on first
    /// use of this, <see cref="Denominators"/>, <see cref="Numerator"/> or <see cref="Denominator"/>.</summary>
    public ReadOnlySpan<decimal> Numerators => _amounts.Value.Numerators;

    /// <summary>Every node's ratio-of-sums denominator (the target amounts below it) by compiled index.</summary>
    public ReadOnlySpan<decimal> Denominators => _amounts.Value.Denominators;

    /// <summary>A node's figure.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The exact figure, or <see langword="null"/> when the node has no data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public Percentage? Value(string nodeId) => ValueAt(Tree.IndexOf(nodeId));

    /// <summary>A node's figure by compiled index.</summary>
    /// <param name="index">The compiled index.</param>
    /// <returns>The exact figure, or <see langword="null"/> when the node has no data.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public Percentage? ValueAt(int index) => FigureAt(index) is { Status: not NodeStatus.NoData } f ? new Percentage(f.Value) : null;

    /// <summary>A node's status.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>Complete, incomplete or no data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public NodeStatus Status(string nodeId) => FigureAt(Tree.IndexOf(nodeId)).Status;

    /// <summary>A node's status by compiled index.</summary>
    /// <param name="index">The compiled index.</param>
    /// <returns>Complete, incomplete or no data.</returns>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is out of range.</exception>
    public NodeStatus StatusAt(int index) => FigureAt(index).Status;

    /// <summary>A node's band under the rule set of <see cref="CompiledTree.Options"/>.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The band, or <see langword="null"/> when the node has no data.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public Band? Band(string nodeId) => BandAt(Tree.IndexOf(nodeId));

    /// <summary>A node's ratio-of-sums numerator.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The realised amounts below it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public decimal Numerator(string nodeId) => _amounts.Value.Numerators[Tree.IndexOf(nodeId)];

    /// <summary>A node's ratio-of-sums denominator.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The target amounts below it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public decimal Denominator(string nodeId) => _amounts.Value.Denominators[Tree.IndexOf(nodeId)];

    /// <summary>The nodes whose figure, status or band differ between two evaluations of trees from the same
    /// compilation (e.g. before and after a what-if), as <see cref="TreeEvaluation.Compare"/> reports them. When one
    /// was recomputed from the other, only the recomputed nodes are looked at.</summary>
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
        var layout = before.Tree.Shape;

        // Evaluations sharing their arrays can differ only where either has changes.
        IEnumerable<int> candidates = ReferenceEquals(before._base, after._base)
            ? ChangedIndexes(before).Union(ChangedIndexes(after)).OrderBy(i => layout.Order[i])
            : layout.PositionOf;
        var changes = new List<NodeChange>();
        foreach (var i in candidates)
        {
            var (b, a) = (before.ValueAt(i), after.ValueAt(i));
            if (b != a || before.FigureAt(i).Status != after.FigureAt(i).Status)
            {
                var node = layout.Source.Nodes[layout.Order[i]];
                changes.Add(new NodeChange(node.Id, node.Name, b, a, before.BandAt(i), after.BandAt(i))
                {
                    PresentedBefore = b?.Round(before.Tree.Options.Rules.Rounding),
                    PresentedAfter = a?.Round(after.Tree.Options.Rules.Rounding),
                });
            }
        }

        return [.. changes];
    }

    private static IEnumerable<int> ChangedIndexes(CompiledEvaluation evaluation) => evaluation._changes?.Keys ?? Enumerable.Empty<int>();

    /// <summary>A node's figure: its recomputed one, or the shared arrays'.</summary>
    internal Figure FigureAt(int index) =>
        _changes is not null && _changes.TryGetValue(index, out var changed)
            ? changed
            : new Figure(_base.Values[index], (NodeStatus)_base.Statuses[index], _base.Numerators?[index] ?? 0m, _base.Denominators?[index] ?? 0m);

    /// <summary>An evaluation of <paramref name="tree"/> that differs from this one in <paramref name="changes"/>:
    /// the changes kept beside the shared arrays, or folded into new arrays when there are too many.</summary>
    internal CompiledEvaluation Derive(CompiledTree tree, Dictionary<int, Figure> changes)
    {
        var merged = changes;
        if (_changes is not null)
        {
            merged = new Dictionary<int, Figure>(_changes);
            foreach (var (i, figure) in changes)
            {
                merged[i] = figure;
            }
        }

        return merged.Count > CompiledTree.MaxChanges
            ? new CompiledEvaluation(tree, _base.With(merged), null)
            : new CompiledEvaluation(tree, _base, merged);
    }

    private Band? BandAt(int index) => ValueAt(index) is { } v ? Tree.Options.Rules.BandOf(v.Value) : null;

    /// <summary>One node's result.</summary>
    internal readonly record struct Figure(decimal Value, NodeStatus Status, decimal Numerator, decimal Denominator);

    /// <summary>Every node's result in flat arrays: statuses as bytes (a quarter of the memory, so that a province's
    /// statuses stay off the large object heap), amounts only when the strategy reads them. Never changed once
    /// shared.</summary>
    internal sealed record Figures(decimal[] Values, byte[] Statuses, decimal[]? Numerators, decimal[]? Denominators)
    {
        /// <summary>A copy with some nodes' results replaced.</summary>
        public Figures With(Dictionary<int, Figure> changes)
        {
            var copy = new Figures(
                (decimal[])Values.Clone(),
                (byte[])Statuses.Clone(),
                (decimal[]?)Numerators?.Clone(),
                (decimal[]?)Denominators?.Clone());
            foreach (var (i, figure) in changes)
            {
                copy.Values[i] = figure.Value;
                copy.Statuses[i] = (byte)figure.Status;
                if (copy.Numerators is not null && copy.Denominators is not null)
                {
                    copy.Numerators[i] = figure.Numerator;
                    copy.Denominators[i] = figure.Denominator;
                }
            }

            return copy;
        }
    }
}
