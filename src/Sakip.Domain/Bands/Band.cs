using Sakip.Domain.Text;

namespace Sakip.Domain.Bands;

/// <summary>One band of a <see cref="BandSet"/>, e.g. "Sangat Tinggi" for capaian above 90.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="Rank">1 for the best band, increasing downwards.</param>
/// <param name="LowerEdge">The lower edge; <see langword="null"/> for the lowest band, which takes every value below
/// the next band (including negative capaian).</param>
/// <param name="Label">The label: in Indonesian as printed in reports, e.g. <c>Sangat Tinggi</c>, and an English
/// rendering, e.g. <c>Very high</c>.</param>
/// <param name="LabelVariant">An alternative Indonesian label some reports print, e.g. <c>Sangat Baik</c>.</param>
public sealed record Band(int Rank, decimal? LowerEdge, BilingualText Label, string? LabelVariant)
{
    /// <summary>The Indonesian label.</summary>
    /// <returns>The Indonesian label, e.g. <c>Sangat Tinggi</c>.</returns>
    public override string ToString() => Label.Indonesian;
}
