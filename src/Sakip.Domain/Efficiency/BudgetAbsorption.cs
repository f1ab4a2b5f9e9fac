using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Efficiency;

/// <summary>
/// Budget absorption (<i>serapan anggaran</i>) = realised spend ÷ budget ceiling (<i>pagu</i>) × 100, shown in
/// LKjIPs beside capaian kinerja (PMK 214/PMK.02/2017, Lampiran; PermenPAN-RB 53/2014, Lampiran II;
/// <c>docs/planning.md#budget-absorption-serapan</c>). Example: an LKjIP of Provinsi Sumatera Utara for 2021,
/// Rp 702,188,300 of Rp 749,930,215 = 93.63 %.
/// </summary>
/// <remarks>
/// Computed with the positive ratio formula, so it has the same result states: an unreported spend is
/// <see cref="NotReported"/>, a zero ceiling is <see cref="NotMeasurable"/>, negative amounts are invalid. Thread-safe.
/// </remarks>
public static class BudgetAbsorption
{
    /// <summary>The margin one e-SAKIP app uses: capaian more than 5 points above absorption is efficient.</summary>
    public const decimal DefaultThresholdPoints = 5m;

    /// <summary>Computes budget absorption.</summary>
    /// <param name="ceiling">The budget ceiling (pagu) in rupiah.</param>
    /// <param name="realised">The realised spend in rupiah, or <see langword="null"/> when not reported.</param>
    /// <param name="rules">The rule set that presents the value; <see langword="null"/> means the default.</param>
    /// <returns>The absorption as an achievement result.</returns>
    public static AchievementResult Calculate(decimal ceiling, decimal? realised, RuleSet? rules = null) =>
        new AchievementCalculator(rules ?? RuleSets.Default).Calculate(new AchievementInput(Target.Point(ceiling), realised is { } r ? new Measure(r) : null)
        {
            FormulaId = Achievement.Formulas.PositiveRatioFormula.FormulaId,
        });

    /// <summary>
    /// Compares performance with spending: efficient when capaian exceeds absorption by more than
    /// <paramref name="thresholdPoints"/> percentage points (5 in one app: <see cref="DefaultThresholdPoints"/>).
    /// </summary>
    /// <param name="achievement">The capaian kinerja.</param>
    /// <param name="absorption">The budget absorption.</param>
    /// <param name="thresholdPoints">The margin in percentage points; non-negative (<see cref="DefaultThresholdPoints"/> is one app's rule).</param>
    /// <returns>The comparison, or <see langword="null"/> when either side has no value.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="thresholdPoints"/> is negative.</exception>
    public static EfficiencyComparison? Compare(AchievementResult achievement, AchievementResult absorption, decimal thresholdPoints)
    {
        Guard.Against.Null(achievement);
        Guard.Against.Null(absorption);
        return achievement.Percent is { } c && absorption.Percent is { } s ? Compare(c, s, thresholdPoints) : null;
    }

    /// <summary>
    /// Compares performance with spending: efficient when capaian exceeds absorption by more than
    /// <paramref name="thresholdPoints"/> percentage points (5 in one app: <see cref="DefaultThresholdPoints"/>).
    /// </summary>
    /// <param name="achievement">The capaian kinerja (e.g. a sasaran's aggregate).</param>
    /// <param name="absorption">The budget absorption.</param>
    /// <param name="thresholdPoints">The margin in percentage points; non-negative (<see cref="DefaultThresholdPoints"/> is one app's rule).</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="ArgumentException"><paramref name="thresholdPoints"/> is negative.</exception>
    public static EfficiencyComparison Compare(Percentage achievement, Percentage absorption, decimal thresholdPoints)
    {
        Guard.Against.Negative(thresholdPoints);
        var gap = achievement.Value - absorption.Value;
        return new EfficiencyComparison(achievement, absorption, gap, thresholdPoints, gap > thresholdPoints);
    }
}

/// <summary>Capaian kinerja beside budget absorption.</summary>
/// <param name="Achievement">The capaian kinerja.</param>
/// <param name="Absorption">The budget absorption.</param>
/// <param name="Gap">Capaian minus absorption, in percentage points.</param>
/// <param name="ThresholdPoints">The margin that was applied.</param>
/// <param name="IsEfficient">Whether the gap exceeds the margin.</param>
public sealed record EfficiencyComparison(Percentage Achievement, Percentage Absorption, decimal Gap, decimal ThresholdPoints, bool IsEfficient);
