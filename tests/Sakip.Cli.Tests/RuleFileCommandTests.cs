using System.Text.Json;
using Sakip.Cli.Demo;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

/// <summary>Rule set and band set files on the commands that take <c>--rule-set</c>: <c>--rule-set-file</c> and
/// <c>--band-set-file</c> add their sets to the catalogue before <c>--rule-set</c> is resolved.</summary>
public sealed class RuleFileCommandTests : IDisposable
{
    private const string Bands = """
        {
          "formatVersion": 1,
          "id": "kab-contoh-3",
          "version": 1,
          "name": "Skala tiga tingkat",
          "basis": "Perbup Contoh 12/2025",
          "edges": "lower-inclusive",
          "bands": [
            { "rank": 1, "lowerEdge": 100, "label": "Tercapai", "englishLabel": "Met" },
            { "rank": 2, "lowerEdge": 80, "label": "Hampir Tercapai", "englishLabel": "Nearly met" },
            { "rank": 3, "label": "Tidak Tercapai", "englishLabel": "Not met" }
          ]
        }
        """;

    private const string Rules = """
        {
          "formatVersion": 1,
          "id": "kab-contoh-2025",
          "version": 1,
          "name": "Kabupaten Contoh 2025",
          "legalBasis": "Perbup Contoh 12/2025",
          "negativeFormulaId": "negative-inverse",
          "cap": 110,
          "bands": "kab-contoh-3"
        }
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-rule-files-").FullName;

    public RuleFileCommandTests() => File.WriteAllText(Demo, SakipDocumentJson.Write(DemoRegion.Create()));

    private string Demo => Path.Combine(_dir, "demo.json");

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Measure_RuleSetFile_ChangesTheCapaianTable()
    {
        var bands = Write("bands.json", Bands);
        var rules = Write("rules.json", Rules);

        var builtIn = CliRunner.RunEnglish("measure", Demo, "--year", "2025", "--json");
        var mine = CliRunner.RunEnglish("measure", Demo, "--year", "2025", "--json", "--band-set-file", bands, "--rule-set-file", rules, "--rule-set", "kab-contoh-2025");

        Assert.Equal((0, ""), (mine.ExitCode, mine.Error));
        Assert.NotEqual(Capaian(builtIn.Output), Capaian(mine.Output));
        Assert.All(Capaian(mine.Output), c => Assert.True(c <= 110m, $"{c} above the file's cap"));
        Assert.Contains("negative-inverse", Values(mine.Output, "formula"));
        Assert.DoesNotContain("negative-inverse", Values(builtIn.Output, "formula"));
        Assert.Contains("kab-contoh-2025", mine.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_RuleSetFileWithTheBuiltInBandSet_NeedsNoBandSetFile()
    {
        var rules = Write("rules.json", Rules.Replace("kab-contoh-3", "lkjip-6", StringComparison.Ordinal));

        var run = CliRunner.RunEnglish("measure", Demo, "--year", "2025", "--rule-set-file", rules, "--rule-set", "kab-contoh-2025");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
    }

    [Fact]
    public void Measure_RuleSetFileNamingAnUnknownFormula_IsRefusedWithThePathAndTheId()
    {
        var rules = Write("rules.json", Rules.Replace("negative-inverse", "negatif-khusus", StringComparison.Ordinal).Replace("kab-contoh-3", "kemendagri-5", StringComparison.Ordinal));

        var run = CliRunner.RunEnglish("measure", Demo, "--year", "2025", "--rule-set-file", rules, "--rule-set", "kab-contoh-2025");

        Assert.Equal((2, ""), (run.ExitCode, run.Output));
        Assert.Contains($"sakip measure: invalid input: '{rules}': line 7, $.negativeFormulaId: no formula in the catalogue has the id 'negatif-khusus'", run.Error, StringComparison.Ordinal);
        Assert.Contains("negative-inverse", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_RuleSetFileNamingABandSetWithoutItsFile_NamesTheBandSetsAndTheFile()
    {
        var rules = Write("rules.json", Rules);

        var run = CliRunner.RunEnglish("measure", Demo, "--year", "2025", "--rule-set-file", rules, "--rule-set", "kab-contoh-2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"'{rules}': line 9, $.bands: no band set in the catalogue has the id 'kab-contoh-3' (the band sets are: kemendagri-5, lkjip-6)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Measure_BadBandSetFileAndMissingRuleSetFile_ReportsEveryProblem()
    {
        var bands = Write("bands.json", Bands.Replace("\"rank\": 2", "\"rank\": 5", StringComparison.Ordinal));
        var missing = Path.Combine(_dir, "nowhere.json");

        var run = CliRunner.RunEnglish("measure", Demo, "--year", "2025", "--band-set-file", bands, "--rule-set-file", missing, "--rule-set", "kab-contoh-2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains($"sakip measure: invalid input: '{bands}': line 10, $.bands[1].rank:", run.Error, StringComparison.Ordinal);
        Assert.Contains($"sakip measure: invalid input: '{missing}': no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSetFile_KeepingABuiltInIdButChangingIt_IsRefused()
    {
        var rules = Write("rules.json", Rules.Replace("kab-contoh-2025", "sakip-reflected", StringComparison.Ordinal).Replace("kab-contoh-3", "kemendagri-5", StringComparison.Ordinal));

        var run = CliRunner.RunEnglish("measure", Demo, "--year", "2025", "--rule-set-file", rules);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("built-in rule set", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tree")]
    [InlineData("whatif")]
    [InlineData("demo")]
    public void OtherCommands_TakeTheRuleFiles(string command)
    {
        var bands = Write("bands.json", Bands);
        var rules = Write("rules.json", Rules);
        string[] files = ["--band-set-file", bands, "--rule-set-file", rules, "--rule-set", "kab-contoh-2025"];
        string[] args = command switch
        {
            "tree" => ["tree", Demo, "--year", "2025", .. files],
            "whatif" => ["whatif", Demo, "--set", "IKU-01=5", .. files],
            _ => ["demo", .. files],
        };

        var run = CliRunner.RunEnglish(args);
        var unknown = CliRunner.RunEnglish([.. args.Take(args.Length - 6), "--rule-set", "kab-contoh-2025"]);

        Assert.Equal("", run.Error);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(2, unknown.ExitCode);
    }

    private static List<decimal> Capaian(string json) =>
        [.. Indicators(json).Where(i => i.GetProperty("capaian").ValueKind == JsonValueKind.Number).Select(i => i.GetProperty("capaian").GetDecimal())];

    private static List<string> Values(string json, string name) => [.. Indicators(json).Select(i => i.GetProperty(name).GetString() ?? "")];

    private static List<JsonElement> Indicators(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("agreements").EnumerateArray()
            .SelectMany(a => a.GetProperty("sasaran").EnumerateArray())
            .SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Select(i => i.Clone())];
    }
}
