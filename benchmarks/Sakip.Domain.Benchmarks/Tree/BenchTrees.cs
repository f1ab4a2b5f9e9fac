using Sakip.Domain.Achievement;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// The generated trees the tree benchmarks share, built once per process. The 1,000,000-node province with its
/// regencies takes several seconds to generate in every benchmark process, so it is opt-in: set
/// <c>SAKIP_BENCH_LARGE=1</c> (the committed report does; CI's dry run does not).
/// </summary>
internal static class BenchTrees
{
    public const string Province = "province 50k";
    public const string ProvinceWithRegencies = "1M with regencies";
    public const int Seed = 2026;

    private static readonly Lazy<PerformanceTree> ProvinceTree = new(() => CascadeGenerator.Province(Seed));
    private static readonly Lazy<PerformanceTree> ProvinceWithRegenciesTree = new(() => CascadeGenerator.ProvinceWithRegencies(Seed));

    /// <summary>Whether the 1M tree is included (<c>SAKIP_BENCH_LARGE=1</c>).</summary>
    public static bool Large => Environment.GetEnvironmentVariable("SAKIP_BENCH_LARGE") == "1";

    public static IEnumerable<string> Sizes => Large ? [Province, ProvinceWithRegencies] : [Province];

    public static PerformanceTree Get(string size) => size == ProvinceWithRegencies ? ProvinceWithRegenciesTree.Value : ProvinceTree.Value;

    /// <summary>Each node's own indicators' capaian under the default rule set, computed once (null when not
    /// achieved): what every roll-up form starts from, so that the benchmarks measure the roll-up itself.</summary>
    public static decimal?[][] Capaian(PerformanceTree tree)
    {
        var calculator = new AchievementCalculator(RuleSets.Default);
        var capaian = new decimal?[tree.Nodes.Count][];
        for (var i = 0; i < capaian.Length; i++)
        {
            var indicators = tree.Nodes[i].Indicators;
            capaian[i] = new decimal?[indicators.Count];
            for (var k = 0; k < indicators.Count; k++)
            {
                capaian[i][k] = calculator.Calculate(indicators[k].Input).Percent?.Value;
            }
        }

        return capaian;
    }
}
