using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Periods;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>Year to date and against the annual target over a Rencana Aksi (docs/rules.md, "Accumulation over periods").</summary>
public class AchievementCalculatorPeriodsTests
{
    private static ReportingPeriod Q(int quarter) => ReportingPeriod.OfQuarter(2025, quarter);

    private static PeriodValue Quarter(int quarter, decimal? target, decimal? realisation) =>
        new(Q(quarter), target is { } t ? Target.Point(t) : null, realisation is { } r ? new Measure(r) : null);

    private static RencanaAksiInput Plan(AccumulationType type, decimal annual, params PeriodValue[] periods) =>
        new(2025, annual, Polarity.Positive, type, periods);

    private static RencanaAksiInput Permits { get; } = Plan(
        AccumulationType.Cumulative,
        100m,
        Quarter(1, 10m, 12m),
        Quarter(2, 20m, 18m),
        Quarter(3, 30m, 27m),
        Quarter(4, 40m, null));

    [Theory]
    [InlineData(1, "120")]
    [InlineData(2, "100")]
    [InlineData(3, "95")]
    public void CalculateYearToDate_Cumulative_IsSumOfRealisationsOverSumOfTargets(int asOfQuarter, string expected)
    {
        var result = AchievementCalculator.Default.CalculateYearToDate(Permits, Q(asOfQuarter));

        Assert.Equal(TestCalc.D(expected), result.Value());
        var step = result.Explanation.Steps[0];
        Assert.Equal("accumulation", step.Code);
        Assert.Contains($"to 2025-Q{asOfQuarter} as of 2025-Q{asOfQuarter}", step.Render(Sakip.Domain.Text.Language.English), StringComparison.Ordinal);
        Assert.Equal("formula", result.Explanation.Steps[1].Code);
    }

    [Theory]
    [InlineData(AccumulationType.Cumulative, "cumulative sum of 2 period(s)", "jumlah kumulatif dari 2 periode")]
    [InlineData(AccumulationType.Average, "average of 2 period(s)", "rata-rata dari 2 periode")]
    [InlineData(AccumulationType.LastValue, "last value of 1 period(s)", "nilai terakhir dari 1 periode")]
    public void CalculateYearToDate_AccumulationStep_NamesTheAccumulationInEachLanguage(AccumulationType type, string english, string indonesian)
    {
        var plan = Plan(type, 90m, Quarter(1, 80m, 80m), Quarter(2, 100m, 90m), Quarter(3, 100m, null));

        var step = AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).Explanation.Steps[0];

