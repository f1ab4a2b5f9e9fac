using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Codes;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;
using static Sakip.Domain.Tests.Tree.TreeFixtures;

namespace Sakip.Domain.Tests.Tree;

public class PerformanceTreeNavigationTests
{
    private readonly PerformanceTree _tree = Region();

    [Fact]
    public void Children_Parent_AreInLinkOrder() =>
        Assert.Equal(["DINKES-SS1", "DISDIK-SS1"], _tree.Children("S1").Select(n => n.Id));

    [Fact]
    public void ChildLinks_Parent_AreTheLinksInOrder() =>
        Assert.Equal([("S2", "DISDIK-SS1"), ("S2", "DINKES-P1")], _tree.ChildLinks("S2").Select(l => (l.ParentId, l.ChildId)));

    [Fact]
    public void Parents_CrosscuttingNode_AreEveryParent() =>
        Assert.Equal(["S1", "S2"], _tree.Parents("DISDIK-SS1").Select(n => n.Id));

    [Fact]
    public void Ancestors_CrosscuttingNode_AreNearestFirstEachOnce() =>
        Assert.Equal(["S1", "S2", "T1"], _tree.Ancestors("DISDIK-SS1").Select(n => n.Id));

    [Fact]
    public void Descendants_Root_AreNearestFirstEachOnce() =>
        Assert.Equal(["S1", "S2", "DINKES-SS1", "DISDIK-SS1", "DINKES-P1"], _tree.Descendants("T1").Select(n => n.Id));

    [Fact]
    public void Descendants_Leaf_AreEmpty() => Assert.Empty(_tree.Descendants("DINKES-P1"));

    [Fact]
    public void PathOf_Node_FollowsFirstParentsFromTheRoot()
    {
        Assert.Equal(["T1", "S1", "DISDIK-SS1"], _tree.PathOf("DISDIK-SS1"));
        Assert.Equal(["T1"], _tree.PathOf("T1"));
    }

    [Property]
    public Property DepthOf_AnyGeneratedTree_IsItsPathLessOne() =>
        Prop.ForAll(TreeGenerators.TreeArbitrary, tree =>
        {
            var wrong = tree.Nodes.Where(n => tree.DepthOf(n.Id) != tree.PathOf(n.Id).Count - 1).Select(n => n.Id).ToList();
            return (wrong.Count == 0).Label(string.Join(", ", wrong));
        });

    [Fact]
    public void DepthOf_Nodes_CountsFirstParentsUp()
    {
        Assert.Equal(0, _tree.DepthOf("T1"));
        Assert.Equal(1, _tree.DepthOf("S2"));
        Assert.Equal(2, _tree.DepthOf("DINKES-P1"));
    }

    [Fact]
    public void ByCode_ProgramCode_FindsTheProgram() =>
        Assert.Equal(["DINKES-P1"], _tree.ByCode(ProgramCode.Parse("1.02.02", null)).Select(n => n.Id));

    [Fact]
    public void OfAgency_Code_FindsItsNodes() =>
        Assert.Equal(["DINKES-SS1", "DINKES-P1"], _tree.OfAgency(Dinkes).Select(n => n.Id));

    [Fact]
    public void AtLevel_HeadOfRegion_FindsRpjmdNodes() =>
        Assert.Equal(["T1", "S1", "S2"], _tree.AtLevel(TreeLevel.HeadOfRegion).Select(n => n.Id));

    [Fact]
    public void Roots_Region_IsTheTujuan() => Assert.Equal(["T1"], _tree.Roots.Select(n => n.Id));

    [Fact]
    public void InBand_Evaluation_FindsNodesOfThatBand()
    {
        var evaluation = TreeEvaluator.Default.Evaluate(_tree);

        Assert.Equal(["DISDIK-SS1", "S2"], evaluation.InBand("Sangat Rendah").Select(n => n.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["DINKES-SS1"], evaluation.InBand("Tinggi").Select(n => n.Id));
    }

    [Fact]
    public void Lookups_ById_FindOrThrow()
    {
        Assert.Equal("S1", _tree["S1"].Id);
        Assert.Equal("S2", _tree.Find("S2")?.Id);
        Assert.Null(_tree.Find("NOPE"));
        Assert.Throws<KeyNotFoundException>(() => _tree["NOPE"]);
        Assert.Throws<KeyNotFoundException>(() => _tree.Children("NOPE").ToList());
    }

    [Fact]
    public void Navigation_ReadsWellInLinq()
    {
        var agenciesUnderS1 = from child in _tree.Children("S1")
                              where child.Agency is not null
                              select child.Agency!.Value;

        Assert.Equal([Dinkes, Disdik], agenciesUnderS1);
    }

    [Fact]
    public void ApportionedTarget_Share_IsThatPartOfTheOwnersTarget()
    {
        var tree = new PerformanceTreeBuilder
        {
            Nodes = [Node("S1", TreeLevel.HeadOfRegion, Indicator("IK-S1", 200m, 150m)), Node("A", TreeLevel.EchelonII), Node("B", TreeLevel.EchelonII)],
            Links = [new TreeLink("S1", "A"), new TreeLink("S1", "B")],
            Shared = [new SharedIndicator("S1", "IK-S1") { Shares = [new ContributionShare("A", 60m), new ContributionShare("B", 40m)] }],
        }.Build().GetValueOrThrow();

        Assert.Equal(120m, tree.ApportionedTarget(tree.Shared[0], "A")?.PointValue);
        Assert.Equal(80m, tree.ApportionedTarget(tree.Shared[0], "B")?.PointValue);
        Assert.Null(tree.ApportionedTarget(tree.Shared[0], "S1"));
    }
}
