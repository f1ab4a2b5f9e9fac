using System.Text.RegularExpressions;
using Sakip.Domain.Tree;
using static Sakip.Domain.Diagrams.Tests.DiagramTrees;

namespace Sakip.Domain.Diagrams.Tests;

public partial class DotDiagramTests
{
    private static readonly TreeEvaluation Evaluation = DiagramTrees.Evaluate(Sample());

    [GeneratedRegex(@"^    ""((?:[^""\\]|\\.)*)"" \[label=""\{((?:[^""\\]|\\.)*)\}"", fillcolor=""(#[0-9a-f]{6})"", color=""(#[0-9a-f]{6})""", RegexOptions.Multiline)]
    private static partial Regex NodeLine();

    [GeneratedRegex(@"^    ""((?:[^""\\]|\\.)*)"" -> ""((?:[^""\\]|\\.)*)""( \[style=dashed[^\]]*\])?;$", RegexOptions.Multiline)]
    private static partial Regex EdgeLine();

    [Fact]
    public void Render_SampleTree_IsADigraphWithEveryNodeAndLink()
    {
        var text = DotDiagram.Render(Evaluation);

        Assert.StartsWith("digraph pohon_kinerja {\n", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Equal(Evaluation.Tree.Nodes.Select(n => n.Id).Order(), NodeLine().Matches(text).Select(m => m.Groups[1].Value).Order());
        var edges = EdgeLine().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value, Dashed: m.Groups[3].Success)).ToArray();
        Assert.Equal(Evaluation.Tree.Links.Select(l => (l.ParentId, l.ChildId)).Order(), edges.Select(e => (e.Item1, e.Item2)).Order());
        Assert.Equal([("S2", "D-SS1", true)], edges.Where(e => e.Dashed));
    }

    [Fact]
    public void Render_Node_IsARecordFilledByBand()
    {
        var nodes = NodeLine().Matches(DotDiagram.Render(Evaluation)).ToDictionary(m => m.Groups[1].Value, m => (Label: m.Groups[2].Value, Fill: m.Groups[3].Value));

        Assert.Equal("Sasaran strategis|Meningkatnya akses pendidikan dasar|APK SD\\nT 100 % · R 70 %\\nCapaian: 70,00 %|Nilai simpul: 73,89 % · Sedang", nodes["E-SS1"].Label);
        Assert.NotEqual(nodes["D-K1"].Fill, nodes["D-K2"].Fill);
        Assert.Equal("#e7e7e7", nodes["D-K3"].Fill);
        Assert.Contains("\"D-K3\" [label=", DotDiagram.Render(Evaluation), StringComparison.Ordinal);
        Assert.Contains("style=\"filled,dashed\"", NodeLineOf(DotDiagram.Render(Evaluation), "D-K3"), StringComparison.Ordinal);
    }

    [Fact]
    public void Render_SpecialCharacters_AreEscaped()
    {
        var text = DotDiagram.Render(DiagramTrees.Evaluate(Sample("Tom & Jerry <b>\"kutip\"</b> 'tunggal' {a|b} \\n")), new DiagramOptions { Title = "A \"B\"" });

        var line = NodeLineOf(text, "D-SS1");
        Assert.All(
            new[] { "Tom", "&amp;", "\\<b\\>\\\"kutip\\\"\\</b\\>", "'tunggal'", "\\{a\\|b\\}", "\\\\n" },
            part => Assert.Contains(part, line, StringComparison.Ordinal));
        Assert.DoesNotContain(" & ", line, StringComparison.Ordinal);
        Assert.Contains("label=\"A \\\"B\\\"\"", text, StringComparison.Ordinal);
        Assert.Single(NodeLine().Matches(text), m => m.Groups[1].Value == "D-SS1");
    }

    [Fact]
    public void Render_QuotesInIds_AreEscaped()
    {
        var builder = new PerformanceTreeBuilder();
        Node(builder, "a\"b", "Satu", TreeLevel.HeadOfRegion, NodeKind.Tujuan, null, null);
        Node(builder, "c\\d", "Dua", TreeLevel.HeadOfRegion, NodeKind.Sasaran, null, null);
        Link(builder, "a\"b", "c\\d");
        var text = DotDiagram.Render(TreeEvaluator.Default.Evaluate(builder.Build().GetValueOrThrow()));

        Assert.Contains("    \"a\\\"b\" -> \"c\\\\d\";\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_DepthCut_KeepsOnlyVisibleNodesAndEdges()
    {
        var text = DotDiagram.Render(Evaluation, new DiagramOptions { MaxDepth = 1 });

        Assert.Equal(["S1", "S2", "T1"], NodeLine().Matches(text).Select(m => m.Groups[1].Value).Order());
        Assert.Equal(2, EdgeLine().Count(text));
        Assert.Contains("Sasaran (+2)", NodeLineOf(text, "S1"), StringComparison.Ordinal);
    }

    private static string NodeLineOf(string text, string id) => text.Split('\n').Single(l => l.StartsWith($"    \"{id}\" [", StringComparison.Ordinal));
}
