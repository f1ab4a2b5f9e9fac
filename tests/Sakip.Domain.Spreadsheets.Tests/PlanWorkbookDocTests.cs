using System.Reflection;
using Sakip.Domain.Tests;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>docs/spreadsheets-plan-data.md against the layout: every sheet, column heading and problem code the reader
/// has is documented.</summary>
public class PlanWorkbookDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "docs", "spreadsheets-plan-data.md")).ReplaceLineEndings("\n");

    [Fact]
    public void Doc_HasEverySheetAndColumnInItsPlace()
    {
        foreach (var sheet in PlanLayout.AllSheets)
        {
            var section = Doc[Doc.IndexOf($"\n### {sheet.Name}\n", StringComparison.Ordinal)..];
            section = section[..(section.IndexOf("\n### ", 5, StringComparison.Ordinal) is var end and > 0 ? end : section.IndexOf("\n## ", StringComparison.Ordinal))];
            for (var c = 0; c < sheet.Columns.Length; c++)
            {
                var column = sheet.Columns[c];
                Assert.Contains($"| {LkeLayout.Column(c + 1)} | {column.Indonesian} | {column.English} |", section, StringComparison.Ordinal);
            }
        }
    }

    [Fact]
    public void Doc_HasEveryInfoLabel()
    {
        foreach (var row in PlanLayout.InfoRows)
        {
            var label = PlanLayout.InfoLabel(row);
            Assert.Contains($"| B{row} | {label.Indonesian} | {label.English} |", Doc, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Doc_HasEveryProblemCodeOfTheReader()
    {
        var reasons = typeof(SpreadsheetMessages).GetFields(BindingFlags.Static | BindingFlags.Public).Select(f => (Reason)f.GetValue(null)!).Select(r => r.Code)
            .Concat(new[]
            {
                SpreadsheetMessages.NumberText("x", "id-ID", SpreadsheetMessages.Required), SpreadsheetMessages.UnknownCulture("x"), SpreadsheetMessages.Version("x"),
                SpreadsheetMessages.UnknownChoice("x", "a", "b"), SpreadsheetMessages.UnknownColumn("x", "y"), SpreadsheetMessages.DuplicateColumn("x"),
                SpreadsheetMessages.MissingColumn(new("x", "y")), SpreadsheetMessages.NotApplicable(new("x", "y")), SpreadsheetMessages.UnknownPlan("x"),
                SpreadsheetMessages.DuplicatePlan("x"), SpreadsheetMessages.UnknownElement("x", "y", "z"), SpreadsheetMessages.UnknownAgreement("x"),
                SpreadsheetMessages.YearBeyondPeriod(7, 6), SpreadsheetMessages.MissingSheet("x"), SpreadsheetMessages.TooLarge(1), SpreadsheetMessages.PartTooLarge("x"),
            }.Select(r => r.Code))
            .Where(c => c is not ("workbook-formula-in-answer" or "workbook-not-a-year" or "workbook-no-grade-scale"))
            .Where(c => !c.StartsWith("capaian-", StringComparison.Ordinal) && !c.StartsWith("criteria-", StringComparison.Ordinal)) // their own pages
            .Distinct();

        Assert.All(reasons, code => Assert.Contains($"`{code}`", Doc, StringComparison.Ordinal));
    }
}
