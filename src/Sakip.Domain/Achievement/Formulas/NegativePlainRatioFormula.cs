using Ardalis.GuardClauses;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Achievement.Formulas;

/// <summary>
/// Negative polarity, <b>ignoring polarity</b>: C = R / T × 100, the positive ratio applied to a negative indicator,
/// as some reports print it. Never a default; select it per indicator (<see cref="AchievementInput.FormulaId"/>) or
/// per rule set (<see cref="RuleSet.NegativeFormulaId"/>) only to reproduce such a report.
/// </summary>
/// <remarks>
/// <para>Kabupaten Wonogiri's LPPD 2020 (Tabel 3.16) prints the Gini ratio 0.269 against 0.288 as 93.40 %, which is
/// 0.269 / 0.288; the same regency's LKjIP 2020 computes its negative indicators with the reflected formula (the
/// Theil index 0.0189 against 0.025 is 124.4 %). Under this formula a better result on a negative indicator (a
/// lower realisation) gives a <i>lower</i> capaian, so its explanation says that it ignores polarity.</para>
/// <para>T = 0 is not measurable (R / T has no value; the rule set's zero-target rule for negative indicators is
/// not applied, because this formula does not treat the indicator as negative). A negative target is not
/// measurable. A negative realisation against a positive target (indicators that allow negative values) gives a
/// negative capaian, as the positive ratio does. Thread-safe singleton.</para>
/// </remarks>
public sealed class NegativePlainRatioFormula : IAchievementFormula, IValueFormula
{
    /// <summary>The formula's stable id.</summary>
    public const string FormulaId = "negative-plain-ratio";

    private NegativePlainRatioFormula()
    {
    }

    /// <summary>The single instance.</summary>
    public static NegativePlainRatioFormula Instance { get; } = new();

    /// <inheritdoc />
    public string Id => FormulaId;

    /// <inheritdoc />
    public int Version => 1;

    /// <inheritdoc />
    public Polarity Polarity => Polarity.Negative;

    /// <inheritdoc />
    public string Expression => "C = R / T × 100 (polarity ignored)";

    /// <inheritdoc />
    public FormulaOutcome Evaluate(decimal target, decimal realisation, RuleSet rules)
    {
        Guard.Against.Null(rules);
        return Ratio.Evaluate(
            Id,
            target,
            realisation,
            Messages.ZeroTargetPlainRatio,
            "C = R / T × 100 = {1} / {0} × 100 = {2:0.####}, ignoring polarity as some reports print it: on this negative indicator a lower (better) realisation gives a lower capaian",
            "C = R / T × 100 = {1} / {0} × 100 = {2:0.####}, tanpa memperhatikan polaritas seperti dicetak sebagian laporan: pada indikator negatif ini realisasi yang lebih rendah (lebih baik) memberi capaian yang lebih rendah");
    }

    /// <inheritdoc />
    bool IValueFormula.TryValue(decimal target, decimal realisation, out decimal value) => Ratio.TryValue(target, realisation, out value);
}
