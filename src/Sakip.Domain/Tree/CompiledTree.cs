using System.Buffers;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;

namespace Sakip.Domain.Tree;

/// <summary>
/// A <see cref="PerformanceTree"/> compiled for fast roll-ups of big trees (a whole province with its regencies):
/// flat arrays in bottom-up order (every child before each of its parents), children as index ranges with their
/// link weights, and every node's own indicators turned into roll-up items once. <see cref="Evaluate"/> is one
/// iterative pass over those arrays; the what-if methods and <see cref="Recompute(CompiledEvaluation)"/> revisit
/// only the changed nodes and the nodes above them.
/// </summary>
/// <remarks>
/// <para>It gives exactly the figures and statuses of <see cref="TreeEvaluator"/> under the same options and
/// formulas: the same <see cref="AchievementCalculator"/> computes the indicators, the same
/// <see cref="IRollUpStrategy.Combine"/> is called with the same items in the same order (own indicators first,
/// then children in link order), and numerators and denominators are summed in the same order. What it leaves out is
/// the explanation: use the object model to show how a figure was reached.</para>
/// <para>No recursion anywhere (compiling, evaluating, recomputing), so any depth works. An evaluation allocates
/// only its result arrays; the item buffer is rented from <see cref="ArrayPool{T}.Shared"/>.</para>
/// <para>Immutable and thread-safe: one instance may be evaluated, recomputed and what-if'd from any number of
/// threads at once. What-if methods return new instances that share the unchanged arrays' layout with this one.
/// A plugin <see cref="IRollUpStrategy"/> must itself be thread-safe and must not keep the span it is given.</para>
/// </remarks>
public sealed partial class CompiledTree
{
    private readonly Layout _layout;
    private readonly decimal[] _childWeights;
    private readonly AchievementInput[] _inputs;
    private readonly OwnItems _own;
    private readonly long _version;
    private readonly Step? _history;
    private static long _lastVersion;

    private CompiledTree(Layout layout, decimal[] childWeights, AchievementInput[] inputs, OwnItems own, Step? history)
    {
        _layout = layout;
        _childWeights = childWeights;
        _inputs = inputs;
        _own = own;
        _history = history;
        _version = Interlocked.Increment(ref _lastVersion);
    }

    /// <summary>What a roll-up does with one own indicator, decided once at compile time from its result and the
    /// missing-item policy.</summary>
    private enum ItemState : byte
    {
        /// <summary>It enters the figure (achieved, or missing and counted as zero).</summary>
        Counted = 0,

        /// <summary>It is missing and left out.</summary>
        Skipped = 1,

        /// <summary>It is missing, left out, and marks the node incomplete.</summary>
        MarksIncomplete = 2,
    }

    /// <summary>The tree this was compiled from. What-if changes made on the compiled form are not reflected in it
    /// (only its nodes, names and structure are read).</summary>
    public PerformanceTree Source => _layout.Source;

    /// <summary>The roll-up choices it evaluates under.</summary>
    public RollUpOptions Options => _layout.Options;

    /// <summary>The number of nodes.</summary>
    public int Count => _layout.Count;

    /// <summary>The node ids in compiled (bottom-up) order: the index of a node here is its index in every span of a
    /// <see cref="CompiledEvaluation"/>, and every child comes before each of its parents.</summary>
    public IReadOnlyList<string> NodeIds => _layout.Ids;

