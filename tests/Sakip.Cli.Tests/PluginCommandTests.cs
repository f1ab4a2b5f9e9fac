using System.Reflection;
using System.Text.Json;
using Sakip.Cli.Demo;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

/// <summary>The sample plugin (samples/ProvinsiContoh.Plugin), built as its own assembly, used by the commands through
/// <c>--plugin</c>.</summary>
public sealed class PluginCommandTests : IDisposable
{
    private static readonly string Plugin = Path.Combine(
        Sakip.Domain.Tests.RepositoryFiles.Root, "samples", "ProvinsiContoh.Plugin", "bin", typeof(PluginCommandTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration, "net10.0");

    private readonly string _demo = Path.Combine(Path.GetTempPath(), $"sakip-plugin-doc-{Guid.NewGuid():N}.json");
    private readonly string _answers = Path.Combine(Path.GetTempPath(), $"sakip-plugin-lke-{Guid.NewGuid():N}.json");

    public PluginCommandTests() => File.WriteAllText(_demo, SakipDocumentJson.Write(DemoRegion.Create()));

    public void Dispose()
    {
        File.Delete(_demo);
        File.Delete(_answers);
    }

    [Fact]
    public void Measure_PluginRuleSet_ChangesTheCapaianTable()
    {
        var builtIn = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--json");
        var plugin = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--json", "--plugin", Plugin, "--rule-set", "provinsi-contoh-2025");

        Assert.Equal((0, ""), (plugin.ExitCode, plugin.Error));
        Assert.NotEqual(Capaian(builtIn.Output), Capaian(plugin.Output));
        Assert.Contains("negative-inverse", Formulas(plugin.Output));
        Assert.DoesNotContain("negative-inverse", Formulas(builtIn.Output));
        Assert.All(Capaian(plugin.Output), c => Assert.True(c <= 120m, $"{c} above the plugin's cap"));
    }

    [Fact]
    public void Measure_PluginRuleSetWithoutThePlugin_NamesTheRuleSetsThereAre()
    {
        var run = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--rule-set", "provinsi-contoh-2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--rule-set 'provinsi-contoh-2025': no rule set has that id; the rule sets are: sakip-reflected, sakip-inverse", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Tree_PluginStrategy_ChangesTheTree()
    {
        var mean = CliRunner.RunEnglish("tree", _demo, "--year", "2025");
        var median = CliRunner.RunEnglish("tree", _demo, "--year", "2025", "--plugin", Plugin, "--strategy", "provinsi-contoh-median");

        Assert.Equal((0, ""), (median.ExitCode, median.Error));
        Assert.NotEqual(mean.Output, median.Output);
    }

    [Fact]
    public void Tree_UnknownStrategy_NamesTheStrategiesThereAre()
    {
        var run = CliRunner.RunEnglish("tree", _demo, "--year", "2025", "--strategy", "median");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--strategy 'median': no roll-up strategy has that id; the roll-up strategys are: mean, weighted-mean, worst, ratio-of-sums", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PluginRule_AddsFindings()
    {
        var builtIn = CliRunner.RunEnglish("check", _demo, "--json");
        var plugin = CliRunner.RunEnglish("check", _demo, "--json", "--plugin", Plugin);

        Assert.Equal((0, ""), (plugin.ExitCode, plugin.Error));
        Assert.DoesNotContain("PROV-001", Rules(builtIn.Output));
        Assert.Contains("PROV-001", Rules(plugin.Output));
        Assert.Equal(Rules(builtIn.Output).Count, Rules(plugin.Output).Count(r => r != "PROV-001"));
    }

    [Fact]
    public void Check_SkipAndFailOn_GateAPipeline()
    {
        var gated = CliRunner.RunEnglish("check", _demo, "--fail-on", "error");
        var warned = CliRunner.RunEnglish("check", _demo, "--fail-on", "warning", "--plugin", Plugin);
        var skipped = CliRunner.RunEnglish("check", _demo, "--json", "--skip", "ALN-004", "--skip", "aln-008");
        var unknown = CliRunner.RunEnglish("check", _demo, "--skip", "ALN-999");

        Assert.Equal(1, gated.ExitCode);
        Assert.Equal(1, warned.ExitCode);
        Assert.Equal(0, skipped.ExitCode);
        Assert.DoesNotContain("ALN-004", Rules(skipped.Output));
        Assert.DoesNotContain("ALN-008", Rules(skipped.Output));
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--skip 'ALN-999': no rule has that id", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Lke_PluginWorksheet_WritesATemplateAndScoresIt()
    {
        var template = CliRunner.RunEnglish("lke", "template", "--plugin", Plugin, "--scheme", "provinsi-contoh-lke-2025", "--subject", "Provinsi Contoh", "--year", "2025", "--output", _answers);
        Assert.Equal((0, ""), (template.ExitCode, template.Error));

        var score = CliRunner.RunEnglish("lke", "score", _answers, "--plugin", Plugin, "--json");
        var without = CliRunner.RunEnglish("lke", "score", _answers);

        Assert.Equal((0, ""), (score.ExitCode, score.Error));
        Assert.Contains("provinsi-contoh-lke-2025", score.Output, StringComparison.Ordinal);
        Assert.Equal(2, without.ExitCode);
    }

    [Fact]
    public void Predikat_PluginWorksheet_GradesUnderItsTable()
    {
        var run = CliRunner.RunEnglish("predikat", "85", "--plugin", Plugin, "--scheme", "provinsi-contoh-lke-2025");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("A Satisfying", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_PluginRuleSet_ChangesTheDemo()
    {
        var run = CliRunner.RunEnglish("demo", "--plugin", Plugin, "--rule-set", "provinsi-contoh-2025");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("provinsi-contoh-2025", run.Output, StringComparison.Ordinal);
        Assert.Contains("PROV-001", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Plugin_Broken_IsAClearErrorWithExitTwo()
    {
        var notAPlugin = Path.Combine(Path.GetTempPath(), $"sakip-broken-plugin-{Guid.NewGuid():N}.dll");
        File.WriteAllText(notAPlugin, "MZ not really");
        try
        {
            var broken = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--plugin", notAPlugin);
            var missing = CliRunner.RunEnglish("check", _demo, "--plugin", "no/such/folder");

            Assert.Equal(2, broken.ExitCode);
            Assert.Contains($"--plugin '{notAPlugin}': '{notAPlugin}' could not be loaded as a .NET assembly", broken.Error, StringComparison.Ordinal);
            Assert.Equal(2, missing.ExitCode);
            Assert.Contains("no plugin assembly or folder at 'no/such/folder'", missing.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(notAPlugin);
        }
    }

    [Fact]
    public void Plugin_LoadedTwice_IsOneSetOfRules()
    {
        var run = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--plugin", Plugin, "--plugin", Plugin, "--rule-set", "provinsi-contoh-2025");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
    }

    [Fact]
    public void Measure_DocumentNamingAFormula_UsesItOrIsRefusedWhenUnknown()
    {
        var document = DemoRegion.Create();
        var builder = document.ToBuilder();
        var agreed = document.PerjanjianKinerja.Where(pk => pk.Year == 2025).SelectMany(pk => pk.Targets).Select(t => t.IndicatorId).ToHashSet();
        var index = builder.Indicators.FindIndex(i => i.Polarity == Domain.Achievement.Polarity.Negative && agreed.Contains(i.Id));
        builder.Indicators[index] = builder.Indicators[index] with { FormulaId = "negative-plain-ratio" };
        File.WriteAllText(_demo, SakipDocumentJson.Write(builder.Build().GetValueOrThrow()));

        var run = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--json");

        Assert.Equal((0, ""), (run.ExitCode, run.Error));
        Assert.Contains("negative-plain-ratio", Formulas(run.Output));
        Assert.Contains("\"formulaId\": \"negative-plain-ratio\"", File.ReadAllText(_demo), StringComparison.Ordinal);

        builder.Indicators[index] = builder.Indicators[index] with { FormulaId = "provinsi-contoh-ratio" };
        File.WriteAllText(_demo, SakipDocumentJson.Write(builder.Build().GetValueOrThrow()));
        var refused = CliRunner.RunEnglish("measure", _demo, "--year", "2025");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"indicators[{index}].formulaId: no formula in the catalogue has the id 'provinsi-contoh-ratio'", refused.Error, StringComparison.Ordinal);
        Assert.Contains("--plugin", refused.Error, StringComparison.Ordinal);
        Assert.Equal("", refused.Output);
    }

    [Fact]
    public void Measure_DocumentStatingItsRuleSet_IsMeasuredUnderItUnlessAsked()
    {
        var builder = DemoRegion.Create().ToBuilder();
        builder.RuleSetId = "sakip-inverse";
        File.WriteAllText(_demo, SakipDocumentJson.Write(builder.Build().GetValueOrThrow()));

        var stated = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--json");
        var asked = CliRunner.RunEnglish("measure", _demo, "--year", "2025", "--json", "--rule-set", "sakip-reflected");

        Assert.Equal((0, 0), (stated.ExitCode, asked.ExitCode));
        Assert.Contains("negative-inverse", Formulas(stated.Output));
        Assert.DoesNotContain("negative-inverse", Formulas(asked.Output));

        builder.RuleSetId = "provinsi-contoh-2025";
        File.WriteAllText(_demo, SakipDocumentJson.Write(builder.Build().GetValueOrThrow()));
        var unknown = CliRunner.RunEnglish("tree", _demo, "--year", "2025");
        var withPlugin = CliRunner.RunEnglish("tree", _demo, "--year", "2025", "--plugin", Plugin);

        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("ruleSetId: no rule set in the catalogue has the id 'provinsi-contoh-2025'", unknown.Error, StringComparison.Ordinal);
        Assert.Equal((0, ""), (withPlugin.ExitCode, withPlugin.Error));
    }

    [Fact]
    public void PredikatAndLkeTemplate_SchemeFile_UseItsScheme()
    {
        var custom = Domain.Evaluations.EvaluationScheme.Create(Domain.Evaluations.EvaluationSchemes.PermenPanRb88Of2021.ToDefinition() with
        {
            Id = "inspektorat-contoh",
            Version = 1,
            Changes = [],
        }).GetValueOrThrow();
        File.WriteAllText(_answers, EvaluationSchemeJson.Write(custom));

        var predikat = CliRunner.RunEnglish("predikat", "85", "--scheme-file", _answers, "--json");
        var template = CliRunner.RunEnglish("lke", "template", "--scheme-file", _answers);
        var named = CliRunner.RunEnglish("predikat", "85", "--scheme-file", _answers, "--scheme", "permenpanrb-12-2015", "--json");
        var unknown = CliRunner.RunEnglish("lke", "template", "--scheme", "inspektorat-contoh");

        Assert.Equal((0, ""), (predikat.ExitCode, predikat.Error));
        Assert.Contains("\"scheme\":\"inspektorat-contoh\"", predikat.Output, StringComparison.Ordinal);
        Assert.Equal((0, ""), (template.ExitCode, template.Error));
        Assert.Contains("inspektorat-contoh", template.Output, StringComparison.Ordinal);
        Assert.Contains("\"scheme\":\"permenpanrb-12-2015\"", named.Output, StringComparison.Ordinal);
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("--scheme 'inspektorat-contoh': no evaluation scheme has that id", unknown.Error, StringComparison.Ordinal);
    }

    private static List<decimal> Capaian(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. Indicators(document.RootElement).Where(i => i.GetProperty("capaian").ValueKind == JsonValueKind.Number).Select(i => i.GetProperty("capaian").GetDecimal())];
    }

    private static List<string> Formulas(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. Indicators(document.RootElement).Select(i => i.GetProperty("formula").GetString() ?? "")];
    }

    private static List<JsonElement> Indicators(JsonElement root) =>
        root.GetProperty("agreements").EnumerateArray()
            .SelectMany(a => a.GetProperty("sasaran").EnumerateArray())
            .SelectMany(s => s.GetProperty("indicators").EnumerateArray())
            .Select(i => i.Clone())
            .ToList();

    private static List<string> Rules(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("rule").GetString()!)];
    }
}
