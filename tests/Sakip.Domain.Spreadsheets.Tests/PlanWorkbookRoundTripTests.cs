using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Json;
using Sakip.Domain.Planning;
using Sakip.Domain.Testing;
using Sakip.Domain.Tests;
using Sakip.Domain.Text;

namespace Sakip.Domain.Spreadsheets.Tests;

/// <summary>Document → workbook → document, over generated documents and the demo region.</summary>
public class PlanWorkbookRoundTripTests
{
    /// <summary>The document as the workbook holds it: everything but the evaluations (they have their own workbook).</summary>
    internal static SakipDocument WithoutEvaluations(SakipDocument document)
    {
        var builder = document.ToBuilder();
        builder.Evaluations.Clear();
        return builder.Build().GetValueOrThrow();
    }

    internal static byte[] WritePlan(SakipDocument document, PlanWorkbookOptions? options = null)
    {
        using var stream = new MemoryStream();
        PlanWorkbook.Write(document, stream, options);
        return stream.ToArray();
    }

    internal static Result<SakipDocument> ReadPlan(byte[] bytes, PlanWorkbookReadOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return PlanWorkbook.Read(stream, options);
    }

    [Property(MaxTest = 60)]
    public Property WriteThenRead_GeneratedDocument_GivesTheSameDocumentWithoutEvaluations() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), Gen.Elements(Language.Indonesian, Language.English).ToArbitrary(), (document, language) =>
        {
            var read = ReadPlan(WritePlan(document, new PlanWorkbookOptions { Language = language }));
            var expected = WithoutEvaluations(document);
            return read.TryGetValue(out var back)
                ? back.Equals(expected).Label("JSON differs:\n" + SakipDocumentJson.Write(back) + "\n---\n" + SakipDocumentJson.Write(expected))
                : false.Label(read.ToString());
        });

    [Fact]
    public void WriteThenRead_DemoDocument_GivesTheSameDocumentAndJson()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json"));
        var document = SakipDocumentJson.Read(json).GetValueOrThrow();
        var expected = WithoutEvaluations(document);

        var back = ReadPlan(WritePlan(document)).GetValueOrThrow();

        Assert.Equal(expected, back);
        Assert.Equal(SakipDocumentJson.Write(expected), SakipDocumentJson.Write(back));
    }

    [Fact]
    public void Write_SameDocumentTwice_SameBytes()
    {
        var json = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "src", "Sakip.Cli", "Demo", "kabupaten-contoh.sakip.json"));
        var document = SakipDocumentJson.Read(json).GetValueOrThrow();

        Assert.Equal(WritePlan(document), WritePlan(document));
    }

    [Fact]
    public void ReadTemplate_Empty_ReportsOnlyTheRequiredRegionCells()
    {
        using var stream = new MemoryStream();
        PlanWorkbook.WriteTemplate(stream);

        var read = ReadPlan(stream.ToArray());

        Assert.Equal(["Info!B6", "Info!B7", "Info!B8"], read.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.All(read.Problems, p => Assert.EndsWith("required", p.Reason.Code, StringComparison.Ordinal));
    }
}
