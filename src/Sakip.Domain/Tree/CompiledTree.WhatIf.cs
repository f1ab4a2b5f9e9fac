using System.Buffers;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Values;
using Figure = Sakip.Domain.Tree.CompiledEvaluation.Figure;

namespace Sakip.Domain.Tree;

/// <content>What-if on the compiled form, and incremental recomputation.</content>
public sealed partial class CompiledTree
{
    /// <summary>How many what-if steps back <see cref="Recompute(CompiledEvaluation)"/> can follow.</summary>
    private const int MaxHistory = 64;

    /// <summary>
    /// The nodes whose own indicators or child weights differ from the tree this one was made from by a what-if
    /// method, in compiled order; empty for a freshly compiled tree. These are what
    /// <see cref="Recompute(CompiledEvaluation, IEnumerable{string})"/> needs.
    /// </summary>
    public IReadOnlyList<string> ChangedNodes => _history is { } h ? [.. h.Changed.Select(i => _layout.Ids[i])] : [];

    /// <summary>A tree in which every node carrying an indicator has a new realisation for it (as
    /// <see cref="PerformanceTree.WithRealisation(string, Measure?)"/>).</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="realisation">The realisation; <see langword="null"/> for not reported.</param>
    /// <returns>The changed tree (this tree when no node carries the indicator).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorId"/> is null.</exception>
    public CompiledTree WithRealisation(string indicatorId, Measure? realisation)
    {
        Guard.Against.Null(indicatorId);
        return WithInputs(_layout.SlotsOf(indicatorId), i => i with { Realisation = realisation });
    }

    /// <summary>A tree in which one node's indicator has a new realisation (as
    /// <see cref="PerformanceTree.WithRealisation(string, string, Measure?)"/>).</summary>
    /// <param name="nodeId">The node.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="realisation">The realisation; <see langword="null"/> for not reported.</param>
    /// <returns>The changed tree (this tree when the node does not carry the indicator).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> or <paramref name="indicatorId"/> is
    /// null.</exception>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public CompiledTree WithRealisation(string nodeId, string indicatorId, Measure? realisation)
    {
        Guard.Against.Null(indicatorId);
        return WithInputs(SlotsOf(IndexOf(nodeId), indicatorId), i => i with { Realisation = realisation });
    }

    /// <summary>A tree in which every node carrying an indicator has a new target for it (as
    /// <see cref="PerformanceTree.WithTarget(string, Target)"/>).</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="target">The target.</param>
    /// <returns>The changed tree (this tree when no node carries the indicator).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorId"/> is null.</exception>
    public CompiledTree WithTarget(string indicatorId, Target target)
    {
        Guard.Against.Null(indicatorId);
        return WithInputs(_layout.SlotsOf(indicatorId), i => i with { Target = target });
    }

    /// <summary>A tree in which a link has a new weight (as
    /// <see cref="PerformanceTree.WithLinkWeight(string, string, decimal)"/>).</summary>
    /// <param name="parentId">The parent.</param>
    /// <param name="childId">The child.</param>
    /// <param name="weight">The weight; non-negative.</param>
    /// <returns>The changed tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parentId"/> or <paramref name="childId"/> is
    /// null.</exception>
    /// <exception cref="ArgumentException">No such link, or a negative weight.</exception>
    public CompiledTree WithLinkWeight(string parentId, string childId, decimal weight)
    {
        Guard.Against.Null(parentId);
        Guard.Against.Null(childId);
        Guard.Against.Negative(weight);
        var source = _layout.Source;
        var parent = source.Find(parentId) is null ? -1 : IndexOf(parentId);
        var child = source.Find(childId) is null ? -1 : IndexOf(childId);
        var link = -1;
        for (var k = parent < 0 ? 0 : _layout.ChildStart[parent]; parent >= 0 && k < _layout.ChildStart[parent + 1]; k++)
        {
            if (_layout.Children[k] == child)
            {
                link = k;
                break;
            }
        }

        Guard.Against.InvalidInput(link, nameof(childId), l => l >= 0, $"No link from '{childId}' to '{parentId}'.");
        var weights = new Dictionary<int, decimal>(_overlay.Weights) { [link] = weight };
        return Derive(new Overlay(_overlay.Slots, weights), [parent]);
    }

    /// <summary>
    /// Recomputes an evaluation of a tree this one was made from by what-if methods (up to 64 steps back), revisiting
    /// only the changed nodes and, while their figures change, the nodes above them. Falls back to
    /// <see cref="Evaluate"/> when <paramref name="previous"/> is of an unrelated tree of the same compilation.
    /// </summary>
    /// <param name="previous">An earlier evaluation.</param>
    /// <returns>The evaluation of this tree: exactly what <see cref="Evaluate"/> gives.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="previous"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is not of a tree from the same
    /// compilation.</exception>
    public CompiledEvaluation Recompute(CompiledEvaluation previous)
    {
        RequireSameLayout(previous);
        if (ReferenceEquals(previous.Tree, this))
        {
            return previous;
        }

        var changed = new List<int>();
        for (var step = _history; step is not null; step = step.Previous)
        {
            changed.AddRange(step.Changed);
            if (step.FromVersion == previous.Tree._version)
            {
                return RecomputeFrom(previous, changed);
            }
        }

        return Evaluate();
    }

