using System.Text;
using Sakip.Domain.Analytics.National;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Review;
using Sakip.Domain.Rules;
using Sakip.Domain.Testing;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Analytics.Tests;

/// <summary>The national run: many regions, each on its own, in parallel, written in source order; broken regions
/// reported and skipped; the same files whatever the number of cores; read back by DuckDB.</summary>
public sealed class NationalRunTests : IDisposable
{
    private const int Seed = 7;
    private readonly string _root = Demo.NewFolder();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A province (code 11, with its regencies and cities) and one region of province 12, generated small.</summary>
    private static List<GeneratedRegion> Regions { get; } =
        [.. RegionDocumentGenerator.ProvinceWithRegencies(Seed, 11, DocumentShape.Tiny).Take(4), RegionDocumentGenerator.RegionOf(Seed, 12, 1, DocumentShape.Tiny)];

    private static RegionSource Generated(GeneratedRegion region) =>
        new(region.Code, _ => ValueTask.FromResult(Result<SakipDocument>.Success(region.Document)));

    private string WriteDocuments(string folder)
    {
        var path = Path.Combine(_root, folder);
        foreach (var region in Regions)
        {
            var province = Path.Combine(path, region.ProvinceCode);
            Directory.CreateDirectory(province);
            File.WriteAllText(Path.Combine(province, region.Code + ".sakip.json"), SakipDocumentJson.Write(region.Document));
        }

        return path;
    }

