using System.Buffers;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Values;

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
        var slot = -1;
        for (var k = parent < 0 ? 0 : _layout.ChildStart[parent]; parent >= 0 && k < _layout.ChildStart[parent + 1]; k++)
        {
            if (_layout.Children[k] == child)
            {
                slot = k;
                break;
            }
        }

        Guard.Against.InvalidInput(slot, nameof(childId), s => s >= 0, $"No link from '{childId}' to '{parentId}'.");
        var weights = (decimal[])_childWeights.Clone();
        weights[slot] = weight;
        return new CompiledTree(_layout, weights, _inputs, _own, Next([parent]));
    }

    /// <summary>
    /// Recomputes an evaluation of a tree this one was made from by what-if methods (up to 64 steps back), revisiting
    /// only the changed nodes and, while their results change, the nodes above them. Falls back to
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
    /// indicators or child weights of the given nodes, revisiting only those nodes and, while their results change,
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

    private void RequireSameLayout(CompiledEvaluation previous)
    {
        Guard.Against.Null(previous);
        Guard.Against.InvalidInput(previous, nameof(previous), p => ReferenceEquals(p.Tree._layout, _layout), "The evaluation is not of a tree from the same compilation.");
    }

    private CompiledEvaluation RecomputeFrom(CompiledEvaluation previous, IEnumerable<int> changed)
    {
        var values = previous.ValueArray.AsSpan().ToArray();
        var statuses = previous.StatusArray.AsSpan().ToArray();
        var numerators = _layout.TracksAmounts ? previous.NumeratorArray.AsSpan().ToArray() : null;
        var denominators = _layout.TracksAmounts ? previous.DenominatorArray.AsSpan().ToArray() : null;

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

        var buffer = ArrayPool<RollUpItem>.Shared.Rent(Math.Max(1, _layout.MaxItems));
        try
        {
            while (pending.TryDequeue(out var i, out _))
            {
                var (value, status) = (values[i], statuses[i]);
                var (numerator, denominator) = numerators is null ? (0m, 0m) : (numerators[i], denominators![i]);
                EvaluateNodes(i, i + 1, buffer, values, statuses, numerators, denominators);
                if (status == statuses[i] && Identical(value, values[i])
                    && (numerators is null || (Identical(numerator, numerators[i]) && Identical(denominator, denominators![i]))))
                {
                    continue;
                }

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

        return new CompiledEvaluation(this, values, statuses, numerators, denominators);
    }

    /// <summary>Same number, scale and sign: the parents' arithmetic cannot tell them apart.</summary>
    private static bool Identical(decimal a, decimal b) => a == b && a.Scale == b.Scale && decimal.IsNegative(a) == decimal.IsNegative(b);

    private int[] SlotsOf(int node, string indicatorId)
    {
        var slots = new List<int>();
        for (var s = _layout.OwnStart[node]; s < _layout.OwnStart[node + 1]; s++)
        {
            if (_layout.IndicatorIds[s] == indicatorId)
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

        var inputs = _inputs.AsSpan().ToArray();
        var own = _own.Copy();
        var changed = new SortedSet<int>();
        foreach (var s in slots)
        {
            inputs[s] = change(inputs[s]);
            own.Set(s, _layout.Calculator, _layout.Missing, inputs[s]);
            changed.Add(_layout.SlotNode[s]);
        }

        return new CompiledTree(_layout, _childWeights, inputs, own, Next([.. changed]));
    }

    private Step Next(int[] changed) => new(_version, changed, _history);

    /// <summary>One what-if step: the version of the tree it was made from and the nodes it changed.</summary>
    private sealed class Step(long fromVersion, int[] changed, Step? previous)
    {
        public long FromVersion { get; } = fromVersion;

        public int[] Changed { get; } = changed;

        public Step? Previous { get; } = previous is { Length: < MaxHistory } ? previous : null;

        public int Length { get; } = previous is { Length: < MaxHistory } ? previous.Length + 1 : 1;
    }
}
