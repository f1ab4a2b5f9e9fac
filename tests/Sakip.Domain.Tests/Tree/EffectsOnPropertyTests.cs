using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

/// <summary><see cref="TreeEvaluation.EffectsOn"/> (linear for the built-in strategies) against the straightforward
/// definition: every item left out in turn and the rest combined again.</summary>
public class EffectsOnPropertyTests
{
    /// <summary>A sum less one item may differ from the sum of the others in the 28th significant digit.</summary>
    private const decimal Rounding = 0.000000000001m;

    [Property]
    public Property EffectsOn_EveryStrategyAndPolicy_EqualsLeavingEachItemOutInTurn() =>
        Prop.ForAll(TreeGenerators.TreeArbitrary, tree =>
        {
            var differences = (
                from options in AllOptions
                let evaluation = new TreeEvaluator(options).Evaluate(tree)
                from node in tree.Nodes
                from difference in Differences(evaluation.EffectsOn(node.Id), Reference(evaluation, node.Id))
                select $"{options.Strategy.Id}/{options.Missing} {node.Id}: {difference}").ToList();
            return (differences.Count == 0).Label(string.Join("\n", differences.Take(5)));
        });

    [Fact]
    public void EffectsOn_ManyChildren_EqualsLeavingEachItemOutInTurn()
    {
        var children = Enumerable.Range(0, 300).Select(i => $"C{i}").ToArray();
        var tree = new PerformanceTreeBuilder
        {
            Nodes = [Node("ROOT", TreeLevel.HeadOfRegion, Indicator("I-ROOT", 80m, 60m)), .. children.Select((id, i) => Node(id, TreeLevel.EchelonII, Indicator("I" + id, 100m + (i % 7), (i * 37 % 150) + 0.25m)))],
            Links = [.. children.Select((id, i) => new TreeLink("ROOT", id) { Weight = 1 + (i % 3) })],
        }.Build().GetValueOrThrow();
        foreach (var options in AllOptions)
        {
            var evaluation = new TreeEvaluator(options).Evaluate(tree);
            Assert.Empty(Differences(evaluation.EffectsOn("ROOT"), Reference(evaluation, "ROOT")));
        }
    }

    [Fact]
    public void EffectsOn_WorstWithTies_KeepsTheFirstWorstAsTheStrategyDoes()
    {
        var items = new[] { Item(5.0m), Item(1.00m), Item(1.0m), Item(3m) };

        var others = LeaveOneOut.Figures(RollUpStrategies.Worst, items);

        Assert.Equal(
            LeaveOneOut.Recombined(RollUpStrategies.Worst, items).Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            others.Select(d => d.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        static RollUpItem Item(decimal value) => new(value, 1m, 0m, 0m);
    }

    private static IEnumerable<string> Differences(IReadOnlyList<ContributionEffect> actual, IReadOnlyList<ContributionEffect> expected)
    {
        if (actual.Count != expected.Count)
        {
            yield return $"{actual.Count} effects, expected {expected.Count}";
            yield break;
        }

        for (var i = 0; i < actual.Count; i++)
        {
            if (Math.Abs(actual[i].Effect - expected[i].Effect) > Rounding)
            {
                yield return $"effect #{i} {actual[i]}, expected {expected[i]}";
            }
        }

        var key = (IReadOnlyList<ContributionEffect> effects) => effects.Select(e => (e.Source, e.SourceId, e.Value)).Order();
        if (!key(actual).SequenceEqual(key(expected)))
        {
            yield return "different items";
        }
    }

    /// <summary>The definition, as <see cref="TreeEvaluation.EffectsOn"/> computed it before it was made linear.</summary>
    private static IReadOnlyList<ContributionEffect> Reference(TreeEvaluation evaluation, string nodeId)
    {
        var result = evaluation[nodeId];
        if (result.Value is not { } value)
        {
            return [];
        }

        var counted = result.Contributions.Select((c, position) => (Contribution: c, Position: position)).Where(p => p.Contribution.Counted).ToArray();
        var items = counted.Select(p => Item(p.Contribution, p.Position)).ToArray();
        var effects = new List<ContributionEffect>();
        for (var i = 0; i < items.Length; i++)
        {
            var without = items.Where((_, k) => k != i).ToArray();
            var other = without.Length == 0 ? 0m : evaluation.Options.Strategy.Combine(without) ?? 0m;
            var c = counted[i].Contribution;
            effects.Add(new ContributionEffect(c.Source, c.SourceId, c.Value, value.Value - other));
        }

        return [.. effects.OrderBy(e => e.Effect)];

        RollUpItem Item(NodeContribution c, int position)
        {
            var (numerator, denominator) = c.Source == ContributionSource.Child
                ? (evaluation[c.SourceId].Numerator, evaluation[c.SourceId].Denominator)
                : TreeEvaluation.RatioOf(result.IndicatorResults[position]);
            return new RollUpItem(c.Value ?? 0m, c.Weight, c.Value is null ? 0m : numerator, c.Value is null ? 0m : denominator);
        }
    }
}
