using System.Globalization;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Tree;

namespace Sakip.Domain.Analytics.Tests;

/// <summary>The Parquet files are read back by DuckDB with the library's rows and figures, partitions and nulls;
/// same input, same bytes; several threads write the same rows as one.</summary>
public sealed class ParquetFactWriterTests : IDisposable
{
    private readonly string _root = Demo.NewFolder();

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static RegionFacts DemoFacts() => RegionFacts.From(Demo.Document, Demo.Year, RuleSets.Default, Demo.Province).GetValueOrThrow();

    private static async Task WriteAsync(string root, ParquetFactWriterOptions? options, params RegionFacts[] regions)
    {
        await using var writer = new ParquetFactWriter(root, options);
        foreach (var facts in regions)
        {
            Assert.Empty(await writer.AddAsync(facts));
        }
    }

    [Fact]
    public async Task Demo_ReadByDuckDb_HasTheLibrarysRowCountsAndPartitions()
    {
        var facts = DemoFacts();

        await WriteAsync(_root, null, facts);

        Assert.True(File.Exists(Path.Combine(_root, "capaian", "year=2025", "province=33", "part-0.parquet")));
        Assert.Equal(facts.Capaian.Count.ToString(CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {Duck.Table(_root, "capaian")}"));
        Assert.Equal(facts.Tree.Count.ToString(CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {Duck.Table(_root, "tree")}"));
        Assert.Equal(facts.Evaluations.Count.ToString(CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {Duck.Table(_root, "evaluation")}"));
        foreach (var table in new[] { "capaian", "tree", "evaluation" })
        {
            var partitions = Duck.Rows($"SELECT DISTINCT year, province FROM {Duck.Table(_root, table)}");
            Assert.Equal("2025|33", string.Join('|', Assert.Single(partitions)));
        }
    }

    [Fact]
    public async Task Demo_ReadByDuckDb_HasTheLibrarysFigures()
    {
        var report = new PerformanceMeasurement(RuleSets.Default).Measure(Demo.Document, Demo.Year).GetValueOrThrow();
        var tree = PerformanceTreeFactory.FromDocument(Demo.Document, Demo.Year).GetValueOrThrow();
        var nodes = new TreeEvaluator(new RollUpOptions { Rules = RuleSets.Default }).Evaluate(tree);
        var lke = Demo.Document.Evaluations.Single(e => e.Year == Demo.Year).Score();

        await WriteAsync(_root, null, DemoFacts());

        // Every capaian: exact (28 digits after the point), presented, band; an agency's row and the head of region's.
        foreach (var agreement in report.Agreements)
        {
            foreach (var row in agreement.Sasaran.SelectMany(s => s.Indicators))
            {
                var read = Duck.Rows($"SELECT capaian_exact, capaian_presented, band_rank, band_label, realisation, agency_code FROM {Duck.Table(_root, "capaian")} WHERE agreement_id = '{agreement.PerjanjianKinerjaId}' AND indicator_id = '{row.IndicatorId}'").Single();
                Assert.Equal(row.Result.Percent?.Value, Duck.Decimal(read[0]));
                Assert.Equal(row.Result.Presented?.Value, Duck.Decimal(read[1]));
                Assert.Equal(row.Result.Band?.Rank.ToString(CultureInfo.InvariantCulture), read[2]);
                Assert.Equal(row.Result.Band?.Label.Indonesian, read[3]);
                Assert.Equal(row.Realisation?.Value, Duck.Decimal(read[4]));
                Assert.Equal(agreement.Agency?.ToString(), read[5]);
            }
        }

        // Tree node values.
        foreach (var node in tree.Nodes.Take(40))
        {
            var read = Duck.Rows($"SELECT value_exact, value_presented, band_label, parent_id FROM {Duck.Table(_root, "tree")} WHERE node_id = '{node.Id.Replace("'", "''", StringComparison.Ordinal)}'").Single();
            Assert.Equal(nodes[node.Id].Value?.Value, Duck.Decimal(read[0]));
            Assert.Equal(nodes[node.Id].Presented?.Value, Duck.Decimal(read[1]));
            Assert.Equal(nodes[node.Id].Band?.Label.Indonesian, read[2]);
        }

        // The LKE grade and total, and a component score.
        Assert.NotNull(lke.Grade);
        var totals = Duck.Rows($"SELECT DISTINCT grade_code, total, total_presented FROM {Duck.Table(_root, "evaluation")}").Single();
        Assert.Equal(lke.Grade.Code, totals[0]);
        Assert.Equal(lke.Total, Duck.Decimal(totals[1]));
        Assert.Equal(lke.PresentedTotal, Duck.Decimal(totals[2]));
        var component = lke.Components[1];
        Assert.Equal(component.Score, Duck.Decimal(Duck.Scalar($"SELECT DISTINCT component_score FROM {Duck.Table(_root, "evaluation")} WHERE component_id = '{component.Component.Id}'")));
    }

    [Fact]
    public async Task Unreported_ReadByDuckDb_StaysNullNotZero()
    {
        // The demo with its realisations of one indicator removed: not reported, so no realisation and no capaian.
        var builder = Demo.Document.ToBuilder();
        var indicator = Demo.Document.PerjanjianKinerja.First(pk => pk.Year == Demo.Year && pk.Agency is not null).Targets[0].IndicatorId;
        builder.Realisations.RemoveAll(r => r.IndicatorId == indicator);
        var document = builder.Build().GetValueOrThrow();
        var facts = RegionFacts.From(document, Demo.Year, RuleSets.Default, Demo.Province).GetValueOrThrow();
        var unreported = facts.Capaian.Count(f => f.CapaianExact is null);
        Assert.True(unreported > 0);

        await WriteAsync(_root, null, facts);

        var table = Duck.Table(_root, "capaian");
        Assert.Equal(unreported.ToString(CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {table} WHERE capaian_exact IS NULL AND capaian_presented IS NULL AND band_rank IS NULL"));
        Assert.Equal("notReported", Duck.Scalar($"SELECT DISTINCT status FROM {table} WHERE indicator_id = '{indicator}'"));
        Assert.Null(Duck.Scalar($"SELECT max(realisation) FROM {table} WHERE indicator_id = '{indicator}'"));
        Assert.Equal("0", Duck.Scalar($"SELECT count(*) FROM {table} WHERE capaian_exact = 0"));
    }

    [Fact]
    public async Task SameInput_WritesTheSameBytes_InAnyCulture()
    {
        var other = Demo.NewFolder();
        var culture = CultureInfo.CurrentCulture;
        try
        {
            await WriteAsync(_root, new ParquetFactWriterOptions { RowGroupRows = 10 }, DemoFacts());
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = comma;
            await WriteAsync(other, new ParquetFactWriterOptions { RowGroupRows = 10 }, DemoFacts());

            var files = Directory.GetFiles(_root, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(_root, f)).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(3, files.Count);
            Assert.Equal(files, Directory.GetFiles(other, "*.parquet", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(other, f)).Order(StringComparer.Ordinal));
            foreach (var file in files)
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(_root, file)), File.ReadAllBytes(Path.Combine(other, file)));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            Directory.Delete(other, recursive: true);
        }
    }

    [Fact]
    public async Task SmallRowGroups_SplitEachPartitionIntoRowGroupsOfThatSize()
    {
        var facts = DemoFacts();

        await WriteAsync(_root, new ParquetFactWriterOptions { RowGroupRows = 7 }, facts);

        var file = Path.Combine(_root, "capaian", "year=2025", "province=33", "part-0.parquet");
        var groups = Duck.Rows($"SELECT row_group_id, row_group_num_rows FROM parquet_metadata('{file}') GROUP BY ALL ORDER BY row_group_id");
        Assert.Equal((facts.Capaian.Count + 6) / 7, groups.Count);
        Assert.All(groups.SkipLast(1), g => Assert.Equal("7", g[1]));
    }

    [Fact]
    public async Task FourThreads_WriteTheSameRowsAsOne()
    {
        var regions = Enumerable.Range(1, 12)
            .Select(i => (Code: $"{(i % 2 == 0 ? "33" : "34")}.{i:D2}", Province: i % 2 == 0 ? "33" : "34"))
            .Select(r => RegionFacts.From(Demo.AsRegion(r.Code, "Kabupaten " + r.Code), Demo.Year, RuleSets.Default, r.Province).GetValueOrThrow())
            .ToArray();
        var options = new ParquetFactWriterOptions { RowGroupRows = 25 };
        var parallel = Demo.NewFolder();
        try
        {
            await WriteAsync(_root, options, regions);
            await using (var writer = new ParquetFactWriter(parallel, options))
            {
                await Parallel.ForEachAsync(regions, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (facts, token) =>
                    Assert.Empty(await writer.AddAsync(facts, token)));
            }

            foreach (var table in new[] { "capaian", "tree", "evaluation" })
            {
                var one = Duck.Rows($"SELECT * FROM {Duck.Table(_root, table)} ORDER BY ALL");
                var four = Duck.Rows($"SELECT * FROM {Duck.Table(parallel, table)} ORDER BY ALL");
                Assert.Equal(one.Count, four.Count);
                Assert.Equal(one.Select(r => string.Join('|', r)), four.Select(r => string.Join('|', r)));
            }

            Assert.Equal(regions.Sum(r => r.Capaian.Count).ToString(CultureInfo.InvariantCulture), Duck.Scalar($"SELECT count(*) FROM {Duck.Table(parallel, "capaian")}"));
            Assert.Equal("33|34", string.Join('|', Duck.Rows($"SELECT DISTINCT province FROM {Duck.Table(parallel, "capaian")} ORDER BY 1").Select(r => r[0])));
        }
        finally
        {
            Directory.Delete(parallel, recursive: true);
        }
    }

    [Fact]
    public async Task FigureThatDoesNotFit_IsAProblem_AndNothingOfTheRegionIsWritten()
    {
        var facts = DemoFacts();
        var tooBig = facts.Capaian[0] with { Realisation = 123_456_789_012_345_678_901m };
        var tooFine = facts.Capaian[1] with { TargetLower = 0.1234567890123456789m };
        var tooLarge = facts.Tree[0] with { ValueExact = 12_345_678_901m };
        var bad = new RegionFacts(facts.ProvinceCode, facts.Year, [tooBig, tooFine, .. facts.Capaian.Skip(2)], [tooLarge, .. facts.Tree.Skip(1)], facts.Evaluations);

        await using (var writer = new ParquetFactWriter(_root))
        {
            var problems = await writer.AddAsync(bad);

            Assert.Equal(3, problems.Count);
            Assert.All(problems, p => Assert.Equal("analytics-decimal-does-not-fit", p.Reason.Code));
            Assert.Equal(["capaian[0].realisation", "capaian[1].target_lower", "tree[0].value_exact"], problems.Select(p => p.Path));
            Assert.Contains("DECIMAL(38,18)", problems[0].Reason.Message.English, StringComparison.Ordinal);
            Assert.Contains("DECIMAL(38,28)", problems[2].Reason.Message.Indonesian, StringComparison.Ordinal);
        }

        Assert.Empty(Directory.GetFiles(_root, "*.parquet", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task ClosedWriter_AddIsAProblem()
    {
        var writer = new ParquetFactWriter(_root);
        await writer.DisposeAsync();

        var problems = await writer.AddAsync(DemoFacts());

        Assert.Equal("analytics-writer-closed", Assert.Single(problems).Reason.Code);
    }

    [Theory]
    [InlineData("0", 38, 28, true)]
    [InlineData("66.666666666666666666666666667", 38, 28, true)]
    [InlineData("9999999999.9999999999999999999", 38, 28, false)]
    [InlineData("9999999999", 38, 28, true)]
    [InlineData("10000000000", 38, 28, false)]
    [InlineData("-9999999999.5", 38, 28, true)]
    [InlineData("99999999999999999999.999999999", 38, 18, false)]
    [InlineData("99999999999999999999", 38, 18, true)]
    [InlineData("1.000000000000000000000000", 38, 18, true)]
    [InlineData("0.0000000000000000001", 38, 18, false)]
    public void Fits_HoldsAValueOnlyWithoutRounding(string value, int precision, int scale, bool fits) =>
        Assert.Equal(fits, FactColumn.Fits(decimal.Parse(value, CultureInfo.InvariantCulture), precision, scale));

    [Fact]
    public void Options_RowGroupRowsBelowOne_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParquetFactWriterOptions { RowGroupRows = 0 });
        Assert.Throws<ArgumentException>(() => new ParquetFactWriter(" "));
    }
}
