using Ardalis.GuardClauses;
using Sakip.Domain.Collections;
using Sakip.Domain.Explanations;
using Sakip.Domain.Periods;
using Sakip.Domain.Values;

namespace Sakip.Domain.Achievement;

/// <content>Achievement over periods: year to date from Rencana Aksi targets, and against the annual target.</content>
public sealed partial class AchievementCalculator
{
    /// <summary>
    /// Year-to-date achievement as of a period, from the plan's period targets and realisations
    /// (docs/rules.md, "Accumulation over periods"): cumulative ΣR ÷ ΣT over the periods ended by <paramref name="asOf"/>; last value: the last
    /// reported R ÷ that period's T; average: mean R ÷ mean T.
    /// </summary>
    /// <param name="plan">The indicator's Rencana Aksi.</param>
    /// <param name="asOf">The period the report is made as of (never the clock), in the plan's year.</param>
    /// <returns>The result. A cumulative or average indicator with an unreported period up to
    /// <paramref name="asOf"/> is <see cref="NotReported"/> naming the periods; a period without target, or a negative period
    /// value on an indicator that does not allow them, is invalid input with the period's path; so is an accumulated
    /// value too large for exact decimal arithmetic (path <c>periods</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public AchievementResult CalculateYearToDate(RencanaAksiInput plan, ReportingPeriod asOf) => CalculateOverPeriods(plan, asOf, againstAnnualTarget: false);

    /// <summary>
    /// Achievement of the annual target as of a period: the realisations of the periods ended by
    /// <paramref name="asOf"/>, accumulated by the indicator's type, against the plan's annual target
    /// (with <paramref name="asOf"/> the whole year, this is the year's capaian).
    /// </summary>
    /// <param name="plan">The indicator's Rencana Aksi.</param>
    /// <param name="asOf">The period the report is made as of (never the clock), in the plan's year.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public AchievementResult CalculateAgainstAnnualTarget(RencanaAksiInput plan, ReportingPeriod asOf) => CalculateOverPeriods(plan, asOf, againstAnnualTarget: true);

    private AchievementResult CalculateOverPeriods(RencanaAksiInput plan, ReportingPeriod asOf, bool againstAnnualTarget)
    {
        Guard.Against.Null(plan);
        Guard.Against.Null(plan.Periods);
        var problems = ValidatePlan(plan, asOf, requireTargets: !againstAnnualTarget);
        AchievementInput Input(Target target, Measure? realisation) => new(target, realisation, plan.Polarity)
        {
            FormulaId = plan.FormulaId,
            AllowsNegativeValues = plan.AllowsNegativeValues,
        };

        AchievementResult InvalidPlan(IReadOnlyList<Problem> planProblems)
        {
            var annual = Calculate(Input(plan.AnnualTarget, null));
            ValueList<Problem> all = annual.AsInvalidInput is { } invalid ? [.. invalid.Problems, .. planProblems] : [.. planProblems];
            return AchievementResult.From(new InvalidInput(all, annual.Explanation with { Status = AchievementStatus.InvalidInput, Problems = all }));
        }

        if (problems.Count > 0)
        {
            return InvalidPlan(problems);
        }

        var inScope = plan.Periods.Where(p => p.Period.End <= asOf.End && p.Period.Year == plan.Year).OrderBy(p => p.Period).ToArray();
        var reported = inScope.Where(p => p.Realisation is not null).ToArray();
        var missing = inScope.Where(p => p.Realisation is null).Select(p => p.Period).ToArray();
        var used = plan.Accumulation == AccumulationType.LastValue ? reported.TakeLast(1).ToArray() : inScope;
        if (inScope.Length == 0 || used.Length == 0 || (plan.Accumulation != AccumulationType.LastValue && missing.Length > 0))
        {
            var reason = inScope.Length == 0 ? Messages.NoPeriodEnded(asOf) : Messages.MissingRealisations(missing);
            var notReported = Calculate(Input(plan.AnnualTarget, null));
            return Rebuild(notReported, e => e with { Reason = reason });
        }

        decimal realisation;
        Target target;
        try
        {
            realisation = Accumulation.Combine(plan.Accumulation, used.Select(p => p.Realisation!.Value.Value).ToArray());
            target = againstAnnualTarget
                ? plan.AnnualTarget
                : Accumulation.Combine(plan.Accumulation, used.Select(p => p.Target!.Value).ToArray());
        }
        catch (OverflowException)
        {
            return InvalidPlan([new Problem("periods", Messages.ArithmeticOverflow)]);
        }

        var step = new ExplanationStep(
            "accumulation",
            $"{Describe(plan.Accumulation, english: true)} of {used.Length} period(s) to {used[^1].Period} as of {asOf}: R = {{0:0.####}}, T = {{1}}",
            $"{Describe(plan.Accumulation, english: false)} dari {used.Length} periode s.d. {used[^1].Period} per {asOf}: R = {{0:0.####}}, T = {{1}}",
            realisation,
            target.Lower);
        var result = Calculate(Input(target, realisation));
        return Rebuild(result, e => e with { Steps = [step, .. e.Steps] });
    }

