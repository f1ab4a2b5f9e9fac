using System.Text.Json;
using Sakip.Domain.Tests;

namespace Sakip.Cli.Tests;

public sealed class CapaianCommandTests
{
    // The worked examples of docs/rules.md ("Where the reports disagree"), through the calculator's documented contract.
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

        var run = CliRunner.RunEnglish([.. args]);

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
        var run = CliRunner.RunEnglish("capaian", "--target", "32", "--realisasi", "4.88", "--polarity", "negative");

        Assert.Equal(0, run.ExitCode);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("184.75 %", line, StringComparison.Ordinal);
        Assert.Contains("Very high", line, StringComparison.Ordinal);
        Assert.Contains("negative-reflected", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_IndonesianCulture_ReadsAndWritesDecimalComma()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "65", "--realisasi", "90,83", "--culture", "id-ID", "--rounding", "truncate");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("139,73 %", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_NoRealisation_IsNotReportedWithNullCapaian()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "32", "--json");

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
        var run = CliRunner.RunEnglish("capaian", "--target", "0", "--realisasi", "5", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("not-measurable", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("capaian").ValueKind);
        Assert.Equal("zero-target-positive", json.RootElement.GetProperty("reasonCode").GetString());
    }

    [Fact]
    public void Capaian_Cap_BoundsTheValue()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "100", "--realisasi", "250", "--cap", "120", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(120m, json.RootElement.GetProperty("capaian").GetDecimal());
        Assert.True(json.RootElement.GetProperty("capped").GetBoolean());
    }

    [Fact]
    public void Capaian_Decimals_RoundsAsAsked()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "3", "--realisasi", "1", "--decimals", "4", "--rounding", "half-even", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(33.3333m, json.RootElement.GetProperty("capaian").GetDecimal());
    }

    // Wonogiri, LPPD 2020, Tabel 3.16: growth -1.41 % against a target of 2 % is printed -70.50 %.
    [Fact]
    public void Capaian_AllowNegative_PrintsNegativeGrowthAsMinus70Point50()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "2", "--realisasi", "-1.41", "--allow-negative");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        var line = Assert.Single(run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("achievement -70.50 % (Very low): positive-ratio", line, StringComparison.Ordinal);
        Assert.Contains("T 2, R -1.41,", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_AllowNegativeIndonesianCulture_PrintsHyphenMinusAndDecimalComma()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "2", "--realisasi", "-1,41", "--allow-negative", "--culture", "id-ID");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("achievement -70,50 % (Very low)", run.Output, StringComparison.Ordinal);
        Assert.Contains("R -1,41,", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("\u2212", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_AllowNegativeJson_GivesANegativeNumberAndBothSentences()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "2", "--realisasi", "-1.41", "--allow-negative", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var root = json.RootElement;
        Assert.Equal("achieved", root.GetProperty("status").GetString());
        Assert.Equal(-70.50m, root.GetProperty("capaian").GetDecimal());
        Assert.Equal(-70.5m, TestCalc.D(root.GetProperty("exact").GetString()!));
        Assert.Equal(-1.41m, root.GetProperty("realisasi").GetDecimal());
        Assert.StartsWith("Capaian -70,50 % (Sangat Rendah)", root.GetProperty("explanation").GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Achievement -70.50 % (Very low)", root.GetProperty("explanation").GetProperty("en").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--realisasi", "-1.41")]
    [InlineData("--realisasi=-1.41")]
    [InlineData("--realisasi", "\u22121.41")]
    public void Capaian_NegativeOptionValueForms_AreReadAsTheValue(params string[] realisasi)
    {
        var run = CliRunner.RunEnglish(["capaian", "--target", "2", .. realisasi, "--allow-negative", "--json"]);

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(-70.50m, json.RootElement.GetProperty("capaian").GetDecimal());
    }

    [Theory]
    [InlineData("--target", "2", "--realisasi", "-1.41", "--realisasi")]
    [InlineData("--target", "-2", "--realisasi", "1", "--target")]
    [InlineData("--target", "-2..2", "--realisasi", "1", "--target")]
    public void Capaian_NegativeWithoutAllowNegative_ExitsTwoNamingTheReasonAndTheOption(string targetOption, string target, string realisasiOption, string realisasi, string refused)
    {
        var run = CliRunner.RunEnglish("capaian", targetOption, target, realisasiOption, realisasi);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        var message = Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"sakip capaian: invalid input: {refused}: a negative value is not allowed for this indicator", message, StringComparison.Ordinal);
        Assert.Contains("--allow-negative", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_AllowNegativeNegativeTarget_IsNotMeasurableWithReasonNotAnError()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "-2", "--realisasi", "1", "--allow-negative", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("not-measurable", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("capaian").ValueKind);
        Assert.Equal("negative-target-unsupported", json.RootElement.GetProperty("reasonCode").GetString());
    }

    // Wonogiri, LPPD 2020, Tabel 3.16: the Gini ratio 0.269 against 0.288 is printed 93.40 % (R / T ignoring polarity).
    [Theory]
    [InlineData("plain-ratio", "negative-plain-ratio", 93.40)]
    [InlineData("reflected", "negative-reflected", 106.60)]
    [InlineData("inverse", "negative-inverse", 107.06)]
    public void Capaian_GiniUnderEachFormula_ReproducesTheFigure(string formula, string formulaId, double expected)
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "0.288", "--realisasi", "0.269", "--polarity", "negative", "--formula", formula, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal((decimal)expected, json.RootElement.GetProperty("capaian").GetDecimal());
        Assert.Equal(formulaId, json.RootElement.GetProperty("formula").GetString());
    }

    [Fact]
    public void Capaian_PlainRatio_IsLabelledAsIgnoringPolarity()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "0.288", "--realisasi", "0.269", "--polarity", "negative", "--formula", "plain-ratio", "--json");

        using var json = JsonDocument.Parse(run.Output);
        var explanation = json.RootElement.GetProperty("explanation");
        Assert.Contains("ignoring polarity", explanation.GetProperty("en").GetString(), StringComparison.Ordinal);
        Assert.Contains("tanpa memperhatikan polaritas", explanation.GetProperty("id").GetString(), StringComparison.Ordinal);
        var line = CliRunner.RunEnglish("capaian", "--target", "0.288", "--realisasi", "0.269", "--polarity", "negative", "--formula", "plain-ratio").Output;
        Assert.Contains("negative-plain-ratio C = R / T × 100 (polarity ignored)", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Capaian_PlainRatioOnAPositiveIndicator_IsThePositiveRatio()
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "2", "--realisasi", "1", "--formula", "plain-ratio", "--json");

        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("positive-ratio", json.RootElement.GetProperty("formula").GetString());
        Assert.Equal(50m, json.RootElement.GetProperty("capaian").GetDecimal());
    }

    [Fact]
    public void Capaian_Help_DocumentsAllowNegativeAndThePlainRatio()
    {
        var run = CliRunner.RunEnglish("capaian", "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("--allow-negative", run.Output, StringComparison.Ordinal);
        Assert.Contains("economic growth, inflation, trade balance", run.Output, StringComparison.Ordinal);
        Assert.Contains("plain-ratio", run.Output, StringComparison.Ordinal);
        Assert.Contains("ignoring polarity", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id-ID")]
    [InlineData("id")]
    [InlineData("ID-id")]
    public void Capaian_IndonesianCultureNames_NeedNoSystemCultureData(string culture)
    {
        var run = CliRunner.RunEnglish("capaian", "--target", "65", "--realisasi", "90,83", "--culture", culture);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("139,74 %", run.Output, StringComparison.Ordinal);
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
        var run = CliRunner.RunEnglish(["capaian", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
    }
}
