using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// The practical floor: the same arithmetic (mean, missing items skipped) as one loop over plain arrays: nodes
/// numbered bottom-up (the compiled tree's order, so memory locality is the same), children as index ranges, own
/// capaian precomputed. No strategy, no policy, no statuses, no amounts.
/// </summary>
internal sealed class ArraySweep
{
    private readonly int[] _childStart;
    private readonly int[] _children;
    private readonly int[] _ownStart;
    private readonly decimal[] _own;

    public ArraySweep(PerformanceTree tree, CompiledTree compiled, decimal?[][] capaian)
    {
        var n = tree.Nodes.Count;
        var position = new int[n];
        var declared = new int[n];
        for (var d = 0; d < n; d++)
        {
            position[d] = compiled.IndexOf(tree.Nodes[d].Id);
            declared[position[d]] = d;
        }

        var children = new List<int>[n];
        for (var i = 0; i < n; i++)
        {
            children[i] = [];
        }

        var index = tree.Nodes.Select((node, d) => (node.Id, d)).ToDictionary(p => p.Id, p => p.d, StringComparer.Ordinal);
        foreach (var link in tree.Links)
        {
            children[position[index[link.ParentId]]].Add(position[index[link.ChildId]]);
        }

        _childStart = new int[n + 1];
        _ownStart = new int[n + 1];
        var childList = new List<int>();
        var ownList = new List<decimal>();
        for (var i = 0; i < n; i++)
        {
            childList.AddRange(children[i]);
            foreach (var v in capaian[declared[i]])
            {
                if (v is { } present)
                {
                    ownList.Add(present);
                }
            }

            _childStart[i + 1] = childList.Count;
            _ownStart[i + 1] = ownList.Count;
        }

        _children = [.. childList];
        _own = [.. ownList];
    }

    /// <summary>Every node's mean by compiled index, and whether it has one.</summary>
    public (decimal[] Values, bool[] Has) Run()
    {
        var n = _childStart.Length - 1;
        var values = new decimal[n];
        var has = new bool[n];
        for (var i = 0; i < n; i++)
        {
            var sum = 0m;
            var count = 0;
            for (var s = _ownStart[i]; s < _ownStart[i + 1]; s++)
            {
                sum += _own[s];
                count++;
            }

            for (var k = _childStart[i]; k < _childStart[i + 1]; k++)
            {
                var c = _children[k];
                if (has[c])
                {
                    sum += values[c];
                    count++;
                }
            }

            if (count > 0)
            {
                values[i] = sum / count;
                has[i] = true;
            }
        }

        return (values, has);
    }
}
