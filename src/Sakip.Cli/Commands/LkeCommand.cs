using System.CommandLine;
using Sakip.Cli.Output;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip lke</c>: the LKE evaluation (PermenPAN-RB 88/2021, 12/2015): answer templates, scores, the road
/// to the next grade, and year-over-year comparisons.</summary>
internal static class LkeCommand
{

    public static Command Create(TextWriter output, TextWriter error) =>
        new("lke", "LKE evaluation (Lembar Kerja Evaluasi): write an answer template, score answers, find the road to a grade, compare two years.")
        {
            Template(output, error),
            Score(output, error),
            Next(output, error),
            Compare(output, error),
            LkeSchemeCommand.Create(output, error),
        };

    private static Option<string> SourceOption()
    {
        var option = new Option<string>("--source") { Description = "Answers read: final-else-proposed (default: the evaluator's final answer where there is one), final or proposed (the self-assessment).", DefaultValueFactory = _ => "final-else-proposed" };
        option.AcceptOnlyFromAmong("final-else-proposed", "final", "proposed");
        return option;
    }

    private static Option<string?> MethodOption()
    {
        var option = new Option<string?>("--method") { Description = "Score the answers by this method instead of the one the evaluation names: sub-component-grades (one grade per sub-component, the official method) or criterion-grades (sub-component = weight × mean of its criteria)." };
        option.AcceptOnlyFromAmong("sub-component-grades", "criterion-grades");
        return option;
    }

    /// <summary>The evaluation under the method asked for, or null (with the problem on standard error).</summary>
    private static Evaluation? WithMethod(Evaluation evaluation, string? method, string command, TextWriter error)
    {
        if (EvaluationView.ParseMethod(method) is not { } m || m == evaluation.Method)
        {
            return evaluation;
        }

        var changed = evaluation.WithMethod(m);
        foreach (var problem in changed.Problems)
        {
            error.WriteLine($"{CliContext.Current.Invalid(command)}: --method {method}: {problem.Reason.Message.In(CliContext.Current.Language)}");
        }

        return changed.TryGetValue(out var withChange) ? withChange : null;
    }

    private static Option<string?> SchemeFileOption() => new("--scheme-file") { Description = "A custom scheme file (JSON, see docs/evaluation-scheme.md) the answer document may name besides the built-in schemes." };

    private static Option<bool> JsonOption() => new("--json") { Description = "Print one JSON object instead of text." };

    private static Option<int?> DocumentYearOption(string name = "--year") => new(name) { Description = "When the file is a SAKIP document (with evaluations): the year of the evaluation to use." };

    private static Option<string?> DocumentSubjectOption() => new("--subject") { Description = "When the file is a SAKIP document holding several evaluations of one year: whose evaluation." };

