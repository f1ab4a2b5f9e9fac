#!/usr/bin/env dotnet
// Membangun dan mengompilasi pohon kinerja sebuah provinsi beserta 24 kabupaten/kotanya (sekitar 1 juta simpul)
// beberapa kali, lalu melaporkan waktu dan memori per simpul: pengukuran untuk docs/benchmarks.md.
// Builds and compiles the performance tree of a province with its 24 regencies (about 1 million nodes) a few times
// and reports the time and the memory per node (the measurement behind docs/benchmarks.md, "The 1M-node cascade").
//
//   dotnet run -c Release samples/analytics/TreeAtScale.cs -- [--runs 4] [--seed 2025]
//
// A forced collection between steps reads the managed heap; the first run includes the JIT's first tier.
#:project ../../src/Sakip.Domain.Testing/Sakip.Domain.Testing.csproj

using System.Diagnostics;
using System.Globalization;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;

var runs = 4;
var seed = 2025;
for (var i = 0; i < args.Length - 1; i += 2)
{
    switch (args[i])
    {
        case "--runs": runs = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
    }
}

static long Heap()
{
    GC.Collect();
    GC.WaitForPendingFinalizers();
    GC.Collect();
    return GC.GetTotalMemory(forceFullCollection: true);
}

var empty = Heap();
Console.WriteLine("run  nodes      build ms  compile ms  together ms  tree B/node  compiled B/node  kept B/node");
for (var run = 1; run <= runs; run++)
{
    var builder = CascadeGenerator.ProvinceWithRegenciesBuilder(seed);
    var beforeBuild = Heap();
    var clock = Stopwatch.StartNew();
    var tree = builder.Build().GetValueOrThrow();
    var build = clock.Elapsed;
    var afterBuild = Heap();
    clock.Restart();
    var compiled = CompiledTree.Compile(tree);
    var compile = clock.Elapsed;
    var afterCompile = Heap();
    var nodes = tree.Nodes.Count;
    builder = null!;
    tree = null!;

    // What the compiled tree keeps alive in all: its arrays, its source tree and the builder's node objects.
    var kept = Heap() - empty;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{run,3}  {nodes,9:N0}  {build.TotalMilliseconds,8:F0}  {compile.TotalMilliseconds,10:F0}  {(build + compile).TotalMilliseconds,11:F0}  {(afterBuild - beforeBuild) / (double)nodes,11:F0}  {(afterCompile - afterBuild) / (double)nodes,15:F0}  {kept / (double)nodes,11:F0}"));
    GC.KeepAlive(compiled);
    compiled = null!; // so that the next run's heap readings do not count this one
}

return 0;
