using Sakip.Domain.Achievement;
using Sakip.Domain.Text;

namespace Sakip.Domain;

internal static partial class Messages
{
    // The rule catalogue (Catalogues/): each names the id, the family and where the item came from.
    public static Reason DuplicateId(BilingualText family, string id, BilingualText first, BilingualText second) => new(
        "duplicate-id",
        $"{family.English} ids must be unique, but '{id}' is used twice ({first.English} and {second.English}); give one of them its own id",
        $"id {family.Indonesian} harus unik, tetapi '{id}' dipakai dua kali ({first.Indonesian} dan {second.Indonesian}); beri salah satunya id sendiri");

    public static Reason BuiltInIdTaken(BilingualText family, string id, BilingualText source) => new(
        "built-in-id",
        $"'{id}' is the id of a built-in {family.English}, but the one added by {source.English} differs from it; a derived {family.English} needs its own id (e.g. RuleSets.Default with {{ Id = \"my-region-2025\", … }})",
        $"'{id}' adalah id {family.Indonesian} bawaan, tetapi yang ditambahkan oleh {source.Indonesian} berbeda darinya; turunan memerlukan id sendiri (mis. RuleSets.Default with {{ Id = \"daerah-saya-2025\", … }})");

    public static Reason BlankId(BilingualText family, BilingualText source) => new(
        "blank-id",
        $"every {family.English} needs an id, but one from {source.English} has none",
        $"setiap {family.Indonesian} memerlukan id, tetapi satu dari {source.Indonesian} tidak memilikinya");

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

    public static Reason ConflictingPart(BilingualText family, string id, BilingualText owner) => new(
        "conflicting-part",
        $"the {family.English} '{id}' of {owner.English} differs from the catalogue's {family.English} with that id; use that one, or give yours its own id",
        $"{family.Indonesian} '{id}' pada {owner.Indonesian} berbeda dari {family.Indonesian} dengan id itu dalam katalog; gunakan yang ada, atau beri id sendiri");

    public static readonly Reason CapBelowHundred = new(
        "cap-below-100",
        "the cap must be at least 100: a lower cap would cut the capaian of indicators that met their target",
        "batas atas harus paling sedikit 100: batas yang lebih rendah memotong capaian indikator yang mencapai targetnya");

    public static Reason BadFormula(BilingualText detail) => new(
        "bad-formula",
        $"the formula is not usable: {detail.English}",
        $"rumus tidak dapat digunakan: {detail.Indonesian}");

    public static Reason BadRule(BilingualText detail) => new(
        "bad-rule",
        $"the alignment rule is not usable: {detail.English}",
        $"aturan keselarasan tidak dapat digunakan: {detail.Indonesian}");

    public static Reason PluginFailed(string plugin, BilingualText why) => new(
        "plugin-failed",
        $"the plugin '{plugin}' failed while registering its rules: {why.English}",
        $"plugin '{plugin}' gagal saat mendaftarkan aturannya: {why.Indonesian}");

    private static string Name(Polarity polarity, Language language) => (polarity, language) switch
    {
        (Polarity.Negative, Language.Indonesian) => "negatif",
        (Polarity.Negative, _) => "negative",
        (_, Language.Indonesian) => "positif",
        _ => "positive",
    };
}
