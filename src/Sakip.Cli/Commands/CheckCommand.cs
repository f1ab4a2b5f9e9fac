using System.CommandLine;
using Sakip.Cli.Output;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Review;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip check &lt;file&gt;</c>: the alignment review of a SAKIP document.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A SAKIP document (JSON, see docs/sakip-document-format.md)." };
        var json = new Option<bool>("--json") { Description = "Print the review as JSON." };
        var skip = new Option<string[]>("--skip") { Description = "Leave out the rule with this id (e.g. ALN-008); repeatable.", Arity = ArgumentArity.ZeroOrMore };
        var failOn = new Option<string>("--fail-on") { Description = "Gate a pipeline: exit 1 when the review finds an error (error) or an error or a warning (warning); never (default) always exits 0 once the review ran.", DefaultValueFactory = _ => "never" };
        failOn.AcceptOnlyFromAmong("never", "error", "warning");
        var command = new Command("check", "Run the alignment review (RPJMD - Renstra - PK consistency, rules ALN-001..., and any a --plugin adds) over a SAKIP document.")
        {
            file, json, skip, failOn,
        };
        command.SetAction(parse =>
        {
            if (CliCatalogue.From(parse, "check", error) is not { } catalogue)
            {
                return SakipApp.InvalidInput;
            }

            var review = catalogue.Review;
            foreach (var id in parse.GetValue(skip) ?? [])
            {
                if (review.Find(id) is null)
                {
                    error.WriteLine($"{CliContext.Current.Invalid("check")}: --skip '{id}': {CliContext.Current.T("tidak ada aturan dengan id itu; aturannya", "no rule has that id; the rules are")}: {string.Join(", ", catalogue.Review.Rules.Select(r => r.Id))}");
                    return SakipApp.InvalidInput;
                }

                review = review.Without(id);
            }

            return Run(parse.GetValue(file)!, parse.GetValue(json), CliContext.Current, output, error, new Gate(catalogue, review, parse.GetValue(failOn)!));
        });
        return command;
    }

    internal static int Run(string path, bool json, CliContext context, TextWriter output, TextWriter error, Gate? gate = null)
    {
        gate ??= new Gate(RuleCatalogue.BuiltIn, AlignmentReview.Default, "never");
        var document = DocumentFile.Read(path, "check", error, gate.Catalogue);
        if (document is null)
        {
            return SakipApp.InvalidInput;
        }

        var report = gate.Review.Run(document);
        output.WriteLine(json ? JsonOutput.Write(w => ReviewView.Json(w, report)) : ReviewView.Text(report, context));
        return gate.FailOn switch
        {
            "error" when report.ErrorCount > 0 => SakipApp.FoundProblems,
            "warning" when report.ErrorCount + report.WarningCount > 0 => SakipApp.FoundProblems,
            _ => 0,
        };
    }

    /// <summary>What the review runs and when it fails the command.</summary>
    internal sealed record Gate(RuleCatalogue Catalogue, AlignmentReview Review, string FailOn);
}
