using System.Xml.Linq;
using Sakip.Cli.Demo;
using Sakip.Domain.Codes;
using Sakip.Domain.Tree;
using Sakip.Domain.Tree.Diagrams;
using static Sakip.Domain.Tests.Tree.Diagrams.DiagramTrees;

namespace Sakip.Domain.Tests.Tree.Diagrams;

/// <summary>The demo region's tree (the committed <c>docs/pohon-kinerja.svg</c> is Dinas Kesehatan's).</summary>
public class DemoDiagramTests
{
    private static readonly OrganisationCode DinasKesehatan = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);

    private static readonly Lazy<TreeEvaluation> Evaluation = new(() =>
        TreeEvaluator.Default.Evaluate(PerformanceTreeFactory.FromDocument(DemoRegion.Create(), DemoRegion.Year).Model));

    [Fact]
    public void Render_DinasKesehatan_ShowsItsCascadeWithTheRegionalContext()
    {
        var tree = Evaluation.Value.Tree;
        var svg = XDocument.Parse(SvgDiagram.Render(Evaluation.Value, new DiagramOptions { Agency = DinasKesehatan }));

        var shown = Boxes(svg).Keys.ToHashSet();
        var own = tree.OfAgency(DinasKesehatan).Select(n => n.Id).ToArray();
        Assert.NotEmpty(own);
        Assert.Superset(own.ToHashSet(), shown);
        Assert.All(shown.Except(own), id => Assert.StartsWith(PerformanceTreeFactory.RegionPrefix, id, StringComparison.Ordinal));
        Assert.Contains(svg.Descendants(Svg + "path"), p => p.Attribute("stroke-dasharray") is not null && p.Attribute("marker-end") is not null);
    }

    [Fact]
    public void Render_WholeRegionCutAtAgencySasaran_HasNoOverlapAndEveryAgency()
    {
        var tree = Evaluation.Value.Tree;
        var svg = XDocument.Parse(SvgDiagram.Render(Evaluation.Value, new DiagramOptions { MaxDepth = 2 }));

        var boxes = Boxes(svg);
        Assert.Equal(tree.Nodes.Count(n => tree.DepthOf(n.Id) <= 2), boxes.Count);
        Assert.All(tree.Nodes.Where(n => n.Kind == NodeKind.AgencySasaran && tree.DepthOf(n.Id) == 2).Select(n => n.Agency).Distinct(), a => Assert.Contains(boxes.Keys, id => id.StartsWith(a + "/", StringComparison.Ordinal)));
        var rows = boxes.Values.GroupBy(b => b.Y);
        Assert.All(rows, row => Assert.All(row.OrderBy(b => b.X).Zip(row.OrderBy(b => b.X).Skip(1)), p => Assert.True(p.First.X + p.First.Width < p.Second.X)));
    }

    [Fact]
    public void Render_DinasKesehatan_MermaidAndDotListTheSameNodes()
    {
        var options = new DiagramOptions { Agency = DinasKesehatan };
        var svgIds = Boxes(XDocument.Parse(SvgDiagram.Render(Evaluation.Value, options))).Keys;
        var mermaid = MermaidDiagram.Render(Evaluation.Value, options);
        var dot = DotDiagram.Render(Evaluation.Value, options);

        Assert.All(svgIds, id =>
        {
            Assert.Contains($"    \"{id}\" [label=", dot, StringComparison.Ordinal);
            Assert.Contains("    n_" + string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_')) + "[\"", mermaid, StringComparison.Ordinal);
        });
    }
}
