using Sakip.Domain.Achievement;
using Sakip.Domain.Tree;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

public class PerformanceTreeBuilderTests
{
    [Fact]
    public void Build_ValidContents_BuildsTree()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion), Node("P1", TreeLevel.EchelonIII, Indicator("IK-1", 100m, 90m))],
            Links = [new TreeLink("S1", "P1")],
        }.Build();

        Assert.True(result.IsSuccess);
        Assert.Empty(result.Problems);
        Assert.Equal(["S1", "P1"], result.GetValueOrThrow().Nodes.Select(n => n.Id));
    }

    [Fact]
    public void Build_DuplicateId_ReportsItAtTheSecondNode()
    {
        var result = new PerformanceTreeBuilder { Nodes = [Node("S1", TreeLevel.HeadOfRegion), Node("S1", TreeLevel.HeadOfRegion)] }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("nodes[1].id", "duplicate-id"), (problem.Path, problem.Reason.Code));
        Assert.Contains("'S1'", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownLinkEnds_ReportsEachEnd()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion)],
            Links = [new TreeLink("S1", "NOPE"), new TreeLink("GONE", "S1")],
        }.Build();

        Assert.Equal(
            [("links[0].childId", "unknown-node"), ("links[1].parentId", "unknown-node")],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
        Assert.Contains("'NOPE'", result.Problems[0].Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SelfLink_IsReported()
    {
        var result = new PerformanceTreeBuilder { Nodes = [Node("S1", TreeLevel.HeadOfRegion)], Links = [new TreeLink("S1", "S1")] }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("links[0]", "self-link"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Build_DuplicateLink_IsReportedAtTheSecond()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion), Node("P1", TreeLevel.EchelonIII)],
            Links = [new TreeLink("S1", "P1"), new TreeLink("S1", "P1") { Weight = 2m }],
        }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("links[1]", "duplicate-link"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Build_DuplicateLinksOfAChildWithManyParents_AreEachReportedInLinkOrder()
    {
        // Twelve parents is past the builder's look-back, so its set finds these; the other problems stay in link order.
        var parents = Enumerable.Range(0, 12).Select(i => Node($"S{i}", TreeLevel.HeadOfRegion)).ToArray();
        var links = parents.Select(p => new TreeLink(p.Id, "P1")).ToList();
        links.Insert(3, new TreeLink("S7", "P1"));
        links.Add(new TreeLink("S0", "P1") { Weight = -1m });
        links.Add(new TreeLink("P1", "P1"));
        links.Add(new TreeLink("S0", "P1"));
        var result = new PerformanceTreeBuilder { Nodes = [.. parents, Node("P1", TreeLevel.EchelonIII)], Links = links }.Build();

        Assert.Equal(
            [("links[8]", "duplicate-link"), ("links[13]", "duplicate-link"), ("links[13].weight", "negative-weight"), ("links[14]", "self-link"), ("links[15]", "duplicate-link")],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Build_NegativeWeights_AreReportedForLinksAndIndicators()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion), Node("P1", TreeLevel.EchelonIII, Indicator("IK-1", 100m, 90m) with { Weight = -1m })],
            Links = [new TreeLink("S1", "P1") { Weight = -0.5m }],
        }.Build();

        Assert.Equal(
            [("nodes[1].indicators[0].weight", "negative-weight"), ("links[0].weight", "negative-weight")],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Build_SameIndicatorTwiceOnOneNode_IsADuplicate()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-1", 100m, 90m), Indicator("IK-2", 100m, 90m), Indicator("IK-1", 100m, 95m))],
        }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("nodes[0].indicators[2].indicatorId", "duplicate-id"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Build_SameIndicatorOnTwoNodes_IsAllowed() =>
        Assert.True(new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-1", 100m, 90m)), Node("P1", TreeLevel.EchelonIII, Indicator("IK-1", 100m, 90m))],
            Links = [new TreeLink("S1", "P1")],
        }.Build().IsSuccess);

    [Fact]
    public void Build_ZeroWeight_IsAllowed() =>
        Assert.True(new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion), Node("P1", TreeLevel.EchelonIII)],
            Links = [new TreeLink("S1", "P1") { Weight = 0m }],
        }.Build().IsSuccess);

    [Fact]
    public void Build_Cycle_NamesItsPath()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("T1", TreeLevel.HeadOfRegion), Node("A", TreeLevel.EchelonII), Node("B", TreeLevel.EchelonIII), Node("C", TreeLevel.EchelonIV)],
            Links = [new TreeLink("T1", "A"), new TreeLink("A", "B"), new TreeLink("B", "C"), new TreeLink("C", "A")],
        }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal("cycle", problem.Reason.Code);
        Assert.Contains("A > B > C > A", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_LongCycle_IsFoundQuickly()
    {
        const int Length = 50_000;
        var builder = new PerformanceTreeBuilder();
        for (var i = 0; i < Length; i++)
        {
            builder.Nodes.Add(Node("N" + i, TreeLevel.EchelonIV));
            builder.Links.Add(new TreeLink("N" + i, "N" + ((i + 1) % Length)));
        }

        var problem = Assert.Single(builder.Build().Problems);

        Assert.Equal("cycle", problem.Reason.Code);
        Assert.StartsWith("the links form a cycle: N0 > N1 > N2", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.EndsWith("N49999 > N0", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SharesNotSummingTo100_IsReported()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 10m, 8m)), Node("A", TreeLevel.EchelonII), Node("B", TreeLevel.EchelonII)],
            Links = [new TreeLink("S1", "A"), new TreeLink("S1", "B")],
            Shared = [new SharedIndicator("S1", "IK-S1") { Shares = [new ContributionShare("A", 60m), new ContributionShare("B", 30m)] }],
        }.Build();

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("shared[0].shares", "shares-not-100"), (problem.Path, problem.Reason.Code));
        Assert.Contains("90 %", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SharedIndicatorProblems_AreEachReported()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 10m, 8m)), Node("A", TreeLevel.EchelonII)],
            Shared =
            [
                new SharedIndicator("S1", "IK-NOT-THERE") { Shares = [new ContributionShare("A", 100m)] },
                new SharedIndicator("NOPE", "IK-S1") { Shares = [new ContributionShare("GONE", 0m), null!, new ContributionShare("A", 100m)] },
            ],
        }.Build();

        Assert.Equal(
            [
                ("shared[0].indicatorId", "indicator-not-on-node"),
                ("shared[1].ownerNodeId", "unknown-node"),
                ("shared[1].shares[0].nodeId", "unknown-node"),
                ("shared[1].shares[0].percent", "share-not-positive"),
                ("shared[1].shares[1]", "required"),
            ],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Build_NullEntries_AreReportedNotThrown()
    {
        var result = new PerformanceTreeBuilder
        {
            Nodes = [null!, new TreeNode("S1", " ", TreeLevel.HeadOfRegion, NodeKind.Sasaran) { Indicators = [null!] }],
            Links = [null!],
            Shared = [null!],
        }.Build();

        Assert.Equal(
            [("nodes[0].id", "required"), ("nodes[1].name", "required"), ("nodes[1].indicators[0]", "required"), ("links[0]", "required"), ("shared[0]", "required")],
            result.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Build_Problems_ModelThrowsListingThem()
    {
        var result = new PerformanceTreeBuilder { Nodes = [Node("S1", TreeLevel.HeadOfRegion), Node("S1", TreeLevel.HeadOfRegion)] }.Build();

        var error = Assert.Throws<InvalidOperationException>(() => result.GetValueOrThrow());
        Assert.Contains("nodes[1].id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Polarity_DoesNotMatterStructurally() =>
        Assert.True(new PerformanceTreeBuilder { Nodes = [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK", 5m, 4m, Polarity.Negative))] }.Build().IsSuccess);
}
