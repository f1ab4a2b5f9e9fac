using Ardalis.GuardClauses;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tree;

/// <summary>
/// A region's performance tree (<i>pohon kinerja</i>): nodes from RPJMD tujuan down to sub kegiatan, linked child to
/// parent (a node may feed several parents), with shared indicators apportioned among agencies. Built by
/// <see cref="PerformanceTreeBuilder"/>, so it has no cycles and every link resolves.
/// </summary>
/// <remarks>Immutable and thread-safe. Navigation reads well in LINQ; what-if methods return new trees.</remarks>
public sealed partial class PerformanceTree
{
    // Built by the builder and never changed after: safe to read from any thread.
    private readonly Dictionary<string, int> _index;
    private readonly TreeStructure _structure;

    internal PerformanceTree(ValueList<TreeNode> nodes, ValueList<TreeLink> links, ValueList<SharedIndicator> shared, Dictionary<string, int> index, TreeStructure structure, int[] order)
    {
        Nodes = nodes;
        Links = links;
        Shared = shared;
        _index = index;
        _structure = structure;
        BottomUpOrder = order;
    }

    /// <summary>The nodes, in declaration order.</summary>
    public ValueList<TreeNode> Nodes { get; }

    /// <summary>The links, in declaration order (a parent's children keep this order).</summary>
    public ValueList<TreeLink> Links { get; }

    /// <summary>The shared (crosscutting) indicators and their shares.</summary>
    public ValueList<SharedIndicator> Shared { get; }

    /// <summary>Returns a builder holding this tree's nodes, links and shared indicators, to derive a changed tree
    /// (its <see cref="PerformanceTreeBuilder.Build"/> checks the changes).</summary>
    /// <returns>The builder.</returns>
    public PerformanceTreeBuilder ToBuilder() => new()
    {
        Nodes = [.. Nodes],
        Links = [.. Links],
        Shared = [.. Shared],
    };

    /// <summary>The nodes without parents.</summary>
    public IEnumerable<TreeNode> Roots => Enumerable.Range(0, Nodes.Count).Where(i => _structure.ParentCount(i) == 0).Select(i => Nodes[i]);

    /// <summary>Node indexes ordered so that every child comes before each of its parents.</summary>
    internal int[] BottomUpOrder { get; }

    /// <summary>Each node's children, child links and parents.</summary>
    internal TreeStructure Structure => _structure;

    /// <summary>The node with an id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id (use <see cref="Find"/> to ask).</exception>
    public TreeNode this[string id] => Nodes[IndexOf(id)];

    /// <summary>Finds a node by id.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The node, or <see langword="null"/>.</returns>
    public TreeNode? Find(string id) => _index.TryGetValue(Guard.Against.Null(id), out var i) ? Nodes[i] : null;

    /// <summary>The nodes with a program, kegiatan or sub kegiatan code (several agencies may share a code).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The nodes.</returns>
    public IEnumerable<TreeNode> ByCode(ProgramCode code) => Nodes.Where(n => n.Code == code);

    /// <summary>The nodes of an agency.</summary>
    /// <param name="agency">The agency's code.</param>
    /// <returns>The nodes.</returns>
    public IEnumerable<TreeNode> OfAgency(OrganisationCode agency) => Nodes.Where(n => n.Agency == agency);

    /// <summary>The nodes at a level.</summary>
    /// <param name="level">The level.</param>
    /// <returns>The nodes.</returns>
    public IEnumerable<TreeNode> AtLevel(TreeLevel level) => Nodes.Where(n => n.Level == level);

    /// <summary>The node's children, in link order.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The children.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public IEnumerable<TreeNode> Children(string id) => Entries(_structure.ChildStart, IndexOf(id)).Select(j => Nodes[_structure.Children[j]]);

    /// <summary>The links from a node to its children, in order.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The links.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public IEnumerable<TreeLink> ChildLinks(string id) => Entries(_structure.ChildStart, IndexOf(id)).Select(j => Links[_structure.ChildLinks[j]]);

    /// <summary>The node's parents (more than one for a crosscutting node).</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The parents.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public IEnumerable<TreeNode> Parents(string id) => Entries(_structure.ParentStart, IndexOf(id)).Select(j => Nodes[_structure.Parents[j]]);

