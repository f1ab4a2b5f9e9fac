using Sakip.Domain.Codes;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Diagrams;

/// <summary>An edge of a diagram: <see cref="Parent"/> is fed by <see cref="Child"/> (node indexes).</summary>
/// <param name="Parent">The parent's node index.</param>
/// <param name="Child">The child's node index.</param>
/// <param name="Crosscutting">Whether the parent is not the child's first parent (drawn dashed).</param>
internal readonly record struct DiagramEdge(int Parent, int Child, bool Crosscutting);

/// <summary>
/// What a diagram shows of an evaluated tree under <see cref="DiagramOptions"/>: the visible nodes, their layer
/// (depth along first parents), the edges between visible nodes, the tree of first parents the layout follows,
/// and how many children each visible node hides. Shared by every format.
/// </summary>
internal sealed class DiagramView
{
    private DiagramView(TreeEvaluation evaluation, DiagramOptions options)
    {
        Evaluation = evaluation;
        Options = options;
    }

    public TreeEvaluation Evaluation { get; }

    public DiagramOptions Options { get; }

    public PerformanceTree Tree => Evaluation.Tree;

    /// <summary>The visible node indexes, in node order.</summary>
    public int[] Visible { get; private set; } = [];

    public bool[] IsVisible { get; private set; } = [];

    /// <summary>Every node's depth along first parents.</summary>
    public int[] Depth { get; private set; } = [];

    /// <summary>How many children of each node are not shown.</summary>
    public int[] HiddenChildren { get; private set; } = [];

    /// <summary>The edges between visible nodes, in link order.</summary>
    public DiagramEdge[] Edges { get; private set; } = [];

    /// <summary>Each visible node's visible children whose first parent it is, in link order.</summary>
    public int[][] PrimaryChildren { get; private set; } = [];

    /// <summary>The visible nodes without parents, in node order.</summary>
    public int[] Roots { get; private set; } = [];

    public static DiagramView Create(TreeEvaluation evaluation, DiagramOptions options)
    {
        var view = new DiagramView(evaluation, options);
        var tree = evaluation.Tree;
        var n = tree.Nodes.Count;

        // Node indexes and links from the public nodes and links. A node's first parent is the parent of its first
        // link, as PerformanceTree.Parents orders them.
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[tree.Nodes[i].Id] = i;
        }

        var links = new (int Parent, int Child)[tree.Links.Count];
        var firstParent = new int[n];
        Array.Fill(firstParent, -1);
        for (var l = 0; l < links.Length; l++)
        {
            var (parent, child) = (index[tree.Links[l].ParentId], index[tree.Links[l].ChildId]);
            links[l] = (parent, child);
            if (firstParent[child] < 0)
            {
                firstParent[child] = parent;
            }
        }

        // Depth along first parents: walk up to a node of known depth (or a root), then number the way back down.
        // The tree has no cycles (PerformanceTreeBuilder refuses them), so every walk ends.
        var depth = new int[n];
        Array.Fill(depth, -1);
        var path = new Stack<int>();
        for (var i = 0; i < n; i++)
        {
            var at = i;
            while (depth[at] < 0 && firstParent[at] >= 0)
            {
                path.Push(at);
                at = firstParent[at];
            }

            var d = depth[at] = Math.Max(depth[at], 0);
            while (path.Count > 0)
            {
                depth[path.Pop()] = ++d;
            }
        }

        var visible = new bool[n];
        if (options.Agency is { } agency)
        {
            // The agency's nodes, then every ancestor of them (all parents, so crosscutting context shows too).
            var stack = new Stack<int>();
            for (var i = 0; i < n; i++)
            {
                if (Matches(tree.Nodes[i].Agency, agency))
                {
                    visible[i] = true;
                    stack.Push(i);
                }
            }

            var parents = ParentsByChild(n, links);
            while (stack.Count > 0)
            {
                foreach (var p in parents[stack.Pop()])
                {
                    if (!visible[p])
                    {
                        visible[p] = true;
                        stack.Push(p);
                    }
                }
            }
        }
        else
        {
            Array.Fill(visible, true);
        }

        if (options.MaxDepth is { } cut)
        {
            for (var i = 0; i < n; i++)
            {
                visible[i] &= depth[i] <= cut;
            }
        }

        var hidden = new int[n];
        var primary = new List<int>[n];
        var edges = new List<DiagramEdge>();
        for (var i = 0; i < n; i++)
        {
            if (visible[i])
            {
                primary[i] = [];
            }
        }

        foreach (var (parent, child) in links)
        {
            if (!visible[parent])
            {
                continue;
            }

            if (!visible[child])
            {
                hidden[parent]++;
                continue;
            }

            var crosscutting = firstParent[child] != parent;
            edges.Add(new DiagramEdge(parent, child, crosscutting));
            if (!crosscutting)
            {
                primary[parent].Add(child);
            }
        }

        view.IsVisible = visible;
        view.Visible = [.. Enumerable.Range(0, n).Where(i => visible[i])];
        view.Depth = depth;
        view.HiddenChildren = hidden;
        view.Edges = [.. edges];
        view.PrimaryChildren = [.. primary.Select(p => p?.ToArray() ?? [])];
        view.Roots = [.. view.Visible.Where(i => firstParent[i] < 0)];
        return view;
    }

    /// <summary>Every node's parents, in link order, as slices of one array.</summary>
    private static ArraySegment<int>[] ParentsByChild(int n, (int Parent, int Child)[] links)
    {
        var start = new int[n + 1];
        foreach (var (_, child) in links)
        {
            start[child + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            start[i + 1] += start[i];
        }

        var all = new int[links.Length];
        var next = (int[])start.Clone();
        foreach (var (parent, child) in links)
        {
            all[next[child]++] = parent;
        }

        var parents = new ArraySegment<int>[n];
        for (var i = 0; i < n; i++)
        {
            parents[i] = new ArraySegment<int>(all, start[i], start[i + 1] - start[i]);
        }

        return parents;
    }

    private static bool Matches(OrganisationCode? nodeAgency, OrganisationCode filter) =>
        nodeAgency is { } a && (a == filter || (!filter.IsSubUnit && a.Organisation == filter));
}
