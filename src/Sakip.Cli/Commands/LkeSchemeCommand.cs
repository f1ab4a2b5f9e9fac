using System.CommandLine;
using System.Globalization;
using Sakip.Cli.Output;
using Sakip.Domain;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip lke scheme</c>: a scheme from the criteria workbook its evaluators keep (<c>import</c>), and
/// such a workbook from a scheme to start from (<c>template</c>); docs/spreadsheets-criteria.md.</summary>
internal static class LkeSchemeCommand
{
    public static Command Create(TextWriter output, TextWriter error) =>
        new("scheme", "Evaluation schemes as criteria workbooks: import an adapted criteria table (.xlsx) into a scheme file for --scheme-file, or write a scheme's criteria workbook to adapt.")
        {
            Import(output, error),
            Template(output, error),
        };

    private static Command Import(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The criteria workbook (.xlsx): a table with the headings Komponen, Sub Komponen, Kriteria (or Component, Sub-component, Criterion), weights and answer scales beside it or on their own sheets (docs/spreadsheets-criteria.md)." };
        var path = new Option<string?>("--output") { Description = "Write the scheme file (JSON) to this file instead of standard output." };
        var baseScheme = new Option<string>("--base") { Description = $"The scheme whose weights, answer scales, grade table and method fill what the workbook leaves out, matched by id (default {EvaluationSchemes.Default.Id}); the scheme's assumptions list what was taken.", DefaultValueFactory = _ => EvaluationSchemes.Default.Id };
        var id = new Option<string?>("--id") { Description = "The new scheme's id (default: the base's id with -imported)." };
        var name = new Option<string?>("--name") { Description = "The new scheme's name (default: the base's name with (imported))." };
        var version = new Option<int?>("--version") { Description = "The new scheme's version (default 1)." };
        var basis = new Option<string?>("--basis") { Description = "The new scheme's legal basis (default: the base's)." };
        var sheet = new Option<string?>("--sheet") { Description = "The sheet the criteria table is on (default: the first sheet that has one)." };
        var command = new Command("import", "Import a criteria workbook into an evaluation scheme file; every ambiguity is reported with its cell (Kriteria!C14).")
        {
            file, path, baseScheme, id, name, version, basis, sheet,
        };
        command.SetAction(parse =>
        {
            const string Name = "lke scheme import";
            var context = CliContext.Current;
            if (CliCatalogue.From(parse, Name, error) is not { } catalogue)
            {
                return SakipApp.InvalidInput;
            }

            var baseId = parse.GetValue(baseScheme)!;
            if (!catalogue.EvaluationSchemes.TryGet(baseId, out var chosenBase))
            {
                var known = string.Join(", ", catalogue.EvaluationSchemes.All.Select(s => s.Id));
                error.WriteLine($"{context.Invalid(Name)}: --base '{baseId}': {context.T($"tidak ada skema evaluasi dengan id itu; pilih salah satu: {known}", $"no evaluation scheme has that id; choose one of: {known}")}");
                return SakipApp.InvalidInput;
            }

            var workbookPath = parse.GetValue(file)!;
            if (!File.Exists(workbookPath))
            {
                error.WriteLine($"{context.Invalid(Name)}: '{workbookPath}': {context.T("berkas tidak ada", "no such file")}");
                return SakipApp.InvalidInput;
            }

            if (DocumentFile.Open(workbookPath, $"sakip {Name}", error) is not { } stream)
            {
                return SakipApp.InvalidInput;
            }

            Result<EvaluationScheme> result;
            using (stream)
            {
                result = CriteriaWorkbook.Read(stream, new CriteriaImportOptions
                {
                    Base = chosenBase,
                    Id = parse.GetValue(id),
                    Name = parse.GetValue(name),
                    Version = parse.GetValue(version),
                    Basis = parse.GetValue(basis),
                    Sheet = parse.GetValue(sheet),
                });
            }

            if (!result.TryGetValue(out var scheme))
            {
                error.WriteLine($"{context.Invalid(Name)}: {context.T($"'{workbookPath}' memiliki {result.Problems.Count} masalah; tidak ada skema yang ditulis", $"'{workbookPath}' has {result.Problems.Count} problem(s); no scheme was written")}:");
                foreach (var problem in result.Problems)
                {
                    error.WriteLine($"  {problem.ToString(context.Language)}");
                }

                return SakipApp.InvalidInput;
            }

            var json = EvaluationSchemeJson.Write(scheme);
            if (parse.GetValue(path) is not { } target)
            {
                output.Write(json);
                return 0;
            }

            if (!OutputFile.TryWrite(target, json, Name, error))
            {
                return SakipApp.InvalidInput;
            }

            var counts = string.Create(CultureInfo.InvariantCulture, $"{scheme.Components.Count} / {scheme.SubComponents.Count} / {scheme.Criteria.Count}");
            output.WriteLine(context.T(
                $"Skema {scheme.Id} v{scheme.Version} (komponen / subkomponen / kriteria: {counts}) ditulis ke {Path.GetFullPath(target)}. Pakai dengan --scheme-file {target}.",
                $"Wrote scheme {scheme.Id} v{scheme.Version} (components / sub-components / criteria: {counts}) to {Path.GetFullPath(target)}. Use it with --scheme-file {target}."));
            foreach (var assumption in scheme.Assumptions)
            {
                output.WriteLine($"  {assumption}");
            }

            return 0;
        });
        return command;
    }

    private static Command Template(TextWriter output, TextWriter error)
    {
        var scheme = PredikatCommand.SchemeOption();
        var schemeFile = PredikatCommand.SchemeFileOption();
        var path = new Option<string>("--output") { Description = "The criteria workbook (.xlsx) to write.", Required = true };
        var command = new Command("template", "Write a scheme's criteria workbook (sheets Kriteria, Bobot, Skala) to adapt and import again with 'sakip lke scheme import'.")
        {
            scheme, schemeFile, path,
        };
        command.SetAction(parse =>
        {
            const string Name = "lke scheme template";
            var context = CliContext.Current;
            if (CliCatalogue.From(parse, Name, error) is not { } catalogue
                || EvaluationFile.Chosen(catalogue, parse.GetValue(scheme), parse.GetValue(schemeFile), Name, error) is not { } chosen)
            {
                return SakipApp.InvalidInput;
            }

            using var workbook = new MemoryStream();
            CriteriaWorkbook.Write(chosen, workbook);
            var target = parse.GetValue(path)!;
            if (!OutputFile.TryWrite(target, workbook.ToArray(), Name, error))
            {
                return SakipApp.InvalidInput;
            }

            output.WriteLine(context.T(
                $"Buku kerja kriteria {chosen.Id} ditulis ke {Path.GetFullPath(target)}. Sesuaikan lembar Kriteria, Bobot dan Skala, lalu: sakip lke scheme import {target} --output skema.json",
                $"Wrote the criteria workbook of {chosen.Id} to {Path.GetFullPath(target)}. Adapt sheets Kriteria, Bobot and Skala, then: sakip lke scheme import {target} --output scheme.json"));
            return 0;
        });
        return command;
    }
}
