#!/usr/bin/env dotnet
// Membandingkan dua tahun: nilai LKE (komponen, nilai akhir, predikat) dari dua evaluasi terakhir dalam dokumen, dan
// capaian per indikator dari dua tahun Perjanjian Kinerja terakhir. Dokumen contoh hanya memuat PK 2025 (dan LKE 2024
// serta 2025): bila hanya ada satu tahun PK, yang dibandingkan adalah dua periode "per" dalam tahun itu (bawaan: Q2
// dan setahun penuh), dan keluaran menyatakannya.
// Comparing two years: the LKE scores of the document's two latest evaluations, and each indicator's capaian in its two
// latest Perjanjian Kinerja years, or, with one PK year only (as in the demo), two as-of periods of that year.
//
//   dotnet run samples/scripts/compare-years.cs -- [document.sakip.json] [--from 2025-Q2] [--to 2025]
//
// The document defaults to the repository's demo (src/Sakip.Cli/Demo/kabupaten-contoh.sakip.json, found from the
// current folder upwards). See samples/scripts/README.md for running against locally packed packages.
#:package Sakip.Domain@0.1.0-alpha.1
#:package Sakip.Domain.Json@0.1.0-alpha.1

using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;

string? path = null, fromText = null, toText = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--from": fromText = args[++i]; break;
        case "--to": toText = args[++i]; break;
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
var culture = Cultures.Indonesian;
string N(decimal? value) => value is { } v ? v.ToString("0.00", culture) : "-";
string Delta(decimal? before, decimal? after) => before is { } b && after is { } a ? (a - b).ToString("+0.00;-0.00;0.00", culture) : "";

// 1. LKE: the two latest evaluations.
var evaluations = document.Evaluations.OrderBy(e => e.Year).TakeLast(2).Select(e => e.Score()).ToArray();
if (evaluations.Length == 2)
{
    var (before, after) = (evaluations[0], evaluations[1]);
    Console.WriteLine($"Nilai LKE {before.Evaluation.Year} → {after.Evaluation.Year} ({after.Evaluation.Scheme.Name})");
    foreach (var component in after.Components)
    {
        var old = before.Component(component.Component.Id);
        Console.WriteLine($"  {component.Component.Id,-3} {component.Component.Name,-40} {N(old?.Score),7} → {N(component.Score),7}  {Delta(old?.Score, component.Score)}");
    }

    Console.WriteLine($"  Nilai akhir {N(before.DecidingScore)} {before.Grade?.Code} → {N(after.DecidingScore)} {after.Grade?.Code} ({after.Grade?.Label.Indonesian})  {Delta(before.DecidingScore, after.DecidingScore)}");
}
else
{
    Console.WriteLine($"Dokumen memuat {evaluations.Length} evaluasi LKE: tidak ada dua tahun untuk dibandingkan.");
}

// 2. Capaian: two PK years, or two as-of periods of the one year there is.
var rules = document.RuleSetId is { } id ? RuleSets.Get(id) : RuleSets.Default;
var measurement = new PerformanceMeasurement(rules);
var years = document.PerjanjianKinerja.Select(pk => pk.Year).Distinct().Order().ToArray();
MeasurementReport first, second;
if (years.Length >= 2 && fromText is null && toText is null)
{
    first = measurement.Measure(document, years[^2]).GetValueOrThrow();
    second = measurement.Measure(document, years[^1]).GetValueOrThrow();
    Console.WriteLine($"\nCapaian {years[^2]} → {years[^1]}");
}
else
{
    var year = years[^1];
    var from = ReportingPeriod.TryParse(fromText ?? $"{year}-Q2").GetValueOrThrow();
    var to = ReportingPeriod.TryParse(toText ?? $"{year}").GetValueOrThrow();
    first = measurement.Measure(document, from.Year, from).GetValueOrThrow();
    second = measurement.Measure(document, to.Year, to).GetValueOrThrow();
    Console.WriteLine(years.Length >= 2
        ? $"\nCapaian per {from} → per {to}"
        : $"\nDokumen hanya memuat PK {year}: membandingkan capaian per {from} dengan per {to}");
}

// Rows are matched by agency (none for the region head's agreement) and indicator.
var earlier = first.Agreements.SelectMany(a => a.Sasaran.SelectMany(s => s.Indicators.Select(i => (Key: (a.Agency?.ToString() ?? "", i.IndicatorId), Row: i))))
    .DistinctBy(r => r.Key)
    .ToDictionary(r => r.Key, r => r.Row);
foreach (var agreement in second.Agreements)
{
    Console.WriteLine($"  {agreement.Name} ({agreement.Position})");
    foreach (var row in agreement.Sasaran.SelectMany(s => s.Indicators))
    {
        earlier.TryGetValue((agreement.Agency?.ToString() ?? "", row.IndicatorId), out var old);
        var (b, a) = (old?.Result.Presented?.Value, row.Result.Presented?.Value);
        var band = old?.Result.Band?.Rank != row.Result.Band?.Rank ? $"  {old?.Result.Band?.Label.Indonesian ?? "-"} → {row.Result.Band?.Label.Indonesian ?? "-"}" : "";
        Console.WriteLine($"    {row.IndicatorId,-12} {row.Name,-45} {N(b),8} → {N(a),8}  {Delta(b, a)}{band}");
    }
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
