using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Aggregation;

/// <summary>
/// Combines several indicators' achievements into one (a sasaran's, a program's), by an
/// <see cref="AggregationMethod"/> and a <see cref="MissingItemPolicy"/>, presenting the result under a rule set.
/// </summary>
/// <remarks>Immutable and thread-safe: share one instance.</remarks>
public sealed class AchievementAggregator
{
    /// <summary>Creates an aggregator.</summary>
    /// <param name="rules">The rule set that presents and bands the aggregate and gives the default method.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public AchievementAggregator(RuleSet rules) => Rules = Guard.Against.Null(rules);

    /// <summary>An aggregator under the default rule set.</summary>
    public static AchievementAggregator Default { get; } = new(RuleSets.Default);

    /// <summary>The rule set in force.</summary>
    public RuleSet Rules { get; }

    /// <summary>Combines values with a method (no missing items, unit weights unless given).</summary>
    /// <param name="method">Mean, weighted mean or worst (ratio of sums needs targets: use <see cref="Aggregate"/>).</param>
    /// <param name="values">The values and weights; at least one, weights non-negative with a positive sum.</param>
    /// <returns>The exact aggregate.</returns>
    /// <exception cref="ArgumentException">No values, a negative weight, weights summing to 0, or
    /// <see cref="AggregationMethod.RatioOfSums"/>.</exception>
    public static decimal Combine(AggregationMethod method, IReadOnlyList<(decimal Value, decimal Weight)> values)
    {
        Guard.Against.NullOrEmpty(values);
        Guard.Against.InvalidInput(method, nameof(method), m => m != AggregationMethod.RatioOfSums, "Ratio of sums needs targets and realisations.");
        Guard.Against.InvalidInput(values, nameof(values), v => v.All(x => x.Weight >= 0m) && v.Sum(x => x.Weight) > 0m, "Weights must be non-negative with a positive sum.");
        switch (method)
        {
            case AggregationMethod.Worst:
                return values.Min(v => v.Value);
            case AggregationMethod.WeightedMean:
                var weighted = 0m;
                var weights = 0m;
                foreach (var (value, weight) in values)
                {
                    weighted += value * weight;
                    weights += weight;
                }

                return weighted / weights;
            default:
                var sum = 0m;
                foreach (var (value, _) in values)
                {
                    sum += value;
                }

                return sum / values.Count;
        }
    }

    /// <summary>Aggregates indicators' results.</summary>
    /// <param name="items">The items; at least one.</param>
    /// <param name="method">The method; <see langword="null"/> means the rule set's default.</param>
    /// <param name="policy">What to do with items that have no achievement.</param>
    /// <returns>The aggregate, not available (with the reason and the missing items), or invalid (every problem).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public AggregateResult Aggregate(IEnumerable<AggregationItem> items, AggregationMethod? method = null, MissingItemPolicy policy = MissingItemPolicy.Skip)
    {
        Guard.Against.Null(items);
        var list = items.ToArray();
        var how = method ?? Rules.Aggregation;
        var problems = Validate(list, how, policy);
        if (problems.Count > 0)
        {
            return AggregateResult.From(new InvalidAggregation(problems.AsReadOnly()));
        }

        var missing = list.Where(i => !i.Result.IsAchieved).Select(i => new ExcludedItem(i.Key, i.Result.Status)).ToArray();
        var counted = policy == MissingItemPolicy.CountAsZero ? list : list.Where(i => i.Result.IsAchieved).ToArray();
        if (counted.Length == 0 || (policy == MissingItemPolicy.Incomplete && missing.Length > 0))
        {
            return AggregateResult.From(new AggregateNotAvailable(counted.Length == 0 ? Messages.NothingToAggregate : Messages.AggregateIncomplete, missing));
        }

        var contributions = counted
            .Select(i => new AggregateContribution(i.Key, i.Result.Percent?.Value ?? 0m, how == AggregationMethod.WeightedMean ? i.Weight : 1m))
            .ToArray();
        try
        {
            decimal value;
            if (how == AggregationMethod.RatioOfSums)
            {
                var realised = counted.Sum(i => i.Result.Explanation.Realisation!.Value.Value);
                var target = counted.Sum(i => i.Result.Explanation.Target.Lower);
                if (target == 0m)
                {
                    return AggregateResult.From(new AggregateNotAvailable(Messages.ZeroTargetPositive, missing));
                }

                value = realised * 100m / target;
            }
            else
            {
                if (contributions.Sum(c => c.Weight) == 0m)
                {
                    return AggregateResult.From(new InvalidAggregation([new Problem("items", Messages.WeightsSumToZero)]));
                }

                value = Combine(how, contributions.Select(c => (c.Value, c.Weight)).ToArray());
            }

            return AggregateResult.From(new AggregateValue(
                new Percentage(value),
                new Percentage(Rules.Present(value)),
                Rules.BandOf(value),
                how,
                policy,
                contributions,
                missing));
        }
        catch (OverflowException)
        {
            return AggregateResult.From(new InvalidAggregation([new Problem("items", Messages.ArithmeticOverflow)]));
        }
    }

    private static List<Problem> Validate(AggregationItem[] items, AggregationMethod method, MissingItemPolicy policy)
    {
        var problems = new List<Problem>();
        if (!Enum.IsDefined(method))
        {
            problems.Add(new Problem("method", Messages.UnknownAggregation));
        }

        if (!Enum.IsDefined(policy))
        {
            problems.Add(new Problem("policy", Messages.UnknownAggregation));
        }

        if (items.Length == 0)
        {
            problems.Add(new Problem("items", Messages.NoItems));
        }

        if (method == AggregationMethod.RatioOfSums && policy == MissingItemPolicy.CountAsZero)
        {
            problems.Add(new Problem("policy", Messages.RatioOfSumsCannotCountZero));
        }

        for (var i = 0; i < items.Length; i++)
        {
            var path = $"items[{i}]";
            var item = items[i];
            if (item is null || item.Result is null || item.Key is null)
            {
                problems.Add(new Problem(path, Messages.MissingItem));
                continue;
            }

            if (method == AggregationMethod.WeightedMean && item.Weight < 0m)
            {
                problems.Add(new Problem(path + ".weight", Messages.NegativeWeight));
            }

            if (method == AggregationMethod.RatioOfSums && item.Result.IsAchieved
                && (item.Result.Explanation.Polarity != Polarity.Positive || item.Result.Explanation.Target.IsRange))
            {
                problems.Add(new Problem(path, Messages.NotARatioIndicator));
            }
        }

        return problems;
    }
}
