using System.Runtime.CompilerServices;
using Figure = Sakip.Domain.Tree.CompiledEvaluation.Figure;
using Figures = Sakip.Domain.Tree.CompiledEvaluation.Figures;

namespace Sakip.Domain.Tree;

/// <content>The roll-up of one node, written once and used both by the full sweep over flat arrays and by the
/// incremental recomputation over a what-if's changes.</content>
public sealed partial class CompiledTree
{
    /// <summary>Whether the pass carries ratio-of-sums amounts: a constant per instantiation, so the JIT drops the
    /// other branch.</summary>
    private interface IAmountMode
    {
        static abstract bool Tracks { get; }
    }

    /// <summary>What a node's figure is computed from: its own slots and link weights, and its children's
    /// figures.</summary>
    private interface INodeSource
    {
        ItemState OwnState(int slot);

        decimal OwnValue(int slot);

        decimal OwnNumerator(int slot);

        decimal OwnDenominator(int slot);

        decimal ChildWeight(int link);

        NodeStatus Status(int node);

        decimal Value(int node);

        decimal Numerator(int node);

        decimal Denominator(int node);
    }

    /// <summary>
    /// Every node's ratio-of-sums amounts from an evaluation's statuses, summed in item order as
    /// <see cref="TreeEvaluator"/> sums them (missing items counted as zero add exactly nothing, so they are left
    /// out). For strategies that never read amounts, the pass leaves them to this.
    /// </summary>
    internal (decimal[] Numerators, decimal[] Denominators) SumAmounts(byte[] statuses)
    {
        var layout = _layout;
        var data = _flat.Value;
        var n = layout.Count;
        var numerators = GC.AllocateUninitializedArray<decimal>(n);
        var denominators = GC.AllocateUninitializedArray<decimal>(n);
        for (var i = 0; i < n; i++)
        {
            var numerator = 0m;
            var denominator = 0m;
            for (var s = layout.OwnStart[i]; s < layout.OwnStart[i + 1]; s++)
            {
                if (data.States[s] == ItemState.Counted)
                {
                    numerator += data.Numerators[s];
                    denominator += data.Denominators[s];
                }
            }

            for (var k = layout.ChildStart[i]; k < layout.ChildStart[i + 1]; k++)
            {
                var c = layout.Children[k];
                if (statuses[c] != (byte)NodeStatus.NoData)
                {
                    numerator += numerators[c];
                    denominator += denominators[c];
                }
            }

            numerators[i] = numerator;
            denominators[i] = denominator;
        }

        return (numerators, denominators);
    }

    /// <summary>
    /// One node's figure, as <see cref="TreeEvaluator"/> computes it: own counted indicators, then children in link
    /// order (a child without data is left out, counted as 0 or marks the node incomplete, by the policy), combined
    /// by the strategy; amounts summed in item order. Without amounts (a strategy that never reads them), items carry
    /// none and none are summed.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Figure Compute<TSource, TMode>(ref TSource source, Layout layout, int i, RollUpItem[] buffer)
        where TSource : struct, INodeSource
        where TMode : struct, IAmountMode
    {
        var count = 0;
        var incomplete = false;
        var ownEnd = layout.OwnStart[i + 1];
        for (var s = layout.OwnStart[i]; s < ownEnd; s++)
        {
            var state = source.OwnState(s);
            if (state == ItemState.Counted)
            {
                buffer[count++] = TMode.Tracks
                    ? new RollUpItem(source.OwnValue(s), layout.IndicatorWeights[s], source.OwnNumerator(s), source.OwnDenominator(s))
                    : new RollUpItem(source.OwnValue(s), layout.IndicatorWeights[s], 0m, 0m);
            }
            else if (state == ItemState.MarksIncomplete)
            {
                incomplete = true;
            }
        }

        var children = layout.Children;
        var childEnd = layout.ChildStart[i + 1];
        for (var k = layout.ChildStart[i]; k < childEnd; k++)
        {
            var c = children[k];
            var status = source.Status(c);
            if (status != NodeStatus.NoData)
            {
                incomplete |= status == NodeStatus.Incomplete;
                buffer[count++] = TMode.Tracks
                    ? new RollUpItem(source.Value(c), source.ChildWeight(k), source.Numerator(c), source.Denominator(c))
                    : new RollUpItem(source.Value(c), source.ChildWeight(k), 0m, 0m);
            }
            else if (layout.Missing == MissingItemPolicy.CountAsZero)
            {
                buffer[count++] = new RollUpItem(0m, source.ChildWeight(k), 0m, 0m);
            }
            else if (layout.Missing == MissingItemPolicy.MarkIncomplete)
            {
                incomplete = true;
            }
        }

        var items = new ReadOnlySpan<RollUpItem>(buffer, 0, count);
        var value = count == 0 ? null : layout.Strategy.Combine(items);
        var numerator = 0m;
        var denominator = 0m;
        if (TMode.Tracks)
        {
            foreach (ref readonly var item in items)
            {
                numerator += item.Numerator;
                denominator += item.Denominator;
            }
        }

        var nodeStatus = value is null ? NodeStatus.NoData : incomplete ? NodeStatus.Incomplete : NodeStatus.Complete;
        return new Figure(value.GetValueOrDefault(), nodeStatus, numerator, denominator);
    }

