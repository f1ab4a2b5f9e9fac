using Ardalis.GuardClauses;
using Sakip.Domain.Values;

namespace Sakip.Domain.Periods;

/// <summary>Combines the values of consecutive periods by an <see cref="AccumulationType"/>, exactly.</summary>
public static class Accumulation
{
    /// <summary>Combines values given in period order.</summary>
    /// <param name="type">How to combine.</param>
    /// <param name="values">The values, oldest first; at least one.</param>
    /// <returns>The sum, the last value, or the mean.</returns>
    /// <exception cref="ArgumentException"><paramref name="values"/> is empty.</exception>
    /// <exception cref="OverflowException">The sum exceeds the range of <see cref="decimal"/>.</exception>
    public static decimal Combine(AccumulationType type, IReadOnlyList<decimal> values)
    {
        Guard.Against.NullOrEmpty(values);
        return type switch
        {
            AccumulationType.LastValue => values[^1],
            AccumulationType.Average => Sum(values) / values.Count,
            _ => Sum(values),
        };
    }

    /// <summary>Combines targets given in period order, bound by bound (a sum of ranges is a range).</summary>
    /// <param name="type">How to combine.</param>
    /// <param name="targets">The targets, oldest first; at least one.</param>
    /// <returns>The combined target; a range when any target is a range.</returns>
    /// <exception cref="ArgumentException"><paramref name="targets"/> is empty.</exception>
    /// <exception cref="OverflowException">The sum exceeds the range of <see cref="decimal"/>.</exception>
    public static Target Combine(AccumulationType type, IReadOnlyList<Target> targets)
    {
        Guard.Against.NullOrEmpty(targets);
        var lower = Combine(type, targets.Select(t => t.Lower).ToArray());
        var upper = Combine(type, targets.Select(t => t.Upper).ToArray());
        return targets.Any(t => t.IsRange) ? Target.Range(lower, upper) : Target.Point(lower);
    }

    private static decimal Sum(IReadOnlyList<decimal> values)
    {
        var sum = 0m;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum;
    }
}
