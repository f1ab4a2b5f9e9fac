using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Json;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Tests;

/// <summary><c>sakip import</c>, <c>sakip import template</c> and <c>sakip export</c>: plan data in and out as a
/// workbook.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string DemoJson()
    {
        var path = Path.Combine(_dir, "demo.json");
        Assert.Equal(0, CliRunner.Run("demo", "--export", path).ExitCode);
        return path;
    }

    [Fact]
    public void ExportThenImport_DemoDocument_GivesItsPlanDataBack()
    {
        var json = DemoJson();
        var workbook = Path.Combine(_dir, "plan.xlsx");
        var back = Path.Combine(_dir, "back.json");

        var export = CliRunner.RunEnglish("export", json, "--output", workbook);
        var import = CliRunner.RunEnglish("import", workbook, "--output", back);

        Assert.Equal(0, export.ExitCode);
        Assert.Contains("LKE evaluation(s) are not in this workbook", export.Output, StringComparison.Ordinal);
        Assert.Equal(0, import.ExitCode);
        var original = SakipDocumentJson.Read(File.ReadAllText(json)).GetValueOrThrow().ToBuilder();
        original.Evaluations.Clear();
        Assert.Equal(original.Build().GetValueOrThrow(), SakipDocumentJson.Read(File.ReadAllText(back)).GetValueOrThrow());
    }

    [Fact]
    public void Import_WithoutOutput_PrintsTheDocumentJson()
    {
        var workbook = Path.Combine(_dir, "plan.xlsx");
        Assert.Equal(0, CliRunner.Run("export", DemoJson(), "--output", workbook).ExitCode);

        var run = CliRunner.Run("import", workbook);

        Assert.Equal(0, run.ExitCode);
        Assert.True(SakipDocumentJson.Read(run.Output).IsSuccess);
    }

    [Fact]
    public void Template_ThenImport_Exit2WithEveryEmptyRequiredCell()
    {
        var template = Path.Combine(_dir, "template.xlsx");

        var written = CliRunner.RunEnglish("import", "template", "--output", template);
        var import = CliRunner.RunEnglish("import", template);

        Assert.Equal(0, written.ExitCode);
        Assert.Equal(2, import.ExitCode);
        Assert.Contains("Info!B6:", import.Error, StringComparison.Ordinal);
        Assert.Contains("Info!B7:", import.Error, StringComparison.Ordinal);
        Assert.Contains("Info!B8:", import.Error, StringComparison.Ordinal);
        Assert.Empty(import.Output);
    }

    [Fact]
    public void Import_BadNumberCell_Exit2WithTheCellAndTheCulture()
    {
        var workbook = Path.Combine(_dir, "plan.xlsx");
        Assert.Equal(0, CliRunner.Run("export", DemoJson(), "--output", workbook).ExitCode);
        using (var document = SpreadsheetDocument.Open(workbook, true))
        {
            var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Realisasi").Id!);
            var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == "C3");
            cell.CellValue = null;
            cell.DataType = CellValues.InlineString;
            cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("4.88"));
        }

        var run = CliRunner.RunEnglish("import", workbook);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Realisasi!C3: '4.88' is not a number in id-ID", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a workbook")]
    [InlineData("")]
    public void Import_NotAWorkbook_Exit2NoException(string content)
    {
        var path = Path.Combine(_dir, "plan.xlsx");
        File.WriteAllText(path, content);

        var run = CliRunner.RunEnglish("import", path);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not an Excel workbook", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_Exit2()
    {
        var run = CliRunner.RunEnglish("import", Path.Combine(_dir, "none.xlsx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_WithoutOutput_IsAUsageError()
    {
        var run = CliRunner.RunEnglish("export", DemoJson());

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public void Template_Indonesian_HasIndonesianHeadings()
    {
        var template = Path.Combine(_dir, "templat.xlsx");

        Assert.Equal(0, CliRunner.Run("import", "template", "--output", template).ExitCode);

        using var stream = File.OpenRead(template);
        var problems = PlanWorkbook.Read(stream).Problems;
        Assert.Contains(problems, p => p.ToString(Domain.Text.Language.Indonesian).StartsWith("Info!B8: wajib diisi", StringComparison.Ordinal));
    }
}
