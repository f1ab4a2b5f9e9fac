using Sakip.Domain.Achievement;
using Sakip.Domain.Review;
using Sakip.Domain.Tree;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

public class PerformanceTreeCheckTests
{
    [Fact]
    public void Check_Orphan_IsAnErrorButRpjmdRootsAreNot()
    {
        var tree = Build([Node("T1", TreeLevel.HeadOfRegion, Indicator("IK-T", 10m, 9m)), Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 10m, 9m))]);

        var issue = Assert.Single(tree.Check());
        Assert.Equal((Severity.Error, "P1", "P1", "orphan"), (issue.Severity, issue.NodeId, issue.NodePath, issue.Reason.Code));
    }

    [Fact]
    public void Check_NodesWithoutIndicators_AreWarningsWithTheirPaths()
    {
        var issues = Region().Check();

        Assert.Equal(
            [("T1", "T1"), ("S1", "T1 > S1"), ("S2", "T1 > S2")],
            issues.Select(i => (i.NodeId, i.NodePath)));
        Assert.All(issues, i => Assert.Equal((Severity.Warning, "no-indicator"), (i.Severity, i.Reason.Code)));
    }

    [Fact]
    public void Check_DirectCascadeWithAnotherUnit_IsAnErrorOnTheChild()
    {
        var tree = Build(
            [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S", 100m, 90m)), Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 10m, 9m, unit: "orang"))],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        var issue = Assert.Single(tree.Check());
        Assert.Equal((Severity.Error, "P1", "S1 > P1", "direct-unit-mismatch"), (issue.Severity, issue.NodeId, issue.NodePath, issue.Reason.Code));
        Assert.Contains("'orang'", issue.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DirectCascadeWithOppositePolarity_IsAnError()
    {
        var tree = Build(
            [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S", 10m, 9m, Polarity.Negative, "kasus")), Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 5m, 4m, Polarity.Positive, "kasus"))],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        var issue = Assert.Single(tree.Check());
        Assert.Equal(("P1", "direct-polarity-conflict"), (issue.NodeId, issue.Reason.Code));
        Assert.Contains("Indikator IK-P", issue.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_IndirectCascade_AllowsOtherUnitsAndPolarity()
    {
        var tree = Build(
            [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S", 10m, 9m, Polarity.Negative, "kasus")), Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 5m, 4m, Polarity.Positive, "orang"))],
            new TreeLink("S1", "P1"));

        Assert.Empty(tree.Check());
    }

    [Fact]
    public void Check_DirectCascadeSameUnitAndPolarity_IsClean()
    {
        var tree = Build(
            [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S", 10m, 9m, unit: "unit")), Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 5m, 4m, unit: "UNIT"))],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        Assert.Empty(tree.Check());
    }

    [Fact]
    public void ToString_Issue_ReadsSeverityPathAndReason() =>
        Assert.Equal("Warning T1 > S1: this node has no indicator, so only its children can measure it", Region().Check()[1].ToString());

    private static PerformanceTree Build(TreeNode[] nodes, params TreeLink[] links) =>
        new PerformanceTreeBuilder { Nodes = [.. nodes], Links = [.. links] }.Build().GetValueOrThrow();
}
