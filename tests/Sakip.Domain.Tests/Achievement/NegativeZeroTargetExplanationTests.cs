using Sakip.Domain.Achievement;
using Sakip.Domain.Text;

namespace Sakip.Domain.Tests.Achievement;

/// <summary>The explanation of the binary zero-target rule on a negative indicator (docs/rules.md, "a zero target"):
/// its step states which side of zero the realisation fell and the capaian that follows, in both languages
/// (gaps found by mutation testing: the step's text and figure were not checked).</summary>
public class NegativeZeroTargetExplanationTests
{
    [Theory]
    [InlineData("negative-reflected", "0", true)]
    [InlineData("negative-reflected", "3", false)]
    [InlineData("negative-inverse", "0", true)]
    [InlineData("negative-inverse", "0.5", false)]
    public void Calculate_ZeroTargetBinary_ExplainsMetOrMissedWithTheCapaian(string formulaId, string realisation, bool met)
    {
        var result = TestCalc.With(TestCalc.BuiltInFormulas.Single(f => f.Id == formulaId), 0m, TestCalc.D(realisation));

        var achieved = Assert.IsType<Achieved>(result.AsAchieved);
        var step = Assert.Single(achieved.Explanation.Steps, s => s.Code == "zero-target-binary");
        Assert.Equal(met ? 100m : 0m, step.Arguments[1]);
        Assert.Equal(TestCalc.D(realisation), step.Arguments[0]);
        Assert.Contains(met ? "≤ 0 meets the target, C = 100" : "> 0 misses the target, C = 0", step.Render(Language.English), StringComparison.Ordinal);
        Assert.Contains(met ? "≤ 0 memenuhi target, C = 100" : "> 0 tidak memenuhi target, C = 0", step.Render(Language.Indonesian), StringComparison.Ordinal);
    }
}
