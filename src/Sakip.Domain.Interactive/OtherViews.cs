using System.Text;
using Sakip.Domain.Collections;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Interactive;

/// <summary>The performance tree as an inline SVG diagram (<see cref="SvgDiagram"/>) under a one-line heading.</summary>
internal static class TreeView
{
    public static string Heading(TreeEvaluation evaluation, Language language)
    {
        var rules = evaluation.Options.Rules;
        return string.Format(Figures.Culture(language), Words.Tree.In(language), evaluation.Tree.Nodes.Count, evaluation.Options.Strategy.Id, rules.Id, rules.Version);
    }

    public static string ToHtml(TreeEvaluation evaluation, Language language)
    {
        var svg = SvgDiagram.Render(evaluation, new DiagramOptions { Language = language, Culture = Figures.Culture(language) });
        return Html.Open + "<p style=\"margin:2px 0;font-weight:600\">" + Html.Escape(Heading(evaluation, language)) + "</p>"
            + "<div style=\"overflow:auto;max-height:900px\">" + svg + "</div>" + Html.Close;
    }

    public static string ToText(TreeEvaluation evaluation, Language language)
    {
        var text = new StringBuilder(Heading(evaluation, language));
        foreach (var (node, result) in evaluation.Tree.Nodes.Zip(evaluation.Results))
        {
            text.Append('\n').Append(node.Id).Append(' ').Append(node.Name).Append(": ")
                .Append(result.Presented is { } v ? Figures.Percent(v, evaluation.Options.Rules.Rounding.Decimals, language) : Words.NoData.In(language));
            if (result.Band is { } band)
            {
                text.Append(' ').Append(band.Label.In(language));
            }
        }

        return text.ToString();
    }
}

/// <summary>Problems and <see cref="Result{T}"/>: a problem is its path, line, message and code; a result shows its
/// value (through the value's own formatter) or its problems.</summary>
internal static class ProblemView
{
    public static string ToHtml(Problem problem, Language language) => Html.Open + Table([problem], language) + Html.Close;

    public static string ToText(Problem problem, Language language) => problem.ToString(language) + " [" + problem.Reason.Code + "]";

    public static string Table(IEnumerable<Problem> problems, Language language)
    {
        var html = new StringBuilder(Html.Table);
        html.Append("<thead><tr>")
            .Append(Html.Th).Append(Html.Escape(Words.Path.In(language))).Append("</th>")
            .Append(Html.Th).Append(Html.Escape(Words.Message.In(language))).Append("</th>")
            .Append(Html.Th).Append(Html.Escape(Words.Code.In(language))).Append("</th></tr></thead><tbody>");
        foreach (var problem in problems)
        {
            var where = problem.Line is { } line ? Words.Line.In(language) + " " + Html.Int(line) + (problem.Path.Length > 0 ? ", " + problem.Path : "") : problem.Path;
            html.Append("<tr><td style=\"border:1px solid #c8c8c8;padding:3px 8px;font-family:monospace\">").Append(Html.Escape(where)).Append("</td>")
                .Append(Html.Td(problem.Reason.In(language)))
                .Append("<td style=\"border:1px solid #c8c8c8;padding:3px 8px;font-family:monospace\">").Append(Html.Escape(problem.Reason.Code)).Append("</td></tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    public static string FailureHtml(ValueList<Problem> problems, Language language) =>
        Html.Open + "<p style=\"margin:2px 0;font-weight:600;color:#b8231f\">" + Html.Escape(string.Format(Figures.Culture(language), Words.Failure.In(language), problems.Count))
        + "</p>" + Table(problems, language) + Html.Close;

    public static string FailureText(ValueList<Problem> problems, Language language) =>
        string.Format(Figures.Culture(language), Words.Failure.In(language), problems.Count) + "\n" + string.Join("\n", problems.Select(p => "  " + ToText(p, language)));
}

/// <summary>The value types: a percentage rounded as the default rule set presents it, measures and targets with their own digits.</summary>
internal static class ValueView
{
    public static string Percent(Percentage value, Language language) => Figures.Percent(value, RuleSets.Default.Rounding, language);

    public static string PercentHtml(Percentage value, Language language) =>
        "<span class=\"sakip-figure\">" + Html.Escape(Percent(value, language)) + "</span>";

    public static string MeasureHtml(Measure value, Language language) =>
        "<span class=\"sakip-figure\">" + Html.Escape(Figures.Measure(value, language)) + "</span>";

    public static string TargetHtml(Target value, Language language) =>
        "<span class=\"sakip-figure\">" + Html.Escape(Figures.Target(value, language)) + "</span>";
}
