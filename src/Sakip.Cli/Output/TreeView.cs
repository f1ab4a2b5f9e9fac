using System.Text;
using Sakip.Cli.Commands;
using Sakip.Domain.Codes;
using Sakip.Domain.Tree;

namespace Sakip.Cli.Output;

/// <summary>Renders a <see cref="TreeEvaluation"/> as an indented text tree, and what-if changes as a table.</summary>
internal static class TreeView
{
    public static string Text(TreeEvaluation evaluation, CliContext context, OrganisationCode? agency = null, int? depth = null)
    {
        var culture = context.Culture;
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
                ? $"{evaluation.Options.Rules.Present(v.Value).ToString(culture)} % {(result.Band is { } band ? context.T(band.Label) : null)}{(result.Status == NodeStatus.Incomplete ? context.T(" (tidak lengkap)", " (incomplete)") : "")}"
                : context.T("tidak ada data", "no data");
            text.Append(' ', level * 2).Append(node.Code is { } c ? $"{c} " : "").Append(TerminalText.Safe(node.Name)).Append(" [").Append(figure).Append(']');
            if (!expanded.Add(node.Id))
            {
                text.Append(context.T(" (lihat di atas)\n", " (see above)\n"));
                continue;
            }

            text.Append('\n');
            var children = tree.Children(node.Id).ToArray();
            if (depth is { } max && level >= max)
            {
                if (children.Length > 0)
                {
                    var below = tree.Descendants(node.Id).Count();
                    text.Append(' ', (level + 1) * 2).Append(context.T($"+{below} simpul di bawahnya\n", $"+{below} node(s) below\n"));
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

    public static string Changes(IReadOnlyList<NodeChange> changes, TreeEvaluation evaluation, CliContext context)
    {
        var culture = context.Culture;
        if (changes.Count == 0)
        {
            return context.T("Tidak ada angka, status, atau kategori simpul yang berubah.", "No node's figure, status or band changes.");
        }

        string F(Domain.Values.Percentage? p) => p is { } x ? evaluation.Options.Rules.Present(x.Value).ToString(culture) + " %" : "-";
        string B(Domain.Bands.Band? b) => b is null ? "-" : context.T(b.Label);
        var table = new TextTable(context.T("Simpul", "Node"), context.T("Sebelum", "Before"), context.T("Sesudah", "After"), context.T("Selisih", "Change"), context.T("Kategori", "Band"));
        foreach (var change in changes)
        {
            table.Add(
                change.Name,
                F(change.Before),
                F(change.After),
                change.Delta is { } d ? evaluation.Options.Rules.Present(d).ToString("+0.##;-0.##;0", culture) : "-",
                change.BandChanged ? $"{B(change.BandBefore)} -> {B(change.BandAfter)}" : B(change.BandAfter));
        }

        return context.T($"{changes.Count} simpul berubah:\n", $"{changes.Count} node(s) change:\n") + table.Render("  ");
    }
}
