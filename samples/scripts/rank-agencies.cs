#!/usr/bin/env dotnet
// Peringkat perangkat daerah menurut capaian kinerja: capaian setiap Perjanjian Kinerja (agregat semua indikatornya
// dengan cara agregasi aturan yang dipakai; indikator tanpa capaian tidak dihitung), diurutkan dari yang tertinggi.
// Ranking agencies by achievement: each Perjanjian Kinerja's aggregate over all its indicators (the rule set's
// aggregation; indicators without a capaian are left out and counted), highest first.
//
//   dotnet run samples/scripts/rank-agencies.cs -- [document.sakip.json] [--year 2025] [--culture id|invariant]
//
// The document defaults to the repository's demo (src/Sakip.Cli/Demo/kabupaten-contoh.sakip.json, found from the
// current folder upwards). See samples/scripts/README.md for running against locally packed packages.
#:package Sakip.Domain@0.1.0-alpha.1
#:package Sakip.Domain.Json@0.1.0-alpha.1

using System.Globalization;
using Sakip.Domain.Aggregation;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

string? path = null;
int? year = null;
var culture = Cultures.Indonesian;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--year": year = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--culture": culture = args[++i] == "invariant" ? CultureInfo.InvariantCulture : Cultures.Indonesian; break;
        default: path = args[i]; break;
    }
}

var read = SakipDocumentJson.Read(File.ReadAllText(path ?? Demo()));
if (!read.IsSuccess)
{
    read.Problems.ToList().ForEach(p => Console.Error.WriteLine(p.ToString(Language.Indonesian)));
    return 2;
}

var document = read.GetValueOrThrow();
var rules = document.RuleSetId is { } id ? RuleSets.Get(id) : RuleSets.Default;
var measured = new PerformanceMeasurement(rules).Measure(document, year ?? document.PerjanjianKinerja.Max(pk => pk.Year));
if (!measured.IsSuccess)
{
    measured.Problems.ToList().ForEach(p => Console.Error.WriteLine(p.ToString(Language.Indonesian)));
    return 2;
}

var report = measured.GetValueOrThrow();
var aggregator = new AchievementAggregator(rules);
var ranked = report.Agreements
    .Select(a =>
    {
        var rows = a.Sasaran.SelectMany(s => s.Indicators).ToArray();
        var aggregate = aggregator.Aggregate(rows.Select(r => new AggregationItem(r.IndicatorId, r.Result)));
        return (Agreement: a, Rows: rows, Value: aggregate.AsValue);
    })
    .OrderByDescending(r => r.Value?.Value.Value ?? decimal.MinValue)
    .ThenBy(r => r.Agreement.Name, StringComparer.Ordinal)
    .ToArray();

Console.WriteLine($"Peringkat capaian kinerja {report.Year} (aturan {report.RuleSetId} v{report.RuleSetVersion}, agregasi {rules.Aggregation.Id})");
Console.WriteLine($"{"Peringkat",-9}  {"Perangkat daerah",-45}  {"Capaian",9}  {"Kategori",-14}  Indikator dihitung");
for (var i = 0; i < ranked.Length; i++)
{
    var (agreement, rows, value) = ranked[i];
    var who = agreement.Agency is null ? $"{agreement.Name} ({agreement.Position})" : agreement.Name;
    var capaian = value is null ? "-" : value.Presented.Value.ToString("0.00", culture) + " %";
    Console.WriteLine($"{i + 1,9}  {who,-45}  {capaian,9}  {value?.Band.Label.Indonesian ?? "-",-14}  {value?.Included.Count ?? 0} dari {rows.Length}");
}

return 0;

// The repository's demo document, looked for from the current folder upwards.
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

    throw new FileNotFoundException("Give a document path: the demo document was not found above the current folder.");
}