    private static Command Template(TextWriter output, TextWriter error)
    {
        var scheme = PredikatCommand.SchemeOption();
        var subject = new Option<string?>("--subject") { Description = "Who is evaluated, e.g. \"Kabupaten Contoh\" (left empty otherwise; the file then needs one before it is scored)." };
        var year = new Option<int?>("--year") { Description = "The evaluation year (left empty otherwise)." };
        var file = new Option<string?>("--output") { Description = "Write the template to this file instead of standard output." };
        var schemeFile = PredikatCommand.SchemeFileOption();
        var method = MethodOption();
        method.Description = "The method the answers will be scored by: sub-component-grades (one grade per sub-component, the official method and the 88/2021 default) or criterion-grades (a grade per criterion). Default: the scheme's.";
        var format = new Option<string>("--format") { Description = "json (the answer document, default) or xlsx (an Excel workbook with answer dropdowns and live score formulas, in the language of --lang; needs --output).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "xlsx");
        var command = new Command("template", "Write an empty answer document: a row per sub-component (its grade) and per criterion (the probing questions, or the grades when graded per criterion), with the allowed answers and their meanings, to fill in and score with 'sakip lke score'.")
        {
            scheme, schemeFile, subject, year, method, format, file,
        };
        command.SetAction(parse =>
        {
            var y = parse.GetValue(year);
            if (y is < 1900 or > 2200)
            {
                error.WriteLine($"{CliContext.Current.Invalid("lke template")}: --year {y}: {CliContext.Current.T("harus antara 1900 dan 2200", "must be between 1900 and 2200")}");
                return SakipApp.InvalidInput;
            }

            if (CliCatalogue.From(parse, "lke template", error) is not { } catalogue
                || EvaluationFile.Chosen(catalogue, parse.GetValue(scheme), parse.GetValue(schemeFile), "lke template", error) is not { } chosen)
            {
                return SakipApp.InvalidInput;
            }

            var m = EvaluationView.ParseMethod(parse.GetValue(method));
            if (m == EvaluationMethod.SubComponentGrades && !chosen.SupportsSubComponentGrades)
            {
                error.WriteLine($"{CliContext.Current.Invalid("lke template")}: --method sub-component-grades: {CliContext.Current.T($"subkomponen {chosen.Id} tidak diberi predikat; gunakan criterion-grades", $"the sub-components of {chosen.Id} take no grade; use criterion-grades")}");
                return SakipApp.InvalidInput;
            }

            var context = CliContext.Current;
            if (parse.GetValue(format) == "xlsx")
            {
                if (parse.GetValue(file) is not { } workbookPath)
                {
                    error.WriteLine($"{context.Invalid("lke template")}: --format xlsx: {context.T("buku kerja ditulis ke berkas; berikan --output, mis. --output lke.xlsx", "a workbook is written to a file; give --output, e.g. --output lke.xlsx")}");
                    return SakipApp.InvalidInput;
                }

                using var workbook = new MemoryStream();
                LkeWorkbook.WriteTemplate(chosen, workbook, new LkeWorkbookOptions { Subject = parse.GetValue(subject), Year = y, Method = m, Language = context.Language });
                if (!OutputFile.TryWrite(workbookPath, workbook.ToArray(), "lke template", error))
                {
                    return SakipApp.InvalidInput;
                }

                output.WriteLine(context.T(
                    $"Buku kerja LKE ditulis ke {Path.GetFullPath(workbookPath)}. Isi subjek dan tahun di lembar Info, pilih jawaban di lembar setiap komponen, lalu: sakip lke score {workbookPath}",
                    $"Wrote the LKE workbook to {Path.GetFullPath(workbookPath)}. Fill in the subject and year on sheet Info, choose the answers on each component's sheet, then: sakip lke score {workbookPath}"));
                return 0;
            }

            var text = EvaluationJson.Template(chosen, parse.GetValue(subject), y, m);
            if (parse.GetValue(file) is not { } path)
            {
                output.Write(text);
                return 0;
            }

            if (!OutputFile.TryWrite(path, text, "lke template", error))
            {
                return SakipApp.InvalidInput;
            }

            var bySub = (m ?? chosen.DefaultMethod) == EvaluationMethod.SubComponentGrades;
            output.WriteLine(bySub
                ? context.T(
                    $"Templat jawaban ditulis ke {Path.GetFullPath(path)}. Isi 'proposed' dan/atau 'final' (predikat setiap subkomponen di 'grades'), lalu: sakip lke score {path}",
                    $"Wrote the answer template to {Path.GetFullPath(path)}. Fill in 'proposed' and/or 'final' (the grade of every sub-component under 'grades'), then: sakip lke score {path}")
                : context.T(
                    $"Templat jawaban ditulis ke {Path.GetFullPath(path)}. Isi 'proposed' dan/atau 'final' (jawaban setiap kriteria di 'answers'), lalu: sakip lke score {path}",
                    $"Wrote the answer template to {Path.GetFullPath(path)}. Fill in 'proposed' and/or 'final' (the answer to every criterion under 'answers'), then: sakip lke score {path}"));
            return 0;
        });
        return command;
    }

    private static Command Score(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The answer document (JSON, e.g. from 'sakip lke template'), an LKE workbook (.xlsx from 'sakip lke template --format xlsx'; its own figures are checked against the library's), or a SAKIP document with evaluations." };
        var source = SourceOption();
        var schemeFile = SchemeFileOption();
        var json = JsonOption();
        var year = DocumentYearOption();
        var subject = DocumentSubjectOption();
        var method = MethodOption();
        var command = new Command("score", "Score an answer document: components and sub-components, total, deciding score, predikat, completeness and logic findings.")
        {
            file, json, source, method, schemeFile, year, subject,
        };
        command.SetAction(parse =>
        {
            var context = CliContext.Current;
            LkeSheet? sheet = null;
            if (CliCatalogue.From(parse, "lke score", error) is not { } catalogue
                || EvaluationFile.Schemes(catalogue, parse.GetValue(schemeFile), "lke score", error) is not { } schemes
                || EvaluationFile.Read(parse.GetValue(file)!, schemes, "lke score", error, out sheet, parse.GetValue(year), parse.GetValue(subject)) is not { } loaded
                || WithMethod(loaded, parse.GetValue(method), "lke score", error) is not { } evaluation)
            {
                return SakipApp.InvalidInput;
            }

            var result = evaluation.Score(EvaluationView.ParseSource(parse.GetValue(source))!.Value);
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonOutput.Write(w => EvaluationView.Json(w, result, sheet is null ? null : x => SheetView.Json(x, sheet)), indented: false));
            }
            else
            {
                output.WriteLine(EvaluationView.Text(result, context));
                if (sheet is not null)
                {
                    output.Write(SheetView.Text(sheet, context));
                }
            }

            return 0;
        });
        return command;
    }

