using BenchmarkDotNet.Attributes;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// One what-if on a generated province (~50,000 nodes): one sub kegiatan's realisation set to 0, then the whole tree
/// evaluated again. Baseline: the object model (<see cref="PerformanceTree.WithRealisation(string, string, Values.Measure?)"/>
/// and <see cref="TreeEvaluator.Evaluate"/>, computing every indicator and explanation again). Also: the compiled
/// form evaluated in full, and the compiled form's incremental <see cref="CompiledTree.Recompute(CompiledEvaluation)"/>,
/// which revisits only the changed node's ancestors. Each reads the regional goal's new figure.
/// </summary>
[MemoryDiagnoser]
public class WhatIfBenchmarks
{
    private PerformanceTree _tree = null!;
    private CompiledTree _compiled = null!;
    private CompiledEvaluation _evaluation = null!;
    private string _node = "";
    private string _indicator = "";
    private string _root = "";

    [GlobalSetup]
    public void Setup()
    {
        _tree = BenchTrees.Get(BenchTrees.Province);
        _compiled = CompiledTree.Compile(_tree);
        _evaluation = _compiled.Evaluate();

        // A reported sub kegiatan in the middle of the province: changing it moves its kegiatan, program, agency
        // sasaran, RPJMD sasaran and tujuan.
        var node = _tree.Nodes.Skip(_tree.Nodes.Count / 2).First(n => n.Kind == NodeKind.SubKegiatan && n.Indicators[0].Input.Realisation is not null);
        (_node, _indicator, _root) = (node.Id, node.Indicators[0].IndicatorId, _tree.PathOf(node.Id)[0]);
    }

    [Benchmark(Baseline = true, Description = "object model: WithRealisation + Evaluate")]
    public decimal? ObjectModel() => TreeEvaluator.Default.Evaluate(_tree.WithRealisation(_node, _indicator, 0m))[_root].Value?.Value;

    [Benchmark(Description = "compiled: WithRealisation + Evaluate")]
    public decimal? CompiledFull() => _compiled.WithRealisation(_node, _indicator, 0m).Evaluate().Value(_root)?.Value;

    [Benchmark(Description = "compiled: WithRealisation + Recompute")]
    public decimal? CompiledIncremental() => _compiled.WithRealisation(_node, _indicator, 0m).Recompute(_evaluation).Value(_root)?.Value;
}
