using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Diagrams;

/// <summary>
/// Writes an evaluated performance tree as a Graphviz DOT digraph (top to bottom): one rounded record node per
/// tree node with its kind and code, name, first indicator, T and R, capaian and the node's figure, filled with
/// its band's colour; an edge from each parent to its children, dashed (and not constraining the ranks) from
/// crosscutting further parents.
/// </summary>
/// <remarks>
/// <para>Node ids are the tree's ids, quoted. Quotes and backslashes are escaped with a backslash, <c>&amp;</c>
/// becomes <c>&amp;amp;</c> (Graphviz expands entities), and the record characters <c>{ } | &lt; &gt;</c> are
/// escaped in labels. The bands are listed in <c>//</c> comments. Render with e.g. <c>dot -Tsvg</c>.</para>
/// <para>Thread-safe (stateless).</para>
/// </remarks>
public static class DotDiagram
{
    private const double WrapWidth = 250;
    private const string Font = "Arial";
    private const int MaxNameLines = 12;

    /// <summary>Writes the tree.</summary>
    /// <param name="evaluation">The evaluated tree.</param>
    /// <param name="options">What to show; <see langword="null"/> means <see cref="DiagramOptions.Default"/>.</param>
    /// <returns>The DOT text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string Render(TreeEvaluation evaluation, DiagramOptions? options = null)
    {
        Guard.Against.Null(evaluation);
        options ??= DiagramOptions.Default;
        var view = DiagramView.Create(evaluation, options);
        var language = options.Language;
        var bandSet = evaluation.Options.Rules.Bands;
        var bandCount = bandSet.Bands.Count;
        var text = new StringBuilder();
        text.Append("digraph pohon_kinerja {\n");
        text.Append(CultureInfo.InvariantCulture, $"    graph [rankdir=TB, nodesep=0.3, ranksep=0.55, fontname=\"{Font}\"");
        if (options.Title is { } title && !string.IsNullOrWhiteSpace(title))
        {
            text.Append(", labelloc=t, fontsize=16, label=\"").Append(Escape.Dot(NodeLabel.Collapse(title))).Append('"');
        }

        text.Append("];\n");
        text.Append(CultureInfo.InvariantCulture, $"    node [shape=Mrecord, style=filled, fontname=\"{Font}\", fontsize=10, fontcolor=\"{BandPalette.Text}\", penwidth=1.4];\n");
        text.Append(CultureInfo.InvariantCulture, $"    edge [color=\"{BandPalette.Edge}\", arrowsize=0.7];\n");
        text.Append("    // ").Append(Comment(DiagramMessages.Legend.In(language) + " — " + bandSet.Name)).Append('\n');
        for (var b = 0; b < bandCount; b++)
        {
            var band = bandSet.Bands[b];
            var colour = BandPalette.Of(band.Rank, bandCount);
            text.Append("    // ").Append(Comment(NodeLabel.BandLegend(bandSet, b, language, options.Culture)))
                .Append(": fill ").Append(colour.Fill).Append(", stroke ").Append(colour.Stroke).Append('\n');
        }

        text.Append("    // ").Append(Comment(DiagramMessages.NoData.In(language))).Append(": fill ").Append(BandPalette.NoData.Fill).Append(", stroke ").Append(BandPalette.NoData.Stroke).Append('\n');

        foreach (var i in view.Visible)
        {
            var label = NodeLabel.For(view, i);
            var fields = new List<string>
            {
                Escape.DotRecord(label.Caption + (label.HiddenBadge is { } badge ? " (" + badge + ")" : "")),
                string.Join("\\n", TextMetrics.Wrap(label.Name, WrapWidth, 12, bold: true, MaxNameLines).Select(Escape.DotRecord)),
            };
            var indicator = new StringBuilder(string.Join("\\n", TextMetrics.Wrap(label.Indicator, WrapWidth, 12, bold: false, MaxNameLines).Select(Escape.DotRecord)));
            foreach (var extra in new[] { label.MoreIndicators, label.Measures, label.Capaian })
            {
                if (extra is not null)
                {
                    indicator.Append("\\n").Append(Escape.DotRecord(extra));
                }
            }

            fields.Add(indicator.ToString());
            fields.Add(Escape.DotRecord(label.Figure));
            var colour = BandPalette.Of(label.BandRank, bandCount);
            text.Append("    \"").Append(Escape.Dot(view.Tree.Nodes[i].Id)).Append("\" [label=\"{").AppendJoin("|", fields).Append("}\"")
                .Append(", fillcolor=\"").Append(colour.Fill).Append("\", color=\"").Append(colour.Stroke).Append('"')
                .Append(label.BandRank is null ? ", style=\"filled,dashed\"" : "")
                .Append(", tooltip=\"").Append(Escape.Dot(label.Tooltip.Replace('\n', ' '))).Append("\"];\n");
        }

        foreach (var edge in view.Edges)
        {
            text.Append("    \"").Append(Escape.Dot(view.Tree.Nodes[edge.Parent].Id)).Append("\" -> \"").Append(Escape.Dot(view.Tree.Nodes[edge.Child].Id)).Append('"');
            if (edge.Crosscutting)
            {
                text.Append(" [style=dashed, color=\"").Append(BandPalette.Crosscutting).Append("\", constraint=false]");
            }

            text.Append(";\n");
        }

        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>A comment's text on one line.</summary>
    private static string Comment(string text) => NodeLabel.Collapse(text);
}
