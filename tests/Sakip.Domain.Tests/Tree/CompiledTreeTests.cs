using Sakip.Domain.Testing;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

public class CompiledTreeTests
{
    private readonly PerformanceTree _tree = Region();

    [Fact]
    public void Evaluate_Region_GivesTheObjectModelsFigures()
    {
        var evaluation = CompiledTree.Compile(_tree).Evaluate();

        Assert.Equal(57.5m, evaluation.Value("T1")?.Value);
        Assert.Equal(65m, evaluation.Value("S1")?.Value);
        Assert.Equal(NodeStatus.NoData, evaluation.Status("DINKES-P1"));
        Assert.Null(evaluation.Value("DINKES-P1"));
        Assert.Null(evaluation.Band("DINKES-P1"));
        Assert.Equal("Rendah", evaluation.Band("T1")?.Label.Indonesian);
        Assert.Empty(Differences(TreeEvaluator.Default.Evaluate(_tree), evaluation));
    }

    [Fact]
    public void Compile_Options_AreKeptAndUsed()
    {
        var options = new RollUpOptions { Strategy = RollUpStrategies.RatioOfSums, Missing = MissingItemPolicy.MarkIncomplete };

        var compiled = CompiledTree.Compile(_tree, options);
        var evaluation = compiled.Evaluate();

        Assert.Same(options, compiled.Options);
        Assert.Same(_tree, compiled.Source);
        Assert.Equal((130m, 200m), (evaluation.Numerator("S1"), evaluation.Denominator("S1")));
        Assert.Equal(NodeStatus.Incomplete, evaluation.Status("T1"));
    }

    [Fact]
    public void NodeIds_CompiledOrder_PutsEveryChildBeforeItsParents()
    {
        var compiled = CompiledTree.Compile(_tree);

        Assert.Equal(_tree.Nodes.Count, compiled.Count);
        Assert.Equal(_tree.Nodes.Select(n => n.Id).Order(StringComparer.Ordinal), compiled.NodeIds.Order(StringComparer.Ordinal));
        Assert.All(_tree.Links, l => Assert.True(compiled.IndexOf(l.ChildId) < compiled.IndexOf(l.ParentId)));
        Assert.All(compiled.NodeIds, id => Assert.Equal(id, compiled.NodeIds[compiled.IndexOf(id)]));
        Assert.Throws<KeyNotFoundException>(() => compiled.IndexOf("NOPE"));
    }

    [Fact]
    public void Amounts_MeanStrategy_AreSummedOnDemandAsTheObjectModelSumsThem()
    {
        var expected = new TreeEvaluator(new RollUpOptions { Missing = MissingItemPolicy.CountAsZero }).Evaluate(_tree);

        var evaluation = CompiledTree.Compile(_tree, expected.Options).Evaluate();

        Assert.Equal(expected.Results.Select(r => (r.Numerator, r.Denominator)), _tree.Nodes.Select(n => (evaluation.Numerator(n.Id), evaluation.Denominator(n.Id))));
        Assert.Equal(evaluation.Numerators.Length, evaluation.Denominators.Length);
    }

    [Fact]
    public void WithRealisation_Incremental_EqualsObjectModelAndListsChangedNodes()
    {
        var compiled = CompiledTree.Compile(_tree);
        var before = compiled.Evaluate();

        var changed = compiled.WithRealisation("IK-APS", new Measure(95m));
        var after = changed.Recompute(before);

        Assert.Equal(["DISDIK-SS1"], changed.ChangedNodes);
        Assert.Empty(compiled.ChangedNodes);
        Assert.Empty(Differences(TreeEvaluator.Default.Evaluate(_tree.WithRealisation("IK-APS", new Measure(95m))), after));
        Assert.Equal(50m, before.Value("DISDIK-SS1")?.Value);
        Assert.Equal(
            TreeEvaluation.Compare(TreeEvaluator.Default.Evaluate(_tree), TreeEvaluator.Default.Evaluate(_tree.WithRealisation("IK-APS", new Measure(95m)))),
            CompiledEvaluation.Compare(before, after));
    }

    [Fact]
    public void WithRealisation_NothingCarriesIt_ReturnsTheSameTree()
    {
        var compiled = CompiledTree.Compile(_tree);

        Assert.Same(compiled, compiled.WithRealisation("IK-NONE", new Measure(1m)));
        Assert.Same(compiled, compiled.WithRealisation("S1", "IK-KES", new Measure(1m)));
        Assert.Same(compiled, compiled.WithTarget("IK-NONE", Target.Point(1m)));
        Assert.Throws<KeyNotFoundException>(() => compiled.WithRealisation("NOPE", "IK-KES", null));
    }

    [Fact]
    public void WithLinkWeight_ChangesTheParentOnly()
    {
        var compiled = CompiledTree.Compile(_tree, new RollUpOptions { Strategy = RollUpStrategies.WeightedMean });
        var before = compiled.Evaluate();

        var changed = compiled.WithLinkWeight("S1", "DINKES-SS1", 3m);

        Assert.Equal(["S1"], changed.ChangedNodes);
        Assert.Equal(72.5m, changed.Recompute(before).Value("S1")?.Value);
        Assert.Throws<ArgumentException>(() => compiled.WithLinkWeight("S1", "DINKES-P1", 1m));
        Assert.Throws<ArgumentException>(() => compiled.WithLinkWeight("NOPE", "S1", 1m));
        Assert.Throws<ArgumentException>(() => compiled.WithLinkWeight("S1", "DINKES-SS1", -1m));
    }

