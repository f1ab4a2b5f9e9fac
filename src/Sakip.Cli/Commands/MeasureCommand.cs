using System.CommandLine;
using Sakip.Cli.Output;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip measure &lt;file&gt; --year &lt;YYYY&gt;</c>: the capaian table of a SAKIP document.</summary>
internal static class MeasureCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "A SAKIP document (JSON, see docs/sakip-document-format.md)." };
        var year = new Option<int>("--year") { Description = "The year of the Perjanjian Kinerja to measure.", Required = true };
        var asOf = new Option<string?>("--as-of") { Description = "As-of period in that year, e.g. 2025-Q3 (default: the whole year; never the clock)." };
        var json = new Option<bool>("--json") { Description = "Print the table as JSON." };
        var ruleSet = CommonOptions.RuleSet();
        var rounding = CommonOptions.Rounding();
        var decimals = CommonOptions.Decimals();
        var exportTo = MeasureExport.OutputOption();
        var exportFormat = MeasureExport.FormatOption();
        var command = new Command("measure", "Compute the capaian table (per agreement and sasaran: indicator, unit, T, R, capaian, band, sasaran mean) of a SAKIP document.")
        {
            file, year, asOf, json, ruleSet, rounding, decimals, CliCatalogue.RuleSetFile(), CliCatalogue.BandSetFile(), exportTo, exportFormat,
        };
        command.SetAction(parse =>
        {
            if (CliCatalogue.From(parse, "measure", error) is not { } catalogue)
            {
                return SakipApp.InvalidInput;
            }

            if (parse.GetValue(exportFormat) is { } orphan && parse.GetValue(exportTo) is null)
            {
                error.WriteLine($"{CliContext.Current.Invalid("measure")}: --format {orphan}: {CliContext.Current.T("berikan juga --output, mis. --output capaian.xlsx", "give --output too, e.g. --output capaian.xlsx")}");
                return SakipApp.InvalidInput;
            }

            var document = DocumentFile.Read(parse.GetValue(file)!, "measure", error, catalogue);
            var rules = CommonOptions.Rules(catalogue, CommonOptions.RuleSetId(parse.GetValue(ruleSet), document), parse.GetValue(rounding), parse.GetValue(decimals), "measure", error);
            return document is null || rules is null
                ? SakipApp.InvalidInput
                : Run(document, new PerformanceMeasurement(rules, catalogue.Formulas), parse.GetValue(year), parse.GetValue(asOf), parse.GetValue(json), output, error,
                    parse.GetValue(exportTo) is { } path ? new MeasureExport(path, parse.GetValue(exportFormat), rules.Bands) : null);
        });
        return command;
    }

    internal static int Run(SakipDocument document, PerformanceMeasurement measurement, int year, string? asOfText, bool json, TextWriter output, TextWriter error, MeasureExport? export = null)
    {
        var context = CliContext.Current;
        if (CommonOptions.YearOutsideData(document, year) is { } outside)
        {
            error.WriteLine($"{context.Invalid("measure")}: {outside}");
            return SakipApp.InvalidInput;
        }

        ReportingPeriod? asOf = null;
        if (asOfText is not null)
        {
            var parsed = ReportingPeriod.TryParse(asOfText);
            if (parsed.Problems is [var failure, ..])
            {
                error.WriteLine($"{CliContext.Current.Invalid("measure")}: --as-of '{asOfText}': {failure.Reason.Message.In(CliContext.Current.Language)}");
                return SakipApp.InvalidInput;
            }

            asOf = parsed.GetValueOrThrow();
        }

        var measured = measurement.Measure(document, year, asOf);
        if (!measured.IsSuccess)
        {
            foreach (var problem in measured.Problems)
            {
                error.WriteLine($"{CliContext.Current.Invalid("measure")}: --{(problem.Path == "asOf" ? "as-of" : problem.Path)}: {problem.Reason.Message.In(CliContext.Current.Language)}");
            }

            return SakipApp.InvalidInput;
        }

        if (export is not null)
        {
            return export.Write(document, measured.GetValueOrThrow(), output, error);
        }

        output.WriteLine(json ? JsonOutput.Write(w => MeasurementView.Json(w, measured.GetValueOrThrow())) : MeasurementView.Text(measured.GetValueOrThrow(), context));
        return 0;
    }
}
