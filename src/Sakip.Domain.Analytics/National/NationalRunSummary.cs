using System.Globalization;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Analytics.National;

/// <summary>The result of a <see cref="NationalRun"/>: every region's outcome in source order, and the totals.</summary>
/// <param name="Regions">Every region, in the order of the sources.</param>
/// <param name="Elapsed">The run's wall time.</param>
public sealed record NationalRunSummary(ValueList<RegionOutcome> Regions, TimeSpan Elapsed)
{
    /// <summary>Regions with every year written.</summary>
    public int Completed => Regions.Count(r => r.Status == RegionStatus.Completed);

    /// <summary>Regions with some years written and problems in others.</summary>
    public int Partial => Regions.Count(r => r.Status == RegionStatus.Partial);

    /// <summary>Regions skipped: nothing written.</summary>
    public int Skipped => Regions.Count(r => r.Status == RegionStatus.Skipped);

    /// <summary>Capaian rows written, all regions and years.</summary>
    public long CapaianRows => Regions.Sum(r => r.Years.Sum(y => (long)y.CapaianRows));

    /// <summary>Tree-node rows written, all regions and years.</summary>
    public long TreeRows => Regions.Sum(r => r.Years.Sum(y => (long)y.TreeRows));

    /// <summary>LKE rows written, all regions and years.</summary>
    public long EvaluationRows => Regions.Sum(r => r.Years.Sum(y => (long)y.EvaluationRows));

    /// <inheritdoc />
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Regions.Count} regions: {Completed} completed, {Partial} partial, {Skipped} skipped; rows: {CapaianRows} capaian, {TreeRows} tree, {EvaluationRows} evaluation");
}
