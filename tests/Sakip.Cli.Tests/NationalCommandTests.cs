using System.Text.Json;
using Sakip.Cli.Demo;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

/// <summary><c>sakip national</c>: a folder or manifest of documents, a broken one reported and skipped, the fact
/// tables written, the summary as text and JSON, and the exit codes.</summary>
public sealed class NationalCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("sakip-national-").FullName;

    public NationalCommandTests()
    {
        Directory.CreateDirectory(Path.Combine(Docs, "33"));
        File.WriteAllText(Path.Combine(Docs, "33", "33.99.sakip.json"), SakipDocumentJson.Write(DemoRegion.Create()));
        File.WriteAllText(Path.Combine(Docs, "33", "33.98.sakip.json"), """{"region": """);
    }

    private string Docs => Path.Combine(_folder, "docs");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Folder_WritesTheFacts_AndListsTheBrokenRegion()
    {
        var facts = Path.Combine(_folder, "facts");

        var run = CliRunner.RunEnglish("national", Docs, "--facts", facts, "--parallel", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(string.Empty, run.Error);
        Assert.Contains("sakip national: 2 regions: 1 completed, 0 partial, 1 skipped", run.Output, StringComparison.Ordinal);
        Assert.Contains("fact rows: 46 capaian, 125 tree nodes, 12 LKE", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"33/33\.99\.sakip\.json\s+33\.99\s+Kabupaten Contoh\s+completed\s+4/4\s+2025 B", run.Output);
        Assert.Contains("33/33.98.sakip.json\n    line 1, $.region:", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(facts, "capaian", "year=2025", "province=33", "part-0.parquet")));
    }

    [Fact]
    public void Json_ListsEveryRegionWithItsProblems()
    {
        var run = CliRunner.RunEnglish("national", Docs, "--json", "--no-review");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal((2, 1, 1), (root.GetProperty("regions").GetInt32(), root.GetProperty("completed").GetInt32(), root.GetProperty("skipped").GetInt32()));
        var results = root.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(["33/33.98.sakip.json", "33/33.99.sakip.json"], results.Select(r => r.GetProperty("source").GetString()));
        Assert.Equal("skipped", results[0].GetProperty("status").GetString());
        Assert.Equal("json-syntax", results[0].GetProperty("problems")[0].GetProperty("code").GetString());
        Assert.False(results[1].TryGetProperty("reviewErrors", out _));
        Assert.Equal("B", results[1].GetProperty("years")[0].GetProperty("grade").GetString());
    }

    [Fact]
    public void FailOnSkipped_ExitsOne_ProgressLinesGoToStandardError()
    {
        var run = CliRunner.RunEnglish("national", Docs, "--fail-on", "skipped", "--progress", "lines", "--no-review");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(
            ["[1/2] 33/33.98.sakip.json: skipped", "[2/2] 33.99: completed"],
            run.Error.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n').Select(l => l[..l.IndexOf(" (", StringComparison.Ordinal)]));
    }

    [Fact]
    public void Indonesian_IsTheDefault()
    {
        var run = CliRunner.Run("national", Docs, "--no-review");

        Assert.Contains("sakip national: 2 daerah: 1 selesai, 0 sebagian, 1 dilewati", run.Output, StringComparison.Ordinal);
        Assert.Contains("(tidak ditulis: tanpa --facts)", run.Output, StringComparison.Ordinal);
        Assert.Contains("baris 1, $.region:", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--parallel", "0", "--parallel 0: at least 1")]
    [InlineData("--year", "1800", "--year 1800: the year must be between 1900 and 2200")]
    [InlineData("--year", "0", "--year 0: the year must be between 1900 and 2200")]
    public void BadOptions_ExitTwo(string option, string value, string message)
    {
        var run = CliRunner.RunEnglish("national", Docs, option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AManifestWithProblems_ExitsTwo_WithEachPath()
    {
        var manifest = Path.Combine(_folder, "manifest.json");
        File.WriteAllText(manifest, """{"regions": [{"file": "docs/33/33.99.sakip.json"}, {"file": 3}]}""");

        var run = CliRunner.RunEnglish("national", manifest);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("regions[1].file: a region needs \"file\"", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutDocuments_ExitsTwo()
    {
        var empty = Directory.CreateDirectory(Path.Combine(_folder, "empty")).FullName;

        var run = CliRunner.RunEnglish("national", empty);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no document (*.sakip.json) in this folder", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void FactsFolderThatIsAFile_ExitsTwo()
    {
        var file = Path.Combine(_folder, "a-file");
        File.WriteAllText(file, "x");

        var run = CliRunner.RunEnglish("national", Docs, "--facts", file);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"--facts '{file}': cannot be written", run.Error, StringComparison.Ordinal);
    }
}
