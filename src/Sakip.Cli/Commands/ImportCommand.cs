using System.CommandLine;
using Sakip.Cli.Output;
using Sakip.Domain;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip import</c> and <c>sakip export</c>: a SAKIP document's plan data in and out as an Excel workbook
/// (docs/spreadsheets-plan-data.md).</summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("workbook") { Description = "The plan workbook (.xlsx, from 'sakip import template' or 'sakip export')." };
        var target = new Option<string?>("--output") { Description = "Write the SAKIP document (JSON) to this file instead of standard output." };
        var formulas = new Option<bool>("--formula-values") { Description = "Take a formula cell's calculated value (as the program that saved the workbook calculated it) instead of reporting the formula." };
        var command = new Command("import", "Read a plan workbook (region, indicators, RPJMD, Renstra, Perjanjian Kinerja, Rencana Aksi, realisations) into a SAKIP document; every bad cell is reported with its address.")
        {
            file, target, formulas, Template(output, error),
        };
        command.SetAction(parse =>
        {
            var context = CliContext.Current;
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"{context.Invalid("import")}: '{path}': {context.T("berkas tidak ada", "no such file")}");
                return SakipApp.InvalidInput;
            }

            if (DocumentFile.Open(path, "sakip import", error) is not { } stream)
            {
                return SakipApp.InvalidInput;
            }

            Result<SakipDocument> read;
            using (stream)
            {
                read = PlanWorkbook.Read(stream, new PlanWorkbookReadOptions { NumberCulture = context.Culture, AcceptFormulaValues = parse.GetValue(formulas) });
            }

            if (!read.TryGetValue(out var document))
            {
                error.WriteLine($"{context.Invalid("import")}: '{path}' {context.T($"memiliki {read.Problems.Count} masalah; tidak ada yang diproses", $"has {read.Problems.Count} problem(s); nothing was processed")}:");
                foreach (var problem in read.Problems)
                {
                    error.WriteLine($"  {problem.ToString(context.Language)}");
                }

                return SakipApp.InvalidInput;
            }

            var json = SakipDocumentJson.Write(document);
            if (parse.GetValue(target) is not { } jsonPath)
            {
                output.WriteLine(json);
                return 0;
            }

            if (!OutputFile.TryWrite(jsonPath, json, "import", error))
            {
                return SakipApp.InvalidInput;
            }

            output.WriteLine(context.T(
                $"Dokumen SAKIP ditulis ke {Path.GetFullPath(jsonPath)}: {document.Indicators.Count} indikator, {document.Renstras.Count} Renstra, {document.PerjanjianKinerja.Count} PK, {document.Realisations.Count} realisasi.",
                $"Wrote the SAKIP document to {Path.GetFullPath(jsonPath)}: {document.Indicators.Count} indicators, {document.Renstras.Count} Renstras, {document.PerjanjianKinerja.Count} agreements, {document.Realisations.Count} realisations."));
            return 0;
        });
        return command;
    }

    private static Command Template(TextWriter output, TextWriter error)
    {
        var target = new Option<string>("--output") { Description = "The workbook file to write (.xlsx).", Required = true };
        var command = new Command("template", "Write an empty plan workbook to fill in (headings and dropdowns in the language of --lang), then read it with 'sakip import'.")
        {
            target,
        };
        command.SetAction(parse =>
        {
            var context = CliContext.Current;
            var path = parse.GetValue(target)!;
            using var workbook = new MemoryStream();
            PlanWorkbook.WriteTemplate(workbook, new PlanWorkbookOptions { Language = context.Language });
            if (!OutputFile.TryWrite(path, workbook.ToArray(), "import template", error))
            {
                return SakipApp.InvalidInput;
            }

            output.WriteLine(context.T(
                $"Templat data perencanaan ditulis ke {Path.GetFullPath(path)}. Isi lembar Info dan lembar lainnya, lalu: sakip import {path} --output dokumen.json",
                $"Wrote the plan data template to {Path.GetFullPath(path)}. Fill in sheet Info and the other sheets, then: sakip import {path} --output document.json"));
            return 0;
        });
        return command;
    }

    /// <summary><c>sakip export</c>: a SAKIP document's plan data as a workbook.</summary>
    public static Command Export(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("document") { Description = "The SAKIP document (JSON)." };
        var target = new Option<string>("--output") { Description = "The workbook file to write (.xlsx).", Required = true };
        var command = new Command("export", "Write a SAKIP document's plan data as a workbook (the format 'sakip import' reads; headings in the language of --lang). LKE evaluations are not written: each has its own workbook ('sakip lke template --format xlsx').")
        {
            file, target,
        };
        command.SetAction(parse =>
        {
            var context = CliContext.Current;
            if (DocumentFile.Read(parse.GetValue(file)!, "export", error) is not { } document)
            {
                return SakipApp.InvalidInput;
            }

            var path = parse.GetValue(target)!;
            using var workbook = new MemoryStream();
            PlanWorkbook.Write(document, workbook, new PlanWorkbookOptions { Language = context.Language });
            if (!OutputFile.TryWrite(path, workbook.ToArray(), "export", error))
            {
                return SakipApp.InvalidInput;
            }

            output.WriteLine(context.T(
                $"Buku kerja data perencanaan ditulis ke {Path.GetFullPath(path)}.",
                $"Wrote the plan data workbook to {Path.GetFullPath(path)}."));
            if (document.Evaluations.Count > 0)
            {
                output.WriteLine(context.T(
                    $"{document.Evaluations.Count} evaluasi LKE dokumen tidak ditulis ke buku kerja ini; setiap evaluasi memiliki buku kerja sendiri (sakip lke template --format xlsx).",
                    $"The document's {document.Evaluations.Count} LKE evaluation(s) are not in this workbook; each has its own (sakip lke template --format xlsx)."));
            }

            return 0;
        });
        return command;
    }
}
