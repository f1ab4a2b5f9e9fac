using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// The roll-up as a first implementation would write it: recursion over child lists kept in dictionaries keyed by
/// node id, memoised in a dictionary. Same arithmetic as the library's mean with missing items skipped (own
/// indicators' capaian, then children's figures, summed in that order and divided by the count).
/// </summary>
internal sealed class NaiveRollUp
{
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<decimal?>> _capaian = new(StringComparer.Ordinal);
    private readonly List<string> _roots = [];

    public NaiveRollUp(PerformanceTree tree, decimal?[][] capaian)
    {
        for (var i = 0; i < tree.Nodes.Count; i++)
        {
            _children[tree.Nodes[i].Id] = [];
            _capaian[tree.Nodes[i].Id] = [.. capaian[i]];
        }

        var hasParent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var link in tree.Links)
        {
            _children[link.ParentId].Add(link.ChildId);
            hasParent.Add(link.ChildId);
        }

        _roots.AddRange(tree.Nodes.Select(n => n.Id).Where(id => !hasParent.Contains(id)));
    }

    public Dictionary<string, decimal?> Run()
    {
        var memo = new Dictionary<string, decimal?>(_children.Count, StringComparer.Ordinal);
        foreach (var root in _roots)
        {
            Value(root, memo);
        }

        return memo;
    }

    private decimal? Value(string id, Dictionary<string, decimal?> memo)
    {
        if (memo.TryGetValue(id, out var known))
        {
            return known;
        }

        var sum = 0m;
        var count = 0;
        foreach (var own in _capaian[id])
        {
            if (own is { } v)
            {
                sum += v;
                count++;
            }
        }

        foreach (var child in _children[id])
        {
            if (Value(child, memo) is { } v)
            {
                sum += v;
                count++;
            }
        }

        decimal? value = count == 0 ? null : sum / count;
        memo[id] = value;
        return value;
    }
}
