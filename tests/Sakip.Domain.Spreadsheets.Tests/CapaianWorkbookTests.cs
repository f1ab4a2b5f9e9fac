using DocumentFormat.OpenXml.Spreadsheet;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Achievement;
using Sakip.Domain.Diagrams;
using Sakip.Domain.Periods;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.Tests.CapaianTables;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>The capaian workbook: written, read back, its cells, colours and problems.</summary>
public class CapaianWorkbookTests
{
    [Property(MaxTest = 40)]
    public Property WriteThenRead_GeneratedDocument_GivesBackEveryRow() =>
        Prop.ForAll(Reports.ToArbitrary(), Gen.Elements(Language.Indonesian, Language.English).ToArbitrary(), (report, language) =>
        {
            var expected = CapaianWorkbook.Rows(report, language);
            var read = Read(Write(report, new CapaianWorkbookOptions { Language = language }));
            return read.TryGetValue(out var rows)
                ? rows.Equals(expected).Label($"expected {string.Join("\n", expected)}\nread {string.Join("\n", rows)}")
                : false.Label(read.ToString());
        });

    [Property(MaxTest = 30)]
    public Property Rows_FollowTheReport() =>
        Prop.ForAll(Reports.ToArbitrary(), report =>
        {
            var rows = CapaianWorkbook.Rows(report);
            var indicators = report.Agreements.SelectMany(a => a.Sasaran).SelectMany(s => s.Indicators).ToList();
            var indicatorRows = rows.Where(r => r.Kind == CapaianRowKind.Indicator).ToList();
            return (indicatorRows.Count == indicators.Count
                && indicatorRows.Zip(indicators).All(p => p.First.Id == p.Second.IndicatorId
                    && p.First.Target == p.Second.Target
                    && p.First.Realisation == p.Second.Realisation?.Value
                    && p.First.Status == p.Second.Result.Status
                    && p.First.Capaian == p.Second.Result.Presented?.Value
                    && (p.First.Capaian is null) == (p.Second.Result.Status != AchievementStatus.Achieved))
                && rows.Count(r => r.Kind == CapaianRowKind.Agreement) == report.Agreements.Count).ToProperty();
        });

    [Fact]
    public void Write_SameReport_SameBytes()
    {
        var report = Demo();
        Assert.Equal(Write(report), Write(report));
    }

