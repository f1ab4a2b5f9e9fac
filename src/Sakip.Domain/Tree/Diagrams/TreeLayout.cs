namespace Sakip.Domain.Tree.Diagrams;

/// <summary>
/// A layered tidy-tree layout of the visible nodes along first parents: a node's layer is its depth, leaves take
/// the next free place of their layer from left to right, a parent is centred over its first and last child, and
/// when that centre collides with its layer's last box the parent's whole subtree moves right. Within a layer
/// boxes are placed strictly left to right at least one slot apart, so boxes never overlap, whatever the tree;
/// the drawing just gets wider. Iterative, so any depth is fine.
/// </summary>
internal static class TreeLayout
{
    /// <summary>The left edge of every visible node's box (in units where a slot is <paramref name="slot"/>).</summary>
    /// <param name="view">The visible nodes.</param>
    /// <param name="slot">A box's width plus the gap between neighbours.</param>
    /// <returns>Left edges by node index (0 for hidden nodes); the leftmost box is at 0.</returns>
    public static double[] Place(DiagramView view, double slot)
    {
        var n = view.Tree.Nodes.Count;
        var left = new double[n];
        var nextFree = new Dictionary<int, double>();
        double Free(int layer) => nextFree.TryGetValue(layer, out var x) ? x : 0d;

        // Post-order over the forest of first parents.
        var stack = new Stack<(int Node, int Next)>();
        foreach (var root in view.Roots)
        {
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var children = view.PrimaryChildren[node];
                if (next < children.Length)
                {
                    stack.Push((node, next + 1));
                    stack.Push((children[next], 0));
                    continue;
                }

                var layer = view.Depth[node];
                var free = Free(layer);
                if (children.Length == 0)
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

        return left;
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
