using System.CommandLine;
using Sakip.Domain.Rules;

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

    /// <summary>A year outside the document's data, one rule for every command that takes <c>--year</c> (measure,
    /// tree, whatif): the document has neither a Perjanjian Kinerja nor a realisation of that year. Such a year is
    /// invalid input (exit 2), never a tree or table of "no data".</summary>
    /// <returns>The message, or null when the document has data for the year.</returns>
    /// <remarks>A year outside 1900–2200 is left to the library, which says so.</remarks>
    public static string? YearOutsideData(Domain.Planning.SakipDocument document, int year)
    {
        if (year is < 1900 or > 2200)
        {
            return null;
        }

        var years = document.PerjanjianKinerja.Select(pk => pk.Year).Concat(document.Realisations.Select(r => r.Period.Year)).Distinct().Order().ToList();
        if (years.Contains(year))
        {
            return null;
        }

        var held = years.Count == 0 ? CliContext.Current.T("tidak ada", "none") : string.Join(", ", years);
        return CliContext.Current.T(
            $"--year {year}: dokumen tidak memiliki data tahun itu (tidak ada perjanjian kinerja maupun realisasi); tahun yang ada datanya: {held}",
            $"--year {year}: the document has no data for that year (no perjanjian kinerja and no realisation); the years with data: {held}");
    }

    public static Option<int> Decimals() => new("--decimals") { Description = "Decimals shown (0-28).", DefaultValueFactory = _ => 2 };

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
            error.WriteLine($"{CliContext.Current.Invalid(command)}: --decimals {decimals}: {CliContext.Current.T("harus antara 0 dan 28", "must be between 0 and 28")}");
            return null;
        }

        return CliCatalogue.RuleSet(catalogue, ruleSetId, command, error) is { } rules
            ? rules with { Rounding = new RoundingRule(ToRounding(rounding), decimals) }
            : null;
    }
}
