#pragma warning disable IDE0005
using Sakip.Domain.Tree;
#pragma warning restore IDE0005

namespace Sakip.Domain.Testing.Tests;

/// <summary>The Sakip.Domain.Testing README's code example, verbatim between the markers (checked by
/// <see cref="TestingReadmeTests"/>).</summary>
internal static class TestingReadmeExample
{
    public static void Run()
    {
        // begin-testing-readme-example
        // A province's cascade, the same for the same seed. With the default 40 agencies it has about 50,000 nodes;
        // ProvinceWithRegencies(seed) has about 1,000,000 and Chain(100_000) is 100,000 deep.
        var province = CascadeGenerator.Province(seed: 7, agencies: 3);
        Console.WriteLine(province.Nodes.Count > 3_000);                        // True

        // Compile once, evaluate in one pass, then try a change and recompute only what it touches.
        var compiled = CompiledTree.Compile(province);
        var before = compiled.Evaluate();
        var subKegiatan = province.Nodes.First(n => n.Kind == NodeKind.SubKegiatan && n.Indicators[0].Input.Realisation is not null);
        var after = compiled.WithRealisation(subKegiatan.Id, subKegiatan.Indicators[0].IndicatorId, 0m).Recompute(before);
        var changes = CompiledEvaluation.Compare(before, after);
        Console.WriteLine(changes[0].NodeId == province.PathOf(subKegiatan.Id)[0]); // True: the regional goal moved
        Console.WriteLine(changes.All(c => c.Delta < 0));                        // True: every node above went down
        // end-testing-readme-example
    }
}
