using System.Diagnostics.CodeAnalysis;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Rules;

/// <summary>The built-in rule sets.</summary>
public static class RuleSets
{
    /// <summary>
    /// <c>sakip-reflected</c> (the default): negative indicators use the reflected formula (2T − R) / T × 100,
    /// the only one printed in a KemenPAN-RB regulation; no cap; zero targets on negative indicators are binary;
    /// two decimals half up; Kemendagri five-band scale; plain mean across indicators.
    /// </summary>
    public static RuleSet Reflected { get; } = new()
    {
        Id = "sakip-reflected",
        Version = 1,
        Name = "SAKIP, rumus negatif refleksi (PermenPAN-RB 8/2021)",
        LegalBasis = "PermenPAN-RB 8/2021, Lampiran (negative 'kondisi khusus' formula (2T - R) / T x 100, as Lampung LKj 2015/2016 and Wonogiri LKjIP 2020 print it); PermenPAN-RB 53/2014 (performance reports); no cap as in published LKjIPs; Kemendagri scale of Permendagri 86/2017 evaluation forms",
        NegativeFormulaId = NegativeReflectedFormula.FormulaId,
    };

    /// <summary>
    /// <c>sakip-inverse</c>: as <see cref="Reflected"/> but negative indicators use the inverse formula T / R × 100,
    /// as some regions and e-SAKIP apps do (the report behind the library's example is unattributed: docs/rules.md,
    /// "Unattributed"); R = 0 scores 100.
    /// </summary>
    public static RuleSet Inverse { get; } = Reflected with
    {
        Id = "sakip-inverse",
        Version = 1,
        Name = "SAKIP, rumus negatif invers (praktik daerah)",
        LegalBasis = "Regional practice and e-SAKIP apps (T / R x 100); no regulation prints it",
        NegativeFormulaId = NegativeInverseFormula.FormulaId,
    };

    /// <summary>The default rule set: <see cref="Reflected"/>.</summary>
    public static RuleSet Default => Reflected;

    /// <summary>Every built-in rule set, in a fixed order.</summary>
    public static IReadOnlyList<RuleSet> All => Catalogue.All;

    /// <summary>Finds a built-in rule set by id.</summary>
    /// <param name="id">The id, e.g. <c>sakip-inverse</c>; white space around it and letter case are ignored.</param>
    /// <param name="ruleSet">The rule set, when found.</param>
    /// <returns>Whether a built-in rule set has that id (<see langword="false"/> for a <see langword="null"/> id).</returns>
    public static bool TryGet(string? id, [NotNullWhen(true)] out RuleSet? ruleSet) => Catalogue.TryGet(id, out ruleSet);

    /// <summary>The built-in rule set with an id the caller knows is there.</summary>
    /// <param name="id">The id; white space around it and letter case are ignored.</param>
    /// <returns>The rule set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">No built-in rule set has that id; the message lists the ids there are.</exception>
    public static RuleSet Get(string id) => Catalogue.Get(id);

    /// <summary>The lookup; after the items, which it lists, so they are created first.</summary>
    private static Catalogue<RuleSet> Catalogue { get; } = new("rule set", x => x.Id, Reflected, Inverse);
}
