using BenchmarkDotNet.Attributes;
using Sakip.Domain.Achievement;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// <see cref="TreeEvaluation.EffectsOn"/> on a node with many children (a regional objective fed by every agency's
/// sasaran, flattened). Baseline: the straightforward definition, as the library computed it before, combining the
/// other items again for every item left out (quadratic); the library's own, which takes sums less the item (linear).
/// </summary>
[MemoryDiagnoser]
public class EffectsOnBenchmarks
{
    private TreeEvaluation _evaluation = null!;

    /// <summary>The root's number of children.</summary>
    [Params(1_000, 4_000)]
    public int Children { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var ids = Enumerable.Range(0, Children).Select(i => $"C{i}").ToArray();
        var tree = new PerformanceTreeBuilder
        {
            Nodes =
            [
                new TreeNode("ROOT", "Meningkatnya kesejahteraan", TreeLevel.HeadOfRegion, NodeKind.Tujuan),
                .. ids.Select((id, i) => new TreeNode(id, "Sasaran " + id, TreeLevel.EchelonII, NodeKind.AgencySasaran)
                {
                    Indicators = [new NodeIndicator("I" + id, "Indikator " + id, "%", new AchievementInput(100m, 40m + (i * 37 % 90), Polarity.Positive))],
                }),
            ],
            Links = [.. ids.Select(id => new TreeLink("ROOT", id))],
        }.Build().GetValueOrThrow();
        _evaluation = TreeEvaluator.Default.Evaluate(tree);
    }

    [Benchmark(Baseline = true, Description = "every item left out in turn (quadratic)")]
    public int Recombined() => Naive(_evaluation, "ROOT").Count;

    [Benchmark(Description = "TreeEvaluation.EffectsOn (linear)")]
    public int Library() => _evaluation.EffectsOn("ROOT").Count;

    private static List<ContributionEffect> Naive(TreeEvaluation evaluation, string nodeId)
    {
        var result = evaluation[nodeId];
        if (result.Value is not { } value)
        {
            return [];
        }

        var counted = result.Contributions.Where(c => c.Counted).ToArray();
        var items = counted.Select(c => new RollUpItem(c.Value ?? 0m, c.Weight, evaluation[c.SourceId].Numerator, evaluation[c.SourceId].Denominator)).ToArray();
        var effects = new List<ContributionEffect>();
        for (var i = 0; i < items.Length; i++)
        {
            var without = items.Where((_, k) => k != i).ToArray();
            var other = without.Length == 0 ? 0m : evaluation.Options.Strategy.Combine(without) ?? 0m;
            effects.Add(new ContributionEffect(counted[i].Source, counted[i].SourceId, counted[i].Value, value.Value - other));
        }

        return [.. effects.OrderBy(e => e.Effect)];
    }
}