    /// <summary>Every node above, nearest first, each once.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The ancestors.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public IEnumerable<TreeNode> Ancestors(string id) => Walk(IndexOf(id), _structure.ParentStart, _structure.Parents).Select(i => Nodes[i]);

    /// <summary>Every node below, nearest first, each once.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The descendants.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public IEnumerable<TreeNode> Descendants(string id) => Walk(IndexOf(id), _structure.ChildStart, _structure.Children).Select(i => Nodes[i]);

    /// <summary>The path from a root to the node along first parents, e.g. <c>T1 &gt; S1 &gt; DINKES-SS1</c>.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The node ids, root first.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public IReadOnlyList<string> PathOf(string id)
    {
        var path = new List<string>();
        var at = IndexOf(id);
        var seen = new HashSet<int>();
        while (seen.Add(at))
        {
            path.Add(Nodes[at].Id);
            if (_structure.ParentCount(at) == 0)
            {
                break;
            }

            at = _structure.Parents[_structure.ParentStart[at]];
        }

        path.Reverse();
        return path;
    }

    /// <summary>The depth of a node: 0 for a root, else one more than its first parent's.</summary>
    /// <param name="id">The node's id.</param>
    /// <returns>The depth.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public int DepthOf(string id)
    {
        // Counted along first parents without making the path (a national fact table asks this of every node); a
        // built tree has no cycle, so a root comes within as many steps as there are nodes, and PathOf's own guard
        // decides otherwise.
        var at = IndexOf(id);
        for (var depth = 0; depth < Nodes.Count; depth++)
        {
            if (_structure.ParentCount(at) == 0)
            {
                return depth;
            }

            at = _structure.Parents[_structure.ParentStart[at]];
        }

        return PathOf(id).Count - 1;
    }

    /// <summary>A node's part of a shared indicator's target: the owner's target times its share.</summary>
    /// <param name="shared">The shared indicator.</param>
    /// <param name="nodeId">The contributing node.</param>
    /// <returns>The apportioned target, or <see langword="null"/> when the owner has no target for it or the node
    /// has no share.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="shared"/> is null.</exception>
    public Target? ApportionedTarget(SharedIndicator shared, string nodeId)
    {
        Guard.Against.Null(shared);
        var share = shared.Shares.FirstOrDefault(s => s.NodeId == nodeId);
        var owner = Find(shared.OwnerNodeId)?.Indicators.FirstOrDefault(i => i.IndicatorId == shared.IndicatorId);
        if (share is null || owner is null)
        {
            return null;
        }

        var t = owner.Input.Target;
        var lower = t.Lower * share.Percent / 100m;
        var upper = t.Upper * share.Percent / 100m;
        return t.IsRange ? Target.Range(lower, upper) : Target.Point(lower);
    }

    internal int IndexOf(string id) =>
        _index.TryGetValue(Guard.Against.Null(id), out var i) ? i : throw new KeyNotFoundException($"No node with id '{id}' is in the tree.");

    internal ReadOnlySpan<int> ChildrenOf(int node) => _structure.ChildrenOf(node);

    internal ReadOnlySpan<int> ChildLinksOf(int node) => _structure.ChildLinksOf(node);

    internal ReadOnlySpan<int> ParentsOf(int node) => _structure.ParentsOf(node);

    /// <summary>The entries of a node's range, as <c>start[node] .. start[node + 1]</c>.</summary>
    private static IEnumerable<int> Entries(int[] start, int node) => Enumerable.Range(start[node], start[node + 1] - start[node]);

    /// <summary>Breadth-first from a node along a structure's ranges (children or parents), each node once.</summary>
    private static IEnumerable<int> Walk(int from, int[] start, int[] next)
    {
        var seen = new HashSet<int> { from };
        var queue = new Queue<int>();
        for (var j = start[from]; j < start[from + 1]; j++)
        {
            queue.Enqueue(next[j]);
        }

        while (queue.Count > 0)
        {
            var at = queue.Dequeue();
            if (!seen.Add(at))
            {
                continue;
            }

            yield return at;
            for (var j = start[at]; j < start[at + 1]; j++)
            {
                queue.Enqueue(next[j]);
            }
        }
    }
}
