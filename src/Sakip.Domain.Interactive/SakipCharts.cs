using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Planning;
using Sakip.Domain.Text;

namespace Sakip.Domain.Interactive;

/// <summary>
/// Charts where a picture beats a table, drawn as deterministic, self-contained SVG (no chart library, no script,
/// no font or style sheet referenced): the same input always gives the same text. Bars carry their figure as text,
/// so colour is never the only cue; every text is escaped.
/// </summary>
/// <remarks>Thread-safe (stateless).</remarks>
public static class SakipCharts
{
    private const double Width = 640;
    private const double LabelWidth = 230;
    private const double BarLeft = LabelWidth + 10;
    private const double BarWidth = 300;
    private const double Top = 40;
    private const string Font = "font-family=\"system-ui,-apple-system,'Segoe UI',Roboto,sans-serif\"";

    private static readonly string[] YearColours = ["#2b5c9e", "#e07b24", "#4a90c2", "#c9a400", "#6a3d9a", "#5f6368"];

    /// <summary>How many indicators of a measurement report fall in each band of its rule set (best first, bands
    /// with none included), and how many have no figure (not reported, not measurable, invalid), as horizontal bars
    /// coloured as the diagrams colour bands.</summary>
    /// <param name="report">The measurement report (every agreement's indicators are counted).</param>
    /// <param name="language">The language of the labels; default Indonesian.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static SvgImage AchievementDistribution(MeasurementReport report, Language language = Language.Indonesian)
    {
        Guard.Against.Null(report);
        var results = MeasurementView.Results(report).ToList();
        var bands = MeasurementView.Bands(report);
        var bandCount = MeasurementView.BandCount(report);
        var rows = new List<(string Label, int Count, string Fill, string Stroke)>();
        foreach (var band in bands)
        {
            rows.Add((band.Label.In(language), results.Count(r => r.Band?.Rank == band.Rank), BandPalette.Fill(band.Rank, bandCount), BandPalette.Stroke(band.Rank, bandCount)));
        }

        foreach (var (status, word) in new[] { (AchievementStatus.NotReported, Words.NotReported), (AchievementStatus.NotMeasurable, Words.NotMeasurable), (AchievementStatus.InvalidInput, Words.InvalidInput) })
        {
            var count = results.Count(r => r.Status == status);
            if (count > 0)
            {
                rows.Add((word.In(language), count, BandPalette.Fill(null, bandCount), BandPalette.Stroke(null, bandCount)));
            }
        }

        var title = Words.Distribution.In(language) + " — " + report.Year.ToString(CultureInfo.InvariantCulture) + " (" + Html.Int(results.Count) + " " + Words.Indicators.In(language) + ")";
        const double rowHeight = 26;
        var height = Top + (rows.Count * rowHeight) + 16;
        var max = Math.Max(1, rows.Select(r => r.Count).DefaultIfEmpty(0).Max());
        var svg = Open(title, height);
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, count, fill, stroke) = rows[i];
            var y = Top + (i * rowHeight);
            var length = count == 0 ? 0 : Math.Max(2, BarWidth * count / max);
            svg.Append("<text x=\"").Append(Html.Svg(LabelWidth)).Append("\" y=\"").Append(Html.Svg(y + 15)).Append("\" text-anchor=\"end\" font-size=\"12\">")
                .Append(Html.Escape(label)).Append("</text>")
                .Append("<rect x=\"").Append(Html.Svg(BarLeft)).Append("\" y=\"").Append(Html.Svg(y + 3)).Append("\" width=\"").Append(Html.Svg(length))
                .Append("\" height=\"18\" rx=\"2\" fill=\"").Append(fill).Append("\" stroke=\"").Append(stroke).Append("\"><title>")
                .Append(Html.Escape(label + ": " + Html.Int(count))).Append("</title></rect>")
                .Append("<text x=\"").Append(Html.Svg(BarLeft + length + 6)).Append("\" y=\"").Append(Html.Svg(y + 16)).Append("\" font-size=\"12\" font-weight=\"600\">")
                .Append(Html.Int(count)).Append("</text>");
        }

        return Close(svg);
    }

    /// <summary>The LKE component scores of several evaluations (typically one a year) side by side: one group of
    /// bars per component, one bar per evaluation in year order, each as a share of the component's weight (a full
    /// bar is the whole weight) and labelled with its score, rounded by the scheme's deciding rule.</summary>
    /// <param name="results">The scored evaluations; components are taken in the order they first appear.</param>
    /// <param name="language">The language of the labels and numbers; default Indonesian.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="results"/> is null or holds a null.</exception>
    public static SvgImage ComponentsByYear(IEnumerable<EvaluationResult> results, Language language = Language.Indonesian)
    {
        Guard.Against.Null(results);
        var ordered = results.Select(r => Guard.Against.Null(r, nameof(results))).OrderBy(r => r.Evaluation.Year).ToList();
        var components = ordered.SelectMany(r => r.Components.Select(c => c.Component)).DistinctBy(c => c.Id).ToList();
        const double barHeight = 16;
        const double gap = 14;
        var groupHeight = Math.Max(1, ordered.Count) * (barHeight + 3);
        var legendTop = Top;
        var chartTop = legendTop + 26;
        var height = chartTop + (components.Count * (groupHeight + gap)) + 10;
        var svg = Open(Words.ComponentsByYear.In(language), height);
        for (var k = 0; k < ordered.Count; k++)
        {
            var x = BarLeft + (k * 90);
            svg.Append("<rect x=\"").Append(Html.Svg(x)).Append("\" y=\"").Append(Html.Svg(legendTop)).Append("\" width=\"12\" height=\"12\" fill=\"").Append(YearColours[k % YearColours.Length]).Append("\"/>")
                .Append("<text x=\"").Append(Html.Svg(x + 16)).Append("\" y=\"").Append(Html.Svg(legendTop + 11)).Append("\" font-size=\"12\">")
                .Append(Html.Escape(ordered[k].Evaluation.Year.ToString(CultureInfo.InvariantCulture))).Append("</text>");
        }

        for (var i = 0; i < components.Count; i++)
        {
            var component = components[i];
            var y = chartTop + (i * (groupHeight + gap));
            svg.Append("<text x=\"").Append(Html.Svg(LabelWidth)).Append("\" y=\"").Append(Html.Svg(y + (groupHeight / 2) + 4)).Append("\" text-anchor=\"end\" font-size=\"12\">")
                .Append("<title>").Append(Html.Escape(component.Id + " " + component.Name)).Append("</title>")
                .Append(Html.Escape(Cut(component.Id + " " + component.Name, 34))).Append("</text>");
            for (var k = 0; k < ordered.Count; k++)
            {
                var result = ordered[k];
                var score = result.Component(component.Id);
                var weight = score?.Component.Weight ?? component.Weight;
                var by = y + (k * (barHeight + 3));
                var share = score?.Score is { } s && weight > 0m ? (double)Math.Clamp(s / weight, 0m, 1m) : 0d;
                var label = score?.Score is { } value
                    ? EvaluationView.Score(result, value, language) + " / " + EvaluationView.Score(result, weight, language)
                    : "–";
                var colour = YearColours[k % YearColours.Length];
                svg.Append("<rect x=\"").Append(Html.Svg(BarLeft)).Append("\" y=\"").Append(Html.Svg(by)).Append("\" width=\"").Append(Html.Svg(BarWidth))
                    .Append("\" height=\"").Append(Html.Svg(barHeight)).Append("\" fill=\"#eeeeee\"/>")
                    .Append("<rect x=\"").Append(Html.Svg(BarLeft)).Append("\" y=\"").Append(Html.Svg(by)).Append("\" width=\"").Append(Html.Svg(BarWidth * share))
                    .Append("\" height=\"").Append(Html.Svg(barHeight)).Append("\" fill=\"").Append(colour).Append("\"><title>")
                    .Append(Html.Escape(result.Evaluation.Year.ToString(CultureInfo.InvariantCulture) + " " + component.Id + ": " + label)).Append("</title></rect>")
                    .Append("<text x=\"").Append(Html.Svg(BarLeft + BarWidth + 6)).Append("\" y=\"").Append(Html.Svg(by + 12)).Append("\" font-size=\"11\">")
                    .Append(Html.Escape(label)).Append("</text>");
            }
        }

        return Close(svg);
    }

    private static StringBuilder Open(string title, double height)
    {
        var svg = new StringBuilder();
        svg.Append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").Append(Html.Svg(Width)).Append("\" height=\"").Append(Html.Svg(height))
            .Append("\" viewBox=\"0 0 ").Append(Html.Svg(Width)).Append(' ').Append(Html.Svg(height)).Append("\" role=\"img\" ").Append(Font).Append(" fill=\"")
            .Append(BandPalette.Text).Append("\"><title>").Append(Html.Escape(title)).Append("</title>")
            .Append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
            .Append("<text x=\"12\" y=\"22\" font-size=\"14\" font-weight=\"600\">").Append(Html.Escape(title)).Append("</text>");
        return svg;
    }

    private static SvgImage Close(StringBuilder svg) => new(svg.Append("</svg>").ToString());

    private static string Cut(string text, int length) =>
        text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 1).TrimEnd(), "…");
}
