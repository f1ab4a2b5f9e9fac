namespace Sakip.Domain.Diagrams;

/// <summary>Where the layout put the visible nodes.</summary>
/// <param name="Left">The left edge of every visible node's box (0 for hidden nodes); the leftmost box is at 0.</param>
/// <param name="Stacked">Whether a node's children are stacked in a column under it.</param>
internal sealed record LayoutResult(double[] Left, bool[] Stacked);

/// <summary>
/// A layered tidy-tree layout of the visible nodes along first parents: a node's layer is its depth, leaves take
/// the next free place of their layer from left to right, a parent is centred over its first and last child, and
/// when that centre collides with its layer's last box the parent's whole subtree moves right. Within a layer boxes
/// are placed strictly left to right at least one slot apart, so boxes never overlap, whatever the tree; the
/// drawing just gets wider. Optionally the children of a node whose children (two or more) are all leaves are
/// stacked in a column under it, indented, taking one place of the next layer. Iterative, so any depth is fine.
/// </summary>
internal static class TreeLayout
{
    /// <summary>Places the visible nodes.</summary>
    /// <param name="view">The visible nodes.</param>
    /// <param name="slot">A box's width plus the gap between neighbours.</param>
    /// <param name="indent">How far right of its parent a stacked column starts.</param>
    /// <param name="stack">Whether to stack leaf children.</param>
    /// <returns>The left edges, and which nodes have their children stacked.</returns>
    public static LayoutResult Place(DiagramView view, double slot, double indent, bool stack)
    {
        var n = view.Tree.Nodes.Count;
        var left = new double[n];
        var stacked = new bool[n];
        if (stack)
        {
            foreach (var i in view.Visible)
            {
                var children = view.PrimaryChildren[i];
                stacked[i] = children.Length >= 2 && children.All(c => view.PrimaryChildren[c].Length == 0);
            }
        }

        var nextFree = new Dictionary<int, double>();
        double Free(int layer) => nextFree.TryGetValue(layer, out var x) ? x : 0d;

        // Post-order over the forest of first parents.
        var stackOfWork = new Stack<(int Node, int Next)>();
        foreach (var root in view.Roots)
        {
            stackOfWork.Push((root, 0));
            while (stackOfWork.Count > 0)
            {
                var (node, next) = stackOfWork.Pop();
                var children = view.PrimaryChildren[node];
                if (!stacked[node] && next < children.Length)
                {
                    stackOfWork.Push((node, next + 1));
                    stackOfWork.Push((children[next], 0));
                    continue;
                }

                var layer = view.Depth[node];
                var free = Free(layer);
                if (stacked[node])
                {
                    // The node and, one layer down, its column: both must clear what those layers hold.
                    var x = Math.Max(free, Free(layer + 1) - indent);
                    left[node] = x;
                    foreach (var child in children)
                    {
                        left[child] = x + indent;
                    }

                    nextFree[layer + 1] = x + indent + slot;
                }
                else if (children.Length == 0)
                {
                    left[node] = free;
                }
                else
                {
                    var centre = (left[children[0]] + left[children[^1]]) / 2;
                    if (centre < free)
                    {
                        Shift(view, node, free - centre, left, nextFree);
                        centre = free;
                    }

                    left[node] = centre;
                }

                nextFree[layer] = left[node] + slot;
            }
        }

        return new LayoutResult(left, stacked);
    }

    /// <summary>Moves a node's subtree (below it) right. The subtree was placed last, so it holds the rightmost
    /// boxes of every layer it touches, and those layers' next free places move with it.</summary>
    private static void Shift(DiagramView view, int node, double delta, double[] left, Dictionary<int, double> nextFree)
    {
        var layers = new HashSet<int>();
        var stack = new Stack<int>(view.PrimaryChildren[node]);
        while (stack.Count > 0)
        {
            var at = stack.Pop();
            left[at] += delta;
            layers.Add(view.Depth[at]);
            foreach (var child in view.PrimaryChildren[at])
            {
                stack.Push(child);
            }
        }

        foreach (var layer in layers)
        {
            nextFree[layer] += delta;
        }
    }
}
