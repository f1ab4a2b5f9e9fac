using System.IO.Compression;
using DocumentFormat.OpenXml.Spreadsheet;
using Sakip.Domain.Evaluations;
using static Sakip.Domain.Spreadsheets.Tests.Workbooks;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>A corpus of malformed workbooks, each made from a good one: every problem is reported with its cell
/// address, and reading never throws.</summary>
public class LkeWorkbookReadProblemTests
{
    private static readonly EvaluationScheme Scheme = EvaluationSchemes.PermenPanRb88Of2021;
    private static readonly string[] Names = LkeLayout.ComponentSheets(Scheme);
    private static readonly string First = Names[0];

    // 1a is the first sub-component of component 1 (row 4); its criteria 1a.1 … follow (rows 5 …).
    private static readonly byte[] Good = Write(Evaluation.Create(
        Scheme,
        "Kabupaten Contoh",
        2025,
        EvaluationMethod.SubComponentGrades,
        [new CriterionAnswer("1a.1", "AA", "A") { Evidence = ["Pedoman teknis"] }],
        Scheme.SubComponents.Select(s => new SubComponentAnswer(s.Id, null, "B"))).GetValueOrThrow());

    private static (string Path, string Code)[] Problems(byte[] bytes) =>
        [.. Read(bytes).Problems.Select(p => (p.Path, p.Reason.Code))];

    private static byte[] EditSheet(string sheet, Action<Worksheet> edit) => Edit(Good, d => edit(Sheet(d, sheet)));

    [Fact]
    public void Read_GoodWorkbook_Succeeds() => Assert.True(Read(Good).IsSuccess, Read(Good).ToString());

    [Fact]
    public void Read_NotAZip_IsUnreadable() =>
        Assert.Equal([("", "workbook-unreadable")], Problems("{\"scheme\": \"permenpanrb-88-2021\"}"u8.ToArray()));

