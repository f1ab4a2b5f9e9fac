#!/usr/bin/env dotnet
// Bagaimana jika realisasi sebuah indikator berubah? Menghitung ulang capaian indikator itu, capaian sasarannya di
// setiap Perjanjian Kinerja yang memuatnya, dan simpul pohon kinerja yang berubah (sebelum → sesudah, kategori).
// What if a realisation changed? Recomputes the indicator's capaian, its sasaran in every agreement that carries it,
// and the nodes of the performance tree that change (before → after, band).
//
//   dotnet run samples/scripts/what-if.cs -- [document.sakip.json] --set IKU-09=90 [--year 2025]
//
// The value is an invariant number (a point for decimals). The document defaults to the repository's demo
// (src/Sakip.Cli/Demo/kabupaten-contoh.sakip.json, found from the current folder upwards). See
// samples/scripts/README.md for running against locally packed packages.
#:package Sakip.Domain@0.1.0-alpha.1
#:package Sakip.Domain.Json@0.1.0-alpha.1

using System.Globalization;
using Sakip.Domain.Json;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Tree;
using Sakip.Domain.Values;

string? path = null, setting = null;
int? year = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--set": setting = args[++i]; break;
        case "--year": year = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        default: path = args[i]; break;
    }
}

if (setting?.Split('=') is not [var indicatorId, var valueText] || !Measure.TryParse(valueText, CultureInfo.InvariantCulture, out var value))
{
    Console.Error.WriteLine("what-if: give --set INDICATOR=VALUE, e.g. --set IKU-09=90");
    return 2;
}

var read = SakipDocumentJson.Read(File.ReadAllText(path ?? Demo()));
if (!read.IsSuccess)
{
    read.Problems.ToList().ForEach(p => Console.Error.WriteLine(p.ToString(Language.Indonesian)));
    return 2;
}

var document = read.GetValueOrThrow();
var rules = document.RuleSetId is { } id ? RuleSets.Get(id) : RuleSets.Default;
var planYear = year ?? document.PerjanjianKinerja.Max(pk => pk.Year);
if (document.Indicator(indicatorId) is null)
{
    Console.Error.WriteLine($"what-if: the document has no indicator {indicatorId}");
    return 2;
}

// The document with the new annual realisation: it replaces the year's annual entries for the indicator (keeping
// whose they were), or is added as the region's when there were none.
var builder = document.ToBuilder();
var annual = builder.Realisations.Where(r => r.IndicatorId == indicatorId && r.Period == ReportingPeriod.OfYear(planYear)).ToArray();
builder.Realisations.RemoveAll(r => annual.Contains(r));
builder.Realisations.AddRange(annual.Length == 0
    ? [new IndicatorRealisation(indicatorId, ReportingPeriod.OfYear(planYear), value)]
    : annual.Select(r => r with { Value = value }));
var changed = builder.Build();
if (!changed.IsSuccess)
{
    changed.Problems.ToList().ForEach(p => Console.Error.WriteLine(p.ToString(Language.Indonesian)));
    return 2;
}

var measurement = new PerformanceMeasurement(rules);
var before = measurement.Measure(document, planYear).GetValueOrThrow();
var after = measurement.Measure(changed.GetValueOrThrow(), planYear).GetValueOrThrow();
var culture = Cultures.Indonesian;
string P(Percentage? p) => p is { } v ? v.ToString("0.00", culture) : "-";

Console.WriteLine($"Bagaimana jika realisasi {indicatorId} {planYear} = {value.ToString(null, culture)}?");
foreach (var (old, now) in before.Agreements.Zip(after.Agreements))
{
    foreach (var (oldSasaran, newSasaran) in old.Sasaran.Zip(now.Sasaran).Where(s => s.First.Indicators.Any(i => i.IndicatorId == indicatorId)))
    {
        var (o, n) = (oldSasaran.Indicators.First(i => i.IndicatorId == indicatorId), newSasaran.Indicators.First(i => i.IndicatorId == indicatorId));
        Console.WriteLine($"  {now.Name} ({now.Position}), {newSasaran.SasaranId} {newSasaran.Sasaran}");
        Console.WriteLine($"    {indicatorId} {n.Name}: {P(o.Result.Presented)} → {P(n.Result.Presented)} ({n.Result.Band?.Label.Indonesian ?? "-"})");
        Console.WriteLine($"      {n.Result.ToSentence(Language.Indonesian)}");
        Console.WriteLine($"    Capaian sasaran: {P(oldSasaran.Aggregate.AsValue?.Presented)} → {P(newSasaran.Aggregate.AsValue?.Presented)}");
    }
}

// The performance tree of the same year: the nodes whose value, status or band change.
var tree = PerformanceTreeFactory.FromDocument(document, planYear).GetValueOrThrow();
var evaluator = new TreeEvaluator(new RollUpOptions { Rules = rules });
var treeBefore = evaluator.Evaluate(tree);
var treeAfter = evaluator.Evaluate(tree.WithRealisation(indicatorId, value));
var changes = TreeEvaluation.Compare(treeBefore, treeAfter);
// A tree node rolls up its own indicators and the nodes under it, so its figure can differ from the sasaran row above.
Console.WriteLine($"Pohon kinerja: {changes.Count} simpul berubah (nilai simpul menggabungkan indikatornya dan simpul di bawahnya, sehingga dapat berbeda dari capaian sasaran di atas)");
foreach (var change in changes)
{
    var band = change.BandChanged ? $", {change.BandBefore?.Label.Indonesian ?? "-"} → {change.BandAfter?.Label.Indonesian ?? "-"}" : "";
    string T(Percentage? p) => p is { } v ? rules.Present(v.Value).ToString("0.00", culture) : "-";
    Console.WriteLine($"  {change.NodeId,-28} {T(change.Before)} → {T(change.After)}{band}  {change.Name}");
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
