using Sakip.Domain.Values;

namespace Sakip.Domain.Periods;

/// <summary>One period's target and realisation of an indicator, e.g. one quarter of a Rencana Aksi.</summary>
/// <param name="Period">The period.</param>
/// <param name="Target">The period's target (<see langword="null"/> when the plan sets none for it).</param>
/// <param name="Realisation">The period's realisation (<see langword="null"/> when not reported; never read as 0).</param>
public sealed record PeriodValue(ReportingPeriod Period, Target? Target, Measure? Realisation);
