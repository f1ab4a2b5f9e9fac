using System.Text;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Interactive;

/// <summary>The LKE score sheet (components, sub-components, total and predikat) and the road to the next grade.
/// Scores are presented rounded by the scheme's deciding rule (2 decimals half up when it has none), as the
/// evaluation reports print them.</summary>
internal static class EvaluationView
{
    /// <summary>A score of the result, rounded by its <see cref="EvaluationResult.Presentation"/>.</summary>
    public static string Score(EvaluationResult result, decimal value, Language language) => Figures.Score(value, result.Presentation, language);

    public static string GradeBadge(GradeTable table, Grade grade, Language language)
    {
        var rank = table.RankOf(grade) + 1;
        return Html.Badge(grade.Code + " (" + grade.Label.In(language) + ")", BandPalette.Fill(rank, table.Grades.Count), BandPalette.Stroke(rank, table.Grades.Count));
    }

    public static string Heading(EvaluationResult result, Language language)
    {
        var e = result.Evaluation;
        var source = result.Source switch
        {
            AnswerSource.Final => Words.Final,
            AnswerSource.Proposed => Words.Proposed,
            _ => Words.FinalElseProposed,
        };
        return string.Format(Figures.Culture(language), Words.LkeHeading.In(language), e.Subject, e.Year, e.Scheme.Name, e.Scheme.Id, e.Scheme.Version, source.In(language));
    }

    public static string TotalLine(EvaluationResult result, Language language)
    {
        if (result.Total is not { } total)
        {
            return string.Format(Figures.Culture(language), Words.Incomplete.In(language), result.Unanswered.Count + result.Ungraded.Count, Score(result, result.MinimumTotal, language), Score(result, result.MaximumTotal, language));
        }

        var grade = result.Grade!;
        return string.Format(Figures.Culture(language), Words.TotalLine.In(language), Score(result, total, language), grade.Code, grade.Label.In(language), Score(result, result.DecidingScore!.Value, language));
    }

    public static string ToHtml(EvaluationResult result, Language language)
    {
        var byGrade = result.Method == EvaluationMethod.SubComponentGrades;
        var table = result.Evaluation.Scheme.Grades;
        var html = new StringBuilder(Html.Open);
        html.Append("<h3 style=\"margin:4px 0\">").Append(Html.Escape(Heading(result, language))).Append("</h3>").Append(Html.Table).Append("<thead><tr>")
            .Append(Html.Th).Append(Html.Escape(Words.Component.In(language))).Append("</th>")
            .Append(Html.ThRight).Append(Html.Escape(Words.Weight.In(language))).Append("</th>")
            .Append(Html.Th).Append(Html.Escape((byGrade ? Words.Grade : Words.Mean).In(language))).Append("</th>")
            .Append(Html.ThRight).Append(Html.Escape(Words.Score.In(language))).Append("</th>")
            .Append(Html.ThRight).Append(Html.Escape(Words.Criteria.In(language))).Append("</th></tr></thead><tbody>");
        foreach (var component in result.Components)
        {
            var criteria = component.SubComponents.SelectMany(s => s.Criteria).ToList();
            html.Append("<tr style=\"background:#f7f7f7\">")
                .Append(Html.Td(component.Component.Id + " " + component.Component.Name, bold: true))
                .Append(Html.Td(Score(result, component.Component.Weight, language), right: true))
                .Append(Html.Td(string.Empty))
                .Append(Html.Td(component.Score is { } s ? Score(result, s, language) : "–", right: true, bold: true))
                .Append(Html.Td(Html.Int(criteria.Count(k => k.IsAnswered)) + "/" + Html.Int(criteria.Count), right: true))
                .Append("</tr>");
            foreach (var sub in component.SubComponents)
            {
                var level = byGrade
                    ? sub.Grade is { } g ? g.Code + " (" + Percent(g.Value, language) + ")" : "–"
                    : sub.CriteriaValue is { } v ? Percent(v, language) : "–";
                html.Append("<tr>")
                    .Append("<td style=\"border:1px solid #c8c8c8;padding:3px 8px 3px 22px\">").Append(Html.Escape(sub.SubComponent.Id + " " + sub.SubComponent.Name)).Append("</td>")
                    .Append(Html.Td(Score(result, sub.SubComponent.Weight, language), right: true))
                    .Append(Html.Td(level))
                    .Append(Html.Td(sub.Score is { } s2 ? Score(result, s2, language) : "–", right: true))
                    .Append(Html.Td(Html.Int(sub.Criteria.Count(k => k.IsAnswered)) + "/" + Html.Int(sub.Criteria.Count), right: true))
                    .Append("</tr>");
            }
        }

        var all = result.Criteria.ToList();
        html.Append("</tbody><tfoot><tr>")
            .Append(Html.Td(Words.Total.In(language), bold: true))
            .Append(Html.Td(Score(result, result.Components.Sum(c => c.Component.Weight), language), right: true))
            .Append("<td style=\"border:1px solid #c8c8c8;padding:3px 8px\">").Append(result.Grade is { } grade ? GradeBadge(table, grade, language) : "–").Append("</td>")
            .Append(Html.Td(result.Total is { } total ? Score(result, total, language) : "–", right: true, bold: true))
            .Append(Html.Td(Html.Int(all.Count(k => k.IsAnswered)) + "/" + Html.Int(all.Count), right: true))
            .Append("</tr></tfoot></table>");
        html.Append("<p style=\"margin:2px 0;font-weight:600\">").Append(Html.Escape(TotalLine(result, language))).Append("</p>");
        if (result.Findings.Count > 0)
        {
            html.Append("<p style=\"margin:6px 0 2px 0\"><b>").Append(Html.Escape(Words.LogicFindings.In(language))).Append("</b></p><ul style=\"margin:0\">");
            foreach (var finding in result.Findings)
            {
                html.Append("<li>").Append(Html.Escape(finding.Id + ": " + finding.Reason.In(language))).Append("</li>");
            }

            html.Append("</ul>");
        }

        return html.Append(Html.Close).ToString();
    }