    [Fact]
    public void Read_Empty_IsUnreadable() => Assert.Equal([("", "workbook-unreadable")], Problems([]));

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.999)]
    public void Read_Truncated_IsUnreadable(double fraction) =>
        Assert.Equal([("", "workbook-unreadable")], Problems(Good[..(int)(Good.Length * fraction)]));

    [Fact]
    public void Read_ZipThatIsNoWorkbook_IsUnreadable()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("not a workbook");
        }

        Assert.Equal([("", "workbook-unreadable")], Problems(stream.ToArray()));
    }

    [Fact]
    public void Read_FlippedBytes_NeverThrows()
    {
        var random = new Random(14);
        for (var i = 0; i < 300; i++)
        {
            var bytes = (byte[])Good.Clone();
            for (var k = 0; k < 1 + (i % 8); k++)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
            }

            var result = Read(bytes);
            Assert.True(result.IsSuccess || result.Problems.Count > 0);
        }
    }

    [Fact]
    public void Read_TooLarge_IsRefusedWithTheLimit()
    {
        using var stream = new MemoryStream(Good);
        var result = LkeWorkbook.Read(stream, null, new LkeReadOptions { MaxWorkbookBytes = 1000 });
        Assert.Equal([("", "workbook-too-large")], result.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Read_PartOverTheCharacterLimit_IsAProblem()
    {
        using var stream = new MemoryStream(Good);
        var result = LkeWorkbook.Read(stream, null, new LkeReadOptions { MaxPartCharacters = 500 });
        Assert.Equal([("", "workbook-part-too-large")], result.Problems.Select(p => (p.Path, p.Reason.Code)));
    }

    [Fact]
    public void Read_DeletedComponentSheet_IsAMissingSheet()
    {
        var bytes = Edit(Good, d =>
        {
            var workbook = d.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == Names[2]);
            workbook.DeletePart(workbook.GetPartById(sheet.Id!));
            sheet.Remove();
        });
        Assert.Equal([($"'{Names[2]}'", "workbook-missing-sheet")], Problems(bytes));
    }

    [Fact]
    public void Read_RenamedSheets_AreMissing()
    {
        var bytes = Edit(Good, d =>
        {
            foreach (var sheet in d.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Where(s => s.Name == "Info" || s.Name == First))
            {
                sheet.Name = sheet.Name + " (salinan)";
            }
        });
        Assert.Equal([("Info", "workbook-missing-sheet")], Problems(bytes));
        var component = Edit(Good, d => d.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == First).Name = "Lembar1");
        Assert.Equal([($"'{First}'", "workbook-missing-sheet")], Problems(component));
    }

    [Fact]
    public void Read_BadAnswerCells_ReportsEveryCell()
    {
        var bytes = EditSheet(First, s =>
        {
            SetText(s, "E5", "ZZ");            // not a code of the scale
            SetNumber(s, "F5", 1);             // a number where a code belongs
            SetFormula(s, "E6", "\"AA\"", "AA"); // a formula where a code belongs
            SetText(s, "F4", "Q");             // a grade not on the scale
        });
        (string, string)[] expected =
        [
            ($"'{First}'!E5", "not-an-option"),
            ($"'{First}'!E6", "workbook-formula-in-answer"),
            ($"'{First}'!F4", "not-an-option"),
            ($"'{First}'!F5", "workbook-number-in-answer"),
        ];
        Assert.Equal(expected, Problems(bytes).OrderBy(p => p.Path, StringComparer.Ordinal));
    }

    [Fact]
    public void Read_ChangedRemovedAndDuplicatedIds_AreReportedByCell()
    {
        var changed = EditSheet(First, s => SetText(s, "A5", "1a.99"));
        Assert.Equal([($"'{First}'!A5", "workbook-unknown-row"), ($"'{First}'!A:A", "workbook-missing-row")], Problems(changed));

        var duplicated = EditSheet(First, s => SetText(s, "A6", "1a.1"));
        Assert.Equal([($"'{First}'!A6", "workbook-duplicate-row"), ($"'{First}'!A:A", "workbook-missing-row")], Problems(duplicated));
        Assert.Contains($"'{First}'!A5", Read(duplicated).Problems[0].Reason.Message.English, StringComparison.Ordinal);

        var removed = EditSheet(First, s => SetText(s, "A6", ""));
        Assert.Equal([($"'{First}'!A:A", "workbook-missing-row")], Problems(removed));
    }

    [Fact]
    public void Read_InfoSheetProblems_AreAllReported()
    {
        var bytes = EditSheet("Info", s =>
        {
            SetText(s, "B7", " ");
            SetText(s, "B8", "dua ribu");
            SetText(s, "B9", "rata-rata");
        });
        Assert.Equal([("Info!B7", "workbook-required"), ("Info!B8", "workbook-not-a-year"), ("Info!B9", "workbook-unknown-method")], Problems(bytes));

        var scheme = EditSheet("Info", s => SetText(s, "B3", "lke-lain"));
        Assert.Equal([("Info!B3", "workbook-unknown-scheme")], Problems(scheme));

        var version = EditSheet("Info", s => SetNumber(s, "B4", 1));
        Assert.Equal([("Info!B4", "workbook-scheme-version")], Problems(version));

        var year = EditSheet("Info", s => SetNumber(s, "B8", 1800));
        Assert.Equal([("Info!B8", "year-out-of-range")], Problems(year).Select(p => (p.Path, p.Code.Replace("evaluation-", "", StringComparison.Ordinal))).Take(1));
    }

    [Fact]
    public void Read_EmptyAnswerCell_IsNotAnsweredNeverZero()
    {
        var bytes = EditSheet(First, s => SetText(s, "F4", ""));
        var evaluation = Read(bytes).GetValueOrThrow().Evaluation;
        Assert.Null(evaluation.GradeOf("1a"));
        Assert.Null(evaluation.Score().Components[0].SubComponents[0].Score);
    }

    [Fact]
    public void Read_ProblemMessages_AreBilingual()
    {
        foreach (var problem in Read(EditSheet("Info", s => SetText(s, "B8", "x"))).Problems)
        {
            Assert.NotEqual(problem.Reason.Message.English, problem.Reason.Message.Indonesian);
        }
    }
}
