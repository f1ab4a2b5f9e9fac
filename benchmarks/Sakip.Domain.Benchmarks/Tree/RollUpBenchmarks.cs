using BenchmarkDotNet.Attributes;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Benchmarks;

/// <summary>
/// A full roll-up (mean, missing items skipped) of every node of a generated province (~50,000 nodes) and, with
/// <c>SAKIP_BENCH_LARGE=1</c>, of a province with its regencies (~1,000,000 nodes). Every form starts from each
/// indicator's capaian computed once and measures the roll-up itself. Baseline: a naive recursive roll-up over an
/// object graph of dictionaries. Also: the same roll-up in SQL (SQLite in memory, recursive CTEs; about 10 s per
/// roll-up at 1M), a plain array sweep (the floor), and <see cref="CompiledTree.Evaluate"/>.
/// </summary>
[MemoryDiagnoser]
public class RollUpBenchmarks
{
    private NaiveRollUp _naive = null!;
    private SqlRollUp? _sql;
    private ArraySweep _sweep = null!;
    private CompiledTree _compiled = null!;

    [ParamsSource(nameof(Sizes))]
    public string Size { get; set; } = BenchTrees.Province;

    public static IEnumerable<string> Sizes => BenchTrees.Sizes;

    [GlobalSetup(Target = nameof(Naive))]
    public void SetupNaive() => _naive = new NaiveRollUp(BenchTrees.Get(Size), BenchTrees.Capaian(BenchTrees.Get(Size)));

    [GlobalSetup(Target = nameof(Sql))]
    public void SetupSql() => _sql = new SqlRollUp(BenchTrees.Get(Size), BenchTrees.Capaian(BenchTrees.Get(Size)));

    [GlobalSetup(Target = nameof(Sweep))]
    public void SetupSweep() => _sweep = new ArraySweep(BenchTrees.Get(Size), CompiledTree.Compile(BenchTrees.Get(Size)), BenchTrees.Capaian(BenchTrees.Get(Size)));

    [GlobalSetup(Target = nameof(Compiled))]
    public void SetupCompiled() => _compiled = CompiledTree.Compile(BenchTrees.Get(Size));

    [GlobalCleanup(Target = nameof(Sql))]
    public void CleanupSql() => _sql?.Dispose();

    [Benchmark(Baseline = true, Description = "naive recursive object graph")]
    public int Naive() => _naive.Run().Count;

    [Benchmark(Description = "SQL recursive CTE (SQLite)")]
    public int Sql() => _sql!.Run().Length;

    [Benchmark(Description = "plain array sweep (floor)")]
    public int Sweep() => _sweep.Run().Values.Length;

    [Benchmark(Description = "CompiledTree.Evaluate")]
    public int Compiled() => _compiled.Evaluate().Values.Length;
}
