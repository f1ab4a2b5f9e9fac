using System.Globalization;
using BenchmarkDotNet.Attributes;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Benchmarks;

/// <summary>Reading 10,000 Indonesian-formatted numbers (<c>6.149.428.000</c>, <c>85,38</c>). Baseline:
/// <see cref="decimal.TryParse(string, NumberStyles, IFormatProvider, out decimal)"/>, which also accepts
/// misplaced separators; the library checks groups and returns reasons.</summary>
[MemoryDiagnoser]
public class ParsingBenchmarks
{
    private string[] _texts = [];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(7);
        _texts = Enumerable.Range(0, 10_000)
            .Select(_ => (random.Next(0, 1_000_000_000) / 100m).ToString(random.Next(2) == 0 ? "N2" : "G", Cultures.Indonesian))
            .ToArray();
    }

    [Benchmark(Baseline = true, Description = "decimal.TryParse")]
    public decimal BclTryParse()
    {
        var sum = 0m;
        foreach (var text in _texts)
        {
            if (decimal.TryParse(text, NumberStyles.Number, Cultures.Indonesian, out var value))
            {
                sum += value;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Measure.TryParse")]
    public decimal Library()
    {
        var sum = 0m;
        foreach (var text in _texts)
        {
            var parsed = Measure.TryParse(text, Cultures.Indonesian);
            if (parsed.IsSuccess)
            {
                sum += parsed.GetValueOrThrow().Value;
            }
        }

        return sum;
    }
}
