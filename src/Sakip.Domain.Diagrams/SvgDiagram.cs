using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Diagrams;

/// <summary>
/// Draws an evaluated performance tree as a self-contained SVG image: one box per node, coloured by its band, with
/// its name, first indicator, target (T), realisation (R), achievement (capaian) and the node's figure; lines from
/// each parent down to its children (crosscutting further parents dashed); and a legend of the rule set's bands.
/// </summary>
/// <remarks>
/// <para>The image needs nothing else: no fonts, scripts, style sheets or images are referenced (styles are
/// presentation attributes), and all text is escaped for XML. Boxes are laid out in layers by depth along first
/// parents with a tidy-tree sweep (parents centred over their children; leaf children stacked in a column under
/// their parent unless <see cref="DiagramOptions.StackLeaves"/> is off), so they never overlap: a large tree makes
/// a larger image, whose width and height are computed from its content. Names wrap to three lines and other
/// lines are cut with an ellipsis; each box carries a tooltip (<c>&lt;title&gt;</c>) with its full name and every
/// indicator, and a <c>data-id</c> attribute with the node's id. Numbers are written in
/// <see cref="DiagramOptions.Culture"/>, achievements rounded by the evaluation's rule set.</para>
/// <para>Thread-safe (stateless).</para>
/// </remarks>
public static class SvgDiagram
{
    private const double Margin = 24;
    private const double BoxWidth = 240;
    private const double HorizontalGap = 28;
    private const double VerticalGap = 64;
    private const double StackIndent = 28;
    private const double StackGap = 14;
    private const double Pad = 10;
    private const double TextWidth = BoxWidth - (2 * Pad);
    private const double Radius = 6;
    private const double CaptionSize = 9.5;
    private const double NameSize = 12.5;
    private const double BodySize = 10.5;
    private const double FigureSize = 11;
    private const int NameLines = 3;
    private const int IndicatorLines = 2;
    private const double SeparatorGap = 7;
    private const double MinimumLegendWidth = 760;
    private const string Grey = "#555555";

    /// <summary>Draws the tree.</summary>
    /// <param name="evaluation">The evaluated tree.</param>
    /// <param name="options">What to show; <see langword="null"/> means <see cref="DiagramOptions.Default"/>.</param>
    /// <returns>The SVG document (UTF-8 text, no XML declaration).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="evaluation"/> is null.</exception>
    public static string Render(TreeEvaluation evaluation, DiagramOptions? options = null)
    {
        Guard.Against.Null(evaluation);
        options ??= DiagramOptions.Default;
        var view = DiagramView.Create(evaluation, options);
        var language = options.Language;
        var bandSet = evaluation.Options.Rules.Bands;
        var bandCount = bandSet.Bands.Count;

        // Box contents, then layer heights from them.
        var boxes = new Dictionary<int, Box>();
        foreach (var i in view.Visible)
        {
            boxes[i] = Box.For(NodeLabel.For(view, i));
        }

        // Every box of a layer is as tall as the layer's tallest content (figures line up); a layer is as tall as
        // that, or as its tallest stacked column.
        var layerCount = view.Visible.Length == 0 ? 0 : view.Visible.Max(i => view.Depth[i]) + 1;
        var rowHeight = new double[layerCount];
        foreach (var (i, box) in boxes)
        {
            rowHeight[view.Depth[i]] = Math.Max(rowHeight[view.Depth[i]], box.Height);
        }

        var (left, stacked) = TreeLayout.Place(view, BoxWidth + HorizontalGap, StackIndent, options.StackLeaves);
        var layerHeight = (double[])rowHeight.Clone();
        var stackOffset = new Dictionary<int, double>();
        foreach (var p in view.Visible.Where(p => stacked[p]))
        {
            var children = view.PrimaryChildren[p];
            var row = rowHeight[view.Depth[p] + 1];
            for (var k = 0; k < children.Length; k++)
            {
                stackOffset[children[k]] = k * (row + StackGap);
            }

            layerHeight[view.Depth[p] + 1] = Math.Max(layerHeight[view.Depth[p] + 1], (children.Length * (row + StackGap)) - StackGap);
        }

        var treeWidth = view.Visible.Length == 0 ? 0 : view.Visible.Max(i => left[i]) + BoxWidth;

        // Header: title and legend, flowed over the width available.
        var header = new Header(Math.Max(treeWidth, MinimumLegendWidth));
        if (options.Title is { } title && !string.IsNullOrWhiteSpace(title))
        {
            header.Title(NodeLabel.Collapse(title));
        }

        header.Heading(DiagramMessages.Legend.In(language) + " — " + bandSet.Name);
        for (var b = 0; b < bandCount; b++)
        {
            var band = bandSet.Bands[b];
            header.Swatch(BandPalette.Of(band.Rank, bandCount), NodeLabel.BandLegend(bandSet, b, language, options.Culture));
        }

        header.Swatch(BandPalette.NoData, DiagramMessages.NoData.In(language));
        if (view.Edges.Any(e => e.Crosscutting))
        {
            header.DashedLine(DiagramMessages.Crosscutting.In(language));
        }

        if (boxes.Values.Any(b => b.Label.Hidden > 0))
        {
            header.Note(DiagramMessages.HiddenNote.In(language));
        }

        if (boxes.Values.Any(b => b.Label.Incomplete))
        {
            header.Note(DiagramMessages.Incomplete.In(language));
        }

        var treeTop = Margin + header.Height + 20;
        var layerTop = new double[layerCount];
        for (var l = 0; l < layerCount; l++)
        {
            layerTop[l] = l == 0 ? treeTop : layerTop[l - 1] + layerHeight[l - 1] + VerticalGap;
        }

        var width = Math.Ceiling((2 * Margin) + Math.Max(treeWidth, header.Width));
        var height = Math.Ceiling(layerCount == 0 ? treeTop + 30 + Margin : layerTop[^1] + layerHeight[^1] + Margin);

        var svg = new StringBuilder(4096 + (view.Visible.Length * 2048));
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{N(width)}\" height=\"{N(height)}\" viewBox=\"0 0 {N(width)} {N(height)}\"");
        svg.Append(CultureInfo.InvariantCulture, $" font-family=\"{Escape.Xml(TextMetrics.FontFamily)}\" fill=\"{BandPalette.Text}\" xml:lang=\"{(language == Language.Indonesian ? "id" : "en")}\" role=\"img\">\n");
        svg.Append("<title>").Append(Escape.Xml(options.Title is { Length: > 0 } t ? NodeLabel.Collapse(t) : DiagramMessages.Title.In(language))).Append("</title>\n");
        svg.Append("<defs>\n");
        Marker(svg, "pk-arrow", BandPalette.Edge);
        Marker(svg, "pk-arrow-x", BandPalette.Crosscutting);
        svg.Append("</defs>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"0\" y=\"0\" width=\"{N(width)}\" height=\"{N(height)}\" fill=\"#ffffff\"/>\n");
        header.WriteTo(svg, Margin, Margin);

