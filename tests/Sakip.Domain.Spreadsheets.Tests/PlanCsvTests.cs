using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Testing;
using Sakip.Domain.Tests;
using Sakip.Domain.Text;
using static Sakip.Domain.Spreadsheets.Tests.PlanWorkbookRoundTripTests;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>Plan data as CSV files: document → CSV → document in both cultures, the files' bytes, and malformed
/// files.</summary>
public class PlanCsvTests
{
    private static SakipDocument Demo() =>
        SakipDocumentJson.Read(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json"))).GetValueOrThrow();

    private static Dictionary<string, byte[]> Write(SakipDocument document, PlanCsvOptions options)
    {
        var files = new Dictionary<string, MemoryStream>(StringComparer.Ordinal);
        PlanCsv.Write(document, name => files[name] = new MemoryStream(), options);
        return files.ToDictionary(f => f.Key, f => f.Value.ToArray(), StringComparer.Ordinal);
    }

    private static Result<SakipDocument> Read(Dictionary<string, byte[]> files, PlanCsvOptions options) =>
        PlanCsv.Read(name => files.TryGetValue(name, out var bytes) ? new MemoryStream(bytes) : null, options);

    private static string Text(byte[] bytes) => new UTF8Encoding(false, true).GetString(bytes);

    private static Dictionary<string, byte[]> With(Dictionary<string, byte[]> files, string table, string text) =>
        new(files, StringComparer.Ordinal) { [table] = Encoding.UTF8.GetBytes(text) };

    [Property(MaxTest = 12)]
    public Property WriteThenRead_GeneratedDocument_GivesTheSameDocumentInEitherCulture() =>
        Prop.ForAll(
            DocumentGenerators.Document.ToArbitrary(),
            Gen.Elements(PlanCsvOptions.Invariant, PlanCsvOptions.Indonesian, PlanCsvOptions.Indonesian with { Language = Language.English }).ToArbitrary(),
            (document, options) =>
            {
                var read = Read(Write(document, options), options);
                var expected = WithoutEvaluations(document);
                return read.TryGetValue(out var back)
                    ? back.Equals(expected).Label("JSON differs:\n" + SakipDocumentJson.Write(back) + "\n---\n" + SakipDocumentJson.Write(expected))
                    : false.Label(read.ToString());
            });

    [Theory]
    [InlineData("invariant", Language.Indonesian)]
    [InlineData("id-ID", Language.Indonesian)]
    [InlineData("id-ID", Language.English)]
    public void WriteThenRead_DemoDocument_GivesTheSameDocumentAndJson(string culture, Language language)
    {
        var options = (culture == "id-ID" ? PlanCsvOptions.Indonesian : PlanCsvOptions.Invariant) with { Language = language };
        var expected = WithoutEvaluations(Demo());

        var back = Read(Write(Demo(), options), options).GetValueOrThrow();

        Assert.Equal(expected, back);
        Assert.Equal(SakipDocumentJson.Write(expected), SakipDocumentJson.Write(back));
    }

    [Fact]
    public void WriteThenRead_Folder_OneFilePerTableAndTheSameDocument()
    {
        var directory = Path.Combine(Path.GetTempPath(), "sakip-plancsv-" + Guid.NewGuid().ToString("N"));
        try
        {
            PlanCsv.Write(Demo(), directory, PlanCsvOptions.Indonesian);

            Assert.Equal(PlanCsv.TableNames.Select(n => n + ".csv").Order(StringComparer.Ordinal), Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(WithoutEvaluations(Demo()), PlanCsv.Read(directory, PlanCsvOptions.Indonesian).GetValueOrThrow());
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Write_SameDocumentTwice_SameBytes()
    {
        var first = Write(Demo(), PlanCsvOptions.Indonesian);
        var second = Write(Demo(), PlanCsvOptions.Indonesian);

        Assert.Equal(PlanCsv.TableNames, first.Keys);
        Assert.All(first, f => Assert.Equal(f.Value, second[f.Key]));
    }

    [Fact]
    public void Write_Indonesian_SemicolonsDecimalCommaNoBom()
    {
        var info = Write(Demo(), PlanCsvOptions.Indonesian)["Info"];
        var text = Text(info);

        Assert.NotEqual(0xEF, info[0]);
        Assert.Contains("\r\nFormat;sakip-plan\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\nFormat angka yang diketik sebagai teks;id-ID\r\n", text, StringComparison.Ordinal);
        var invariant = Text(Write(Demo(), PlanCsvOptions.Invariant with { Language = Language.English })["Info"]);
        Assert.Contains("\r\nNumber format of numbers typed as text,invariant\r\n", invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Numbers_InTheOptionsCulture()
    {
        var document = Demo();
        var budget = document.Renstras.SelectMany(r => r.Items).SelectMany(i => i.Budget).First(b => b.Amount != decimal.Truncate(b.Amount) || b.Amount >= 1000);

        var indonesian = Text(Write(document, PlanCsvOptions.Indonesian)["Program"]);
        var invariant = Text(Write(document, PlanCsvOptions.Invariant)["Program"]);

        Assert.Contains(budget.Amount.ToString(Cultures.Indonesian), indonesian, StringComparison.Ordinal);
        Assert.Contains(budget.Amount.ToString(Cultures.Invariant), invariant, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_ByteOrderMarkAndLineFeeds_Accepted()
    {
        var files = Write(Demo(), PlanCsvOptions.Indonesian);
        var changed = files.ToDictionary(
            f => f.Key,
            f => (byte[])[0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Text(f.Value).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n")],
            StringComparer.Ordinal);

        Assert.Equal(WithoutEvaluations(Demo()), Read(changed, PlanCsvOptions.Indonesian).GetValueOrThrow());
    }

    [Fact]
    public void Read_InvariantNumberInIndonesianFile_ProblemAtItsCell()
    {
        var files = Write(Demo(), PlanCsvOptions.Indonesian);
        var lines = Text(files["Info"]).Split("\r\n");
        lines[10] = lines[10].Split(';')[0] + ";4.88";

        var read = Read(With(files, "Info", string.Join("\r\n", lines)), PlanCsvOptions.Indonesian);

        var problem = Assert.Single(read.Problems, p => p.Path == "Info!B11");
        Assert.Equal("workbook-number-text", problem.Reason.Code);
        Assert.Contains("'4.88' is not a number in id-ID", problem.Reason.Message.English, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string> Malformed => new()
    {
        { "\"Data perencanaan SAKIP;\r\nFormat;sakip-plan\r\n", "Info.csv:1", "csv-unterminated-quote" },
        { ";\r\nFormat;sakip\"plan\r\n", "Info.csv:2", "csv-stray-quote" },
        { ";\r\n\"Format\"x;sakip-plan\r\n", "Info.csv:2", "csv-text-after-quote" },
        { ";\r\n\"a\r\nb\";c\r\nFormat;sakip-plan;3\r\n", "Info.csv:4", "csv-ragged-row" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Read_MalformedCsv_OneProblemWithFileAndLine(string info, string path, string code)
    {
        var files = With(Write(Demo(), PlanCsvOptions.Indonesian), "Info", info);

        var problem = Assert.Single(Read(files, PlanCsvOptions.Indonesian).Problems);

        Assert.Equal((path, code), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Read_NotUtf8_ProblemWithItsLine()
    {
        var files = new Dictionary<string, byte[]>(Write(Demo(), PlanCsvOptions.Indonesian), StringComparer.Ordinal)
        {
            ["Renstra"] = [.. "a;b\r\nc;d\r\n"u8, 0xC3, 0x28, .. ";e\r\n"u8],
        };

        var problem = Assert.Single(Read(files, PlanCsvOptions.Indonesian).Problems);

        Assert.Equal(("Renstra.csv:3", "csv-not-utf8"), (problem.Path, problem.Reason.Code));
    }

    [Fact]
    public void Read_MissingFiles_OneProblemEach()
    {
        var files = Write(Demo(), PlanCsvOptions.Indonesian);
        files.Remove("Renstra");
        files.Remove("Info");

        var read = Read(files, PlanCsvOptions.Indonesian);

        Assert.Equal(["Info.csv", "Renstra.csv"], read.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(read.Problems, p => Assert.Equal("csv-missing-file", p.Reason.Code));
    }

    [Fact]
    public void Read_FileLargerThanTheLimit_Problem()
    {
        var options = PlanCsvOptions.Indonesian with { MaxFileBytes = 200 };

        var read = Read(Write(Demo(), PlanCsvOptions.Indonesian), options);

        Assert.NotEmpty(read.Problems);
        Assert.All(read.Problems, p => Assert.Equal("csv-too-large", p.Reason.Code));
    }

    [Fact]
    public void Read_WrongSeparatorForTheCulture_ProblemNotException()
    {
        var read = Read(Write(Demo(), PlanCsvOptions.Indonesian), PlanCsvOptions.Invariant);

        Assert.False(read.IsSuccess);
        Assert.NotEmpty(read.Problems);
    }

    [Fact]
    public void Options_OtherCulture_Throws() =>
        Assert.Throws<ArgumentException>(() => new PlanCsvOptions { Culture = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone() });
}
