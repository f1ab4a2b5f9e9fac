using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Analytics.National;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Text;

namespace Sakip.Domain.Analytics.Tests;

/// <summary>The national run's laws, for any list of sources (good regions, broken ones, repeats) and any number of
/// regions at a time: one outcome per source, in source order; a good region completed with the rows
/// <see cref="RegionFacts.From(SakipDocument, int, RuleSet, string)"/> gives it; a broken one skipped with its problem;
/// the same summary whatever the parallelism.</summary>
public class NationalRunPropertyTests
{
    private static readonly List<GeneratedRegion> Good = [.. RegionDocumentGenerator.ProvinceWithRegencies(3, 15, DocumentShape.Tiny).Take(4)];

    private static readonly Dictionary<string, int> CapaianRows = Good.ToDictionary(
        r => r.Code,
        r => r.Document.PerjanjianKinerja.Select(pk => pk.Year).Distinct().Sum(y => RegionFacts.From(r.Document, y, RuleSets.Default, r.ProvinceCode).GetValueOrThrow().Capaian.Count));

    private static readonly Reason Broken = new("test-broken", "a broken document", "dokumen rusak");

    /// <summary>A source by number: 0–3 a good region, 4 a loader that throws, 5 a document with a problem.</summary>
    private static RegionSource Source(int kind) => kind switch
    {
        < 4 => RegionSource.FromDocument(Good[kind].Document),
        4 => new RegionSource("throws", _ => throw new IOException("disk gone")),
        _ => new RegionSource("broken", _ => ValueTask.FromResult(Result<SakipDocument>.Failure(new Problem("$.region", Broken)))),
    };

    [Property(MaxTest = 30)]
    public Property Run_AnySources_OneOutcomeEachInOrder_WhateverTheParallelism() =>
        Prop.ForAll(
            Gen.Choose(0, 5).ListOf().Select(l => l.Take(8).ToList()).ToArbitrary(),
            Gen.Choose(1, 3).ToArbitrary(),
            (kinds, degree) =>
            {
                var sources = kinds.Select(Source).ToList();
                var options = new NationalRunOptions { MaxDegreeOfParallelism = degree, Review = null };
                var summary = NationalRun.RunAsync(sources, facts: null, options).GetAwaiter().GetResult();
                var serial = NationalRun.RunAsync(sources, facts: null, options with { MaxDegreeOfParallelism = 1 }).GetAwaiter().GetResult();

                var inOrder = summary.Regions.Select(r => (r.Index, r.Source)).SequenceEqual(sources.Select((s, i) => (i, s.Name)));
                var statuses = kinds.Zip(summary.Regions).All(p => p.First < 4
                    ? p.Second.Status == RegionStatus.Completed && p.Second.RegionCode == Good[p.First].Code && p.Second.Problems.Count == 0
                    : p.Second.Status == RegionStatus.Skipped && p.Second.Problems.Count == 1
                      && p.Second.Problems[0].Reason.Code == (p.First == 4 ? "national-load-failed" : "test-broken"));
                var rows = summary.CapaianRows == kinds.Where(k => k < 4).Sum(k => CapaianRows[Good[k].Code]);
                var sameAsSerial = summary.Regions.Select(r => r with { Elapsed = TimeSpan.Zero })
                    .SequenceEqual(serial.Regions.Select(r => r with { Elapsed = TimeSpan.Zero }));
                return (summary.Regions.Count == sources.Count).Label("one outcome per source")
                    .And(inOrder.Label("in source order"))
                    .And(statuses.Label("good completed, broken skipped with its problem"))
                    .And(rows.Label("the rows RegionFacts gives"))
                    .And(sameAsSerial.Label("the same summary as one at a time"));
            });
}
