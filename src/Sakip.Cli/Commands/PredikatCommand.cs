using System.CommandLine;
using System.Globalization;
using Sakip.Cli.Output;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Values;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip predikat</c>: the grade (predikat) of an LKE score under a scheme's grade table.</summary>
internal static class PredikatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var score = new Argument<string>("score") { Description = "The LKE total, 0-100, in the --culture (default the --lang's): e.g. 64,8375 (id) or 64.8375 (en, --culture invariant)." };
        var scheme = SchemeOption();
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a line." };
        var schemeFile = SchemeFileOption();
        var command = new Command("predikat", "Grade an LKE score (predikat AA ... D) under a scheme's grade table, with its deciding rule (the total rounded to 2 decimals half up).")
        {
            score, scheme, schemeFile, json,
        };
        command.SetAction(parse => CliCatalogue.From(parse, "predikat", error) is not { } catalogue
            || EvaluationFile.Chosen(catalogue, parse.GetValue(scheme), parse.GetValue(schemeFile), "predikat", error) is not { } chosen
            ? SakipApp.InvalidInput
            : Run(parse.GetValue(score)!, chosen, parse.GetValue(json), output, error));
        return command;
    }

    /// <summary>The <c>--scheme</c> option: a scheme id (a built-in, or a plugin's), the default 88/2021.</summary>
    public static Option<string?> SchemeOption() =>
        new("--scheme") { Description = $"Evaluation scheme: {EvaluationSchemes.Default.Id}, {string.Join(", ", EvaluationSchemes.All.Where(s => s != EvaluationSchemes.Default).Select(s => s.Id))}, or one a --plugin adds (default: the --scheme-file's scheme, else {EvaluationSchemes.Default.Id})." };

    /// <summary>The <c>--scheme-file</c> option of the commands that take <c>--scheme</c>.</summary>
    public static Option<string?> SchemeFileOption() =>
        new("--scheme-file") { Description = "A custom scheme file (JSON, see docs/evaluation-scheme.md) to use instead of a built-in scheme." };

    internal static int Run(string scoreText, EvaluationScheme scheme, bool asJson, TextWriter output, TextWriter error)
    {
        var context = CliContext.Current;
        var culture = context.Culture;
        var problems = new List<string>();

        // The one number reader of every command: the culture's grouping rule, exact or refused.
        var parsed = DecimalReader.TryParse(scoreText, culture);
        if (!parsed.TryGetValue(out var score))
        {
            problems.Add($"{context.T("nilai", "score")} '{scoreText}': {context.NumberProblem(scoreText, parsed.Problems[0].Reason)}");
        }
        else if (score is < GradeTable.MinimumScore or > GradeTable.MaximumScore)
        {
            problems.Add($"{context.T("nilai", "score")} '{scoreText}': {context.T($"harus antara {GradeTable.MinimumScore} dan {GradeTable.MaximumScore}", $"must be between {GradeTable.MinimumScore} and {GradeTable.MaximumScore}")}");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"{CliContext.Current.Invalid("predikat")}: {problem}");
            }

            return SakipApp.InvalidInput;
        }

        var table = scheme.Grades;
        var deciding = table.DecidingScore(score);
        var graded = table.Classify(deciding);
        if (!graded.IsSuccess)
        {
            error.WriteLine($"{CliContext.Current.Invalid("predikat")}: {context.T("nilai", "score")} '{scoreText}': {graded.Problems[0].Reason.Message.In(CliContext.Current.Language)}");
            return SakipApp.InvalidInput;
        }

        var grade = graded.GetValueOrThrow();
        if (asJson)
        {
            output.WriteLine(JsonOutput.Write(
                json =>
            {
                json.WriteStartObject();
                json.WriteNumber("score", score);
                json.WriteNumber("decidingScore", deciding);
                json.WriteString("scheme", scheme.Id);
                json.WriteString("basis", scheme.Basis);
                json.WriteString("predikat", grade.Code);
                json.WriteString("label", grade.Label.Indonesian);
                json.WriteString("englishLabel", grade.Label.English);
                json.WriteString("rule", EvaluationView.GradeRule(table, CliContext.Current with { Language = Domain.Text.Language.English, Culture = CultureInfo.InvariantCulture }));
                json.WriteEndObject();
            },
                indented: false));
            return 0;
        }

        var decidingText = table.Deciding is { } rule ? deciding.ToString("F" + rule.Decimals.ToString(CultureInfo.InvariantCulture), culture) : deciding.ToString(culture);
        output.WriteLine(context.T(
            $"{score.ToString(culture)} → nilai penentu {decidingText} → {grade.Code} {grade.Label.Indonesian} ({scheme.Name}: {EvaluationView.GradeRule(table, context)})",
            $"{score.ToString(culture)} → deciding score {decidingText} → {grade.Code} {grade.Label.English} ({scheme.Name}: {EvaluationView.GradeRule(table, context)})"));
        return 0;
    }
}