    /// <summary>
    /// Recomputes an evaluation of a tree from the same compilation that differs from this one only in the own
    /// indicators or child weights of the given nodes, revisiting only those nodes and, while their figures change,
    /// the nodes above them.
    /// </summary>
    /// <param name="previous">The earlier evaluation.</param>
    /// <param name="changedNodeIds">The nodes whose own indicators or child weights changed (e.g.
    /// <see cref="ChangedNodes"/>). A node left out is trusted to be unchanged.</param>
    /// <returns>The evaluation of this tree.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is not of a tree from the same
    /// compilation.</exception>
    /// <exception cref="KeyNotFoundException">A changed node is not in the tree.</exception>
    public CompiledEvaluation Recompute(CompiledEvaluation previous, IEnumerable<string> changedNodeIds)
    {
        RequireSameLayout(previous);
        Guard.Against.Null(changedNodeIds);
        return RecomputeFrom(previous, changedNodeIds.Select(IndexOf));
    }

    /// <summary>An own indicator slot, this tree's change first.</summary>
    private OwnSlot SlotAt(int slot) => _overlay.Slots.TryGetValue(slot, out var changed) ? changed : _data[slot];

    /// <summary>A link weight by child entry, this tree's change first.</summary>
    private decimal WeightAt(int link) => _overlay.Weights.TryGetValue(link, out var changed) ? changed : _data.ChildWeights[link];

    private void RequireSameLayout(CompiledEvaluation previous)
    {
        Guard.Against.Null(previous);
        Guard.Against.InvalidInput(previous, nameof(previous), p => ReferenceEquals(p.Tree._layout, _layout), "The evaluation is not of a tree from the same compilation.");
    }

    private CompiledEvaluation RecomputeFrom(CompiledEvaluation previous, IEnumerable<int> changed)
    {
        // Children have lower indexes than their parents, so taking the lowest pending index first visits every
        // node after all of its changed children.
        var pending = new PriorityQueue<int, int>();
        var queued = new HashSet<int>();
        foreach (var i in changed)
        {
            if (queued.Add(i))
            {
                pending.Enqueue(i, i);
            }
        }

        var changes = new Dictionary<int, Figure>();
        var buffer = ArrayPool<RollUpItem>.Shared.Rent(Math.Max(1, _layout.MaxItems));
        try
        {
            while (pending.TryDequeue(out var i, out _))
            {
                var figure = Recompute(i, previous, changes, buffer);
                if (Identical(figure, previous.FigureAt(i)))
                {
                    continue;
                }

                changes[i] = figure;
                for (var k = _layout.ParentStart[i]; k < _layout.ParentStart[i + 1]; k++)
                {
                    var parent = _layout.Parents[k];
                    if (queued.Add(parent))
                    {
                        pending.Enqueue(parent, parent);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<RollUpItem>.Shared.Return(buffer);
        }

        return previous.Derive(this, changes);
    }

    /// <summary>Same status, and every number the same value, scale and sign: the parents' arithmetic cannot tell
    /// them apart.</summary>
    private static bool Identical(Figure a, Figure b) =>
        a.Status == b.Status && Identical(a.Value, b.Value) && Identical(a.Numerator, b.Numerator) && Identical(a.Denominator, b.Denominator);

    private static bool Identical(decimal a, decimal b) => a == b && a.Scale == b.Scale && decimal.IsNegative(a) == decimal.IsNegative(b);

    private int[] SlotsOf(int node, string indicatorId)
    {
        var slots = new List<int>();
        for (var s = _layout.OwnStart[node]; s < _layout.OwnStart[node + 1]; s++)
        {
            if (_layout.IndicatorIdOf(s) == indicatorId)
            {
                slots.Add(s);
            }
        }

        return [.. slots];
    }

    private CompiledTree WithInputs(int[] slots, Func<AchievementInput, AchievementInput> change)
    {
        if (slots.Length == 0)
        {
            return this;
        }

        var changedSlots = new Dictionary<int, OwnSlot>(_overlay.Slots);
        var changed = new SortedSet<int>();
        foreach (var s in slots)
        {
            changedSlots[s] = OwnSlot.Of(change(SlotAt(s).Input), _layout.Calculator, _layout.Missing);
            changed.Add(_layout.SlotNode[s]);
        }

        return Derive(new Overlay(changedSlots, _overlay.Weights), [.. changed]);
    }

    /// <summary>A what-if tree: this tree's arrays with the changes beside them, folded into new arrays when there
    /// are too many.</summary>
    private CompiledTree Derive(Overlay overlay, int[] changed)
    {
        var step = new Step(_version, changed, _history);
        return overlay.Count > MaxChanges
            ? new CompiledTree(_layout, _data.With(overlay), Overlay.Empty, step)
            : new CompiledTree(_layout, _data, overlay, step);
    }

    /// <summary>One what-if step: the version of the tree it was made from and the nodes it changed.</summary>
    private sealed class Step(long fromVersion, int[] changed, Step? previous)
    {
        public long FromVersion { get; } = fromVersion;

        public int[] Changed { get; } = changed;

        public Step? Previous { get; } = previous is { Length: < MaxHistory } ? previous : null;

        public int Length { get; } = previous is { Length: < MaxHistory } ? previous.Length + 1 : 1;
    }
}
