using Sakip.Domain.Collections;

namespace Sakip.Domain.Analytics.National;

/// <summary>How a region of a <see cref="NationalRun"/> ended.</summary>
public enum RegionStatus
{
    /// <summary>Every year was measured and written.</summary>
    Completed,

    /// <summary>Some years were written, others have problems (e.g. a tree that cannot be built, a year without an
    /// agreement).</summary>
    Partial,

    /// <summary>Nothing was written: the document could not be loaded, or no year could be measured.</summary>
    Skipped,
}

/// <summary>One region's result in a national run: what was written, the review's counts, and every problem.</summary>
/// <param name="Index">The region's place in the run's source list (from 0).</param>
/// <param name="Source">The source's name (a file's path relative to the folder or manifest).</param>
/// <param name="RegionCode">The region's code; <see langword="null"/> when the document could not be loaded.</param>
/// <param name="RegionName">The region's name; <see langword="null"/> when the document could not be loaded.</param>
/// <param name="ProvinceCode">The province the rows are partitioned under; <see langword="null"/> when unknown.</param>
/// <param name="Status">Completed, partial or skipped.</param>
/// <param name="Years">The years measured, each with its row counts.</param>
/// <param name="ReviewErrors">The review's error findings; <see langword="null"/> when no review ran.</param>
/// <param name="ReviewWarnings">The review's warning findings; <see langword="null"/> when no review ran.</param>
/// <param name="Problems">Every problem: the document's (with their paths in it), a year's (path
/// <c>years[2025]…</c>), the writer's.</param>
/// <param name="Elapsed">The time the region took (loading, review, measurement, roll-up, rows), not counting
/// writing.</param>
public sealed record RegionOutcome(
    int Index,
    string Source,
    string? RegionCode,
    string? RegionName,
    string? ProvinceCode,
    RegionStatus Status,
    ValueList<RegionYearOutcome> Years,
    int? ReviewErrors,
    int? ReviewWarnings,
    ValueList<Problem> Problems,
    TimeSpan Elapsed);

/// <summary>One year of a region in a national run.</summary>
/// <param name="Year">The year.</param>
/// <param name="CapaianRows">Capaian rows written.</param>
/// <param name="TreeRows">Tree-node rows written (0 when the tree could not be built; see the region's problems).</param>
/// <param name="EvaluationRows">LKE rows written.</param>
/// <param name="Grade">The grade code of the region's own LKE evaluation of the year (<c>BB</c>), when it has one and
/// it is complete; otherwise <see langword="null"/>.</param>
public sealed record RegionYearOutcome(int Year, int CapaianRows, int TreeRows, int EvaluationRows, string? Grade);
