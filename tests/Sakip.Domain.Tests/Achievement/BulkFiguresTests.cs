using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Values;

namespace Sakip.Domain.Tests.Achievement;

/// <summary><see cref="AchievementCalculator.CalculateFigures(ReadOnlySpan{AchievementInput}, Span{AchievementFigures})"/>
/// writes, for every input under any rule set, exactly the figures of the whole calculation (status, value, presented
/// value with its scale, band), the cases it leaves to the whole calculation included.</summary>
public class BulkFiguresTests
{
    private static readonly Gen<AchievementCalculator> Calculators =
        from rules in Gen.OneOf(CalculatorGen.Rules, CalculatorGen.Rules.Select(r => r with { Id = "baseline", PositiveFormulaId = "baseline-relative" }))
        from plugin in Gen.Elements(false, true)
        select new AchievementCalculator(rules, plugin ? FormulaRegistry.Default.With(new BaselineRelativeFormula(10m)) : null);

    [Property(MaxTest = 300)]
    public Property CalculateFigures_GivesTheWholeCalculationsFigures() =>
        Prop.ForAll(Calculators.ToArbitrary(), Gen.Choose(0, 40).SelectMany(n => Gen.ArrayOf(CalculatorGen.Input, n)).ToArbitrary(), (calculator, inputs) =>
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
    public void Json_FiguresWithAPartMissing_AreRefusedNotReadWithoutIt()
    {
        var achieved = AchievementCalculator.Default.CalculateFigures([new AchievementInput(Target.Point(80m), new Measure(100m))])[0];
        var json = System.Text.Json.JsonSerializer.Serialize(achieved);

        Assert.Equal(achieved, System.Text.Json.JsonSerializer.Deserialize<AchievementFigures>(json));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<AchievementFigures>("""{"Status":0,"Percent":90}"""));
        Assert.Throws<System.Text.Json.JsonException>(() => System.Text.Json.JsonSerializer.Deserialize<AchievementFigures>(json.Replace("\"Presented\":125.00", "\"Presented\":null", StringComparison.Ordinal)));
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
