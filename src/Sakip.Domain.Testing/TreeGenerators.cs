using FsCheck;
using FsCheck.Fluent;
using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

namespace Sakip.Domain.Testing;

/// <summary>
/// FsCheck 3 generators of valid performance trees and roll-up choices, for property-based tests of code that reads
/// or evaluates trees: small DAGs (up to 30 nodes; a node usually feeds one parent, sometimes two — crosscutting —
/// and sometimes none, making another root) with direct and indirect links, weights including 0, zero to three
/// indicators per node with positive and negative polarity, point and range targets (target 0 included), missing
/// realisations, and shared indicators whose shares sum to 100 %.
/// </summary>
/// <remarks>
/// <para>Every generated tree builds. Decimals have at most two decimals, so arithmetic in test oracles stays exact.
/// Indicator ids come from a small pool (<c>IK-1</c> … <c>IK-6</c>), distinct within a node but shared between
/// nodes, so <see cref="PerformanceTree.WithRealisation(string, Measure?)"/> touches several nodes.</para>
/// <para>The arbitraries shrink a failing tree by removing leaf nodes and indicators. Thread-safe.</para>
/// </remarks>
public static class TreeGenerators
{
    private static readonly string[] IndicatorPool = ["IK-1", "IK-2", "IK-3", "IK-4", "IK-5", "IK-6"];

    private static readonly decimal[] Weights = [0m, 0.5m, 1m, 1m, 1m, 2m, 3.25m];

    /// <summary>Measures with two decimals from 0 to 200.</summary>
    public static Gen<Measure> Realisation { get; } = Gen.Choose(0, 20_000).Select(i => new Measure(i / 100m));

    /// <summary>Point targets from 0 to 150 (0 now and then) and range targets inside 0–150.</summary>
    public static Gen<Target> Target { get; } = Gen.Frequency(
        (1, Gen.Constant(Values.Target.Point(0m))),
        (12, Gen.Choose(1, 15_000).Select(i => Values.Target.Point(i / 100m))),
        (4, from a in Gen.Choose(0, 15_000)
            from b in Gen.Choose(0, 15_000)
            select Values.Target.Range(Math.Min(a, b) / 100m, Math.Max(a, b) / 100m)));

