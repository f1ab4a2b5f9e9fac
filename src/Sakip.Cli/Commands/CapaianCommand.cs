using System.CommandLine;
using System.Globalization;
using Sakip.Cli.Output;
using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Cli.Commands;

/// <summary><c>sakip capaian</c>: the achievement calculator.</summary>
internal static class CapaianCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var target = new Option<string>("--target") { Description = "Target: a number T, or a range LO..HI.", Required = true };
        var realisasi = new Option<string?>("--realisasi") { Description = "Realisation R. Omit when not reported (the result is then 'not-reported', never 0)." };
        var polarity = new Option<string>("--polarity") { Description = "positive (higher is better) or negative (lower is better).", DefaultValueFactory = _ => "positive" };
        polarity.AcceptOnlyFromAmong("positive", "negative");
        var formula = new Option<string>("--formula")
        {
            Description = "Negative formula: reflected ((2T - R) / T x 100, the default rule set's), inverse (T / R x 100), or plain-ratio (R / T x 100 ignoring polarity, only to reproduce reports that print it; never the default).",
            DefaultValueFactory = _ => "reflected",
        };
        formula.AcceptOnlyFromAmong("reflected", "inverse", "plain-ratio");
        var allowNegative = new Option<bool>("--allow-negative")
        {
            Description = "The indicator can take negative values (economic growth, inflation, trade balance): compute with a negative target or realisation (-1.41 against 2 gives -70.50 %). Without it a negative value is refused.",
        };
        var cap = new Option<string?>("--cap") { Description = "Highest capaian reported (default: no cap, as published LKjIPs)." };
        var rounding = new Option<string>("--rounding") { Description = "Presentation rounding: truncate, half-up or half-even.", DefaultValueFactory = _ => "half-up" };
        rounding.AcceptOnlyFromAmong("truncate", "half-up", "half-even");
        var decimals = new Option<int>("--decimals") { Description = "Decimals shown (0-28).", DefaultValueFactory = _ => 2 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a line." };

        var command = new Command("capaian", "Compute one indicator's achievement (capaian) from its target and realisation.")
        {
            target, realisasi, polarity, formula, allowNegative, cap, rounding, decimals, json,
        };
        command.SetAction(parse => Run(
            new Request(
                parse.GetValue(target)!,
                parse.GetValue(realisasi),
                parse.GetValue(polarity)!,
                parse.GetValue(formula)!,
                parse.GetValue(cap),
                parse.GetValue(rounding)!,
                parse.GetValue(decimals),
                parse.GetValue(json),
                parse.GetValue(allowNegative)),
            output,
            error));
        return command;
    }

    internal static int Run(Request request, TextWriter output, TextWriter error)
    {
        var context = CliContext.Current;
        var culture = context.Culture;
        var problems = new List<string>();
        var target = Target.TryParse(request.Target, culture);
        if (target.Problems is [var targetFailure, ..])
        {
            problems.Add($"--target '{request.Target}': {context.NumberProblem(request.Target, targetFailure.Reason)}");
        }

        Measure? realisation = null;
        if (request.Realisasi is not null)
        {
            var parsed = Measure.TryParse(request.Realisasi, culture);
            if (parsed.Problems is [var failure, ..])
            {
                problems.Add($"--realisasi '{request.Realisasi}': {context.NumberProblem(request.Realisasi, failure.Reason)}");
            }
            else
            {
                realisation = parsed.GetValueOrThrow();
            }
        }

        decimal? capValue = null;
        if (request.Cap is not null)
        {
            var parsed = Measure.TryParse(request.Cap, culture);
            if (parsed.Problems is [var failure, ..])
            {
                problems.Add($"--cap '{request.Cap}': {context.NumberProblem(request.Cap, failure.Reason)}");
            }
            else if (parsed.GetValueOrThrow().Value <= 0m)
            {
                problems.Add($"--cap '{request.Cap}': {context.T("batas atas harus lebih dari 0", "the cap must be greater than 0")}");
            }
            else
            {
                capValue = parsed.GetValueOrThrow().Value;
            }
        }

        if (request.Decimals is < 0 or > 28)
        {
            problems.Add($"--decimals {request.Decimals}: {context.T("harus antara 0 dan 28", "must be between 0 and 28")}");
        }

        if (problems.Count > 0)
        {
            return Fail(error, problems);
        }

        var rules = (request.Formula == "inverse" ? RuleSets.Inverse : RuleSets.Reflected) with
        {
            Cap = capValue,
            Rounding = new RoundingRule(ParseRounding(request.Rounding), request.Decimals),
        };
        var polarity = request.Polarity == "negative" ? Polarity.Negative : Polarity.Positive;
        var input = new AchievementInput(target.GetValueOrThrow(), realisation, polarity)
        {
            AllowsNegativeValues = request.AllowNegative,
            FormulaId = request.Formula == "plain-ratio" && polarity == Polarity.Negative ? NegativePlainRatioFormula.FormulaId : null,
        };
        var result = new AchievementCalculator(rules).Calculate(input);
        if (result.AsInvalidInput is { } invalid)
        {
            return Fail(error, invalid.Problems.Select(p => $"--{OptionOf(p.Path)}: {Describe(p.Reason, context)}"));
        }

        output.WriteLine(request.Json ? ToJson(result, rules) : ToLine(result, context));
        return 0;
    }

    internal static string StatusId(AchievementStatus status) => status switch
    {
        AchievementStatus.Achieved => "achieved",
        AchievementStatus.NotReported => "not-reported",
        AchievementStatus.NotMeasurable => "not-measurable",
        _ => "invalid-input",
    };

    private static string OptionOf(string path) => path switch
    {
        "realisation" => "realisasi",
        _ => path,
    };

    private static string Describe(Reason reason, CliContext context) => reason.Code == "negative-not-allowed"
        ? context.T(
            "nilai negatif tidak diperbolehkan untuk indikator ini; berikan --allow-negative bila nilainya dapat negatif (pertumbuhan ekonomi, inflasi, neraca perdagangan)",
            "a negative value is not allowed for this indicator; pass --allow-negative if its values can be negative (economic growth, inflation, trade balance)")
        : context.T(reason.Message);

    private static int Fail(TextWriter error, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            error.WriteLine($"{CliContext.Current.Invalid("capaian")}: {problem}");
        }

        return SakipApp.InvalidInput;
    }

    private static RoundingMode ParseRounding(string text) => text switch
    {
        "truncate" => RoundingMode.Truncate,
        "half-even" => RoundingMode.HalfEven,
        _ => RoundingMode.HalfUp,
    };

    private static string ToLine(AchievementResult result, CliContext context)
    {
        var culture = context.Culture;
        var e = result.Explanation;
        var inputs = $"T {e.Target.ToString(null, culture)}, R {(e.Realisation is { } r ? r.ToString(null, culture) : "-")}";
        return result.Match(
            a => context.T(
                $"capaian {a.Presented.ToString(null, culture)} ({a.Band.Label.Indonesian}){(a.IsCapped ? $" dibatasi dari {a.UncappedValue.Round(e.Rounding!.Value).ToString(null, culture)}" : "")}: {e.FormulaId} {e.FormulaExpression}, {inputs}, set aturan {e.RuleSetId}",
                $"achievement {a.Presented.ToString(null, culture)} ({a.Band.Label.English}){(a.IsCapped ? $" capped from {a.UncappedValue.Round(e.Rounding!.Value).ToString(null, culture)}" : "")}: {e.FormulaId} {e.FormulaExpression}, {inputs}, rule set {e.RuleSetId}"),
            n => context.T($"tidak dilaporkan: {e.Reason?.Message.Indonesian}; {inputs}", $"not reported: {e.Reason?.Message.English}; {inputs}"),
            m => context.T($"tidak terukur: {m.Reason.Message.Indonesian}; {inputs}, rumus {e.FormulaId}", $"not measurable: {m.Reason.Message.English}; {inputs}, formula {e.FormulaId}"),
            i => context.T($"masukan tidak valid: {string.Join("; ", i.Problems.Select(p => p.ToString(Language.Indonesian)))}", $"invalid input: {string.Join("; ", i.Problems.Select(p => p.ToString(Language.English)))}"));
    }

    private static string ToJson(AchievementResult result, RuleSet rules)
    {
        var e = result.Explanation;
        return JsonOutput.Write(
            json =>
        {
            json.WriteStartObject();
            json.WriteString("status", StatusId(result.Status));
            if (result.Presented is { } presented)
            {
                json.WriteNumber("capaian", presented.Value);
                json.WriteString("exact", result.Percent!.Value.Value.ToString(CultureInfo.InvariantCulture));
                json.WriteBoolean("capped", result.AsAchieved!.IsCapped);
                json.WriteString("band", result.Band!.Label.Indonesian);
                json.WriteNumber("bandRank", result.Band.Rank);
            }
            else
            {
                json.WriteNull("capaian");
                json.WriteNull("band");
            }

            json.WriteString("formula", e.FormulaId);
            json.WriteNumber("formulaVersion", e.FormulaVersion);
            json.WriteString("ruleSet", e.RuleSetId);
            json.WriteNumber("ruleSetVersion", e.RuleSetVersion);
            json.WriteString("polarity", e.Polarity == Polarity.Negative ? "negative" : "positive");
            json.WriteString("target", e.Target.ToString());
            if (e.Realisation is { } realisation)
            {
                json.WriteNumber("realisasi", realisation.Value);
            }
            else
            {
                json.WriteNull("realisasi");
            }

            json.WriteString("rounding", RoundingRule.IdOf(rules.Rounding.Mode));
            json.WriteNumber("decimals", rules.Rounding.Decimals);
            if (rules.Cap is { } cap)
            {
                json.WriteNumber("cap", cap);
            }
            else
            {
                json.WriteNull("cap");
            }

            if (result.Reason is { } reason && !result.IsAchieved)
            {
                json.WriteString("reason", reason.Message.English);
                json.WriteString("reasonCode", reason.Code);
            }

            json.WriteStartObject("explanation");
            json.WriteString("en", e.ToSentence(Language.English));
            json.WriteString("id", e.ToSentence(Language.Indonesian));
            json.WriteEndObject();
            json.WriteEndObject();
        },
            indented: false);
    }

    internal sealed record Request(
        string Target,
        string? Realisasi,
        string Polarity,
        string Formula,
        string? Cap,
        string Rounding,
        int Decimals,
        bool Json,
        bool AllowNegative);
}
