using Sakip.Domain.Achievement;
using Sakip.Domain.Values;

namespace Sakip.Domain.Spreadsheets;

/// <summary>What a row of the capaian table is.</summary>
public enum CapaianRowKind
{
    /// <summary>A Perjanjian Kinerja's heading row: who signed it.</summary>
    Agreement = 0,

    /// <summary>A sasaran's heading row, with its combined achievement.</summary>
    Sasaran = 1,

    /// <summary>An indicator's row: target, realisation, capaian, band, formula.</summary>
    Indicator = 2,
}

/// <summary>One row of the LKjIP capaian table as <see cref="CapaianWorkbook"/> and <see cref="CapaianCsv"/> write it
/// and <see cref="CapaianWorkbook.Read(Stream)"/> reads it back: an agreement's or a sasaran's heading, or an
/// indicator.</summary>
/// <remarks>Figures are presented figures: <see cref="Capaian"/> is the capaian rounded by the rule set's presentation
/// rounding. Empty is never zero: an unreported realisation is <see langword="null"/>, and so is the capaian of an
/// indicator that is not reported, not measurable or invalid (its <see cref="Status"/> says which). Immutable and
/// thread-safe; compared by content.</remarks>
/// <param name="Kind">What the row is.</param>
/// <param name="Id">The agreement's, sasaran's or indicator's id.</param>
/// <param name="Text">The agency's name (agreement), the sasaran as written, or the indicator's name.</param>
/// <param name="Unit">The indicator's unit; <see langword="null"/> on heading rows.</param>
/// <param name="Target">The indicator's target; <see langword="null"/> on heading rows.</param>
/// <param name="Realisation">The realisation used, or <see langword="null"/> when not reported (and on heading
/// rows).</param>
/// <param name="Status">The indicator's achievement state; <see langword="null"/> on heading rows.</param>
/// <param name="Capaian">The presented capaian (an indicator's, or a sasaran's combined one), or
/// <see langword="null"/> when there is none.</param>
/// <param name="Band">The band's label in the table's language, or <see langword="null"/> without a capaian.</param>
/// <param name="Formula">The formula's id, or <see langword="null"/> when none was chosen (and on heading
/// rows).</param>
/// <param name="Note">The signing official's position (agreement), how the sasaran's capaian was combined or why there
/// is none (sasaran), or why an indicator has no capaian; <see langword="null"/> when there is nothing to say.</param>
public sealed record CapaianRow(
    CapaianRowKind Kind,
    string Id,
    string Text,
    string? Unit,
    Target? Target,
    decimal? Realisation,
    AchievementStatus? Status,
    decimal? Capaian,
    string? Band,
    string? Formula,
    string? Note);
