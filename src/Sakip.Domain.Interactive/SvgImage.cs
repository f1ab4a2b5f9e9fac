using Ardalis.GuardClauses;

namespace Sakip.Domain.Interactive;

/// <summary>
/// A self-contained SVG image (a chart of <see cref="SakipCharts"/>): a notebook displays it as the picture, and
/// <see cref="Svg"/> (or <see cref="ToString"/>) is the SVG text to save as a <c>.svg</c> file or embed in a page.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class SvgImage
{
    /// <summary>Wraps SVG text.</summary>
    /// <param name="svg">The SVG document (one <c>&lt;svg&gt;</c> element, no XML declaration).</param>
    /// <exception cref="ArgumentException"><paramref name="svg"/> is null or blank.</exception>
    public SvgImage(string svg) => Svg = Guard.Against.NullOrWhiteSpace(svg);

    /// <summary>The SVG document.</summary>
    public string Svg { get; }

    /// <summary>The SVG document.</summary>
    /// <returns><see cref="Svg"/>.</returns>
    public override string ToString() => Svg;
}
