using System.Globalization;
using Sakip.Cli.Demo;
using Sakip.Domain.Achievement;
using Sakip.Domain.Json;
using Sakip.Domain.Spreadsheets;
using Sakip.Domain.Text;

namespace Sakip.Cli.Tests;

/// <summary><c>sakip measure … --output capaian.xlsx|.csv</c>: the capaian table written to a file.</summary>
public sealed class MeasureExportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-capaian-").FullName;

    public MeasureExportCommandTests()
    {
        File.WriteAllText(Doc, SakipDocumentJson.Write(DemoRegion.Create()));
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Doc => Path.Combine(_dir, "kabupaten-contoh.json");

    [Fact]
    public void Xlsx_DemoTable_HasTheFiguresOfTheTextTable()
    {
        var path = Path.Combine(_dir, "capaian.xlsx");
        var run = CliRunner.Run("measure", Doc, "--year", "2025", "--output", path);
        var text = CliRunner.Run("measure", Doc, "--year", "2025");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("ditulis ke", run.Output, StringComparison.Ordinal);
        using var stream = File.OpenRead(path);
        var rows = CapaianWorkbook.Read(stream).GetValueOrThrow();
        var lines = text.Output.Split('\n').Select(l => l.Trim()).ToList();
        var indicators = rows.Where(r => r.Kind == CapaianRowKind.Indicator).ToList();
        Assert.True(indicators.Count > 40);
        foreach (var row in indicators)
        {
            var capaian = row.Capaian is { } c ? c.ToString("0.00", Cultures.Indonesian) + " %" : "tidak dilaporkan";
            var realisation = row.Realisation is { } r ? r.ToString(Cultures.Indonesian) : "-";
            Assert.Contains(lines, l => l.StartsWith(row.Text, StringComparison.Ordinal) && l.Contains($" {realisation} ", StringComparison.Ordinal)
                && l.Contains(capaian, StringComparison.Ordinal) && l.Contains(row.Band ?? "-", StringComparison.Ordinal));
        }

        foreach (var sasaran in rows.Where(r => r.Kind == CapaianRowKind.Sasaran && r.Capaian is not null))
        {
            Assert.Contains(lines, l => l.StartsWith("Capaian sasaran", StringComparison.Ordinal)
                && l.EndsWith($": {sasaran.Capaian!.Value.ToString("0.00", Cultures.Indonesian)} % {sasaran.Band}", StringComparison.Ordinal));
        }

        Assert.Contains(indicators, r => r.Status == AchievementStatus.NotReported && r.Capaian is null && r.Realisation is null);
    }

    [Fact]
    public void Xlsx_English_EnglishSheetAndWords()
    {
        var path = Path.Combine(_dir, "achievement.xlsx");
        var run = CliRunner.RunEnglish("measure", Doc, "--year", "2025", "--output", path);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("Wrote the capaian table 2025", run.Output, StringComparison.Ordinal);
        using var stream = File.OpenRead(path);
        var rows = CapaianWorkbook.Read(stream).GetValueOrThrow();
        Assert.Contains(rows, r => r.Band == "Very high");
    }

    [Theory]
    [InlineData("id", ';', "113,33")]
    [InlineData("en", ',', "113.33")]
    public void Csv_TheLanguagesCulture_SeparatorAndDecimals(string language, char separator, string figure)
    {
        var path = Path.Combine(_dir, "capaian.csv");
        var run = CliRunner.Run("measure", Doc, "--year", "2025", "--output", path, "--lang", language);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllText(path).Split("\r\n");
        Assert.StartsWith($"agreement_id{separator}agreement{separator}", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.Contains($"{separator}{figure}{separator}", StringComparison.Ordinal));
    }

    [Fact]
    public void Csv_ExplicitCulture_Wins()
    {
        var path = Path.Combine(_dir, "capaian.csv");
        var run = CliRunner.Run("measure", Doc, "--year", "2025", "--output", path, "--culture", "invariant");

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("agreement_id,agreement,", File.ReadAllText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void Format_OverridesTheExtension()
    {
        var path = Path.Combine(_dir, "capaian.dat");
        var run = CliRunner.Run("measure", Doc, "--year", "2025", "--output", path, "--format", "xlsx");

        Assert.Equal(0, run.ExitCode);
        using var stream = File.OpenRead(path);
        Assert.True(LkeWorkbook.LooksLikeWorkbook(stream));
    }

    [Fact]
    public void UnknownExtension_WithoutFormat_Exit2()
    {
        var run = CliRunner.RunEnglish("measure", Doc, "--year", "2025", "--output", Path.Combine(_dir, "capaian.txt"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown format", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_dir, "capaian.txt")));
    }

    [Fact]
    public void FormatWithoutOutput_Exit2()
    {
        var run = CliRunner.RunEnglish("measure", Doc, "--year", "2025", "--format", "csv");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give --output", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("no-such-folder/capaian.xlsx")]
    [InlineData("")]
    public void UnwritablePath_Exit2(string relative)
    {
        var path = Path.Combine(_dir, relative);
        var run = CliRunner.RunEnglish("measure", Doc, "--year", "2025", "--output", path, "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("cannot write", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BadYear_StillExit2_AndNoFile()
    {
        var path = Path.Combine(_dir, "capaian.xlsx");
        var run = CliRunner.RunEnglish("measure", Doc, "--year", "2030", "--output", path);

        Assert.Equal(2, run.ExitCode);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Workbook_SameBytesInAnyCulture()
    {
        var first = Path.Combine(_dir, "a.xlsx");
        var second = Path.Combine(_dir, "b.xlsx");
        var saved = CultureInfo.CurrentCulture;
        try
        {
            Assert.Equal(0, CliRunner.Run("measure", Doc, "--year", "2025", "--output", first).ExitCode);
            // A culture with a decimal comma, built without the OS's culture data (the suite also runs invariant).
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = comma;
            Assert.Equal(0, CliRunner.Run("measure", Doc, "--year", "2025", "--output", second).ExitCode);
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }
}
