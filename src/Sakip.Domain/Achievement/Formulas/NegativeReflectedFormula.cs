using Ardalis.GuardClauses;
using Sakip.Domain.Explanations;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Achievement.Formulas;

/// <summary>
/// Negative polarity, reflected: C = (2T − R) / T × 100, also written (T − (R − T)) / T × 100.
/// The only negative formula printed in a KemenPAN-RB regulation (PermenPAN-RB 8/2021, Lampiran: capaian of an
/// indicator "dengan kondisi khusus" = (1 + (1 − R/T)) × 100 %); Lampung's LKj 2015 and 2016 and Wonogiri's LKjIP
/// 2020 print their negative indicators with it (docs/rules.md, "Where the reports disagree").
/// </summary>
/// <remarks>
/// Reaches 0 at R = 2T and goes below zero beyond it (the value is kept: a cap or band handles presentation).
/// T = 0 follows the rule set's <see cref="RuleSet.NegativeZeroTarget"/>. For indicators that allow negative values
/// (docs/rules.md, "Negative values"), a negative realisation against a positive target gives more than 200 (it beats
/// the target by more than the target itself) and the value still falls as R rises; a negative target is not
/// measurable. Thread-safe singleton.
/// </remarks>
public sealed class NegativeReflectedFormula : IAchievementFormula, IValueFormula
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

        var value = Value(target, realisation);
        return FormulaOutcome.Measured(value, new ExplanationStep(
            "formula",
            "C = (2T − R) / T × 100 = (2 × {0} − {1}) / {0} × 100 = {2:0.####}",
            "C = (2T − R) / T × 100 = (2 × {0} − {1}) / {0} × 100 = {2:0.####}",
            target,
            realisation,
            value));
    }

    /// <inheritdoc />
    bool IValueFormula.TryValue(decimal target, decimal realisation, out decimal value)
    {
        var positive = decimal.Sign(target) > 0;
        value = positive ? Value(target, realisation) : 0m;
        return positive;
    }

    private static decimal Value(decimal target, decimal realisation) => ((2m * target) - realisation) * 100m / target;
}
