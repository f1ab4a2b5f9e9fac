using BenchmarkDotNet.Attributes;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// One what-if on a generated province (~50,000 nodes): one sub kegiatan's realisation set to 0, then the whole tree
/// evaluated again. Baseline: the object model (<see cref="PerformanceTree.WithRealisation(string, string, Values.Measure?)"/>
/// and <see cref="TreeEvaluator.Evaluate"/>, computing every indicator and explanation again). Also: the compiled
/// form evaluated in full, and the compiled form's incremental <see cref="CompiledTree.Recompute(CompiledEvaluation)"/>,
/// which revisits only the changed node's ancestors.
/// </summary>
[MemoryDiagnoser]
public class WhatIfBenchmarks
{
    private PerformanceTree _tree = null!;
    private CompiledTree _compiled = null!;
    private CompiledEvaluation _evaluation = null!;
    private string _node = "";
    private string _indicator = "";

    [GlobalSetup]
    public void Setup()
    {
        _tree = BenchTrees.Get(BenchTrees.Province);
        _compiled = CompiledTree.Compile(_tree);
        _evaluation = _compiled.Evaluate();

        // A reported sub kegiatan in the middle of the province: changing it moves its kegiatan, program, agency
        // sasaran, RPJMD sasaran and tujuan.
        var node = _tree.Nodes.Skip(_tree.Nodes.Count / 2).First(n => n.Kind == NodeKind.SubKegiatan && n.Indicators[0].Input.Realisation is not null);
        (_node, _indicator) = (node.Id, node.Indicators[0].IndicatorId);
    }

    [Benchmark(Baseline = true, Description = "object model: WithRealisation + Evaluate")]
    public int ObjectModel() => TreeEvaluator.Default.Evaluate(_tree.WithRealisation(_node, _indicator, 0m)).Results.Count;

    [Benchmark(Description = "compiled: WithRealisation + Evaluate")]
    public int CompiledFull() => _compiled.WithRealisation(_node, _indicator, 0m).Evaluate().Values.Length;

    [Benchmark(Description = "compiled: WithRealisation + Recompute")]
    public int CompiledIncremental() => _compiled.WithRealisation(_node, _indicator, 0m).Recompute(_evaluation).Values.Length;
}
