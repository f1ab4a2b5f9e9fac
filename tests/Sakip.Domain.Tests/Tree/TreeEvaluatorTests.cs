using Sakip.Domain.Tree;
using Sakip.Domain.Values;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

public class TreeEvaluatorTests
{
    private readonly PerformanceTree _tree = Region();

    [Fact]
    public void Evaluate_Mean_AveragesOwnIndicatorsAndChildren()
    {
        var evaluation = TreeEvaluator.Default.Evaluate(_tree);

        Assert.Equal(
            [("T1", 57.5m), ("S1", 65m), ("S2", 50m), ("DINKES-SS1", 80m), ("DISDIK-SS1", 50m)],
            evaluation.Results.Where(r => r.Value is not null).Select(r => (r.NodeId, r.Value!.Value.Value)));
        Assert.Equal(NodeStatus.NoData, evaluation["DINKES-P1"].Status);
        Assert.Null(evaluation["DINKES-P1"].Band);
        Assert.Equal("Rendah", evaluation["T1"].Band?.Label.Indonesian);
    }

    [Fact]
    public void Evaluate_Skip_LeavesMissingChildOutAndStaysComplete()
    {
        var s2 = TreeEvaluator.Default.Evaluate(_tree)["S2"];

        Assert.Equal((NodeStatus.Complete, 50m), (s2.Status, s2.Value?.Value));
        Assert.Equal(
            [("DISDIK-SS1", 50m, true), ("DINKES-P1", (decimal?)null, false)],
            s2.Contributions.Select(c => (c.SourceId, c.Value, c.Counted)));
    }

    [Fact]
    public void Evaluate_CountAsZero_CountsMissingChildAsZero()
    {
        var evaluation = new TreeEvaluator(new RollUpOptions { Missing = MissingItemPolicy.CountAsZero }).Evaluate(_tree);

        Assert.Equal((NodeStatus.Complete, 25m), (evaluation["S2"].Status, evaluation["S2"].Value?.Value));
        Assert.Equal(45m, evaluation["T1"].Value?.Value);
        Assert.True(evaluation["S2"].Contributions[1].Counted);

        // The program's own unreported indicator counts as 0 too, so it has a figure.
        Assert.Equal((NodeStatus.Complete, 0m), (evaluation["DINKES-P1"].Status, evaluation["DINKES-P1"].Value?.Value));
    }

    [Fact]
    public void Evaluate_MarkIncomplete_MarksTheNodeAndEveryNodeItFeeds()
    {
        var evaluation = new TreeEvaluator(new RollUpOptions { Missing = MissingItemPolicy.MarkIncomplete }).Evaluate(_tree);

        Assert.Equal((NodeStatus.Incomplete, 50m), (evaluation["S2"].Status, evaluation["S2"].Value?.Value));
        Assert.Equal((NodeStatus.Incomplete, 57.5m), (evaluation["T1"].Status, evaluation["T1"].Value?.Value));
        Assert.Equal(NodeStatus.Complete, evaluation["S1"].Status);
        Assert.Equal(NodeStatus.NoData, evaluation["DINKES-P1"].Status);
        Assert.Equal(MissingItemPolicy.MarkIncomplete, evaluation.Options.Missing);
    }

    [Fact]
    public void Evaluate_WeightedMean_UsesLinkWeights()
    {
        var weighted = _tree.WithLinkWeight("S1", "DINKES-SS1", 3m);

        var evaluation = new TreeEvaluator(new RollUpOptions { Strategy = RollUpStrategies.WeightedMean }).Evaluate(weighted);

        Assert.Equal(72.5m, evaluation["S1"].Value?.Value);
        Assert.Equal(3m, evaluation["S1"].Contributions[0].Weight);
    }

    [Fact]
    public void Evaluate_Worst_TakesTheLowestItem() =>
        Assert.Equal(50m, new TreeEvaluator(new RollUpOptions { Strategy = RollUpStrategies.Worst }).Evaluate(_tree)["T1"].Value?.Value);

    [Fact]
    public void Evaluate_RatioOfSums_DividesRealisedByTargetAmounts()
    {
        var evaluation = new TreeEvaluator(new RollUpOptions { Strategy = RollUpStrategies.RatioOfSums }).Evaluate(_tree);

        Assert.Equal((130m, 200m, 65m), (evaluation["S1"].Numerator, evaluation["S1"].Denominator, evaluation["S1"].Value?.Value));
    }

