using System.ComponentModel;
using System.Text.Json;
using Sakip.Domain.Achievement;
using Sakip.Domain.Bands;
using Sakip.Domain.Codes;
using Sakip.Domain.Collections;
using Sakip.Domain.Periods;
using Sakip.Domain.Planning;
using Sakip.Domain.Rules;
using Sakip.Domain.Text;
using Sakip.Domain.Values;

namespace Sakip.Domain.Consumer.Tests;

/// <summary>The JSON a consumer's plain serializer writes is the SAKIP document format's, and bad JSON says why.</summary>
public class JsonShapeTests
{
    public static TheoryData<object, string> Shapes() => new()
    {
        { new Measure(4.88m), "4.88" },
        { new Measure(4.880m), "4.880" },
        { new Percentage(85.380m), "85.380" },
        { Target.Point(32m), """{"value":32}""" },
        { Target.Range(30m, 40m), """{"lower":30,"upper":40}""" },
        { ReportingPeriod.OfQuarter(2025, 3), "\"2025-Q3\"" },
        { default(ReportingPeriod), "\"0001\"" },
        { ProgramCode.Parse("1.02.02.2.01", null), "\"1.02.02.2.01\"" },
        { OrganisationCode.Parse("1.01.2.22.0.00.02.0000", null), "\"1.01.2.22.0.00.02.0000\"" },
        { new YearSpan(2021, 2026), """{"first":2021,"last":2026}""" },
        { RoundingRule.TwoDecimalsHalfUp, """{"mode":"half-up","decimals":2}""" },
        { AccumulationType.LastValue, "\"lastValue\"" },
        { Polarity.Negative, "\"negative\"" },
        { EdgeSemantics.LowerExclusive, "\"lower-exclusive\"" },
        { RoundingMode.HalfEven, "\"half-even\"" },
        { new ValueList<ReportingPeriod>([ReportingPeriod.OfYear(2025)]), """["2025"]""" },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Serialize_PlainSerializer_WritesTheDocumentFormat(object value, string json)
    {
        Assert.Equal(json, JsonSerializer.Serialize(value, value.GetType()));
        Assert.Equal(value, JsonSerializer.Deserialize(json, value.GetType()));
    }

    [Fact]
    public void Serialize_TextsAndProblems_RoundTrip()
    {
        var problem = new Problem("realisation", new Reason("not-a-number", new BilingualText("not a number", "bukan angka"))) { Line = 3 };
        var band = BandSets.Kemendagri5.Bands[0];

        Assert.Equal("""{"English":"Very high","Indonesian":"Sangat Tinggi"}""", JsonSerializer.Serialize(new BilingualText("Very high", "Sangat Tinggi")));
        Assert.Equal(problem, JsonSerializer.Deserialize<Problem>(JsonSerializer.Serialize(problem)));
        Assert.Equal(band, JsonSerializer.Deserialize<Band>(JsonSerializer.Serialize(band)));
    }

    [Fact]
    public void Deserialize_MeasureKeepsScale()
    {
        Assert.Equal("4.880", JsonSerializer.Deserialize<Measure>("4.880").ToString());
    }

    [Fact]
    public void Serialize_CodesAsDictionaryKeys_UsesTheirText()
    {
        var byCode = new Dictionary<ProgramCode, Measure> { [ProgramCode.Parse("1.02", null)] = new(4.88m) };

        var json = JsonSerializer.Serialize(byCode);

        Assert.Equal("""{"1.02":4.88}""", json);
        Assert.Equal(byCode, JsonSerializer.Deserialize<Dictionary<ProgramCode, Measure>>(json));
    }

    [Theory]
    [InlineData(typeof(ReportingPeriod), "\"2025-Q5\"", "ReportingPeriod", "not a period")]
    [InlineData(typeof(ReportingPeriod), "2025", "ReportingPeriod", "expected a JSON string")]
    [InlineData(typeof(ProgramCode), "\"1.x\"", "ProgramCode", "'1.x'")]
    [InlineData(typeof(Measure), "\"4.88\"", "Measure", "expected a JSON number")]
    [InlineData(typeof(Measure), "1e40", "Measure", "outside the range of exact decimal arithmetic")]
    [InlineData(typeof(Measure), "1e-40", "Measure", "more precision than the model holds")]
    [InlineData(typeof(Percentage), "0.00000000000000000000000000001", "Percentage", "more precision than the model holds")]
    [InlineData(typeof(Target), """{"value":1e-400}""", "Target", "more precision than the model holds")]
    [InlineData(typeof(Target), """{"lower":40,"upper":30}""", "Target", "lower bound of the range is greater")]
    [InlineData(typeof(Target), """{"value":1,"lower":0}""", "Target", "expected {\"value\": n}")]
    [InlineData(typeof(Target), """{"Value":1}""", "Target", "expected {\"value\": n}")]
    [InlineData(typeof(YearSpan), """{"first":2026,"last":2021}""", "YearSpan", "not before the first")]
    [InlineData(typeof(YearSpan), """{"first":0,"last":2021}""", "YearSpan", "1–9999")]
    [InlineData(typeof(RoundingRule), """{"mode":"HalfUp","decimals":2}""", "RoundingRule", "half-up")]
    [InlineData(typeof(RoundingRule), """{"mode":"half-up","decimals":29}""", "RoundingRule", "0–28")]
    [InlineData(typeof(ValueList<Measure>), "{}", "ValueList", "expected a JSON array")]
    public void Deserialize_BadJson_ThrowsJsonExceptionNamingTypeAndReason(Type type, string json, string typeName, string reason)
    {
        var error = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(json, type));

        Assert.Contains(typeName, error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_EnumAsNumber_IsRefused()
    {
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Polarity>("1"));
    }

    [Fact]
    public void TypeConverter_BadText_ThrowsFormatExceptionWithReason()
    {
        var error = Assert.Throws<FormatException>(() => TypeDescriptor.GetConverter(typeof(ReportingPeriod)).ConvertFromInvariantString("2025-Q5"));

        Assert.Contains("not a period", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeConverter_NotAString_ThrowsNotSupported()
    {
        Assert.Throws<NotSupportedException>(() => TypeDescriptor.GetConverter(typeof(Measure)).ConvertFrom(4.88m));
    }
}
