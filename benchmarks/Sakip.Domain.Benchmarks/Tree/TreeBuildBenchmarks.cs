using BenchmarkDotNet.Attributes;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// Building and validating a generated province (~50,000 nodes) from its nodes, links and shared indicators.
/// Baseline: <see cref="PerformanceTreeBuilder.Build"/> alone (structural validation: ids, links, shares, cycles).
/// Also: build plus <see cref="PerformanceTree.Check"/> (orphans, indicators, direct-cascade units and polarity),
/// and compiling the built tree (which computes every indicator's achievement once).
/// </summary>
[MemoryDiagnoser]
public class TreeBuildBenchmarks
{
    private PerformanceTree _tree = null!;

    [GlobalSetup]
    public void Setup() => _tree = BenchTrees.Get(BenchTrees.Province);

    [Benchmark(Baseline = true, Description = "Build")]
    public int Build() => Builder().Build().GetValueOrThrow().Nodes.Count;

    [Benchmark(Description = "Build + Check")]
    public int BuildAndCheck() => Builder().Build().GetValueOrThrow().Check().Count;

    [Benchmark(Description = "CompiledTree.Compile")]
    public int Compile() => CompiledTree.Compile(_tree).Count;

    private PerformanceTreeBuilder Builder() => new() { Nodes = [.. _tree.Nodes], Links = [.. _tree.Links], Shared = [.. _tree.Shared] };
}