    [Fact]
    public void Recompute_SameTree_ReturnsThePreviousEvaluation()
    {
        var compiled = CompiledTree.Compile(_tree);
        var evaluation = compiled.Evaluate();

        Assert.Same(evaluation, compiled.Recompute(evaluation));
    }

    [Fact]
    public void Recompute_SiblingWhatIf_FallsBackToAFullEvaluation()
    {
        var compiled = CompiledTree.Compile(_tree);
        var left = compiled.WithRealisation("IK-APS", new Measure(95m));
        var right = compiled.WithRealisation("IK-KES", new Measure(10m));

        var recomputed = right.Recompute(left.Evaluate());

        Assert.Empty(Differences(right.Evaluate(), recomputed));
    }

    [Fact]
    public void Recompute_OtherCompilation_Throws()
    {
        var evaluation = CompiledTree.Compile(_tree).Evaluate();

        Assert.Throws<ArgumentException>(() => CompiledTree.Compile(_tree).Recompute(evaluation));
        Assert.Throws<ArgumentException>(() => CompiledEvaluation.Compare(evaluation, CompiledTree.Compile(_tree).Evaluate()));
    }

    [Fact]
    public void Evaluate_ManyThreadsAtOnce_AllGetTheSameFigures()
    {
        var compiled = CompiledTree.Compile(CascadeGenerator.Province(seed: 5, agencies: 4), new RollUpOptions { Strategy = RollUpStrategies.RatioOfSums });
        var expected = compiled.Evaluate();

        var results = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(4)
            .Select(i => i % 2 == 0 ? compiled.Evaluate() : compiled.WithRealisation(compiled.Source.Nodes[i].Indicators[0].IndicatorId, null).Recompute(expected))
            .ToList();

        Assert.All(results.Where((_, i) => i % 2 == 0), r => Assert.Empty(Differences(expected, r)));
        Assert.All(results.Where((_, i) => i % 2 == 1), r => Assert.Empty(Differences(r.Tree.Evaluate(), r)));
    }

    [Fact]
    public void WhatIf_ManyChangesInARow_AreFoldedAndStayExact()
    {
        var tree = CascadeGenerator.Province(seed: 9, agencies: 2);
        var options = new RollUpOptions { Strategy = RollUpStrategies.RatioOfSums, Missing = MissingItemPolicy.MarkIncomplete };
        var compiled = CompiledTree.Compile(tree, options);
        var first = compiled.Evaluate();
        var evaluation = first;
        var nodes = tree.Nodes.ToArray();
        for (var k = 0; k < 1_100; k++)
        {
            var node = nodes[k];
            var realisation = k % 7 == 0 ? (Measure?)null : new Measure(k % 150);
            compiled = compiled.WithRealisation(node.Id, node.Indicators[0].IndicatorId, realisation);
            evaluation = compiled.Recompute(evaluation);
            nodes[k] = node with { Indicators = [node.Indicators[0] with { Input = node.Indicators[0].Input with { Realisation = realisation } }, .. node.Indicators.Skip(1)] };
        }

        var changedTree = new PerformanceTreeBuilder { Nodes = [.. nodes], Links = [.. tree.Links], Shared = [.. tree.Shared] }.Build().GetValueOrThrow();
        var expected = new TreeEvaluator(options).Evaluate(changedTree);

        Assert.Empty(Differences(expected, evaluation));
        Assert.Empty(Differences(expected, compiled.Evaluate()));
        Assert.Equal(TreeEvaluation.Compare(new TreeEvaluator(options).Evaluate(tree), expected), CompiledEvaluation.Compare(first, evaluation));
        Assert.Equal(CompiledEvaluation.Compare(first, evaluation), CompiledEvaluation.Compare(first, compiled.Evaluate()));
    }

    [Fact]
    [Trait(TestCategories.Name, TestCategories.Robustness)]
    public void Chain100000_BothFormsEvaluateWithoutRecursion()
    {
        var chain = CascadeGenerator.Chain(100_000);

        var objectModel = TreeEvaluator.Default.Evaluate(chain);
        var compiled = CompiledTree.Compile(chain);
        var evaluation = compiled.Evaluate();
        var changed = compiled.WithRealisation("C99998", "C99998#1", new Measure(1m));

        Assert.Empty(Differences(objectModel, evaluation));
        Assert.Equal(NodeStatus.Complete, evaluation.Status("C0"));
        Assert.Empty(Differences(changed.Evaluate(), changed.Recompute(evaluation)));
        Assert.Equal(99_999, chain.DepthOf("C99999"));
        Assert.Equal(99_999, chain.Ancestors("C99999").Count());
        Assert.Empty(chain.Check());
    }
}
