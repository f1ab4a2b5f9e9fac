using Sakip.Domain.Evaluations;
using static Sakip.Domain.Spreadsheets.Tests.CriteriaSheets;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>The criteria workbook in a real spreadsheet program: LibreOffice opens every built-in scheme's workbook and
/// saves it again, and the saved workbook (LibreOffice's own shared strings and styles) imports into the same
/// scheme.</summary>
public class CriteriaWorkbookLibreOfficeTests
{
    [LibreOfficeFact]
    public void LibreOffice_SavedAgain_ImportsIntoTheSameScheme()
    {
        var directory = Directory.CreateTempSubdirectory("sakip-criteria-");
        try
        {
            var schemes = EvaluationSchemes.All.ToList();
            var files = new List<string>();
            for (var i = 0; i < schemes.Count; i++)
            {
                var path = Path.Combine(directory.FullName, $"kriteria-{i}.xlsx");
                File.WriteAllBytes(path, Write(schemes[i]));
                files.Add(path);
            }

            var converted = LibreOffice.ConvertToXlsx(files, Directory.CreateDirectory(Path.Combine(directory.FullName, "out")).FullName);
            for (var i = 0; i < schemes.Count; i++)
            {
                var scheme = schemes[i];
                var read = Read(File.ReadAllBytes(converted[i]), new CriteriaImportOptions { Grades = scheme.Grades, DefaultMethod = scheme.DefaultMethod }).GetValueOrThrow();
                Assert.Equal(scheme.Components, read.Components);
            }
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
