using System.CommandLine;
using System.Diagnostics;
using Sakip.Cli.Output;
using Sakip.Domain;
using Sakip.Domain.Analytics;
using Sakip.Domain.Analytics.National;
using Sakip.Domain.Collections;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip national &lt;folder-or-manifest&gt; [--facts &lt;folder&gt;]</c>: every region's document reviewed,
/// measured, rolled up and scored, in parallel, with the fact tables written as Parquet and a summary.</summary>
internal static class NationalCommand
{
    public static Command Create(TextWriter output, TextWriter error, bool errorIsTerminal)
    {
        var input = new Argument<string>("input") { Description = "A folder (every *.sakip.json below it, in path order) or a manifest (.json: {\"regions\": [{\"file\": \"…\", \"province\": \"…\"}]})." };
        var facts = new Option<string?>("--facts") { Description = "Write the fact tables (capaian, tree, evaluation) as Parquet under this folder, partitioned by year and province (docs/analytics.md); without it, only the summary." };
        var years = new Option<int[]>("--year") { Description = "A year to measure; repeatable (default: every year each document has a Perjanjian Kinerja for).", Arity = ArgumentArity.ZeroOrMore };
        var parallel = new Option<int?>("--parallel") { Description = "Regions processed at once (default: one per core)." };
        var noReview = new Option<bool>("--no-review") { Description = "Skip the alignment review (about half of a region's time)." };
        var progress = new Option<string>("--progress") { Description = "Progress on standard error: bar (a terminal's progress bar), lines (one line per region, for logs), none; auto (default) is bar on a terminal, else none.", DefaultValueFactory = _ => "auto" };
        progress.AcceptOnlyFromAmong("auto", "bar", "lines", "none");
        var failOn = new Option<string>("--fail-on") { Description = "Gate a pipeline: exit 1 when a region was skipped (skipped) or skipped or partial (partial); never (default) exits 0 once the run ran.", DefaultValueFactory = _ => "never" };
        failOn.AcceptOnlyFromAmong("never", "skipped", "partial");
        var json = new Option<bool>("--json") { Description = "Print the summary as JSON." };
        var ruleSet = CommonOptions.RuleSet();
        var rounding = CommonOptions.Rounding();
        var decimals = CommonOptions.Decimals();
        var command = new Command("national", "Run many regions (a folder or manifest of SAKIP documents): review, measure, roll up and score each, in parallel with bounded memory, write the fact tables as Parquet, and summarise; a broken region is reported and skipped.")
        {
            input, facts, years, parallel, noReview, progress, failOn, json, ruleSet, rounding, decimals, CliCatalogue.RuleSetFile(), CliCatalogue.BandSetFile(),
        };
        command.SetAction(parse =>
        {
            if (CliCatalogue.From(parse, "national", error) is not { } catalogue
                || CommonOptions.Rules(catalogue, CommonOptions.RuleSetId(parse.GetValue(ruleSet), null), parse.GetValue(rounding), parse.GetValue(decimals), "national", error) is not { } rules)
            {
                return SakipApp.InvalidInput;
            }

            var context = CliContext.Current;
            if (parse.GetValue(parallel) is < 1 and var p)
            {
                error.WriteLine($"{context.Invalid("national")}: --parallel {p}: {context.T("paling sedikit 1", "at least 1")}");
                return SakipApp.InvalidInput;
            }

            var asked = parse.GetValue(years) ?? [];
            if (asked.Where(y => y is < 1900 or > 2200).Select(y => (int?)y).FirstOrDefault() is { } badYear)
            {
                error.WriteLine($"{context.Invalid("national")}: --year {badYear}: {context.T("tahun harus antara 1900 dan 2200", "the year must be between 1900 and 2200")}");
                return SakipApp.InvalidInput;
            }

            var mode = parse.GetValue(progress) switch
            {
                "auto" => errorIsTerminal ? "bar" : "none",
                var m => m!,
            };
            var options = new NationalRunOptions
            {
                Years = [.. asked],
                RollUp = new RollUpOptions { Rules = rules },
                Review = parse.GetValue(noReview) ? null : catalogue.Review,
                MaxDegreeOfParallelism = parse.GetValue(parallel),
            };
            var schemes = (Func<string, Domain.Evaluations.EvaluationScheme?>)(id => catalogue.EvaluationSchemes.TryGet(id, out var scheme) ? scheme : null);
            return Run(parse.GetValue(input)!, parse.GetValue(facts), options, schemes, mode, parse.GetValue(failOn)!, parse.GetValue(json), output, error);
        });
        return command;
    }

