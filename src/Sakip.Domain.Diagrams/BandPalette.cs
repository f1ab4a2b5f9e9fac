namespace Sakip.Domain.Diagrams;

/// <summary>A fill and a stroke colour (<c>#rrggbb</c>).</summary>
/// <param name="Fill">The fill, light enough for dark text (contrast above 7:1 with <see cref="BandPalette.Text"/>).</param>
/// <param name="Stroke">The border, the band's strong colour.</param>
internal readonly record struct BandColour(string Fill, string Stroke);

/// <summary>
/// The fixed band colours of every diagram: a diverging blue (best) → yellow → red (worst) scale after ColorBrewer's
/// RdYlBu, which stays distinguishable under the common colour-vision deficiencies; every box also prints its band's
/// label, so colour is never the only cue. Grey is "no data". Public so that other views (notebook tables, charts)
/// colour a band as the diagrams do.
/// </summary>
/// <remarks>Thread-safe (constant data).</remarks>
public static class BandPalette
{
    /// <summary>The text colour on every fill (<c>#rrggbb</c>).</summary>
    public const string Text = "#1b1b1b";

    /// <summary>The colour of crosscutting (dashed) edges.</summary>
    internal const string Crosscutting = "#6a3d9a";

    /// <summary>The colour of ordinary edges.</summary>
    internal const string Edge = "#5f6368";

    /// <summary>Boxes without a figure.</summary>
    internal static readonly BandColour NoData = new("#e7e7e7", "#8a8a8a");

    /// <summary>Six steps, best first.</summary>
    private static readonly BandColour[] Steps =
    [
        new("#a9c8e8", "#2b5c9e"),
        new("#d4e9f4", "#4a90c2"),
        new("#fff1a8", "#c9a400"),
        new("#fed3a0", "#e07b24"),
        new("#fbb58f", "#d4541c"),
        new("#f5a3a3", "#b8231f"),
    ];

    /// <summary>The colour of a band: the best band takes the first step and the worst the last, the bands between
    /// spread over the steps between (five bands take steps 1, 2, 3, 5 and 6 of six).</summary>
    /// <param name="rank">The band's rank, 1 for the best.</param>
    /// <param name="bandCount">How many bands the set has.</param>
    /// <returns>The colours.</returns>
    internal static BandColour Of(int rank, int bandCount)
    {
        if (bandCount <= 1)
        {
            return Steps[0];
        }

        // Round half down, so that the middle band of an odd set lands on yellow.
        var position = (int)Math.Ceiling(((rank - 1) * (Steps.Length - 1) / (double)(bandCount - 1)) - 0.5);
        return Steps[Math.Clamp(position, 0, Steps.Length - 1)];
    }

    /// <summary>The colour of a box: its band's, or grey without a figure.</summary>
    /// <param name="rank">The band rank, or <see langword="null"/>.</param>
    /// <param name="bandCount">How many bands the set has.</param>
    /// <returns>The colours.</returns>
    internal static BandColour Of(int? rank, int bandCount) => rank is { } r ? Of(r, bandCount) : NoData;

    /// <summary>The fill colour of a band (light enough for <see cref="Text"/> on it), or grey without a band.</summary>
    /// <param name="rank">The band's rank, 1 for the best; <see langword="null"/> for no data.</param>
    /// <param name="bandCount">How many bands the set has (the best band takes blue, the worst red).</param>
    /// <returns>The colour, <c>#rrggbb</c>.</returns>
    public static string Fill(int? rank, int bandCount) => Of(rank, bandCount).Fill;

    /// <summary>The strong (border) colour of a band, or dark grey without a band.</summary>
    /// <param name="rank">The band's rank, 1 for the best; <see langword="null"/> for no data.</param>
    /// <param name="bandCount">How many bands the set has.</param>
    /// <returns>The colour, <c>#rrggbb</c>.</returns>
    public static string Stroke(int? rank, int bandCount) => Of(rank, bandCount).Stroke;

    /// <summary>The class name of a band in Mermaid and DOT comments: <c>band1</c> … or <c>nodata</c>.</summary>
    /// <param name="rank">The band rank, or <see langword="null"/>.</param>
    /// <returns>The name.</returns>
    internal static string ClassOf(int? rank) => rank is { } r ? "band" + r.ToString(System.Globalization.CultureInfo.InvariantCulture) : "nodata";
}
