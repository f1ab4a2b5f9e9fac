#!/usr/bin/env dotnet
// Menjalankan proses nasional atas seluruh 552 pemerintah daerah yang dibangkitkan (38 provinsi, 514 kabupaten/kota),
// lalu melaporkan waktu, memori puncak dan biaya per daerah: pengukuran untuk docs/scale.md.
// Runs the national run over the 552 generated regional governments and reports wall time, peak memory and the cost
// per region (the measurement behind docs/scale.md).
//
//   dotnet run -c Release samples/analytics/NationalCountry.cs -- [--shape regency|small|tiny] [--regions N]
//       [--parallel N] [--no-review] [--out facts] [--seed 1]
//
// Documents come from Sakip.Domain.Testing's generator, each generated and built on a worker thread when the run
// reaches it (so generating is part of each region's time, as reading a file would be). --regions takes the first N
// regions in the country's order (provinces in code order, each followed by its regencies and cities).
// It runs with the server garbage collector, as the sakip tool does; DOTNET_gcServer=0 gives the workstation figures.
#:property ServerGarbageCollection=true
#:project ../../src/Sakip.Domain.Analytics/Sakip.Domain.Analytics.csproj
#:project ../../src/Sakip.Domain.Testing/Sakip.Domain.Testing.csproj

using System.Diagnostics;
using System.Globalization;
using Sakip.Domain;
using Sakip.Domain.Analytics;
using Sakip.Domain.Analytics.National;
using Sakip.Domain.Planning;
using Sakip.Domain.Testing;

var shapeName = "regency";
var regions = 552;
int? parallel = null;
var review = true;
string? output = null;
var seed = 1;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--shape": shapeName = args[++i]; break;
        case "--regions": regions = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--parallel": parallel = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--no-review": review = false; break;
        case "--out": output = args[++i]; break;
        case "--seed": seed = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}

// null: each region's own default (a province's or a regency's); "small": an eighth of the agencies.
DocumentShape? shape = shapeName switch
{
    "regency" => null,
    "small" => DocumentShape.Regency with { Agencies = 4 },
    "tiny" => DocumentShape.Tiny,
    _ => throw new ArgumentException($"unknown shape {shapeName}"),
};

var sources = RegionDocumentGenerator.RegenciesByProvince
    .SelectMany(p => Enumerable.Range(0, p.Value + 1).Select(n => (Province: p.Key, Number: n)))
    .Take(regions)
    .Select(r => new RegionSource(
        $"{r.Province:00}/{r.Number:00}",
        _ => ValueTask.FromResult(Result<SakipDocument>.Success(RegionDocumentGenerator.RegionOf(seed, r.Province, r.Number, shape).Document))))
    .ToList();

var options = new NationalRunOptions
{
    MaxDegreeOfParallelism = parallel,
    Review = review ? NationalRunOptions.Default.Review : null,
    Progress = new Progress(),
};

NationalRunSummary summary;
ParquetFactWriter? writer = output is null ? null : new ParquetFactWriter(output);
await using (writer)
{
    summary = await NationalRun.RunAsync(sources, writer, options);
}

Console.Error.WriteLine();
using var process = Process.GetCurrentProcess();
var cores = parallel ?? Environment.ProcessorCount;
var perRegion = summary.Regions.Select(r => r.Elapsed.TotalSeconds).Order().ToList();
Console.WriteLine(summary.ToString());
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shape {shapeName}, {cores} at a time on {Environment.ProcessorCount} core(s), {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, review {(review ? "on" : "off")}, facts {(output is null ? "not written" : "written")}"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wall time {summary.Elapsed.TotalSeconds:F1} s; peak working set {process.PeakWorkingSet64 / 1048576.0:F0} MB; GC heap now {GC.GetTotalMemory(false) / 1048576.0:F0} MB"));
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per region: median {perRegion[perRegion.Count / 2]:F2} s, max {perRegion[^1]:F2} s, sum {perRegion.Sum():F1} s"));
return summary.Skipped == 0 ? 0 : 1;

internal sealed class Progress : IProgress<NationalRunProgress>
{
    public void Report(NationalRunProgress value)
    {
        if (value.Done % 10 == 0 || value.Done == value.Total)
        {
            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\r{value.Done}/{value.Total} regions, {value.Elapsed.TotalSeconds:F0} s"));
        }
    }
}
