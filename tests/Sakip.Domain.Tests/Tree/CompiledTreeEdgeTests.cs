using Sakip.Domain.Tree;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

/// <summary>Edges of the compiled form: its guards and messages, the link lookup of a what-if, the exact compiled
/// order, and how far a recomputation revisits (seen through a plugin strategy that counts its calls).</summary>
public class CompiledTreeEdgeTests
{
    private readonly PerformanceTree _region = Region();

    [Fact]
    public void Compile_NullTree_ThrowsArgumentNull() =>
        Assert.Equal("tree", Assert.Throws<ArgumentNullException>(() => CompiledTree.Compile(null!)).ParamName);

    [Fact]
    public void NodeIds_Region_AreInDepthFirstPostOrderFromTheRoot()
    {
        // Depth first from T1: S1's subtree, then S2's; the builder's own (breadth-first, leaves-first) order would
        // put DINKES-P1 before S1.
        Assert.Equal(["DINKES-SS1", "DISDIK-SS1", "S1", "DINKES-P1", "S2", "T1"], CompiledTree.Compile(_region).NodeIds);
    }

    [Fact]
    public void NodeIds_NonRootDeclaredFirst_StillStartFromTheRoot()
    {
        // N is declared before the root; a walk started at N would list it first.
        Assert.Equal(["L", "M", "N", "R"], CompiledTree.Compile(Small()).NodeIds);
    }

    [Fact]
    public void WithLinkWeight_NullEnds_NameTheArgument()
    {
        var compiled = CompiledTree.Compile(_region);

        Assert.Equal("parentId", Assert.Throws<ArgumentNullException>(() => compiled.WithLinkWeight(null!, "S1", 1m)).ParamName);
        Assert.Equal("childId", Assert.Throws<ArgumentNullException>(() => compiled.WithLinkWeight("T1", null!, 1m)).ParamName);
    }