    public static string ToText(EvaluationResult result, Language language)
    {
        var text = new StringBuilder(Heading(result, language)).Append('\n');
        foreach (var component in result.Components)
        {
            text.Append("  ").Append(component.Component.Id).Append(' ').Append(component.Component.Name).Append(": ")
                .Append(component.Score is { } s ? Score(result, s, language) : "–").Append(" / ").Append(Score(result, component.Component.Weight, language)).Append('\n');
        }

        return text.Append(TotalLine(result, language)).ToString();
    }

    public static string ToHtml(GradeRoad road, Language language)
    {
        var current = road.Current;
        var table = current.Evaluation.Scheme.Grades;
        var html = new StringBuilder(Html.Open);
        html.Append("<h3 style=\"margin:4px 0\">").Append(Html.Escape(string.Format(Figures.Culture(language), Words.RoadHeading.In(language), road.Target.Code))).Append(' ')
            .Append(GradeBadge(table, road.Target, language)).Append("</h3>");
        html.Append("<p style=\"margin:2px 0\">").Append(Html.Escape(Heading(current, language))).Append("<br>").Append(Html.Escape(TotalLine(current, language))).Append("</p>");
        if (road.Steps.Count > 0)
        {
            html.Append(Html.Table).Append("<thead><tr>")
                .Append(Html.Th).Append(Html.Escape(Words.Answer.In(language))).Append("</th>")
                .Append(Html.Th).Append(Html.Escape(Words.From.In(language))).Append("</th>")
                .Append(Html.Th).Append(Html.Escape(Words.To.In(language))).Append("</th>")
                .Append(Html.ThRight).Append(Html.Escape(Words.Points.In(language))).Append("</th></tr></thead><tbody>");
            foreach (var step in road.Steps)
            {
                html.Append("<tr>")
                    .Append(Html.Td(step.Id + " " + step.Title))
                    .Append(Html.Td(step.From.Code))
                    .Append(Html.Td(step.To.Code, bold: true))
                    .Append(Html.Td("+" + Score(current, step.Points, language), right: true))
                    .Append("</tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("<p style=\"margin:2px 0;font-weight:600\">").Append(Html.Escape(RoadLine(road, language))).Append("</p>");
        return html.Append(Html.Close).ToString();
    }

    public static string ToText(GradeRoad road, Language language) => road.Explain(language);

    private static string RoadLine(GradeRoad road, Language language)
    {
        var c = Figures.Culture(language);
        var current = road.Current;
        if (road.Steps.Count == 0)
        {
            return string.Format(c, Words.RoadReached.In(language), Score(current, current.Total!.Value, language), current.Grade!.Code);
        }

        var resulting = road.Resulting;
        return road.Reachable
            ? string.Format(c, Words.RoadResult.In(language), road.Steps.Count, Score(current, road.PointsAdded, language), Score(current, current.Total!.Value, language), Score(resulting, resulting.Total!.Value, language), road.ResultingGrade.Code)
            : string.Format(c, Words.RoadUnreachable.In(language), Score(resulting, resulting.Total!.Value, language), road.ResultingGrade.Code);
    }

    private static string Percent(decimal fraction, Language language) =>
        (fraction * 100m).ToString("0.##", Figures.Culture(language)) + " %";
}
