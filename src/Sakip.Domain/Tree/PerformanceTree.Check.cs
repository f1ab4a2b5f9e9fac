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
    /// <returns>Every issue, in node order.</returns>
    public ValueList<TreeIssue> Check()
    {
        var issues = new List<TreeIssue>();
        TreeIssue Issue(int node, Severity severity, Reason reason) =>
            new(severity, Nodes[node].Id, string.Join(" > ", PathOf(Nodes[node].Id)), reason);
        for (var i = 0; i < Nodes.Count; i++)
        {
            var node = Nodes[i];
            if (_parents[i].Length == 0 && node.Level != TreeLevel.HeadOfRegion)
            {
                issues.Add(Issue(i, Severity.Error, Messages.OrphanNode));
            }

            if (node.Indicators.Count == 0)
            {
                issues.Add(Issue(i, Severity.Warning, Messages.NodeWithoutIndicator));
            }

            for (var k = 0; k < _children[i].Length; k++)
            {
                var link = Links[_childLinks[i][k]];
                var child = Nodes[_children[i][k]];
                if (link.Method != CascadeMethod.Direct || node.Indicators.Count == 0 || child.Indicators.Count == 0)
                {
                    continue;
                }

                var parentUnits = node.Indicators.Select(x => x.Unit).ToHashSet(StringComparer.OrdinalIgnoreCase);
                var shared = child.Indicators.Where(x => parentUnits.Contains(x.Unit)).ToArray();
                if (shared.Length == 0)
                {
                    issues.Add(Issue(_children[i][k], Severity.Error, Messages.DirectCascadeUnitMismatch(child.Indicators[0].Unit, node.Indicators[0].Unit)));
                    continue;
                }

                foreach (var x in shared)
                {
                    if (!node.Indicators.Any(p => string.Equals(p.Unit, x.Unit, StringComparison.OrdinalIgnoreCase) && p.Input.Polarity == x.Input.Polarity))
                    {
                        issues.Add(Issue(_children[i][k], Severity.Error, Messages.DirectCascadePolarityConflict(x.Name)));
                    }
                }
            }
        }

        return [.. issues];
    }
}
