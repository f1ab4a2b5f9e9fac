using Sakip.Domain.Achievement;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Achievement;

public class AchievementResultTests
{
    [Fact]
    public void Achieved_ConvenienceMembers_ExposeTheCase()
    {
        var result = AchievementCalculator.Default.Calculate(90m, 100m);

        Assert.True(result.IsAchieved);
        Assert.Equal(AchievementStatus.Achieved, result.Status);
        Assert.Equal(100m * 100m / 90m, result.Percent!.Value.Value);
        Assert.Equal(111.11m, result.Presented!.Value.Value);
        Assert.Equal("Sangat Tinggi", result.Band!.Label.Indonesian);
        Assert.Null(result.Reason);
        Assert.Same(result.AsAchieved!.Explanation, result.Explanation);
    }

    [Fact]
    public void Status_EveryCase_MatchesExplanationStatus()
    {
        var results = new[]
        {
            AchievementCalculator.Default.Calculate(90m, 100m),
            AchievementCalculator.Default.Calculate(90m, null),
            AchievementCalculator.Default.Calculate(0m, 1m),
            AchievementCalculator.Default.Calculate(-1m, 1m),
        };

        Assert.Equal(
            new[] { AchievementStatus.Achieved, AchievementStatus.NotReported, AchievementStatus.NotMeasurable, AchievementStatus.InvalidInput },
            results.Select(r => r.Status));
        Assert.All(results, r => Assert.Equal(r.Status, r.Explanation.Status));
    }

    [Fact]
    public void From_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => AchievementResult.From((Achieved)null!));
        Assert.Throws<ArgumentNullException>(() => AchievementResult.From((NotReported)null!));
        Assert.Throws<ArgumentNullException>(() => AchievementResult.From((NotMeasurable)null!));
        Assert.Throws<ArgumentNullException>(() => AchievementResult.From((InvalidInput)null!));
    }

    [Fact]
    public void InputProblem_ToString_GivesPathAndEnglishReason()
    {
        var problem = AchievementCalculator.Default.Calculate(-1m, 1m).AsInvalidInput!.Problems[0];

        Assert.StartsWith("target: a negative value is not allowed", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Reason_In_PicksLanguage()
    {
        var reason = AchievementCalculator.Default.Calculate(0m, 1m).Reason!;

        Assert.Equal(reason.Message.English, reason.In(Language.English));
        Assert.Equal(reason.Message.Indonesian, reason.In(Language.Indonesian));
        Assert.Equal($"zero-target-positive: {reason.Message.English}", reason.ToString());
    }
}