    [Fact]
    public void EffectsOn_ChildDraggingTheParentDown_HasANegativeEffect()
    {
        var effects = TreeEvaluator.Default.Evaluate(_tree).EffectsOn("S1");

        Assert.Equal(
            [("DISDIK-SS1", -15m), ("DINKES-SS1", 15m)],
            effects.Select(e => (e.SourceId, e.Effect)));
        Assert.All(effects, e => Assert.Equal(ContributionSource.Child, e.Source));
    }

    [Fact]
    public void EffectsOn_RegionalObjective_ShowsWhichSasaranDragsItDown()
    {
        var effects = TreeEvaluator.Default.Evaluate(_tree).EffectsOn("T1");

        Assert.Equal("S2", effects[0].SourceId);
        Assert.True(effects[0].Effect < 0m);
        Assert.Empty(TreeEvaluator.Default.Evaluate(_tree).EffectsOn("DINKES-P1"));
    }

    [Fact]
    public void EffectsOn_TwoIndicators_UsesEachIndicatorsOwnAmounts()
    {
        var tree = new PerformanceTreeBuilder { Nodes = [Node("P", TreeLevel.HeadOfRegion, Indicator("IK-A", 100m, 50m), Indicator("IK-B", 10m, 10m))] }.Build().GetValueOrThrow();

        var effects = new TreeEvaluator(new RollUpOptions { Strategy = RollUpStrategies.RatioOfSums }).Evaluate(tree).EffectsOn("P");

        // 60 ÷ 110 = 54.54…; without the first indicator 10 ÷ 10 = 100, without the second 50 ÷ 100 = 50.
        Assert.Equal([-45.45m, 4.55m], effects.Select(e => Math.Round(e.Effect, 2)));
    }

    [Fact]
    public void WhatIf_Realisation_LeavesTheOriginalAndComparesWithBandChanges()
    {
        var before = TreeEvaluator.Default.Evaluate(_tree);
        var changed = _tree.WithRealisation("IK-APS", new Measure(95m));
        var after = TreeEvaluator.Default.Evaluate(changed);

        var changes = TreeEvaluation.Compare(before, after);

        Assert.Equal(
            [
                ("T1", 57.5m, 91.25m, "Rendah", "Sangat Tinggi"),
                ("S1", 65m, 87.5m, "Rendah", "Tinggi"),
                ("S2", 50m, 95m, "Sangat Rendah", "Sangat Tinggi"),
                ("DISDIK-SS1", 50m, 95m, "Sangat Rendah", "Sangat Tinggi"),
            ],
            changes.Select(c => (c.NodeId, c.Before!.Value.Value, c.After!.Value.Value, c.BandBefore!.Label.Indonesian, c.BandAfter!.Label.Indonesian)));
        Assert.All(changes, c => Assert.True(c.BandChanged));
        Assert.Equal(33.75m, changes[0].Delta);
        Assert.Equal(50m, _tree["DISDIK-SS1"].Indicators[0].Input.Realisation?.Value);
    }

    [Fact]
    public void WhatIf_RealisationWithinTheBand_IsReportedWithoutBandChange()
    {
        var before = TreeEvaluator.Default.Evaluate(_tree);
        var after = TreeEvaluator.Default.Evaluate(_tree.WithRealisation("DINKES-SS1", "IK-KES", new Measure(85m)));

        var changes = TreeEvaluation.Compare(before, after);

        Assert.Equal(["T1", "S1", "DINKES-SS1"], changes.Select(c => c.NodeId));
        Assert.False(changes.Single(c => c.NodeId == "DINKES-SS1").BandChanged);
    }

    [Fact]
    public void WhatIf_TargetAndUnknownIndicator_BehaveAsDocumented()
    {
        Assert.Same(_tree, _tree.WithRealisation("IK-NONE", new Measure(1m)));
        var changed = TreeEvaluator.Default.Evaluate(_tree.WithTarget("IK-KES", Target.Point(160m)));
        Assert.Equal(50m, changed["DINKES-SS1"].Value?.Value);
        Assert.Throws<ArgumentException>(() => _tree.WithLinkWeight("S1", "DINKES-P1", 1m));
        Assert.Throws<ArgumentException>(() => _tree.WithLinkWeight("S1", "DINKES-SS1", -1m));
    }

    [Fact]
    public void Compare_DifferentTrees_Throws()
    {
        var other = new PerformanceTreeBuilder { Nodes = [Node("X", TreeLevel.HeadOfRegion)] }.Build().GetValueOrThrow();

        Assert.Throws<ArgumentException>(() => TreeEvaluation.Compare(TreeEvaluator.Default.Evaluate(_tree), TreeEvaluator.Default.Evaluate(other)));
    }
}
