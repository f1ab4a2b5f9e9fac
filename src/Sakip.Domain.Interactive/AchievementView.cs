using System.Text;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

namespace Sakip.Domain.Interactive;

/// <summary>An achievement result and an aggregate: the presented figure, the band, and the sentence that explains
/// it.</summary>
internal static class AchievementView
{
    /// <summary>The figure cell's text: the presented value, or the state's word.</summary>
    public static string Figure(AchievementResult result, Language language) => result.Match(
        a => Figures.Percent(a.Presented, a.Explanation.Rounding?.Decimals ?? RuleSets.Default.Rounding.Decimals, language),
        _ => Words.NotReported.In(language),
        m => Words.NotMeasurable.In(language) + " (" + m.Reason.Code + ")",
        i => Words.InvalidInput.In(language) + " (" + string.Join(", ", i.Problems.Select(p => p.Path)) + ")");

    /// <summary>The band count behind a result's band: its built-in rule set's, else its own rank.</summary>
    public static int BandCount(AchievementResult result) =>
        Figures.BandCount(Figures.RuleSet(result.Explanation.RuleSetId, result.Explanation.RuleSetVersion), result.Band?.Rank ?? 1);

    public static string ToHtml(AchievementResult result, Language language)
    {
        var html = new StringBuilder(Html.Open);
        html.Append("<p style=\"margin:2px 0\"><span style=\"font-size:16px;font-weight:600\">").Append(Html.Escape(Figure(result, language))).Append("</span>");
        if (result.Band is { } band)
        {
            html.Append(' ').Append(Figures.BandBadge(band, BandCount(result), language));
        }

        html.Append("</p>").Append(Html.Note(result.ToSentence(language)));
        foreach (var problem in result.AsInvalidInput?.Problems ?? [])
        {
            html.Append(Html.Note(problem.ToString(language)));
        }

        return html.Append(Html.Close).ToString();
    }

    public static string ToText(AchievementResult result, Language language) => result.ToSentence(language);

    /// <summary>The aggregate's figure and how it was combined, e.g. <c>Capaian sasaran (mean 3 indikator): 94,61 %
    /// Baik</c>.</summary>
    public static string Aggregate(AggregateResult aggregate, int decimals, Language language) => aggregate.Match(
        v => Words.SasaranAchievement.In(language) + " (" + v.Strategy.Id + ", " + Html.Int(v.Included.Count) + " " + Words.Indicators.In(language)
            + (v.Excluded.Count == 0 ? "" : "; " + Html.Int(v.Excluded.Count) + " " + Words.WithoutFigure.In(language)) + "): "
            + Figures.Percent(v.Presented, decimals, language),
        n => Words.SasaranAchievement.In(language) + ": " + Words.NotAvailable.In(language) + " (" + n.Reason.In(language) + ")",
        i => Words.SasaranAchievement.In(language) + ": " + Words.Invalid.In(language) + " (" + string.Join("; ", i.Problems.Select(p => p.ToString(language))) + ")");
}
