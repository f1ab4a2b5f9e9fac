namespace Sakip.Domain.Tree;

/// <summary>
/// Who feeds whom in a <see cref="PerformanceTree"/>: each node's children, child links and parents in link order, as
/// ranges of a few flat arrays (compressed sparse rows) rather than an array per node, which would cost three
/// objects a node and scatter them over the heap.
/// </summary>
/// <remarks>Built once by <see cref="PerformanceTreeBuilder"/> and never changed after, so trees that differ only in
/// weights or indicators (the what-if methods) share it. Immutable and thread-safe.</remarks>
internal sealed class TreeStructure
{
    private TreeStructure(int[] childStart, int[] children, int[] childLinks, int[] parentStart, int[] parents)
    {
        ChildStart = childStart;
        Children = children;
        ChildLinks = childLinks;
        ParentStart = parentStart;
        Parents = parents;
    }

    /// <summary>Node i's children are entries <c>ChildStart[i] .. ChildStart[i + 1]</c> of <see cref="Children"/>
    /// and <see cref="ChildLinks"/>.</summary>
    public int[] ChildStart { get; }

    /// <summary>The child node of each child entry, in link order within a parent.</summary>
    public int[] Children { get; }

    /// <summary>The link index of each child entry.</summary>
    public int[] ChildLinks { get; }

    /// <summary>Node i's parents are entries <c>ParentStart[i] .. ParentStart[i + 1]</c> of <see cref="Parents"/>.</summary>
    public int[] ParentStart { get; }

    /// <summary>The parent node of each parent entry, in link order within a child.</summary>
    public int[] Parents { get; }

    /// <summary>The links grouped by child: a counting sort, so each child's links keep their order. A link with an
    /// unknown end (-1) or from a node to itself is left out (the builder reports those).</summary>
    /// <param name="nodeCount">The number of nodes.</param>
    /// <param name="ends">Each link's parent and child positions.</param>
    /// <param name="start">Node i's links are entries <c>start[i] .. start[i + 1]</c> of the result.</param>
    /// <returns>The link indexes, grouped by child.</returns>
    public static int[] GroupByChild(int nodeCount, (int Parent, int Child)[] ends, out int[] start)
    {
        start = new int[nodeCount + 1];
        var grouped = 0;
        foreach (var (p, c) in ends)
        {
            if (Counts(p, c))
            {
                start[c + 1]++;
                grouped++;
            }
        }

        for (var i = 0; i < nodeCount; i++)
        {
            start[i + 1] += start[i];
        }

        var links = new int[grouped];
        var filled = start[..nodeCount];
        for (var l = 0; l < ends.Length; l++)
        {
            var (p, c) = ends[l];
            if (Counts(p, c))
            {
                links[filled[c]++] = l;
            }
        }

        return links;

        static bool Counts(int parent, int child) => parent >= 0 && child >= 0 && parent != child;
    }

    /// <summary>Lays out the structure from the ends of every link, all known and none from a node to itself.</summary>
    /// <param name="nodeCount">The number of nodes.</param>
    /// <param name="ends">Each link's parent and child positions.</param>
    /// <param name="parentStart">The starts <see cref="GroupByChild"/> gave.</param>
    /// <param name="linksByChild">The links <see cref="GroupByChild"/> gave.</param>
    /// <returns>The structure.</returns>
    public static TreeStructure Of(int nodeCount, (int Parent, int Child)[] ends, int[] parentStart, int[] linksByChild)
    {
        var parents = new int[linksByChild.Length];
        for (var j = 0; j < parents.Length; j++)
        {
            parents[j] = ends[linksByChild[j]].Parent;
        }

        // A counting sort by parent: stable, so each parent's children keep link order.
        var childStart = new int[nodeCount + 1];
        foreach (var (p, _) in ends)
        {
            childStart[p + 1]++;
        }

        for (var i = 0; i < nodeCount; i++)
        {
            childStart[i + 1] += childStart[i];
        }

        var children = new int[ends.Length];
        var childLinks = new int[ends.Length];
        var filled = childStart[..nodeCount];
        for (var l = 0; l < ends.Length; l++)
        {
            var at = filled[ends[l].Parent]++;
            children[at] = ends[l].Child;
            childLinks[at] = l;
        }

        return new TreeStructure(childStart, children, childLinks, parentStart, parents);
    }

    /// <summary>The number of children of a node.</summary>
    public int ChildCount(int node) => ChildStart[node + 1] - ChildStart[node];

    /// <summary>The number of parents of a node.</summary>
    public int ParentCount(int node) => ParentStart[node + 1] - ParentStart[node];

    /// <summary>A node's children, in link order.</summary>
    public ReadOnlySpan<int> ChildrenOf(int node) => Children.AsSpan(ChildStart[node], ChildCount(node));

    /// <summary>The links from a node to its children, in link order.</summary>
    public ReadOnlySpan<int> ChildLinksOf(int node) => ChildLinks.AsSpan(ChildStart[node], ChildCount(node));

    /// <summary>A node's parents, in link order.</summary>
    public ReadOnlySpan<int> ParentsOf(int node) => Parents.AsSpan(ParentStart[node], ParentCount(node));
}
