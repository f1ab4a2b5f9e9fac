using System.Text;
using Sakip.Domain.Bands;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

namespace Sakip.Domain.Interactive;

/// <summary>A measurement report as LKjIP capaian tables: one table per sasaran of each agreement, rows coloured by
/// band, the sasaran's combined achievement under the table.</summary>
internal static class MeasurementView
{
    public static string ToHtml(MeasurementReport report, Language language)
    {
        var bandCount = BandCount(report);
        var decimals = Decimals(report);
        var html = new StringBuilder(Html.Open);
        html.Append("<h3 style=\"margin:4px 0\">").Append(Html.Escape(Heading(report, language))).Append("</h3>");
        foreach (var agreement in report.Agreements)
        {
            html.Append(AgreementHtml(agreement, bandCount, decimals, language));
        }

        return html.Append(Html.Close).ToString();
    }

    public static string ToHtml(AgreementMeasurement agreement, Language language)
    {
        var results = agreement.Sasaran.SelectMany(s => s.Indicators).Select(i => i.Result).ToList();
        var bandCount = results.Select(AchievementView.BandCount).DefaultIfEmpty(1).Max();
        var decimals = results.Select(r => r.Explanation.Rounding?.Decimals).FirstOrDefault(d => d is not null) ?? RuleSets.Default.Rounding.Decimals;
        return Html.Open + AgreementHtml(agreement, bandCount, decimals, language) + Html.Close;
    }

    public static string ToHtml(SasaranMeasurement sasaran, Language language)
    {
        var results = sasaran.Indicators.Select(i => i.Result).ToList();
        var bandCount = results.Select(AchievementView.BandCount).DefaultIfEmpty(1).Max();
        var decimals = results.Select(r => r.Explanation.Rounding?.Decimals).FirstOrDefault(d => d is not null) ?? RuleSets.Default.Rounding.Decimals;
        return Html.Open + SasaranHtml(sasaran, bandCount, decimals, language) + Html.Close;
    }

