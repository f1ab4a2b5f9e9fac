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
    public void Check_CascadedIndicators_AreComparedWithTheIndicatorTheyNameNotByUnit()
    {
        // P1 cascades IK-P from IK-S1 faithfully (kasus, lower is better); its IK-Q (%, higher is better) shares only a
        // unit with the parent's IK-S2 (%, lower is better): not a conflict, nothing was cascaded between them.
        var tree = Build(
            [
                Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 10m, 9m, Polarity.Negative, "kasus"), Indicator("IK-S2", 20m, 18m, Polarity.Negative)),
                Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 5m, 4m, Polarity.Negative, "kasus") with { CascadedFrom = "IK-S1" }, Indicator("IK-Q", 50m, 55m)),
            ],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        Assert.Empty(tree.Check());
    }

    [Fact]
    public void Check_CascadedIndicatorTurningItsParentsDirection_IsAConflictNamingIt()
    {
        // IK-Q (%) shares a unit and direction with IK-S2, but it is cascaded from IK-S1 (%, lower is better).
        var tree = Build(
            [
                Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 10m, 9m, Polarity.Negative), Indicator("IK-S2", 20m, 22m)),
                Node("P1", TreeLevel.EchelonIII, Indicator("IK-Q", 50m, 55m) with { CascadedFrom = "IK-S1" }),
            ],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        var issue = Assert.Single(tree.Check());
        Assert.Equal(("P1", "direct-polarity-conflict"), (issue.NodeId, issue.Reason.Code));
        Assert.Contains("'Indikator IK-Q'", issue.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CascadedIndicatorInAnotherUnit_IsAMismatchNamingBothUnits()
    {
        // IK-P (orang) is cascaded from IK-S1 (kasus), though the parent also has an indicator in orang.
        var tree = Build(
            [
                Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 10m, 9m, unit: "kasus"), Indicator("IK-S2", 20m, 22m, unit: "orang")),
                Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 5m, 4m, unit: "orang") with { CascadedFrom = "IK-S1" }),
            ],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        var issue = Assert.Single(tree.Check());
        Assert.Equal("direct-unit-mismatch", issue.Reason.Code);
        Assert.Equal("a direct cascade splits the parent's target, but the unit 'orang' differs from the parent's 'kasus'", issue.Reason.Message.English);
    }

    [Fact]
    public void Check_UnitsDifferingInCaseAndSpacesOnly_AreOneUnit()
    {
        var tree = Build(
            [
                Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 10m, 9m, unit: "per 1.000 KH")),
                Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 5m, 4m, unit: " per  1.000 kh ") with { CascadedFrom = "IK-S1" }, Indicator("IK-R", 5m, 4m, unit: "PER 1.000  kh")),
            ],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        Assert.Empty(tree.Check());
    }

    [Fact]
    public void Check_UnitPairedWithOneOfTwoParentIndicators_IsClean()
    {
        // Without cascade names, IK-P (kasus, lower is better) pairs with the parent's IK-S1 in its unit and direction;
        // the parent's other indicator (%) is not its pair.
        var tree = Build(
            [
                Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 10m, 9m, Polarity.Negative, "kasus"), Indicator("IK-S2", 20m, 22m)),
                Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 5m, 4m, Polarity.Negative, "kasus")),
            ],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        Assert.Empty(tree.Check());
    }

    [Fact]
    public void Check_CascadedFromAnIndicatorTheParentLacks_FallsBackToUnits()
    {
        // IK-P names IK-X, which S1 does not carry: the pair is judged by unit, as without names.
        var tree = Build(
            [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S", 10m, 9m, Polarity.Negative, "kasus")), Node("P1", TreeLevel.EchelonIII, Indicator("IK-P", 5m, 4m, Polarity.Positive, "kasus") with { CascadedFrom = "IK-X" })],
            new TreeLink("S1", "P1") { Method = CascadeMethod.Direct });

        Assert.Equal("direct-polarity-conflict", Assert.Single(tree.Check()).Reason.Code);
    }

    [Fact]
    public void ToString_Issue_ReadsSeverityPathAndReason() =>
        Assert.Equal("Warning T1 > S1: this node has no indicator, so only its children can measure it", Region().Check()[1].ToString());

    private static PerformanceTree Build(TreeNode[] nodes, params TreeLink[] links) =>
        new PerformanceTreeBuilder { Nodes = [.. nodes], Links = [.. links] }.Build().GetValueOrThrow();
}
