using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

/// <summary>Edges of the object model: guards and their messages, apportioned range targets, the builder's messages
/// for missing ids and the path it names for a cycle, and the leave-one-out figures at their edges.</summary>
public class TreeEdgeTests
{
    private readonly PerformanceTree _region = Region();

    [Fact]
    public void ApportionedTarget_NullShared_ThrowsArgumentNull() =>
        Assert.Equal("shared", Assert.Throws<ArgumentNullException>(() => _region.ApportionedTarget(null!, "DINKES-SS1")).ParamName);

    [Fact]
    public void ApportionedTarget_OwnerWithoutTheIndicator_IsNull()
    {
        // DINKES-SS1 exists and carries indicators, just not this one.
        var shared = new SharedIndicator("DINKES-SS1", "IK-NOPE") { Shares = [new ContributionShare("DISDIK-SS1", 100m)] };

        Assert.Null(_region.ApportionedTarget(shared, "DISDIK-SS1"));
    }

    [Fact]
    public void ApportionedTarget_RangeTarget_SplitsBothEnds()
    {
        var tree = new PerformanceTreeBuilder
        {
            Nodes =
            [
                Node("S1", TreeLevel.HeadOfRegion, new NodeIndicator("IK-R", "Indikator rentang", "%", new AchievementInput(Target.Range(80m, 120m), 100m))),
                Node("A", TreeLevel.EchelonII),
            ],
            Links = [new TreeLink("S1", "A")],
        }.Build().GetValueOrThrow();
        var shared = new SharedIndicator("S1", "IK-R") { Shares = [new ContributionShare("A", 25m)] };

        var target = tree.ApportionedTarget(shared, "A") ?? throw new InvalidOperationException("no target");

        Assert.True(target.IsRange);
        Assert.Equal((20m, 30m), (target.Lower, target.Upper));
    }

    [Fact]
    public void Indexer_UnknownId_MessageNamesIt() =>
        Assert.Equal("No node with id 'NOPE' is in the tree.", Assert.Throws<KeyNotFoundException>(() => _region["NOPE"]).Message);

