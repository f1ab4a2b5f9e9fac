using Sakip.Domain.Explanations;
using Sakip.Domain.Text;

namespace Sakip.Domain.Achievement.Formulas;

/// <summary>C = R / T × 100, shared by the positive ratio and the plain ratio that ignores polarity: defined only for
/// T &gt; 0; a negative realisation gives a negative achievement.</summary>
internal static class Ratio
{
    /// <summary>R / T × 100 with a formula step worded as given; T = 0 gives <paramref name="zeroTarget"/>, T &lt; 0
    /// is not measurable naming the formula.</summary>
    public static FormulaOutcome Evaluate(string formulaId, decimal target, decimal realisation, Reason zeroTarget, string english, string indonesian)
    {
        if (target == 0m)
        {
            return FormulaOutcome.NotMeasurable(zeroTarget);
        }

        if (target < 0m)
        {
            return FormulaOutcome.NotMeasurable(Messages.NegativeTargetUnsupported(formulaId));
        }

        var value = Value(target, realisation);
        return FormulaOutcome.Measured(value, new ExplanationStep("formula", english, indonesian, target, realisation, value));
    }

    /// <summary>R / T × 100 where <see cref="Evaluate"/> measures it (T &gt; 0).</summary>
    public static bool TryValue(decimal target, decimal realisation, out decimal value)
    {
        var positive = decimal.Sign(target) > 0;
        value = positive ? Value(target, realisation) : 0m;
        return positive;
    }

    private static decimal Value(decimal target, decimal realisation) => realisation * 100m / target;
}
