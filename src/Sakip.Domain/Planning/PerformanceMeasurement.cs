using Ardalis.GuardClauses;
using Sakip.Domain.Achievement;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Periods;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Planning;

/// <summary>
/// Measures a document's Perjanjian Kinerja of a year as of a period: each target's achievement from the reported
/// realisations, and each sasaran's combined achievement (the LKjIP capaian table).
/// </summary>
/// <remarks>
/// <para>Realisations: when the as-of period is the whole year and an annual realisation is reported, it is used;
/// otherwise the period realisations (quarters, months) up to the as-of period are accumulated by the indicator's
/// accumulation type. Before the year's end, an indicator with a Rencana Aksi is measured year to date against the
/// Rencana Aksi's period targets; without one, against the annual target. An agency-specific realisation takes
/// precedence over one reported without agency. Nothing unreported is read as 0.</para>
/// <para>Immutable and thread-safe.</para>
/// </remarks>
public sealed class PerformanceMeasurement
{
    private readonly AchievementCalculator _calculator;
    private readonly AchievementAggregator _aggregator;

    /// <summary>Creates a measurement under a rule set.</summary>
    /// <param name="rules">The rule set.</param>
    /// <param name="formulas">The formulas; <see langword="null"/> means the built-in ones.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public PerformanceMeasurement(RuleSet rules, FormulaRegistry? formulas = null)
    {
        Guard.Against.Null(rules);
        _calculator = new AchievementCalculator(rules, formulas);
        _aggregator = new AchievementAggregator(rules);
    }

    /// <summary>Measures every Perjanjian Kinerja of <paramref name="year"/>.</summary>
    /// <param name="document">The document.</param>
    /// <param name="year">The year, 1900–2200.</param>
    /// <param name="asOf">The as-of period in that year; <see langword="null"/> means the whole year.</param>
    /// <returns>The report, or the problem (a year out of range, an as-of period outside the year, or no agreement for
    /// the year).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public Result<MeasurementReport> Measure(SakipDocument document, int year, ReportingPeriod? asOf = null)
    {
        Guard.Against.Null(document);
        if (year is < 1900 or > 2200)
        {
            return Result<MeasurementReport>.Failure([new Problem("year", Messages.YearOutOfRange)]);
        }

        var period = asOf ?? ReportingPeriod.OfYear(year);
        if (period.Year != year)
        {
            return Result<MeasurementReport>.Failure([new Problem("asOf", Messages.AsOfOutsidePlanYear(period, year))]);
        }

        var agreements = document.PerjanjianKinerja.Where(pk => pk.Year == year).ToArray();
        if (agreements.Length == 0)
        {
            return Result<MeasurementReport>.Failure([new Problem("year", Messages.NoAgreementForYear(year))]);
        }

        var measured = agreements.Select(pk => MeasureAgreement(document, pk, period)).ToArray();
        return Result<MeasurementReport>.Success(new MeasurementReport(year, period, _calculator.Rules.Id, _calculator.Rules.Version, measured));
    }

    private AgreementMeasurement MeasureAgreement(SakipDocument document, PerjanjianKinerja pk, ReportingPeriod asOf)
    {
        var renstra = pk.Agency is { } code ? DocumentIndex.Of(document).RenstraOf(code) : null;
        var name = renstra?.Agency.Name ?? document.Region.Name;
        // A built document has every target's indicator; the filter keeps measuring total should one be missing.
        var sasaran = pk.Targets
            .Where(t => document.Indicator(t.IndicatorId) is not null)
            .GroupBy(t => t.SasaranId, StringComparer.Ordinal)
            .Select(group =>
            {
                var text = renstra?.Sasaran.FirstOrDefault(s => s.Id == group.Key)?.Text
                    ?? document.Rpjmd?.Sasaran.FirstOrDefault(s => s.Id == group.Key)?.Text
                    ?? group.Key;
                var rows = group.Select(t => MeasureTarget(document, pk, t, asOf)).ToArray();
                var aggregate = _aggregator.Aggregate(rows.Select(r => new AggregationItem(r.IndicatorId, r.Result)));
                return new SasaranMeasurement(group.Key, text, rows, aggregate);
            })
            .ToArray();
        return new AgreementMeasurement(pk.Id, pk.Agency, name, pk.Position, sasaran);
    }

    private IndicatorMeasurement MeasureTarget(SakipDocument document, PerjanjianKinerja pk, PkTarget target, ReportingPeriod asOf)
    {
        var indicator = document.Indicator(target.IndicatorId)!;
        var entries = document.RealisationsFor(target.IndicatorId, pk.Year, pk.Agency);
        var annual = entries.FirstOrDefault(r => r.Period.Kind == PeriodKind.Year);
        var parts = entries.Where(r => r.Period.Kind != PeriodKind.Year && r.Period.End <= asOf.End).ToArray();
        var plan = DocumentIndex.Of(document).ActionPlan(pk.Id, target.IndicatorId);
        var input = new AchievementInput(target.Target, null, indicator.Polarity) { AllowsNegativeValues = indicator.AllowsNegativeValues, FormulaId = indicator.FormulaId };

        AchievementResult result;
        if (asOf.Kind == PeriodKind.Year && annual is not null)
        {
            result = _calculator.Calculate(input with { Realisation = annual.Value });
        }
        else if (parts.Length == 0 && (plan is null || asOf.Kind == PeriodKind.Year))
        {
            result = _calculator.Calculate(input);
        }
        else if (asOf.Kind != PeriodKind.Year && plan is not null)
        {
            var periods = plan.Targets
                .Select(t => new PeriodValue(t.Period, t.Target, parts.FirstOrDefault(p => p.Period == t.Period)?.Value))
                .ToArray();
            result = _calculator.CalculateYearToDate(Plan(pk, target, indicator, periods), asOf);
        }
        else
        {
            var periods = parts.Select(p => new PeriodValue(p.Period, null, p.Value)).ToArray();
            result = _calculator.CalculateAgainstAnnualTarget(Plan(pk, target, indicator, periods), asOf);
        }

        return new IndicatorMeasurement(indicator.Id, indicator.Name, indicator.Unit, indicator.Polarity, target.Target, result);
    }

    private static RencanaAksiInput Plan(PerjanjianKinerja pk, PkTarget target, IndicatorDefinition indicator, PeriodValue[] periods) =>
        new(pk.Year, target.Target, indicator.Polarity, indicator.Accumulation, periods)
        {
            AllowsNegativeValues = indicator.AllowsNegativeValues,
            FormulaId = indicator.FormulaId,
        };
}