    [Fact]
    public void Write_Figures_AreNumberCellsWithTheDecimalsText()
    {
        var report = Demo();
        var cells = Cells(Write(report));
        var rows = CapaianWorkbook.Rows(report);
        var checkedCapaian = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var r = (CapaianLayout.FirstRow + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (row.Kind == CapaianRowKind.Indicator && row.Capaian is { } capaian)
            {
                var (cell, _, format) = cells["F" + r];
                Assert.Null(cell.DataType);
                Assert.Equal(Figures.Text(capaian), cell.CellValue!.Text);
                Assert.Equal("#,##0.00", format);
                checkedCapaian++;
            }

            if (row.Kind == CapaianRowKind.Indicator && row.Target is { IsRange: false } target)
            {
                Assert.Null(cells["D" + r].Cell.DataType);
                Assert.Equal(target.Lower, decimal.Parse(cells["D" + r].Cell.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        Assert.True(checkedCapaian > 10);
    }

    [Fact]
    public void Write_Value_ShownWithItsOwnDecimals()
    {
        Assert.Equal("#,##0", CapaianWriter.FormatCode(0));
        Assert.Equal("#,##0.000", CapaianWriter.FormatCode(3));
    }

    [Fact]
    public void Write_NotReported_IsWordsNeverZero()
    {
        // As of the first quarter, the demo's annual indicators have no realisation yet.
        var report = Demo(2025, ReportingPeriod.OfQuarter(2025, 1));
        var rows = CapaianWorkbook.Rows(report);
        var cells = Cells(Write(report));
        var index = rows.ToList().FindIndex(r => r.Status == AchievementStatus.NotReported);
        Assert.True(index >= 0, "the demo has an indicator not reported in Q1");
        var r = (CapaianLayout.FirstRow + index).ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal("tidak dilaporkan", cells["F" + r].Cell.InnerText);
        Assert.Equal(CellValues.InlineString, cells["F" + r].Cell.DataType!.Value);
        Assert.Null(cells["E" + r].Cell.CellValue);
        Assert.Equal(string.Empty, cells["E" + r].Cell.InnerText);
    }

    [Fact]
    public void Write_Bands_FilledWithTheDiagramColours()
    {
        var report = Demo();
        var cells = Cells(Write(report));
        var rows = CapaianWorkbook.Rows(report);
        var bands = Domain.Rules.RuleSets.Default.Bands.Bands;
        var seen = new HashSet<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var (cell, fill, _) = cells["G" + (CapaianLayout.FirstRow + i).ToString(System.Globalization.CultureInfo.InvariantCulture)];
            if (rows[i].Band is { } label)
            {
                var band = bands.Single(b => b.Label.Indonesian == label);
                Assert.Equal(label, cell.InnerText);
                Assert.Equal("FF" + BandPalette.Fill(band.Rank, bands.Count)[1..].ToUpperInvariant(), fill);
                seen.Add(band.Rank);
            }
            else if (rows[i].Kind != CapaianRowKind.Agreement)
            {
                Assert.Equal("FF" + BandPalette.Fill(null, bands.Count)[1..].ToUpperInvariant(), fill);
            }
        }

        Assert.True(seen.Count >= 2, "the demo has indicators in at least two bands");
    }

    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(3)]
    public void Palette_IsTheDiagramsPalette(int count)
    {
        for (var rank = 1; rank <= count; rank++)
        {
            Assert.Equal("FF" + BandPalette.Fill(rank, count)[1..].ToUpperInvariant(), CapaianPalette.Steps[CapaianPalette.Step(rank, count)]);
        }
    }

    [Fact]
    public void Write_Layout_FrozenHeadingsGroupedRowsMergedHeadingsA4Landscape()
    {
        var bytes = Write(Demo(), new CapaianWorkbookOptions { Subject = "Kabupaten Contoh" });
        using var stream = new MemoryStream(bytes);
        using var document = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.WorksheetParts.Single().Worksheet!;
        var pane = sheet.Descendants<Pane>().Single();
        Assert.Equal(3d, pane.VerticalSplit!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        var setup = sheet.Descendants<PageSetup>().Single();
        Assert.Equal(9U, setup.PaperSize!.Value);
        Assert.Equal(OrientationValues.Landscape, setup.Orientation!.Value);
        Assert.Equal(1U, setup.FitToWidth!.Value);
        var levels = sheet.Descendants<Row>().Where(r => r.RowIndex!.Value >= 4).Select(r => r.OutlineLevel?.Value ?? 0).ToList();
        Assert.Contains((byte)0, levels);
        Assert.Contains((byte)1, levels);
        Assert.Contains((byte)2, levels);
        Assert.Contains(sheet.Descendants<MergeCell>(), m => m.Reference!.Value == "B4:E4");
        Assert.Equal("Capaian", workbook.Workbook!.Sheets!.Elements<Sheet>().Single().Name!.Value);
        Assert.Equal("Capaian Kinerja 2025", document.PackageProperties.Title);
        Assert.Equal("Kabupaten Contoh", document.PackageProperties.Subject);
    }

    [LibreOfficeFact]
    public void LibreOffice_ConvertsTheWorkbook_AndItsSaveReadsBackEqual()
    {
        var report = Demo();
        var folder = Directory.CreateTempSubdirectory("sakip-capaian-");
        try
        {
            var input = Directory.CreateDirectory(Path.Combine(folder.FullName, "in"));
            var output = Directory.CreateDirectory(Path.Combine(folder.FullName, "out"));
            var file = Path.Combine(input.FullName, "capaian.xlsx");
            File.WriteAllBytes(file, Write(report));
            var converted = LibreOffice.ConvertToXlsx([file], output.FullName).Single();
            var read = Read(File.ReadAllBytes(converted));
            Assert.True(read.IsSuccess, read.ToString());
            Assert.Equal(CapaianWorkbook.Rows(report), read.GetValueOrThrow());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Read_NotAWorkbook_IsAProblem()
    {
        var read = Read("PK\u0003\u0004 not a zip"u8.ToArray());
        Assert.Equal("workbook-unreadable", Assert.Single(read.Problems).Reason.Code);
    }

    [Fact]
    public void Read_AnotherTable_IsNotACapaianTable()
    {
        using var stream = new MemoryStream();
        LkeWorkbook.WriteTemplate(Domain.Evaluations.EvaluationSchemes.All[0], stream);
        var read = Read(stream.ToArray());
        Assert.Equal("capaian-not-a-table", Assert.Single(read.Problems).Reason.Code);
    }

    [Fact]
    public void Read_TextWhereANumberBelongs_IsAProblemAtTheCell()
    {
        var report = Demo();
        var rows = CapaianWorkbook.Rows(report);
        var row = CapaianLayout.FirstRow + rows.ToList().FindIndex(r => r.Realisation is not null);
        var edited = Edit(Write(report), $"E{row}", c => SetText(c, "4,88"));
        var problem = Assert.Single(Read(edited).Problems);
        Assert.Equal("capaian-not-a-number", problem.Reason.Code);
        Assert.Equal($"Capaian!E{row}", problem.Path);
    }

    [Theory]
    [InlineData("F", "nol", "capaian-unknown-word")]
    [InlineData("F", "", "workbook-required")]
    [InlineData("A", "", "workbook-required")]
    [InlineData("D", "90..80", "capaian-not-a-target")]
    public void Read_DamagedIndicatorCell_IsAProblemAtTheCell(string column, string text, string code)
    {
        var report = Demo();
        var row = CapaianLayout.FirstRow + CapaianWorkbook.Rows(report).ToList().FindIndex(r => r.Kind == CapaianRowKind.Indicator);
        var edited = Edit(Write(report), $"{column}{row}", c => SetText(c, text));
        var problem = Assert.Single(Read(edited).Problems);
        Assert.Equal(code, problem.Reason.Code);
        Assert.Equal($"Capaian!{column}{row}", problem.Path);
        Assert.False(string.IsNullOrEmpty(problem.Reason.Message.Indonesian));
    }

    [Fact]
    public void Read_WordsOfEitherLanguage_GiveTheStatus()
    {
        Assert.Equal(AchievementStatus.NotMeasurable, CapaianLayout.StatusOf(" Not Measurable "));
        Assert.Equal(AchievementStatus.NotReported, CapaianLayout.StatusOf("tidak dilaporkan"));
        Assert.Equal(AchievementStatus.InvalidInput, CapaianLayout.StatusOf("tidak valid"));
        Assert.Null(CapaianLayout.StatusOf("0"));
    }
}

/// <summary>docs/spreadsheets-capaian.md names every problem code of the capaian reader and every CSV column.</summary>
public partial class CapaianDocTests
{
    private static readonly string Doc = File.ReadAllText(Path.Combine(Domain.Tests.RepositoryFiles.Root, "docs", "spreadsheets-capaian.md"));

    [Fact]
    public void Doc_EveryProblemCode_IsNamed()
    {
        var source = File.ReadAllText(Path.Combine(Domain.Tests.RepositoryFiles.Root, "src", "Sakip.Domain.Spreadsheets", "SpreadsheetMessages.Capaian.cs"));
        var codes = Code().Matches(source).Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.True(codes.Count >= 7, $"only {codes.Count} codes found");
        Assert.All(codes, code => Assert.Contains($"`{code}`", Doc, StringComparison.Ordinal));
    }

    [Fact]
    public void Doc_EveryCsvColumn_IsNamed() => Assert.All(CapaianCsv.Columns, column => Assert.Contains($"`{column}`", Doc, StringComparison.Ordinal));

    [Fact]
    public void Doc_ThePicture_IsCommitted() => Assert.True(File.Exists(Path.Combine(Domain.Tests.RepositoryFiles.Root, "docs", "spreadsheets-capaian.png")));

    [System.Text.RegularExpressions.GeneratedRegex("\"(capaian-[a-z-]+)\"")]
    private static partial System.Text.RegularExpressions.Regex Code();
}
