#!/usr/bin/env dotnet
// Menulis tabel fakta (capaian, pohon kinerja, LKE) sebuah dokumen SAKIP sebagai berkas Parquet yang dipartisi per
// tahun dan provinsi, untuk dibaca DuckDB, Spark atau Trino.
// Writes a SAKIP document's fact tables as Parquet, partitioned by year and province (docs/analytics.md).
//
//   dotnet run samples/analytics/WriteFacts.cs -- [document.sakip.json ...] [--year 2025] [--province 33] [--out facts]
//
// The documents default to the repository's demo (src/Sakip.Cli/Demo/kabupaten-contoh.sakip.json, found from the
// current folder upwards); the province to the first segment of each region's code. For many regions at once (in
// parallel, broken ones skipped and listed) use `sakip national <folder> --facts facts` (docs/scale.md).
#:project ../../src/Sakip.Domain.Analytics/Sakip.Domain.Analytics.csproj
#:project ../../src/Sakip.Domain.Json/Sakip.Domain.Json.csproj

using System.Globalization;
using Sakip.Domain.Analytics;
using Sakip.Domain.Json;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

var paths = new List<string>();
int? year = null;
string? province = null;
var output = "facts";
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--year": year = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--province": province = args[++i]; break;
        case "--out": output = args[++i]; break;
        default: paths.Add(args[i]); break;
    }
}

if (paths.Count == 0)
{
    paths.Add(Demo());
}

var failed = 0;
await using (var writer = new ParquetFactWriter(output))
{
    foreach (var path in paths)
    {
        var read = SakipDocumentJson.Read(File.ReadAllText(path));
        if (!read.IsSuccess)
        {
            failed++;
            read.Problems.ToList().ForEach(p => Console.Error.WriteLine($"{path}: {p.ToString(Language.Indonesian)}"));
            continue;
        }

        var document = read.GetValueOrThrow();
        var rules = document.RuleSetId is { } id ? RuleSets.Get(id) : RuleSets.Default;
        var facts = RegionFacts.From(document, year ?? document.PerjanjianKinerja.Max(pk => pk.Year), rules, province ?? document.Region.Code.Split('.')[0]);
        var problems = facts.IsSuccess ? await writer.AddAsync(facts.GetValueOrThrow()) : facts.Problems;
        if (problems.Count > 0)
        {
            failed++;
            problems.ToList().ForEach(p => Console.Error.WriteLine($"{path}: {p.ToString(Language.Indonesian)}"));
            continue;
        }

        var f = facts.GetValueOrThrow();
        Console.WriteLine($"{document.Region.Name} ({document.Region.Code}), {f.Year}: {f.Capaian.Count} baris capaian, {f.Tree.Count} simpul pohon, {f.Evaluations.Count} baris LKE");
        f.TreeProblems.ToList().ForEach(p => Console.Error.WriteLine($"{path}: pohon kinerja tidak dibangun: {p.ToString(Language.Indonesian)}"));
    }
}

Console.WriteLine($"Ditulis ke {Path.GetFullPath(output)}");
return failed == 0 ? 0 : 2;

static string Demo()
{
    for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
    {
        var candidate = Path.Combine(dir.FullName, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json");
        if (File.Exists(candidate))
        {
            return candidate;
        }
    }

    throw new FileNotFoundException("Demo document not found: give a document path.");
}