    /// <summary>Evaluates every node, children first, into <paramref name="figures"/>.</summary>
    private void Sweep<TMode>(TreeData data, Figures figures, RollUpItem[] buffer)
        where TMode : struct, IAmountMode
    {
        var layout = _layout;
        var source = new ArraySource(data, figures);
        var (values, statuses, numerators, denominators) = (figures.Values, figures.Statuses, figures.Numerators, figures.Denominators);
        for (var i = 0; i < values.Length; i++)
        {
            var figure = Compute<ArraySource, TMode>(ref source, layout, i, buffer);
            values[i] = figure.Value;
            statuses[i] = (byte)figure.Status;
            if (TMode.Tracks)
            {
                numerators![i] = figure.Numerator;
                denominators![i] = figure.Denominator;
            }
        }
    }

    /// <summary>Recomputes one node against a what-if tree's changes and an earlier evaluation plus the figures
    /// recomputed so far.</summary>
    private Figure Recompute(int node, CompiledEvaluation previous, Dictionary<int, Figure> changes, RollUpItem[] buffer)
    {
        var source = new RecomputeSource(this, previous, changes);
        return _layout.TracksAmounts
            ? Compute<RecomputeSource, WithAmounts>(ref source, _layout, node, buffer)
            : Compute<RecomputeSource, WithoutAmounts>(ref source, _layout, node, buffer);
    }

    private readonly struct WithAmounts : IAmountMode
    {
        public static bool Tracks => true;
    }

    private readonly struct WithoutAmounts : IAmountMode
    {
        public static bool Tracks => false;
    }

    /// <summary>Flat arrays: the tree's slots and weights, and the figures written so far by the sweep.</summary>
    private readonly struct ArraySource(TreeData data, Figures figures) : INodeSource
    {
        private readonly ItemState[] _states = data.States;
        private readonly decimal[] _ownValues = data.Values;
        private readonly decimal[] _ownNumerators = data.Numerators;
        private readonly decimal[] _ownDenominators = data.Denominators;
        private readonly decimal[] _weights = data.ChildWeights;
        private readonly decimal[] _values = figures.Values;
        private readonly byte[] _statuses = figures.Statuses;
        private readonly decimal[]? _numerators = figures.Numerators;
        private readonly decimal[]? _denominators = figures.Denominators;

        public ItemState OwnState(int slot) => _states[slot];

        public decimal OwnValue(int slot) => _ownValues[slot];

        public decimal OwnNumerator(int slot) => _ownNumerators[slot];

        public decimal OwnDenominator(int slot) => _ownDenominators[slot];

        public decimal ChildWeight(int link) => _weights[link];

        public NodeStatus Status(int node) => (NodeStatus)_statuses[node];

        public decimal Value(int node) => _values[node];

        public decimal Numerator(int node) => _numerators![node];

        public decimal Denominator(int node) => _denominators![node];
    }

    /// <summary>A what-if tree's slots and weights (its changes first), and children's figures: recomputed ones
    /// first, then the earlier evaluation's.</summary>
    private readonly struct RecomputeSource(CompiledTree tree, CompiledEvaluation previous, Dictionary<int, Figure> changes) : INodeSource
    {
        public ItemState OwnState(int slot) => tree.SlotAt(slot).State;

        public decimal OwnValue(int slot) => tree.SlotAt(slot).Value;

        public decimal OwnNumerator(int slot) => tree.SlotAt(slot).Numerator;

        public decimal OwnDenominator(int slot) => tree.SlotAt(slot).Denominator;

        public decimal ChildWeight(int link) => tree.WeightAt(link);

        public NodeStatus Status(int node) => FigureOf(node).Status;

        public decimal Value(int node) => FigureOf(node).Value;

        public decimal Numerator(int node) => FigureOf(node).Numerator;

        public decimal Denominator(int node) => FigureOf(node).Denominator;

        private Figure FigureOf(int node) => changes.TryGetValue(node, out var figure) ? figure : previous.FigureAt(node);
    }
}
