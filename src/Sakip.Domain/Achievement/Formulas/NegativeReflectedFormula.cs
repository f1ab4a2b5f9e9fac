using Ardalis.GuardClauses;
using Sakip.Domain.Explanations;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Achievement.Formulas;

/// <summary>
/// Negative polarity, reflected: C = (2T − R) / T × 100, also written (T − (R − T)) / T × 100.
/// The only negative formula printed in a KemenPAN-RB regulation (PermenPAN-RB 8/2021, "special condition");
/// Lampung LKj 2015/2016 and Maluku Tengah LKjIP 2021 reproduce only with it.
/// </summary>
/// <remarks>
/// Reaches 0 at R = 2T and goes below zero beyond it (the value is kept: a cap or band handles presentation).
/// T = 0 follows the rule set's <see cref="RuleSet.NegativeZeroTarget"/>. Thread-safe singleton.
/// </remarks>
public sealed class NegativeReflectedFormula : IAchievementFormula
{
    /// <summary>The formula's stable id.</summary>
    public const string FormulaId = "negative-reflected";

    private NegativeReflectedFormula()
    {
    }

    /// <summary>The single instance.</summary>
    public static NegativeReflectedFormula Instance { get; } = new();

    /// <inheritdoc />
    public string Id => FormulaId;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public Polarity Polarity => Polarity.Negative;

    /// <inheritdoc />
    public string Expression => "C = (2T − R) / T × 100";

    /// <inheritdoc />
    public FormulaOutcome Evaluate(decimal target, decimal realisation, RuleSet rules)
    {
        Guard.Against.Null(rules);
        if (NegativeZeroTarget.Applies(target, realisation, rules, Id) is { } special)
        {
            return special;
        }

        var value = ((2m * target) - realisation) * 100m / target;
        return FormulaOutcome.Measured(value, new ExplanationStep(
            "formula",
            "C = (2T − R) / T × 100 = (2 × {0} − {1}) / {0} × 100 = {2:0.####}",
            "C = (2T − R) / T × 100 = (2 × {0} − {1}) / {0} × 100 = {2:0.####}",
            target,
            realisation,
            value));
    }
}
