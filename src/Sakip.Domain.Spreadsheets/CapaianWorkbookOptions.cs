using Sakip.Domain.Bands;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>How <see cref="CapaianWorkbook"/> writes the capaian table: the language of its words, the title and
/// subject, and the band set that colours the bands.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CapaianWorkbookOptions
{
    /// <summary>The options used when none are given: Indonesian, the default title, no subject, band colours from the
    /// report's rule set when it is a built-in one.</summary>
    public static CapaianWorkbookOptions Default { get; } = new();

    /// <summary>The language of the sheet name, headings, band labels and words (one language per workbook; names and
    /// texts of the document are written as the document has them). Default <see cref="Language.Indonesian"/>.</summary>
    public Language Language { get; init; } = Language.Indonesian;

    /// <summary>The title in cell A1 and the workbook's title property; <see langword="null"/> for "Capaian Kinerja
    /// {year}" (or "Performance achievement {year}").</summary>
    public string? Title { get; init; }

    /// <summary>The subject (e.g. the region's name), written under the title and as the workbook's subject property;
    /// <see langword="null"/> for none.</summary>
    public string? Subject { get; init; }

    /// <summary>The band set of the measurement, which tells how many bands there are so that the best band is filled
    /// blue and the worst red (the colours of Sakip.Domain.Diagrams' <c>BandPalette</c>). <see langword="null"/>: the
    /// band set of the built-in rule set the report names, else as many bands as the lowest-ranked band in the
    /// report.</summary>
    public BandSet? Bands { get; init; }
}
