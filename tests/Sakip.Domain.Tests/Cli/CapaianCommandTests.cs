using System.Text.Json;

namespace Sakip.Domain.Tests.Cli;

public sealed class CapaianCommandTests
{
    // Reference §4, every worked example, through the calculator's documented contract.
    [Theory]
    [InlineData("32", "4.88", "negative", "reflected", "half-up", null, 184.75)]
    [InlineData("32", "4.88", "negative", "inverse", "half-up", null, 655.74)]
    [InlineData("49", "56.23", "negative", "reflected", "half-up", null, 85.24)]
    [InlineData("162", "186", "negative", "inverse", "half-up", null, 87.10)]
    [InlineData("162", "186", "negative", "reflected", "half-up", null, 85.19)]
    [InlineData("90", "100", "positive", "reflected", "half-up", null, 111.11)]
    [InlineData("65", "90.83", "positive", "reflected", "truncate", null, 139.73)]
    [InlineData("80..90", "70", "positive", "reflected", "half-up", null, 87.50)]
    [InlineData("7..8", "9", "negative", "reflected", "half-up", null, 87.50)]
    [InlineData("749.930.215", "702.188.300", "positive", "reflected", "half-up", "id-ID", 93.63)]
    public void Capaian_WorkedExamples_ReproducesPublishedFigure(string target, string realisasi, string polarity, string formula, string rounding, string? culture, double expected)
    {
        var args = new List<string> { "capaian", "--target", target, "--realisasi", realisasi, "--polarity", polarity, "--formula", formula, "--rounding", rounding, "--json" };
        if (culture is not null)
        {
            args.AddRange(["--culture", culture]);
        }

        var run = CliRunner.Run([.. args]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("achieved", json.RootElement.GetProperty("status").GetString());
        Assert.Equal((decimal)expected, json.RootElement.GetProperty("capaian").GetDecimal());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("band").GetString()));
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("formula").GetString()));
    }

    [Fact]
    public void Capaian_PlainOutput_IsOneReadableLine()
    {
        var run = CliRunner.Run("capaian", "--target", "32", "--realisasi", "4.88", "--polarity", "negative");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("184.75 %", line, StringComparison.Ordinal);
        Assert.Contains("Sangat Tinggi", line, StringComparison.Ordinal);
        Assert.Contains("negative-reflected", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_IndonesianCulture_ReadsAndWritesDecimalComma()
    {
        var run = CliRunner.Run("capaian", "--target", "65", "--realisasi", "90,83", "--culture", "id-ID", "--rounding", "truncate");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("139,73 %", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_NoRealisation_IsNotReportedWithNullCapaian()
    {
        var run = CliRunner.Run("capaian", "--target", "32", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("not-reported", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("capaian").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("band").ValueKind);
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("reason").GetString()));
    }

    [Fact]
    public void Capaian_ZeroTargetPositive_IsNotMeasurableWithReason()
    {
        var run = CliRunner.Run("capaian", "--target", "0", "--realisasi", "5", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("not-measurable", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("capaian").ValueKind);
        Assert.Equal("zero-target-positive", json.RootElement.GetProperty("reasonCode").GetString());
    }

    [Fact]
    public void Capaian_Cap_BoundsTheValue()
    {
        var run = CliRunner.Run("capaian", "--target", "100", "--realisasi", "250", "--cap", "120", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(120m, json.RootElement.GetProperty("capaian").GetDecimal());
        Assert.True(json.RootElement.GetProperty("capped").GetBoolean());
    }

    [Fact]
    public void Capaian_Decimals_RoundsAsAsked()
    {
        var run = CliRunner.Run("capaian", "--target", "3", "--realisasi", "1", "--decimals", "4", "--rounding", "half-even", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(33.3333m, json.RootElement.GetProperty("capaian").GetDecimal());
    }

    [Theory]
    [InlineData("--target", "abc", "--realisasi", "1")]
    [InlineData("--target", "10", "--realisasi", "NaN")]
    [InlineData("--target", "10", "--realisasi", "Infinity")]
    [InlineData("--target", "90..80", "--realisasi", "85")]
    [InlineData("--target", "10", "--realisasi", "-1")]
    [InlineData("--target", "-10", "--realisasi", "1")]
    [InlineData("--target", "10", "--realisasi", "4,88")]
    [InlineData("--target", "10", "--realisasi", "1", "--culture", "xx-NOPE-1")]
    [InlineData("--target", "10", "--realisasi", "1", "--cap", "0")]
    [InlineData("--target", "10", "--realisasi", "1", "--decimals", "40")]
    [InlineData("--target", "10", "--realisasi", "1", "--polarity", "sideways")]
    [InlineData("--realisasi", "1")]
    public void Capaian_InvalidInput_ExitsTwoWithMessageOnStandardError(params string[] args)
    {
        var run = CliRunner.Run(["capaian", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
    }
}
