namespace Sakip.Domain.Tests.Cli;

public sealed class DemoCommandTests
{
    [Fact]
    public void Demo_Run_ShowsCapaianTablesReviewAndExplanations()
    {
        var run = CliRunner.Run("demo");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Angka kematian bayi", run.Output, StringComparison.Ordinal);
        Assert.Contains("113,33 %", run.Output, StringComparison.Ordinal);
        Assert.Contains("negative-reflected", run.Output, StringComparison.Ordinal);
        Assert.Contains("tidak dilaporkan", run.Output, StringComparison.Ordinal);
        Assert.Contains("Capaian sasaran", run.Output, StringComparison.Ordinal);
        Assert.Contains("Dinas Kesehatan", run.Output, StringComparison.Ordinal);
        Assert.Contains("Alignment review: 17 rules", run.Output, StringComparison.Ordinal);
        Assert.Contains("ALN-001", run.Output, StringComparison.Ordinal);
        Assert.Contains("en: Achievement", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_InverseRuleSet_ChangesNegativeIndicators()
    {
        var run = CliRunner.Run("demo", "--rule-set", "sakip-inverse");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("115,38 %", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_AsOfQuarter_MeasuresYearToDate()
    {
        var run = CliRunner.Run("demo", "--as-of", "2025-Q3");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("as of 2025-Q3", run.Output, StringComparison.Ordinal);
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
    public void Demo_Export_WritesADocumentThatChecksAndMeasures()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sakip-demo-{Guid.NewGuid():N}.json");
        try
        {
            var export = CliRunner.Run("demo", "--export", path);
            Assert.Equal(0, export.ExitCode);
            Assert.True(File.Exists(path));

            var check = CliRunner.Run("check", path);
            Assert.Equal(0, check.ExitCode);
            Assert.Contains("ALN-010", check.Output, StringComparison.Ordinal);

            var measure = CliRunner.Run("measure", path, "--year", "2025");
            Assert.Equal(0, measure.ExitCode);
            Assert.Contains("113,33 %", measure.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
