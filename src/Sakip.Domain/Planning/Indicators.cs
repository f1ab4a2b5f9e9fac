using Sakip.Domain.Achievement;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Values;

namespace Sakip.Domain.Planning;

/// <summary>
/// An indicator's definition with the fields of an IKU manual (docs/sakip-document-format.md, <c>indicatorDefinition</c>). Planning elements refer to it by
/// <see cref="Id"/>; the document holds each definition once.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record IndicatorDefinition
{
    /// <summary>Document-wide unique id, e.g. <c>IKU-01</c> or <c>DINKES-SS1-01</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The indicator's name as printed, e.g. <c>Angka kematian bayi</c>.</summary>
    public required string Name { get; init; }

    /// <summary>The unit (<i>satuan</i>), e.g. <c>%</c>, <c>per 1.000 KH</c>, <c>Rp</c>.</summary>
    public required string Unit { get; init; }

    /// <summary>Whether higher or lower is better.</summary>
    public Polarity Polarity { get; init; }

    /// <summary>How its values combine across periods.</summary>
    public AccumulationType Accumulation { get; init; }

    /// <summary>Input, output, outcome or impact.</summary>
    public IndicatorType Type { get; init; }

    /// <summary>The objective it measures.</summary>
    public string? Objective { get; init; }

    /// <summary>Why it was chosen.</summary>
    public string? Rationale { get; init; }

    /// <summary>Its operational definition.</summary>
    public string? Definition { get; init; }

    /// <summary>Its formula as text (numerator / denominator).</summary>
    public string? FormulaText { get; init; }

    /// <summary>The data source.</summary>
    public string? DataSource { get; init; }

    /// <summary>The unit responsible for it.</summary>
    public string? ResponsibleUnit { get; init; }

    /// <summary>How often it is reported. Default yearly.</summary>
    public PeriodKind ReportingFrequency { get; init; } = PeriodKind.Year;

    /// <summary>Whether it may take negative values (growth rates and the like).</summary>
    public bool AllowsNegativeValues { get; init; }

    /// <summary>The id of the higher-level indicator this one is cascaded from (its direct parent in the
    /// performance tree), when it is; the alignment review checks that their units agree.</summary>
    public string? CascadedFrom { get; init; }

    /// <summary>The capaian formula of this indicator, by id, when it is not the rule set's formula for its polarity
    /// (e.g. <c>negative-plain-ratio</c> to reproduce a report that divides this one indicator so); <see langword="null"/>
    /// for the rule set's. The id is resolved in the formulas the document is measured with:
    /// <see cref="Catalogues.RuleCatalogue.Check"/> says before measuring whether every id is there.</summary>
    public string? FormulaId { get; init; }
}

/// <summary>A target for one year.</summary>
/// <param name="Year">The year.</param>
/// <param name="Target">The target.</param>
public sealed record YearTarget(int Year, Target Target);

/// <summary>An amount of rupiah for one year (a budget, <i>pagu indikatif</i>).</summary>
/// <param name="Year">The year.</param>
/// <param name="Amount">The amount in rupiah, exact.</param>
public sealed record YearAmount(int Year, decimal Amount);

/// <summary>An indicator as a planning element carries it: baseline, yearly targets and the declared
/// end-of-period target (<i>kondisi akhir</i>).</summary>
/// <remarks>Immutable and thread-safe.</remarks>
/// <param name="IndicatorId">The id of the <see cref="IndicatorDefinition"/>.</param>
public sealed record PlannedIndicator(string IndicatorId)
{
    /// <summary>The baseline (the condition before the plan), when known.</summary>
    public decimal? Baseline { get; init; }

    /// <summary>The yearly targets.</summary>
    public ValueList<YearTarget> Targets { get; init; }

    /// <summary>The end-of-period target as the document declares it, when it does. The library derives its own
    /// (<see cref="PlanMath.EndOfPeriodTarget"/>) and reports a disagreement; it never overwrites the declared value.</summary>
    public Target? DeclaredEndTarget { get; init; }

    /// <summary>The target of a year, if planned.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The target, or <see langword="null"/>.</returns>
    public Target? TargetFor(int year)
    {
        foreach (var target in Targets)
        {
            if (target.Year == year)
            {
                return target.Target;
            }
        }

        return null;
    }
}
