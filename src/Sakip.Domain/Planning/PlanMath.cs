using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Values;

namespace Sakip.Domain.Planning;

/// <summary>Derived figures of plans: end-of-period targets and budgets (<i>kondisi akhir</i>; docs/rules.md, "Accumulation over periods").</summary>
public static class PlanMath
{
    /// <summary>
    /// The end-of-period target derived by the indicator's accumulation: level indicators (last value) take the
    /// final year's target, cumulative indicators the sum of the years, average indicators the mean.
    /// </summary>
    /// <param name="indicator">The planned indicator.</param>
    /// <param name="accumulation">The indicator's accumulation type.</param>
    /// <returns>The derived target, or <see langword="null"/> when no yearly target is planned.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicator"/> is null.</exception>
    /// <exception cref="OverflowException">The sum exceeds the range of <see cref="decimal"/>.</exception>
    public static Target? EndOfPeriodTarget(PlannedIndicator indicator, AccumulationType accumulation)
    {
        Guard.Against.Null(indicator);
        var ordered = indicator.Targets.OrderBy(t => t.Year).Select(t => t.Target).ToArray();
        return ordered.Length == 0 ? null : Accumulation.Combine(accumulation, ordered);
    }

    /// <summary>The end-of-period budget: the sum of the years (budgets always add up).</summary>
    /// <param name="budget">The yearly amounts.</param>
    /// <returns>The sum (0 for no years).</returns>
    /// <exception cref="OverflowException">The sum exceeds the range of <see cref="decimal"/>.</exception>
    public static decimal Total(ValueList<YearAmount> budget)
    {
        var sum = 0m;
        foreach (var amount in budget)
        {
            sum += amount.Amount;
        }

        return sum;
    }

    /// <summary>The amount of one year.</summary>
    /// <param name="budget">The yearly amounts.</param>
    /// <param name="year">The year.</param>
    /// <returns>The amount, or <see langword="null"/> when the year has none.</returns>
    public static decimal? AmountFor(ValueList<YearAmount> budget, int year) => budget.FirstOrDefault(a => a.Year == year)?.Amount;
}