    [Fact]
    public void WithLinkWeight_NoSuchLink_MessageNamesBothEnds()
    {
        var error = Assert.Throws<ArgumentException>(() => _region.WithLinkWeight("S1", "DINKES-P1", 1m));

        Assert.Equal("childId", error.ParamName);
        Assert.StartsWith("No link from 'DINKES-P1' to 'S1'.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WithRealisationAndTarget_NullIndicator_ThrowArgumentNull()
    {
        Assert.Equal("indicatorId", Assert.Throws<ArgumentNullException>(() => _region.WithRealisation(null!, new Measure(1m))).ParamName);
        Assert.Equal("indicatorId", Assert.Throws<ArgumentNullException>(() => _region.WithRealisation("S1", null!, new Measure(1m))).ParamName);
        Assert.Equal("indicatorId", Assert.Throws<ArgumentNullException>(() => _region.WithTarget(null!, Target.Point(1m))).ParamName);
    }

    [Fact]
    public void Build_LinkWithoutChildId_ReportsAnEmptyId()
    {
        var result = new PerformanceTreeBuilder { Nodes = [Node("S1", TreeLevel.HeadOfRegion)], Links = [new TreeLink("S1", null!)] }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("links[0].childId", "unknown-node"), (problem.Path, problem.Reason.Code));
        Assert.Equal("no node with id '' is in the tree", problem.Reason.Message.English);
    }

    [Fact]
    public void Build_LinkBetweenTwoUnknownEqualIds_IsNotAlsoASelfLink()
    {
        // Both ends are the same unknown id: only the unknown ends are reported, not a self-link (nor, the second
        // time, a duplicate link).
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion)],
            Links = [new TreeLink("NOPE", "NOPE"), new TreeLink("GONE", "S1"), new TreeLink("GONE", "S1")],
        }.Build();

        Assert.Equal(
            [("links[0].parentId", "unknown-node"), ("links[0].childId", "unknown-node"), ("links[1].parentId", "unknown-node"), ("links[2].parentId", "unknown-node")],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Build_SharedWithUnknownOrMissingIds_NamesTheIdGiven()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 10m, 8m)), Node("A", TreeLevel.EchelonII)],
            Links = [new TreeLink("S1", "A")],
            Shared =
            [
                new SharedIndicator("NOPE", "IK-S1") { Shares = [new ContributionShare("GONE", 50m), new ContributionShare(null!, 50m)] },
                new SharedIndicator(null!, "IK-S1") { Shares = [new ContributionShare("A", 100m)] },
            ],
        }.Build();

        Assert.Equal(
            [
                ("shared[0].ownerNodeId", "no node with id 'NOPE' is in the tree"),
                ("shared[0].shares[0].nodeId", "no node with id 'GONE' is in the tree"),
                ("shared[0].shares[1].nodeId", "no node with id '' is in the tree"),
                ("shared[1].ownerNodeId", "no node with id '' is in the tree"),
            ],
            result.Problems.Select(p => (p.Path, p.Reason.Message.English)));
    }

    [Fact]
    public void Build_CycleAfterAnUnlinkedNode_IsReportedAtItsFirstNode()
    {
        // L is on no cycle (it was ordered); the cycle is A > B > A, reported at A (nodes[1]), not at L or B.
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("L", TreeLevel.EchelonIV), Node("A", TreeLevel.EchelonII), Node("B", TreeLevel.EchelonIII)],
            Links = [new TreeLink("A", "B"), new TreeLink("B", "A")],
        }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("nodes[1]", "cycle"), (problem.Path, problem.Reason.Code));
        Assert.Equal("the links form a cycle: A > B > A", problem.Reason.Message.English);
    }

    [Fact]
    public void Build_CycleWhoseNodeFirstFeedsOnALeaf_FollowsOnlyCycleLinks()
    {
        // A's first child L is not stuck: the path must follow A's first stuck child, B.
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("A", TreeLevel.EchelonII), Node("B", TreeLevel.EchelonIII), Node("L", TreeLevel.EchelonIV)],
            Links = [new TreeLink("A", "L"), new TreeLink("A", "B"), new TreeLink("B", "A")],
        }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("nodes[0]", "the links form a cycle: A > B > A"), (problem.Path, problem.Reason.Message.English));
    }

    [Fact]
    public void Mean_NoItems_GivesNoFigure() => Assert.Null(RollUpStrategies.Mean.Combine([]));

    [Fact]
    public void Compare_NullOrDifferentNodes_ThrowsWithTheReason()
    {
        var evaluation = TreeEvaluator.Default.Evaluate(_region);
        var other = TreeEvaluator.Default.Evaluate(new PerformanceTreeBuilder { Nodes = [Node("X", TreeLevel.HeadOfRegion)] }.Build().GetValueOrThrow());

        Assert.Equal("before", Assert.Throws<ArgumentNullException>(() => TreeEvaluation.Compare(null!, evaluation)).ParamName);
        Assert.Equal("after", Assert.Throws<ArgumentNullException>(() => TreeEvaluation.Compare(evaluation, null!)).ParamName);
        var error = Assert.Throws<ArgumentException>(() => TreeEvaluation.Compare(evaluation, other));
        Assert.Equal("after", error.ParamName);
        Assert.StartsWith("Both evaluations must be of trees with the same nodes.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_NullTree_ThrowsArgumentNull() =>
        Assert.Equal("tree", Assert.Throws<ArgumentNullException>(() => TreeEvaluator.Default.Evaluate(null!)).ParamName);

    [Fact]
    public void LeaveOneOut_WorstTieBetweenBeforeAndAfter_KeepsTheEarlierItem()
    {
        // Leaving out the middle item, the worst before (1.00) ties the worst after (1.0): the strategy keeps the
        // earlier one, scale and all.
        var items = new[] { Item(1.00m), Item(5m), Item(1.0m) };

        var others = LeaveOneOut.Figures(RollUpStrategies.Worst, items);

        Assert.Equal("1.00", others[1].ToString(CultureInfo.InvariantCulture));
        Assert.Equal(
            LeaveOneOut.Recombined(RollUpStrategies.Worst, items).Select(d => d.ToString(CultureInfo.InvariantCulture)),
            others.Select(d => d.ToString(CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void LeaveOneOut_RecombinedSingleItem_NeverCombinesNothing()
    {
        // A strategy is never asked to combine no items (this plugin would fail on them): the figure without the
        // only item is 0.
        Assert.Equal([0m], LeaveOneOut.Recombined(LastAmountStrategy.Instance, [Item(70m)]));
    }

    private static RollUpItem Item(decimal value) => new(value, 1m, 0m, 0m);
}
