using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Periods;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>The calculator never throws for bad data: every input ends in a stated result.</summary>
public class RobustnessPropertyTests
{
    /// <summary>Ordinary values, zero, and the extremes of <see cref="decimal"/>.</summary>
    private static readonly Gen<decimal> AnyValue = Gen.Frequency(
        (4, Generators.AnyDecimal),
        (1, Gen.Elements(0m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, -0.0000000000000000000000000001m, 1e27m)));

    private static readonly Gen<RuleSet> AnyRules =
        from rules in Generators.BuiltInRuleSet
        from cap in Gen.Elements<decimal?>(null, 100m, 120m)
        from zeroTarget in Gen.Elements(NegativeZeroTargetRule.Binary, NegativeZeroTargetRule.NotMeasurable)
        from zeroRealisation in Gen.Elements(InverseZeroRealisationRule.Hundred, InverseZeroRealisationRule.Cap, InverseZeroRealisationRule.NotMeasurable)
        from basis in Gen.Elements(BandBasis.PresentedValue, BandBasis.ExactValue)
        select rules with { Id = "any", Cap = cap, NegativeZeroTarget = zeroTarget, InverseZeroRealisation = zeroRealisation, BandBasis = basis };

    private static readonly Gen<AchievementInput> AnyInput =
        from formula in TestCalc.AnyFormula
        from lower in AnyValue
        from upper in AnyValue
        from isRange in Gen.Elements(true, false)
        from realisation in AnyValue
        from reported in Gen.Frequency((9, Gen.Constant(true)), (1, Gen.Constant(false)))
        from allowsNegative in Gen.Elements(true, false)
        from chooseFormula in Gen.Elements(true, false)
        select new AchievementInput(
            isRange ? Target.Range(Math.Min(lower, upper), Math.Max(lower, upper)) : Target.Point(lower),
            reported ? realisation : null,
            formula.Polarity)
        {
            FormulaId = chooseFormula ? formula.Id : null,
            AllowsNegativeValues = allowsNegative,
        };

    [Property(MaxTest = 300)]
    public Property Calculate_AnyInput_EndsInAStatedResultWithoutThrowing() =>
        Prop.ForAll(AnyRules.ToArbitrary(), AnyInput.ToArbitrary(), (rules, input) =>
        {
            var result = new AchievementCalculator(rules).Calculate(input);
            var consistent = result.Status == result.Explanation.Status
                && result.IsAchieved == (result.Percent is not null)
                && (result.IsAchieved || result.Reason is not null)
                && (input.Realisation is not null || result.Status is AchievementStatus.NotReported or AchievementStatus.InvalidInput)
                && (rules.Cap is not { } cap || result.Percent is not { } p || p.Value <= cap);
            return consistent.Label($"{input} under {rules}: {result}");
        });

    [Property(MaxTest = 100)]
    public Property CalculateYearToDate_AnyPeriodValues_EndsInAStatedResultWithoutThrowing()
    {
        var periods =
            from type in Generators.Accumulation
            from values in Gen.Zip(AnyValue, AnyValue).ListOf(4)
            from allowsNegative in Gen.Elements(true, false)
            select (type, values: values.ToArray(), allowsNegative);
        return Prop.ForAll(periods.ToArbitrary(), Gen.Choose(1, 4).ToArbitrary(), (c, asOf) =>
        {
            var plan = new RencanaAksiInput(
                2025,
                100m,
                Polarity.Positive,
                c.type,
                [.. c.values.Select((v, i) => new PeriodValue(ReportingPeriod.OfQuarter(2025, i + 1), v.Item1, v.Item2))])
            {
                AllowsNegativeValues = c.allowsNegative,
            };
            var ytd = AchievementCalculator.Default.CalculateYearToDate(plan, ReportingPeriod.OfQuarter(2025, asOf));
            var annual = AchievementCalculator.Default.CalculateAgainstAnnualTarget(plan, ReportingPeriod.OfQuarter(2025, asOf));
            return ytd.Status == ytd.Explanation.Status && annual.Status == annual.Explanation.Status;
        });
    }
}