    private static List<Problem> ValidatePlan(RencanaAksiInput plan, ReportingPeriod asOf, bool requireTargets)
    {
        var problems = new List<Problem>();
        if (asOf.Year != plan.Year)
        {
            problems.Add(new Problem("asOf", Messages.AsOfOutsidePlanYear(asOf, plan.Year)));
        }

        if (!Enum.IsDefined(plan.Accumulation))
        {
            problems.Add(new Problem("accumulation", Messages.UnknownAccumulation));
        }

        var seen = new HashSet<ReportingPeriod>();
        var firstKind = plan.Periods.FirstOrDefault(p => p is not null)?.Period.Kind;
        for (var i = 0; i < plan.Periods.Count; i++)
        {
            var path = $"periods[{i}]";
            var p = plan.Periods[i];
            if (p is null)
            {
                problems.Add(new Problem(path, Messages.MissingPeriodEntry));
                continue;
            }

            if (p.Period.Year != plan.Year)
            {
                problems.Add(new Problem(path + ".period", Messages.PeriodOutsidePlanYear(p.Period, plan.Year)));
            }

            if (p.Period.Kind != firstKind)
            {
                problems.Add(new Problem(path + ".period", Messages.MixedPeriodKinds));
            }

            if (!seen.Add(p.Period))
            {
                problems.Add(new Problem(path + ".period", Messages.DuplicatePeriod(p.Period)));
            }

            if (requireTargets && p.Target is null && p.Period.End <= asOf.End)
            {
                problems.Add(new Problem(path + ".target", Messages.MissingPeriodTarget(p.Period)));
            }

            if (!plan.AllowsNegativeValues && p.Target is { HasNegativeBound: true })
            {
                problems.Add(new Problem(path + ".target", Messages.NegativeNotAllowed));
            }

            if (!plan.AllowsNegativeValues && p.Realisation is { IsNegative: true })
            {
                problems.Add(new Problem(path + ".realisation", Messages.NegativeNotAllowed));
            }
        }

        return problems;
    }

    private static string Describe(AccumulationType type, bool english) => (type, english) switch
    {
        (AccumulationType.LastValue, true) => "last value",
        (AccumulationType.LastValue, false) => "nilai terakhir",
        (AccumulationType.Average, true) => "average",
        (AccumulationType.Average, false) => "rata-rata",
        (_, true) => "cumulative sum",
        _ => "jumlah kumulatif",
    };

    private static AchievementResult Rebuild(AchievementResult result, Func<Explanation, Explanation> change) =>
        result.Match(
            a => AchievementResult.From(a with { Explanation = change(a.Explanation) }),
            n => AchievementResult.From(n with { Explanation = change(n.Explanation) }),
            m => AchievementResult.From(m with { Explanation = change(m.Explanation) }),
            i => AchievementResult.From(i with { Explanation = change(i.Explanation) }));
}
