using System.Text.Json;
using Sakip.Cli.Demo;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

public sealed class DocumentCommandTests : IDisposable
{
    private readonly string _demo = Path.Combine(Path.GetTempPath(), $"sakip-doc-{Guid.NewGuid():N}.json");
    private readonly string _bad = Path.Combine(Path.GetTempPath(), $"sakip-bad-{Guid.NewGuid():N}.json");

    public DocumentCommandTests()
    {
        File.WriteAllText(_demo, SakipDocumentJson.Write(DemoRegion.Create()));
        File.WriteAllText(_bad, "{\n  \"formatVersion\": 1,\n  \"region\": {\"code\": \"33.99\", \"name\": \"X\", \"kind\": \"regency\", \"mayor\": \"?\"}\n}\n");
    }

    public void Dispose()
    {
        File.Delete(_demo);
        File.Delete(_bad);
    }

    [Fact]
    public void Check_Json_ListsEveryDeliberateProblem()
    {
        var run = CliRunner.RunEnglish("check", _demo, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray()
            .Select(f => (f.GetProperty("rule").GetString(), f.GetProperty("path").GetString()))
            .ToHashSet();
        foreach (var problem in DemoRegion.DeliberateProblems)
        {
            Assert.Contains((problem.RuleId, problem.Path), findings);
        }

        Assert.True(json.RootElement.GetProperty("coverage").GetProperty("rpjmdSasaranSupported").GetProperty("percent").GetDecimal() < 100m);
    }

    [Fact]
    public void Check_English_WordsFindingsInEnglish()
    {
        var run = CliRunner.RunEnglish("check", _demo, "--lang", "en");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("supports no RPJMD sasaran", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("measure")]
    public void DocumentCommands_BadFile_ExitTwoNamingPathAndLine(string command)
    {
        var run = command == "check" ? CliRunner.RunEnglish("check", _bad) : CliRunner.RunEnglish("measure", _bad, "--year", "2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("$.region.mayor", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 3", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DocumentCommands_MissingFile_ExitTwo()
    {
        var run = CliRunner.RunEnglish("check", Path.Combine(Path.GetTempPath(), "no-such-sakip-file.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_Json_HasStatusCapaianAndBandPerIndicator()
    {
        var run = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--json", "--rounding", "truncate", "--decimals", "1");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var indicators = json.RootElement.GetProperty("agreements").EnumerateArray()
            .SelectMany(a => a.GetProperty("sasaran").EnumerateArray())
            .SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .ToArray();
        var akb = indicators.First(i => i.GetProperty("name").GetString() == "Angka kematian bayi");
        Assert.Equal(113.3m, akb.GetProperty("capaian").GetDecimal());
        Assert.Contains(indicators, i => i.GetProperty("status").GetString() == "not-reported" && i.GetProperty("capaian").ValueKind == JsonValueKind.Null);
    }

    [Theory]
    [InlineData("--year", "2024")]
    [InlineData("--year", "2025", "--as-of", "2026-Q1")]
    [InlineData("--year", "2025", "--as-of", "later")]
    [InlineData("--year", "2025", "--decimals", "99")]
    public void Measure_BadOptions_ExitTwo(params string[] options)
    {
        var run = CliRunner.RunEnglish(["measure", _demo, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
    }
}
