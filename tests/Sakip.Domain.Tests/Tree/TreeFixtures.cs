using Sakip.Domain.Achievement;
using Sakip.Domain.Codes;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Tests.Tree;

/// <summary>Small hand-made trees and helpers for the tree tests.</summary>
internal static class TreeFixtures
{
    public static readonly OrganisationCode Dinkes = OrganisationCode.Parse("1.02.0.00.0.00.01.0000", null);
    public static readonly OrganisationCode Disdik = OrganisationCode.Parse("1.01.2.22.0.00.01.0000", null);

    /// <summary>Every built-in strategy under every missing-item policy, plus a plugin strategy that reads amounts.</summary>
    public static IEnumerable<RollUpOptions> AllOptions =>
        from strategy in RollUpStrategies.All.Append(LastAmountStrategy.Instance)
        from missing in new[] { MissingItemPolicy.Skip, MissingItemPolicy.CountAsZero, MissingItemPolicy.MarkIncomplete }
        select new RollUpOptions { Strategy = strategy, Missing = missing };

    public static NodeIndicator Indicator(string id, decimal target, decimal? realisation, Polarity polarity = Polarity.Positive, string unit = "%") =>
        new(id, "Indikator " + id, unit, new AchievementInput(target, realisation, polarity));

    public static TreeNode Node(string id, TreeLevel level, params NodeIndicator[] indicators) =>
        new(id, "Simpul " + id, level, level == TreeLevel.HeadOfRegion ? NodeKind.Sasaran : NodeKind.Program) { Indicators = indicators };

    /// <summary>
    /// <c>T1</c> (tujuan) ← <c>S1</c>, <c>S2</c> (RPJMD sasaran); <c>S1</c> ← <c>DINKES-SS1</c> (80 %),
    /// <c>DISDIK-SS1</c> (50 %, also feeding <c>S2</c>: crosscutting); <c>S2</c> ← <c>DISDIK-SS1</c>,
    /// <c>DINKES-P1</c> (not reported). Mean with missing items skipped: S1 = 65, S2 = 50, T1 = 57.5.
    /// </summary>
    public static PerformanceTree Region()
    {
        var builder = new PerformanceTreeBuilder
        {
            Nodes =
            [
                new TreeNode("T1", "Meningkatnya kesejahteraan", TreeLevel.HeadOfRegion, NodeKind.Tujuan),
                new TreeNode("S1", "Meningkatnya derajat kesehatan", TreeLevel.HeadOfRegion, NodeKind.Sasaran),
                new TreeNode("S2", "Meningkatnya kualitas pendidikan", TreeLevel.HeadOfRegion, NodeKind.Sasaran),
                new TreeNode("DINKES-SS1", "Meningkatnya pelayanan kesehatan", TreeLevel.EchelonII, NodeKind.AgencySasaran)
                {
                    Agency = Dinkes,
                    Indicators = [Indicator("IK-KES", 100m, 80m)],
                },
                new TreeNode("DISDIK-SS1", "Meningkatnya partisipasi sekolah", TreeLevel.EchelonII, NodeKind.AgencySasaran)
                {
                    Agency = Disdik,
                    Indicators = [Indicator("IK-APS", 100m, 50m)],
                },
                new TreeNode("DINKES-P1", "Program Pelayanan Kesehatan", TreeLevel.EchelonIII, NodeKind.Program)
                {
                    Agency = Dinkes,
                    Code = ProgramCode.Parse("1.02.02", null),
                    Indicators = [Indicator("IK-P1", 10m, null)],
                },
            ],
            Links =
            [
                new TreeLink("T1", "S1"),
                new TreeLink("T1", "S2"),
                new TreeLink("S1", "DINKES-SS1"),
                new TreeLink("S1", "DISDIK-SS1"),
                new TreeLink("S2", "DISDIK-SS1"),
                new TreeLink("S2", "DINKES-P1"),
            ],
        };
        return builder.Build().GetValueOrThrow();
    }

    /// <summary>Whether two decimals are the same number written the same way (value, scale and sign).</summary>
    public static bool Identical(decimal a, decimal b) => decimal.GetBits(a).SequenceEqual(decimal.GetBits(b));

    public static bool Identical(decimal? a, decimal? b) => a is { } x ? b is { } y && Identical(x, y) : b is null;

    /// <summary>The nodes where a compiled evaluation differs from the object model's (value, scale, status or
    /// amounts), described; empty when they agree exactly.</summary>
    public static List<string> Differences(TreeEvaluation expected, CompiledEvaluation actual)
    {
        var differences = new List<string>();
        foreach (var result in expected.Results)
        {
            var id = result.NodeId;
            if (!Identical(result.Value?.Value, actual.Value(id)?.Value) || result.Status != actual.Status(id)
                || !Identical(result.Numerator, actual.Numerator(id)) || !Identical(result.Denominator, actual.Denominator(id)))
            {
                differences.Add($"{id}: object model {result.Value?.Value} {result.Status} {result.Numerator}/{result.Denominator}, compiled {actual.Value(id)?.Value} {actual.Status(id)} {actual.Numerator(id)}/{actual.Denominator(id)}");
            }
        }

        return differences;
    }

    /// <summary>The nodes where two compiled evaluations differ, described, reading both the per-node accessors and
    /// the spans.</summary>
    public static List<string> Differences(CompiledEvaluation expected, CompiledEvaluation actual)
    {
        var differences = new List<string>();
        for (var i = 0; i < expected.Tree.Count; i++)
        {
            if (expected.StatusAt(i) != actual.StatusAt(i) || !Identical(expected.ValueAt(i)?.Value, actual.ValueAt(i)?.Value)
                || !Identical(expected.Values[i], actual.Values[i])
                || !Identical(expected.Numerators[i], actual.Numerators[i]) || !Identical(expected.Denominators[i], actual.Denominators[i]))
            {
                differences.Add($"{expected.Tree.NodeIds[i]}: {expected.ValueAt(i)} {expected.StatusAt(i)}, {actual.ValueAt(i)} {actual.StatusAt(i)}");
            }
        }

        return differences;
    }

    /// <summary>A plugin strategy that reads amounts: the last item's numerator, or its value when it has none.</summary>
    public sealed class LastAmountStrategy : IRollUpStrategy
    {
        public static LastAmountStrategy Instance { get; } = new();

        public string Id => "last-amount";

        public decimal? Combine(ReadOnlySpan<RollUpItem> items) => items[^1].Numerator != 0m ? items[^1].Numerator : items[^1].Value;
    }
}
