using System.CommandLine;
using Sakip.Cli.Output;
using Sakip.Domain.Achievement;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip whatif &lt;file&gt; --set &lt;indicator&gt;=&lt;value&gt;</c>: how the tree changes if realisations change.</summary>
internal static class WhatIfCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A SAKIP document (JSON)." };
        var set = new Option<string[]>("--set") { Description = "indicator=value: a new realisation, a number in the --culture (default the --lang's: 4,88 for id, 4.88 for en); empty for not reported. Repeatable.", Required = true, AllowMultipleArgumentsPerToken = true };
        var year = new Option<int?>("--year") { Description = "The year (default: the latest year with a Perjanjian Kinerja)." };
        var asOf = new Option<string?>("--as-of") { Description = "As-of period in that year (default: the whole year)." };
        var ruleSet = CommonOptions.RuleSet();
        var command = new Command("whatif", "Change realisations and show which nodes of the performance tree change (before, after, band).")
        {
            file, set, year, asOf, ruleSet, CliCatalogue.RuleSetFile(), CliCatalogue.BandSetFile(),
        };
        command.SetAction(parse =>
        {
            var catalogue = CliCatalogue.From(parse, "whatif", error);
            var document = catalogue is null ? null : DocumentFile.Read(parse.GetValue(file)!, "whatif", error, catalogue);
            if (document is null || catalogue is null)
            {
                return SakipApp.InvalidInput;
            }

            var context = CliContext.Current;
            var problems = new List<string>();
            var targetYear = parse.GetValue(year) ?? document.PerjanjianKinerja.Select(pk => (int?)pk.Year).Max();
            if (targetYear is null)
            {
                error.WriteLine($"{CliContext.Current.Invalid("whatif")}: {CliContext.Current.T("dokumen tidak memiliki perjanjian kinerja; berikan --year", "the document has no perjanjian kinerja; give --year")}");
                return SakipApp.InvalidInput;
            }

            var before = TreeCommand.Evaluate(document, targetYear.Value, parse.GetValue(asOf), new TreeCommand.Rules(catalogue, CommonOptions.RuleSetId(parse.GetValue(ruleSet), document)), problems);
            var changes = Parse(parse.GetValue(set) ?? [], before?.Tree, problems);
            if (problems.Count > 0 || before is null)
            {
                problems.ForEach(p => error.WriteLine($"{CliContext.Current.Invalid("whatif")}: {p}"));
                return SakipApp.InvalidInput;
            }

            var tree = changes.Aggregate(before.Tree, (t, c) => t.WithRealisation(c.IndicatorId, c.Value));
            Refused(tree, changes, new AchievementCalculator(before.Options.Rules, catalogue.Formulas), problems);
            if (problems.Count > 0)
            {
                problems.ForEach(p => error.WriteLine($"{CliContext.Current.Invalid("whatif")}: {p}"));
                return SakipApp.InvalidInput;
            }

            var after = new TreeEvaluator(before.Options, catalogue.Formulas).Evaluate(tree);
            output.WriteLine(TreeView.Changes(TreeEvaluation.Compare(before, after), after, context));
            return 0;
        });
        return command;
    }

    /// <summary>
    /// A new realisation the indicator cannot take (a negative value where negatives are not allowed, a value that
    /// overflows the formula) is refused with the indicator and the reason, never scored as not reported.
    /// </summary>
    internal static void Refused(PerformanceTree tree, List<(string IndicatorId, Measure? Value)> changes, AchievementCalculator calculator, List<string> problems)
    {
        foreach (var (id, value) in changes)
        {
            if (value is null)
            {
                continue;
            }

            foreach (var node in tree.Nodes)
            {
                var indicator = node.Indicators.FirstOrDefault(i => i.IndicatorId == id);
                if (indicator is not null && calculator.Calculate(indicator.Input).AsInvalidInput is { } invalid)
                {
                    var context = CliContext.Current;
                    var reasons = invalid.Problems.Select(p => p.Reason.Code == "negative-not-allowed"
                        ? context.T("nilai negatif tidak diperbolehkan untuk indikator ini", "a negative value is not allowed for this indicator")
                        : p.ToString(context.Language));
                    problems.Add($"--set '{id}={value.Value.Value.ToString(context.Culture)}': {context.T($"indikator {id} pada simpul {node.Id}", $"indicator {id} of node {node.Id}")}: {string.Join("; ", reasons.Distinct())}");
                    break;
                }
            }
        }
    }

    internal static List<(string IndicatorId, Measure? Value)> Parse(string[] settings, PerformanceTree? tree, List<string> problems)
    {
        var changes = new List<(string, Measure?)>();
        foreach (var setting in settings)
        {
            var at = setting.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                problems.Add($"--set '{setting}': {CliContext.Current.T("tulis indikator=nilai", "write indicator=value")}");
                continue;
            }

            var id = setting[..at];
            var text = setting[(at + 1)..];
            if (tree is not null && !tree.Nodes.Any(n => n.Indicators.Any(i => i.IndicatorId == id)))
            {
                problems.Add($"--set '{setting}': {CliContext.Current.T($"tidak ada simpul pohon yang memuat indikator '{id}'", $"no node of the tree carries indicator '{id}'")}");
                continue;
            }

            if (text.Length == 0)
            {
                changes.Add((id, null));
                continue;
            }

            var value = Measure.TryParse(text, CliContext.Current.Culture);
            if (value.Problems is [var failure, ..])
            {
                problems.Add($"--set '{setting}': {CliContext.Current.NumberProblem(text, failure.Reason)}");
                continue;
            }

            changes.Add((id, value.GetValueOrThrow()));
        }

        return changes;
    }
}
