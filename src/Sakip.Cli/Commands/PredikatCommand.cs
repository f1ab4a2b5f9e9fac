using System.CommandLine;
using System.Globalization;
using Sakip.Cli.Output;
using Sakip.Domain.Catalogues;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Values;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip predikat</c>: the grade (predikat) of an LKE score under a scheme's grade table.</summary>
internal static class PredikatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var score = new Argument<string>("score") { Description = "The LKE total, 0-100, e.g. 90 or 64.8375." };
        var scheme = SchemeOption();
        var culture = new Option<string?>("--culture") { Description = "Culture of the score, e.g. id-ID for 90,004 (default: invariant, 90.004)." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a line." };
        var command = new Command("predikat", "Grade an LKE score (predikat AA ... D) under a scheme's grade table, with its deciding rule (the total rounded to 2 decimals half up).")
        {
            score, scheme, culture, json,
        };
        command.SetAction(parse => CliCatalogue.From(parse, "predikat", error) is not { } catalogue
            ? SakipApp.InvalidInput
            : Run(parse.GetValue(score)!, parse.GetValue(scheme)!, parse.GetValue(culture), parse.GetValue(json), output, error, catalogue));
        return command;
    }

    /// <summary>The <c>--scheme</c> option: a scheme id (a built-in, or a plugin's), the default 88/2021.</summary>
    public static Option<string> SchemeOption() =>
        new("--scheme") { Description = $"Evaluation scheme: {EvaluationSchemes.Default.Id} (default), {string.Join(", ", EvaluationSchemes.All.Where(s => s != EvaluationSchemes.Default).Select(s => s.Id))}, or one a --plugin adds.", DefaultValueFactory = _ => EvaluationSchemes.Default.Id };

    internal static int Run(string scoreText, string schemeId, string? cultureName, bool asJson, TextWriter output, TextWriter error, RuleCatalogue? catalogue = null)
    {
        var problems = new List<string>();
        var culture = CapaianCommand.ResolveCulture(cultureName, problems);
        catalogue ??= RuleCatalogue.BuiltIn;
        var scheme = catalogue.EvaluationSchemes.TryGet(schemeId, out var found) ? found : null;
        if (scheme is null)
        {
            problems.Add(CliCatalogue.Unknown(catalogue.EvaluationSchemes, schemeId, "--scheme", "evaluation scheme"));
        }

        if (problems.Count > 0 || scheme is null)
        {
            problems.ForEach(p => error.WriteLine($"sakip predikat: invalid input: {p}"));
            return SakipApp.InvalidInput;
        }

        // The one number reader of every command: the culture's grouping rule, exact or refused.
        var parsed = DecimalReader.TryParse(scoreText, culture);
        if (!parsed.TryGetValue(out var score))
        {
            problems.Add($"score '{scoreText}': {parsed.Problems[0].Reason.Message.English}");
        }
        else if (score is < GradeTable.MinimumScore or > GradeTable.MaximumScore)
        {
            problems.Add($"score '{scoreText}': must be between {GradeTable.MinimumScore} and {GradeTable.MaximumScore}");
        }

        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error.WriteLine($"sakip predikat: invalid input: {problem}");
            }

            return SakipApp.InvalidInput;
        }

        var table = scheme.Grades;
        var deciding = table.DecidingScore(score);
        var graded = table.Classify(deciding);
        if (!graded.IsSuccess)
        {
            error.WriteLine($"sakip predikat: invalid input: score '{scoreText}': {graded.Problems[0].Reason.Message.English}");
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
                json.WriteString("rule", EvaluationView.GradeRule(table, CultureInfo.InvariantCulture));
                json.WriteEndObject();
            },
                indented: false));
            return 0;
        }

        var decidingText = table.Deciding is { } rule ? deciding.ToString("F" + rule.Decimals.ToString(CultureInfo.InvariantCulture), culture) : deciding.ToString(culture);
        output.WriteLine($"{score.ToString(culture)} → deciding score {decidingText} → {grade.Code} {grade.Label.Indonesian} ({scheme.Name}: {EvaluationView.GradeRule(table, culture)})");
        return 0;
    }
}
