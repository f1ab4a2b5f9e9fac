using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Values;

namespace Sakip.Domain.Planning;

/// <summary>One agreement indicator's achievement, as a row of an LKjIP capaian table.</summary>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="Name">The indicator's name.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Polarity">Its polarity.</param>
/// <param name="Target">The agreement's (annual) target.</param>
/// <param name="Result">The achievement: its explanation holds the target and the (accumulated) realisation used.</param>
public sealed record IndicatorMeasurement(string IndicatorId, string Name, string Unit, Polarity Polarity, Target Target, AchievementResult Result)
{
    /// <summary>The realisation used (accumulated to the as-of period), or <see langword="null"/> when not reported.</summary>
    public Measure? Realisation => Result.Explanation.Realisation;
}

/// <summary>A sasaran's indicators and their combined achievement.</summary>
/// <param name="SasaranId">The sasaran's id.</param>
/// <param name="Sasaran">The sasaran as written.</param>
/// <param name="Indicators">Its indicators' rows.</param>
/// <param name="Aggregate">The combined achievement by the rule set's aggregation.</param>
public sealed record SasaranMeasurement(string SasaranId, string Sasaran, ValueList<IndicatorMeasurement> Indicators, AggregateResult Aggregate);

/// <summary>One Perjanjian Kinerja's measured targets, by sasaran.</summary>
/// <param name="PerjanjianKinerjaId">The agreement's id.</param>
/// <param name="Agency">The agency, or <see langword="null"/> for the head of region.</param>
/// <param name="Name">The agency's name (or the region's for the head of region).</param>
/// <param name="Position">The signing official's position.</param>
/// <param name="Sasaran">The sasaran with their indicators.</param>
public sealed record AgreementMeasurement(string PerjanjianKinerjaId, OrganisationCode? Agency, string Name, string Position, ValueList<SasaranMeasurement> Sasaran);

/// <summary>The capaian of every Perjanjian Kinerja of a year, as of a period, under a rule set.</summary>
/// <remarks>Computed by <see cref="PerformanceMeasurement.Measure"/>; its properties have no setters, so no
/// <c>with</c> expression can change what was measured. Immutable and thread-safe; compared by content.</remarks>
public sealed record MeasurementReport
{
    internal MeasurementReport(int year, ReportingPeriod asOf, string ruleSetId, int ruleSetVersion, ValueList<AgreementMeasurement> agreements)
    {
        Year = year;
        AsOf = asOf;
        RuleSetId = ruleSetId;
        RuleSetVersion = ruleSetVersion;
        Agreements = agreements;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The as-of period.</summary>
    public ReportingPeriod AsOf { get; }

    /// <summary>The rule set's id.</summary>
    public string RuleSetId { get; }

    /// <summary>The rule set's version.</summary>
    public int RuleSetVersion { get; }

    /// <summary>Each agreement's measurement.</summary>
    public ValueList<AgreementMeasurement> Agreements { get; }
}
