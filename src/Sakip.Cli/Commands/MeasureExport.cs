using System.CommandLine;
using System.Text;
using Sakip.Cli.Output;
using Sakip.Domain.Bands;
using Sakip.Domain.Planning;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip measure … --output capaian.xlsx</c> (or <c>.csv</c>): the capaian table written to a file as a
/// workbook or as CSV instead of printed.</summary>
/// <param name="Path">The file.</param>
/// <param name="Format"><c>xlsx</c> or <c>csv</c>, or null to take it from the file's extension.</param>
/// <param name="Bands">The rule set's band set, which colours the workbook's bands.</param>
internal sealed record MeasureExport(string Path, string? Format, BandSet Bands)
{
    public static Option<string?> OutputOption() => new("--output")
    {
        Description = "Write the capaian table to this file instead of printing it: an Excel workbook (.xlsx) or CSV (.csv, numbers in the culture of --culture/--lang; ';' between fields when its decimal separator is ',').",
    };

    public static Option<string?> FormatOption()
    {
        var option = new Option<string?>("--format") { Description = "xlsx or csv (default: from the extension of --output)." };
        option.AcceptOnlyFromAmong("xlsx", "csv");
        return option;
    }

    /// <summary>Writes the table; 0, or 2 (the reason on <paramref name="error"/>) when the format is unknown or the
    /// file cannot be written.</summary>
    public int Write(SakipDocument document, MeasurementReport report, TextWriter output, TextWriter error)
    {
        var context = CliContext.Current;
        var extension = System.IO.Path.GetExtension(Path).TrimStart('.').ToLowerInvariant();
        var format = Format ?? (extension is "xlsx" or "csv" ? extension : null);
        if (format is null)
        {
            error.WriteLine($"{context.Invalid("measure")}: --output '{Path}': {context.T("format tidak diketahui; akhiri nama berkas dengan .xlsx atau .csv, atau berikan --format", "unknown format; end the file name with .xlsx or .csv, or give --format")}");
            return SakipApp.InvalidInput;
        }

        bool written;
        if (format == "xlsx")
        {
            using var workbook = new MemoryStream();
            CapaianWorkbook.Write(report, workbook, new CapaianWorkbookOptions { Language = context.Language, Subject = document.Region.Name, Bands = Bands });
            written = OutputFile.TryWrite(Path, workbook.ToArray(), "measure", error);
        }
        else
        {
            var csv = new StringBuilder();
            using (var writer = new StringWriter(csv, System.Globalization.CultureInfo.InvariantCulture))
            {
                CapaianCsv.Write(report, writer, new CapaianCsvOptions { Culture = context.Culture, Language = context.Language });
            }

            written = OutputFile.TryWrite(Path, csv.ToString(), "measure", error);
        }

        if (!written)
        {
            return SakipApp.InvalidInput;
        }

        var rows = report.Agreements.Sum(a => a.Sasaran.Sum(s => s.Indicators.Count));
        output.WriteLine(context.T(
            $"Tabel capaian {report.Year} ({rows} indikator) ditulis ke {System.IO.Path.GetFullPath(Path)}",
            $"Wrote the capaian table {report.Year} ({rows} indicators) to {System.IO.Path.GetFullPath(Path)}"));
        return 0;
    }
}