        Assert.Equal("accumulation", step.Code);
        Assert.StartsWith(english, step.Render(Sakip.Domain.Text.Language.English), StringComparison.Ordinal);
        Assert.StartsWith(indonesian, step.Render(Sakip.Domain.Text.Language.Indonesian), StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateYearToDate_CumulativeWithUnreportedPeriod_IsNotReportedNamingThePeriod()
    {
        var result = AchievementCalculator.Default.CalculateYearToDate(Permits, Q(4));

        Assert.Equal(AchievementStatus.NotReported, result.Status);
        Assert.Null(result.Percent);
        Assert.Equal("missing-realisations", result.Explanation.Reason!.Code);
        Assert.Contains("2025-Q4", result.Explanation.Reason.Message.English, StringComparison.Ordinal);
        Assert.Contains("2025-Q4", result.Explanation.Reason.Message.Indonesian, StringComparison.Ordinal);
        Assert.Equal(result.Explanation.Reason, result.Reason);
    }

    [Fact]
    public void CalculateYearToDate_CumulativeWithSeveralUnreported_NamesEach()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, 25m, null), Quarter(2, 25m, 20m), Quarter(3, 25m, null));

        var reason = AchievementCalculator.Default.CalculateYearToDate(plan, Q(3)).Explanation.Reason!;

        Assert.Contains("2025-Q1, 2025-Q3", reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateYearToDate_AverageWithUnreportedPeriod_IsNotReported()
    {
        var plan = Plan(AccumulationType.Average, 90m, Quarter(1, 90m, 80m), Quarter(2, 90m, null));

        var result = AchievementCalculator.Default.CalculateYearToDate(plan, Q(2));

        Assert.Equal(AchievementStatus.NotReported, result.Status);
        Assert.Contains("2025-Q2", result.Explanation.Reason!.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateYearToDate_LastValue_IsLastReportedOverItsTarget()
    {
        var plan = Plan(AccumulationType.LastValue, 80m, Quarter(1, 70m, 80m), Quarter(2, 75m, 85m), Quarter(3, 78m, null));

        var result = AchievementCalculator.Default.CalculateYearToDate(plan, Q(3));

        Assert.Equal(85m * 100m / 75m, result.Value());
        Assert.Contains("last value of 1 period(s) to 2025-Q2 as of 2025-Q3", result.Explanation.Steps[0].Render(Sakip.Domain.Text.Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateYearToDate_LastValueNothingReported_IsNotReported()
    {
        var plan = Plan(AccumulationType.LastValue, 80m, Quarter(1, 70m, null), Quarter(2, 75m, null));

        Assert.Equal(AchievementStatus.NotReported, AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).Status);
    }

    [Fact]
    public void CalculateYearToDate_Average_IsMeanRealisationOverMeanTarget()
    {
        var plan = Plan(AccumulationType.Average, 90m, Quarter(1, 80m, 80m), Quarter(2, 100m, 90m));

        var result = AchievementCalculator.Default.CalculateYearToDate(plan, Q(2));

        Assert.Equal(85m * 100m / 90m, result.Value());
        Assert.Equal(94.44m, result.Presented!.Value.Value);
    }

    [Fact]
    public void CalculateYearToDate_NegativeIndicator_UsesRuleSetFormula()
    {
        var plan = new RencanaAksiInput(2025, 32m, Polarity.Negative, AccumulationType.LastValue, [Quarter(1, 32m, 4.88m)]);

        Assert.Equal(184.75m, AchievementCalculator.Default.CalculateYearToDate(plan, Q(1)).Value());
        Assert.Equal(655.74m, new AchievementCalculator(RuleSets.Inverse).CalculateYearToDate(plan, Q(1)).Presented!.Value.Value);
    }

    [Fact]
    public void CalculateYearToDate_PlanFormulaId_IsUsed()
    {
        var plan = new RencanaAksiInput(2025, 32m, Polarity.Negative, AccumulationType.LastValue, [Quarter(1, 32m, 4.88m)])
        {
            FormulaId = "negative-inverse",
        };

        Assert.Equal("negative-inverse", AchievementCalculator.Default.CalculateYearToDate(plan, Q(1)).Explanation.FormulaId);
    }

    [Fact]
    public void CalculateYearToDate_AsOfBeforeFirstPeriodEnds_IsNotReported()
    {
        var result = AchievementCalculator.Default.CalculateYearToDate(Permits, ReportingPeriod.OfMonth(2025, 2));

        Assert.Equal(AchievementStatus.NotReported, result.Status);
        Assert.Equal("no-period-ended", result.Explanation.Reason!.Code);
    }

    [Fact]
    public void CalculateYearToDate_MonthAsOf_IncludesQuartersEndedByThen()
    {
        var result = AchievementCalculator.Default.CalculateYearToDate(Permits, ReportingPeriod.OfMonth(2025, 8));

        Assert.Equal(100m, result.Value());
    }

    [Fact]
    public void CalculateYearToDate_MixedPeriodKinds_IsInvalidInputWithPath()
    {
        var plan = Plan(
            AccumulationType.Cumulative,
            100m,
            Quarter(1, 10m, 12m),
            new PeriodValue(ReportingPeriod.OfMonth(2025, 4), 5m, 5m));

        var result = AchievementCalculator.Default.CalculateYearToDate(plan, Q(2));

        Assert.Equal(AchievementStatus.InvalidInput, result.Status);
        var problem = Assert.Single(result.AsInvalidInput!.Problems);
        Assert.Equal("periods[1].period", problem.Path);
        Assert.Equal("mixed-period-kinds", problem.Reason.Code);
        Assert.Equal(result.AsInvalidInput!.Problems, result.Explanation.Problems);
    }

    [Fact]
    public void CalculateYearToDate_DuplicatePeriod_IsInvalidInputWithPath()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, 10m, 12m), Quarter(2, 10m, 12m), Quarter(1, 10m, 12m));

        var problem = Assert.Single(AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).AsInvalidInput!.Problems);

        Assert.Equal("periods[2].period", problem.Path);
        Assert.Equal("duplicate-period", problem.Reason.Code);
        Assert.Contains("2025-Q1", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    [Fact]
    public void CalculateYearToDate_PeriodOutsidePlanYear_IsInvalidInputWithPath()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, 10m, 12m), new PeriodValue(ReportingPeriod.OfQuarter(2024, 4), 10m, 12m));

        var problem = Assert.Single(AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).AsInvalidInput!.Problems);

        Assert.Equal("periods[1].period", problem.Path);
        Assert.Equal("period-outside-year", problem.Reason.Code);
    }

    [Fact]
    public void CalculateYearToDate_AsOfOutsidePlanYear_IsInvalidInputOnAsOf()
    {
        var problem = Assert.Single(AchievementCalculator.Default.CalculateYearToDate(Permits, ReportingPeriod.OfQuarter(2026, 1)).AsInvalidInput!.Problems);

        Assert.Equal("asOf", problem.Path);
        Assert.Equal("as-of-outside-year", problem.Reason.Code);
    }

    [Fact]
    public void CalculateYearToDate_MissingPeriodTarget_IsInvalidInputOnTarget()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, 10m, 12m), Quarter(2, null, 12m), Quarter(3, null, null));

        var problem = Assert.Single(AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).AsInvalidInput!.Problems);

        Assert.Equal("periods[1].target", problem.Path);
        Assert.Equal("missing-period-target", problem.Reason.Code);
    }

    [Fact]
    public void CalculateYearToDate_UnknownAccumulation_IsInvalidInput()
    {
        var plan = Plan((AccumulationType)9, 100m, Quarter(1, 10m, 12m));

        Assert.Equal("accumulation", Assert.Single(AchievementCalculator.Default.CalculateYearToDate(plan, Q(1)).AsInvalidInput!.Problems).Path);
    }

    [Fact]
    public void CalculateYearToDate_NullPeriodEntry_IsInvalidInputNotAThrow()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, 10m, 12m), null!, Quarter(2, 10m, 12m));

        var result = AchievementCalculator.Default.CalculateYearToDate(plan, Q(2));

        Assert.Equal(AchievementStatus.InvalidInput, result.Status);
        Assert.Equal("periods[1]", result.AsInvalidInput!.Problems[0].Path);
        Assert.Equal("missing-period", result.AsInvalidInput!.Problems[0].Reason.Code);
    }

    [Fact]
    public void CalculateYearToDate_FirstPeriodEntryNull_ReportsOnlyThatEntry()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, null!, Quarter(1, 10m, 12m), Quarter(2, 10m, 12m));

        var problem = Assert.Single(AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).AsInvalidInput!.Problems);

        Assert.Equal("periods[0]", problem.Path);
    }

    [Fact]
    public void CalculateYearToDate_PeriodsOutOfOrder_AreOrderedByPeriod()
    {
        var plan = Plan(AccumulationType.LastValue, 80m, Quarter(2, 75m, 85m), Quarter(1, 70m, 80m));

        var result = AchievementCalculator.Default.CalculateYearToDate(plan, Q(2));

        Assert.Equal(85m * 100m / 75m, result.Value());
    }

    [Fact]
    public void CalculateYearToDate_InvalidPlanAndNegativeAnnualTarget_ListsBoth()
    {
        var plan = Plan(AccumulationType.Cumulative, -1m, Quarter(1, 10m, 12m), Quarter(1, 10m, 12m));

        var paths = AchievementCalculator.Default.CalculateYearToDate(plan, Q(1)).AsInvalidInput!.Problems.Select(p => p.Path);

        Assert.Equal(new[] { "target", "periods[1].period" }, paths);
    }

    [Fact]
    public void CalculateYearToDate_NegativePeriodValues_AreInvalidInputWithPeriodPaths()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, 10m, -12m), new PeriodValue(Q(2), Target.Range(-1m, 10m), 30m));

        var problems = AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).AsInvalidInput!.Problems;

        Assert.Equal(new[] { "periods[0].realisation", "periods[1].target" }, problems.Select(p => p.Path));
        Assert.All(problems, p => Assert.Equal("negative-not-allowed", p.Reason.Code));
    }

    [Fact]
    public void CalculateYearToDate_NegativePeriodValuesAllowed_AreAccumulated()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, 10m, -12m), Quarter(2, 10m, 30m)) with { AllowsNegativeValues = true };

        Assert.Equal(90m, AchievementCalculator.Default.CalculateYearToDate(plan, Q(2)).Value());
    }

    [Fact]
    public void CalculateAgainstAnnualTarget_NegativePeriodRealisation_IsInvalidInput()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, null, -12m), Quarter(2, null, 30m));

        var problem = Assert.Single(AchievementCalculator.Default.CalculateAgainstAnnualTarget(plan, Q(2)).AsInvalidInput!.Problems);

        Assert.Equal("periods[0].realisation", problem.Path);
    }

    [Theory]
    [InlineData(AccumulationType.Cumulative)]
    [InlineData(AccumulationType.Average)]
    public void CalculateYearToDate_SumOverflows_IsInvalidInputNotAThrow(AccumulationType type)
    {
        var plan = Plan(type, 100m, Quarter(1, 10m, 50_000_000_000_000_000_000_000_000_000m), Quarter(2, 10m, 50_000_000_000_000_000_000_000_000_000m));

        var result = AchievementCalculator.Default.CalculateYearToDate(plan, Q(2));

        Assert.Equal(AchievementStatus.InvalidInput, result.Status);
        Assert.Equal("overflow", result.Reason!.Code);
        Assert.Equal("periods", Assert.Single(result.AsInvalidInput!.Problems).Path);
    }

    [Fact]
    public void CalculateAgainstAnnualTarget_SumOverflows_IsInvalidInputNotAThrow()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, null, 50_000_000_000_000_000_000_000_000_000m), Quarter(2, null, 50_000_000_000_000_000_000_000_000_000m));

        Assert.Equal("overflow", AchievementCalculator.Default.CalculateAgainstAnnualTarget(plan, Q(2)).Reason!.Code);
    }

    [Fact]
    public void CalculateYearToDate_NullPlan_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AchievementCalculator.Default.CalculateYearToDate(null!, Q(1)));
    }

    [Fact]
    public void CalculateAgainstAnnualTarget_Cumulative_IsSumOverAnnualTarget()
    {
        var result = AchievementCalculator.Default.CalculateAgainstAnnualTarget(Permits, Q(3));

        Assert.Equal(57m, result.Value());
    }

    [Fact]
    public void CalculateAgainstAnnualTarget_PeriodsWithoutTargets_AreAllowed()
    {
        var plan = Plan(AccumulationType.Cumulative, 100m, Quarter(1, null, 30m), Quarter(2, null, 45m));

        Assert.Equal(75m, AchievementCalculator.Default.CalculateAgainstAnnualTarget(plan, ReportingPeriod.OfYear(2025)).Value());
    }

    [Fact]
    public void CalculateAgainstAnnualTarget_WholeYearLastValue_IsYearsCapaian()
    {
        var plan = Plan(AccumulationType.LastValue, 90m, Quarter(1, null, 80m), Quarter(2, null, 88m), Quarter(3, null, 91m), Quarter(4, null, 99m));

        var result = AchievementCalculator.Default.CalculateAgainstAnnualTarget(plan, ReportingPeriod.OfYear(2025));

        Assert.Equal(110m, result.Value());
    }

    [Fact]
    public void CalculateAgainstAnnualTarget_RangeAnnualTarget_AppliesRange()
    {
        var plan = new RencanaAksiInput(2025, Target.Range(7m, 8m), Polarity.Negative, AccumulationType.Average, [Quarter(1, null, 8m), Quarter(2, null, 10m)]);

        Assert.Equal(87.5m, AchievementCalculator.Default.CalculateAgainstAnnualTarget(plan, Q(2)).Value());
    }

    [Fact]
    public void CalculateAgainstAnnualTarget_CumulativeWithUnreportedPeriod_IsNotReported()
    {
        var result = AchievementCalculator.Default.CalculateAgainstAnnualTarget(Permits, Q(4));

        Assert.Equal(AchievementStatus.NotReported, result.Status);
        Assert.Contains("2025-Q4", result.Explanation.Reason!.Message.English, StringComparison.Ordinal);
    }

    [Property]
    public Property CalculateYearToDate_SingleQuarter_EqualsPointCalculation()
    {
        var cases =
            from type in Generators.Accumulation
            from rules in Generators.BuiltInRuleSet
            from polarity in Gen.Elements(Polarity.Positive, Polarity.Negative)
            from quarter in Gen.Choose(1, 4)
            from target in Generators.PositiveAmount
            from realisation in Generators.NonNegativeAmount
            select (type, rules, polarity, quarter, target, realisation);
        return Prop.ForAll(cases.ToArbitrary(), c =>
        {
            var plan = new RencanaAksiInput(2025, c.target * 4m, c.polarity, c.type, [Quarter(c.quarter, c.target, c.realisation)]);
            var calculator = new AchievementCalculator(c.rules);
            var ytd = calculator.CalculateYearToDate(plan, Q(c.quarter));
            var point = calculator.Calculate(c.target, c.realisation, c.polarity);
            return (ytd.Status == point.Status && ytd.Percent == point.Percent && ytd.Presented == point.Presented && ytd.Band == point.Band)
                .Label($"{c}: YTD {ytd.Percent}, point {point.Percent}");
        });
    }

    [Property]
    public Property CalculateYearToDate_CumulativeFullYear_IsSumOverSum()
    {
        var quarters = Gen.Zip(Generators.PositiveAmount, Generators.NonNegativeAmount).Four();
        return Prop.ForAll(quarters.ToArbitrary(), q =>
        {
            var list = new[] { q.Item1, q.Item2, q.Item3, q.Item4 };
            var periods = list.Select((p, i) => Quarter(i + 1, p.Item1, p.Item2)).ToArray();
            var plan = Plan(AccumulationType.Cumulative, 1m, periods);
            var ytd = AchievementCalculator.Default.CalculateYearToDate(plan, Q(4)).Value();
            return ytd == list.Sum(p => p.Item2) * 100m / list.Sum(p => p.Item1);
        });
    }
}
