using System.Text.Json;

namespace Sakip.Cli.Tests;

public sealed class PredikatCommandTests
{
    // PermenPAN-RB 88/2021 grades (docs/evaluation.md, Grades): edges exclusive below; the total rounded to 2 decimals half up decides.
    [Theory]
    [InlineData("100", "AA", "Sangat Memuaskan")]
    [InlineData("90.01", "AA", "Sangat Memuaskan")]
    [InlineData("90.005", "AA", "Sangat Memuaskan")]
    [InlineData("90.004", "A", "Memuaskan")]
    [InlineData("90", "A", "Memuaskan")]
    [InlineData("80", "BB", "Sangat Baik")]
    [InlineData("70.01", "BB", "Sangat Baik")]
    [InlineData("70", "B", "Baik")]
    [InlineData("60.01", "B", "Baik")]
    [InlineData("60", "CC", "Cukup (Memadai)")]
    [InlineData("50", "C", "Kurang")]
    [InlineData("30.01", "C", "Kurang")]
    [InlineData("30", "D", "Sangat Kurang")]
    [InlineData("0", "D", "Sangat Kurang")]
    public void Predikat_Edges_GradeAsPublished(string score, string code, string label)
    {
        var run = CliRunner.RunEnglish("predikat", score, "--json");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(code, json.RootElement.GetProperty("predikat").GetString());
        Assert.Equal(label, json.RootElement.GetProperty("label").GetString());
        Assert.Equal("permenpanrb-88-2021", json.RootElement.GetProperty("scheme").GetString());
    }

    [Fact]
    public void Predikat_Text_StatesTheDecidingRule()
    {
        var run = CliRunner.RunEnglish("predikat", "90");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("90 → deciding score 90.00 → A Satisfying (", run.Output, StringComparison.Ordinal);
        Assert.Contains("PermenPAN-RB 88/2021", run.Output, StringComparison.Ordinal);
        Assert.Contains("exactly 90.00 is A", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("90.004", "90.00", "A")]
    [InlineData("90.005", "90.01", "AA")]
    public void Predikat_RoundsHalfUpBeforeGrading(string score, string deciding, string code)
    {
        var run = CliRunner.RunEnglish("predikat", score, "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture), json.RootElement.GetProperty("score").GetDecimal());
        Assert.Equal(deciding, json.RootElement.GetProperty("decidingScore").GetRawText());
        Assert.Equal(code, json.RootElement.GetProperty("predikat").GetString());
    }

    [Fact]
    public void Predikat_IndonesianCulture_ReadsDecimalComma()
    {
        var run = CliRunner.RunEnglish("predikat", "90,005", "--culture", "id-ID");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("deciding score 90,01 → AA Very satisfying", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Predikat_OlderScheme_UsesItsLabels()
    {
        var run = CliRunner.RunEnglish("predikat", "85", "--scheme", "permenpanrb-12-2015", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        Assert.Equal("A", json.RootElement.GetProperty("predikat").GetString());
        Assert.Equal("Sangat Baik", json.RootElement.GetProperty("label").GetString());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("101")]
    [InlineData("100.01")]
    [InlineData("abc")]
    [InlineData("")]
    public void Predikat_InvalidScore_ExitsTwo(string score)
    {
        var run = CliRunner.RunEnglish("predikat", score);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("", run.Output);
        Assert.Contains("sakip predikat: invalid input: score", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Predikat_UnknownScheme_ExitsTwo()
    {
        var run = CliRunner.RunEnglish("predikat", "90", "--scheme", "permenpanrb-99-2030");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("permenpanrb-99-2030", run.Error, StringComparison.Ordinal);
    }
}