    /// <summary>
    /// Compiles a tree. Computes every indicator's achievement once, so compiling costs about as much as one
    /// <see cref="TreeEvaluator.Evaluate"/>; evaluations after that are much cheaper.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="options">The roll-up choices; <see langword="null"/> means <see cref="RollUpOptions.Default"/>.</param>
    /// <param name="formulas">The formulas; <see langword="null"/> means the built-in ones.</param>
    /// <returns>The compiled tree.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    public static CompiledTree Compile(PerformanceTree tree, RollUpOptions? options = null, FormulaRegistry? formulas = null)
    {
        Guard.Against.Null(tree);
        options ??= RollUpOptions.Default;
        var calculator = new AchievementCalculator(options.Rules, formulas);
        var order = PostOrder(tree);
        var n = order.Length;
        var positionOf = new int[n];
        var ids = new string[n];
        for (var c = 0; c < n; c++)
        {
            positionOf[order[c]] = c;
            ids[c] = tree.Nodes[order[c]].Id;
        }

        var childStart = new int[n + 1];
        var parentStart = new int[n + 1];
        var ownStart = new int[n + 1];
        for (var c = 0; c < n; c++)
        {
            childStart[c + 1] = childStart[c] + tree.ChildrenOf(order[c]).Length;
            parentStart[c + 1] = parentStart[c] + tree.ParentsOf(order[c]).Length;
            ownStart[c + 1] = ownStart[c] + tree.Nodes[order[c]].Indicators.Count;
        }

        var children = new int[childStart[n]];
        var childWeights = new decimal[childStart[n]];
        var parents = new int[parentStart[n]];
        var slots = ownStart[n];
        var indicatorIds = new string[slots];
        var indicatorWeights = new decimal[slots];
        var slotNode = new int[slots];
        var inputs = new AchievementInput[slots];
        var own = new OwnItems(slots);
        var maxItems = 0;
        for (var c = 0; c < n; c++)
        {
            var node = order[c];
            var nodeChildren = tree.ChildrenOf(node);
            var nodeLinks = tree.ChildLinksOf(node);
            for (var k = 0; k < nodeChildren.Length; k++)
            {
                children[childStart[c] + k] = positionOf[nodeChildren[k]];
                childWeights[childStart[c] + k] = tree.Links[nodeLinks[k]].Weight;
            }

            var nodeParents = tree.ParentsOf(node);
            for (var k = 0; k < nodeParents.Length; k++)
            {
                parents[parentStart[c] + k] = positionOf[nodeParents[k]];
            }

            var indicators = tree.Nodes[node].Indicators;
            for (var k = 0; k < indicators.Count; k++)
            {
                var s = ownStart[c] + k;
                indicatorIds[s] = indicators[k].IndicatorId;
                indicatorWeights[s] = indicators[k].Weight;
                slotNode[s] = c;
                inputs[s] = indicators[k].Input;
                own.Set(s, calculator, options.Missing, indicators[k].Input);
            }

            maxItems = Math.Max(maxItems, nodeChildren.Length + indicators.Count);
        }

        var layout = new Layout(tree, options, calculator, ids, positionOf, childStart, children, parentStart, parents, ownStart, indicatorIds, indicatorWeights, slotNode, maxItems);
        return new CompiledTree(layout, childWeights, inputs, own, null);
    }

    /// <summary>The compiled index of a node: its position in <see cref="NodeIds"/> and in an evaluation's spans.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public int IndexOf(string nodeId) => _layout.PositionOf[_layout.Source.IndexOf(nodeId)];

    /// <summary>Evaluates every node in one bottom-up pass.</summary>
    /// <returns>The evaluation.</returns>
    public CompiledEvaluation Evaluate()
    {
        var n = _layout.Count;
        var values = GC.AllocateUninitializedArray<decimal>(n);
        var statuses = GC.AllocateUninitializedArray<NodeStatus>(n);
        var numerators = _layout.TracksAmounts ? GC.AllocateUninitializedArray<decimal>(n) : null;
        var denominators = _layout.TracksAmounts ? GC.AllocateUninitializedArray<decimal>(n) : null;
        var buffer = ArrayPool<RollUpItem>.Shared.Rent(Math.Max(1, _layout.MaxItems));
        try
        {
            EvaluateNodes(0, n, buffer, values, statuses, numerators, denominators);
        }
        finally
        {
            ArrayPool<RollUpItem>.Shared.Return(buffer);
        }

        return new CompiledEvaluation(this, values, statuses, numerators, denominators);
    }

    internal Layout Shape => _layout;

