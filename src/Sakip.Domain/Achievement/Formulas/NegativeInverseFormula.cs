using Ardalis.GuardClauses;
using Sakip.Domain.Explanations;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Achievement.Formulas;

/// <summary>
/// Negative polarity, inverse: C = T / R × 100. Used by some regions and several e-SAKIP apps; no regulation prints it
/// (the report behind the library's example is unattributed: docs/rules.md, "Unattributed").
/// </summary>
/// <remarks>
/// Never below zero; grows without bound as R approaches 0. R = 0 (the best possible outcome) follows the rule
/// set's <see cref="RuleSet.InverseZeroRealisation"/>; T = 0 follows <see cref="RuleSet.NegativeZeroTarget"/>.
/// For indicators that allow negative values, a negative realisation or target is not measurable by this formula
/// (T / R would change sign; docs/rules.md, "Negative values"). Thread-safe singleton.
/// </remarks>
public sealed class NegativeInverseFormula : IAchievementFormula, IValueFormula
{
    /// <summary>The formula's stable id.</summary>
    public const string FormulaId = "negative-inverse";

    private NegativeInverseFormula()
    {
    }

    /// <summary>The single instance.</summary>
    public static NegativeInverseFormula Instance { get; } = new();

    /// <inheritdoc />
    public string Id => FormulaId;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public Polarity Polarity => Polarity.Negative;

    /// <inheritdoc />
    public string Expression => "C = T / R × 100";

    /// <inheritdoc />
    public FormulaOutcome Evaluate(decimal target, decimal realisation, RuleSet rules)
    {
        Guard.Against.Null(rules);
        if (NegativeZeroTarget.Applies(target, realisation, rules, Id) is { } special)
        {
            return special;
        }

        if (realisation < 0m)
        {
            return FormulaOutcome.NotMeasurable(Messages.NegativeRealisationUnsupported(Id));
        }

        if (realisation == 0m)
        {
            return ZeroRealisation(target, rules);
        }

        var value = Value(target, realisation);
        return FormulaOutcome.Measured(value, new ExplanationStep(
            "formula",
            "C = T / R × 100 = {0} / {1} × 100 = {2:0.####}",
            "C = T / R × 100 = {0} / {1} × 100 = {2:0.####}",
            target,
            realisation,
            value));
    }

    private static FormulaOutcome ZeroRealisation(decimal target, RuleSet rules)
    {
        switch (rules.InverseZeroRealisation)
        {
            case InverseZeroRealisationRule.Hundred:
                return FormulaOutcome.Measured(100m, new ExplanationStep(
                    "inverse-zero-realisation",
                    "R = 0 against T = {0}: the best possible outcome; the rule set scores it {1}",
                    "R = 0 terhadap T = {0}: hasil terbaik; aturan menetapkan nilai {1}",
                    target,
                    100m));
            case InverseZeroRealisationRule.Cap when rules.Cap is { } cap:
                return FormulaOutcome.Measured(cap, new ExplanationStep(
                    "inverse-zero-realisation",
                    "R = 0 against T = {0}: the best possible outcome; the rule set scores it at the cap, {1}",
                    "R = 0 terhadap T = {0}: hasil terbaik; aturan menetapkan nilai batas atas, {1}",
                    target,
                    cap));
            case InverseZeroRealisationRule.Cap:
                return FormulaOutcome.NotMeasurable(Messages.InverseZeroRealisationWithoutCap);
            default:
                return FormulaOutcome.NotMeasurable(Messages.InverseZeroRealisation);
        }
    }

    /// <inheritdoc />
    bool IValueFormula.TryValue(decimal target, decimal realisation, out decimal value)
    {
        var plain = decimal.Sign(target) > 0 && decimal.Sign(realisation) > 0;
        value = plain ? Value(target, realisation) : 0m;
        return plain;
    }

    private static decimal Value(decimal target, decimal realisation) => target * 100m / realisation;
}
