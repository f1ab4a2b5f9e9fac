using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tree;

/// <summary>
/// Rolls achievement up a <see cref="PerformanceTree"/> with the object model: every node's figure from its own
/// indicators and its children's figures, by an <see cref="IRollUpStrategy"/> and a <see cref="MissingItemPolicy"/>,
/// each figure explaining itself. Iterative (bottom-up order), so any depth is fine.
/// </summary>
/// <remarks>
/// Items of a node, in order: its own indicators (achieved ones give their exact capaian with the indicator's weight),
/// then its children in link order (their exact figure with the link's weight). The node has no figure
/// (<see cref="NodeStatus.NoData"/>) when no item counts. Immutable and thread-safe.
/// </remarks>
public sealed class TreeEvaluator
{
    private readonly AchievementCalculator _calculator;

    /// <summary>Creates an evaluator.</summary>
    /// <param name="options">The roll-up choices; <see langword="null"/> means <see cref="RollUpOptions.Default"/>.</param>
    /// <param name="formulas">The formulas; <see langword="null"/> means the built-in ones.</param>
    public TreeEvaluator(RollUpOptions? options = null, FormulaRegistry? formulas = null)
    {
        Options = options ?? RollUpOptions.Default;
        _calculator = new AchievementCalculator(Options.Rules, formulas);
    }

    /// <summary>An evaluator with the default options.</summary>
    public static TreeEvaluator Default { get; } = new();

    /// <summary>The roll-up choices.</summary>
    public RollUpOptions Options { get; }

    /// <summary>Evaluates every node.</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    public TreeEvaluation Evaluate(PerformanceTree tree)
    {
        Guard.Against.Null(tree);
        var results = new NodeResult[tree.Nodes.Count];
        var items = new List<RollUpItem>();
        foreach (var n in tree.BottomUpOrder)
        {
            var node = tree.Nodes[n];
            items.Clear();
            var contributions = new List<NodeContribution>();
            var indicatorResults = new AchievementResult[node.Indicators.Count];
            var incomplete = false;
            for (var k = 0; k < node.Indicators.Count; k++)
            {
                var indicator = node.Indicators[k];
                var result = indicatorResults[k] = _calculator.Calculate(indicator.Input);
                var (numerator, denominator) = TreeEvaluation.RatioOf(result);
                incomplete |= Add(ContributionSource.Indicator, indicator.IndicatorId, result.Percent?.Value, indicator.Weight, numerator, denominator);
            }

            var children = tree.ChildrenOf(n);
            var links = tree.ChildLinksOf(n);
            for (var c = 0; c < children.Length; c++)
            {
                var child = results[children[c]];
                incomplete |= child.Status == NodeStatus.Incomplete;
                incomplete |= Add(ContributionSource.Child, child.NodeId, child.Value?.Value, tree.Links[links[c]].Weight, child.Numerator, child.Denominator);
            }

            var value = items.Count == 0 ? null : Options.Strategy.Combine(items.ToArray());
            var status = value is null ? NodeStatus.NoData : incomplete ? NodeStatus.Incomplete : NodeStatus.Complete;
            results[n] = new NodeResult(
                node.Id,
                status,
                value is { } v ? new Percentage(v) : null,
                value is { } b ? Options.Rules.BandOf(b) : null,
                [.. contributions],
                [.. indicatorResults])
            {
                Presented = value is { } p ? new Percentage(Options.Rules.Present(p)) : null,
                Numerator = items.Sum(i => i.Numerator),
                Denominator = items.Sum(i => i.Denominator),
            };

            bool Add(ContributionSource source, string id, decimal? value, decimal weight, decimal numerator, decimal denominator)
            {
                if (value is { } present)
                {
                    items.Add(new RollUpItem(present, weight, numerator, denominator));
                    contributions.Add(new NodeContribution(source, id, present, weight, Counted: true));
                    return false;
                }

                var zero = Options.Missing == MissingItemPolicy.CountAsZero;
                if (zero)
                {
                    items.Add(new RollUpItem(0m, weight, 0m, 0m));
                }

                contributions.Add(new NodeContribution(source, id, null, weight, Counted: zero));
                return Options.Missing == MissingItemPolicy.MarkIncomplete;
            }
        }

        return new TreeEvaluation(tree, Options, results);
    }
}
