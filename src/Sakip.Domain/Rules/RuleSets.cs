using Sakip.Domain.Achievement.Formulas;

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

    /// <summary>Every built-in rule set.</summary>
    public static IReadOnlyList<RuleSet> All { get; } = [Reflected, Inverse];

    /// <summary>Finds a built-in rule set by id.</summary>
    /// <param name="id">The id, e.g. <c>sakip-inverse</c>.</param>
    /// <returns>The rule set, or <see langword="null"/>.</returns>
    public static RuleSet? Find(string id) => All.FirstOrDefault(r => string.Equals(r.Id, id, StringComparison.OrdinalIgnoreCase));
}
