using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Sakip.Domain.Evaluations;
using Sakip.Domain.Json;
using Sakip.Domain.Json.Serialization;
using Sakip.Domain.Testing;

namespace Sakip.Domain.Benchmarks;

/// <summary>Reading a generated regency's document (4 agencies, 13.7 MB of indented JSON) from a stream. Baselines:
/// <see cref="JsonDocument.Parse(ReadOnlyMemory{byte}, JsonDocumentOptions)"/> of the same bytes (tokens only), and
/// <see cref="JsonSerializer"/> deserializing them into the format's own types (objects, no checks). The library
/// checks every value, builds the format's types in the same pass, then builds and checks the model.</summary>
[MemoryDiagnoser]
public class DocumentReadBenchmarks
{
    private static readonly DocumentReadOptions Unlimited = new() { MaxDocumentBytes = 1L << 30 };
    private byte[] _utf8 = [];

    [GlobalSetup]
    public void Setup()
    {
        using var stream = new MemoryStream();
        SakipDocumentJson.Write(RegionDocumentGenerator.Regency(11, DocumentShape.Regency with { Agencies = 4 }), stream);
        _utf8 = stream.ToArray();
    }

    [Benchmark(Baseline = true, Description = "JsonDocument.Parse")]
    public int JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_utf8);
        return document.RootElement.GetProperty("realisations"u8).GetArrayLength();
    }

    [Benchmark(Description = "JsonSerializer.Deserialize (format types)")]
    public int Deserialize() => JsonSerializer.Deserialize(_utf8, JsonFormat.DocumentInfo)!.Realisations.Count;

    [Benchmark(Description = "SakipDocumentJson.Read (stream)")]
    public int Read()
    {
        using var stream = new MemoryStream(_utf8, writable: false);
        return SakipDocumentJson.Read(stream, id => EvaluationSchemes.TryGet(id, out var scheme) ? scheme : null, Unlimited).GetValueOrThrow().Realisations.Count;
    }
}
