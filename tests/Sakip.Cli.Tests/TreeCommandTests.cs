using System.Xml.Linq;
using Sakip.Cli.Demo;
using Sakip.Domain.Json;

namespace Sakip.Cli.Tests;

public sealed class TreeCommandTests : IDisposable
{
    private const string Dinkes = "1.02.0.00.0.00.01.0000";
    private readonly string _demo = Path.Combine(Path.GetTempPath(), $"sakip-tree-{Guid.NewGuid():N}.json");
    private readonly string _out = Path.Combine(Path.GetTempPath(), $"sakip-tree-{Guid.NewGuid():N}.out");

    public TreeCommandTests() => File.WriteAllText(_demo, SakipDocumentJson.Write(DemoRegion.Create()));

    public void Dispose()
    {
        File.Delete(_demo);
        File.Delete(_out);
    }

    [Fact]
    public void Tree_Text_ShowsRolledUpFiguresWithBands()
    {
        var run = CliRunner.RunEnglish("tree", _demo, "--year", "2025", "--depth", "1");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Meningkatnya derajat kesehatan masyarakat [", run.Output, StringComparison.Ordinal);
        Assert.Contains("Very high", run.Output, StringComparison.Ordinal);
        Assert.Contains("node(s) below", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tree_Agency_ShowsThatAgencyAndWhatItServes()
    {
        var run = CliRunner.RunEnglish("tree", _demo, "--year", "2025", "--agency", Dinkes);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1.02.02.2.02.0001", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("1.01.02", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("svg")]
    [InlineData("mermaid")]
    [InlineData("dot")]
    public void Tree_DiagramFormats_WriteTheFile(string format)
    {
        var run = CliRunner.RunEnglish("tree", _demo, "--year", "2025", "--agency", Dinkes, "--format", format, "--output", _out);

        Assert.Equal(0, run.ExitCode);
        var text = File.ReadAllText(_out);
        switch (format)
        {
            case "svg":
                Assert.Equal("svg", XDocument.Parse(text).Root!.Name.LocalName);
                break;
            case "mermaid":
                Assert.StartsWith("flowchart", text.TrimStart(), StringComparison.Ordinal);
                break;
            default:
                Assert.StartsWith("digraph", text.TrimStart(), StringComparison.Ordinal);
                break;
        }
    }

    [Theory]
    [InlineData("--year", "2025", "--agency", "9.99")]
    [InlineData("--year", "2025", "--agency", "1.99.0.00.0.00.01.0000")]
    [InlineData("--year", "2025", "--depth", "-1")]
    [InlineData("--year", "2025", "--as-of", "2024-Q1")]
    [InlineData("--year", "2025", "--format", "png")]
    public void Tree_BadOptions_ExitTwo(params string[] options)
    {
        var run = CliRunner.RunEnglish(["tree", _demo, .. options]);

        Assert.Equal(2, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
    }

    [Fact]
    public void WhatIf_WorseRealisation_ShowsTheNodesThatDropAndTheBandChange()
    {
        var run = CliRunner.RunEnglish("whatif", _demo, "--set", "IKU-01=14");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Meningkatnya derajat kesehatan masyarakat", run.Output, StringComparison.Ordinal);
        Assert.Contains("->", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void WhatIf_SameValue_ChangesNothing()
    {
        var run = CliRunner.RunEnglish("whatif", _demo, "--set", "IKU-01=10.4");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("No node", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NOPE-1=3")]
    [InlineData("IKU-01")]
    [InlineData("IKU-01=abc")]
    public void WhatIf_BadSetting_ExitsTwo(string setting)
    {
        var run = CliRunner.RunEnglish("whatif", _demo, "--set", setting);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--set", run.Error, StringComparison.Ordinal);
    }
}
