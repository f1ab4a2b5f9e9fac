using Ardalis.GuardClauses;
using Sakip.Domain.Collections;

namespace Sakip.Domain.Efficiency;

/// <summary>One output (<i>keluaran</i>) in the Ministry of Finance EKA efficiency measure.</summary>
/// <param name="Name">The output's name.</param>
/// <param name="BudgetRealised">RAK: the budget realised.</param>
/// <param name="VolumeRealised">RVK: the volume realised.</param>
/// <param name="BudgetCeiling">PAK: the budget ceiling.</param>
/// <param name="VolumeTarget">TVK: the target volume.</param>
public sealed record EkaOutput(string Name, decimal BudgetRealised, decimal VolumeRealised, decimal BudgetCeiling, decimal VolumeTarget);

/// <summary>One output's efficiency.</summary>
/// <param name="Name">The output's name.</param>
/// <param name="Efficiency">E_i in percent: (1 − (RAK/RVK) ÷ (PAK/TVK)) × 100.</param>
public sealed record EkaOutputEfficiency(string Name, decimal Efficiency);

/// <summary>The EKA efficiency and its score.</summary>
/// <param name="Outputs">Each output's efficiency.</param>
/// <param name="Efficiency">E: the mean of the outputs' efficiencies, in percent.</param>
/// <param name="UncappedScore">50 + (E ÷ 20) × 50.</param>
/// <param name="Score">The score after the cap, if one was given.</param>
public sealed record EkaScore(ValueList<EkaOutputEfficiency> Outputs, decimal Efficiency, decimal UncappedScore, decimal Score);

/// <summary>
/// The Ministry of Finance EKA efficiency method (<c>docs/planning.md#kemenkeu-eka-efficiency</c>): per output
/// E_i = 1 − (RAK_i / RVK_i) ÷ (PAK_i / TVK_i); E = mean E_i; score = 50 + (E / 20) × 50 with E in percent
/// (LAKIP Inspektorat Jenderal 2019, Tabel III.5: E = 74.03 % → 235.08, printed as 235 %). Which regulation prints
/// this form, and whether the score is capped at 100, are not settled in the sources, so the cap is the caller's
/// explicit choice.
/// </summary>
public static class EkaEfficiency
{
    /// <summary>Computes the EKA efficiency and score.</summary>
    /// <param name="outputs">The outputs; at least one.</param>
    /// <param name="scoreCap">The highest score reported; <see langword="null"/> for no cap.</param>
    /// <returns>The score, or every problem (zero volumes or ceilings, negative amounts) with its path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="outputs"/> is null.</exception>
    public static Result<EkaScore> Calculate(IReadOnlyList<EkaOutput> outputs, decimal? scoreCap = null)
    {
        Guard.Against.Null(outputs);
        var problems = new List<Problem>();
        if (outputs.Count == 0)
        {
            problems.Add(new Problem("outputs", Messages.NoItems));
        }

        for (var i = 0; i < outputs.Count; i++)
        {
            var o = outputs[i];
            var path = $"outputs[{i}]";
            if (o is null)
            {
                problems.Add(new Problem(path, Messages.MissingItem));
                continue;
            }

            Check(problems, path + ".budgetRealised", o.BudgetRealised, zeroAllowed: true);
            Check(problems, path + ".volumeRealised", o.VolumeRealised, zeroAllowed: false);
            Check(problems, path + ".budgetCeiling", o.BudgetCeiling, zeroAllowed: false);
            Check(problems, path + ".volumeTarget", o.VolumeTarget, zeroAllowed: false);
        }

        if (problems.Count > 0)
        {
            return Result<EkaScore>.Failure(problems);
        }

        try
        {
            var each = outputs
                .Select(o => new EkaOutputEfficiency(o.Name, (1m - (o.BudgetRealised * o.VolumeTarget / (o.VolumeRealised * o.BudgetCeiling))) * 100m))
                .ToArray();
            var e = each.Sum(x => x.Efficiency) / each.Length;
            var score = 50m + (e / 20m * 50m);
            return Result<EkaScore>.Success(new EkaScore(each, e, score, scoreCap is { } cap && score > cap ? cap : score));
        }
        catch (OverflowException)
        {
            return Result<EkaScore>.Failure(new Problem("outputs", Messages.ArithmeticOverflow));
        }
    }

    private static void Check(List<Problem> problems, string path, decimal value, bool zeroAllowed)
    {
        if (value < 0m)
        {
            problems.Add(new Problem(path, Messages.NegativeNotAllowed));
        }
        else if (value == 0m && !zeroAllowed)
        {
            problems.Add(new Problem(path, Messages.ZeroDivisor));
        }
    }
}
