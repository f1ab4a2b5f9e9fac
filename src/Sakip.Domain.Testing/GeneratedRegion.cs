using Sakip.Domain.Collections;
using Sakip.Domain.Planning;

namespace Sakip.Domain.Testing;

/// <summary>The kinds of deliberate problem <see cref="RegionDocumentGenerator"/> puts into a document, each one a
/// kind the alignment review reports as an error, at the place it names.</summary>
public enum DeliberateProblemKind
{
    /// <summary>An agency's Perjanjian Kinerja commits to a target other than its Renstra's for the year, with no
    /// reason given (<c>ALN-004</c> at <c>perjanjianKinerja[p].targets[t]</c>). Candidates: every target of every
    /// agency's agreement.</summary>
    PkTargetDiffersFromRenstra = 0,

    /// <summary>An indicator cascaded directly from a higher one is written in another unit (<c>ALN-009</c> at
    /// <c>indicators[i]</c>). Candidates: every cascaded agency sasaran and sub kegiatan indicator (none has an
    /// indicator cascaded from it in turn).</summary>
    CascadedUnitMismatch = 1,

    /// <summary>A Renstra program has no indicator (<c>ALN-011</c> at <c>renstras[r].items[i]</c>). Candidates: every
    /// Renstra program.</summary>
    ProgramWithoutIndicator = 2,

    /// <summary>A sub kegiatan's budget of one plan year is raised, so its kegiatan's budget is no longer the sum of
    /// its sub kegiatan (<c>ALN-010</c> at the kegiatan, <c>renstras[r].items[i]</c>). Candidates: every sub
    /// kegiatan.</summary>
    BudgetNotSumOfParts = 3,

    /// <summary>An agency sasaran supports no RPJMD sasaran (<c>ALN-001</c> at <c>renstras[r].sasaran[s]</c>).
    /// Candidates: every agency sasaran.</summary>
    AgencySasaranUnsupported = 4,
}

/// <summary>One deliberate problem of a generated document: what it is and where the review reports it.</summary>
/// <param name="Kind">The kind.</param>
/// <param name="RuleId">The id of the alignment rule that finds it, e.g. <c>ALN-004</c>.</param>
/// <param name="Path">Where the review reports it, in the document format's camelCase path, e.g.
/// <c>perjanjianKinerja[3].targets[1]</c>.</param>
/// <param name="Detail">What was changed, in English, e.g. <c>target 2025 of PD03-SS1-01: 91.2 instead of
/// 83.5</c>.</param>
public sealed record DeliberateProblem(DeliberateProblemKind Kind, string RuleId, string Path, string Detail);

/// <summary>A region's generated document with where it sits in the country and the deliberate problems it
/// carries.</summary>
/// <remarks>Immutable and thread-safe; compared by content.</remarks>
/// <param name="Code">The Kemendagri-shaped region code: <c>32</c> for a province, <c>32.05</c> for a regency,
/// <c>32.71</c> for a city.</param>
/// <param name="Name">The synthetic name, e.g. <c>Kabupaten Contoh 32.05</c>.</param>
/// <param name="Kind">Province, regency or city.</param>
/// <param name="ProvinceCode">The two-digit code of the province it lies in (its own code for a province).</param>
/// <param name="Document">The built document.</param>
/// <param name="Problems">The deliberate problems, in the order they were put (the order the document is written in:
/// RPJMD, Renstras, then the agreements of each measured year); empty at a problem rate of 0.</param>
public sealed record GeneratedRegion(string Code, string Name, RegionKind Kind, string ProvinceCode, SakipDocument Document, ValueList<DeliberateProblem> Problems);
