using System.Globalization;
using System.Text;
using Sakip.Domain.Codes;
using Sakip.Domain.Tree;

namespace Sakip.Cli.Output;

/// <summary>Renders a <see cref="TreeEvaluation"/> as an indented text tree, and what-if changes as a table.</summary>
internal static class TreeView
{
    public static string Text(TreeEvaluation evaluation, CultureInfo culture, OrganisationCode? agency = null, int? depth = null)
    {
        var tree = evaluation.Tree;
        var visible = agency is { } code
            ? tree.OfAgency(code).SelectMany(n => tree.Ancestors(n.Id).Append(n)).Select(n => n.Id).ToHashSet(StringComparer.Ordinal)
            : null;
        var text = new StringBuilder();
        var expanded = new HashSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(TreeNode Node, int Depth)>();
        foreach (var root in tree.Roots.Reverse())
        {
            stack.Push((root, 0));
        }

        while (stack.Count > 0)
        {
            var (node, level) = stack.Pop();
            if (visible is not null && !visible.Contains(node.Id))
            {
                continue;
            }

            var result = evaluation[node.Id];
            var figure = result.Value is { } v
                ? $"{evaluation.Options.Rules.Present(v.Value).ToString(culture)} % {result.Band?.Label.Indonesian}{(result.Status == NodeStatus.Incomplete ? " (tidak lengkap)" : "")}"
                : "tidak ada data";
            text.Append(' ', level * 2).Append(node.Code is { } c ? $"{c} " : "").Append(TerminalText.Safe(node.Name)).Append(" [").Append(figure).Append(']');
            if (!expanded.Add(node.Id))
            {
                text.Append(" (lihat di atas)\n");
                continue;
            }

            text.Append('\n');
            var children = tree.Children(node.Id).ToArray();
            if (depth is { } max && level >= max)
            {
                if (children.Length > 0)
                {
                    text.Append(' ', (level + 1) * 2).Append(CultureInfo.InvariantCulture, $"+{tree.Descendants(node.Id).Count()} simpul di bawahnya\n");
                }

                continue;
            }

            foreach (var child in children.Reverse())
            {
                stack.Push((child, level + 1));
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    public static string Changes(IReadOnlyList<NodeChange> changes, TreeEvaluation evaluation, CultureInfo culture)
    {
        if (changes.Count == 0)
        {
            return "No node's figure, status or band changes.";
        }

        string F(Domain.Values.Percentage? p) => p is { } x ? evaluation.Options.Rules.Present(x.Value).ToString(culture) + " %" : "-";
        var table = new TextTable("Simpul", "Sebelum", "Sesudah", "Selisih", "Kategori");
        foreach (var change in changes)
        {
            table.Add(
                change.Name,
                F(change.Before),
                F(change.After),
                change.Delta is { } d ? evaluation.Options.Rules.Present(d).ToString("+0.##;-0.##;0", culture) : "-",
                change.BandChanged ? $"{change.BandBefore?.Label.Indonesian ?? "-"} -> {change.BandAfter?.Label.Indonesian ?? "-"}" : change.BandAfter?.Label.Indonesian ?? "-");
        }

        return $"{changes.Count} node(s) change:\n" + table.Render("  ");
    }
}
