using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Achievement.Formulas;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary><see cref="AchievementCalculator.CalculateFigures(ReadOnlySpan{AchievementInput}, Span{AchievementFigures})"/>
/// writes, for every input under any rule set, exactly the figures of the whole calculation (status, value, presented
/// value with its scale, band), the cases it leaves to the whole calculation included.</summary>
public class BulkFiguresTests
{
    private static readonly Gen<decimal> Value = Gen.Frequency(
        (1, Gen.Constant(0m)),
        (1, Gen.Choose(-100_000, -1).Select(i => i / 100m)),
        (1, Gen.Elements(decimal.MaxValue, 0.0000000000000000000000000001m, 79_228_162_514_264_337_593_543.9m)),
        (8, Gen.Choose(1, 20_000_000).Select(i => i / 1000m)));

    private static readonly Gen<Target> TargetGen = Gen.Frequency(
        (4, Value.Select(Target.Point)),
        (1, from a in Value from b in Value select Target.Range(Math.Min(a, b), Math.Max(a, b))));

    private static readonly Gen<AchievementCalculator> Calculators =
        from basis in Gen.Elements(RuleSets.Reflected, RuleSets.Inverse, RuleSets.Default with { Id = "baseline", PositiveFormulaId = "baseline-relative" })
        from cap in Gen.Elements<decimal?>(null, 120m)
        from bandBasis in Gen.Elements(BandBasis.PresentedValue, BandBasis.ExactValue)
        from rounding in Gen.Elements(RoundingRule.TwoDecimalsHalfUp, RoundingRule.TwoDecimalsTruncate, new RoundingRule(RoundingMode.HalfEven, 0))
        from zeroTarget in Gen.Elements(NegativeZeroTargetRule.Binary, NegativeZeroTargetRule.NotMeasurable)
        from zeroRealisation in Gen.Elements(Enum.GetValues<InverseZeroRealisationRule>())
        from plugin in Gen.Elements(false, true)
        select new AchievementCalculator(
            basis with { Cap = cap, BandBasis = bandBasis, Rounding = rounding, NegativeZeroTarget = zeroTarget, InverseZeroRealisation = zeroRealisation },
            plugin ? FormulaRegistry.Default.With(new BaselineRelativeFormula(10m)) : null);

    private static readonly Gen<AchievementInput> Input =
        from target in TargetGen
        from realisation in Gen.Frequency((1, Gen.Constant<decimal?>(null)), (9, Value.Select(v => (decimal?)v)))
        from polarity in Gen.Frequency((5, Gen.Constant(Polarity.Positive)), (5, Gen.Constant(Polarity.Negative)), (1, Gen.Constant((Polarity)7)))
        from formula in Gen.Elements<string?>(null, null, null, PositiveRatioFormula.FormulaId, NegativeReflectedFormula.FormulaId, NegativeInverseFormula.FormulaId, NegativePlainRatioFormula.FormulaId, "baseline-relative", "no-such-formula")
        from signed in Gen.Elements(false, true)
        select new AchievementInput(target, realisation is { } r ? new Measure(r) : null, polarity) { FormulaId = formula, AllowsNegativeValues = signed };

