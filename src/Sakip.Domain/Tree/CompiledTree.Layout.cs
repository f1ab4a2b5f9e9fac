using Sakip.Domain.Achievement;

namespace Sakip.Domain.Tree;

/// <content>The layout: what never changes under a what-if, shared by every tree derived from one compilation.</content>
public sealed partial class CompiledTree
{
    /// <summary>Node ids, children and parents as index ranges (CSR), and where each node's own indicator slots
    /// lie. Immutable.</summary>
    internal sealed class Layout
    {
        private readonly Lazy<Dictionary<string, int[]>> _slotsByIndicator;

        public Layout(
            PerformanceTree source,
            RollUpOptions options,
            AchievementCalculator calculator,
            int[] order,
            int[] positionOf,
            int[] childStart,
            int[] children,
            int[] parentStart,
            int[] parents,
            int[] ownStart,
            decimal[] indicatorWeights,
            int[] slotNode,
            int maxItems)
        {
            Source = source;
            Options = options;
            Strategy = options.Strategy;
            Missing = options.Missing;
            TracksAmounts = !(ReferenceEquals(Strategy, RollUpStrategies.Mean) || ReferenceEquals(Strategy, RollUpStrategies.WeightedMean) || ReferenceEquals(Strategy, RollUpStrategies.Worst));
            Calculator = calculator;
            Order = order;
            Ids = new NodeIdList(source, order);
            PositionOf = positionOf;
            ChildStart = childStart;
            Children = children;
            ParentStart = parentStart;
            Parents = parents;
            OwnStart = ownStart;
            IndicatorWeights = indicatorWeights;
            SlotNode = slotNode;
            MaxItems = maxItems;
            _slotsByIndicator = new(IndexIndicators, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        public PerformanceTree Source { get; }

        public RollUpOptions Options { get; }

        public IRollUpStrategy Strategy { get; }

        public MissingItemPolicy Missing { get; }

        /// <summary>Whether the strategy may read items' amounts (ratio of sums, or any plugin), so the pass must
        /// carry them; the built-in mean, weighted mean and worst never do.</summary>
        public bool TracksAmounts { get; }

        public AchievementCalculator Calculator { get; }

        public int Count => Order.Length;

        /// <summary>Declaration index by compiled index.</summary>
        public int[] Order { get; }

        /// <summary>Node ids by compiled index, read from the source's nodes (a copy would cost a reference a node).</summary>
        public IReadOnlyList<string> Ids { get; }

        /// <summary>Compiled index by declaration index.</summary>
        public int[] PositionOf { get; }

        /// <summary>Node i's children are <c>Children[ChildStart[i]..ChildStart[i + 1]]</c>, in link order.</summary>
        public int[] ChildStart { get; }

        public int[] Children { get; }

        /// <summary>Node i's parents are <c>Parents[ParentStart[i]..ParentStart[i + 1]]</c>.</summary>
        public int[] ParentStart { get; }

        public int[] Parents { get; }

        /// <summary>Node i's own indicators are slots <c>OwnStart[i]..OwnStart[i + 1]</c>, in order.</summary>
        public int[] OwnStart { get; }

        /// <summary>The weight of each slot's indicator.</summary>
        public decimal[] IndicatorWeights { get; }

        /// <summary>The compiled index of each slot's node.</summary>
        public int[] SlotNode { get; }

        /// <summary>The most items any node combines.</summary>
        public int MaxItems { get; }

        /// <summary>The indicator id of a slot, read from its node in the source (a copy would cost a reference a
        /// slot).</summary>
        public string IndicatorIdOf(int slot)
        {
            var node = SlotNode[slot];
            return Source.Nodes[Order[node]].Indicators[slot - OwnStart[node]].IndicatorId;
        }

        /// <summary>The slots carrying an indicator, in compiled order (built on first use).</summary>
        public int[] SlotsOf(string indicatorId) => _slotsByIndicator.Value.TryGetValue(indicatorId, out var slots) ? slots : [];

        private Dictionary<string, int[]> IndexIndicators()
        {
            var slots = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            for (var s = 0; s < SlotNode.Length; s++)
            {
                var id = IndicatorIdOf(s);
                if (!slots.TryGetValue(id, out var list))
                {
                    slots[id] = list = [];
                }

                list.Add(s);
            }

            return slots.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        }

        /// <summary>The node ids in compiled order, as a view over the source's nodes.</summary>
        private sealed class NodeIdList(PerformanceTree source, int[] order) : IReadOnlyList<string>
        {
            public int Count => order.Length;

            public string this[int index] => source.Nodes[order[index]].Id;

            public IEnumerator<string> GetEnumerator()
            {
                for (var i = 0; i < order.Length; i++)
                {
                    yield return this[i];
                }
            }

            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
        }
    }
}
