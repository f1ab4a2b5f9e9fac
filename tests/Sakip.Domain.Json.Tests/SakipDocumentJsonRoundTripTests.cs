using System.Globalization;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sakip.Domain.Planning;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Json.Tests;

/// <summary>Writing then reading gives the same document; the representations are the documented ones.</summary>
public class SakipDocumentJsonRoundTripTests
{
    [Fact]
    public void Read_WrittenSampleDocument_ReturnsEqualDocument()
    {
        var document = SampleDocument.Create();

        var read = SakipDocumentJson.Read(SakipDocumentJson.Write(document));

        Assert.True(read.IsSuccess, string.Join("\n", read.Problems));
        Assert.Equal(document, read.GetValueOrThrow());
        Assert.Empty(read.Problems);
    }

    [Property(MaxTest = 300)]
    public Property Read_WrittenGeneratedDocument_ReturnsEqualDocument() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document =>
        {
            var text = SakipDocumentJson.Write(document);
            var read = SakipDocumentJson.Read(text);
            return (read.IsSuccess && read.GetValueOrThrow() == document)
                .Classify(document.Rpjmd is null, "no RPJMD")
                .Classify(document.Renstras.Sum(r => r.Items.Count) > 5, "more than 5 items")
                .Classify(document.RencanaAksi.Count > 0, "with Rencana Aksi")
                .Label(read.IsSuccess ? text : string.Join("\n", read.Problems));
        });

    [Property(MaxTest = 100)]
    public Property Write_ReadBackDocument_WritesTheSameText() =>
        Prop.ForAll(DocumentGenerators.Document.ToArbitrary(), document =>
        {
            var text = SakipDocumentJson.Write(document);
            return SakipDocumentJson.Write(SakipDocumentJson.Read(text).GetValueOrThrow()) == text;
        });

    [Fact]
    public void Write_SampleDocument_UsesTheDocumentedRepresentations()
    {
        using var json = JsonDocument.Parse(SakipDocumentJson.Write(SampleDocument.Create()));
        var root = json.RootElement;

        Assert.Equal(1, root.GetProperty("formatVersion").GetInt32());
        var rpjmd = root.GetProperty("rpjmd");
        Assert.Equal("""{"first":2021,"last":2026}""", Compact(rpjmd.GetProperty("period")));
        Assert.Equal("6149428000.50", rpjmd.GetProperty("programs")[0].GetProperty("indicativeBudget")[0].GetProperty("amount").GetRawText());
        Assert.Equal("1.02.0.00.0.00.01.0000", rpjmd.GetProperty("programs")[0].GetProperty("responsibleAgency").GetString());
        Assert.Equal("""{"value":7.5}""", Compact(rpjmd.GetProperty("sasaran")[0].GetProperty("indicators")[0].GetProperty("targets")[0].GetProperty("target")));
        var renstra = root.GetProperty("renstras")[0];
        Assert.Equal("1.02.02.2.01.0001", renstra.GetProperty("items")[2].GetProperty("code").GetString());
        Assert.Equal("regency", root.GetProperty("region").GetProperty("kind").GetString());
        var indicator = root.GetProperty("indicators")[0];
        Assert.Equal(("negative", "lastValue", "outcome", "year"), (indicator.GetProperty("polarity").GetString(), indicator.GetProperty("accumulation").GetString(), indicator.GetProperty("type").GetString(), indicator.GetProperty("reportingFrequency").GetString()));
        var pk = root.GetProperty("perjanjianKinerja")[0];
        Assert.Equal("echelonII", pk.GetProperty("level").GetString());
        Assert.Equal("""{"lower":80,"upper":90}""", Compact(pk.GetProperty("targets")[0].GetProperty("target")));
        Assert.Equal("2025-Q3", root.GetProperty("rencanaAksi")[0].GetProperty("targets")[0].GetProperty("period").GetString());
        Assert.Equal("61.2500", root.GetProperty("realisations")[1].GetProperty("value").GetRawText());
        Assert.Equal("987654321.09", root.GetProperty("budgetRealisations")[0].GetProperty("amount").GetRawText());
    }

    [Fact]
    public void Write_EmptyListsAndNulls_AreLeftOut()
    {
        using var json = JsonDocument.Parse(SakipDocumentJson.Write(SampleDocument.Create()));
        var kegiatan = json.RootElement.GetProperty("renstras")[0].GetProperty("items")[1];

        Assert.Equal(["code", "name"], kegiatan.EnumerateObject().Select(p => p.Name));
        Assert.False(json.RootElement.GetProperty("realisations")[0].TryGetProperty("agency", out _));
        Assert.False(json.RootElement.GetProperty("indicators")[0].TryGetProperty("objective", out _));
    }

    [Fact]
    public void Write_Text_IsIndentedWithLineFeedsAndNonAsciiAsItself()
    {
        var document = SampleDocument.Create().ToBuilder();
        document.Region = new Region("33.99", "Kabupaten “Contoh” – Jawa Tengah", RegionKind.Regency);

        var text = SakipDocumentJson.Write(document.Build().GetValueOrThrow());

        Assert.StartsWith("{\n  \"formatVersion\": 1,\n  \"region\": {\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        Assert.Contains("\"Kabupaten “Contoh” – Jawa Tengah\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_Stream_WritesTheSameUtf8AsTheText()
    {
        var document = SampleDocument.Create();
        using var stream = new MemoryStream();

        SakipDocumentJson.Write(document, stream);

        Assert.Equal(SakipDocumentJson.Write(document), Encoding.UTF8.GetString(stream.ToArray()));
        Assert.False(stream.ToArray().AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
    }

    [Fact]
    public void Read_StreamWithByteOrderMark_ReturnsEqualDocument()
    {
        var document = SampleDocument.Create();
        using var stream = new MemoryStream([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(SakipDocumentJson.Write(document))]);

        var read = SakipDocumentJson.Read(stream);

        Assert.Equal(document, read.GetValueOrThrow());
    }

    [Theory]
    [InlineData("0.0001")]
    [InlineData("1.2300")]
    [InlineData("-0.5")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("0.0000000000000000000000000001")]
    public void Read_WrittenDecimal_KeepsEveryDigit(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);
        var document = SampleDocument.Create().ToBuilder();
        document.Realisations[0] = document.Realisations[0] with { Value = value };
        document.Indicators[0] = document.Indicators[0] with { AllowsNegativeValues = true };

        var written = SakipDocumentJson.Write(document.Build().GetValueOrThrow());
        var read = SakipDocumentJson.Read(written).GetValueOrThrow();

        Assert.Contains($"\"value\": {text}", written, StringComparison.Ordinal);
        Assert.Equal(text, read.Realisations[0].Value.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Write_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => SakipDocumentJson.Write(null!));
        Assert.Throws<ArgumentNullException>(() => SakipDocumentJson.Write(SampleDocument.Create(), null!));
        Assert.Throws<ArgumentNullException>(() => SakipDocumentJson.Read((string)null!));
        Assert.Throws<ArgumentNullException>(() => SakipDocumentJson.Read((Stream)null!));
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);
}
