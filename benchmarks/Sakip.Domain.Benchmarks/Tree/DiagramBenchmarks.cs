using BenchmarkDotNet.Attributes;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// Exporting one agency's tree (about 1,200 of its own nodes plus the RPJMD nodes above them) from an evaluated
/// generated province (~50,000 nodes). Baseline: Mermaid, plain text whose renderer does the layout. Also: Graphviz
/// DOT (text, layout left to Graphviz) and the self-contained SVG, which lays the boxes out itself.
/// </summary>
[MemoryDiagnoser]
public class DiagramBenchmarks
{
    private TreeEvaluation _evaluation = null!;
    private DiagramOptions _options = DiagramOptions.Default;

    [GlobalSetup]
    public void Setup()
    {
        var tree = BenchTrees.Get(BenchTrees.Province);
        _evaluation = TreeEvaluator.Default.Evaluate(tree);
        _options = new DiagramOptions { Agency = tree.Nodes.First(n => n.Agency is not null).Agency };
    }

    [Benchmark(Baseline = true, Description = "Mermaid (one agency)")]
    public int Mermaid() => MermaidDiagram.Render(_evaluation, _options).Length;

    [Benchmark(Description = "DOT (one agency)")]
    public int Dot() => DotDiagram.Render(_evaluation, _options).Length;

    [Benchmark(Description = "SVG (one agency)")]
    public int Svg() => SvgDiagram.Render(_evaluation, _options).Length;
}
