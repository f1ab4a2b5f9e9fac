using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Sakip.Domain.Bands;
using Sakip.Domain.Codes;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using static Sakip.Domain.Diagrams.Tests.DiagramTrees;

namespace Sakip.Domain.Diagrams.Tests;

public class SvgDiagramTests
{
    private static readonly TreeEvaluation Evaluation = DiagramTrees.Evaluate(Sample());

    private static XDocument Parse(string svg) => XDocument.Parse(svg);

    [Fact]
    public void Render_SampleTree_IsWellFormedSvgWithSizeFromContent()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation));

        Assert.Equal(Svg + "svg", svg.Root!.Name);
        var (width, height) = (D(svg.Root, "width"), D(svg.Root, "height"));
        Assert.All(Boxes(svg).Values, b =>
        {
            Assert.InRange(b.X, 0, width - b.Width);
            Assert.InRange(b.Y, 0, height - b.Height);
        });
        Assert.Equal(FormattableString.Invariant($"0 0 {width} {height}"), svg.Root.Attribute("viewBox")!.Value);
    }

    [Fact]
    public void Render_SampleTree_HasNoExternalReference()
    {
        var text = SvgDiagram.Render(Evaluation);
        var svg = Parse(text);

        var forbidden = new[] { "script", "image", "foreignObject", "style", "use", "a", "link", "font-face" };
        Assert.DoesNotContain(svg.Descendants(), e => forbidden.Contains(e.Name.LocalName));
        Assert.DoesNotContain(svg.Descendants().Attributes(), a => a.Name.LocalName is "href" or "src" || a.Name.LocalName.StartsWith("on", StringComparison.Ordinal));
        Assert.All(svg.Descendants().Attributes().Where(a => a.Value.Contains("url(", StringComparison.Ordinal)), a => Assert.StartsWith("url(#", a.Value));
        Assert.DoesNotContain("@import", text);
        Assert.Single(text.Split("http", StringSplitOptions.None).Skip(1)); // only the SVG namespace
    }

    [Fact]
    public void Render_SampleTree_DrawsOneBoxPerNodeAndOneEdgePerLink()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation));

        Assert.Equal(Evaluation.Tree.Nodes.Select(n => n.Id).Order(), Boxes(svg).Keys.Order());
        var edges = svg.Descendants(Svg + "path").Where(p => p.Attribute("marker-end") is not null).ToArray();
        Assert.Equal(Evaluation.Tree.Links.Count, edges.Length);
    }

    [Fact]
    public void Render_CrosscuttingLink_IsTheOnlyDashedEdge()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation));

        var dashed = svg.Descendants(Svg + "path").Where(p => p.Attribute("marker-end") is not null && p.Attribute("stroke-dasharray") is not null).ToArray();
        var edge = Assert.Single(dashed);

        // From S2's bottom centre to D-SS1's top centre.
        var boxes = Boxes(svg);
        var (s2, ss1) = (boxes["S2"], boxes["D-SS1"]);
        var numbers = Regex.Matches(edge.Attribute("d")!.Value, @"-?\d+(\.\d+)?").Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(s2.X + (s2.Width / 2), numbers[0], 0.11);
        Assert.Equal(s2.Y + s2.Height, numbers[1], 0.11);
        Assert.Equal(ss1.X + (ss1.Width / 2), numbers[^2], 0.11);
        Assert.Equal(ss1.Y - 1, numbers[^1], 0.11);
    }

    [Fact]
    public void Render_Layers_FollowDepthAlongFirstParents()
    {
        var boxes = Boxes(Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { StackLeaves = false })));

        foreach (var group in Evaluation.Tree.Nodes.GroupBy(n => Evaluation.Tree.DepthOf(n.Id)))
        {
            Assert.Single(group.Select(n => boxes[n.Id].Y).Distinct());
        }

        Assert.True(boxes["T1"].Y < boxes["S1"].Y && boxes["S1"].Y < boxes["D-SS1"].Y && boxes["D-SS1"].Y < boxes["D-P1"].Y && boxes["D-P1"].Y < boxes["D-K1"].Y);
    }

    [Fact]
    public void Render_LeafChildren_AreStackedUnderTheirParent()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation));
        var boxes = Boxes(svg);

        var (p1, k1, k2, k3) = (boxes["D-P1"], boxes["D-K1"], boxes["D-K2"], boxes["D-K3"]);
        Assert.All(new[] { k1, k2, k3 }, k => Assert.Equal(p1.X + 28, k.X));
        Assert.True(p1.Y + p1.Height < k1.Y && k1.Y + k1.Height < k2.Y && k2.Y + k2.Height < k3.Y);
        Assert.Equal(boxes["E-P1"].X, boxes["E-SS1"].X); // a single child is not stacked but centred below
        Assert.NotEqual(boxes["E-P1"].Y, boxes["E-SS1"].Y);
        Assert.True(boxes.Values.Max(b => b.X) < Boxes(Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { StackLeaves = false }))).Values.Max(b => b.X));
    }

    [Fact]
    public void Render_Boxes_AreFilledByBandAndGreyWithoutData()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation));
        string Fill(string id) => svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == id).Elements(Svg + "rect").First().Attribute("fill")!.Value;

        Assert.Equal("Sangat Tinggi", Evaluation["D-K1"].Band!.Label.Indonesian);
        Assert.Equal("Sangat Rendah", Evaluation["D-K2"].Band!.Label.Indonesian);
        Assert.Equal(NodeStatus.NoData, Evaluation["D-K3"].Status);
        var fills = new[] { Fill("D-K1"), Fill("D-K2"), Fill("D-K3") };
        Assert.Equal(3, fills.Distinct().Count());

        // The legend's swatches carry the same colours.
        var swatches = svg.Root!.Elements(Svg + "rect").Skip(1).Select(r => r.Attribute("fill")!.Value).ToArray();
        Assert.Equal(BandSets.Kemendagri5.Bands.Count + 1, swatches.Length);
        Assert.Equal(swatches[0], fills[0]);
        Assert.Equal(swatches[4], fills[1]);
        Assert.Equal(swatches[5], fills[2]);
        Assert.Equal(swatches.Length, swatches.Distinct().Count());
    }

    [Theory]
    [InlineData(Language.Indonesian)]
    [InlineData(Language.English)]
    public void Render_Legend_ListsEveryBandOfTheRuleSet(Language language)
    {
        foreach (var bands in BandSets.All)
        {
            var svg = Parse(SvgDiagram.Render(DiagramTrees.Evaluate(Sample(), bands), new DiagramOptions { Language = language }));
            var legend = svg.Root!.Elements(Svg + "text").Select(t => t.Value).ToArray();

            Assert.Contains(legend, t => t.Contains(bands.Name, StringComparison.Ordinal));
            foreach (var band in bands.Bands)
            {
                var label = band.Label.In(language);
                Assert.Contains(legend, t => t.StartsWith(label + " (", StringComparison.Ordinal));
            }

            Assert.Equal(bands.Bands.Count + 1, svg.Root.Elements(Svg + "rect").Count(r => r.Attribute("width")!.Value == "18"));
        }
    }

    [Fact]
    public void Render_Legend_WritesBandRangesWithTheCulture()
    {
        var bands = BandSet.Create("test", 1, "Uji", "test", EdgeSemantics.LowerInclusive, [new Band(1, 90.5m, new("Good", "Baik"), null), new Band(2, null, new("Poor", "Kurang"), null)]);
        var legend = string.Join("\n", Parse(SvgDiagram.Render(DiagramTrees.Evaluate(Sample(), bands))).Root!.Elements(Svg + "text").Select(t => t.Value));

        Assert.Contains("Baik (≥ 90,5)", legend);
        Assert.Contains("Kurang (< 90,5)", legend);
        Assert.Contains("Sedang (> 65 s.d. 75)", string.Join("\n", Parse(SvgDiagram.Render(Evaluation)).Root!.Elements(Svg + "text").Select(t => t.Value)));
    }

    [Fact]
    public void Render_SingleBandSet_HasNoRangeInItsLegend()
    {
        var bands = BandSet.Create("one", 1, "Satu", "test", EdgeSemantics.LowerExclusive, [new Band(1, null, new("All", "Semua"), null)]);
        var svg = Parse(SvgDiagram.Render(DiagramTrees.Evaluate(Sample(), bands)));

        Assert.Contains(svg.Root!.Elements(Svg + "text"), t => t.Value == "Semua");
        Assert.Contains("Nilai simpul: 76,67 % · Semua", BoxText(svg, "D-P1"));
    }

    [Fact]
    public void Render_Box_ShowsNameIndicatorTargetRealisationCapaianAndFigure()
    {
        var text = BoxText(Parse(SvgDiagram.Render(Evaluation)), "E-P1");

        Assert.Contains("Program · 1.01.02", text);
        Assert.Contains("Program Pengelolaan Pendidikan", text);
        Assert.Contains("Persentase sekolah terakreditasi", text);
        Assert.Contains("T 10 % · R 7,777", text);
        Assert.Contains("Capaian: 77,77 %", text);
        Assert.Contains("Nilai simpul: 77,77 % · Tinggi", text);
    }

    [Fact]
    public void Render_NotReported_SaysSoInTheLanguage()
    {
        var id = BoxText(Parse(SvgDiagram.Render(Evaluation)), "D-K3");
        var en = BoxText(Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { Language = Language.English })), "D-K3");

        Assert.Contains("Capaian: tidak dilaporkan", id);
        Assert.Contains("R –", id);
        Assert.Contains("Nilai simpul: tidak ada data", id);
        Assert.Contains("Achievement: not reported", en);
        Assert.Contains("Node: no data", en);
    }

    [Fact]
    public void Render_Numbers_UseTheCultureAndTheRuleSetsRounding()
    {
        var oneDecimal = DiagramTrees.Evaluate(Sample(), rounding: new RoundingRule(RoundingMode.HalfUp, 1));

        var indonesian = BoxText(Parse(SvgDiagram.Render(Evaluation)), "E-SS1");
        var invariant = BoxText(Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { Culture = Cultures.Invariant })), "E-SS1");
        var rounded = BoxText(Parse(SvgDiagram.Render(oneDecimal)), "E-SS1");

        Assert.Contains("Nilai simpul: 73,89 % · Sedang", indonesian);
        Assert.Contains("Nilai simpul: 73.89 % · Sedang", invariant);
        Assert.Contains("Nilai simpul: 73,9 % · Sedang", rounded);
        Assert.Contains("Capaian: 70,0 %", rounded);
    }

    [Fact]
    public void Render_DepthCut_OmitsDeeperNodesAndCountsHiddenChildren()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { MaxDepth = 2 }));

        var expected = Evaluation.Tree.Nodes.Where(n => Evaluation.Tree.DepthOf(n.Id) <= 2).Select(n => n.Id).Order();
        Assert.Equal(expected, Boxes(svg).Keys.Order());
        Assert.Contains("+1", BoxText(svg, "D-SS1"));
        Assert.Contains("+1", BoxText(svg, "E-SS1"));
        Assert.DoesNotContain("+", BoxText(svg, "S1"));
        Assert.Contains(svg.Root!.Elements(Svg + "text"), t => t.Value.StartsWith("+N", StringComparison.Ordinal));
    }

    [Fact]
    public void Render_DepthZero_ShowsOnlyTheRoots()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { MaxDepth = 0 }));

        Assert.Equal(["T1"], Boxes(svg).Keys);
        Assert.Contains("+2", BoxText(svg, "T1"));
        Assert.DoesNotContain(svg.Descendants(Svg + "path"), p => p.Attribute("marker-end") is not null);
    }

    [Fact]
    public void Render_AgencyFilter_ShowsTheAgencysNodesAndTheirAncestors()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { Agency = Disdik }));

        Assert.Equal(["E-P1", "E-SS1", "S2", "T1"], Boxes(svg).Keys.Order());
        Assert.Contains("+1", BoxText(svg, "T1"));
        Assert.Contains("+1", BoxText(svg, "S2"));
    }

    [Fact]
    public void Render_AgencyFilter_KeepsCrosscuttingParentsAsContext()
    {
        var svg = Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { Agency = Dinkes, MaxDepth = 3 }));

        Assert.Equal(["D-P1", "D-SS1", "D-SS2", "S1", "S2", "T1"], Boxes(svg).Keys.Order());
        Assert.Contains("+3", BoxText(svg, "D-P1"));
        Assert.Single(svg.Descendants(Svg + "path"), p => p.Attribute("marker-end") is not null && p.Attribute("stroke-dasharray") is not null);
    }

    [Fact]
    public void Render_AgencyWithoutNodes_StillDrawsTheLegend()
    {
        var nobody = OrganisationCode.Parse("2.07.0.00.0.00.01.0000", null);
        var svg = Parse(SvgDiagram.Render(Evaluation, new DiagramOptions { Agency = nobody }));

        Assert.Empty(Boxes(svg));
        Assert.Contains(svg.Root!.Elements(Svg + "text"), t => t.Value == "tidak ada simpul untuk ditampilkan");
    }

    [Fact]
    public void Render_SpecialCharacters_AreEscaped()
    {
        const string Name = "Tom & Jerry <b>\"kutip\"</b> 'tunggal'";
        var evaluation = DiagramTrees.Evaluate(Sample(Name));
        var text = SvgDiagram.Render(evaluation, new DiagramOptions { Title = "A & B <c> \"d\" 'e'" });
        var svg = Parse(text);

        Assert.DoesNotContain("<b>", text);
        Assert.Contains("Tom &amp; Jerry &lt;b&gt;&quot;kutip&quot;&lt;/b&gt; &apos;tunggal&apos;", text);
        Assert.Contains(Name, svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == "D-SS1").Element(Svg + "title")!.Value);
        Assert.Equal("A & B <c> \"d\" 'e'", svg.Root!.Element(Svg + "title")!.Value);
        Assert.StartsWith("Tom & Jerry", BoxText(svg, "D-SS1").Split('\n')[1]);
    }

    [Fact]
    public void Render_ControlCharactersAndLoneSurrogates_AreDropped()
    {
        var evaluation = DiagramTrees.Evaluate(Sample("Nama\u0001 dengan \uD800 karakter\u000B aneh"));

        var svg = Parse(SvgDiagram.Render(evaluation));

        Assert.Contains("Nama dengan", BoxText(svg, "D-SS1"));
    }

    [Fact]
    public void Render_LongName_IsWrappedToThreeLinesEndingWithAnEllipsis()
    {
        var name = string.Join(' ', Enumerable.Repeat("Pengembangan dan Pengelolaan Sistem Irigasi", 6));
        var svg = Parse(SvgDiagram.Render(DiagramTrees.Evaluate(Sample(name))));

        var lines = svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == "D-SS1")
            .Descendants(Svg + "text").Where(t => (string?)t.Attribute("font-size") == "12.5").Select(t => t.Value).ToArray();
        Assert.Equal(3, lines.Length);
        Assert.EndsWith("…", lines[^1]);
        Assert.StartsWith(string.Join(' ', lines.Take(2)), name);
    }

    [Fact]
    public void Render_NodeWithSeveralIndicators_ShowsTheFirstAndCountsTheRest()
    {
        var builder = new PerformanceTreeBuilder();
        Node(builder, "A", "Sasaran", TreeLevel.HeadOfRegion, NodeKind.Sasaran, null, null, Indicator("I1", "Pertama", "%", 10m, 9m), Indicator("I2", "Kedua", "%", 10m, 9m), Indicator("I3", "Ketiga", "%", 10m, 9m));
        var svg = Parse(SvgDiagram.Render(TreeEvaluator.Default.Evaluate(builder.Build().GetValueOrThrow())));

        var text = BoxText(svg, "A");
        Assert.Contains("Pertama", text);
        Assert.Contains("+2 indikator lain", text);
        Assert.DoesNotContain("Kedua", text);
    }

    [Fact]
    public void Render_NullEvaluation_Throws() => Assert.Throws<ArgumentNullException>(() => SvgDiagram.Render(null!));
}
