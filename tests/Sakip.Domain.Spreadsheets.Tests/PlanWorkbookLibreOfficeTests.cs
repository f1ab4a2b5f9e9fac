using Sakip.Domain.Json;
using Sakip.Domain.Tests;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.Tests.PlanWorkbookRoundTripTests;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>The plan workbook in a real spreadsheet program: LibreOffice opens the template and the demo region's
/// workbook, and what it saves reads back.</summary>
public class PlanWorkbookLibreOfficeTests
{
    [LibreOfficeFact]
    public void LibreOffice_OpensAndResaves_TemplateAndDemoReadBack()
    {
        var directory = Directory.CreateTempSubdirectory("sakip-plan-");
        try
        {
            var demo = SakipDocumentJson.Read(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json"))).GetValueOrThrow();
            var template = Path.Combine(directory.FullName, "template.xlsx");
            using (var file = File.Create(template))
            {
                PlanWorkbook.WriteTemplate(file, new PlanWorkbookOptions { Language = Language.English });
            }

            var demoPath = Path.Combine(directory.FullName, "demo.xlsx");
            File.WriteAllBytes(demoPath, WritePlan(demo));

            var converted = LibreOffice.ConvertToXlsx([template, demoPath], Directory.CreateDirectory(Path.Combine(directory.FullName, "out")).FullName);

            // The template as LibreOffice saved it: still a plan workbook, whose only problems are the empty region cells.
            var emptyRead = ReadPlan(File.ReadAllBytes(converted[0]));
            Assert.Equal(["Info!B6", "Info!B7", "Info!B8"], emptyRead.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));

            // The demo as LibreOffice saved it (shared strings, its own number writing): the same document.
            Assert.Equal(WithoutEvaluations(demo), ReadPlan(File.ReadAllBytes(converted[1])).GetValueOrThrow());
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
