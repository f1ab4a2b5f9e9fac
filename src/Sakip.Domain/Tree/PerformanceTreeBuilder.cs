using Sakip.Domain.Collections;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tree;

/// <summary>
/// Collects nodes, links and shared indicators and builds a <see cref="PerformanceTree"/>, or returns every
/// structural problem (duplicate ids, links to unknown nodes, cycles, contribution shares not summing to 100 %,
/// negative weights) with its path. Never throws for bad data; iterative, so any depth is fine.
/// </summary>
/// <remarks>Quality questions (orphans, nodes without indicators, units and polarity along direct cascades) are
/// <see cref="PerformanceTree.Check"/>'s. Not thread-safe while being filled.</remarks>
public sealed class PerformanceTreeBuilder
{
    /// <summary>The nodes.</summary>
    public List<TreeNode> Nodes { get; init; } = [];

    /// <summary>The links.</summary>
    public List<TreeLink> Links { get; init; } = [];

    /// <summary>The shared indicators.</summary>
    public List<SharedIndicator> Shared { get; init; } = [];

    /// <summary>Checks the contents and builds the tree.</summary>
    /// <returns>The tree, or every structural problem with its path.</returns>
    public Result<PerformanceTree> Build()
    {
        var problems = new List<Problem>();
        void Add(string path, Reason reason) => problems.Add(new Problem(path, reason));
        var index = new Dictionary<string, int>(Nodes.Count, StringComparer.Ordinal);
        for (var i = 0; i < Nodes.Count; i++)
        {
            var node = Nodes[i];
            if (node is null || string.IsNullOrWhiteSpace(node.Id))
            {
                Add($"nodes[{i}].id", Messages.Required);
                continue;
            }

            if (!index.TryAdd(node.Id, i))
            {
                Add($"nodes[{i}].id", Messages.DuplicateId(node.Id));
            }

            if (string.IsNullOrWhiteSpace(node.Name))
            {
                Add($"nodes[{i}].name", Messages.Required);
            }

            HashSet<string?>? indicatorIds = null;
            for (var k = 0; k < node.Indicators.Count; k++)
            {
                var indicator = node.Indicators[k];
                if (indicator is null)
                {
                    Add($"nodes[{i}].indicators[{k}]", Messages.Required);
                    continue;
                }

                // The record's parameters are not nullable, but nothing stops a caller's null!: say where it is.
                if (string.IsNullOrWhiteSpace(indicator.IndicatorId))
                {
                    Add($"nodes[{i}].indicators[{k}].indicatorId", Messages.Required);
                }

                if (indicator.Name is null)
                {
                    Add($"nodes[{i}].indicators[{k}].name", Messages.Required);
                }

                if (indicator.Unit is null)
                {
                    Add($"nodes[{i}].indicators[{k}].unit", Messages.Required);
                }

                if (indicator.Input is null)
                {
                    Add($"nodes[{i}].indicators[{k}].input", Messages.Required);
                }

                if (indicator.Weight < 0m)
                {
                    Add($"nodes[{i}].indicators[{k}].weight", Messages.NegativeWeight);
                }

                // The same indicator twice on one node would count twice in the node's capaian.
                if (indicator.IndicatorId is { } id && Repeats.SeenBefore(node.Indicators, k, static i => i?.IndicatorId, ref indicatorIds))
                {
                    Add($"nodes[{i}].indicators[{k}].indicatorId", Messages.DuplicateId(id));
                }
            }
        }

        // Each link's ends as node positions, found once (-1 where unknown or the link is missing): the duplicate
        // check, the bottom-up order and the tree's structure all use them.
        var ends = new (int Parent, int Child)[Links.Count];
        for (var l = 0; l < Links.Count; l++)
        {
            ends[l] = Links[l] is { } link ? (Find(link.ParentId), Find(link.ChildId)) : (-1, -1);
        }

        // The links grouped by child, each child's in link order: a duplicate is a link whose parent an earlier
        // link of its child already has (a set of pairs over every link would cost far more on a big tree).
        var linksByChild = TreeStructure.GroupByChild(Nodes.Count, ends, out var parentStart);
        var duplicate = Duplicates(ends, parentStart, linksByChild);
        for (var l = 0; l < Links.Count; l++)
        {
            var link = Links[l];
            if (link is null)
            {
                Add($"links[{l}]", Messages.Required);
                continue;
            }

            var (parent, child) = ends[l];
            if (parent < 0)
            {
                Add($"links[{l}].parentId", Messages.UnknownNode(link.ParentId ?? ""));
            }

            if (child < 0)
            {
                Add($"links[{l}].childId", Messages.UnknownNode(link.ChildId ?? ""));
            }

            if (parent >= 0 && parent == child)
            {
                Add($"links[{l}]", Messages.SelfLink);
            }
            else if (duplicate is not null && duplicate[l])
            {
                Add($"links[{l}]", Messages.DuplicateLink);
            }

            if (link.Weight < 0m)
            {
                Add($"links[{l}].weight", Messages.NegativeWeight);
            }
        }

        CheckShares(index, Add);
        if (problems.Count > 0)
        {
            return Result<PerformanceTree>.Failure(problems);
        }

        var structure = TreeStructure.Of(Nodes.Count, ends, parentStart, linksByChild);
        var order = BottomUp(structure, index, Add);
        if (problems.Count > 0)
        {
            return Result<PerformanceTree>.Failure(problems);
        }

        return Result<PerformanceTree>.Success(new PerformanceTree([.. Nodes], [.. Links], [.. Shared], index, structure, order));

        int Find(string? id) => id is not null && index.TryGetValue(id, out var position) ? position : -1;
    }

