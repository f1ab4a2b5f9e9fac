using Sakip.Domain.Achievement;
using Sakip.Domain.Values;

namespace Sakip.Domain.Benchmarks;

/// <summary>A repeatable set of indicators shaped like a province's PK: mostly positive, a third negative, some
/// range targets and unreported realisations.</summary>
internal static class DemoIndicators
{
    public static AchievementInput[] Create(int count, int seed = 2025)
    {
        var random = new Random(seed);
        var inputs = new AchievementInput[count];
        for (var i = 0; i < count; i++)
        {
            var target = random.Next(1, 100_000) / 100m;
            Measure? realisation = random.Next(20) == 0 ? null : new Measure(target * random.Next(40, 160) / 100m);
            var polarity = random.Next(3) == 0 ? Polarity.Negative : Polarity.Positive;
            var t = random.Next(10) == 0 ? Target.Range(target, target * 1.1m) : Target.Point(target);
            inputs[i] = new AchievementInput(t, realisation, polarity);
        }

        return inputs;
    }
}
