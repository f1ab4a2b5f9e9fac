using System.CommandLine;
using Sakip.Cli.Output;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Codes;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Tree;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip tree &lt;file&gt;</c>: the performance tree of a SAKIP document, as text or a diagram.</summary>
internal static class TreeCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A SAKIP document (JSON)." };
        var year = new Option<int>("--year") { Description = "The year whose targets and realisations the tree carries.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "As-of period in that year, e.g. 2025-Q3 (default: the whole year)." };
        var agency = new Option<string?>("--agency") { Description = "Only this agency's nodes (organisation code) and what they serve." };
        var depth = new Option<int?>("--depth") { Description = "Cut the tree below this depth (0 = roots only)." };
        var format = new Option<string>("--format") { Description = "text, svg, mermaid or dot.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "svg", "mermaid", "dot");
        var outputPath = new Option<string?>("--output") { Description = "Write to this file instead of standard output." };
        var ruleSet = CommonOptions.RuleSet();
        var strategy = new Option<string?>("--strategy") { Description = $"How a node combines its children: {string.Join(", ", RollUpStrategies.All.Select(s => s.Id))} (default mean), or one a --plugin adds." };
        var command = new Command("tree", "Show the performance tree (pohon kinerja) of a SAKIP document with each node's rolled-up achievement.")
        {
            file, year, asOf, agency, depth, format, outputPath, ruleSet, strategy, CliCatalogue.RuleSetFile(), CliCatalogue.BandSetFile(),
        };
        command.SetAction(parse =>
        {
            var catalogue = CliCatalogue.From(parse, "tree", error);
            var document = catalogue is null ? null : DocumentFile.Read(parse.GetValue(file)!, "tree", error, catalogue);
            return document is null
                ? SakipApp.InvalidInput
                : Run(new Request(document, parse.GetValue(year), parse.GetValue(asOf), parse.GetValue(agency), parse.GetValue(depth), parse.GetValue(format)!, parse.GetValue(outputPath), CommonOptions.RuleSetId(parse.GetValue(ruleSet), document)) { Catalogue = catalogue!, Strategy = parse.GetValue(strategy) }, output, error);
        });
        return command;
    }

    internal static int Run(Request request, TextWriter output, TextWriter error)
    {
        var context = CliContext.Current;
        var problems = new List<string>();
        var evaluation = Evaluate(request.Document, request.Year, request.AsOf, new Rules(request.Catalogue, request.RuleSet, request.Strategy), problems);
        OrganisationCode? agency = null;
        if (request.Agency is not null)
        {
            var parsed = OrganisationCode.TryParse(request.Agency);
            if (parsed.Problems is [var failure, ..])
            {
                problems.Add($"--agency '{request.Agency}': {failure.Reason.Message.In(CliContext.Current.Language)}");
            }
            else if (evaluation is not null && !evaluation.Tree.OfAgency(parsed.GetValueOrThrow()).Any())
            {
                problems.Add(context.T($"--agency '{request.Agency}': tidak ada simpul pohon milik perangkat daerah itu", $"--agency '{request.Agency}': no node of the tree belongs to that agency"));
            }
            else
            {
                agency = parsed.GetValueOrThrow();
            }
        }

        if (request.Depth is < 0)
        {
            problems.Add(context.T($"--depth {request.Depth}: harus 0 atau lebih", $"--depth {request.Depth}: must be 0 or more"));
        }

        if (problems.Count > 0 || evaluation is null)
        {
            problems.ForEach(p => error.WriteLine($"{CliContext.Current.Invalid("tree")}: {p}"));
            return SakipApp.InvalidInput;
        }

        var text = Diagram.Render(request.Format, evaluation, agency, request.Depth);
        if (request.OutputPath is { } path)
        {
            if (!OutputFile.TryWrite(path, request.Format == "text" ? TerminalText.Escape(text, keepLayout: true) : text, "tree", error))
            {
                return SakipApp.InvalidInput;
            }

            output.WriteLine(context.T($"Pohon ({request.Format}) ditulis ke {Path.GetFullPath(path)}", $"Wrote the {request.Format} tree to {Path.GetFullPath(path)}"));
        }
        else
        {
            output.WriteLine(text);
        }

        return 0;
    }

    /// <summary>Builds and evaluates a document's tree, adding any problem to <paramref name="problems"/>.</summary>
    internal static TreeEvaluation? Evaluate(SakipDocument document, int year, string? asOfText, Rules rules, List<string> problems)
    {
        if (CommonOptions.YearOutsideData(document, year) is { } outside)
        {
            problems.Add(outside);
            return null;
        }

        var ruleSet = rules.Catalogue.RuleSets.TryGet(rules.RuleSet, out var found) ? found : null;
        if (ruleSet is null)
        {
            problems.Add(CliCatalogue.Unknown(rules.Catalogue.RuleSets, rules.RuleSet, "--rule-set", "rule set"));
        }

        IRollUpStrategy? strategy = null;
        if (rules.Strategy is { } strategyId && !rules.Catalogue.RollUpStrategies.TryGet(strategyId, out strategy))
        {
            problems.Add(CliCatalogue.Unknown(rules.Catalogue.RollUpStrategies, strategyId, "--strategy", "roll-up strategy"));
        }

        ReportingPeriod? asOf = null;
        if (asOfText is not null)
        {
            var parsed = ReportingPeriod.TryParse(asOfText);
            if (parsed.Problems is [var failure, ..])
            {
                problems.Add($"--as-of '{asOfText}': {failure.Reason.Message.In(CliContext.Current.Language)}");
                return null;
            }

            asOf = parsed.GetValueOrThrow();
        }

        var built = PerformanceTreeFactory.FromDocument(document, year, asOf);
        if (!built.IsSuccess)
        {
            problems.AddRange(built.Problems.Select(p => $"{(p.Path == "asOf" ? "--as-of" : p.Path)}: {p.Reason.Message.In(CliContext.Current.Language)}"));
            return null;
        }

        if (ruleSet is null || (rules.Strategy is not null && strategy is null))
        {
            return null;
        }

        var options = strategy is null ? new RollUpOptions { Rules = ruleSet } : new RollUpOptions { Rules = ruleSet, Strategy = strategy };
        return new TreeEvaluator(options, rules.Catalogue.Formulas).Evaluate(built.GetValueOrThrow());
    }

    internal sealed record Request(SakipDocument Document, int Year, string? AsOf, string? Agency, int? Depth, string Format, string? OutputPath, string RuleSet)
    {
        /// <summary>The rules the ids are resolved in.</summary>
        public RuleCatalogue Catalogue { get; init; } = RuleCatalogue.BuiltIn;

        /// <summary>The roll-up strategy's id; null for the default.</summary>
        public string? Strategy { get; init; }
    }

    /// <summary>The rules a tree is evaluated under: a rule set and, optionally, a roll-up strategy, by id.</summary>
    internal sealed record Rules(RuleCatalogue Catalogue, string RuleSet, string? Strategy = null);
}

/// <summary>Renders an evaluation in one of the formats.</summary>
internal static class Diagram
{
    public static string Render(string format, TreeEvaluation evaluation, OrganisationCode? agency, int? depth)
    {
        var options = new DiagramOptions { Agency = agency, MaxDepth = depth };
        return format switch
        {
            "svg" => SvgDiagram.Render(evaluation, options),
            "mermaid" => MermaidDiagram.Render(evaluation, options),
            "dot" => DotDiagram.Render(evaluation, options),
            _ => TreeView.Text(evaluation, CliContext.Current, agency, depth),
        };
    }
}
