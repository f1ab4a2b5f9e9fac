using System.Buffers;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;

namespace Sakip.Domain.Tree;

/// <summary>
/// A <see cref="PerformanceTree"/> compiled for fast roll-ups of big trees (a whole province with its regencies):
/// flat arrays in bottom-up order (every child before each of its parents), children as index ranges with their
/// link weights, and every node's own indicators turned into roll-up items once. <see cref="Evaluate"/> is one
/// iterative pass over those arrays; the what-if methods and <see cref="Recompute(CompiledEvaluation)"/> revisit
/// only the changed nodes and, while their figures change, the nodes above them.
/// </summary>
/// <remarks>
/// <para>It gives exactly the figures and statuses of <see cref="TreeEvaluator"/> under the same options and
/// formulas: the same <see cref="AchievementCalculator"/> computes the indicators, the same
/// <see cref="IRollUpStrategy.Combine"/> is called with the same items in the same order (own indicators first,
/// then children in link order), and numerators and denominators are summed in the same order. One shortcut: under
/// the built-in mean, weighted mean and worst strategies, which never read amounts, the items carry none and the
/// amounts are summed only when asked for (<see cref="CompiledEvaluation.Numerators"/>). What it leaves out is the
/// explanation: use the object model to show how a figure was reached.</para>
/// <para>No recursion anywhere (compiling, evaluating, recomputing), so any depth works. An evaluation allocates
/// only its result arrays and rents its item buffer from <see cref="ArrayPool{T}.Shared"/>. A what-if tree and a
/// recomputed evaluation keep their few changes beside the arrays they share with the tree or evaluation they come
/// from, so a what-if on a whole province allocates kilobytes, not megabytes; past 1,024 changes they are folded
/// into new arrays.</para>
/// <para>Immutable and thread-safe: one instance may be evaluated, recomputed and what-if'd from any number of
/// threads at once, and so may its evaluations. A plugin <see cref="IRollUpStrategy"/> must itself be thread-safe
/// and must not keep the span it is given.</para>
/// </remarks>
public sealed partial class CompiledTree
{
    /// <summary>Changes kept beside shared arrays before they are folded into new ones.</summary>
    internal const int MaxChanges = 1_024;

    private static long _lastVersion;

    private readonly Layout _layout;
    private readonly TreeData _data;
    private readonly Overlay _overlay;
    private readonly Lazy<TreeData> _flat;
    private readonly long _version;
    private readonly Step? _history;

    private CompiledTree(Layout layout, TreeData data, Overlay overlay, Step? history)
    {
        _layout = layout;
        _data = data;
        _overlay = overlay;
        _flat = overlay.IsEmpty ? new(data) : new(() => data.With(overlay), LazyThreadSafetyMode.ExecutionAndPublication);
        _history = history;
        _version = Interlocked.Increment(ref _lastVersion);
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

    internal Layout Shape => _layout;

    /// <summary>
    /// Compiles a tree: orders the nodes (depth-first, children before parents), lays out the arrays and computes
    /// every indicator's achievement once, the costly part of <see cref="TreeEvaluator.Evaluate"/>. Evaluations after
    /// that only combine.
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
        for (var c = 0; c < n; c++)
        {
            positionOf[order[c]] = c;
        }

        // Every node is read in declaration order and written at its compiled place: a big tree's node, indicator
        // and link objects lie in memory roughly in the order they were declared, so the reads (which stall) run
        // along memory and only the writes (which do not) hop about.
        var structure = tree.Structure;
        var nodes = tree.Nodes.AsSpan();
        var childStart = new int[n + 1];
        var parentStart = new int[n + 1];
        var ownStart = new int[n + 1];
        for (var node = 0; node < n; node++)
        {
            var c = positionOf[node];
            childStart[c + 1] = structure.ChildCount(node);
            parentStart[c + 1] = structure.ParentCount(node);
            ownStart[c + 1] = nodes[node].Indicators.Count;
        }

        for (var c = 0; c < n; c++)
        {
            childStart[c + 1] += childStart[c];
            parentStart[c + 1] += parentStart[c];
            ownStart[c + 1] += ownStart[c];
        }

        var children = new int[childStart[n]];
        var childWeights = new decimal[childStart[n]];
        var parents = new int[parentStart[n]];
        var slots = ownStart[n];
        var indicatorWeights = new decimal[slots];
        var slotNode = new int[slots];
        var data = new TreeData(slots, childWeights);
        var links = tree.Links.AsSpan();
        var maxItems = 0;
        for (var node = 0; node < n; node++)
        {
            var c = positionOf[node];
            var at = childStart[c];
            for (var j = structure.ChildStart[node]; j < structure.ChildStart[node + 1]; j++, at++)
            {
                children[at] = positionOf[structure.Children[j]];
                childWeights[at] = links[structure.ChildLinks[j]].Weight;
            }

            at = parentStart[c];
            for (var j = structure.ParentStart[node]; j < structure.ParentStart[node + 1]; j++, at++)
            {
                parents[at] = positionOf[structure.Parents[j]];
            }

            var indicators = nodes[node].Indicators.AsSpan();
            for (var k = 0; k < indicators.Length; k++)
            {
                var s = ownStart[c] + k;
                indicatorWeights[s] = indicators[k].Weight;
                slotNode[s] = c;
                data.Set(s, OwnSlot.Of(indicators[k].Input, calculator, options.Missing));
            }

            maxItems = Math.Max(maxItems, childStart[c + 1] - childStart[c] + indicators.Length);
        }

        var layout = new Layout(tree, options, calculator, order, positionOf, childStart, children, parentStart, parents, ownStart, indicatorWeights, slotNode, maxItems);
        return new CompiledTree(layout, data, Overlay.Empty, null);
    }

    /// <summary>The compiled index of a node: its position in <see cref="NodeIds"/> and in an evaluation's spans.</summary>
    /// <param name="nodeId">The node's id.</param>
    /// <returns>The index.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nodeId"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public int IndexOf(string nodeId) => _layout.PositionOf[_layout.Source.IndexOf(nodeId)];

    /// <summary>Evaluates every node in one bottom-up pass.</summary>
    /// <returns>The evaluation.</returns>
    public CompiledEvaluation Evaluate()
    {
        var n = _layout.Count;
        var tracks = _layout.TracksAmounts;
        var figures = new CompiledEvaluation.Figures(
            GC.AllocateUninitializedArray<decimal>(n),
            GC.AllocateUninitializedArray<byte>(n),
            tracks ? GC.AllocateUninitializedArray<decimal>(n) : null,
            tracks ? GC.AllocateUninitializedArray<decimal>(n) : null);
        var buffer = ArrayPool<RollUpItem>.Shared.Rent(Math.Max(1, _layout.MaxItems));
        try
        {
            if (tracks)
            {
                Sweep<WithAmounts>(_flat.Value, figures, buffer);
            }
            else
            {
                Sweep<WithoutAmounts>(_flat.Value, figures, buffer);
            }
        }
        finally
        {
            ArrayPool<RollUpItem>.Shared.Return(buffer);
        }

        return new CompiledEvaluation(this, figures, null);
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
