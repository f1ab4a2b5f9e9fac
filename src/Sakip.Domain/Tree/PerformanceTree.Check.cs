using Sakip.Domain.Collections;
using Sakip.Domain.Review;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tree;

/// <summary>A quality problem of a tree, naming the node by its path from the root.</summary>
/// <param name="Severity">How serious it is.</param>
/// <param name="NodeId">The node's id.</param>
/// <param name="NodePath">The node's path, e.g. <c>T1 &gt; S1 &gt; DINKES-SS1</c>.</param>
/// <param name="Reason">What is wrong.</param>
public sealed record TreeIssue(Severity Severity, string NodeId, string NodePath, Reason Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{Severity} {NodePath}: {Reason.Message.English}";
}

/// <content>Quality checks.</content>
public sealed partial class PerformanceTree
{
    /// <summary>
    /// Checks what makes a tree weak though buildable: orphans (nodes below the head of region's level that feed no
    /// parent), nodes without indicators, unit mismatches and polarity conflicts along direct cascades.
    /// </summary>
    /// <remarks>Along a direct cascade, an indicator that names the parent's indicator it is cascaded from
    /// (<see cref="NodeIndicator.CascadedFrom"/>, as every tree of <see cref="PerformanceTreeFactory"/> does) is
    /// compared with that one: another unit is a <c>direct-unit-mismatch</c>, the other direction a
    /// <c>direct-polarity-conflict</c>. Where no indicator of the child names one of the parent's, indicators are
    /// paired by unit: a child sharing no unit with its parent is a mismatch, and one whose indicator has the other
    /// direction from every parent indicator in its unit is a conflict. Units compare ignoring case and runs of
    /// white space.</remarks>
    /// <returns>Every issue, in node order.</returns>
    public ValueList<TreeIssue> Check()
    {
        var issues = new List<TreeIssue>();
        TreeIssue Issue(int node, Severity severity, Reason reason) =>
            new(severity, Nodes[node].Id, string.Join(" > ", PathOf(Nodes[node].Id)), reason);
        for (var i = 0; i < Nodes.Count; i++)
        {
            var node = Nodes[i];
            if (_structure.ParentCount(i) == 0 && node.Level != TreeLevel.HeadOfRegion)
            {
                issues.Add(Issue(i, Severity.Error, Messages.OrphanNode));
            }

            if (node.Indicators.Count == 0)
            {
                issues.Add(Issue(i, Severity.Warning, Messages.NodeWithoutIndicator));
            }

            for (var k = _structure.ChildStart[i]; k < _structure.ChildStart[i + 1]; k++)
            {
                var childAt = _structure.Children[k];
                var link = Links[_structure.ChildLinks[k]];
                var child = Nodes[childAt];
                if (link.Method != CascadeMethod.Direct || node.Indicators.Count == 0 || child.Indicators.Count == 0)
                {
                    continue;
                }

                // Indicators that name the parent's indicator they are cascaded from are compared with that one;
                // without such names, indicators are paired by unit.
                var cascaded = child.Indicators.Where(x => x.CascadedFrom is { } from && node.Indicators.Any(p => p.IndicatorId == from)).ToArray();
                foreach (var x in cascaded)
                {
                    var p = node.Indicators.First(p => p.IndicatorId == x.CascadedFrom);
                    if (!UnitText.Same(x.Unit, p.Unit))
                    {
                        issues.Add(Issue(childAt, Severity.Error, Messages.DirectCascadeUnitMismatch(x.Unit, p.Unit)));
                    }
                    else if (x.Input.Polarity != p.Input.Polarity)
                    {
                        issues.Add(Issue(childAt, Severity.Error, Messages.DirectCascadePolarityConflict(x.Name)));
                    }
                }

                if (cascaded.Length > 0)
                {
                    continue;
                }

                var parentUnits = node.Indicators.Select(x => x.Unit).ToHashSet(UnitText.Comparer);
                var shared = child.Indicators.Where(x => parentUnits.Contains(x.Unit)).ToArray();
                if (shared.Length == 0)
                {
                    issues.Add(Issue(childAt, Severity.Error, Messages.DirectCascadeUnitMismatch(child.Indicators[0].Unit, node.Indicators[0].Unit)));
                    continue;
                }

                foreach (var x in shared)
                {
                    if (!node.Indicators.Any(p => UnitText.Same(p.Unit, x.Unit) && p.Input.Polarity == x.Input.Polarity))
                    {
                        issues.Add(Issue(childAt, Severity.Error, Messages.DirectCascadePolarityConflict(x.Name)));
                    }
                }
            }
        }

        return [.. issues];
    }
}
