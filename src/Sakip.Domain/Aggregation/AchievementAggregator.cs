using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Aggregation;

/// <summary>
/// Combines several indicators' achievements into one (a sasaran's, a program's), by an
/// <see cref="IRollUpStrategy"/> and a <see cref="MissingItemPolicy"/>, presenting the result under a rule set.
/// </summary>
/// <remarks>
/// <para>Each counted item reaches the strategy as a <see cref="RollUpItem"/> formed as the tree forms an own
/// indicator's: its exact capaian, its weight, and its ratio-of-sums amounts (R, T) when it is an achieved positive
/// point-target indicator; a missing item counted as zero is (0, weight, 0, 0). So the aggregator and
/// <see cref="TreeEvaluator"/> give the same figure under the same strategy, and a user's own strategy works here too.</para>
/// <para>The built-in <see cref="RollUpStrategies.Mean"/>, <see cref="RollUpStrategies.Worst"/> and
/// <see cref="RollUpStrategies.RatioOfSums"/> ignore weights: their items get weight 1. Any other strategy gets the
/// items' own weights, which must be non-negative with a positive sum.</para>
/// <para>Immutable and thread-safe: share one instance.</para>
/// </remarks>
public sealed class AchievementAggregator
{
    /// <summary>Creates an aggregator.</summary>
    /// <param name="rules">The rule set that presents and bands the aggregate and gives the default strategy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public AchievementAggregator(RuleSet rules) => Rules = Guard.Against.Null(rules);

    /// <summary>An aggregator under the default rule set.</summary>
    public static AchievementAggregator Default { get; } = new(RuleSets.Default);

    /// <summary>The rule set in force.</summary>
    public RuleSet Rules { get; }

    /// <summary>Combines values with a strategy (no missing items, unit weights unless given).</summary>
    /// <param name="strategy">Any strategy but <see cref="RollUpStrategies.RatioOfSums"/>, which needs targets and
    /// realisations (use <see cref="Aggregate"/>). The values reach it with no ratio-of-sums amounts.</param>
    /// <param name="values">The values and weights; at least one, weights non-negative with a positive sum.</param>
    /// <returns>The exact aggregate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="strategy"/> or <paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">No values, a negative weight, weights summing to 0,
    /// <see cref="RollUpStrategies.RatioOfSums"/>, or a strategy that gives no figure for the values.</exception>
    public static decimal Combine(IRollUpStrategy strategy, IReadOnlyList<(decimal Value, decimal Weight)> values)
    {
        Guard.Against.Null(strategy);
        Guard.Against.NullOrEmpty(values);
        Guard.Against.InvalidInput(strategy, nameof(strategy), s => !ReferenceEquals(s, RollUpStrategies.RatioOfSums), "Ratio of sums needs targets and realisations.");
        Guard.Against.InvalidInput(values, nameof(values), v => v.All(x => x.Weight >= 0m) && v.Sum(x => x.Weight) > 0m, "Weights must be non-negative with a positive sum.");
        var items = new RollUpItem[values.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = new RollUpItem(values[i].Value, values[i].Weight, 0m, 0m);
        }

        return strategy.Combine(items) ?? throw new ArgumentException($"The strategy '{strategy.Id}' gives no figure for these values.", nameof(values));
    }

    /// <summary>Aggregates indicators' results.</summary>
    /// <param name="items">The items; at least one.</param>
    /// <param name="strategy">How they combine; <see langword="null"/> means the rule set's
    /// <see cref="RuleSet.Aggregation"/>. A built-in from <see cref="RollUpStrategies"/> or a user's own.</param>
    /// <param name="policy">What to do with items that have no achievement.</param>
    /// <returns>The aggregate, not available (with the reason and the missing items), or invalid (every problem).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public AggregateResult Aggregate(IEnumerable<AggregationItem> items, IRollUpStrategy? strategy = null, MissingItemPolicy policy = MissingItemPolicy.Skip)
    {
        Guard.Against.Null(items);
        var list = items.ToArray();
        var how = strategy ?? Rules.Aggregation;
        var problems = Validate(list, how, policy);
        if (problems.Count > 0)
        {
            return AggregateResult.From(new InvalidAggregation([.. problems]));
        }

        var missing = list.Where(i => !i.Result.IsAchieved).Select(i => new ExcludedItem(i.Key, i.Result.Status)).ToArray();
        var counted = policy == MissingItemPolicy.CountAsZero ? list : list.Where(i => i.Result.IsAchieved).ToArray();
        if (counted.Length == 0 || (policy == MissingItemPolicy.MarkIncomplete && missing.Length > 0))
        {
            return AggregateResult.From(new AggregateNotAvailable(counted.Length == 0 ? Messages.NothingToAggregate : Messages.AggregateIncomplete, missing));
        }

        var weighted = UsesWeights(how);
        var contributions = counted
            .Select(i => new AggregateContribution(i.Key, i.Result.Percent?.Value ?? 0m, weighted ? i.Weight : 1m))
            .ToArray();
        try
        {
            if (weighted && contributions.Sum(c => c.Weight) == 0m)
            {
                return AggregateResult.From(new InvalidAggregation([new Problem("items", Messages.WeightsSumToZero)]));
            }

            var rollUp = new RollUpItem[counted.Length];
            for (var i = 0; i < counted.Length; i++)
            {
                var (numerator, denominator) = TreeEvaluation.RatioOf(counted[i].Result);
                rollUp[i] = new RollUpItem(contributions[i].Value, contributions[i].Weight, numerator, denominator);
            }

            if (how.Combine(rollUp) is not { } value)
            {
                var reason = ReferenceEquals(how, RollUpStrategies.RatioOfSums) ? Messages.ZeroTargetPositive : Messages.StrategyGaveNoFigure;
                return AggregateResult.From(new AggregateNotAvailable(reason, missing));
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

    /// <summary>Whether a strategy gets the items' own weights: every strategy but the built-ins that ignore them.</summary>
    private static bool UsesWeights(IRollUpStrategy strategy) =>
        !(ReferenceEquals(strategy, RollUpStrategies.Mean) || ReferenceEquals(strategy, RollUpStrategies.Worst) || ReferenceEquals(strategy, RollUpStrategies.RatioOfSums));

    private static List<Problem> Validate(AggregationItem[] items, IRollUpStrategy strategy, MissingItemPolicy policy)
    {
        var problems = new List<Problem>();
        var ratioOfSums = ReferenceEquals(strategy, RollUpStrategies.RatioOfSums);
        var weighted = UsesWeights(strategy);
        if (!Enum.IsDefined(policy))
        {
            problems.Add(new Problem("policy", Messages.UnknownAggregation));
        }

        if (items.Length == 0)
        {
            problems.Add(new Problem("items", Messages.NoItems));
        }

        if (ratioOfSums && policy == MissingItemPolicy.CountAsZero)
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

            if (weighted && item.Weight < 0m)
            {
                problems.Add(new Problem(path + ".weight", Messages.NegativeWeight));
            }

            if (ratioOfSums && item.Result.AsAchieved is { } achieved
                && (achieved.Polarity != Polarity.Positive || achieved.Target.IsRange))
            {
                problems.Add(new Problem(path, Messages.NotARatioIndicator));
            }
        }

        return problems;
    }
}