    [Property(MaxTest = 300)]
    public Property CalculateFigures_GivesTheWholeCalculationsFigures() =>
        Prop.ForAll(Calculators.ToArbitrary(), Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(Input, n)).ToArbitrary(), (calculator, inputs) =>
        {
            var figures = calculator.CalculateFigures(inputs);

            var expected = inputs.Select(i => calculator.CalculateExplained(i)).ToArray();
            var same = figures.Length == inputs.Length && figures.Zip(expected).All(p =>
                p.First == AchievementFigures.Of(p.Second)
                && p.First.IsAchieved == p.Second.IsAchieved
                && p.First.Presented?.Value.Scale == p.Second.Presented?.Value.Scale);
            return same.Label(string.Join(Environment.NewLine, figures.Zip(expected).Where(p => p.First != AchievementFigures.Of(p.Second)).Select(p => $"{p.First} vs {p.Second}")));
        });

    [Fact]
    public void CalculateFigures_WorkedExamples()
    {
        AchievementInput[] inputs =
        [
            new(Target.Point(80m), new Measure(100m)),
            new(Target.Point(10m), new Measure(8m), Polarity.Negative),
            new(Target.Point(80m), null),
            new(Target.Point(0m), new Measure(5m)),
            new(Target.Point(-1m), new Measure(5m)),
            new(Target.Range(10m, 20m), new Measure(15m)),
        ];

        var figures = AchievementCalculator.Default.CalculateFigures(inputs);

        Assert.Equal([AchievementStatus.Achieved, AchievementStatus.Achieved, AchievementStatus.NotReported, AchievementStatus.NotMeasurable, AchievementStatus.InvalidInput, AchievementStatus.Achieved], figures.Select(f => f.Status));
        Assert.Equal(125m, figures[0].Percent!.Value.Value);
        Assert.Equal("125.00", figures[0].Presented!.Value.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(1, figures[0].Band!.Rank);
        Assert.Equal(120m, figures[1].Percent!.Value.Value);
        Assert.Equal(100m, figures[5].Percent!.Value.Value);
        Assert.All(figures[2..5], f => Assert.Equal((false, null, null, null), (f.IsAchieved, f.Percent, f.Presented, f.Band)));
        Assert.Equal("Achieved 125.00, band 1", figures[0].ToString());
        Assert.Equal("NotReported", figures[2].ToString());
        Assert.False(default(AchievementFigures).IsAchieved);
    }

    [Fact]
    public void CalculateFigures_ExplanationOnDemand_IsTheCalculatorsOwn()
    {
        var input = new AchievementInput(Target.Point(80m), new Measure(100m));

        var figures = AchievementCalculator.Default.CalculateFigures([input]);

        Assert.Equal(AchievementFigures.Of(AchievementCalculator.Default.Calculate(input)), figures[0]);
        Assert.Equal(AchievementCalculator.Default.CalculateExplained(input).Explanation, AchievementCalculator.Default.Calculate(input).Explanation);
    }

    [Fact]
    public void CalculateFigures_LongerSpan_LeavesTheRestAsItWas()
    {
        var figures = new AchievementFigures[3];
        var marker = AchievementCalculator.Default.CalculateFigures([new AchievementInput(Target.Point(80m), null)])[0];
        figures[2] = marker;

        AchievementCalculator.Default.CalculateFigures([new AchievementInput(Target.Point(80m), new Measure(40m))], figures);

        Assert.Equal(50m, figures[0].Percent!.Value.Value);
        Assert.Equal(default, figures[1]);
        Assert.Equal(marker, figures[2]);
        Assert.Empty(AchievementCalculator.Default.CalculateFigures([]));
    }

    [Fact]
    public void CalculateFigures_ProgrammerErrors_Throw()
    {
        var input = new AchievementInput(Target.Point(80m), new Measure(40m));

        var shorter = Assert.Throws<ArgumentException>(() => AchievementCalculator.Default.CalculateFigures([input, input], new AchievementFigures[1]));
        var nullInput = Assert.Throws<ArgumentException>(() => AchievementCalculator.Default.CalculateFigures([input, null!]));

        Assert.Equal("figures", shorter.ParamName);
        Assert.StartsWith("The figures span holds 1 items; the 2 inputs need as many.", shorter.Message, StringComparison.Ordinal);
        Assert.Equal("inputs", nullInput.ParamName);
        Assert.StartsWith("inputs[1] is null.", nullInput.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => AchievementFigures.Of(null!));
    }

    [Fact]
    public void CalculateFigures_RuleSetFormulaMissingFromTheRegistry_IsInvalidInput()
    {
        var calculator = new AchievementCalculator(RuleSets.Default with { Id = "baseline", PositiveFormulaId = "baseline-relative" });

        var figures = calculator.CalculateFigures([new AchievementInput(Target.Point(80m), new Measure(40m)), new AchievementInput(Target.Point(80m), new Measure(40m), Polarity.Negative)]);

        Assert.Equal(AchievementStatus.InvalidInput, figures[0].Status);
        Assert.Equal(AchievementStatus.Achieved, figures[1].Status);
    }
}