    [Fact]
    public void WithLinkWeight_UnknownParent_ThrowsEvenWhenIndexOneFeedsOnTheChild()
    {
        // Compiled order L, M, N, R: index 1 is M, the parent of L. An unknown parent must not be read as index 1.
        var compiled = CompiledTree.Compile(Small());

        var error = Assert.Throws<ArgumentException>(() => compiled.WithLinkWeight("NOPE", "L", 2m));

        Assert.Equal("childId", error.ParamName);
        Assert.StartsWith("No link from 'L' to 'NOPE'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLinkWeight_UnknownChild_ThrowsArgumentEvenWhenIndexOneIsAChildOfTheParent()
    {
        // Compiled index 1 (M) is a child of R: an unknown child must not be read as index 1, nor looked up as a key.
        var compiled = CompiledTree.Compile(Small());

        var error = Assert.Throws<ArgumentException>(() => compiled.WithLinkWeight("R", "NOPE", 2m));

        Assert.StartsWith("No link from 'NOPE' to 'R'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLinkWeight_LastNodeWithoutThatChild_ThrowsArgumentAfterItsLastChild()
    {
        // R is last in compiled order: the search over its children must stop at its own last child.
        var compiled = CompiledTree.Compile(Small());

        var error = Assert.Throws<ArgumentException>(() => compiled.WithLinkWeight("R", "L", 2m));

        Assert.StartsWith("No link from 'L' to 'R'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithLinkWeight_ThenEvaluate_UsesTheNewWeight()
    {
        // A full evaluation of a what-if tree folds its changed weights into fresh arrays (not only Recompute).
        var options = new RollUpOptions { Strategy = RollUpStrategies.WeightedMean };
        var changed = CompiledTree.Compile(_region, options).WithLinkWeight("S1", "DINKES-SS1", 3m);

        var evaluation = changed.Evaluate();

        Assert.Equal(72.5m, evaluation.Value("S1")?.Value);
        Assert.Empty(Differences(new TreeEvaluator(options).Evaluate(_region.WithLinkWeight("S1", "DINKES-SS1", 3m)), evaluation));
    }

    [Fact]
    public void WithRealisationAndTarget_NullIndicator_NameTheArgument()
    {
        var compiled = CompiledTree.Compile(_region);

        Assert.Equal("indicatorId", Assert.Throws<ArgumentNullException>(() => compiled.WithRealisation(null!, new Measure(1m))).ParamName);
        Assert.Equal("indicatorId", Assert.Throws<ArgumentNullException>(() => compiled.WithRealisation("S1", null!, new Measure(1m))).ParamName);
        Assert.Equal("indicatorId", Assert.Throws<ArgumentNullException>(() => compiled.WithTarget(null!, Target.Point(1m))).ParamName);
    }

    [Fact]
    public void Build_IndicatorWithoutIdNameUnitOrInput_IsRefusedNamingTheField()
    {
        // The record's parameters are not nullable, but a caller's null! gets through the compiler: the builder says
        // where, rather than letting a later step fail on a null key.
        var built = new PerformanceTreeBuilder
        {
            Nodes =
            [
                Node("S1", TreeLevel.HeadOfRegion, Indicator(null!, 100m, 40m), Indicator(" ", 100m, 40m)),
                Node("S2", TreeLevel.HeadOfRegion, new NodeIndicator("IK-2", null!, null!, null!)),
            ],
        }.Build();

        Assert.Equal(
            ["nodes[0].indicators[0].indicatorId", "nodes[0].indicators[1].indicatorId", "nodes[1].indicators[0].name", "nodes[1].indicators[0].unit", "nodes[1].indicators[0].input"],
            built.Problems.Select(p => p.Path));
        Assert.All(built.Problems, p => Assert.Equal("required", p.Reason.Code));
    }

    [Fact]
    public void WithRealisation_UnknownIndicator_IsTheSameTree()
    {
        var compiled = CompiledTree.Compile(new PerformanceTreeBuilder { Nodes = [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-1", 100m, 60m))] }.Build().GetValueOrThrow());

        Assert.Equal(80m, compiled.WithRealisation("IK-1", new Measure(80m)).Evaluate().Value("S1")?.Value);
        Assert.Same(compiled, compiled.WithRealisation("IK-NONE", new Measure(1m)));
    }

    [Fact]
    public void Recompute_NullPrevious_ThrowsArgumentNull()
    {
        var compiled = CompiledTree.Compile(_region);

        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() => compiled.Recompute(null!)).ParamName);
        Assert.Equal("previous", Assert.Throws<ArgumentNullException>(() => compiled.Recompute(null!, ["S1"])).ParamName);
    }

    [Fact]
    public void Recompute_WithNodes_NullNodesThrowsArgumentNull()
    {
        var compiled = CompiledTree.Compile(_region);

        Assert.Equal("changedNodeIds", Assert.Throws<ArgumentNullException>(() => compiled.Recompute(compiled.Evaluate(), null!)).ParamName);
    }

    [Fact]
    public void Recompute_WithNodes_OtherCompilationThrowsWithTheReason()
    {
        // Another compilation of the same tree has the same shape, but its evaluation is not accepted.
        var evaluation = CompiledTree.Compile(_region).Evaluate();

        var error = Assert.Throws<ArgumentException>(() => CompiledTree.Compile(_region).Recompute(evaluation, ["S1"]));

        Assert.Equal("previous", error.ParamName);
        Assert.StartsWith("The evaluation is not of a tree from the same compilation.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NullOrOtherCompilation_ThrowsWithTheReason()
    {
        var evaluation = CompiledTree.Compile(_region).Evaluate();

        Assert.Equal("before", Assert.Throws<ArgumentNullException>(() => CompiledEvaluation.Compare(null!, evaluation)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => CompiledEvaluation.Compare(evaluation, null!)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => CompiledEvaluation.Compare(evaluation, CompiledTree.Compile(_region).Evaluate()));
        Assert.Equal("after", error.ParamName);
        Assert.StartsWith("Both evaluations must be of trees from the same compilation.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recompute_TwoStepsBack_RevisitsOnlyTheChangedPath()
    {
        var (compiled, strategy) = Counted();
        var first = compiled.Evaluate();
        var changed = compiled.WithRealisation("DINKES-SS1", "IK-KES", new Measure(90m)).WithRealisation("DINKES-SS1", "IK-KES", new Measure(60m));

        var calls = strategy.Count(() => changed.Recompute(first));

        // DINKES-SS1, S1 and T1; a full evaluation would combine every node with data.
        Assert.Equal(3, calls);
        Assert.Empty(Differences(changed.Evaluate(), changed.Recompute(first)));
    }

    [Fact]
    public void Recompute_UnchangedFigure_StopsThere()
    {
        // The realisation is set to what it was: the node's figure is identical (value, scale, sign), so its parents
        // are not revisited.
        var (compiled, strategy) = Counted();
        var first = compiled.Evaluate();
        var same = compiled.WithRealisation("DINKES-SS1", "IK-KES", new Measure(80m));

        var calls = strategy.Count(() => same.Recompute(first));

        Assert.Equal(1, calls);
        Assert.Empty(Differences(same.Evaluate(), same.Recompute(first)));
    }

    [Fact]
    public void Recompute_ExactlyMaxHistoryStepsBack_IsStillIncremental()
    {
        var (compiled, strategy) = Counted();
        var first = compiled.Evaluate();
        var trees = Steps(compiled, 64);

        Assert.Equal(3, strategy.Count(() => trees[64].Recompute(first)));
        Assert.Empty(Differences(trees[64].Evaluate(), trees[64].Recompute(first)));
    }

    [Fact]
    public void Recompute_OneStepPastMaxHistory_FallsBackToAFullEvaluation()
    {
        var (compiled, strategy) = Counted();
        var first = compiled.Evaluate();
        var trees = Steps(compiled, 65);
        var full = strategy.Count(() => trees[65].Evaluate());

        Assert.Equal(full, strategy.Count(() => trees[65].Recompute(first)));
        Assert.True(full > 3);
        Assert.Empty(Differences(trees[65].Evaluate(), trees[65].Recompute(first)));
    }

    [Fact]
    public void Recompute_AcrossTheHistoryRestart_FollowsTheNewChain()
    {
        // The 65th step starts a new chain of history; the 66th still reaches back to the tree of step 64.
        var (compiled, strategy) = Counted();
        var trees = Steps(compiled, 66);
        var at64 = trees[64].Evaluate();

        Assert.Equal(3, strategy.Count(() => trees[66].Recompute(at64)));
        Assert.Empty(Differences(trees[66].Evaluate(), trees[66].Recompute(at64)));
    }

    /// <summary>R ← M, N; M ← L; declared N, L, M, R (a non-root first). Compiled order: L, M, N, R.</summary>
    private static PerformanceTree Small() => new PerformanceTreeBuilder
    {
        Nodes =
        [
            Node("N", TreeLevel.EchelonII, Indicator("IK-N", 100m, 70m)),
            Node("L", TreeLevel.EchelonIII, Indicator("IK-L", 100m, 40m)),
            Node("M", TreeLevel.EchelonII, Indicator("IK-M", 100m, 90m)),
            Node("R", TreeLevel.HeadOfRegion),
        ],
        Links = [new TreeLink("R", "M"), new TreeLink("R", "N"), new TreeLink("M", "L")],
    }.Build().GetValueOrThrow();

    private (CompiledTree Tree, CountingMeanStrategy Strategy) Counted()
    {
        var strategy = new CountingMeanStrategy();
        return (CompiledTree.Compile(_region, new RollUpOptions { Strategy = strategy }), strategy);
    }

    /// <summary>The compiled tree and <paramref name="count"/> what-if steps from it, each a new realisation of
    /// IK-KES on DINKES-SS1 (50 to 74: never its original 80, and different from each of the two before).</summary>
    private static CompiledTree[] Steps(CompiledTree compiled, int count)
    {
        var trees = new CompiledTree[count + 1];
        trees[0] = compiled;
        for (var k = 1; k <= count; k++)
        {
            trees[k] = trees[k - 1].WithRealisation("DINKES-SS1", "IK-KES", new Measure(50m + (k % 25)));
        }

        return trees;
    }

    /// <summary>A plugin mean that counts how many nodes it combines (thread-safe, one per test).</summary>
    private sealed class CountingMeanStrategy : IRollUpStrategy
    {
        private int _calls;

        public string Id => "counting-mean";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items)
        {
            Interlocked.Increment(ref _calls);
            var sum = 0m;
            foreach (var item in items)
            {
                sum += item.Value;
            }

            return sum / items.Length;
        }

        public int Count(Action action)
        {
            Interlocked.Exchange(ref _calls, 0);
            action();
            return Interlocked.Exchange(ref _calls, 0);
        }
    }
}
