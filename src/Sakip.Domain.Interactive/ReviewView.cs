using System.Text;
using Sakip.Domain.Review;
using Sakip.Domain.Text;

namespace Sakip.Domain.Interactive;

/// <summary>A review report: the counts, then the findings grouped by rule (the rule's title, severity and basis
/// over a table of paths and messages), then the rules that found nothing.</summary>
internal static class ReviewView
{
    private static readonly (string Fill, string Stroke)[] SeverityColours =
    [
        ("#f5a3a3", "#b8231f"),
        ("#fff1a8", "#c9a400"),
        ("#d4e9f4", "#4a90c2"),
    ];

    public static string Severity(Severity severity, Language language) => (severity switch
    {
        Review.Severity.Error => Words.Error,
        Review.Severity.Warning => Words.Warning,
        _ => Words.Info,
    }).In(language);

    public static string SeverityBadge(Severity severity, Language language)
    {
        var (fill, stroke) = SeverityColours[Math.Clamp((int)severity, 0, SeverityColours.Length - 1)];
        return Html.Badge(Severity(severity, language), fill, stroke);
    }

    public static string Summary(ReviewReport report, Language language) =>
        string.Format(Figures.Culture(language), Words.Review.In(language), report.ErrorCount, report.WarningCount, report.InfoCount, report.Rules.Count);

    public static string ToHtml(ReviewReport report, Language language)
    {
        var html = new StringBuilder(Html.Open);
        html.Append("<h3 style=\"margin:4px 0\">").Append(Html.Escape(Summary(report, language))).Append("</h3>");
        foreach (var group in Groups(report, language))
        {
            var (id, severity, title, basis) = group.Key;
            html.Append("<h4 style=\"margin:10px 0 2px 0\">").Append(Html.Escape(id)).Append(' ').Append(SeverityBadge(severity, language)).Append(' ')
                .Append(Html.Escape(title)).Append(" <span style=\"font-weight:normal;color:#555555\">(").Append(Html.Int(group.Count())).Append(' ')
                .Append(Html.Escape(Words.Findings.In(language))).Append(")</span></h4>");
            if (basis.Length > 0)
            {
                html.Append(Html.Note(basis));
            }

            html.Append(Html.Table).Append("<thead><tr>")
                .Append(Html.Th).Append(Html.Escape(Words.Path.In(language))).Append("</th>")
                .Append(Html.Th).Append(Html.Escape(Words.Subject.In(language))).Append("</th>")
                .Append(Html.Th).Append(Html.Escape(Words.Message.In(language))).Append("</th></tr></thead><tbody>");
            foreach (var finding in group)
            {
                html.Append("<tr>").Append("<td style=\"border:1px solid #c8c8c8;padding:3px 8px;font-family:monospace\">").Append(Html.Escape(finding.Path)).Append("</td>")
                    .Append(Html.Td(finding.Subject)).Append(Html.Td(finding.Reason.In(language))).Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        var clean = report.Rules.Where(r => r.FindingCount == 0).Select(r => r.Id).ToList();
        if (clean.Count > 0)
        {
            html.Append(Html.Note(string.Format(Figures.Culture(language), Words.RulesWithout.In(language), string.Join(", ", clean))));
        }

        return html.Append(Html.Close).ToString();
    }

    public static string ToText(ReviewReport report, Language language)
    {
        var text = new StringBuilder(Summary(report, language));
        foreach (var group in Groups(report, language))
        {
            var (id, severity, title, _) = group.Key;
            text.Append('\n').Append(id).Append(' ').Append(Severity(severity, language)).Append(": ").Append(title);
            foreach (var finding in group)
            {
                text.Append("\n  ").Append(finding.Path).Append(": ").Append(finding.Reason.In(language));
            }
        }

        return text.ToString();
    }

    // Findings by rule, in the order the rules ran (rules the report does not list come last, by id).
    private static IEnumerable<IGrouping<(string Id, Severity Severity, string Title, string Basis), ReviewFinding>> Groups(ReviewReport report, Language language)
    {
        var rules = report.Rules.Select((r, i) => (r, i)).ToDictionary(x => x.r.Id, x => x, StringComparer.Ordinal);
        return report.Findings
            .GroupBy(f => rules.TryGetValue(f.RuleId, out var run)
                ? (f.RuleId, run.r.Severity, run.r.Title.In(language), run.r.Basis)
                : (f.RuleId, f.Severity, string.Empty, string.Empty))
            .OrderBy(g => rules.TryGetValue(g.Key.RuleId, out var run) ? run.i : int.MaxValue)
            .ThenBy(g => g.Key.RuleId, StringComparer.Ordinal);
    }
}