    [Fact]
    public async Task Run_WritesEveryRegionsRows_AsTheLibraryComputesThem()
    {
        var facts = Path.Combine(_root, "facts");
        NationalRunSummary summary;
        await using (var writer = new ParquetFactWriter(facts))
        {
            summary = await NationalRun.RunAsync(Regions.Select(Generated), writer);
        }

        Assert.Equal(Regions.Select(r => r.Code), summary.Regions.Select(r => r.RegionCode));
        Assert.Equal(Enumerable.Range(0, Regions.Count), summary.Regions.Select(r => r.Index));
        Assert.All(summary.Regions, r => Assert.Equal(RegionStatus.Completed, r.Status));
        Assert.Equal(Regions.Count, summary.Completed);
        foreach (var (region, outcome) in Regions.Zip(summary.Regions))
        {
            Assert.Equal(region.ProvinceCode, outcome.ProvinceCode);
            Assert.Equal(region.Document.Region.Name, outcome.RegionName);
            Assert.Equal(AlignmentReview.Default.Run(region.Document).ErrorCount, outcome.ReviewErrors);
            var years = region.Document.PerjanjianKinerja.Select(pk => pk.Year).Distinct().Order().ToList();
            Assert.Equal(years, outcome.Years.Select(y => y.Year));
            foreach (var year in outcome.Years)
            {
                var expected = RegionFacts.From(region.Document, year.Year, RuleSets.Default, region.ProvinceCode).GetValueOrThrow();
                Assert.Equal(expected.Capaian.Count, year.CapaianRows);
                Assert.Equal(expected.Tree.Count, year.TreeRows);
                Assert.Equal(expected.Evaluations.Count, year.EvaluationRows);
                Assert.Equal(region.Document.Evaluations.Single(e => e.Year == year.Year).Score().Grade?.Code, year.Grade);
            }
        }

        Assert.Equal(summary.CapaianRows.ToString(System.Globalization.CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {Duck.Table(facts, "capaian")}"));
        Assert.Equal(summary.TreeRows.ToString(System.Globalization.CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {Duck.Table(facts, "tree")}"));
        Assert.Equal(summary.EvaluationRows.ToString(System.Globalization.CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {Duck.Table(facts, "evaluation")}"));
        Assert.Equal("1", Duck.Scalar($"SELECT count(DISTINCT region_code) FROM {Duck.Table(facts, "capaian")} WHERE province = '12'"));
    }

    [Fact]
    public async Task Run_BrokenRegions_AreReportedAndSkipped_TheOthersWritten()
    {
        var folder = WriteDocuments("docs");
        var broken = Path.Combine(folder, "11", "11.50.sakip.json");
        File.WriteAllText(broken, """{"region": {"code": "11.50", """);
        var sources = RegionSources.Folder(folder).GetValueOrThrow().ToList();
        sources.Insert(1, new RegionSource("throws", _ => throw new InvalidOperationException("the database is down")));
        sources.Insert(2, RegionSource.FromFile(Path.Combine(folder, "missing.sakip.json")));

        NationalRunSummary summary;
        await using (var writer = new ParquetFactWriter(Path.Combine(_root, "facts")))
        {
            summary = await NationalRun.RunAsync(sources, writer, new NationalRunOptions { Review = null });
        }

        Assert.Equal(Regions.Count + 3, summary.Regions.Count);
        Assert.Equal(Regions.Count, summary.Completed);
        Assert.Equal(3, summary.Skipped);
        var thrown = summary.Regions[1];
        Assert.Equal(("throws", RegionStatus.Skipped), (thrown.Source, thrown.Status));
        Assert.Equal("national-load-failed", Assert.Single(thrown.Problems).Reason.Code);
        Assert.Contains("the database is down", thrown.Problems[0].Reason.Message.English, StringComparison.Ordinal);
        var missing = summary.Regions[2];
        Assert.Equal("national-file-unreadable", Assert.Single(missing.Problems).Reason.Code);
        Assert.EndsWith("tidak dapat dibaca: berkas tidak ada", missing.Problems[0].Reason.Message.Indonesian, StringComparison.Ordinal);
        Assert.EndsWith("cannot be read: the file does not exist", missing.Problems[0].Reason.Message.English, StringComparison.Ordinal);
        var unreadable = Assert.Single(summary.Regions, r => r.Source == "11/11.50.sakip.json");
        Assert.Equal(RegionStatus.Skipped, unreadable.Status);
        Assert.NotEmpty(unreadable.Problems);
        Assert.Null(unreadable.RegionCode);
        Assert.All(summary.Regions.Where(r => r.Status != RegionStatus.Skipped), r => Assert.Null(r.ReviewErrors));
    }

    [Fact]
    public async Task Run_OneCoreOrTwo_WritesTheSameBytesAndSummary()
    {
        async Task<(NationalRunSummary Summary, Dictionary<string, byte[]> Files)> RunAsync(int degree)
        {
            var facts = Path.Combine(_root, "facts-" + degree);
            NationalRunSummary summary;
            await using (var writer = new ParquetFactWriter(facts, new ParquetFactWriterOptions { RowGroupRows = 50 }))
            {
                summary = await NationalRun.RunAsync(Regions.Select(Generated), writer, new NationalRunOptions { MaxDegreeOfParallelism = degree });
            }

            var files = Directory.EnumerateFiles(facts, "*", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(facts, f), File.ReadAllBytes);
            return (summary, files);
        }

        var one = await RunAsync(1);
        var two = await RunAsync(2);

        Assert.Equal(one.Files.Keys.Order(), two.Files.Keys.Order());
        Assert.All(one.Files, file => Assert.Equal(file.Value, two.Files[file.Key]));
        Assert.Equal(one.Summary.Regions.Select(r => r with { Elapsed = TimeSpan.Zero }), two.Summary.Regions.Select(r => r with { Elapsed = TimeSpan.Zero }));
    }

    [Fact]
    public async Task Run_ReportsProgressAfterEachRegion()
    {
        var reports = new List<NationalRunProgress>();
        var progress = new Collect(reports);

        var summary = await NationalRun.RunAsync([.. Regions.Select(Generated)], facts: null, new NationalRunOptions { Progress = progress, Review = null });

        Assert.Equal(Enumerable.Range(1, Regions.Count), reports.Select(r => r.Done));
        Assert.All(reports, r => Assert.Equal(Regions.Count, r.Total));
        Assert.Equal(summary.Regions, reports.Select(r => r.Last));
    }

    [Fact]
    public async Task Run_ALazySequence_HasNoTotal_AndTheYearsAsked()
    {
        var reports = new List<NationalRunProgress>();
        var year = Regions[0].Document.PerjanjianKinerja[0].Year;

        var summary = await NationalRun.RunAsync(Regions.Take(2).Select(Generated), null, new NationalRunOptions { Progress = new Collect(reports), Years = [year, year], Review = null, RollUp = new RollUpOptions { Rules = RuleSets.Default } });

        Assert.All(reports, r => Assert.Null(r.Total));
        Assert.All(summary.Regions, r => Assert.Equal([year], r.Years.Select(y => y.Year)));
    }

    [Fact]
    public async Task Run_AYearWithoutAnAgreement_IsPartial_WithThePathOfTheYear()
    {
        var region = Regions[0];
        var year = region.Document.PerjanjianKinerja[0].Year;

        var summary = await NationalRun.RunAsync([Generated(region)], null, new NationalRunOptions { Years = [year, 1999], Review = null });

        var outcome = Assert.Single(summary.Regions);
        Assert.Equal(RegionStatus.Partial, outcome.Status);
        Assert.Equal([year], outcome.Years.Select(y => y.Year));
        Assert.All(outcome.Problems, p => Assert.StartsWith("years[1999].", p.Path, StringComparison.Ordinal));
        Assert.NotEmpty(outcome.Problems);
    }

    [Fact]
    public async Task Run_Cancelled_Stops()
    {
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => NationalRun.RunAsync(Regions.Select(Generated), null, null, cancel.Token));
    }

    [Fact]
    public void Folder_ListsDocumentsInOrdinalOrderOfTheirRelativePaths()
    {
        var folder = WriteDocuments("docs");
        File.WriteAllText(Path.Combine(folder, "notes.txt"), "not a document");

        var sources = RegionSources.Folder(folder).GetValueOrThrow();

        Assert.Equal(Regions.Select(r => $"{r.ProvinceCode}/{r.Code}.sakip.json").Order(StringComparer.Ordinal), sources.Select(s => s.Name));
        Assert.All(sources, s => Assert.Null(s.ProvinceCode));
        Assert.Equal("national-folder-missing", Assert.Single(RegionSources.Folder(Path.Combine(_root, "none")).Problems).Reason.Code);
    }

    [Fact]
    public async Task Manifest_ReadsFilesRelativeToIt_WithTheirProvince()
    {
        WriteDocuments("docs");
        var manifest = Path.Combine(_root, "manifest.json");
        File.WriteAllText(manifest, """{"regions": [{"file": "docs/12/12.01.sakip.json", "province": "12"}, {"file": "docs/11/11.01.sakip.json"}]}""");

        var sources = RegionSources.Manifest(manifest).GetValueOrThrow();
        var summary = await NationalRun.RunAsync(sources, null, new NationalRunOptions { Review = null });

        Assert.Equal(["docs/12/12.01.sakip.json", "docs/11/11.01.sakip.json"], sources.Select(s => s.Name));
        Assert.Equal(["12", null], sources.Select(s => s.ProvinceCode));
        Assert.Equal(["12.01", "11.01"], summary.Regions.Select(r => r.RegionCode));
        Assert.Equal(2, summary.Completed);
    }

    [Theory]
    [InlineData("""[]""", "")]
    [InlineData("""{"regions": {}}""", "")]
    [InlineData("""{"regions": [], "extra": 1}""", "")]
    [InlineData("""{"regions": []}""", "regions")]
    [InlineData("""{"regions": [1]}""", "regions[0]")]
    [InlineData("""{"regions": [{"file": ""}]}""", "regions[0].file")]
    [InlineData("""{"regions": [{"path": "a.json"}]}""", "regions[0]")]
    [InlineData("""{"regions": [{"file": "a.json", "province": 11}]}""", "regions[0].province")]
    [InlineData("""{"regions": [{"file": "a.json", "province": "3/3"}]}""", "regions[0].province")]
    [InlineData("""{"regions": [{"file": "a.json", "province": ""}]}""", "regions[0].province")]
    [InlineData("""{"regions": [{"file": "a.json"}, {"file": "./a.json"}]}""", "regions[1].file")]
    [InlineData("""{"regions": """, "manifest")]
    public void Manifest_OtherShapes_AreProblemsWithTheirPath(string json, string path)
    {
        var manifest = Path.Combine(_root, "manifest.json");
        File.WriteAllText(manifest, json, new UTF8Encoding(false));

        var problems = RegionSources.Manifest(manifest).Problems;

        Assert.Equal(path, Assert.Single(problems).Path);
    }

    [Fact]
    public async Task CompleteProvince_ThenMoreOfIt_GoesIntoANewFileOfThePartition()
    {
        var facts = RegionFacts.From(Demo.Document, Demo.Year, RuleSets.Default, Demo.Province).GetValueOrThrow();
        await using (var writer = new ParquetFactWriter(_root))
        {
            Assert.Empty(await writer.AddAsync(facts));
            await writer.CompleteProvinceAsync(Demo.Province);
            Assert.Empty(await writer.AddAsync(facts));
        }

        var partition = Path.Combine(_root, "capaian", $"year={Demo.Year}", $"province={Demo.Province}");
        Assert.Equal(["part-0.parquet", "part-1.parquet"], Directory.EnumerateFiles(partition).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal((2 * facts.Capaian.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {Duck.Table(_root, "capaian")}"));
    }

    private sealed class Collect(List<NationalRunProgress> reports) : IProgress<NationalRunProgress>
    {
        public void Report(NationalRunProgress value) => reports.Add(value);
    }
}