    /// <summary>Indicator inputs: any target, a realisation (missing about one time in five), either polarity.</summary>
    public static Gen<AchievementInput> Input { get; } =
        from target in Target
        from realisation in Gen.Frequency((1, Gen.Constant<Measure?>(null)), (4, Realisation.Select(m => (Measure?)m)))
        from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative)
        select new AchievementInput(target, realisation, polarity);

    /// <summary>Valid trees of 1 to 30 nodes (growing with the FsCheck size).</summary>
    public static Gen<PerformanceTree> Tree { get; } = Gen.Sized(size =>
        from count in Gen.Choose(1, Math.Clamp(size, 1, 30))
        from nodes in Gen.CollectToArray(Enumerable.Range(0, count), NodeGen)
        from shares in SharedSpec(count)
        select Assemble(nodes, shares));

    /// <summary>Every built-in strategy under every missing-item policy and built-in rule set.</summary>
    public static Gen<RollUpOptions> Options { get; } =
        from strategy in Gen.Elements(RollUpStrategies.All.ToArray())
        from missing in Gen.Elements(MissingItemPolicy.Skip, MissingItemPolicy.CountAsZero, MissingItemPolicy.MarkIncomplete)
        from rules in Gen.Elements(RuleSets.All.ToArray())
        select new RollUpOptions { Strategy = strategy, Missing = missing, Rules = rules };

    /// <summary><see cref="Tree"/> with shrinking: a failing tree shrinks by dropping leaves and indicators.</summary>
    public static Arbitrary<PerformanceTree> TreeArbitrary { get; } = Arb.From(Tree, Shrink);

    /// <summary><see cref="Options"/> as an arbitrary.</summary>
    public static Arbitrary<RollUpOptions> OptionsArbitrary { get; } = Arb.From(Options);

    /// <summary>Smaller valid trees: without one leaf (a node with no children), or with a node's last indicator
    /// removed.</summary>
    /// <param name="tree">The tree.</param>
    /// <returns>The candidates, smallest changes last.</returns>
    public static IEnumerable<PerformanceTree> Shrink(PerformanceTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var parents = tree.Links.Select(l => l.ParentId).ToHashSet(StringComparer.Ordinal);
        foreach (var leaf in tree.Nodes.Where(n => !parents.Contains(n.Id) && tree.Nodes.Count > 1).Reverse())
        {
            var builder = new PerformanceTreeBuilder
            {
                Nodes = [.. tree.Nodes.Where(n => n.Id != leaf.Id)],
                Links = [.. tree.Links.Where(l => l.ChildId != leaf.Id)],
                Shared = [.. tree.Shared.Where(s => s.OwnerNodeId != leaf.Id && s.Shares.All(x => x.NodeId != leaf.Id))],
            };
            if (builder.Build() is { IsSuccess: true } built)
            {
                yield return built.GetValueOrThrow();
            }
        }

        for (var i = tree.Nodes.Count - 1; i >= 0; i--)
        {
            var node = tree.Nodes[i];
            if (node.Indicators.Count == 0 || tree.Shared.Any(s => s.OwnerNodeId == node.Id))
            {
                continue;
            }

            var nodes = tree.Nodes.ToArray();
            nodes[i] = node with { Indicators = [.. node.Indicators.Take(node.Indicators.Count - 1)] };
            if (new PerformanceTreeBuilder { Nodes = [.. nodes], Links = [.. tree.Links], Shared = [.. tree.Shared] }.Build() is { IsSuccess: true } built)
            {
                yield return built.GetValueOrThrow();
            }
        }
    }

    /// <summary>One node: its parents among the nodes before it (so the links never form a cycle), its links'
    /// weights and methods, and its indicators.</summary>
    private static Gen<NodeSpec> NodeGen(int index) =>
        from parentCount in index == 0 ? Gen.Constant(0) : Gen.Frequency((1, Gen.Constant(0)), (12, Gen.Constant(1)), (3, Gen.Constant(2)))
        from parents in Gen.ArrayOf(Gen.Choose(0, Math.Max(0, index - 1)), parentCount)
        from weights in Gen.ArrayOf(Gen.Elements(Weights), parentCount)
        from methods in Gen.ArrayOf(Gen.Elements(CascadeMethod.Indirect, CascadeMethod.Direct), parentCount)
        from indicatorCount in Gen.Frequency((1, Gen.Constant(0)), (4, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)))
        from ids in Gen.Shuffle(IndicatorPool)
        from inputs in Gen.ArrayOf(Input, indicatorCount)
        from units in Gen.ArrayOf(Gen.Elements("%", "orang", "dokumen"), indicatorCount)
        from indicatorWeights in Gen.ArrayOf(Gen.Elements(Weights), indicatorCount)
        from level in Gen.Elements(TreeLevel.EchelonII, TreeLevel.EchelonIII, TreeLevel.EchelonIV, TreeLevel.Staff)
        select new NodeSpec(
            index,
            parents.Distinct().Select((p, k) => (p, weights[k], methods[k])).ToArray(),
            [.. inputs.Select((input, k) => new NodeIndicator(ids[k], "Indikator " + ids[k], units[k], input) { Weight = indicatorWeights[k] })],
            parentCount == 0 ? TreeLevel.HeadOfRegion : level);

    /// <summary>Maybe one shared indicator: an owner node, and two or three contributors with shares summing to 100.</summary>
    private static Gen<(int Owner, int[] Contributors, int[] Percents)?> SharedSpec(int count) =>
        count < 3
            ? Gen.Constant<(int, int[], int[])?>(null)
            : Gen.Frequency(
                (2, Gen.Constant<(int, int[], int[])?>(null)),
                (1, from owner in Gen.Choose(0, count - 1)
                    from contributors in Gen.Shuffle(Enumerable.Range(0, count).ToArray())
                    from first in Gen.Choose(1, 99)
                    select ((int, int[], int[])?)(owner, contributors.Take(2).ToArray(), new[] { first, 100 - first })));

    private static PerformanceTree Assemble(NodeSpec[] specs, (int Owner, int[] Contributors, int[] Percents)? shared)
    {
        static string Id(int i) => "N" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var builder = new PerformanceTreeBuilder();
        foreach (var spec in specs)
        {
            var kind = spec.Level switch
            {
                TreeLevel.HeadOfRegion => NodeKind.Sasaran,
                TreeLevel.EchelonII => NodeKind.AgencySasaran,
                TreeLevel.EchelonIII => NodeKind.Program,
                TreeLevel.EchelonIV => NodeKind.Kegiatan,
                _ => NodeKind.SubKegiatan,
            };
            builder.Nodes.Add(new TreeNode(Id(spec.Index), "Simpul " + Id(spec.Index), spec.Level, kind) { Indicators = spec.Indicators });
            foreach (var (parent, weight, method) in spec.Parents)
            {
                builder.Links.Add(new TreeLink(Id(parent), Id(spec.Index)) { Weight = weight, Method = method });
            }
        }

        if (shared is { } s && specs[s.Owner].Indicators.Length > 0)
        {
            builder.Shared.Add(new SharedIndicator(Id(s.Owner), specs[s.Owner].Indicators[0].IndicatorId)
            {
                Shares = [new ContributionShare(Id(s.Contributors[0]), s.Percents[0]), new ContributionShare(Id(s.Contributors[1]), s.Percents[1])],
            });
        }

        return builder.Build().GetValueOrThrow();
    }

    private sealed record NodeSpec(int Index, (int Parent, decimal Weight, CascadeMethod Method)[] Parents, NodeIndicator[] Indicators, TreeLevel Level);
}
