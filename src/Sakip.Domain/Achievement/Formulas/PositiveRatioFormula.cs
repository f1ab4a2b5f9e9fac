using Ardalis.GuardClauses;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Achievement.Formulas;

/// <summary>Positive polarity: C = R / T × 100 (universal; every regulation and report).</summary>
/// <remarks>
/// T = 0 is not measurable (docs/rules.md, "Zero, empty and impossible values"). For indicators that allow
/// negative values (docs/rules.md, "Negative values"): a negative realisation against a positive target gives a
/// negative achievement (growth −1.41 % against 2 % is −70.50 %, as Kabupaten Wonogiri's LPPD 2020 prints it), and
/// the value still rises with R; a negative target is not measurable by this formula, because R / T would then
/// reward a worse result. Thread-safe singleton.
/// </remarks>
public sealed class PositiveRatioFormula : IAchievementFormula, IValueFormula
{
    /// <summary>The formula's stable id.</summary>
    public const string FormulaId = "positive-ratio";

    private PositiveRatioFormula()
    {
    }

    /// <summary>The single instance.</summary>
    public static PositiveRatioFormula Instance { get; } = new();

    /// <inheritdoc />
    public string Id => FormulaId;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public Polarity Polarity => Polarity.Positive;

    /// <inheritdoc />
    public string Expression => "C = R / T × 100";

    /// <inheritdoc />
    public FormulaOutcome Evaluate(decimal target, decimal realisation, RuleSet rules)
    {
        Guard.Against.Null(rules);
        return Ratio.Evaluate(
            Id,
            target,
            realisation,
            Messages.ZeroTargetPositive,
            "C = R / T × 100 = {1} / {0} × 100 = {2:0.####}",
            "C = R / T × 100 = {1} / {0} × 100 = {2:0.####}");
    }

    /// <inheritdoc />
    bool IValueFormula.TryValue(decimal target, decimal realisation, out decimal value) => Ratio.TryValue(target, realisation, out value);
}
