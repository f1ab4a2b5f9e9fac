using System.Globalization;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets;

/// <summary>How <see cref="CapaianCsv"/> writes the capaian table: the culture of its numbers (which also chooses the
/// field separator) and the language of its band labels and notes.</summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record CapaianCsvOptions
{
    /// <summary>Invariant numbers (<c>4.88</c>), fields separated by <c>,</c>, Indonesian labels.</summary>
    public static CapaianCsvOptions Invariant { get; } = new() { Culture = Cultures.Invariant };

    /// <summary>Indonesian numbers (<c>4,88</c>), fields separated by <c>;</c>, Indonesian labels: what a spreadsheet
    /// program set to Indonesian opens as columns.</summary>
    public static CapaianCsvOptions Indonesian { get; } = new() { Culture = Cultures.Indonesian };

    /// <summary>The culture of the numbers; there is no default, so that every caller says which. Only its decimal
    /// separator is used (numbers are written without group separators): when it is <c>,</c> the field separator is
    /// <c>;</c>, otherwise <c>,</c>. Use <see cref="Cultures.Indonesian"/> for id-ID (it needs no OS culture
    /// data).</summary>
    public required CultureInfo Culture { get; init; }

    /// <summary>The language of the band labels, status words are not (they are stable ids), and notes. Default
    /// <see cref="Language.Indonesian"/>.</summary>
    public Language Language { get; init; } = Language.Indonesian;

    /// <summary>The field separator the culture calls for: <c>;</c> when its decimal separator is <c>,</c>, else
    /// <c>,</c>.</summary>
    public char Separator => CsvText.Separator(Culture);
}