    internal static int Run(string input, string? factsFolder, NationalRunOptions options, Func<string, Domain.Evaluations.EvaluationScheme?> schemes, string progress, string failOn, bool json, TextWriter output, TextWriter error)
    {
        var context = CliContext.Current;
        Result<ValueList<RegionSource>> listed;
        if (Directory.Exists(input))
        {
            listed = RegionSources.Folder(input, schemes: schemes);
        }
        else if (File.Exists(input))
        {
            listed = RegionSources.Manifest(input, schemes: schemes);
        }
        else
        {
            error.WriteLine($"{context.Invalid("national")}: '{input}': {context.T("tidak ada folder maupun manifes dengan nama itu", "no folder or manifest of that name")}");
            return SakipApp.InvalidInput;
        }

        if (!listed.TryGetValue(out var sources))
        {
            error.WriteLine($"{context.Invalid("national")}: '{input}':");
            foreach (var problem in listed.Problems)
            {
                error.WriteLine($"  {problem.ToString(context.Language)}");
            }

            return SakipApp.InvalidInput;
        }

        if (sources.Count == 0)
        {
            error.WriteLine($"{context.Invalid("national")}: '{input}': {context.T($"tidak ada dokumen ({RegionSources.DocumentPattern}) di folder ini", $"no document ({RegionSources.DocumentPattern}) in this folder")}");
            return SakipApp.InvalidInput;
        }

        var bar = new ProgressView(progress, error, context);
        NationalRunSummary summary;
        try
        {
            if (factsFolder is not null)
            {
                Directory.CreateDirectory(factsFolder);
            }

            using var writer = factsFolder is null ? null : new ParquetFactWriter(factsFolder);
            summary = NationalRun.RunAsync(sources, writer, options with { Progress = bar }).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bar.End();
            error.WriteLine($"{context.Invalid("national")}: --facts '{factsFolder}': {context.T("tidak dapat ditulis", "cannot be written")}: {context.T(FailureText.Of(e))}");
            return SakipApp.InvalidInput;
        }

        bar.End();
        var peak = PeakWorkingSet();
        output.WriteLine(json ? JsonOutput.Write(w => NationalView.Json(w, summary, peak)) : NationalView.Text(summary, peak, factsFolder, context));
        return failOn switch
        {
            "skipped" when summary.Skipped > 0 => SakipApp.FoundProblems,
            "partial" when summary.Skipped + summary.Partial > 0 => SakipApp.FoundProblems,
            _ => 0,
        };
    }

    /// <summary>The process's peak working set in bytes (what the operating system reports), or null where it reports
    /// none.</summary>
    private static long? PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 > 0 ? process.PeakWorkingSet64 : null;
    }

    /// <summary>Shows the run's progress on standard error: a bar redrawn in place, or a line per region.</summary>
    private sealed class ProgressView(string mode, TextWriter error, CliContext context) : IProgress<NationalRunProgress>
    {
        private const int Width = 30;
        private bool _drawn;

        public void Report(NationalRunProgress value)
        {
            var culture = context.Culture;
            var name = TerminalText.Safe(value.Last.RegionCode ?? value.Last.Source, 40);
            if (mode == "lines")
            {
                var of = value.Total is { } all ? "/" + all.ToString("N0", culture) : "";
                error.WriteLine($"[{value.Done.ToString("N0", culture)}{of}] {name}: {NationalView.Status(value.Last.Status, context)} ({value.Last.Elapsed.TotalSeconds.ToString("N1", culture)} s)");
                return;
            }

            if (mode != "bar")
            {
                return;
            }

            var share = value.Total is { } total and > 0 ? (double)value.Done / total : 0;
            var filled = (int)Math.Round(share * Width);
            var left = value.Total is { } count && value.Done > 0
                ? TimeSpan.FromSeconds(value.Elapsed.TotalSeconds / value.Done * (count - value.Done))
                : (TimeSpan?)null;
            var line = $"\r[{new string('#', filled)}{new string('.', Width - filled)}] {value.Done.ToString("N0", culture)}"
                + (value.Total is { } t ? "/" + t.ToString("N0", culture) : "")
                + (value.Skipped > 0 ? $" · {value.Skipped.ToString("N0", culture)} {context.T("dilewati", "skipped")}" : "")
                + (left is { } l ? $" · {context.T("sisa", "left")} {(int)l.TotalMinutes}:{l.Seconds:00}" : "")
                + $" · {name}";
            error.Write(line.PadRight(100));
            error.Flush();
            _drawn = true;
        }

        public void End()
        {
            if (_drawn)
            {
                error.WriteLine();
                _drawn = false;
            }
        }
    }
}
