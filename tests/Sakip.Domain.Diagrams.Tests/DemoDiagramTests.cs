using System.Buffers.Binary;
using System.Xml.Linq;
using Sakip.Cli.Demo;
using Sakip.Domain.Codes;
using Sakip.Domain.Tests;
using Sakip.Domain.Tree;
using static Sakip.Domain.Diagrams.Tests.DiagramTrees;

namespace Sakip.Domain.Diagrams.Tests;

/// <summary>
/// The demo region's tree, and the committed examples: <c>docs/pohon-kinerja.svg</c> (Dinas Kesehatan) and
/// <c>docs/pohon-kinerja-wilayah.svg</c> (the whole region to depth 2), with their Chromium screenshots. Regenerate
/// them with <c>eng/render-diagrams.sh</c>, which runs <see cref="DocsDiagrams_AreTheDemoRegionsTrees"/> with
/// <c>SAKIP_WRITE_DIAGRAMS=1</c>.
/// </summary>
public class DemoDiagramTests
{
    private const string WriteVariable = "SAKIP_WRITE_DIAGRAMS";

    private static readonly OrganisationCode DinasKesehatan = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);

    private static readonly Lazy<TreeEvaluation> Evaluation = new(() =>
        TreeEvaluator.Default.Evaluate(PerformanceTreeFactory.FromDocument(DemoRegion.Create(), DemoRegion.Year).GetValueOrThrow()));

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

    [Fact]
    public void DocsDiagrams_AreTheDemoRegionsTrees()
    {
        var agency = SvgDiagram.Render(Evaluation.Value, new DiagramOptions { Agency = DinasKesehatan, Title = "Pohon Kinerja Dinas Kesehatan — Kabupaten Contoh 2025" });
        var region = SvgDiagram.Render(Evaluation.Value, new DiagramOptions { MaxDepth = 2, Title = "Pohon Kinerja Kabupaten Contoh 2025 (sampai sasaran perangkat daerah)" });
        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(DocsFile("pohon-kinerja.svg"), agency);
            File.WriteAllText(DocsFile("pohon-kinerja-wilayah.svg"), region);
        }

        Assert.NotEmpty(Boxes(XDocument.Parse(agency)));
        Assert.NotEmpty(Boxes(XDocument.Parse(region)));
    }

    [Theory]
    [InlineData("pohon-kinerja")]
    [InlineData("pohon-kinerja-wilayah")]
    public void DocsDiagrams_AreSelfContainedAndTheirScreenshotsMatch(string name)
    {
        var svg = XDocument.Load(DocsFile(name + ".svg"));
        var png = File.ReadAllBytes(DocsFile(name + ".png"));

        Assert.NotEmpty(Boxes(svg));
        Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "image" or "style" or "foreignObject");
        Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName is "href" or "src");
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.InRange(png.Length, 1, 1_000_000);
        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal((D(svg.Root!, "width"), D(svg.Root!, "height")), ((double)width, (double)height));
    }

    private static string DocsFile(string name) => Path.Combine(RepositoryFiles.Root, "docs", name);
}
