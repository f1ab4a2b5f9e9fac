using System.CommandLine;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

namespace Sakip.Cli.Commands;

/// <summary>Options several commands share, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string?> RuleSet() =>
        new("--rule-set") { Description = $"Rule set: {string.Join(", ", RuleSets.All.Select(r => r.Id))}, or one a --plugin or --rule-set-file adds (default: the rule set the document states, else {RuleSets.Default.Id})." };

    /// <summary>The rule set id a command uses: the one asked for, else the document's, else the default.</summary>
    public static string RuleSetId(string? asked, Domain.Planning.SakipDocument? document) => asked ?? document?.RuleSetId ?? RuleSets.Default.Id;

    public static Option<string> Rounding()
    {
        var option = new Option<string>("--rounding") { Description = "Presentation rounding: truncate, half-up or half-even.", DefaultValueFactory = _ => "half-up" };
        option.AcceptOnlyFromAmong("truncate", "half-up", "half-even");
        return option;
    }

    public static Option<int> Decimals() => new("--decimals") { Description = "Decimals shown (0-28).", DefaultValueFactory = _ => 2 };

    public static Option<string> Language()
    {
        var option = new Option<string>("--lang") { Description = "Language of messages: id (default) or en.", DefaultValueFactory = _ => "id" };
        option.AcceptOnlyFromAmong("id", "en");
        return option;
    }

    public static Language ToLanguage(string? text) => text == "en" ? Domain.Text.Language.English : Domain.Text.Language.Indonesian;

    public static RoundingMode ToRounding(string? text) => text switch
    {
        "truncate" => RoundingMode.Truncate,
        "half-even" => RoundingMode.HalfEven,
        _ => RoundingMode.HalfUp,
    };

    /// <summary>The rule set named (among the catalogue's), with the presentation rounding asked for; null (and a
    /// message) when the decimals are out of range or no rule set has the id.</summary>
    public static RuleSet? Rules(Domain.Catalogues.RuleCatalogue catalogue, string ruleSetId, string? rounding, int decimals, string command, TextWriter error)
    {
        if (decimals is < 0 or > 28)
        {
            error.WriteLine($"sakip {command}: invalid input: --decimals {decimals}: must be between 0 and 28");
            return null;
        }

        return CliCatalogue.RuleSet(catalogue, ruleSetId, command, error) is { } rules
            ? rules with { Rounding = new RoundingRule(ToRounding(rounding), decimals) }
            : null;
    }
}
