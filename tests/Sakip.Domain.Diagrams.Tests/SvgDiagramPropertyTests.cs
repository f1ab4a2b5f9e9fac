using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Codes;
using Sakip.Domain.Tree;
using static Sakip.Domain.Diagrams.Tests.DiagramTrees;

namespace Sakip.Domain.Diagrams.Tests;

/// <summary>Layout laws of the SVG diagram over generated trees of up to 60 nodes.</summary>
public class SvgDiagramPropertyTests
{
    private static readonly Arbitrary<DiagramCase> Cases = Case.ToArbitrary();

    private static XDocument Render(DiagramCase c) => XDocument.Parse(SvgDiagram.Render(DiagramTrees.Evaluate(c.Tree, c.Bands), c.Options));

    /// <summary>The hidden-children badge of a node's box (centred text), or <see langword="null"/>.</summary>
    private static string? BadgeOf(XDocument svg, string nodeId) =>
        svg.Descendants(Svg + "g").Single(g => (string?)g.Attribute("data-id") == nodeId)
            .Descendants(Svg + "text").SingleOrDefault(t => (string?)t.Attribute("text-anchor") == "middle")?.Value;

    /// <summary>What the options say is visible, from the tree's public navigation.</summary>
    private static HashSet<string> Expected(PerformanceTree tree, int? maxDepth, OrganisationCode? agency)
    {
        var ids = agency is { } a
            ? tree.OfAgency(a).SelectMany(n => tree.Ancestors(n.Id).Prepend(n)).Select(n => n.Id).ToHashSet()
            : tree.Nodes.Select(n => n.Id).ToHashSet();
        ids.RemoveWhere(id => maxDepth is { } cut && tree.DepthOf(id) > cut);
        return ids;
    }

    [Property]
    public Property Render_AnyTree_NoTwoBoxesOverlap() =>
        Prop.ForAll(Cases, c =>
        {
            var boxes = Boxes(Render(c)).ToArray();
            for (var i = 0; i < boxes.Length; i++)
            {
                for (var j = i + 1; j < boxes.Length; j++)
                {
                    var (a, b) = (boxes[i].Value, boxes[j].Value);
                    var disjoint = a.X + a.Width <= b.X || b.X + b.Width <= a.X || a.Y + a.Height <= b.Y || b.Y + b.Height <= a.Y;
                    if (!disjoint)
                    {
                        return false.Label($"{boxes[i].Key} {a} overlaps {boxes[j].Key} {b}");
                    }
                }
            }

            return true.ToProperty();
        });

    [Property]
    public Property Render_AnyTree_ShowsExactlyTheVisibleNodesInsideTheCanvas() =>
        Prop.ForAll(Cases, c =>
        {
            var svg = Render(c);
            var boxes = Boxes(svg);
            var (width, height) = (D(svg.Root!, "width"), D(svg.Root!, "height"));
            return (boxes.Keys.ToHashSet().SetEquals(Expected(c.Tree, c.Options.MaxDepth, c.Options.Agency))
                    && boxes.Values.All(b => b.X >= 0 && b.Y >= 0 && b.X + b.Width <= width && b.Y + b.Height <= height))
                .Label($"shown {string.Join(",", boxes.Keys.Order())}; expected {string.Join(",", Expected(c.Tree, c.Options.MaxDepth, c.Options.Agency).Order())}");
        });

    [Property]
    public Property Render_AnyTree_BadgesCountTheChildLinksNotShown() =>
        Prop.ForAll(Cases, c =>
        {
            var svg = Render(c);
            var shown = Boxes(svg).Keys.ToHashSet();
            var wrong = shown
                .Select(id => (Id: id, Expected: c.Tree.Children(id).Count(child => !shown.Contains(child.Id)), Badge: BadgeOf(svg, id)))
                .Where(b => b.Badge != (b.Expected == 0 ? null : "+" + b.Expected))
                .ToArray();
            return (wrong.Length == 0).Label(string.Join("; ", wrong.Select(b => $"{b.Id}: badge {b.Badge ?? "none"}, {b.Expected} hidden")));
        });