    /// <summary>Which links repeat an earlier link between the same two nodes; <see langword="null"/> when none
    /// does.</summary>
    /// <param name="ends">Each link's ends.</param>
    /// <param name="start">Where each child's links start in <paramref name="linksByChild"/>.</param>
    /// <param name="linksByChild">The links grouped by child, in link order within a child.</param>
    private static bool[]? Duplicates((int Parent, int Child)[] ends, int[] start, int[] linksByChild)
    {
        // Most nodes feed one parent or a few: compare with the earlier links of the child; a set only past that.
        const int LookBack = 8;
        bool[]? duplicate = null;
        HashSet<int>? seen = null;
        for (var c = 0; c + 1 < start.Length; c++)
        {
            var (from, to) = (start[c], start[c + 1]);
            if (to - from < 2)
            {
                continue;
            }

            if (to - from > LookBack)
            {
                seen ??= [];
                seen.Clear();
            }

            for (var j = from; j < to; j++)
            {
                var parent = ends[linksByChild[j]].Parent;
                var repeated = false;
                if (to - from > LookBack)
                {
                    repeated = !seen!.Add(parent);
                }
                else
                {
                    for (var e = from; e < j && !repeated; e++)
                    {
                        repeated = ends[linksByChild[e]].Parent == parent;
                    }
                }

                if (repeated)
                {
                    duplicate ??= new bool[ends.Length];
                    duplicate[linksByChild[j]] = true;
                }
            }
        }

        return duplicate;
    }

    private void CheckShares(Dictionary<string, int> index, Action<string, Reason> add)
    {
        for (var s = 0; s < Shared.Count; s++)
        {
            var path = $"shared[{s}]";
            var shared = Shared[s];
            if (shared is null)
            {
                add(path, Messages.Required);
                continue;
            }

            if (!index.TryGetValue(shared.OwnerNodeId ?? "", out var owner))
            {
                add(path + ".ownerNodeId", Messages.UnknownNode(shared.OwnerNodeId ?? ""));
            }
            else if (!Nodes[owner].Indicators.Any(i => i.IndicatorId == shared.IndicatorId))
            {
                add(path + ".indicatorId", Messages.IndicatorNotOnNode(shared.IndicatorId));
            }

            var sum = 0m;
            for (var i = 0; i < shared.Shares.Count; i++)
            {
                var share = shared.Shares[i];
                if (share is null)
                {
                    add($"{path}.shares[{i}]", Messages.Required);
                    continue;
                }

                if (!index.ContainsKey(share.NodeId ?? ""))
                {
                    add($"{path}.shares[{i}].nodeId", Messages.UnknownNode(share.NodeId ?? ""));
                }

                if (share.Percent <= 0m)
                {
                    add($"{path}.shares[{i}].percent", Messages.NonPositiveShare);
                }

                sum += share.Percent;
            }

            if (sum != 100m)
            {
                add(path + ".shares", Messages.SharesDoNotSumTo100(sum));
            }
        }
    }

    /// <summary>Kahn's algorithm from the leaves up; whatever remains lies on or above a cycle.</summary>
    private int[] BottomUp(TreeStructure structure, Dictionary<string, int> index, Action<string, Reason> add)
    {
        var n = Nodes.Count;
        var pendingChildren = new int[n];
        var order = new int[n];
        var done = 0;

        // The order doubles as the queue: nodes are appended when ready and taken in the order they came.
        for (var i = 0; i < n; i++)
        {
            pendingChildren[i] = structure.ChildCount(i);
            if (pendingChildren[i] == 0)
            {
                order[done++] = i;
            }
        }

        for (var next = 0; next < done; next++)
        {
            foreach (var p in structure.ParentsOf(order[next]))
            {
                if (--pendingChildren[p] == 0)
                {
                    order[done++] = p;
                }
            }
        }

        if (done < n)
        {
            var stuck = Enumerable.Range(0, n).Where(i => pendingChildren[i] > 0).ToHashSet();
            add($"nodes[{stuck.Min()}]", Messages.Cycle(CyclePath(stuck.Min(), stuck, index)));
        }

        return order;
    }

    private string CyclePath(int start, HashSet<int> stuck, Dictionary<string, int> index)
    {
        // The first stuck child of each stuck node, found in one pass over the links (a scan per step would be
        // quadratic in the length of the cycle).
        var firstStuckChild = new Dictionary<int, int>();
        foreach (var link in Links)
        {
            var (parent, child) = (index[link.ParentId], index[link.ChildId]);
            if (stuck.Contains(parent) && stuck.Contains(child))
            {
                firstStuckChild.TryAdd(parent, child);
            }
        }

        var path = new List<int> { start };
        var position = new Dictionary<int, int> { [start] = 0 };
        var at = start;
        while (true)
        {
            var next = firstStuckChild[at];
            if (position.TryGetValue(next, out var p))
            {
                return string.Join(" > ", path.Skip(p).Append(next).Select(i => Nodes[i].Id));
            }

            position[next] = path.Count;
            path.Add(next);
            at = next;
        }
    }
}
