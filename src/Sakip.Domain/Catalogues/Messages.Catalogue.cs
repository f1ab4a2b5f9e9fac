using Sakip.Domain.Achievement;
using Sakip.Domain.Text;

namespace Sakip.Domain;

internal static partial class Messages
{
    // The rule catalogue (Catalogues/): each names the id, the family and where the item came from.
    public static Reason DuplicateId(string family, string id, string first, string second) => new(
        "duplicate-id",
        $"two {family}s have the id '{id}' ({first} and {second}); give one of them its own id",
        $"dua {family} memiliki id '{id}' ({first} dan {second}); beri salah satunya id sendiri");

    public static Reason BuiltInIdTaken(string family, string id, string source) => new(
        "built-in-id",
        $"'{id}' is the id of a built-in {family}, but the {family} {source} adds differs from it; a derived {family} needs its own id (e.g. RuleSets.Default with {{ Id = \"my-region-2025\", … }})",
        $"'{id}' adalah id {family} bawaan, tetapi {family} yang ditambahkan {source} berbeda darinya; turunan memerlukan id sendiri (mis. RuleSets.Default with {{ Id = \"daerah-saya-2025\", … }})");

    public static Reason BlankId(string family, string source) => new(
        "blank-id",
        $"a {family} from {source} has no id",
        $"sebuah {family} dari {source} tidak memiliki id");

    public static Reason UnknownFormula(string id, string available) => new(
        "unknown-formula",
        $"no formula in the catalogue has the id '{id}' (the formulas are: {available}); add the formula, or the plugin that brings it, to the catalogue",
        $"tidak ada rumus dengan id '{id}' dalam katalog (rumus yang ada: {available}); tambahkan rumus itu, atau plugin yang membawanya, ke katalog");

    public static Reason UnknownRuleSet(string id, string available) => new(
        "unknown-rule-set",
        $"no rule set in the catalogue has the id '{id}' (the rule sets are: {available}); add the plugin or the rule set file that defines it",
        $"tidak ada aturan dengan id '{id}' dalam katalog (aturan yang ada: {available}); tambahkan plugin atau berkas aturan yang mendefinisikannya");

    public static Reason FormulaPolarity(string id, Polarity expected, Polarity actual) => new(
        "formula-polarity",
        $"the formula '{id}' is for {Name(actual, Language.English)} indicators, not {Name(expected, Language.English)} ones",
        $"rumus '{id}' untuk indikator {Name(actual, Language.Indonesian)}, bukan {Name(expected, Language.Indonesian)}");

    public static Reason ConflictingPart(string family, string id, string owner) => new(
        "conflicting-part",
        $"the {family} '{id}' of {owner} differs from the catalogue's {family} with that id; use that one, or give yours its own id",
        $"{family} '{id}' pada {owner} berbeda dari {family} dengan id itu dalam katalog; gunakan yang ada, atau beri id sendiri");

    public static readonly Reason CapBelowHundred = new(
        "cap-below-100",
        "the cap must be at least 100: a lower cap would cut the capaian of indicators that met their target",
        "batas atas harus paling sedikit 100: batas yang lebih rendah memotong capaian indikator yang mencapai targetnya");

    public static Reason BadFormula(string detail) => new(
        "bad-formula",
        $"the formula is not usable: {detail}",
        $"rumus tidak dapat digunakan: {detail}");

    public static Reason BadRule(string detail) => new(
        "bad-rule",
        $"the alignment rule is not usable: {detail}",
        $"aturan keselarasan tidak dapat digunakan: {detail}");

    public static Reason PluginFailed(string plugin, string detail) => new(
        "plugin-failed",
        $"the plugin '{plugin}' failed while registering its rules: {detail}",
        $"plugin '{plugin}' gagal saat mendaftarkan aturannya: {detail}");

    private static string Name(Polarity polarity, Language language) => (polarity, language) switch
    {
        (Polarity.Negative, Language.Indonesian) => "negatif",
        (Polarity.Negative, _) => "negative",
        (_, Language.Indonesian) => "positif",
        _ => "positive",
    };
}