    [Property]
    public Property Render_AnyTree_ParentsAreAboveTheirFirstChildrenAndEveryVisibleLinkIsDrawn() =>
        Prop.ForAll(Cases, c =>
        {
            var svg = Render(c);
            var boxes = Boxes(svg);
            var links = c.Tree.Links.Where(l => boxes.ContainsKey(l.ParentId) && boxes.ContainsKey(l.ChildId)).ToArray();
            var edges = svg.Descendants(Svg + "path").Count(p => p.Attribute("marker-end") is not null);
            var dashed = svg.Descendants(Svg + "path").Count(p => p.Attribute("marker-end") is not null && p.Attribute("stroke-dasharray") is not null);
            var layered = links
                .Where(l => c.Tree.Parents(l.ChildId).First().Id == l.ParentId)
                .All(l => boxes[l.ParentId].Y + boxes[l.ParentId].Height < boxes[l.ChildId].Y);
            var crosscutting = links.Count(l => c.Tree.Parents(l.ChildId).First().Id != l.ParentId);
            return (layered && edges == links.Length && dashed == crosscutting).Label($"edges {edges}/{links.Length}, dashed {dashed}/{crosscutting}, layered {layered}");
        });

    [Property]
    public Property Render_AnyTreeWithoutStacking_ParentsAreCentredOverTheirFirstAndLastChild() =>
        Prop.ForAll(Cases, c =>
        {
            var boxes = Boxes(Render(c with { Options = c.Options with { StackLeaves = false } }));
            double Centre(string id) => boxes[id].X + (boxes[id].Width / 2);
            var off = boxes.Keys
                .Select(id => (Id: id, Children: c.Tree.ChildLinks(id).Select(l => l.ChildId).Where(k => boxes.ContainsKey(k) && c.Tree.Parents(k).First().Id == id).ToArray()))
                .Where(p => p.Children.Length > 0 && Math.Abs(Centre(p.Id) - ((Centre(p.Children[0]) + Centre(p.Children[^1])) / 2)) > 0.11)
                .ToArray();
            return (off.Length == 0).Label(string.Join("; ", off.Select(o => o.Id)));
        });

    [Property]
    public Property Render_AnyTreeWithStacking_StacksEveryParentsLeafChildrenInAnIndentedColumn() =>
        Prop.ForAll(Cases, c =>
        {
            var boxes = Boxes(Render(c with { Options = c.Options with { StackLeaves = true } }));
            string[] Primary(string id) => [.. c.Tree.ChildLinks(id).Select(l => l.ChildId).Where(k => boxes.ContainsKey(k) && c.Tree.Parents(k).First().Id == id)];
            var wrong = boxes.Keys
                .Select(id => (Id: id, Children: Primary(id)))
                .Where(p => p.Children.Length >= 2 && p.Children.All(k => Primary(k).Length == 0))
                .Where(p => !p.Children.All(k => Math.Abs(boxes[k].X - (boxes[p.Id].X + 28)) < 0.11)
                    || !p.Children.Zip(p.Children.Skip(1)).All(z => boxes[z.First].Y + boxes[z.First].Height < boxes[z.Second].Y))
                .ToArray();
            return (wrong.Length == 0).Label(string.Join("; ", wrong.Select(o => o.Id)));
        });

    [Property]
    public Property Render_AnyTree_EveryTextLineStaysInsideItsBox() =>
        Prop.ForAll(Cases, c =>
        {
            var svg = Render(c);
            var boxes = Boxes(svg);
            var outside = svg.Descendants(Svg + "g")
                .Where(g => g.Attribute("data-id") is not null)
                .SelectMany(g => g.Descendants(Svg + "text").Select(t => (Id: g.Attribute("data-id")!.Value, Y: D(t, "y"), Size: D(t, "font-size"))))
                .Where(t => t.Y - t.Size < boxes[t.Id].Y || t.Y > boxes[t.Id].Y + boxes[t.Id].Height)
                .ToArray();
            return (outside.Length == 0).Label(string.Join("; ", outside.Select(o => $"{o.Id} at {o.Y}")));
        });

    [Fact]
    public void Render_ADeepChain_DoesNotOverflowTheStack()
    {
        var builder = new PerformanceTreeBuilder();
        for (var i = 0; i < 20_000; i++)
        {
            Node(builder, $"N{i}", $"Simpul {i}", TreeLevel.Staff, NodeKind.Other, null, null, Indicator($"I{i}", "Indikator", "%", 100m, 90m));
            if (i > 0)
            {
                Link(builder, $"N{i - 1}", $"N{i}");
            }
        }

        var evaluation = TreeEvaluator.Default.Evaluate(builder.Build().GetValueOrThrow());

        Assert.StartsWith("<svg", SvgDiagram.Render(evaluation, new DiagramOptions { MaxDepth = 10 }), StringComparison.Ordinal);
        Assert.StartsWith("flowchart TD", MermaidDiagram.Render(evaluation, new DiagramOptions { MaxDepth = 10 }), StringComparison.Ordinal);
    }
}
