using Ardalis.GuardClauses;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tree;

/// <content>What-if: changed copies of a tree. The original is never changed.</content>
public sealed partial class PerformanceTree
{
    /// <summary>A tree in which every node carrying an indicator has a new realisation for it.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="realisation">The realisation; <see langword="null"/> for not reported.</param>
    /// <returns>The changed tree (this tree when no node carries the indicator).</returns>
    public PerformanceTree WithRealisation(string indicatorId, Measure? realisation) =>
        WithIndicators(null, indicatorId, i => i with { Input = i.Input with { Realisation = realisation } });

    /// <summary>A tree in which one node's indicator has a new realisation.</summary>
    /// <param name="nodeId">The node.</param>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="realisation">The realisation; <see langword="null"/> for not reported.</param>
    /// <returns>The changed tree.</returns>
    /// <exception cref="KeyNotFoundException">No node has that id.</exception>
    public PerformanceTree WithRealisation(string nodeId, string indicatorId, Measure? realisation) =>
        WithIndicators(IndexOf(nodeId), indicatorId, i => i with { Input = i.Input with { Realisation = realisation } });

    /// <summary>A tree in which every node carrying an indicator has a new target for it.</summary>
    /// <param name="indicatorId">The indicator.</param>
    /// <param name="target">The target.</param>
    /// <returns>The changed tree.</returns>
    public PerformanceTree WithTarget(string indicatorId, Target target) =>
        WithIndicators(null, indicatorId, i => i with { Input = i.Input with { Target = target } });

    /// <summary>A tree in which a link has a new weight.</summary>
    /// <param name="parentId">The parent.</param>
    /// <param name="childId">The child.</param>
    /// <param name="weight">The weight; non-negative.</param>
    /// <returns>The changed tree.</returns>
    /// <exception cref="ArgumentException">No such link, or a negative weight.</exception>
    public PerformanceTree WithLinkWeight(string parentId, string childId, decimal weight)
    {
        Guard.Against.Negative(weight);
        var at = Links.Select((l, i) => (l, i)).FirstOrDefault(p => p.l.ParentId == parentId && p.l.ChildId == childId);
        Guard.Against.InvalidInput(at.l, nameof(childId), l => l is not null, $"No link from '{childId}' to '{parentId}'.");
        var links = Links.ToArray();
        links[at.i] = links[at.i] with { Weight = weight };
        return new PerformanceTree(Nodes, links, Shared, _index, _structure, BottomUpOrder);
    }

    private PerformanceTree WithIndicators(int? only, string indicatorId, Func<NodeIndicator, NodeIndicator> change)
    {
        Guard.Against.Null(indicatorId);
        var nodes = Nodes.ToArray();
        var changed = false;
        for (var n = 0; n < nodes.Length; n++)
        {
            if (only is { } o && o != n)
            {
                continue;
            }

            var indicators = nodes[n].Indicators;
            if (!indicators.Any(i => i.IndicatorId == indicatorId))
            {
                continue;
            }

            nodes[n] = nodes[n] with { Indicators = [.. indicators.Select(i => i.IndicatorId == indicatorId ? change(i) : i)] };
            changed = true;
        }

        return changed ? new PerformanceTree(nodes, Links, Shared, _index, _structure, BottomUpOrder) : this;
    }
}