        if (layerCount == 0)
        {
            Text(svg, Margin, treeTop + 14, DiagramMessages.Empty.In(language), BodySize, italic: true, colour: Grey);
        }

        // Edges under the boxes: ordinary ones as elbows through the lane between layers, to a stacked column along
        // a spine at its left, crosscutting ones dashed.
        double X(int i) => Margin + left[i];
        double Top(int i) => layerTop[view.Depth[i]] + stackOffset.GetValueOrDefault(i);
        double Bottom(int i) => Top(i) + rowHeight[view.Depth[i]];
        svg.Append("<g fill=\"none\" stroke-width=\"1.4\">\n");
        foreach (var edge in view.Edges.Where(e => !e.Crosscutting && stacked[e.Parent]))
        {
            var spine = X(edge.Parent) + (StackIndent / 2);
            var middle = Top(edge.Child) + (rowHeight[view.Depth[edge.Child]] / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(spine)} {N(Bottom(edge.Parent))} V{N(middle)} H{N(X(edge.Child) - 1)}\" stroke=\"{BandPalette.Edge}\" marker-end=\"url(#pk-arrow)\"/>\n");
        }

        foreach (var edge in view.Edges.Where(e => !e.Crosscutting && !stacked[e.Parent]))
        {
            var (px, py) = (X(edge.Parent) + (BoxWidth / 2), Bottom(edge.Parent));
            var (cx, cy) = (X(edge.Child) + (BoxWidth / 2), Top(edge.Child));
            var lane = cy - (VerticalGap / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(px)} {N(py)} V{N(lane)} H{N(cx)} V{N(cy - 1)}\" stroke=\"{BandPalette.Edge}\" marker-end=\"url(#pk-arrow)\"/>\n");
        }

        foreach (var edge in view.Edges.Where(e => e.Crosscutting))
        {
            // Down from the parent's bottom to the child's top. A parent in a lower layer reaches up from its top
            // to the child's bottom; one in the same layer loops below from bottom to bottom.
            var (pl, cl) = (view.Depth[edge.Parent], view.Depth[edge.Child]);
            var (px, cx) = (X(edge.Parent) + (BoxWidth / 2), X(edge.Child) + (BoxWidth / 2));
            var py = pl > cl ? Top(edge.Parent) : Bottom(edge.Parent);
            var cy = pl < cl ? Top(edge.Child) - 1 : Bottom(edge.Child) + 1;
            var reach = Math.Max(VerticalGap, Math.Abs(cy - py) / 2);
            var (pb, cb) = pl < cl ? (py + reach, cy - reach) : pl > cl ? (py - reach, cy + reach) : (py + (VerticalGap / 2), cy + (VerticalGap / 2));
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(px)} {N(py)} C{N(px)} {N(pb)} {N(cx)} {N(cb)} {N(cx)} {N(cy)}\" stroke=\"{BandPalette.Crosscutting}\" stroke-dasharray=\"7 4\" marker-end=\"url(#pk-arrow-x)\"/>\n");
        }

        svg.Append("</g>\n");

        foreach (var i in view.Visible)
        {
            boxes[i].WriteTo(svg, view.Tree.Nodes[i].Id, i, X(i), Top(i), rowHeight[view.Depth[i]], bandCount);
        }

        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static void Marker(StringBuilder svg, string id, string colour) =>
        svg.Append(CultureInfo.InvariantCulture, $"<marker id=\"{id}\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,1 L9,5 L0,9 z\" fill=\"{colour}\"/></marker>\n");

    private static void Text(StringBuilder svg, double x, double baseline, string text, double size, bool bold = false, bool italic = false, string? colour = null, string? anchor = null)
    {
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{N(x)}\" y=\"{N(baseline)}\" font-size=\"{N(size)}\"");
        if (bold)
        {
            svg.Append(" font-weight=\"bold\"");
        }

        if (italic)
        {
            svg.Append(" font-style=\"italic\"");
        }

        if (colour is not null)
        {
            svg.Append(" fill=\"").Append(colour).Append('"');
        }

        if (anchor is not null)
        {
            svg.Append(" text-anchor=\"").Append(anchor).Append('"');
        }

        svg.Append('>').Append(Escape.Xml(text)).Append("</text>\n");
    }

    /// <summary>A coordinate: invariant, at most one decimal.</summary>
    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>One line of a box.</summary>
    private sealed record Line(string Text, double Size, double Height, bool Bold = false, bool Italic = false, string? Colour = null);

    /// <summary>A node's box: its lines wrapped to the box width, and the height they need.</summary>
    private sealed class Box
    {
        private const double BadgeHeight = 14;

        private Box(NodeLabel label, List<Line> lines, Line figure, string? badge)
        {
            Label = label;
            Lines = lines;
            Figure = figure;
            Badge = badge;
            Height = Pad + lines.Sum(l => l.Height) + SeparatorGap + figure.Height + Pad - 2;
        }

        public NodeLabel Label { get; }

        public List<Line> Lines { get; }

        public Line Figure { get; }

        public string? Badge { get; }

        public double Height { get; }

        private static double BadgeWidth(string badge) => TextMetrics.Width(badge, CaptionSize, bold: true) + 12;

        public static Box For(NodeLabel label)
        {
            var lines = new List<Line>();
            var badge = label.HiddenBadge;
            var captionWidth = TextWidth - (badge is null ? 0 : BadgeWidth(badge) + 4);
            lines.Add(new Line(TextMetrics.Truncate(label.Caption, captionWidth, CaptionSize), CaptionSize, 14, Colour: Grey));
            lines.AddRange(TextMetrics.Wrap(label.Name, TextWidth, NameSize, bold: true, NameLines).Select(t => new Line(t, NameSize, 15.5, Bold: true)));
            lines[^1] = lines[^1] with { Height = lines[^1].Height + 3 };
            lines.AddRange(TextMetrics.Wrap(label.Indicator, TextWidth, BodySize, bold: false, IndicatorLines).Select(t => new Line(t, BodySize, 13.5, Italic: true)));
            if (label.MoreIndicators is { } more)
            {
                lines.Add(new Line(TextMetrics.Truncate(more, TextWidth, CaptionSize), CaptionSize, 13, Colour: Grey));
            }

            if (label.Measures is { } measures)
            {
                lines.Add(new Line(TextMetrics.Truncate(measures, TextWidth, BodySize), BodySize, 14));
            }

            if (label.Capaian is { } capaian)
            {
                lines.Add(new Line(TextMetrics.Truncate(capaian, TextWidth, BodySize), BodySize, 14));
            }

            var figure = new Line(TextMetrics.Truncate(label.Figure, TextWidth, FigureSize, bold: true), FigureSize, 15, Bold: true);
            return new Box(label, lines, figure, badge);
        }

        public void WriteTo(StringBuilder svg, string id, int index, double x, double y, double height, int bandCount)
        {
            var colour = BandPalette.Of(Label.BandRank, bandCount);
            var dash = Label.BandRank is null ? " stroke-dasharray=\"4 3\"" : "";
            svg.Append("<g data-id=\"").Append(Escape.Xml(id)).Append("\">\n");
            svg.Append("<title>").Append(Escape.Xml(Label.Tooltip)).Append("</title>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"box\" x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(BoxWidth)}\" height=\"{N(height)}\" rx=\"{N(Radius)}\" fill=\"{colour.Fill}\" stroke=\"{colour.Stroke}\" stroke-width=\"1.5\"{dash}/>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<clipPath id=\"pk-clip-{index}\"><rect x=\"{N(x)}\" y=\"{N(y)}\" width=\"{N(BoxWidth)}\" height=\"{N(height)}\"/></clipPath>\n");
            svg.Append(CultureInfo.InvariantCulture, $"<g clip-path=\"url(#pk-clip-{index})\">\n");
            var top = y + Pad - 2;
            foreach (var line in Lines)
            {
                Text(svg, x + Pad, Baseline(top, line), line.Text, line.Size, line.Bold, line.Italic, line.Colour);
                top += line.Height;
            }

            if (Badge is not null)
            {
                var w = BadgeWidth(Badge);
                var bx = x + BoxWidth - Pad - w + 4;
                var by = y + 5;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(bx)}\" y=\"{N(by)}\" width=\"{N(w)}\" height=\"{N(BadgeHeight)}\" rx=\"7\" fill=\"#ffffff\" stroke=\"{colour.Stroke}\"/>\n");
                Text(svg, bx + (w / 2), by + 10.5, Badge, CaptionSize, bold: true, anchor: "middle");
            }

            // The node's figure sits at the bottom, so figures line up across a layer.
            var separator = y + height - Pad + 2 - Figure.Height - (SeparatorGap / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(x + Pad)} {N(separator)} H{N(x + BoxWidth - Pad)}\" stroke=\"{colour.Stroke}\" stroke-opacity=\"0.5\"/>\n");
            Text(svg, x + Pad, Baseline(y + height - Pad + 2 - Figure.Height, Figure), Figure.Text, Figure.Size, bold: true);
            svg.Append("</g>\n</g>\n");
        }

        private static double Baseline(double top, Line line) => top + (line.Height / 2) + (line.Size * 0.36);
    }

    /// <summary>The title and the legend, flowed left to right within a width.</summary>
    private sealed class Header(double available)
    {
        private const double ItemHeight = 20;
        private const double Gap = 18;
        private readonly List<Action<StringBuilder, double, double>> _draw = [];
        private double _x;
        private double _y;
        private bool _rowUsed;

        public double Width { get; private set; }

        public double Height => _y + (_rowUsed ? ItemHeight : 0);

        public void Title(string text) => BoldLine(text, size: 17, baseline: 16, advance: 30);

        public void Heading(string text) => BoldLine(text, size: 11.5, baseline: 13, advance: 20);

        public void Swatch(BandColour colour, string text) => Item(text, 24, (svg, x, y) =>
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{N(x)}\" y=\"{N(y + 4)}\" width=\"18\" height=\"12\" rx=\"3\" fill=\"{colour.Fill}\" stroke=\"{colour.Stroke}\" stroke-width=\"1.5\"/>\n"));

        public void DashedLine(string text) => Item(text, 34, (svg, x, y) =>
            svg.Append(CultureInfo.InvariantCulture, $"<path d=\"M{N(x)} {N(y + 10)} H{N(x + 26)}\" stroke=\"{BandPalette.Crosscutting}\" stroke-width=\"1.4\" stroke-dasharray=\"7 4\" fill=\"none\"/>\n"));

        public void Note(string text) => Item(text, 0, (_, _, _) => { });

        public void WriteTo(StringBuilder svg, double x, double y)
        {
            foreach (var draw in _draw)
            {
                draw(svg, x, y);
            }
        }

        /// <summary>A bold line of its own (the title or a heading), truncated to the width.</summary>
        private void BoldLine(string text, double size, double baseline, double advance)
        {
            var shown = TextMetrics.Truncate(text, available, size, bold: true);
            var y = _y;
            _draw.Add((svg, ox, oy) => Text(svg, ox, oy + y + baseline, shown, size, bold: true));
            Width = Math.Max(Width, TextMetrics.Width(shown, size, bold: true));
            _y += advance;
        }

        private void Item(string text, double markWidth, Action<StringBuilder, double, double> mark)
        {
            var shown = TextMetrics.Truncate(text, available - markWidth, BodySize);
            var width = markWidth + TextMetrics.Width(shown, BodySize);
            if (_rowUsed && _x + width > available)
            {
                _x = 0;
                _y += ItemHeight;
            }

            var (ix, iy) = (_x, _y);
            _draw.Add((svg, ox, oy) =>
            {
                mark(svg, ox + ix, oy + iy);
                Text(svg, ox + ix + markWidth, oy + iy + 14, shown, BodySize);
            });
            _x += width + Gap;
            _rowUsed = true;
            Width = Math.Max(Width, _x - Gap);
        }
    }
}