    private static Command Next(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "The answer document (JSON), or a SAKIP document with evaluations." };
        var target = new Option<string?>("--target") { Description = "The grade to reach, e.g. BB (default: the next grade above the current one)." };
        var source = SourceOption();
        var schemeFile = SchemeFileOption();
        var json = JsonOption();
        var year = DocumentYearOption();
        var subject = DocumentSubjectOption();
        var method = MethodOption();
        var command = new Command("next", "What it takes to reach the next grade (or --target): the fewest answer improvements (sub-component grades, or criterion answers when graded per criterion), each with the points it adds.")
        {
            file, target, json, source, method, schemeFile, year, subject,
        };
        command.SetAction(parse =>
        {
            var context = CliContext.Current;
            if (Load(parse, parse.GetValue(file)!, parse.GetValue(schemeFile), "lke next", error, parse.GetValue(year), parse.GetValue(subject)) is not { } loaded
                || WithMethod(loaded, parse.GetValue(method), "lke next", error) is not { } evaluation)
            {
                return SakipApp.InvalidInput;
            }

            var table = evaluation.Scheme.Grades;
            Grade? aim = null;
            if (parse.GetValue(target) is { } code)
            {
                aim = table.Find(code);
                if (aim is null)
                {
                    error.WriteLine($"{context.Invalid("lke next")}: --target '{code}': {context.T($"bukan predikat {evaluation.Scheme.Id}; predikatnya {string.Join(", ", table.Grades.Select(g => g.Code))}", $"not a grade of {evaluation.Scheme.Id}; the grades are {string.Join(", ", table.Grades.Select(g => g.Code))}")}");
                    return SakipApp.InvalidInput;
                }
            }

            var result = evaluation.Score(EvaluationView.ParseSource(parse.GetValue(source))!.Value);
            if (!result.IsComplete)
            {
                var missing = result.Method == EvaluationMethod.SubComponentGrades
                    ? context.T($"{result.Ungraded.Count} subkomponen belum diberi predikat", $"{result.Ungraded.Count} sub-components not graded")
                    : context.T($"{result.Unanswered.Count} kriteria belum dijawab", $"{result.Unanswered.Count} criteria unanswered");
                var absent = string.Join(", ", result.Missing);
                error.WriteLine($"{context.Invalid("lke next")}: " + context.T(
                    $"evaluasi belum lengkap ({missing} dengan sumber {EvaluationView.SourceId(result.Source)}); jalan ke predikat memerlukan setiap jawaban. Belum ada: {absent}",
                    $"the evaluation is incomplete ({missing} with source {EvaluationView.SourceId(result.Source)}); a road needs every answer. Missing: {absent}"));
                return SakipApp.InvalidInput;
            }

            var road = GradeRoad.Find(result, aim);
            if (!road.IsSuccess)
            {
                foreach (var problem in road.Problems)
                {
                    error.WriteLine($"{context.Invalid("lke next")}: {problem.ToString(context.Language)}");
                }

                return SakipApp.InvalidInput;
            }

            if (parse.GetValue(json))
            {
                output.WriteLine(JsonOutput.Write(w => EvaluationView.Json(w, road.GetValueOrThrow()), indented: false));
                return 0;
            }

            output.WriteLine(EvaluationView.Heading(result, context));
            output.WriteLine(EvaluationView.Road(road.GetValueOrThrow(), context));
            return 0;
        });
        return command;
    }

    private static Command Compare(TextWriter output, TextWriter error)
    {
        var before = new Argument<string>("before") { Description = "The earlier answer document (e.g. last year's), or a SAKIP document with evaluations." };
        var after = new Argument<string>("after") { Description = "The later answer document, or a SAKIP document (it may be the same file as <before>)." };
        var source = SourceOption();
        var schemeFile = SchemeFileOption();
        var json = JsonOption();
        var beforeYear = DocumentYearOption("--before-year");
        var afterYear = DocumentYearOption("--after-year");
        var subject = DocumentSubjectOption();
        var method = MethodOption();
        var command = new Command("compare", "Compare two evaluations (year over year): per-component changes, totals, the grade change, and the sub-components and criteria whose answer changed.")
        {
            before, after, json, source, method, schemeFile, beforeYear, afterYear, subject,
        };
        command.SetAction(parse =>
        {
            var context = CliContext.Current;
            var catalogue = CliCatalogue.From(parse, "lke compare", error);
            var schemes = catalogue is null ? null : EvaluationFile.Schemes(catalogue, parse.GetValue(schemeFile), "lke compare", error);
            if (schemes is null)
            {
                return SakipApp.InvalidInput;
            }

            var earlier = EvaluationFile.Read(parse.GetValue(before)!, schemes, "lke compare", error, parse.GetValue(beforeYear), parse.GetValue(subject));
            var later = EvaluationFile.Read(parse.GetValue(after)!, schemes, "lke compare", error, parse.GetValue(afterYear), parse.GetValue(subject));
            earlier = earlier is null ? null : WithMethod(earlier, parse.GetValue(method), "lke compare", error);
            later = later is null ? null : WithMethod(later, parse.GetValue(method), "lke compare", error);
            if (earlier is null || later is null)
            {
                return SakipApp.InvalidInput;
            }

            var answers = EvaluationView.ParseSource(parse.GetValue(source))!.Value;
            var comparison = EvaluationComparison.Compare(earlier.Score(answers), later.Score(answers));
            if (parse.GetValue(json))
            {
                output.WriteLine(JsonOutput.Write(w => EvaluationView.Json(w, comparison), indented: false));
                return 0;
            }

            output.WriteLine($"LKE {earlier.Subject} {earlier.Year} ({earlier.Scheme.Id}) → {later.Subject} {later.Year} ({later.Scheme.Id}); {context.T("jawaban yang dibaca", "answers read")}: {EvaluationView.SourceId(answers)}");
            output.WriteLine(EvaluationView.Comparison(comparison, context));
            if (EvaluationView.DeltaNote(comparison, context) is { } note)
            {
                output.WriteLine(note);
            }

            foreach (var (result, when) in new[] { (comparison.Before, context.T("sebelum", "before")), (comparison.After, context.T("sesudah", "after")) }.Where(r => !r.Item1.IsComplete))
            {
                output.WriteLine($"{when}: {EvaluationView.Completeness(result, context)}");
            }

            if (comparison.Criteria.Count + comparison.SubComponents.Count > 0)
            {
                output.WriteLine(context.T(
                    $"Predikat dan jawaban yang berubah ({comparison.SubComponents.Count} subkomponen, {comparison.Criteria.Count} kriteria):",
                    $"Grades and answers that changed ({comparison.SubComponents.Count} sub-components, {comparison.Criteria.Count} criteria):"));
                foreach (var line in EvaluationView.ChangedCriteria(comparison, context.Culture, "  "))
                {
                    output.WriteLine(line);
                }
            }
            else if (!string.Equals(earlier.Scheme.Id, later.Scheme.Id, StringComparison.OrdinalIgnoreCase))
            {
                output.WriteLine(context.T("Skema berbeda: total dan predikat dibandingkan, kriteria tidak.", "Different schemes: totals and grades compared, criteria not."));
            }
            else
            {
                output.WriteLine(context.T("Tidak ada jawaban yang berubah.", "No answer changed."));
            }

            return 0;
        });
        return command;
    }

    private static Evaluation? Load(ParseResult parse, string path, string? schemeFile, string command, TextWriter error, int? year, string? subject) =>
        CliCatalogue.From(parse, command, error) is { } catalogue && EvaluationFile.Schemes(catalogue, schemeFile, command, error) is { } schemes
            ? EvaluationFile.Read(path, schemes, command, error, year, subject)
            : null;
}