    public static string ToText(MeasurementReport report, Language language)
    {
        var decimals = Decimals(report);
        var text = new StringBuilder(Heading(report, language)).Append('\n');
        foreach (var agreement in report.Agreements)
        {
            text.Append('\n').Append(agreement.Name).Append(" - ").Append(agreement.Position).Append(" (").Append(agreement.PerjanjianKinerjaId).Append(")\n");
            foreach (var sasaran in agreement.Sasaran)
            {
                text.Append("  ").Append(sasaran.SasaranId).Append(' ').Append(sasaran.Sasaran).Append('\n');
                foreach (var row in sasaran.Indicators)
                {
                    text.Append("    ").Append(row.Name).Append(": ").Append(AchievementView.Figure(row.Result, language));
                    if (row.Result.Band is { } band)
                    {
                        text.Append(' ').Append(band.Label.In(language));
                    }

                    text.Append('\n');
                }

                text.Append("    ").Append(AchievementView.Aggregate(sasaran.Aggregate, decimals, language)).Append('\n');
            }
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>The number of bands of the report's rule set (built-in), else the worst rank in the report.</summary>
    public static int BandCount(MeasurementReport report) => Figures.BandCount(
        Figures.RuleSet(report.RuleSetId, report.RuleSetVersion),
        Results(report).Select(r => r.Band?.Rank ?? 1).DefaultIfEmpty(1).Max());

    /// <summary>The bands of the report's rule set (built-in), else the bands seen in the report, best first.</summary>
    public static IReadOnlyList<Band> Bands(MeasurementReport report) =>
        Figures.RuleSet(report.RuleSetId, report.RuleSetVersion) is { } rules
            ? rules.Bands.Bands
            : [.. Results(report).Select(r => r.Band).OfType<Band>().DistinctBy(b => b.Rank).OrderBy(b => b.Rank)];

    public static IEnumerable<Achievement.AchievementResult> Results(MeasurementReport report) =>
        report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).Select(i => i.Result);

    private static int Decimals(MeasurementReport report) =>
        Figures.RuleSet(report.RuleSetId, report.RuleSetVersion)?.Rounding.Decimals
        ?? Results(report).Select(r => r.Explanation.Rounding?.Decimals).FirstOrDefault(d => d is not null)
        ?? RuleSets.Default.Rounding.Decimals;

    private static string Heading(MeasurementReport report, Language language) =>
        string.Format(Figures.Culture(language), Words.PerformanceOf.In(language), report.Year, report.AsOf, report.RuleSetId, report.RuleSetVersion);

    private static string AgreementHtml(AgreementMeasurement agreement, int bandCount, int decimals, Language language)
    {
        var html = new StringBuilder("<h4 style=\"margin:10px 0 2px 0\">");
        html.Append(Html.Escape(agreement.Name)).Append(" — ").Append(Html.Escape(agreement.Position))
            .Append(" <span style=\"font-weight:normal;color:#555555\">(").Append(Html.Escape(agreement.PerjanjianKinerjaId)).Append(")</span></h4>");
        foreach (var sasaran in agreement.Sasaran)
        {
            html.Append(SasaranHtml(sasaran, bandCount, decimals, language));
        }

        return html.ToString();
    }

    private static string SasaranHtml(SasaranMeasurement sasaran, int bandCount, int decimals, Language language)
    {
        var html = new StringBuilder(Html.Table);
        html.Append("<caption style=\"text-align:left;padding:2px 0\"><b>").Append(Html.Escape(sasaran.SasaranId)).Append("</b> ")
            .Append(Html.Escape(sasaran.Sasaran)).Append("</caption><thead><tr>")
            .Append(Html.Th).Append(Html.Escape(Words.Indicator.In(language))).Append("</th>")
            .Append(Html.Th).Append(Html.Escape(Words.Unit.In(language))).Append("</th>")
            .Append(Html.ThRight).Append(Html.Escape(Words.Target.In(language))).Append("</th>")
            .Append(Html.ThRight).Append(Html.Escape(Words.Realisation.In(language))).Append("</th>")
            .Append(Html.ThRight).Append(Html.Escape(Words.Achievement.In(language))).Append("</th>")
            .Append(Html.Th).Append(Html.Escape(Words.Band.In(language))).Append("</th>")
            .Append(Html.Th).Append(Html.Escape(Words.Formula.In(language))).Append("</th></tr></thead><tbody>");
        foreach (var row in sasaran.Indicators)
        {
            var fill = BandPalette.Fill(row.Result.Band?.Rank, bandCount);
            html.Append("<tr style=\"background:").Append(fill).Append("\" data-band=\"")
                .Append(row.Result.Band is { } b ? Html.Int(b.Rank) : "none").Append("\">")
                .Append(Html.Td(row.Name))
                .Append(Html.Td(row.Unit))
                .Append(Html.Td(Figures.Target(row.Target, language), right: true))
                .Append(Html.Td(row.Realisation is { } r ? Figures.Measure(r, language) : "–", right: true))
                .Append(Html.Td(AchievementView.Figure(row.Result, language), right: true, bold: true))
                .Append(Html.Td(row.Result.Band?.Label.In(language) ?? "–"))
                .Append(Html.Td(row.Result.Explanation.FormulaId ?? "–"))
                .Append("</tr>");
        }

        html.Append("</tbody><tfoot><tr><td colspan=\"7\" style=\"border:1px solid #c8c8c8;padding:3px 8px\">")
            .Append(Html.Escape(AchievementView.Aggregate(sasaran.Aggregate, decimals, language)));
        if (sasaran.Aggregate.AsValue is { } value)
        {
            html.Append(' ').Append(Figures.BandBadge(value.Band, Math.Max(bandCount, value.Band.Rank), language));
        }

        return html.Append("</td></tr></tfoot></table>").ToString();
    }
}
