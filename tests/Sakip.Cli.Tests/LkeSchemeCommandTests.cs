using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Spreadsheets;

namespace Sakip.Cli.Tests;

/// <summary><c>sakip lke scheme template</c> and <c>import</c>: a scheme's criteria workbook, and a scheme file from
/// one that the other <c>lke</c> commands take with <c>--scheme-file</c>.</summary>
public sealed class LkeSchemeCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-lke-scheme-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string InDir(string name) => Path.Combine(_dir, name);

    [Fact]
    public void TemplateThenImport_GivesASchemeFileTheOtherCommandsTake()
    {
        var workbook = InDir("kriteria.xlsx");
        var schemeFile = InDir("skema.json");

        var template = CliRunner.RunEnglish("lke", "scheme", "template", "--scheme", "permenpanrb-12-2015", "--output", workbook);
        var import = CliRunner.RunEnglish("lke", "scheme", "import", workbook, "--base", "permenpanrb-12-2015", "--id", "kab-contoh-2025", "--output", schemeFile);
        var answers = CliRunner.RunEnglish("lke", "template", "--scheme-file", schemeFile);
        var grade = CliRunner.RunEnglish("predikat", "72.5", "--scheme-file", schemeFile);

        Assert.Equal((0, 0, 0, 0), (template.ExitCode, import.ExitCode, answers.ExitCode, grade.ExitCode));
        Assert.Contains("Wrote scheme kab-contoh-2025 v1 (components / sub-components / criteria: 5 / 17 / 61)", import.Output, StringComparison.Ordinal);
        Assert.Contains("\"scheme\": \"kab-contoh-2025\"", answers.Output, StringComparison.Ordinal);
        Assert.Contains("BB", grade.Output, StringComparison.Ordinal);
        var scheme = EvaluationSchemeJson.Read(File.ReadAllText(schemeFile)).GetValueOrThrow();
        Assert.Equal(EvaluationSchemes.PermenPanRb12Of2015.Components, scheme.Components);
    }

    [Fact]
    public void Import_WithoutOutput_PrintsTheSchemeFile()
    {
        var workbook = InDir("kriteria.xlsx");
        using (var file = File.Create(workbook))
        {
            CriteriaWorkbook.Write(EvaluationSchemes.PermenPanRb88Of2021, file);
        }

        var run = CliRunner.RunEnglish("lke", "scheme", "import", workbook);

        Assert.Equal(0, run.ExitCode);
        var scheme = EvaluationSchemeJson.Read(run.Output).GetValueOrThrow();
        Assert.Equal("permenpanrb-88-2021-imported", scheme.Id);
        Assert.Equal(80, scheme.Criteria.Count);
    }

    [Fact]
    public void Import_MalformedWorkbook_PrintsEveryProblemWithItsCell_AndExits2()
    {
        var workbook = InDir("rusak.xlsx");
        using (var file = File.Create(workbook))
        {
            CriteriaWorkbook.Write(EvaluationSchemes.PermenPanRb88Of2021, file);
        }

        // The first sub-component's name is deleted: its six criteria have no sub-component above them, and the
        // weight table's row of 1a names a sub-component the criteria table no longer has.
        using (var document = SpreadsheetDocument.Open(workbook, true))
        {
            var part = document.WorkbookPart!;
            var sheet = part.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "Kriteria");
            ((WorksheetPart)part.GetPartById(sheet.Id!)).Worksheet.Descendants<Cell>().Single(c => c.CellReference == "C4").Remove();
        }

        var run = CliRunner.RunEnglish("lke", "scheme", "import", workbook, "--output", InDir("skema.json"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("has 2 problem(s); no scheme was written", run.Error, StringComparison.Ordinal);
        Assert.Contains("Kriteria!C4: a criterion with no sub-component above it", run.Error, StringComparison.Ordinal);
        Assert.Contains("Bobot!A5: '1a' is no component or sub-component of the criteria table", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(InDir("skema.json")));
    }

    [Fact]
    public void Import_UnknownBase_Exits2()
    {
        var run = CliRunner.RunEnglish("lke", "scheme", "import", InDir("none.xlsx"), "--base", "permenpanrb-99-2030");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--base 'permenpanrb-99-2030': no evaluation scheme has that id", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_NoSuchFile_Exits2()
    {
        var run = CliRunner.RunEnglish("lke", "scheme", "import", InDir("none.xlsx"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no such file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Template_WithoutOutput_IsAUsageError()
    {
        var run = CliRunner.RunEnglish("lke", "scheme", "template");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--output", run.Error, StringComparison.Ordinal);
    }
}

/// <summary>The commands docs/spreadsheets-criteria.md shows run as shown, one after the other, in one folder.</summary>
public sealed class LkeSchemeDocCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sakip-criteria-doc-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Doc_ShellCommands_Succeed()
    {
        var doc = File.ReadAllText(Path.Combine(Sakip.Domain.Tests.RepositoryFiles.Root, "docs", "spreadsheets-criteria.md"));
        var commands = doc.Split('\n').Where(l => l.StartsWith("sakip ", StringComparison.Ordinal)).ToList();

        Assert.True(commands.Count >= 3);
        foreach (var command in commands)
        {
            // Every file argument is placed in the test's folder.
            var args = command.Trim().Split(' ').Skip(1)
                .Select(a => a.EndsWith(".xlsx", StringComparison.Ordinal) || a.EndsWith(".json", StringComparison.Ordinal) ? Path.Combine(_dir, a) : a)
                .ToArray();
            var run = CliRunner.RunEnglish(args);
            Assert.True(run.ExitCode == 0, $"{command}: {run.Error}");
        }
    }
}
