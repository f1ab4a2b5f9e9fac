using System.Text.RegularExpressions;
using Sakip.Domain.Bands;
using Sakip.Domain.Tree;
using static Sakip.Domain.Diagrams.Tests.DiagramTrees;

namespace Sakip.Domain.Diagrams.Tests;

public partial class MermaidDiagramTests
{
    private static readonly TreeEvaluation Evaluation = DiagramTrees.Evaluate(Sample());

    [GeneratedRegex(@"^    (n_\w+)\[""(.*)""\]$", RegexOptions.Multiline)]
    private static partial Regex NodeLine();

    [GeneratedRegex(@"^    (n_\w+) (-->|-\.->) (n_\w+)$", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();

    private static string Id(string nodeId) => "n_" + Regex.Replace(nodeId, "[^A-Za-z0-9_]", "_");

    [Fact]
    public void Render_SampleTree_IsATopDownFlowchartWithEveryNodeAndLink()
    {
        var text = MermaidDiagram.Render(Evaluation);

        Assert.StartsWith("flowchart TD\n", text, StringComparison.Ordinal);
        Assert.Equal(Evaluation.Tree.Nodes.Select(n => Id(n.Id)).Order(), NodeLine().Matches(text).Select(m => m.Groups[1].Value).Order());
        var edges = EdgeLine().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)).ToArray();
        Assert.Equal(Evaluation.Tree.Links.Count, edges.Length);
        Assert.All(Evaluation.Tree.Links, l => Assert.Contains(edges, e => e.Item1 == Id(l.ParentId) && e.Item3 == Id(l.ChildId)));
        Assert.Equal([(Id("S2"), "-.->", Id("D-SS1"))], edges.Where(e => e.Item2 == "-.->"));
    }

    [Fact]
    public void Render_Label_HasNameIndicatorMeasuresAndFigure()
    {
        var label = NodeLine().Matches(MermaidDiagram.Render(Evaluation)).Single(m => m.Groups[1].Value == Id("E-SS1")).Groups[2].Value;

        Assert.Equal(
            "Sasaran strategis<br/><b>Meningkatnya akses pendidikan dasar</b><br/><i>APK SD</i><br/>T 100 % · R 70 %<br/>Capaian: 70,00 %<br/><b>Nilai simpul: 73,89 % · Sedang</b>",
            label);
    }

    [Fact]
    public void Render_ClassDefPerBand_AndEveryNodeInOneClass()
    {
        var text = MermaidDiagram.Render(DiagramTrees.Evaluate(Sample(), BandSets.Lkjip6));

        foreach (var name in Enumerable.Range(1, 6).Select(r => $"band{r}").Append("nodata"))
        {
            Assert.Contains($"    classDef {name} fill:#", text, StringComparison.Ordinal);
        }

        var classes = Regex.Matches(text, @"^    class ([\w,]+) (\w+)$", RegexOptions.Multiline)
            .SelectMany(m => m.Groups[1].Value.Split(',').Select(id => (Id: id, Class: m.Groups[2].Value)))
            .ToArray();
        Assert.Equal(Evaluation.Tree.Nodes.Count, classes.Length);
        Assert.Contains((Id("D-K3"), "nodata"), classes);
        Assert.Contains((Id("D-K1"), "band1"), classes);
        Assert.Contains((Id("D-K2"), "band5"), classes); // 40 % is Agak Kurang (rank 5 of 6)
        Assert.Contains("%% band6: Kurang (≤ 30)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_NodeIds_AreSanitisedAndUnique()
    {
        var builder = new PerformanceTreeBuilder();
        Node(builder, "RPJMD/T1", "Satu", TreeLevel.HeadOfRegion, NodeKind.Tujuan, null, null);
        Node(builder, "RPJMD_T1", "Dua", TreeLevel.HeadOfRegion, NodeKind.Tujuan, null, null);
        Node(builder, "end", "Tiga", TreeLevel.HeadOfRegion, NodeKind.Tujuan, null, null);
        Node(builder, "1.02.0.00.0.00.01.0000/1.02.02 \"x\"", "Empat", TreeLevel.EchelonIII, NodeKind.Program, null, null);
        Link(builder, "RPJMD/T1", "1.02.0.00.0.00.01.0000/1.02.02 \"x\"");
        Link(builder, "RPJMD_T1", "1.02.0.00.0.00.01.0000/1.02.02 \"x\"");
        var text = MermaidDiagram.Render(TreeEvaluator.Default.Evaluate(builder.Build().GetValueOrThrow()));

        var ids = NodeLine().Matches(text).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(4, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^n_[A-Za-z0-9_]+$", id));
        Assert.Contains("n_end", ids);
        Assert.Equal(2, EdgeLine().Count(text));
    }

    [Fact]
    public void Render_SpecialCharacters_AreEntityCodes()
    {
        var text = MermaidDiagram.Render(DiagramTrees.Evaluate(Sample("Tom & Jerry <b>\"kutip\"</b> 'tunggal' #1; `x`")), new DiagramOptions { Title = "Judul \"kutip\"" });

        var label = NodeLine().Matches(text).Single(m => m.Groups[1].Value == Id("D-SS1")).Groups[2].Value;
        Assert.All(
            new[] { "Tom", "#38;", "#60;b#62;#34;kutip#34;#60;/b#62;", "#39;tunggal#39;", "#35;1#59;", "#96;x#96;" },
            part => Assert.Contains(part, label, StringComparison.Ordinal));
        Assert.DoesNotContain("\"", label);
        Assert.DoesNotContain("&", label);
        Assert.StartsWith("---\ntitle: \"Judul \\\"kutip\\\"\"\n---\nflowchart TD\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DepthCutAndAgency_KeepOnlyVisibleNodesAndEdges()
    {
        var text = MermaidDiagram.Render(Evaluation, new DiagramOptions { Agency = Dinkes, MaxDepth = 2 });

        Assert.Equal(new[] { "D-SS1", "D-SS2", "S1", "S2", "T1" }.Select(Id).Order(), NodeLine().Matches(text).Select(m => m.Groups[1].Value).Order());
        Assert.Equal(5, EdgeLine().Count(text)); // T1→S1, T1→S2, S1→D-SS1, S1→D-SS2, S2-.->D-SS1
        Assert.Contains("Sasaran strategis (+1)", text, StringComparison.Ordinal);
    }
}
