using System.Globalization;
using Sakip.Domain.Efficiency;
using Sakip.Domain.Rules;

namespace Sakip.Domain.Tests.Efficiency;

public class EkaEfficiencyTests
{
    private static readonly EkaOutput Reported = new("Dokumen statistik", 2597m, 1m, 10000m, 1m);

    [Fact]
    public void Calculate_Efficiency74Point03_Scores235Point08()
    {
        var score = EkaEfficiency.Calculate([Reported]).GetValueOrThrow();

        Assert.Equal(74.03m, score.Efficiency);
        Assert.Equal(74.03m, Assert.Single(score.Outputs).Efficiency);
        Assert.Equal(235.075m, score.UncappedScore);
        Assert.Equal(235.08m, RoundingRule.TwoDecimalsHalfUp.Apply(score.Score));
    }

    [Fact]
    public void Calculate_ScoreCap_CapsScoreAndKeepsUncapped()
    {
        var score = EkaEfficiency.Calculate([Reported], scoreCap: 100m).GetValueOrThrow();

        Assert.Equal(100m, score.Score);
        Assert.Equal(235.075m, score.UncappedScore);
    }

    [Fact]
    public void Calculate_SeveralOutputs_AveragesEfficiency()
    {
        var outputs = new[]
        {
            new EkaOutput("a", 80m, 10m, 100m, 10m),
            new EkaOutput("b", 100m, 20m, 100m, 10m),
        };

        var score = EkaEfficiency.Calculate(outputs).GetValueOrThrow();

        Assert.Equal(new[] { 20m, 50m }, score.Outputs.Select(o => o.Efficiency));
        Assert.Equal(35m, score.Efficiency);
        Assert.Equal(137.5m, score.Score);
    }

    [Fact]
    public void Calculate_OverspentOutput_IsNegativeEfficiency()
    {
        var score = EkaEfficiency.Calculate([new EkaOutput("a", 120m, 1m, 100m, 1m)]).GetValueOrThrow();

        Assert.Equal(-20m, score.Efficiency);
        Assert.Equal(0m, score.Score);
    }

    [Fact]
    public void Calculate_ZeroAndNegativeInputs_ListsEveryProblemWithPath()
    {
        var outputs = new[]
        {
            new EkaOutput("a", -1m, 0m, 0m, 0m),
            null!,
            new EkaOutput("c", 0m, 1m, 1m, -1m),
        };

        var problems = EkaEfficiency.Calculate(outputs).Problems;

        Assert.Equal(
            new[]
            {
                "outputs[0].budgetRealised:negative-not-allowed",
                "outputs[0].volumeRealised:zero-divisor",
                "outputs[0].budgetCeiling:zero-divisor",
                "outputs[0].volumeTarget:zero-divisor",
                "outputs[1]:missing-item",
                "outputs[2].volumeTarget:negative-not-allowed",
            },
            problems.Select(p => $"{p.Path}:{p.Reason.Code}"));
    }

    [Fact]
    public void Calculate_NoOutputs_IsInvalid()
    {
        Assert.Equal("no-items", Assert.Single(EkaEfficiency.Calculate([]).Problems).Reason.Code);
    }

    [Fact]
    public void Calculate_Overflow_IsInvalidNotAThrow()
    {
        var problems = EkaEfficiency.Calculate([new EkaOutput("a", decimal.MaxValue, 0.0001m, 0.0001m, decimal.MaxValue)]).Problems;

        Assert.Equal("overflow", Assert.Single(problems).Reason.Code);
    }

    [Fact]
    public void Calculate_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => EkaEfficiency.Calculate(null!));
    }
    [Fact]
    public void Calculate_NoOutputs_IsInvalidAtOutputs()
    {
        var problem = Assert.Single(EkaEfficiency.Calculate([]).Problems);

        Assert.Equal("outputs", problem.Path);
        Assert.Equal("no-items", problem.Reason.Code);
    }

    [Fact]
    public void Calculate_Overflow_IsInvalidAtOutputs()
    {
        var problem = Assert.Single(EkaEfficiency.Calculate([new EkaOutput("a", decimal.MaxValue, 0.0001m, 0.0001m, decimal.MaxValue)]).Problems);

        Assert.Equal("outputs", problem.Path);
        Assert.Equal("overflow", problem.Reason.Code);
    }

    [Fact]
    public void Calculate_ScoreExactlyAtTheCap_KeepsTheScoreAsComputed()
    {
        // E = 20 % gives a score of exactly 100; a cap of 100.0000 is equal but written with another scale, so the
        // score must be the computed figure, not the cap.
        var score = EkaEfficiency.Calculate([new EkaOutput("a", 80m, 1m, 100m, 1m)], scoreCap: 100.0000m).GetValueOrThrow();

        Assert.Equal(100m, score.UncappedScore);
        Assert.Equal(100m, score.Score);
        Assert.NotEqual("100.0000", score.UncappedScore.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(score.UncappedScore.ToString(CultureInfo.InvariantCulture), score.Score.ToString(CultureInfo.InvariantCulture));
    }
}
