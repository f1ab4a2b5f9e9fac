using System.Diagnostics;
using System.Globalization;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Planning;

/// <summary>One agreement indicator's achievement, as a row of an LKjIP capaian table.</summary>
/// <param name="IndicatorId">The indicator's id.</param>
/// <param name="Name">The indicator's name.</param>
/// <param name="Unit">Its unit.</param>
/// <param name="Polarity">Its polarity.</param>
/// <param name="Target">The agreement's (annual) target.</param>
/// <param name="Result">The achievement: its explanation holds the target and the (accumulated) realisation used.</param>
[DebuggerDisplay("{IndicatorId,nq}: {Result.Presented} ({Result.Status})")]
public sealed record IndicatorMeasurement(string IndicatorId, string Name, string Unit, Polarity Polarity, Target Target, AchievementResult Result)
{
    /// <summary>The realisation used (accumulated to the as-of period), or <see langword="null"/> when not reported.</summary>
    public Measure? Realisation => Result.AsAchieved is { } achieved ? achieved.Realisation : Result.Explanation.Realisation;

    /// <summary>What LINQPad shows for the row (it calls <c>ToDump</c> by name): the indicator, target, realisation,
    /// presented capaian, band, formula and the sentence, instead of the whole result.</summary>
    internal object ToDump() => new
    {
        Indicator = IndicatorId,
        Name,
        Unit,
        Polarity,
        Target = Target.ToString(),
        Realisation = Realisation?.ToString(),
        Achievement = DumpView.Presented(Result.Presented?.Value),
        Band = DumpView.Label(Result.Band),
        Result.Status,
        Formula = Result.Explanation.FormulaId,
        Sentence = Result.ToSentence(Language.Indonesian),
    };
}

/// <summary>A sasaran's indicators and their combined achievement.</summary>
/// <param name="SasaranId">The sasaran's id.</param>
/// <param name="Sasaran">The sasaran as written.</param>
/// <param name="Indicators">Its indicators' rows.</param>
/// <param name="Aggregate">The combined achievement by the rule set's aggregation.</param>
[DebuggerDisplay("{SasaranId,nq}: {Aggregate}")]
public sealed record SasaranMeasurement(string SasaranId, string Sasaran, ValueList<IndicatorMeasurement> Indicators, AggregateResult Aggregate)
{
    /// <summary>What LINQPad shows for the sasaran (it calls <c>ToDump</c> by name): its presented aggregate and band,
    /// and its indicators as rows.</summary>
    private object ToDump() => new
    {
        Id = SasaranId,
        Sasaran,
        Achievement = DumpView.Presented(Aggregate.AsValue?.Presented.Value),
        Band = DumpView.Label(Aggregate.AsValue?.Band),
        Reason = Aggregate.AsNotAvailable?.Reason.Message.Indonesian,
        Indicators = Indicators.Select(i => i.ToDump()).ToArray(),
    };
}

/// <summary>One Perjanjian Kinerja's measured targets, by sasaran.</summary>
/// <param name="PerjanjianKinerjaId">The agreement's id.</param>
/// <param name="Agency">The agency, or <see langword="null"/> for the head of region.</param>
/// <param name="Name">The agency's name (or the region's for the head of region).</param>
/// <param name="Position">The signing official's position.</param>
/// <param name="Sasaran">The sasaran with their indicators.</param>
[DebuggerDisplay("{PerjanjianKinerjaId,nq}: {Name,nq} ({Sasaran.Count} sasaran)")]
public sealed record AgreementMeasurement(string PerjanjianKinerjaId, OrganisationCode? Agency, string Name, string Position, ValueList<SasaranMeasurement> Sasaran)
{
    /// <summary>What LINQPad shows for the agreement (it calls <c>ToDump</c> by name): who signed it and its sasaran as
    /// rows with their presented aggregates.</summary>
    private object ToDump() => new
    {
        Id = PerjanjianKinerjaId,
        Agency = Agency?.ToString(),
        Name,
        Position,
        Sasaran = Sasaran.Select(s => new
        {
            Id = s.SasaranId,
            s.Sasaran,
            Achievement = DumpView.Presented(s.Aggregate.AsValue?.Presented.Value),
            Band = DumpView.Label(s.Aggregate.AsValue?.Band),
            Indicators = s.Indicators.Count,
        }).ToArray(),
    };
}

/// <summary>The capaian of every Perjanjian Kinerja of a year, as of a period, under a rule set.</summary>
/// <remarks>Computed by <see cref="PerformanceMeasurement.Measure"/>; its properties have no setters, so no
/// <c>with</c> expression can change what was measured. Immutable and thread-safe; compared by content.</remarks>
[DebuggerDisplay("{Year} as of {AsOf}: {Agreements.Count} agreements, rule set {RuleSetId,nq} v{RuleSetVersion}")]
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

    /// <summary>What LINQPad shows for the report (it calls <c>ToDump</c> by name): the capaian table, one row per
    /// indicator (agency, sasaran, indicator, unit, target, realisation, presented capaian, band, formula), and one
    /// row per sasaran with its presented aggregate.</summary>
    private object ToDump() => new
    {
        Year,
        AsOf = AsOf.ToString(),
        RuleSet = RuleSetId + " v" + RuleSetVersion.ToString(CultureInfo.InvariantCulture),
        Sasaran = Agreements.SelectMany(a => a.Sasaran.Select(s => new
        {
            Agency = a.Name,
            s.Sasaran,
            Achievement = DumpView.Presented(s.Aggregate.AsValue?.Presented.Value),
            Band = DumpView.Label(s.Aggregate.AsValue?.Band),
        })).ToArray(),
        Indicators = Agreements.SelectMany(a => a.Sasaran.SelectMany(s => s.Indicators.Select(i => new
        {
            Agency = a.Name,
            s.Sasaran,
            Indicator = i.Name,
            i.Unit,
            Target = i.Target.ToString(),
            Realisation = i.Realisation?.ToString(),
            Achievement = DumpView.Presented(i.Result.Presented?.Value),
            Band = DumpView.Label(i.Result.Band),
            i.Result.Status,
            Formula = i.Result.Explanation.FormulaId,
        }))).ToArray(),
    };
}