    /// <summary>
    /// Every node's ratio-of-sums amounts from an evaluation's statuses, summed in item order as
    /// <see cref="TreeEvaluator"/> sums them (missing items counted as zero add exactly nothing, so they are left
    /// out). For strategies that never read amounts, the pass leaves them to this.
    /// </summary>
    internal (decimal[] Numerators, decimal[] Denominators) SumAmounts(NodeStatus[] statuses)
    {
        var layout = _layout;
        var n = layout.Count;
        var numerators = GC.AllocateUninitializedArray<decimal>(n);
        var denominators = GC.AllocateUninitializedArray<decimal>(n);
        for (var i = 0; i < n; i++)
        {
            var numerator = 0m;
            var denominator = 0m;
            for (var s = layout.OwnStart[i]; s < layout.OwnStart[i + 1]; s++)
            {
                if (_own.States[s] == ItemState.Counted)
                {
                    numerator += _own.Numerators[s];
                    denominator += _own.Denominators[s];
                }
            }

            for (var k = layout.ChildStart[i]; k < layout.ChildStart[i + 1]; k++)
            {
                var c = layout.Children[k];
                if (statuses[c] != NodeStatus.NoData)
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

    /// <summary>Evaluates nodes <paramref name="from"/> to <paramref name="to"/> (exclusive), whose children are
    /// already evaluated; with amount arrays when the strategy may read amounts.</summary>
    private void EvaluateNodes(int from, int to, RollUpItem[] buffer, decimal[] values, NodeStatus[] statuses, decimal[]? numerators, decimal[]? denominators)
    {
        if (numerators is not null && denominators is not null)
        {
            EvaluateNodes<WithAmounts>(from, to, buffer, values, statuses, numerators, denominators);
        }
        else
        {
            EvaluateNodes<WithoutAmounts>(from, to, buffer, values, statuses, [], []);
        }
    }

    /// <summary>
    /// Each node's figure from its own items and its children's results, as <see cref="TreeEvaluator"/> computes
    /// it: own counted indicators, then children in link order (a child without data is left out, counted as 0 or
    /// marks the node incomplete, by the policy), combined by the strategy. Without amounts (a strategy that never
    /// reads them), items carry none and none are summed.
    /// </summary>
    private void EvaluateNodes<TMode>(int from, int to, RollUpItem[] buffer, decimal[] values, NodeStatus[] statuses, decimal[] numerators, decimal[] denominators)
        where TMode : struct, IAmountMode
    {
        var layout = _layout;
        var missing = layout.Missing;
        var strategy = layout.Strategy;
        var ownStart = layout.OwnStart;
        var ownWeights = layout.IndicatorWeights;
        var ownValues = _own.Values;
        var ownStates = _own.States;
        var ownNumerators = _own.Numerators;
        var ownDenominators = _own.Denominators;
        var childStart = layout.ChildStart;
        var children = layout.Children;
        var childWeights = _childWeights;
        for (var i = from; i < to; i++)
        {
            var count = 0;
            var incomplete = false;
            var ownEnd = ownStart[i + 1];
            for (var s = ownStart[i]; s < ownEnd; s++)
            {
                var state = ownStates[s];
                if (state == ItemState.Counted)
                {
                    buffer[count++] = TMode.Tracks
                        ? new RollUpItem(ownValues[s], ownWeights[s], ownNumerators[s], ownDenominators[s])
                        : new RollUpItem(ownValues[s], ownWeights[s], 0m, 0m);
                }
                else if (state == ItemState.MarksIncomplete)
                {
                    incomplete = true;
                }
            }

            var childEnd = childStart[i + 1];
            for (var k = childStart[i]; k < childEnd; k++)
            {
                var c = children[k];
                var status = statuses[c];
                if (status != NodeStatus.NoData)
                {
                    incomplete |= status == NodeStatus.Incomplete;
                    buffer[count++] = TMode.Tracks
                        ? new RollUpItem(values[c], childWeights[k], numerators[c], denominators[c])
                        : new RollUpItem(values[c], childWeights[k], 0m, 0m);
                }
                else if (missing == MissingChildPolicy.CountAsZero)
                {
                    buffer[count++] = new RollUpItem(0m, childWeights[k], 0m, 0m);
                }
                else if (missing == MissingChildPolicy.MarkIncomplete)
                {
                    incomplete = true;
                }
            }

            var items = new ReadOnlySpan<RollUpItem>(buffer, 0, count);
            var value = count == 0 ? null : strategy.Combine(items);
            values[i] = value.GetValueOrDefault();
            statuses[i] = value is null ? NodeStatus.NoData : incomplete ? NodeStatus.Incomplete : NodeStatus.Complete;
            if (TMode.Tracks)
            {
                var numerator = 0m;
                var denominator = 0m;
                foreach (ref readonly var item in items)
                {
                    numerator += item.Numerator;
                    denominator += item.Denominator;
                }

                numerators[i] = numerator;
                denominators[i] = denominator;
            }
        }
    }

    /// <summary>Node indexes in depth-first post-order from the roots: children before parents, and a node's
    /// subtree mostly next to it in memory. Iterative.</summary>
    private static int[] PostOrder(PerformanceTree tree)
    {
        var n = tree.Nodes.Count;
        var order = new int[n];
        var done = 0;
        var seen = new bool[n];
        var stackNode = new int[n];
        var stackCursor = new int[n];
        for (var root = 0; root < n; root++)
        {
            if (seen[root] || tree.ParentsOf(root).Length != 0)
            {
                continue;
            }

            var top = 0;
            seen[root] = true;
            stackNode[0] = root;
            stackCursor[0] = 0;
            while (top >= 0)
            {
                var at = stackNode[top];
                var next = tree.ChildrenOf(at);
                if (stackCursor[top] < next.Length)
                {
                    var child = next[stackCursor[top]++];
                    if (!seen[child])
                    {
                        seen[child] = true;
                        top++;
                        stackNode[top] = child;
                        stackCursor[top] = 0;
                    }
                }
                else
                {
                    order[done++] = at;
                    top--;
                }
            }
        }

        // Every node of a built tree lies under a root; keep the builder's order if that ever fails.
        return done == n ? order : tree.BottomUpOrder;
    }
}
