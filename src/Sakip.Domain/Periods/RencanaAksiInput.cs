using Sakip.Domain.Achievement;
using Sakip.Domain.Collections;
using Sakip.Domain.Values;

namespace Sakip.Domain.Periods;

/// <summary>
/// The calculator's input for one indicator's Rencana Aksi for one year (what a document's
/// <see cref="Planning.RencanaAksi"/> gives with the realisations reported against it): the annual target of the Perjanjian Kinerja and the target and
/// realisation of each period (usually each quarter, <i>triwulan</i>).
/// </summary>
/// <remarks>Immutable and thread-safe. Compute with
/// <see cref="AchievementCalculator.CalculateYearToDate"/> and <see cref="AchievementCalculator.CalculateAgainstAnnualTarget"/>.</remarks>
/// <param name="Year">The plan's year.</param>
/// <param name="AnnualTarget">The annual target.</param>
/// <param name="Polarity">The indicator's polarity.</param>
/// <param name="Accumulation">How the indicator's period values combine.</param>
/// <param name="Periods">Each period's target and realisation, all of one kind.</param>
public sealed record RencanaAksiInput(int Year, Target AnnualTarget, Polarity Polarity, AccumulationType Accumulation, ValueList<PeriodValue> Periods)
{
    /// <summary>A formula id for this indicator, overriding the rule set's choice for its polarity.</summary>
    public string? FormulaId { get; init; }

    /// <summary>Whether the indicator may take negative values.</summary>
    public bool AllowsNegativeValues { get; init; }
}
