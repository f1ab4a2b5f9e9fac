namespace Sakip.Domain.Tree;

/// <summary>
/// Every item's "figure without it" for <see cref="TreeEvaluation.EffectsOn"/> in one pass: sums minus the item for
/// the mean, the weighted mean and ratio of sums, prefix and suffix minima for the worst item. A strategy from outside
/// (any other <see cref="IRollUpStrategy"/>) is opaque, so it is combined once per item, as before.
/// </summary>
internal static class LeaveOneOut
{
    /// <summary>For each item, the figure of the other items (0 when there are none or they give none).</summary>
    public static decimal[] Figures(IRollUpStrategy strategy, RollUpItem[] items)
    {
        if (items.Length <= 1)
        {
            return new decimal[items.Length];
        }

        if (ReferenceEquals(strategy, RollUpStrategies.Mean))
        {
            return Mean(items);
        }

        if (ReferenceEquals(strategy, RollUpStrategies.WeightedMean))
        {
            return WeightedMean(items);
        }

        if (ReferenceEquals(strategy, RollUpStrategies.Worst))
        {
            return Worst(items);
        }

        return ReferenceEquals(strategy, RollUpStrategies.RatioOfSums) ? RatioOfSums(items) : Recombined(strategy, items);
    }

    /// <summary>The straightforward way: every item left out in turn and the rest combined again (quadratic).</summary>
    public static decimal[] Recombined(IRollUpStrategy strategy, RollUpItem[] items)
    {
        var others = new decimal[items.Length];
        var without = new RollUpItem[Math.Max(0, items.Length - 1)];
        for (var i = 0; i < items.Length; i++)
        {
            items.AsSpan(0, i).CopyTo(without);
            items.AsSpan(i + 1).CopyTo(without.AsSpan(i));
            others[i] = without.Length == 0 ? 0m : strategy.Combine(without) ?? 0m;
        }

        return others;
    }

    private static decimal[] Mean(RollUpItem[] items)
    {
        var sum = 0m;
        foreach (var item in items)
        {
            sum += item.Value;
        }

        var others = new decimal[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            others[i] = (sum - items[i].Value) / (items.Length - 1);
        }

        return others;
    }

    private static decimal[] WeightedMean(RollUpItem[] items)
    {
        var sum = 0m;
        var weights = 0m;
        foreach (var item in items)
        {
            sum += item.Value * item.Weight;
            weights += item.Weight;
        }

        var others = new decimal[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var rest = weights - items[i].Weight;
            others[i] = rest == 0m ? 0m : (sum - (items[i].Value * items[i].Weight)) / rest;
        }

        return others;
    }

    private static decimal[] RatioOfSums(RollUpItem[] items)
    {
        var numerator = 0m;
        var denominator = 0m;
        foreach (var item in items)
        {
            numerator += item.Numerator;
            denominator += item.Denominator;
        }

        var others = new decimal[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var rest = denominator - items[i].Denominator;
            others[i] = rest == 0m ? 0m : (numerator - items[i].Numerator) * 100m / rest;
        }

        return others;
    }

    // The worst of the others is the worse of the worst before and the worst after; on a tie the earlier item wins,
    // as in the strategy itself (so even the decimal's scale is the same).
    private static decimal[] Worst(RollUpItem[] items)
    {
        var after = new decimal[items.Length];
        after[^1] = items[^1].Value;
        for (var i = items.Length - 2; i >= 0; i--)
        {
            after[i] = items[i].Value <= after[i + 1] ? items[i].Value : after[i + 1];
        }

        var others = new decimal[items.Length];
        decimal? before = null;
        for (var i = 0; i < items.Length; i++)
        {
            decimal? next = i + 1 < items.Length ? after[i + 1] : null;
            others[i] = (before, next) switch
            {
                ({ } b, { } n) => b <= n ? b : n,
                ({ } b, null) => b,
                (null, { } n) => n,
                _ => 0m,
            };
            before = before is { } w && w <= items[i].Value ? w : items[i].Value;
        }

        return others;
    }
}
