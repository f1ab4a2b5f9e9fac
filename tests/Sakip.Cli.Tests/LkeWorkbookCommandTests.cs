using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Cli.Demo;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Tests;

/// <summary><c>sakip lke</c> with Excel workbooks: the template as .xlsx, and every command that loads answers reading
/// a workbook (known by its zip signature, whatever its name).</summary>
public sealed class LkeWorkbookCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-lke-xlsx-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Workbook(string name, Evaluation evaluation)
    {
        var path = Path.Combine(_dir, name);
        using var file = File.Create(path);
        LkeWorkbook.Write(evaluation, file);
        return path;
    }

    [Fact]
    public void Template_XlsxWithoutOutput_IsAnErrorWithExit2()
    {
        var run = CliRunner.RunEnglish("lke", "template", "--format", "xlsx");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("give --output", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void Template_Xlsx_WritesAWorkbookThatReadsBackEmpty()
    {
        var path = Path.Combine(_dir, "lke.xlsx");
        var run = CliRunner.RunEnglish("lke", "template", "--format", "xlsx", "--output", path, "--subject", "Kabupaten Contoh", "--year", "2025", "--scheme", "permenpanrb-12-2015");

        Assert.Equal(0, run.ExitCode);
        using var stream = File.OpenRead(path);
        var sheet = LkeWorkbook.Read(stream).GetValueOrThrow();
        Assert.Equal("permenpanrb-12-2015", sheet.Evaluation.Scheme.Id);
        Assert.Equal("Kabupaten Contoh", sheet.Evaluation.Subject);
        Assert.Empty(sheet.Evaluation.Answers);
        Assert.Contains("Summary", sheet.Figures.Select(f => f.Cell.Split('!')[0]));
    }

    [Fact]
    public void Score_Workbook_ScoresAsTheSameAnswersAsJsonAndReportsNoDifference()
    {
        var evaluation = DemoEvaluation.Of2025();
        var workbook = Workbook("lke-2025.dat", evaluation);
        var answers = Path.Combine(_dir, "lke-2025.json");
        File.WriteAllText(answers, EvaluationJson.Write(evaluation));

        var fromWorkbook = CliRunner.RunEnglish("lke", "score", workbook, "--json");
        var fromJson = CliRunner.RunEnglish("lke", "score", answers, "--json");

        Assert.Equal(0, fromWorkbook.ExitCode);
        using var sheet = JsonDocument.Parse(fromWorkbook.Output);
        using var json = JsonDocument.Parse(fromJson.Output);
        Assert.Equal(json.RootElement.GetProperty("total").GetDecimal(), sheet.RootElement.GetProperty("total").GetDecimal());
        Assert.Equal(json.RootElement.GetProperty("predikat").GetString(), sheet.RootElement.GetProperty("predikat").GetString());
        Assert.Equal(0, sheet.RootElement.GetProperty("sheetDifferences").GetArrayLength());
        Assert.True(sheet.RootElement.GetProperty("sheetFiguresChecked").GetInt32() > 0);
    }

    [Fact]
    public void Score_WorkbookWithAnEditedFormula_PrintsTheDifferenceAfterTheScore()
    {
        var evaluation = DemoEvaluation.Of2025();
        var path = Workbook("edited.xlsx", evaluation);
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var workbook = document.WorkbookPart!;
            var summary = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Ringkasan");
            var cell = ((WorksheetPart)workbook.GetPartById(summary.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == "D8");
            cell.CellFormula = new CellFormula("SUM(D4:D7)+10");
            cell.CellValue = new CellValue("99.5");
        }

        var text = CliRunner.RunEnglish("lke", "score", path);
        var json = CliRunner.RunEnglish("lke", "score", path, "--json");

        Assert.Equal(0, text.ExitCode);
        // Both figures presented as the score is (two decimals, in the culture of --lang en), not as the cells hold them.
        var total = Sakip.Cli.Output.EvaluationView.Num(evaluation.Score().Total!.Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"  Ringkasan!D8: workbook 99.50, library {total}", text.Output, StringComparison.Ordinal);
        Assert.True(text.Output.IndexOf("Ringkasan!D8", StringComparison.Ordinal) > text.Output.IndexOf("Total", StringComparison.Ordinal));
        using var parsed = JsonDocument.Parse(json.Output);
        var difference = Assert.Single(parsed.RootElement.GetProperty("sheetDifferences").EnumerateArray());
        Assert.Equal("Ringkasan!D8", difference.GetProperty("cell").GetString());
        Assert.Equal("total", difference.GetProperty("kind").GetString());
    }

    [Fact]
    public void Score_BadWorkbook_ListsEveryCellWithExit2()
    {
        var path = Workbook("bad.json", DemoEvaluation.Of2025());
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var workbook = document.WorkbookPart!;
            var info = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Info");
            var cell = ((WorksheetPart)workbook.GetPartById(info.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == "B8");
            cell.RemoveAllChildren();
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new Text("tahun ini"));
        }

        var run = CliRunner.Run("lke", "score", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Info!B8: bukan tahun", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_TruncatedWorkbook_IsAClearErrorWithExit2()
    {
        var path = Workbook("cut.xlsx", DemoEvaluation.Of2025());
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);

        var run = CliRunner.RunEnglish("lke", "score", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not an Excel workbook (.xlsx), or a damaged or truncated one", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_WorkbookAndJson_AreLoadedByTheSameLoader()
    {
        var earlier = Path.Combine(_dir, "2024.json");
        File.WriteAllText(earlier, EvaluationJson.Write(DemoEvaluation.Of2024()));
        var later = Workbook("2025.xlsx", DemoEvaluation.Of2025());
        var fromJson = Path.Combine(_dir, "2025.json");
        File.WriteAllText(fromJson, EvaluationJson.Write(DemoEvaluation.Of2025()));

        var withWorkbook = CliRunner.RunEnglish("lke", "compare", earlier, later);
        var withJson = CliRunner.RunEnglish("lke", "compare", earlier, fromJson);

        Assert.Equal(0, withWorkbook.ExitCode);
        Assert.Equal(withJson.Output, withWorkbook.Output);
    }
}
