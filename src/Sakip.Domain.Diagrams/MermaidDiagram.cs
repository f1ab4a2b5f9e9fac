using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Diagrams;

/// <summary>
/// Writes an evaluated performance tree as a Mermaid <c>flowchart TD</c>: one node per tree node with its name,
/// first indicator, T, R, capaian and the node's figure; a <c>classDef</c> per band of the rule set (and one for
/// "no data") with <c>class</c> assignments; solid links from each parent to its children and dotted links
/// (<c>-.-&gt;</c>) from crosscutting further parents.
/// </summary>
/// <remarks>
/// <para>Node ids are the tree's ids made safe for Mermaid (<c>n_</c> and letters, digits and underscores; a
/// clash gets a numeric suffix); labels are quoted, with <c>&amp; &lt; &gt; " ' # ; `</c> written as Mermaid
/// entity codes (<c>#38;</c> …). Mermaid has no legend: the bands are listed in <c>%%</c> comments.</para>
/// <para>Thread-safe (stateless).</para>
/// </remarks>
public static class MermaidDiagram
{
    /// <summary>Writes the tree.</summary>
    /// <param name="evaluation">The evaluated tree.</param>
    /// <param name="options">What to show; <see langword="null"/> means <see cref="DiagramOptions.Default"/>.</param>
    /// <returns>The Mermaid text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string Render(TreeEvaluation evaluation, DiagramOptions? options = null)
    {
        Guard.Against.Null(evaluation);
        options ??= DiagramOptions.Default;
        var view = DiagramView.Create(evaluation, options);
        var language = options.Language;
        var bandSet = evaluation.Options.Rules.Bands;
        var bandCount = bandSet.Bands.Count;
        var ids = NodeIds(view);
        var text = new StringBuilder();
        if (options.Title is { } title && !string.IsNullOrWhiteSpace(title))
        {
            text.Append("---\ntitle: \"").Append(NodeLabel.Collapse(title).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append("\"\n---\n");
        }

        text.Append("flowchart TD\n");
        text.Append("    %% ").Append(Comment(DiagramMessages.Legend.In(language) + " — " + bandSet.Name)).Append('\n');
        for (var b = 0; b < bandCount; b++)
        {
            var band = bandSet.Bands[b];
            text.Append("    %% ").Append(BandPalette.ClassOf(band.Rank)).Append(": ")
                .Append(Comment(NodeLabel.BandLegend(bandSet, b, language, options.Culture))).Append('\n');
        }

        text.Append("    %% ").Append(BandPalette.ClassOf(null)).Append(": ").Append(Comment(DiagramMessages.NoData.In(language))).Append('\n');

        var classes = new SortedDictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var i in view.Visible)
        {
            var label = NodeLabel.For(view, i);
            var lines = new List<string> { Escape.Mermaid(label.Caption + (label.HiddenBadge is { } badge ? " (" + badge + ")" : "")) };
            lines.Add("<b>" + Escape.Mermaid(label.Name) + "</b>"); // Mermaid wraps labels itself
            lines.Add("<i>" + Escape.Mermaid(label.Indicator) + "</i>");
            if (label.MoreIndicators is { } more)
            {
                lines.Add(Escape.Mermaid(more));
            }

            if (label.Measures is { } measures)
            {
                lines.Add(Escape.Mermaid(measures));
            }

            if (label.Capaian is { } capaian)
            {
                lines.Add(Escape.Mermaid(capaian));
            }

            lines.Add("<b>" + Escape.Mermaid(label.Figure) + "</b>");
            text.Append("    ").Append(ids[i]).Append("[\"").AppendJoin("<br/>", lines).Append("\"]\n");
            var name = BandPalette.ClassOf(label.BandRank);
            if (!classes.TryGetValue(name, out var members))
            {
                classes[name] = members = [];
            }

            members.Add(ids[i]);
        }

        foreach (var edge in view.Edges)
        {
            text.Append("    ").Append(ids[edge.Parent]).Append(edge.Crosscutting ? " -.-> " : " --> ").Append(ids[edge.Child]).Append('\n');
        }

        for (var b = 0; b < bandCount; b++)
        {
            var rank = bandSet.Bands[b].Rank;
            ClassDef(text, BandPalette.ClassOf(rank), BandPalette.Of(rank, bandCount), dashed: false);
        }

        ClassDef(text, BandPalette.ClassOf(null), BandPalette.NoData, dashed: true);
        foreach (var (name, members) in classes)
        {
            text.Append("    class ").AppendJoin(",", members).Append(' ').Append(name).Append('\n');
        }

        return text.ToString();
    }

    private static void ClassDef(StringBuilder text, string name, BandColour colour, bool dashed) =>
        text.Append(CultureInfo.InvariantCulture, $"    classDef {name} fill:{colour.Fill},stroke:{colour.Stroke},color:{BandPalette.Text},stroke-width:1.5px{(dashed ? ",stroke-dasharray:4 3" : "")}\n");

    /// <summary>A comment's text on one line.</summary>
    private static string Comment(string text) => NodeLabel.Collapse(text);

    /// <summary>Mermaid-safe, unique ids: <c>n_</c> then the id with every other character than a letter, digit or
    /// underscore replaced by an underscore.</summary>
    private static Dictionary<int, string> NodeIds(DiagramView view)
    {
        var ids = new Dictionary<int, string>();
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var i in view.Visible)
        {
            var raw = view.Tree.Nodes[i].Id;
            var builder = new StringBuilder("n_", raw.Length + 2);
            foreach (var c in raw)
            {
                builder.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
            }

            var id = builder.ToString();
            for (var suffix = 2; !used.Add(id); suffix++)
            {
                id = builder + "_" + suffix.ToString(CultureInfo.InvariantCulture);
            }

            ids[i] = id;
        }

        return ids;
    }
}
