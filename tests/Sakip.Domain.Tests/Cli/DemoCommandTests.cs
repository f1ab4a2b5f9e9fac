using Sakip.Cli.Demo;
using Sakip.Domain.Achievement;

namespace Sakip.Domain.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_EmbeddedData_LoadsWithoutProblems()
    {
        var (indicators, problems) = DemoData.LoadIndicators();

        Assert.Empty(problems);
        Assert.True(indicators.Count >= 12);
        Assert.Contains(indicators, i => i.Target.IsRange);
        Assert.Contains(indicators, i => i.Polarity == Polarity.Negative);
        Assert.Contains(indicators, i => i.Realisation is null);
    }

    [Fact]
    public void Demo_Run_ShowsTableBandsFormulasAndExplanations()
    {
        var run = CliRunner.Run("demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Angka kematian bayi", run.Output, StringComparison.Ordinal);
        Assert.Contains("113,33 %", run.Output, StringComparison.Ordinal);
        Assert.Contains("negative-reflected", run.Output, StringComparison.Ordinal);
        Assert.Contains("tidak dilaporkan", run.Output, StringComparison.Ordinal);
        Assert.Contains("Capaian sasaran", run.Output, StringComparison.Ordinal);
        Assert.Contains("as of 2025-Q3", run.Output, StringComparison.Ordinal);
        Assert.Contains("en: Achievement", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_InverseRuleSet_ChangesNegativeIndicators()
    {
        var run = CliRunner.Run("demo", "--rule-set", "sakip-inverse");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("115,38 %", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2024-Q1")]
    [InlineData("2025-Q9")]
    [InlineData("soon")]
    public void Demo_BadAsOf_ExitsTwo(string asOf)
    {
        var run = CliRunner.Run("demo", "--as-of", asOf);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--as-of", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DemoData_BadRows_AreAllReported()
    {
        var (indicators, problems) = DemoData.ParseIndicators(
            "S1;Sasaran;A;%;sideways;10;1;tidak;;\nS1;Sasaran;B;%;positif;x;1;tidak;;\nS1;Sasaran;C;%;positif;10;4.88;tidak;;\nshort;line\n");

        Assert.Empty(indicators);
        Assert.Equal(4, problems.Count);
    }
}
