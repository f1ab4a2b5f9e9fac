using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Tests;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.Tests.PlanWorkbookRoundTripTests;
using static Sakip.Domain.Spreadsheets.Tests.Workbooks;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>The malformed-workbook corpus: the demo region's workbook damaged one way at a time gives one problem at the
/// damaged cell, never an exception.</summary>
public class PlanWorkbookReadProblemTests
{
    private static readonly SakipDocument Demo = SakipDocumentJson.Read(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json"))).GetValueOrThrow();

    private static readonly byte[] DemoWorkbook = WritePlan(Demo);

    private static Result<SakipDocument> ReadEdited(Action<SpreadsheetDocument> edit, PlanWorkbookReadOptions? options = null) => ReadPlan(Edit(DemoWorkbook, edit), options);

    private static Problem Single(Result<SakipDocument> read)
    {
        Assert.False(read.IsSuccess);
        return Assert.Single(read.Problems);
    }

    private static void Clear(SpreadsheetDocument document, string sheet, string reference) => CellAt(Sheet(document, sheet), reference).Remove();

    [Fact]
    public void Read_TextInNumberCell_OneProblemAtTheCell()
    {
        var problem = Single(ReadEdited(d => SetText(Sheet(d, "Realisasi"), "C3", "tinggi")));

        Assert.Equal("Realisasi!C3", problem.Path);
        Assert.Equal("workbook-number-text", problem.Reason.Code);
    }

    [Fact]
    public void Read_PointDecimalInIndonesianWorkbook_SaysItIsNoNumberInIdId()
    {
        var problem = Single(ReadEdited(d => SetText(Sheet(d, "Realisasi"), "C3", "4.88")));

        Assert.Equal("Realisasi!C3", problem.Path);
        Assert.StartsWith("'4.88' is not a number in id-ID", problem.Reason.Message.English, StringComparison.Ordinal);
        Assert.StartsWith("'4.88' bukan angka dalam format id-ID", problem.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id-ID", "1.234,5")]
    [InlineData("invariant", "1,234.5")]
    [InlineData("invariant", "1234.5")]
    public void Read_NumberTypedAsTextInTheWorkbooksFormat_ReadsExactly(string culture, string text)
    {
        var read = ReadEdited(d =>
        {
            SetText(Sheet(d, "Info"), "B5", culture);
            SetText(Sheet(d, "Realisasi"), "C3", text);
        });

        Assert.Equal(1234.5m, read.GetValueOrThrow().Realisations[0].Value.Value);
    }

    [Theory]
    [InlineData("invariant", "1.234,5")]
    [InlineData("id-ID", "1,234.5")]
    public void Read_NumberTypedInTheOtherFormat_OneProblemNeverAGuess(string culture, string text)
    {
        var problem = Single(ReadEdited(d =>
        {
            SetText(Sheet(d, "Info"), "B5", culture);
            SetText(Sheet(d, "Realisasi"), "C3", text);
        }));

        Assert.Equal("Realisasi!C3", problem.Path);
        Assert.Equal("workbook-number-text", problem.Reason.Code);
    }

    [Fact]
    public void Read_NumberFormatUnknown_OneProblemAtTheInfoCell()
    {
        var problem = Single(ReadEdited(d => SetText(Sheet(d, "Info"), "B5", "de-DE")));

        Assert.Equal("Info!B5", problem.Path);
        Assert.Equal("plan-workbook-unknown-culture", problem.Reason.Code);
    }

    [Fact]
    public void Read_RealisationValueEmpty_IsRequiredNotZero()
    {
        var problem = Single(ReadEdited(d => Clear(d, "Realisasi", "C3")));

        Assert.Equal("Realisasi!C3", problem.Path);
        Assert.Equal("workbook-required", problem.Reason.Code);
    }

    [Fact]
    public void Read_RealisationValueZero_IsZero()
    {
        var read = ReadEdited(d => SetNumber(Sheet(d, "Realisasi"), "C3", 0m));

        Assert.Equal(0m, read.GetValueOrThrow().Realisations[0].Value.Value);
    }

    [Fact]
    public void Read_AgreementTargetEmpty_IsRequired()
    {
        var problem = Single(ReadEdited(d => Clear(d, "PKTarget", "D3")));

        Assert.Equal("PKTarget!D3", problem.Path);
        Assert.Equal("workbook-required", problem.Reason.Code);
    }

    [Fact]
    public void Read_UpperBoundWithoutTarget_OneProblemAtTheUpperCell()
    {
        var problem = Single(ReadEdited(d =>
        {
            Clear(d, "PKTarget", "D3");
            SetNumber(Sheet(d, "PKTarget"), "E3", 90m);
        }));

        Assert.Equal("PKTarget!E3", problem.Path);
        Assert.Equal("workbook-upper-without-lower", problem.Reason.Code);
    }

    [Fact]
    public void Read_HeadingMergedDownOverTheHeadingRow_IsAccepted()
    {
        var read = ReadEdited(d =>
        {
            var sheet = Sheet(d, "Indikator");
            sheet.RemoveAllChildren<MergeCells>();
            SetText(sheet, "A1", "Id");
            Clear(d, "Indikator", "A2");
            sheet.InsertAfter(new MergeCells(new MergeCell { Reference = "A1:A2" }), sheet.GetFirstChild<SheetData>());
        });

        Assert.Equal(WithoutEvaluations(Demo), read.GetValueOrThrow());
    }

    [Fact]
    public void Read_ExtraSheet_IsIgnored()
    {
        var read = ReadEdited(d =>
        {
            var workbook = d.WorkbookPart!;
            var part = workbook.AddNewPart<WorksheetPart>();
            part.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text("catatan")) }) { RowIndex = 1 }));
            workbook.Workbook.Sheets!.Append(new Sheet { Name = "Catatan", SheetId = 99, Id = workbook.GetIdOfPart(part) });
        });

        Assert.True(read.IsSuccess, read.ToString());
    }

    [Fact]
    public void Read_MissingSheet_OneProblemNamingIt()
    {
        var problem = Single(ReadEdited(d =>
        {
            var sheet = d.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "PKProgram");
            d.WorkbookPart.DeletePart(sheet.Id!);
            sheet.Remove();
        }));

        Assert.Equal("PKProgram", problem.Path);
        Assert.Equal("workbook-missing-sheet", problem.Reason.Code);
    }

    [Fact]
    public void Read_UnknownColumnInAKnownSheet_OneProblemAtItsHeading()
    {
        var problem = Single(ReadEdited(d => SetText(Sheet(d, "Indikator"), "Q2", "Catatan")));

        Assert.Equal("Indikator!Q2", problem.Path);
        Assert.Equal("plan-workbook-unknown-column", problem.Reason.Code);
    }

    [Fact]
    public void Read_ValueOutsideTheTable_OneProblemAtTheCell()
    {
        var problem = Single(ReadEdited(d => SetText(Sheet(d, "Indikator"), "Z3", "lupa")));

        Assert.Equal("Indikator!Z3", problem.Path);
        Assert.Equal("plan-workbook-outside-table", problem.Reason.Code);
    }

    [Fact]
    public void Read_FormulaInsteadOfValue_OneProblemUnlessAllowed()
    {
        static void Formula(SpreadsheetDocument d)
        {
            var cell = CellAt(Sheet(d, "Realisasi"), "C3");
            cell.RemoveAllChildren();
            cell.DataType = null;
            cell.CellFormula = new CellFormula("40+2");
            cell.CellValue = new CellValue("42");
        }

        var problem = Single(ReadEdited(Formula));
        var allowed = ReadEdited(Formula, new PlanWorkbookReadOptions { AcceptFormulaValues = true });

        Assert.Equal("Realisasi!C3", problem.Path);
        Assert.Equal("workbook-formula", problem.Reason.Code);
        Assert.Equal(42m, allowed.GetValueOrThrow().Realisations[0].Value.Value);
    }

    [Fact]
    public void Read_UnknownChoice_OneProblemListingTheChoices()
    {
        var problem = Single(ReadEdited(d => SetText(Sheet(d, "Indikator"), "D3", "naik")));

        Assert.Equal("Indikator!D3", problem.Path);
        Assert.Equal("workbook-unknown-choice", problem.Reason.Code);
        Assert.Contains("positif,negatif", problem.Reason.Message.Indonesian, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownIndicatorInPlannedIndicator_TheBuildersProblemAtTheCell()
    {
        var problem = Single(ReadEdited(d => SetText(Sheet(d, "IndikatorRencana"), "D3", "TIDAK-ADA")));

        Assert.Equal("IndikatorRencana!D3", problem.Path);
        Assert.Equal("unknown-reference", problem.Reason.Code);
    }

    [Fact]
    public void Read_RenstraPeriodReversed_OneProblemAtTheLastYear()
    {
        var problem = Single(ReadEdited(d => SetNumber(Sheet(d, "Renstra"), "E3", 2000m)));

        Assert.Equal("Renstra!E3", problem.Path);
        Assert.Equal("plan-workbook-period", problem.Reason.Code);
    }

    [Fact]
    public void Read_TruncatedFile_OneProblemNoException()
    {
        var problem = Single(ReadPlan(DemoWorkbook[..(DemoWorkbook.Length / 2)]));

        Assert.Equal("workbook-unreadable", problem.Reason.Code);
    }

    [Fact]
    public void Read_NotAWorkbook_OneProblemNoException()
    {
        var problem = Single(ReadPlan("Kabupaten Contoh;2025;4,88\n"u8.ToArray()));

        Assert.Equal("workbook-unreadable", problem.Reason.Code);
    }

    [Fact]
    public void Read_LkeWorkbook_SaysItIsNoPlanWorkbook()
    {
        using var stream = new MemoryStream();
        LkeWorkbook.WriteTemplate(Domain.Evaluations.EvaluationSchemes.All[0], stream);

        var problem = Single(ReadPlan(stream.ToArray()));

        Assert.Equal("Info!B3", problem.Path);
        Assert.Equal("plan-workbook-format", problem.Reason.Code);
    }

    [Fact]
    public void Read_EnglishHeadingsAndWords_ReadAsIndonesian()
    {
        var english = ReadPlan(WritePlan(Demo, new PlanWorkbookOptions { Language = Language.English })).GetValueOrThrow();

        Assert.Equal(WithoutEvaluations(Demo), english);
    }
}
