using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Review;
using Sakip.Domain.Tree;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Testing.Tests;

public class CascadeGeneratorTests
{
    [Fact]
    public void Province_SameSeed_GivesTheSameTree()
    {
        var (first, second, other) = (CascadeGenerator.Province(11, agencies: 3), CascadeGenerator.Province(11, agencies: 3), CascadeGenerator.Province(12, agencies: 3));

        Assert.Equal(first.Nodes, second.Nodes);
        Assert.Equal(first.Links, second.Links);
        Assert.Equal(first.Shared, second.Shared);
        Assert.NotEqual(first.Nodes, other.Nodes);
    }

    /// <summary>The suite's one 50,000-node test: shape, validity, and compiled = object model on a whole province.</summary>
    [Fact]
    public void Province_FortyAgencies_IsARealisticValidCascadeOfAbout50000Nodes()
    {
        var tree = CascadeGenerator.Province(2026);
        var indicators = tree.Nodes.SelectMany(n => n.Indicators).ToList();

        Assert.InRange(tree.Nodes.Count, 45_000, 56_000);
        Assert.DoesNotContain(tree.Check(), i => i.Severity == Severity.Error);
        Assert.Equal(40, tree.Nodes.Where(n => n.Agency is not null).Select(n => n.Agency).Distinct().Count());
        Assert.Equal(
            [NodeKind.Tujuan, NodeKind.Sasaran, NodeKind.AgencySasaran, NodeKind.Program, NodeKind.Kegiatan, NodeKind.SubKegiatan],
            tree.Nodes.Select(n => n.Kind).Distinct().Order());
        Assert.Contains(tree.Nodes, n => n.Kind == NodeKind.AgencySasaran && tree.Parents(n.Id).Count() == 2);
        Assert.NotEmpty(tree.Shared);
        Assert.Contains(tree.Links, l => l.Method == CascadeMethod.Direct);
        Assert.Contains(indicators, i => i.Input.Polarity == Polarity.Negative);
        Assert.Contains(indicators, i => i.Input.Target.IsRange);
        Assert.InRange(indicators.Count(i => i.Input.Realisation is null), 1, indicators.Count / 20);
        Assert.Empty(Differences(TreeEvaluator.Default.Evaluate(tree), CompiledTree.Compile(tree).Evaluate()));
    }

    [Fact]
    public void ProvinceWithRegencies_Small_HangsEachRegencyUnderTheProvincesSasaran()
    {
        var tree = CascadeGenerator.ProvinceWithRegencies(3, regencies: 2, agenciesPerRegency: 2, provinceAgencies: 2);

        var regencyTujuan = tree.Nodes.Where(n => n.Kind == NodeKind.Tujuan && n.Id.StartsWith('R')).ToList();
        Assert.NotEmpty(regencyTujuan);
        Assert.All(regencyTujuan, t => Assert.All(tree.Parents(t.Id), p => Assert.StartsWith("P.S", p.Id, StringComparison.Ordinal)));
        Assert.All(regencyTujuan, t => Assert.NotEmpty(tree.Parents(t.Id)));
        Assert.Equal(["P"], tree.Roots.Select(r => r.Id[..1]).Distinct());
        Assert.DoesNotContain(tree.Check(), i => i.Severity == Severity.Error);
    }

    [Fact]
    public void Chain_Depth_IsOneNodeUnderTheOther()
    {
        var chain = CascadeGenerator.Chain(5);

        Assert.Equal(["C0", "C1", "C2", "C3", "C4"], chain.Nodes.Select(n => n.Id));
        Assert.Equal(["C0", "C1", "C2", "C3", "C4"], chain.PathOf("C4"));
        Assert.Single(chain.Roots);
    }

    [Fact]
    public void Generators_OutOfRangeSizes_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CascadeGenerator.Province(1, agencies: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => CascadeGenerator.ProvinceWithRegenciesBuilder(1, regencies: 100));
        Assert.Throws<ArgumentException>(() => CascadeGenerator.Chain(0));
    }

    [Property]
    public Property TreeGenerator_Trees_AreVariedDags() =>
        Prop.ForAll(TreeGenerators.TreeArbitrary, tree =>
            (tree.Nodes.Count >= 1 && tree.Roots.Any())
                .Classify(tree.Nodes.Any(n => tree.Parents(n.Id).Count() > 1), "crosscutting")
                .Classify(tree.Links.Any(l => l.Weight == 0m), "zero weight")
                .Classify(tree.Nodes.Any(n => n.Indicators.Any(i => i.Input.Realisation is null)), "missing realisation")
                .Classify(tree.Nodes.Any(n => n.Indicators.Any(i => i.Input.Target.IsRange)), "range target"));

    [Property(MaxTest = 30)]
    public Property TreeGenerator_Shrink_GivesSmallerValidTrees() =>
        Prop.ForAll(TreeGenerators.TreeArbitrary, tree =>
            TreeGenerators.Shrink(tree).Take(10).All(smaller =>
                smaller.Nodes.Count < tree.Nodes.Count || smaller.Nodes.Sum(n => n.Indicators.Count) < tree.Nodes.Sum(n => n.Indicators.Count)));
}
