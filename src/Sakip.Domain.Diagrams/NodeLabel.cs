using System.Globalization;
using System.Text;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Diagrams;

/// <summary>The words one node's box shows, worded and formatted once for every format.</summary>
/// <param name="Caption">Kind and code, e.g. <c>Program · 1.02.02</c>.</param>
/// <param name="Name">The node's name (white space collapsed).</param>
/// <param name="Indicator">The first indicator's name, or the "no indicator" words.</param>
/// <param name="MoreIndicators">The "+k more indicators" words, or <see langword="null"/>.</param>
/// <param name="Measures">The first indicator's target and realisation with its unit, or <see langword="null"/>.</param>
/// <param name="Capaian">The first indicator's achievement, or why it has none; or <see langword="null"/>.</param>
/// <param name="Figure">The node's figure and band, or "no data".</param>
/// <param name="BandRank">The node's band rank, or <see langword="null"/> without a figure.</param>
/// <param name="Hidden">How many children are not shown.</param>
/// <param name="Incomplete">Whether the node's figure is incomplete.</param>
/// <param name="Tooltip">Everything about the node, untruncated, one item a line.</param>
internal sealed record NodeLabel(
    string Caption,
    string Name,
    string Indicator,
    string? MoreIndicators,
    string? Measures,
    string? Capaian,
    string Figure,
    int? BandRank,
    int Hidden,
    bool Incomplete,
    string Tooltip)
{
    /// <summary>The text of the hidden-children badge, e.g. <c>+3</c>, or <see langword="null"/>.</summary>
    public string? HiddenBadge => Hidden > 0 ? "+" + Hidden.ToString(CultureInfo.InvariantCulture) : null;

    public static NodeLabel For(DiagramView view, int index)
    {
        var language = view.Options.Language;
        var culture = view.Options.Culture;
        var rules = view.Evaluation.Options.Rules;
        var node = view.Tree.Nodes[index];
        var result = view.Evaluation.Results[index];
        var caption = DiagramMessages.Kind(node.Kind).In(language) + (node.Code is { } code ? " · " + code : "");
        var name = Collapse(node.Name);

        string IndicatorLines(int k, out string measures, out string capaian)
        {
            var indicator = node.Indicators[k];
            var input = indicator.Input;
            var outcome = result.IndicatorResults.Count > k ? result.IndicatorResults[k] : null;
            var target = input.Target.IsRange
                ? Number(input.Target.Lower, culture) + "–" + Number(input.Target.Upper, culture)
                : Number(input.Target.Lower, culture);
            var realisation = input.Realisation is { } r ? Number(r.Value, culture) : "–";
            // A percent sign goes with each number; any other unit once, after both, so truncation cuts it first.
            var unit = Collapse(indicator.Unit);
            measures = unit switch
            {
                "" => $"T {target} · R {realisation}",
                "%" => $"T {target} % · R {realisation}" + (input.Realisation is null ? "" : " %"),
                _ => $"T {target} · R {realisation} ({unit})",
            };
            var state = outcome switch
            {
                { Presented: { } presented } => Percent(presented.Value, rules.Rounding.Decimals, culture),
                { Status: AchievementStatus.NotMeasurable } => DiagramMessages.NotMeasurable.In(language),
                { Status: AchievementStatus.InvalidInput } => DiagramMessages.InvalidInput.In(language),
                _ => DiagramMessages.NotReported.In(language),
            };
            capaian = DiagramMessages.Achievement.In(language) + ": " + state;
            return Collapse(indicator.Name);
        }

        string indicatorName;
        string? measures = null, capaian = null, more = null;
        if (node.Indicators.Count == 0)
        {
            indicatorName = DiagramMessages.NoIndicator.In(language);
        }
        else
        {
            indicatorName = IndicatorLines(0, out var m, out var c);
            (measures, capaian) = (m, c);
            if (node.Indicators.Count > 1)
            {
                more = DiagramMessages.MoreIndicators(node.Indicators.Count - 1).In(language);
            }
        }

        var incomplete = result.Status == NodeStatus.Incomplete;
        var figure = DiagramMessages.NodeFigure.In(language) + ": " + (result.Value is { } value
            ? Percent(rules.Present(value.Value), rules.Rounding.Decimals, culture) + (incomplete ? "*" : "")
                + (result.Band is { } band ? " · " + BandLabel(band, language) : "")
            : DiagramMessages.NoData.In(language));

        var tooltip = new StringBuilder();
        tooltip.Append(caption).Append('\n').Append(name).Append(" [").Append(node.Id).Append(']');
        for (var k = 0; k < node.Indicators.Count; k++)
        {
            var text = IndicatorLines(k, out var m, out var c);
            tooltip.Append('\n').Append("• ").Append(text).Append(" — ").Append(m).Append(" — ").Append(c);
        }

        tooltip.Append('\n').Append(figure);
        if (incomplete)
        {
            tooltip.Append('\n').Append(DiagramMessages.Incomplete.In(language));
        }

        var hidden = view.HiddenChildren[index];
        if (hidden > 0)
        {
            tooltip.Append('\n').Append(DiagramMessages.HiddenChildren(hidden).In(language));
        }

        return new NodeLabel(caption, name, indicatorName, more, measures, capaian, figure, result.Value is null ? null : result.Band?.Rank, hidden, incomplete, tooltip.ToString());
    }

    public static string BandLabel(Band band, Language language) => band.Label.In(language);

    /// <summary>A band's label and range for a legend, e.g. <c>Tinggi (&gt; 75 s.d. 90)</c>.</summary>
    public static string BandLegend(BandSet set, int position, Language language, CultureInfo culture)
    {
        var range = BandRange(set, position, language, culture);
        return BandLabel(set.Bands[position], language) + (range.Length == 0 ? "" : " (" + range + ")");
    }

    /// <summary>The range a band covers, e.g. <c>&gt; 75 s.d. 90</c>, with the culture's numbers.</summary>
    public static string BandRange(BandSet set, int position, Language language, CultureInfo culture)
    {
        var band = set.Bands[position];
        var exclusive = set.Edges == EdgeSemantics.LowerExclusive;
        var above = position == 0 ? null : set.Bands[position - 1].LowerEdge;
        var to = DiagramMessages.RangeTo.In(language);
        return (band.LowerEdge, above) switch
        {
            (null, null) => "",
            (null, { } upper) => (exclusive ? "≤ " : "< ") + Number(upper, culture),
            ({ } lower, null) => (exclusive ? "> " : "≥ ") + Number(lower, culture),
            ({ } lower, { } upper) => (exclusive ? "> " : "≥ ") + Number(lower, culture) + " " + to + " " + (exclusive ? "" : "< ") + Number(upper, culture),
        };
    }

    /// <summary>A measured number with every significant digit and the culture's grouping, e.g. <c>7.500</c>,
    /// <c>12,5</c>.</summary>
    public static string Number(decimal value, CultureInfo culture) => value.ToString("#,0.############################", culture);

    /// <summary>A presented percentage with the rule set's decimals, e.g. <c>105,43 %</c>.</summary>
    public static string Percent(decimal value, int decimals, CultureInfo culture) =>
        value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), culture) + " %";

    /// <summary>Collapses runs of white space (new lines included) to one space and trims.</summary>
    public static string Collapse(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
