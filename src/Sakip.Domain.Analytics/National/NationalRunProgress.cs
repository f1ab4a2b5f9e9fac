namespace Sakip.Domain.Analytics.National;

/// <summary>Where a <see cref="NationalRun"/> stands, after a region was written.</summary>
/// <param name="Done">Regions finished so far (completed, partial or skipped).</param>
/// <param name="Skipped">Of those, regions skipped (a broken document).</param>
/// <param name="Total">How many regions the run has, when the source list says (a list, a folder, a manifest);
/// <see langword="null"/> for a lazy sequence.</param>
/// <param name="Last">The region just finished.</param>
/// <param name="Elapsed">Time since the run started.</param>
public sealed record NationalRunProgress(int Done, int Skipped, int? Total, RegionOutcome Last, TimeSpan Elapsed);
