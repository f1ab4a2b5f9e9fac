using System.Globalization;
using Sakip.Domain.Bands;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Interactive;

/// <summary>How the views present figures and colour bands: the library's own number formats
/// (<see cref="Cultures.For"/>: decimal comma in Indonesian, point in English), rounded by the rule in force.</summary>
internal static class Figures
{
    /// <summary>The culture numbers are written in for a language.</summary>
    public static CultureInfo Culture(Language language) => Cultures.For(language);

    /// <summary>A presented percentage with a fixed number of decimals, e.g. <c>113,33 %</c>.</summary>
    public static string Percent(Percentage presented, int decimals, Language language) =>
        presented.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), Culture(language));

    /// <summary>A percentage as presented by a rounding rule (the rule in force, or the default rule set's).</summary>
    public static string Percent(Percentage value, RoundingRule rounding, Language language) =>
        Percent(value.Round(rounding), rounding.Decimals, language);

    /// <summary>A measured number (an input: target, realisation) with its own digits and the culture's grouping,
    /// e.g. <c>7.500</c>, <c>12,5</c>; a number with more than six decimals (a computed one) is rounded half up to
    /// six.</summary>
    public static string Number(decimal value, Language language)
    {
        var shown = value.Scale > 6 ? Math.Round(value, 6, MidpointRounding.AwayFromZero) : value;
        return shown.ToString("#,0.######", Culture(language));
    }

    /// <summary>A measure, as <see cref="Number"/>.</summary>
    public static string Measure(Measure value, Language language) => Number(value.Value, language);

    /// <summary>A target: a point as <see cref="Number"/>, a range as <c>lower – upper</c>.</summary>
    public static string Target(Target target, Language language) => target.IsRange
        ? Number(target.Lower, language) + " – " + Number(target.Upper, language)
        : Number(target.Lower, language);

    /// <summary>An LKE score as presented: rounded by <paramref name="rounding"/>, with its decimals.</summary>
    public static string Score(decimal value, RoundingRule rounding, Language language) =>
        rounding.Apply(value).ToString("N" + rounding.Decimals.ToString(CultureInfo.InvariantCulture), Culture(language));

    /// <summary>The rule set of an id and version, when it is a built-in one.</summary>
    public static RuleSet? RuleSet(string? id, int version) =>
        RuleSets.TryGet(id, out var rules) && rules.Version == version ? rules : null;

    /// <summary>How many bands the set behind a band has: the built-in rule set's when known, else the worst rank
    /// seen (at least the band's own rank).</summary>
    public static int BandCount(RuleSet? rules, int worstSeen) => rules?.Bands.Bands.Count ?? Math.Max(worstSeen, 1);

    /// <summary>A band as a coloured label.</summary>
    public static string BandBadge(Band band, int bandCount, Language language) =>
        Html.Badge(band.Label.In(language), BandPalette.Fill(band.Rank, bandCount), BandPalette.Stroke(band.Rank, bandCount));
}
