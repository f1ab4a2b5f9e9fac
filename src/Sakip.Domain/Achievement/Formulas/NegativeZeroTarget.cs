using Sakip.Domain.Explanations;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Achievement.Formulas;

/// <summary>
/// What both built-in negative formulas do with a target of zero ("zero incidents") or a negative target,
/// following <see cref="RuleSet.NegativeZeroTarget"/>.
/// </summary>
internal static class NegativeZeroTarget
{
    /// <summary>Returns the outcome for T ≤ 0, or <see langword="null"/> when the formula itself applies.</summary>
    public static FormulaOutcome? Applies(decimal target, decimal realisation, RuleSet rules, string formulaId)
    {
        if (target < 0m)
        {
            return FormulaOutcome.NotMeasurable(Messages.NegativeTargetUnsupported(formulaId));
        }

        if (target != 0m)
        {
            return null;
        }

        if (rules.NegativeZeroTarget == NegativeZeroTargetRule.NotMeasurable)
        {
            return FormulaOutcome.NotMeasurable(Messages.ZeroTargetNegative);
        }

        var met = realisation <= 0m;
        return FormulaOutcome.Measured(met ? 100m : 0m, new ExplanationStep(
            "zero-target-binary",
            met
                ? "T = 0 on a negative indicator: R = {0} ≤ 0 meets the target, C = {1}"
                : "T = 0 on a negative indicator: R = {0} > 0 misses the target, C = {1}",
            met
                ? "T = 0 pada indikator negatif: R = {0} ≤ 0 memenuhi target, C = {1}"
                : "T = 0 pada indikator negatif: R = {0} > 0 tidak memenuhi target, C = {1}",
            realisation,
            met ? 100m : 0m));
    }
}
