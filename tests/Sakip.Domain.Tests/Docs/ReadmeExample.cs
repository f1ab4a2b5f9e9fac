#pragma warning disable IDE0005
using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;
#pragma warning restore IDE0005

namespace Sakip.Domain.Tests.Docs;

/// <summary>The README's code example, verbatim between the markers (checked by <see cref="ReadmeExampleTests"/>).</summary>
internal static class ReadmeExample
{
    public static void Run()
    {
        // begin-readme-example
        // Infant mortality, Lampung 2015: target 32, realisation 4.88 per 1,000 births; lower is better.
        var calculator = new AchievementCalculator(RuleSets.Default); // sakip-reflected: (2T - R) / T x 100
        var result = calculator.Calculate(Target.Point(32m), new Measure(4.88m), Polarity.Negative);

        Console.WriteLine(result.Presented);                        // 184.75 %
        Console.WriteLine(result.Band);                             // Sangat Tinggi
        Console.WriteLine(result.ToSentence(Language.Indonesian));  // Capaian 184,75 % (Sangat Tinggi): indikator negatif, ...

        // Numbers written the Indonesian way, under a region's rule set that uses the inverse formula T / R x 100:
        var realisation = Measure.Parse("4,88", Cultures.Indonesian);
        var inverse = new AchievementCalculator(RuleSets.Inverse).Calculate(32m, realisation, Polarity.Negative);
        Console.WriteLine(inverse.Presented);                       // 655.74 %

        // Empty is not zero: no realisation is "not reported", never 0 %.
        Console.WriteLine(calculator.Calculate(32m, null, Polarity.Negative).Status); // NotReported

        // Growth can be negative when the indicator says so (Wonogiri, LPPD 2020: -1.41 % against a target of 2 %):
        Console.WriteLine(calculator.CalculateSigned(2m, new Measure(-1.41m)).Presented); // -70.50 %
        // end-readme-example
    }
}
